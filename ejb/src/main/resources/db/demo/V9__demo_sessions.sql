-- Demo sessions and attendance of the parent training at Baodong (the universities' class has no curriculum yet, so
-- no sessions). Today in the demo is 2026-11-29.
-- * 第一批家长: all 5 lessons held on Saturday mornings (09:30–11:30, when working parents can come), 18 July –
--   15 August 2026; about 90% attended, a few LATE and
--   EXCUSED marks; 孔卫东 missed lessons 3 and 4 in a row (at risk, and short of the 4 lessons needed to complete).
-- * 第二批家长: lessons 1, 2 and 4 held (September – November); lesson 3 on 17 October was cancelled (the activity
--   centre was being repaired) and is planned again for 5 December with lesson 5 on 19 December.
-- Lead trainer baodong.trainer with baodong.lecturer2; wuxi.observer observed two sessions and left guidance notes.
-- Marks follow a fixed pattern (no randomness), so the demo is the same on every machine. Loaded once, after V7.

create temporary table demo_session (batch_no integer, position integer, day date, status varchar(16),
                                     reason varchar(500), observed boolean) on commit drop;
insert into demo_session values
 (1, 1, date '2026-07-18', 'HELD', null, false),
 (1, 2, date '2026-07-25', 'HELD', null, false),
 (1, 3, date '2026-08-01', 'HELD', null, true),
 (1, 4, date '2026-08-08', 'HELD', null, false),
 (1, 5, date '2026-08-15', 'HELD', null, false),
 (2, 1, date '2026-09-05', 'HELD', null, false),
 (2, 2, date '2026-09-19', 'HELD', null, true),
 (2, 3, date '2026-10-17', 'CANCELLED', '社区居民活动中心维修，场地暂停使用；第三课改期至12月5日', false),
 (2, 4, date '2026-11-07', 'HELD', null, false),
 (2, 3, date '2026-12-05', 'PLANNED', null, false),
 (2, 5, date '2026-12-19', 'PLANNED', null, false);

create temporary table demo_session_row on commit drop as
select nextval('training_session_seq') as id, d.*, b.id as batch_id, b.project_id, b.project_site_id,
       l.id as lesson_id
  from demo_session d
  join project p on p.code = 'WX-2026-PARENT'
  join batch b on b.project_id = p.id and b.number = d.batch_no
  join curriculum_lesson l on l.curriculum_id = b.curriculum_id and l.position = d.position
 order by d.day;

insert into training_session (id, project_id, batch_id, project_site_id, lesson_id, room, room_key, starts_at, ends_at,
                              lead_trainer_id, status, status_reason, created_by, created_at, updated_at)
select s.id, s.project_id, s.batch_id, s.project_site_id, s.lesson_id, '二楼活动室', '二楼活动室',
       (s.day + time '09:30') at time zone 'Asia/Shanghai', (s.day + time '11:30') at time zone 'Asia/Shanghai',
       lead.id, s.status, s.reason, mgr.id, timestamptz '2026-07-12 10:00+08', timestamptz '2026-07-12 10:00+08'
  from demo_session_row s
  join account lead on lead.username = 'baodong.trainer'
  join account mgr on mgr.username = 'baodong.manager'
 order by s.id;

insert into session_staff (session_id, account_id, role)
select s.id, a.id, 'TRAINER' from demo_session_row s join account a on a.username = 'baodong.lecturer2';
insert into session_staff (session_id, account_id, role)
select s.id, a.id, 'OBSERVER' from demo_session_row s join account a on a.username = 'wuxi.observer'
 where s.observed;

-- The marks of everyone enrolled in the batch on the session's day. With k the session's place among the batch's
-- held sessions and o the person's place in the batch, v = (7·o + 13·k) mod 20 gives PRESENT (16 in 20), LATE (2),
-- EXCUSED (1), ABSENT (1); consecutive sessions differ by 13, so nobody misses two in a row by the pattern alone.
create temporary table demo_mark on commit drop as
select s.id as session_id, e.participant_id, s.day,
       (7 * dense_rank() over (partition by s.batch_id order by pt.id)
        + 13 * dense_rank() over (partition by s.batch_id order by s.day)) % 20 as v,
       pt.display_name
  from demo_session_row s
  join enrolment e on e.batch_id = s.batch_id and e.enrolled_on <= s.day
                      and (e.ended_on is null or e.ended_on > s.day)
  join participant pt on pt.id = e.participant_id
 where s.status = 'HELD';

insert into attendance (id, session_id, participant_id, status, note, walk_in, source, recorded_by, recorded_at,
                        created_at, updated_at)
select nextval('attendance_seq'), m.session_id, m.participant_id,
       case when m.display_name = '孔卫东' and m.day in (date '2026-08-01', date '2026-08-08') then 'ABSENT'
            when m.v < 16 then 'PRESENT' when m.v < 18 then 'LATE' when m.v = 18 then 'EXCUSED' else 'ABSENT' end,
       case when m.display_name = '孔卫东' and m.day = date '2026-08-08' then '电话未接通'
            when m.v = 18 then '家中有事，提前请假' end,
       false, 'ROLL_CALL', a.id, (m.day + time '11:40') at time zone 'Asia/Shanghai',
       (m.day + time '11:40') at time zone 'Asia/Shanghai', (m.day + time '11:40') at time zone 'Asia/Shanghai'
  from demo_mark m join account a on a.username = 'baodong.trainer'
 order by m.session_id, m.participant_id;

insert into guidance_note (id, session_id, author_id, observed, suggestions, created_at)
select nextval('guidance_note_seq'), s.id, a.id, n.observed, n.suggestions,
       (s.day + time '12:00') at time zone 'Asia/Shanghai'
  from demo_session_row s
  join account a on a.username = 'wuxi.observer'
  join (values
   (1, '家长参与积极，情景演练环节气氛热烈；讲师能结合社区实际案例讲解青春期变化。部分家长迟到，开场略显仓促。',
       '建议开场前10分钟播放暖场视频，等候迟到的家长；情景演练可分小组进行，让更多家长有机会发言。'),
   (2, '第二批家长中男性家长比例较高，沟通技巧一课的角色扮演效果很好。课件第8页的数据已过时。',
       '请讲师组更新课件中的统计数据；下次可邀请第一批的家长分享经验。')
  ) as n(batch_no, observed, suggestions) on n.batch_no = s.batch_no
 where s.observed;
