-- Demo trainer groups, as in the source: the Yicheng street association formed a management group, a lecturer group
-- and a guidance group for the parent training at Baodong; the city association sits in the guidance group. The Wuxi
-- universities' project sites each get a lecturer of their own. New accounts' password is Demo@2026, like the others.
-- Loaded once, after V3.

insert into account (id, username, password_hash, display_name, role, unit_id, locale)
select nextval('account_seq'), a.username, a.password_hash, a.display_name, a.role, u.id, 'zh_CN'
  from (values
   ('baodong.manager',   'PBKDF2WithHmacSHA512:210000:em0nefXeFIKrVwe2Kk3FbhIpI6C7zY9Kto+gGq9XVkg=:q3s1k/vpE5tl7VjKhLVjU/0qA72HQwQ08zcp1sD0+aqgYZUKbkWUH208cNjHhIj5r5LVFG1QylwppPC4B0ao7Q==', '宜城项目管理组长', 'TRAINER', 'JS-WX-YX-YC'),
   ('baodong.lecturer2', 'PBKDF2WithHmacSHA512:210000:6KVVqNgsPBPd3/LMzr0g9Jd+Su1t91PnEryOP0qQe6k=:a7hmGN1Go7iccCN2nLMptt+IAiJbWJkedxwZJalmUBet35BCXwSfQRhwM2ksKODDJDzCp2WfhGiHYxecyJJ2EQ==', '宝东讲师二', 'TRAINER', 'JS-WX-YX-YC-BD'),
   ('jiangnan.lecturer', 'PBKDF2WithHmacSHA512:210000:5fJnp+ieo8NgVI3QYFnizg87D9n7/WbBuq3IKCJ5JlI=:SsHvYim4RfpEXnhDqEk7hhVUqiIIEkKRglZ79OmE/xO8j3NJFYPiy7HwA093F+3/Xh7QGceeoj+dbLMpuvlP3A==', '江南大学讲师', 'TRAINER', 'JS-WX-U-JN'),
   ('wxit.lecturer',     'PBKDF2WithHmacSHA512:210000:6s0IKhZJF3CMqLKgS8U1Fy9cbZmuOWGDfgmJNZelGZc=:pS4qPiMP3LvhetsG5TmJmj2UJPnZUeW5BSRMFDg35yhxWXhYbR2PnoIcVb2Oao/ZAW/o9xiX6Y2b41nPIGomag==', '无锡职院讲师', 'TRAINER', 'JS-WX-U-WXIT')
  ) as a(username, password_hash, display_name, role, unit_code)
  join organisation_unit u on u.code = a.unit_code;

-- The demo projects' sites were added after the schema's backfill ran: give them their three groups.
insert into trainer_group (id, project_site_id, kind)
select nextval('trainer_group_seq'), ps.id, k.kind
  from project_site ps
 cross join (values (1, 'MANAGEMENT'), (2, 'LECTURER'), (3, 'GUIDANCE')) as k(ord, kind)
 where not exists (select 1 from trainer_group g where g.project_site_id = ps.id and g.kind = k.kind)
 order by ps.id, k.ord;

-- Sites have no code: each is found by its name and its owning unit.
create temporary table demo_member (project_code varchar(32), site_unit_code varchar(32), site_name_zh varchar(100),
                                    kind varchar(16), username varchar(60), leader boolean) on commit drop;
insert into demo_member values
 ('WX-2026-PARENT', 'JS-WX-YX-YC-BD', '宝东社区居民活动中心', 'MANAGEMENT', 'baodong.manager',   true),
 ('WX-2026-PARENT', 'JS-WX-YX-YC-BD', '宝东社区居民活动中心', 'LECTURER',   'baodong.trainer',   true),
 ('WX-2026-PARENT', 'JS-WX-YX-YC-BD', '宝东社区居民活动中心', 'LECTURER',   'baodong.lecturer2', false),
 ('WX-2026-PARENT', 'JS-WX-YX-YC-BD', '宝东社区居民活动中心', 'GUIDANCE',   'wuxi.observer',     true),
 ('WX-2026-ASRH',   'JS-WX-U-JN',     '江南大学蠡湖校区',     'LECTURER',   'jiangnan.lecturer', true),
 ('WX-2026-ASRH',   'JS-WX-U-WXIT',   '无锡职业技术学院',     'LECTURER',   'wxit.lecturer',     true),
 ('WX-2026-ASRH',   'JS-WX-U-JN',     '江南大学蠡湖校区',     'GUIDANCE',   'wuxi.observer',     false),
 ('WX-2026-ASRH',   'JS-WX-U-WXIT',   '无锡职业技术学院',     'GUIDANCE',   'wuxi.observer',     false);

create temporary table demo_group on commit drop as
select dm.*, g.id as group_id, a.id as account_id
  from demo_member dm
  join project p on p.code = dm.project_code
  join organisation_unit su on su.code = dm.site_unit_code
  join site s on s.unit_id = su.id and s.name_zh = dm.site_name_zh
  join project_site ps on ps.project_id = p.id and ps.site_id = s.id
  join trainer_group g on g.project_site_id = ps.id and g.kind = dm.kind
  join account a on a.username = dm.username;

insert into trainer_group_member (id, group_id, account_id)
select nextval('trainer_group_member_seq'), group_id, account_id from demo_group order by group_id, account_id;

update trainer_group g set leader_account_id = dg.account_id
  from demo_group dg where dg.group_id = g.id and dg.leader;

insert into trainer_profile (account_id, phone, email, qualifications)
select a.id, p.phone, p.email, p.qualifications
  from (values
   ('baodong.trainer', '0510-87000002', 'baodong.trainer@example.org',
    '社区卫生服务中心健康教育医师；青春健康教育讲师（中国计生协培训，2019年）。'),
   ('baodong.manager', '0510-87000010', null, '宜城街道计生协秘书长，负责项目管理和课件审定。'),
   ('wuxi.observer',   '0510-85000003', 'wuxi.guidance@example.org', '无锡市计生协宣传教育处，青春健康项目指导。')
  ) as p(username, phone, email, qualifications)
  join account a on a.username = p.username;
