-- Demo feedback of the parent training at Baodong: anonymous responses to the shipped parents' form after every held
-- session (about 78% of the people present or late answer), and the lead trainer's adjustments (调整记录).
-- * Mostly agree / strongly agree and satisfaction 7–10, with a few lower marks.
-- * A dip at batch 1's lesson 3 (青春期的生理变化, 1 August): the session ran out of time; parents said so, and
--   baodong.trainer recorded what changes for the next sessions (lesson 4 opens with a recap; lesson 3 of batch 2
--   gets more time and case studies).
-- Nothing here names a participant: the people present only decide how many answer; respondent keys are random
-- device-token hashes ("d:"), submission keys random uuids. Loaded once, after V9.

create temporary table demo_response on commit drop as
select nextval('feedback_response_seq') as id, x.session_id, x.ends_at, x.dip, x.h
  from (select a.session_id, s.ends_at, (b.number = 1 and l.position = 3) as dip,
               (abs(hashtext('fb:' || a.session_id || ':' || a.participant_id)::bigint) % 1000000000)::int as h
          from attendance a join training_session s on s.id = a.session_id
               join project p on p.id = s.project_id and p.code = 'WX-2026-PARENT'
               join batch b on b.id = s.batch_id join curriculum_lesson l on l.id = s.lesson_id
         where s.status = 'HELD' and a.status in ('PRESENT', 'LATE')
           and abs(hashtext('answers:' || a.session_id || ':' || a.participant_id)) % 100 < 78
         order by a.session_id, 4) x;

insert into feedback_response (id, session_id, form_version_id, audience, submission_key, respondent_key, locale,
                               submitted_at)
select r.id, r.session_id, f.current_version_id, 'PARENT', gen_random_uuid(),
       'd:' || encode(sha256(convert_to(gen_random_uuid()::text, 'UTF8')), 'hex'),
       case when r.h % 17 = 0 then 'en' else 'zh_CN' end,
       r.ends_at + make_interval(mins => 5 + (r.h % 240))
  from demo_response r join feedback_form f on f.template_code = 'POST_SESSION_PARENTS';

-- The questions of the form's current version, by section and position.
create temporary table demo_question on commit drop as
select s.position * 10 + q.position as slot, q.id
  from feedback_form f join feedback_section s on s.version_id = f.current_version_id
       join feedback_question q on q.section_id = s.id
 where f.template_code = 'POST_SESSION_PARENTS';

-- 1.1 usefulness and 1.2 clarity (1–5), 1.3 satisfaction (0–10): picked by digits of the response's hash.
insert into feedback_answer (id, response_id, question_id, number_value)
select nextval('feedback_answer_seq'), r.id, q.id,
       case when r.dip then (array[5, 4, 4, 4, 3, 3, 3, 3, 2, 4])[1 + r.h % 10]
            else (array[5, 5, 5, 5, 4, 5, 4, 4, 4, 3])[1 + r.h % 10] end
  from demo_response r join demo_question q on q.slot = 11;

insert into feedback_answer (id, response_id, question_id, number_value)
select nextval('feedback_answer_seq'), r.id, q.id,
       case when r.dip then (array[4, 4, 4, 3, 4, 3, 3, 5, 2, 4])[1 + (r.h / 10) % 10]
            else (array[5, 5, 4, 5, 5, 4, 4, 5, 4, 3])[1 + (r.h / 10) % 10] end
  from demo_response r join demo_question q on q.slot = 12;

insert into feedback_answer (id, response_id, question_id, number_value)
select nextval('feedback_answer_seq'), r.id, q.id,
       case when r.dip then (array[8, 7, 6, 7, 5, 8, 6, 7, 4, 6])[1 + (r.h / 100) % 10]
            else (array[10, 9, 9, 8, 9, 10, 8, 7, 9, 6])[1 + (r.h / 100) % 10] end
  from demo_response r join demo_question q on q.slot = 13;

-- 1.4 the length of the session (optional; most answer): 太短 / 合适 / 太长.
insert into feedback_answer (id, response_id, question_id, choice_id)
select nextval('feedback_answer_seq'), r.id, q.id, c.id
  from demo_response r join demo_question q on q.slot = 14
       join feedback_choice c on c.question_id = q.id
        and c.position = case when r.dip then (array[1, 1, 2, 1, 2, 2, 1, 3, 2, 1])[1 + (r.h / 1000) % 10]
                              else (array[2, 2, 2, 2, 1, 2, 2, 3, 2, 2])[1 + (r.h / 1000) % 10] end
 where (r.h / 7) % 10 <> 0;

-- 2.1 topics wanted next (one or two of five).
insert into feedback_answer (id, response_id, question_id, choice_id)
select nextval('feedback_answer_seq'), r.id, q.id, c.id
  from demo_response r join demo_question q on q.slot = 21
       join feedback_choice c on c.question_id = q.id
        and (c.position = 1 + (r.h / 13) % 5
             or (r.h % 3 = 0 and c.position = 1 + (r.h / 13 + 2) % 5));

-- 2.2 what to improve: some parents write a line.
insert into feedback_answer (id, response_id, question_id, text_value)
select nextval('feedback_answer_seq'), r.id, q.id,
       case when r.dip then (array['时间有点紧，生理变化部分讲得太快了',
                                   '内容有点多，没来得及讨论',
                                   '希望多一些案例和角色扮演',
                                   '图片讲解有点快，希望发一份资料回家看'])[1 + (r.h / 11) % 4]
            else (array['希望多一些案例和角色扮演',
                        '想了解如何和孩子谈网络交友',
                        '讲得很实用，希望以后多组织这样的活动',
                        '时间有点紧',
                        '孩子快上初中了，希望多讲讲青春期的情绪问题',
                        '小组讨论很有收获，听到了其他家长的做法',
                        '能不能提供课件或者资料，回家再看看'])[1 + (r.h / 11) % 7] end
  from demo_response r join demo_question q on q.slot = 22
 where (r.dip and r.h % 5 < 3) or (not r.dip and r.h % 4 = 0);

-- The lead trainer's adjustments after the dip.
insert into feedback_adjustment (id, session_id, lesson_id, question_id, description, created_by, created_at,
                                 updated_at)
select nextval('feedback_adjustment_seq'), s.id, s.lesson_id, q.id, d.description, a.id,
       (d.day + time '20:00') at time zone 'Asia/Shanghai', (d.day + time '20:00') at time zone 'Asia/Shanghai'
  from (values
   (1, 3, date '2026-08-02', 13,
    '第三课满意度明显低于前两课，多位家长反映时间紧、生理变化部分讲得太快。第四课开场用10分钟回顾第三课要点，并把课件中的图片讲解整理成一页资料发给家长带回家。'),
   (1, 3, date '2026-08-02', 14,
    '家长认为第三课时长不够：第二批的第三课由120分钟调整为135分钟，减少一段视频，把时间留给提问和讨论。'),
   (2, 2, date '2026-09-20', 22,
    '第二批家长希望多一些案例和角色扮演：第三课准备了两个社区真实案例（已匿名处理），讨论改为4人小组进行。')
  ) as d(batch_no, position, day, slot, description)
  join project p on p.code = 'WX-2026-PARENT'
  join batch b on b.project_id = p.id and b.number = d.batch_no
  join training_session s on s.batch_id = b.id and s.status = 'HELD'
  join curriculum_lesson l on l.id = s.lesson_id and l.position = d.position
  join demo_question q on q.slot = d.slot
  join account a on a.username = 'baodong.trainer';
