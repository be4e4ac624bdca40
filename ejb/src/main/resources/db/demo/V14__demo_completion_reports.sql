-- Demo completion reports for the third quarter of 2026 (due 15 October), so that the reports list, a review and the
-- completeness page have something to show: on the parent training, Baodong community's and Yicheng street's reports
-- were accepted, Yixing's county report waits for Wuxi's review and Wuxi's own report is a draft; on the universities'
-- project, Jiangnan University's report was accepted and the Wuxi Institute of Technology's was returned for more
-- detail. Submitted reports carry the figures computed at loading (total and children; targets live). Loaded once,
-- after V2.

-- The figures a submission froze: what reporting_figures gives for the unit and its children (every count, 0 when
-- absent, as FiguresEngine completes them), so that a demo report is "changed since submission" only when the data
-- changes afterwards. Targets are not frozen in the demo (the report shows them live).
create function pg_temp.demo_values(p_project bigint, p_unit bigint, p_level text, p_id bigint) returns jsonb
    language sql as $f$
    with f as (select measure, value from reporting_figures(p_project, p_unit, date '2026-07-01', date '2026-09-30')
                where child_level = p_level and child_id = p_id),
    counts(measure) as (values ('SESSIONS_PLANNED'), ('SESSIONS_HELD'), ('SESSIONS_CANCELLED'), ('SESSIONS_WITHOUT_ROLL'), ('ENROLLED'), ('ENROLLED_PARENTS'), ('ENROLLED_STUDENTS'), ('ENROLLED_PEER_EDUCATORS'), ('ENROLLED_FEMALE'), ('ENROLLED_MALE'), ('COMPLETED'), ('COMPLETED_PARENTS'), ('COMPLETED_STUDENTS'), ('COMPLETED_PEER_EDUCATORS'), ('COMPLETED_FEMALE'), ('COMPLETED_MALE'), ('EXPECTED'), ('ATTENDED'), ('CONTACTS'), ('FEEDBACK_RESPONSES'), ('SITES_COVERED'), ('GUIDANCE_VISITS'), ('COURSEWARE_APPROVED'), ('ADJUSTMENTS'), ('REACHED'), ('REACHED_LECTURE'), ('REACHED_CONSULTATION'), ('REACHED_CAMPAIGN'), ('REACHED_VOLUNTEER_SERVICE'), ('REACHED_FAMILY_VISIT'), ('REACHED_OTHER'), ('REACHED_BY_PEERS'), ('PEER_SESSIONS_HELD'), ('HOSTS_CERTIFIED'))
    select coalesce(jsonb_object_agg(m.measure, m.value), '{}'::jsonb)
      from (select c.measure, coalesce(f.value, 0) as value from counts c left join f using (measure)
            union all
            select f.measure, f.value from f where f.measure not in (select measure from counts)) m
$f$;

create function pg_temp.demo_children(p_project bigint, p_unit bigint) returns jsonb language sql as $f$
    select coalesce(jsonb_agg(jsonb_build_object('unitId', c.id, 'code', c.code, 'nameZh', c.name_zh,
                                                 'nameEn', c.name_en, 'level', c.level,
                                                 'values', pg_temp.demo_values(p_project, p_unit, c.lvl, c.id))
                              order by c.ord, c.name_zh, c.id), '[]'::jsonb)
      from (select 'UNIT' as lvl, u.id, u.code, u.name_zh, u.name_en, u.kind as level, 0 as ord
              from organisation_unit u where u.parent_id = p_unit and u.active
            union all
            select 'SITE', st.id, null, st.name_zh, st.name_en, 'SITE', 1
              from site st join project_site ps on ps.site_id = st.id and ps.project_id = p_project
             where st.unit_id = p_unit) c
$f$;

do $$
declare
    r record;
    v_report bigint;
    v_snapshot bigint;
    reviewer bigint;
    owner_id bigint;
    preparer bigint;
    reviewer_account bigint;
    submitted timestamptz := timestamptz '2026-10-10 10:00+08';
    reviewed timestamptz := timestamptz '2026-10-14 15:00+08';
begin
    for r in
        select p.id as project_id, p.code as project_code, p.name_zh as project_name, p.name_en as project_name_en,
               p.owner_unit_id, u.id as unit_id, u.code as unit_code, u.name_zh as unit_name, u.name_en as unit_name_en,
               u.kind, u.parent_id, d.status, d.preparer, d.reviewer, d.comment, d.overview
          from (values
           ('WX-2026-PARENT', 'JS-WX-YX-YC-BD', 'ACCEPTED',  'wuxi.coord', 'wuxi.coord', null,
            '宝东社区按计划完成第一批家长5节课培训，每次课后收集家长意见并调整课程。'),
           ('WX-2026-PARENT', 'JS-WX-YX-YC',    'ACCEPTED',  'wuxi.coord', 'yixing.coord', null,
            '宜城街道指导宝东社区项目点开展家长培训，组织讲师组集体备课。'),
           ('WX-2026-PARENT', 'JS-WX-YX',       'SUBMITTED', 'yixing.coord', null, null,
            '宜兴市计生协统筹项目点工作，7月11日世界人口日举行启动仪式，第一批家长培训已完成。'),
           ('WX-2026-PARENT', 'JS-WX',          'DRAFT',     'wuxi.coord', null, null,
            '无锡市计生协第三季度项目总结（草稿）。'),
           ('WX-2026-ASRH',   'JS-WX-U-JN',     'ACCEPTED',  'wuxi.coord', 'wuxi.coord', null,
            '江南大学举办学生骨干培训班，开展同伴教育活动。'),
           ('WX-2026-ASRH',   'JS-WX-U-WXIT',   'RETURNED',  'wuxi.coord', 'wuxi.coord', '请补充同伴教育活动的人数和照片。',
            '无锡职业技术学院开展预防艾滋病宣传月活动。')
          ) as d(project_code, unit_code, status, preparer, reviewer, comment, overview)
          join project p on p.code = d.project_code
          join organisation_unit u on u.code = d.unit_code
    loop
        select id into preparer from account where username = r.preparer;
        select id into reviewer_account from account where username = r.reviewer;
        reviewer := case when r.unit_id = r.owner_unit_id then null else r.parent_id end;
        v_report := nextval('completion_report_seq');
        insert into completion_report (id, project_id, unit_id, period_kind, period_start, period_end, status, due_on,
                                       reviewer_unit_id, submitted_at, submitted_by, reviewed_at, reviewed_by,
                                       review_comment, created_by, created_at, updated_at)
        values (v_report, r.project_id, r.unit_id, 'QUARTER', date '2026-07-01', date '2026-09-30', r.status,
                date '2026-10-15', reviewer,
                case when r.status = 'DRAFT' then null else submitted end,
                case when r.status = 'DRAFT' then null else preparer end,
                case when r.status in ('ACCEPTED', 'RETURNED') then reviewed end,
                case when r.status in ('ACCEPTED', 'RETURNED') then reviewer_account end,
                r.comment, preparer, timestamptz '2026-10-08 09:00+08', timestamptz '2026-10-08 09:00+08');
        insert into report_section (report_id, kind, body, updated_by)
        values (v_report, 'OVERVIEW', r.overview, preparer),
               (v_report, 'WORK_DONE', '', preparer),
               (v_report, 'RESULTS', '', preparer),
               (v_report, 'PROBLEMS', '', preparer),
               (v_report, 'NEXT_PLANS', '第四季度继续开展第二批培训。', preparer);
        insert into report_event (id, report_id, action, from_status, to_status, actor_id, at)
        values (nextval('report_event_seq'), v_report, 'CREATED', null, 'DRAFT', preparer,
                timestamptz '2026-10-08 09:00+08');
        if r.status <> 'DRAFT' then
            v_snapshot := nextval('report_snapshot_seq');
            insert into report_snapshot (id, report_id, taken_at, taken_by, figures)
            values (v_snapshot, v_report, submitted, preparer, jsonb_build_object(
                'projectId', r.project_id, 'projectCode', r.project_code, 'projectNameZh', r.project_name,
                'projectNameEn', r.project_name_en,
                'total', jsonb_build_object('unitId', r.unit_id, 'code', r.unit_code, 'nameZh', r.unit_name,
                                            'nameEn', r.unit_name_en, 'level', r.kind,
                                            'values', pg_temp.demo_values(r.project_id, r.unit_id, 'TOTAL', r.unit_id)),
                'children', pg_temp.demo_children(r.project_id, r.unit_id), 'targets', '[]'::jsonb,
                'period', jsonb_build_object('kind', 'QUARTER', 'start', '2026-07-01', 'end', '2026-09-30'),
                'computedAt', '2026-10-10T02:00:00Z'));
            update completion_report set snapshot_id = v_snapshot where id = v_report;
            insert into report_event (id, report_id, action, from_status, to_status, actor_id, at)
            values (nextval('report_event_seq'), v_report, 'SUBMITTED', 'DRAFT', 'SUBMITTED', preparer, submitted);
        end if;
        if r.status in ('ACCEPTED', 'RETURNED') then
            insert into report_event (id, report_id, action, from_status, to_status, comment, actor_id, at)
            values (nextval('report_event_seq'), v_report, r.status, 'SUBMITTED', r.status, r.comment,
                    reviewer_account, reviewed);
        end if;
    end loop;
end $$;
