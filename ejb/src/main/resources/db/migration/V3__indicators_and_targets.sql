-- Indicators (指标), a project's targets (目标) and their breakdown (目标分解) to lower units and sites. The standard
-- indicators are product data, shipped here; a project may add its own. What has been achieved is never stored: it is
-- counted from sessions and attendance.

create sequence indicator_seq start with 1 increment by 50;

create table indicator (
    id              bigint        primary key,
    code            varchar(32)   not null,
    name_zh         varchar(200)  not null,
    name_en         varchar(200),
    -- Unit of count, e.g. 人 / 人次 / 场 / 个.
    unit_zh         varchar(20)   not null,
    unit_en         varchar(40),
    description_zh  varchar(1000),
    description_en  varchar(1000),
    -- Null: a standard indicator shipped with the product; else the project that defined it.
    project_id      bigint        references project (id),
    version         bigint        not null default 0,
    created_at      timestamptz   not null default now(),
    constraint uq_indicator_code unique (code)
);
create index ix_indicator_project on indicator (project_id);

insert into indicator (id, code, name_zh, name_en, unit_zh, unit_en, description_zh, description_en)
select nextval('indicator_seq'), i.code, i.name_zh, i.name_en, i.unit_zh, i.unit_en, i.description_zh,
       i.description_en
  from (values
   (1, 'PARENTS_TRAINED', '培训家长', 'Parents trained', '人', 'people',
    '完成家长培训课程的家长人数（按结业标准计，每人只计一次）。',
    'Parents who completed the parent training course (counted once each, by the completion rule).'),
   (2, 'STUDENTS_TRAINED', '培训学生', 'Students trained', '人', 'people',
    '完成培训的学生及学生骨干人数，每人只计一次。',
    'Students and student leaders who completed a training, counted once each.'),
   (3, 'PEER_EDUCATORS_TRAINED', '培训同伴教育主持人', 'Peer educators trained', '人', 'people',
    '完成同伴教育主持人培训的人数，每人只计一次。',
    'Peer-education hosts who completed their training, counted once each.'),
   (4, 'SESSIONS_HELD', '举办培训场次', 'Training sessions held', '场', 'sessions',
    '已举办的培训场次数。',
    'Training sessions that took place.'),
   (5, 'SITES_COVERED', '覆盖项目点', 'Sites covered', '个', 'sites',
    '至少举办过一场培训的项目点数。',
    'Project sites where at least one session took place.'),
   (6, 'FEEDBACK_RESPONSES', '收集反馈', 'Feedback responses collected', '份', 'responses',
    '培训后收回的反馈表份数。',
    'Feedback forms returned after sessions.'),
   (7, 'LECTURE_AUDIENCE', '讲座受众', 'Lecture audience', '人次', 'attendances',
    '讲座的听众人次，同一人参加多场分别计算。',
    'People attending lectures, each attendance counted.'),
   (8, 'CONSULTATIONS', '咨询', 'Consultations', '人次', 'consultations',
    '提供的咨询人次（含线上咨询）。',
    'Consultations given, online ones included.')
  ) as i(ord, code, name_zh, name_en, unit_zh, unit_en, description_zh, description_en)
 order by i.ord;

create sequence target_seq start with 1 increment by 50;

create table target (
    id             bigint      primary key,
    project_id     bigint      not null references project (id),
    indicator_id   bigint      not null references indicator (id),
    planned_value  bigint      not null,
    version        bigint      not null default 0,
    created_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now(),
    -- Also the index of a project's targets (project_id leads).
    constraint uq_target_indicator unique (project_id, indicator_id),
    constraint ck_target_planned check (planned_value >= 0)
);
create index ix_target_indicator on target (indicator_id);

create sequence target_allocation_seq start with 1 increment by 50;

create table target_allocation (
    id                    bigint      primary key,
    target_id             bigint      not null references target (id),
    -- Exactly one of unit and site: a share given to a lower unit, or to a site (which has no further breakdown).
    unit_id               bigint      references organisation_unit (id),
    site_id               bigint      references site (id),
    -- Null: allocated directly under the project's owning unit.
    parent_allocation_id  bigint      references target_allocation (id),
    value                 bigint      not null,
    version               bigint      not null default 0,
    created_at            timestamptz not null default now(),
    updated_at            timestamptz not null default now(),
    constraint ck_target_allocation_one_place check ((unit_id is null) <> (site_id is null)),
    constraint ck_target_allocation_value check (value >= 0),
    -- Also the index of a target's allocations (target_id leads).
    constraint uq_target_allocation_unit unique (target_id, unit_id),
    constraint uq_target_allocation_site unique (target_id, site_id)
);
create index ix_target_allocation_parent on target_allocation (parent_allocation_id);
create index ix_target_allocation_unit on target_allocation (unit_id);
create index ix_target_allocation_site on target_allocation (site_id);
