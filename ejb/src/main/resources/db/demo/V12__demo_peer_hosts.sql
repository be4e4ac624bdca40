-- Demo peer-education hosts (同伴教育主持人) from the domain brief: the universities' ASRH project trained 46 student
-- leaders (demo V7), who go on to run peer education for other students. The project is marked as the host training,
-- and its hosts' plans need their supervising teacher's approval. Its training class was run before the platform held
-- its curriculum (demo V9: no sessions), so these certifications are history entered as recorded: the first-year
-- student leaders born 2006 or earlier (adults whatever the day) at the two universities with a site of their own,
-- supervised by their university's lecturer. Two of them have accepted their invitation (jiangnan.host, wxit.host,
-- password Demo@2026) and held peer sessions, counted by headcount; one plan awaits approval. Loaded once, after V7.

update project set host_training = true, peer_approval_required = true where code = 'WX-2026-ASRH';

insert into peer_host (id, participant_id, project_id, site_id, supervisor_account_id, certified_by, certified_at)
select nextval('peer_host_seq'), pt.id, p.id, pt.site_id, sup.id, coord.id, timestamptz '2026-05-16 10:00+08'
  from participant pt
  join organisation_unit u on u.id = pt.unit_id
  join project p on p.code = 'WX-2026-ASRH'
  join enrolment e on e.participant_id = pt.id and e.project_id = p.id and e.status = 'ACTIVE'
  join account sup on sup.username = case u.code when 'JS-WX-U-JN' then 'jiangnan.lecturer' else 'wxit.lecturer' end
  join account coord on coord.username = 'wuxi.coord'
 where pt.kind = 'STUDENT' and pt.grade = '大一' and pt.birth_year <= 2006 and pt.site_id is not null
   and u.code in ('JS-WX-U-JN', 'JS-WX-U-WXIT')
 order by pt.id;

insert into account (id, username, password_hash, display_name, role, unit_id, locale)
select nextval('account_seq'), a.username, a.password_hash, pt.display_name, 'HOST', s.unit_id, 'zh_CN'
  from (values
   ('jiangnan.host', '段泽宇', 'PBKDF2WithHmacSHA512:210000:Wa/1pc7kmyrGM3282llWRY/I5o9/FM5ry1B2zZQ4A2o=:4iHn9gasmpE0Xh4eD7OORKWTR22Omco6Y5R7pl+Oig+ynRb1DDMPCDuuhwxLHCQeovto3z7lb3a8aaD5Z751sg=='),
   ('wxit.host',     '刘梦瑶', 'PBKDF2WithHmacSHA512:210000:IW6QvNq5ZucVQWov/7lQQjLTSytzbyDURYAL06URdSU=:+Fd1FqaCPbVl3SSyq+vguBRBoHwHRinVQznJOR0CwkOq7XowMqFXW57nL1fqIcHF1ll4O3NJn7YY/RHZUq++Hw==')
  ) as a(username, name, password_hash)
  join participant pt on pt.display_name = a.name and pt.kind = 'STUDENT'
  join site s on s.id = pt.site_id;

update peer_host h set account_id = a.id
  from account a join participant pt on pt.display_name = a.display_name and pt.kind = 'STUDENT'
 where a.role = 'HOST' and a.username in ('jiangnan.host', 'wxit.host') and h.participant_id = pt.id;

insert into host_invitation (id, host_id, token_hash, expires_at, used_at, created_by, created_at)
select nextval('host_invitation_seq'), h.id, md5('demo-invitation-' || h.id) || md5('used-' || h.id),
       timestamptz '2026-05-23 10:00+08', timestamptz '2026-05-17 20:00+08', h.certified_by, h.certified_at
  from peer_host h where h.account_id is not null;

insert into peer_session (id, host_id, starts_at, ends_at, place, topic, expected_audience, status,
                          supervisor_comment, headcount_total, headcount_female, headcount_male, created_at,
                          updated_at)
select nextval('peer_session_seq'), h.id, d.day + time '19:00', d.day + time '20:30', d.place, d.topic, d.expected,
       d.status, d.comment, d.total, d.female, d.male, timestamptz '2026-05-20 12:00+08',
       timestamptz '2026-05-20 12:00+08'
  from (values
   ('jiangnan.host', date '2026-05-28', '江南大学学生活动中心', '青春期生理与心理健康', 40, 'HELD', '组织有序，互动充分', 38, 22, 16),
   ('jiangnan.host', date '2026-06-11', '江南大学图书馆报告厅', '预防艾滋病同伴教育', 60, 'HELD', null, 52, 27, 25),
   ('jiangnan.host', date '2026-10-22', '江南大学学生活动中心', '新生入学青春健康第一课', 80, 'HELD', '新生反响好', 76, null, null),
   ('jiangnan.host', date '2026-12-10', '江南大学学生活动中心', '世界艾滋病日后续讨论', 40, 'PLANNED', null, null, null, null),
   ('wxit.host',     date '2026-06-04', '无锡职业技术学院大学生活动中心', '正确认识性与生殖健康', 45, 'HELD', null, 41, 19, 22),
   ('wxit.host',     date '2026-11-12', '无锡职业技术学院大学生活动中心', '远离艾滋，健康青春', 50, 'APPROVED', '可结合12.1宣传日', null, null, null)
  ) as d(username, day, place, topic, expected, status, comment, total, female, male)
  join account a on a.username = d.username
  join peer_host h on h.account_id = a.id;
