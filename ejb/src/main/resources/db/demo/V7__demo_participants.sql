-- Demo participants and batches from the domain brief. The parent training at Baodong trains its parents in two
-- batches (分两批) following the project's curriculum (version 1, adopted in demo V5; in use from now on): 59 parents,
-- some with a phone; one moved from the first batch to the second, one withdrew, so both histories show. The Wuxi
-- universities' ASRH project trains 46 student leaders (学生骨干, adults) from 6 universities in one training class,
-- held at Jiangnan University (students of a university with a site of its own belong to that site too). All names
-- are invented; phone numbers are fictitious. Loaded once, after the demo groups and curricula (V4, V5).

-- Sites have no code: each is found by its name and its owning unit.
insert into batch (id, project_id, project_site_id, number, name, planned_start, capacity, curriculum_id)
select nextval('batch_seq'), p.id, ps.id, b.number, b.name, b.planned_start, b.capacity,
       (select c.id from curriculum c where c.project_id = p.id order by c.version_no desc limit 1)
  from (values
   ('WX-2026-PARENT', 'JS-WX-YX-YC-BD', '宝东社区居民活动中心', 1, '第一批家长', date '2026-07-18', 30),
   ('WX-2026-PARENT', 'JS-WX-YX-YC-BD', '宝东社区居民活动中心', 2, '第二批家长', date '2026-09-05', 32),
   ('WX-2026-ASRH',   'JS-WX-U-JN',     '江南大学蠡湖校区',     1, '学生骨干培训班', date '2026-04-11', 50)
  ) as b(project_code, site_unit_code, site_name_zh, number, name, planned_start, capacity)
  join project p on p.code = b.project_code
  join organisation_unit su on su.code = b.site_unit_code
  join site s on s.unit_id = su.id and s.name_zh = b.site_name_zh
  join project_site ps on ps.project_id = p.id and ps.site_id = s.id
 order by p.code, b.number;

-- A version a batch follows is in use: never rewritten again, an edit makes the next version.
update curriculum set in_use = true where id in (select curriculum_id from batch where curriculum_id is not null);

create temporary table demo_parent (ord integer, name varchar(60), gender varchar(8), phone varchar(30),
                                    batch_no integer) on commit drop;
insert into demo_parent values
 ( 1, '郭芳', 'FEMALE', '13905100037', 1),
 ( 2, '黎建华', 'MALE', null, 1),
 ( 3, '邓文斌', 'MALE', null, 1),
 ( 4, '邱霞', 'FEMALE', '13905100148', 1),
 ( 5, '秦晓东', 'MALE', null, 1),
 ( 6, '孔卫东', 'MALE', null, 1),
 ( 7, '彭海燕', 'FEMALE', '13905100259', 1),
 ( 8, '胡红梅', 'FEMALE', null, 1),
 ( 9, '范素琴', 'FEMALE', null, 1),
 (10, '龚雪梅', 'FEMALE', '13905100370', 1),
 (11, '韩淑珍', 'FEMALE', null, 1),
 (12, '吕振华', 'MALE', null, 1),
 (13, '陶雪梅', 'FEMALE', '13905100481', 1),
 (14, '孙慧敏', 'FEMALE', null, 1),
 (15, '潘素琴', 'FEMALE', null, 1),
 (16, '黎霞', 'FEMALE', '13905100592', 1),
 (17, '余彩云', 'FEMALE', null, 1),
 (18, '任丽娟', 'FEMALE', null, 1),
 (19, '孙霞', 'FEMALE', '13905100703', 1),
 (20, '秦红梅', 'FEMALE', null, 1),
 (21, '谭文静', 'FEMALE', null, 1),
 (22, '段国强', 'MALE', '13905100814', 1),
 (23, '邹丽娟', 'FEMALE', null, 1),
 (24, '江晓东', 'MALE', null, 1),
 (25, '方秀英', 'FEMALE', '13905100925', 1),
 (26, '尹晓燕', 'FEMALE', null, 1),
 (27, '黄振华', 'MALE', null, 1),
 (28, '毛婷婷', 'FEMALE', '13905101036', 1),
 (29, '谭敏', 'FEMALE', null, 1),
 (30, '曹建华', 'MALE', null, 1),
 (31, '史金凤', 'FEMALE', '13905101147', 2),
 (32, '廖燕', 'FEMALE', null, 2),
 (33, '肖金凤', 'FEMALE', null, 2),
 (34, '余晓红', 'FEMALE', '13905101258', 2),
 (35, '付丽萍', 'FEMALE', null, 2),
 (36, '姜慧敏', 'FEMALE', null, 2),
 (37, '董晓燕', 'FEMALE', '13905101369', 2),
 (38, '贺卫东', 'MALE', null, 2),
 (39, '白海涛', 'MALE', null, 2),
 (40, '许敏', 'FEMALE', '13905101480', 2),
 (41, '石瑞芳', 'FEMALE', null, 2),
 (42, '韦立新', 'MALE', null, 2),
 (43, '顾明', 'MALE', '13905101591', 2),
 (44, '杜丽萍', 'FEMALE', null, 2),
 (45, '马彩云', 'FEMALE', null, 2),
 (46, '方月娥', 'FEMALE', '13905101702', 2),
 (47, '宋晓东', 'MALE', null, 2),
 (48, '吴素琴', 'FEMALE', null, 2),
 (49, '韦春花', 'FEMALE', '13905101813', 2),
 (50, '莫伟', 'MALE', null, 2),
 (51, '范国平', 'MALE', null, 2),
 (52, '王燕', 'FEMALE', '13905101924', 2),
 (53, '徐春花', 'FEMALE', null, 2),
 (54, '曾丽华', 'FEMALE', null, 2),
 (55, '孔美玲', 'FEMALE', '13905102035', 2),
 (56, '毛海涛', 'MALE', null, 2),
 (57, '罗金凤', 'FEMALE', null, 2),
 (58, '薛月娥', 'FEMALE', '13905102146', 2),
 (59, '夏晓燕', 'FEMALE', null, 2);

create temporary table demo_student (ord integer, name varchar(60), gender varchar(8), birth_year integer,
                                     unit_code varchar(32), school varchar(100), grade varchar(30)) on commit drop;
insert into demo_student values
 ( 1, '熊欣怡', 'FEMALE', 2007, 'JS-WX-U-JN', '江南大学', '大一'),
 ( 2, '段泽宇', 'MALE', 2006, 'JS-WX-U-JN', '江南大学', '大一'),
 ( 3, '徐诗琪', 'FEMALE', 2005, 'JS-WX-U-JN', '江南大学', '大二'),
 ( 4, '林泽宇', 'MALE', 2004, 'JS-WX-U-JN', '江南大学', '大三'),
 ( 5, '付欣怡', 'FEMALE', 2007, 'JS-WX-U-JN', '江南大学', '大一'),
 ( 6, '白文轩', 'MALE', 2006, 'JS-WX-U-JN', '江南大学', '大一'),
 ( 7, '李文轩', 'MALE', 2005, 'JS-WX-U-JN', '江南大学', '大二'),
 ( 8, '周紫琳', 'FEMALE', 2004, 'JS-WX-U-JN', '江南大学', '大三'),
 ( 9, '黎佳怡', 'FEMALE', 2007, 'JS-WX-U-WXIT', '无锡职业技术学院', '大一'),
 (10, '刘梦瑶', 'FEMALE', 2006, 'JS-WX-U-WXIT', '无锡职业技术学院', '大一'),
 (11, '龚梦瑶', 'FEMALE', 2005, 'JS-WX-U-WXIT', '无锡职业技术学院', '大二'),
 (12, '郭心怡', 'FEMALE', 2004, 'JS-WX-U-WXIT', '无锡职业技术学院', '大三'),
 (13, '尹天佑', 'MALE', 2007, 'JS-WX-U-WXIT', '无锡职业技术学院', '大一'),
 (14, '罗皓轩', 'MALE', 2006, 'JS-WX-U-WXIT', '无锡职业技术学院', '大一'),
 (15, '陆昊天', 'MALE', 2005, 'JS-WX-U-WXIT', '无锡职业技术学院', '大二'),
 (16, '段雨欣', 'FEMALE', 2004, 'JS-WX-U-WXIT', '无锡职业技术学院', '大三'),
 (17, '秦可馨', 'FEMALE', 2007, 'JS-WX-U-WXCOM', '无锡商业职业技术学院', '大一'),
 (18, '黎子轩', 'MALE', 2006, 'JS-WX-U-WXCOM', '无锡商业职业技术学院', '大一'),
 (19, '黎梓涵', 'FEMALE', 2005, 'JS-WX-U-WXCOM', '无锡商业职业技术学院', '大二'),
 (20, '范皓轩', 'MALE', 2004, 'JS-WX-U-WXCOM', '无锡商业职业技术学院', '大三'),
 (21, '贾浩然', 'MALE', 2007, 'JS-WX-U-WXCOM', '无锡商业职业技术学院', '大一'),
 (22, '何皓轩', 'MALE', 2006, 'JS-WX-U-WXCOM', '无锡商业职业技术学院', '大一'),
 (23, '白博文', 'MALE', 2005, 'JS-WX-U-WXCOM', '无锡商业职业技术学院', '大二'),
 (24, '郑天佑', 'MALE', 2004, 'JS-WX-U-WXCOM', '无锡商业职业技术学院', '大三'),
 (25, '姚雅婷', 'FEMALE', 2007, 'JS-WX-U-WXST', '无锡科技职业学院', '大一'),
 (26, '苏心怡', 'FEMALE', 2006, 'JS-WX-U-WXST', '无锡科技职业学院', '大一'),
 (27, '韦宇辰', 'MALE', 2005, 'JS-WX-U-WXST', '无锡科技职业学院', '大二'),
 (28, '潘梦瑶', 'FEMALE', 2004, 'JS-WX-U-WXST', '无锡科技职业学院', '大三'),
 (29, '白思雨', 'FEMALE', 2007, 'JS-WX-U-WXST', '无锡科技职业学院', '大一'),
 (30, '邹一鸣', 'MALE', 2006, 'JS-WX-U-WXST', '无锡科技职业学院', '大一'),
 (31, '马明哲', 'MALE', 2005, 'JS-WX-U-WXST', '无锡科技职业学院', '大二'),
 (32, '王昊天', 'MALE', 2004, 'JS-WX-U-WXST', '无锡科技职业学院', '大三'),
 (33, '黎诗琪', 'FEMALE', 2007, 'JS-WX-U-WXCITY', '无锡城市职业技术学院', '大一'),
 (34, '刘诗琪', 'FEMALE', 2006, 'JS-WX-U-WXCITY', '无锡城市职业技术学院', '大一'),
 (35, '吕皓轩', 'MALE', 2005, 'JS-WX-U-WXCITY', '无锡城市职业技术学院', '大二'),
 (36, '胡一鸣', 'MALE', 2004, 'JS-WX-U-WXCITY', '无锡城市职业技术学院', '大三'),
 (37, '邱皓轩', 'MALE', 2007, 'JS-WX-U-WXCITY', '无锡城市职业技术学院', '大一'),
 (38, '江子萱', 'FEMALE', 2006, 'JS-WX-U-WXCITY', '无锡城市职业技术学院', '大一'),
 (39, '毛俊熙', 'MALE', 2005, 'JS-WX-U-WXCITY', '无锡城市职业技术学院', '大二'),
 (40, '田雅婷', 'FEMALE', 2004, 'JS-WX-U-JSIT', '江苏信息职业技术学院', '大三'),
 (41, '梁梓涵', 'FEMALE', 2007, 'JS-WX-U-JSIT', '江苏信息职业技术学院', '大一'),
 (42, '向诗琪', 'FEMALE', 2006, 'JS-WX-U-JSIT', '江苏信息职业技术学院', '大一'),
 (43, '黎思远', 'MALE', 2005, 'JS-WX-U-JSIT', '江苏信息职业技术学院', '大二'),
 (44, '袁宇航', 'MALE', 2004, 'JS-WX-U-JSIT', '江苏信息职业技术学院', '大三'),
 (45, '蒋天佑', 'MALE', 2007, 'JS-WX-U-JSIT', '江苏信息职业技术学院', '大一'),
 (46, '田佳怡', 'FEMALE', 2006, 'JS-WX-U-JSIT', '江苏信息职业技术学院', '大一');

insert into participant (id, kind, display_name, name_key, gender, birth_year, phone, unit_id, site_id)
select nextval('participant_seq'), 'PARENT', d.name, lower(d.name), d.gender, null, d.phone, u.id, s.id
  from demo_parent d
  join organisation_unit u on u.code = 'JS-WX-YX-YC-BD'
  join site s on s.unit_id = u.id and s.name_zh = '宝东社区居民活动中心'
 order by d.ord;

insert into participant (id, kind, display_name, name_key, gender, birth_year, school, grade, unit_id, site_id)
select nextval('participant_seq'), 'STUDENT', d.name, lower(d.name), d.gender, d.birth_year, d.school, d.grade, u.id,
       (select min(s.id) from site s where s.unit_id = u.id and s.kind = 'UNIVERSITY')
  from demo_student d
  join organisation_unit u on u.code = d.unit_code
 order by d.ord;

-- Every parent joined their batch; the students joined the training class.
insert into enrolment (id, batch_id, project_id, participant_id, status, enrolled_on, enrolled_by)
select nextval('enrolment_seq'), b.id, b.project_id, pt.id, 'ACTIVE',
       case d.batch_no when 1 then date '2026-07-11' else date '2026-08-20' end, a.id
  from demo_parent d
  join participant pt on pt.display_name = d.name and pt.kind = 'PARENT'
  join project p on p.code = 'WX-2026-PARENT'
  join batch b on b.project_id = p.id and b.number = d.batch_no
  join account a on a.username = 'wuxi.coord'
 order by d.ord;

insert into enrolment (id, batch_id, project_id, participant_id, status, enrolled_on, enrolled_by)
select nextval('enrolment_seq'), b.id, b.project_id, pt.id, 'ACTIVE', date '2026-04-10', a.id
  from demo_student d
  join participant pt on pt.display_name = d.name and pt.kind = 'STUDENT'
  join project p on p.code = 'WX-2026-ASRH'
  join batch b on b.project_id = p.id and b.number = 1
  join account a on a.username = 'wuxi.coord'
 order by d.ord;

-- 吕振华 could not make Saturdays and moved to the second batch; 方秀英 withdrew.
update enrolment e set status = 'MOVED', ended_on = date '2026-08-01', end_reason = '周六时间冲突，调至第二批',
       ended_by = (select id from account where username = 'wuxi.coord')
  from participant pt where pt.id = e.participant_id and pt.display_name = '吕振华';

insert into enrolment (id, batch_id, project_id, participant_id, status, enrolled_on, moved_from_id, enrolled_by)
select nextval('enrolment_seq'), b.id, b.project_id, e.participant_id, 'ACTIVE', date '2026-08-01', e.id, e.enrolled_by
  from enrolment e
  join participant pt on pt.id = e.participant_id and pt.display_name = '吕振华'
  join batch b on b.project_id = e.project_id and b.number = 2;

update enrolment e set status = 'WITHDRAWN', ended_on = date '2026-08-15', end_reason = '工作调动，无法继续参加',
       ended_by = (select id from account where username = 'wuxi.coord')
  from participant pt where pt.id = e.participant_id and pt.display_name = '方秀英';
