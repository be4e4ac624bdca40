-- National data set, step 1: the network and everything small (units, sites, accounts, the project with its
-- curriculum, project sites, batches, targets and allocations, activities). Variables (psql -v): cpp = counties per
-- province, cities = cities per province, pwhash = the password hash of every account.
-- Runs with session_replication_role = replica (no user triggers, no foreign-key triggers): every reference is taken
-- from rows inserted here, and national-load.sh checks all foreign keys at the end.
\set ON_ERROR_STOP on
set session_replication_role = replica;
begin;

-- The national unit (the application's own bootstrap creates the same one on an empty database).
insert into organisation_unit (id, code, name_zh, name_en, kind, path, depth)
select n.id, 'CFPA', '中国计划生育协会', 'China Family Planning Association', 'NATIONAL', '/' || n.id || '/', 0
  from (select nextval('organisation_unit_seq') id) n;

create temp table g_province as
select p, nextval('organisation_unit_seq') id from generate_series(1, 31) p;
insert into organisation_unit (id, code, name_zh, name_en, kind, parent_id, path, depth)
select g.id, 'NP' || lpad(g.p::text, 2, '0'), '第' || g.p || '省', 'Province ' || g.p, 'PROVINCE', r.id,
       r.path || g.id || '/', 1
  from g_province g cross join organisation_unit r where r.code = 'CFPA';

create temp table g_city as
select g.p, c, nextval('organisation_unit_seq') id from g_province g cross join generate_series(1, :cities) c;
insert into organisation_unit (id, code, name_zh, name_en, kind, parent_id, path, depth)
select g.id, pu.code || 'C' || lpad(g.c::text, 2, '0'), pu.name_zh || '第' || g.c || '市',
       pu.name_en || ' city ' || g.c, 'CITY', pu.id, pu.path || g.id || '/', 2
  from g_city g join g_province gp on gp.p = g.p join organisation_unit pu on pu.id = gp.id;

create temp table g_county as
select g.p, k, ((k - 1) % :cities) + 1 as c, nextval('organisation_unit_seq') id
  from g_province g cross join generate_series(1, :cpp) k;
insert into organisation_unit (id, code, name_zh, name_en, kind, parent_id, path, depth)
select g.id, cu.code || 'K' || lpad(g.k::text, 3, '0'), cu.name_zh || '第' || g.k || '县',
       cu.name_en || ' county ' || g.k, 'COUNTY', cu.id, cu.path || g.id || '/', 3
  from g_county g join g_city gc on gc.p = g.p and gc.c = g.c join organisation_unit cu on cu.id = gc.id;

-- 16 or 17 sites per county (about 50,000 for 3,000 counties); n numbers them nationally and decides their kind,
-- their batch's size and its start.
create temp table g_site as
select k.id as county_id, j, row_number() over (order by k.id, j) n
  from g_county k cross join lateral generate_series(1, 16 + case when k.k % 3 = 0 then 1 else 0 end) j;
alter table g_site add column id bigint;
update g_site set id = nextval('site_seq');
insert into site (id, unit_id, kind, name_zh, name_en, address, contact_name, contact_phone)
select g.id, g.county_id,
       case g.n % 10 when 4 then 'SCHOOL' when 5 then 'SCHOOL' when 6 then 'SCHOOL' when 7 then 'UNIVERSITY'
                     when 8 then 'ENTERPRISE' else 'COMMUNITY' end,
       u.name_zh || '项目点' || g.j, u.name_en || ' site ' || g.j, u.name_zh || '幸福路' || g.j || '号',
       '联系人' || g.j, '1380000' || lpad((g.n % 10000)::text, 4, '0')
  from g_site g join organisation_unit u on u.id = g.county_id;

-- Accounts: the administrator, a coordinator per province, a trainer per county (sessions' lead trainer, and who
-- recorded marks and enrolments). One password for all of them (see national-load.sh).
insert into account (id, username, password_hash, display_name, role, unit_id)
select nextval('account_seq'), 'admin', :'pwhash', '系统管理员', 'ADMIN', id from organisation_unit where code = 'CFPA';
insert into account (id, username, password_hash, display_name, role, unit_id)
select nextval('account_seq'), 'coord.' || lower(u.code), :'pwhash', u.name_zh || '协调员', 'COORDINATOR', u.id
  from organisation_unit u where u.kind = 'PROVINCE' and u.code like 'NP%';
insert into account (id, username, password_hash, display_name, role, unit_id)
select nextval('account_seq'), 'trainer.' || lower(u.code), :'pwhash', u.name_zh || '培训师', 'TRAINER', u.id
  from organisation_unit u where u.kind = 'COUNTY' and u.code like 'NP%';

-- One national project over three project years (March to February).
insert into project (id, code, name_zh, name_en, funder_unit_id, owner_unit_id, start_date, end_date, status,
                     description, budget_cny)
select nextval('project_seq'), 'NAT-2024', '青春健康全国项目（2024—2027）', 'Youth health national project 2024-2027',
       id, id, date '2024-03-01', date '2027-02-28', 'ACTIVE', '全国规模测试数据（合成）。', 30000000
  from organisation_unit where code = 'CFPA';

insert into project_completion_rule (project_id, min_lessons, late_counts, excused_counts, updated_by)
select p.id, null, true, false, a.id from project p, account a where p.code = 'NAT-2024' and a.username = 'admin';

-- The project's curriculum: 12 lessons (completion: all but one, by default).
insert into curriculum (id, project_id, owner_unit_id, version_no, in_use, name_zh, name_en)
select nextval('curriculum_seq'), p.id, p.owner_unit_id, 1, true, '青春健康系列课程', 'Youth health course'
  from project p where p.code = 'NAT-2024';
insert into curriculum_lesson (id, curriculum_id, position, title_zh, title_en, lineage_id)
select n.id, c.id, l, '第' || l || '课', 'Lesson ' || l, n.id
  from curriculum c join project p on p.id = c.project_id and p.code = 'NAT-2024'
       cross join generate_series(1, 12) l
       cross join lateral (select nextval('curriculum_lesson_seq') id, l as l_ref) n;

insert into feedback_assignment (id, project_id, lesson_lineage_id, form_id, assigned_by)
select nextval('feedback_assignment_seq'), p.id, null, f.id, a.id
  from project p, feedback_form f, account a
 where p.code = 'NAT-2024' and f.template_code = 'POST_SESSION_PARENTS' and a.username = 'admin';

insert into project_site (id, project_id, site_id, responsible_unit_id)
select nextval('project_site_seq'), p.id, g.id, g.county_id
  from g_site g cross join project p where p.code = 'NAT-2024';

-- One batch per site, starting on a Monday-ish day spread over the three years (the last session ends before the
-- project does); its size (12..26 enrolled) follows from its number.
insert into batch (id, project_id, project_site_id, number, name, planned_start, capacity, curriculum_id)
select nextval('batch_seq'), p.id, ps.id, g.n, '第' || g.n || '期', date '2024-03-04' + (g.n * 7919 % 1000)::int,
       40, c.id
  from g_site g join project_site ps on ps.site_id = g.id
       join project p on p.id = ps.project_id and p.code = 'NAT-2024'
       join curriculum c on c.project_id = p.id;

-- Targets of the project, a share for each province.
insert into target (id, project_id, indicator_id, planned_value)
select nextval('target_seq'), p.id, i.id,
       round(case i.code when 'PARENTS_TRAINED' then 450000 when 'STUDENTS_TRAINED' then 300000
                         when 'PEER_EDUCATORS_TRAINED' then 120000 when 'SESSIONS_HELD' then 550000
                         when 'SITES_COVERED' then 50000 when 'FEEDBACK_RESPONSES' then 2000000
                         when 'LECTURE_AUDIENCE' then 1000000 else 100000 end * :scale)
  from project p cross join indicator i where p.code = 'NAT-2024' and i.project_id is null;
insert into target_allocation (id, target_id, unit_id, value)
select nextval('target_allocation_seq'), t.id, u.id, t.planned_value / 31
  from target t join project p on p.id = t.project_id and p.code = 'NAT-2024'
       cross join organisation_unit u where u.kind = 'PROVINCE' and u.code like 'NP%';

-- A few activities per county: a lecture and a consultation day in each project year.
insert into activity (id, type, online, held_on, unit_id, site_id, project_id, topic, audience, headcount,
                      recorded_by)
select nextval('activity_seq'), t.type, false, date '2024-04-01' + y * 365 + (k.id % 200)::int, k.id, null, p.id,
       case t.type when 'LECTURE' then '青春期健康讲座' else '青春健康咨询日' end,
       case t.type when 'LECTURE' then 'PARENTS' else 'STUDENTS' end,
       case t.type when 'LECTURE' then 60 + (k.id % 140)::int else 8 + (k.id % 25)::int end, a.id
  from g_county k cross join generate_series(0, 2) y cross join (values ('LECTURE'), ('CONSULTATION')) t (type)
       cross join project p
       join organisation_unit u on u.id = k.id
       join account a on a.username = 'trainer.' || lower(u.code)
 where p.code = 'NAT-2024' and date '2024-04-01' + y * 365 + (k.id % 200)::int <= current_date;

commit;
