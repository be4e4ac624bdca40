-- Completion reports (项目总结报告): a unit's report on a project for a period, pre-filled with computed figures, with
-- narrative sections and attachments, sent up the hierarchy for review. At submission the figures are frozen in an
-- immutable snapshot (the database refuses to change or remove one), so that "changed since submission" can be shown.
-- Who did what and when is kept as events.

-- What each indicator is computed from (a measure of org.healthedu.reporting.Measure; null: not computed, so its
-- achieved figure is not shown), whether people reached through peer educators count toward it, and its code in a
-- national DHIS2 (data element uid, 11 characters).
alter table indicator add column measure varchar(40);
alter table indicator add column counts_peer_reach boolean not null default false;
alter table indicator add column dhis2_uid varchar(11);

update indicator set measure = 'COMPLETED_PARENTS', dhis2_uid = 'HeParTrain1' where code = 'PARENTS_TRAINED';
update indicator set measure = 'COMPLETED_STUDENTS', dhis2_uid = 'HeStuTrain1' where code = 'STUDENTS_TRAINED';
update indicator set measure = 'COMPLETED_PEER_EDUCATORS', dhis2_uid = 'HePeerTrn01'
 where code = 'PEER_EDUCATORS_TRAINED';
update indicator set measure = 'SESSIONS_HELD', dhis2_uid = 'HeSessHeld1' where code = 'SESSIONS_HELD';
update indicator set measure = 'SITES_COVERED', dhis2_uid = 'HeSitesCov1' where code = 'SITES_COVERED';
update indicator set measure = 'FEEDBACK_RESPONSES', dhis2_uid = 'HeFeedResp1' where code = 'FEEDBACK_RESPONSES';
update indicator set measure = 'REACHED_LECTURE', dhis2_uid = 'HeLectAud01' where code = 'LECTURE_AUDIENCE';
update indicator set measure = 'REACHED_CONSULTATION', dhis2_uid = 'HeConsult01' where code = 'CONSULTATIONS';

create sequence completion_report_seq start with 1 increment by 50;

create table completion_report (
    id                 bigint        primary key,
    project_id         bigint        not null references project (id),
    -- The unit reporting (a site's figures are reported by its unit).
    unit_id            bigint        not null references organisation_unit (id),
    -- MONTH, QUARTER, YEAR or PROJECT (the whole project period); start and end days both included.
    period_kind        varchar(8)    not null,
    period_start       date          not null,
    period_end         date          not null,
    status             varchar(10)   not null default 'DRAFT',
    -- When it is due at the parent unit (null: no due date).
    due_on             date,
    -- The unit that reviews it: the reporting unit's parent (null for the project's owner unit: it reports to no one
    -- inside the platform, its ACCEPTED report is the final one).
    reviewer_unit_id   bigint        references organisation_unit (id),
    submitted_at       timestamptz,
    submitted_by       bigint        references account (id),
    reviewed_at        timestamptz,
    reviewed_by        bigint        references account (id),
    -- The reviewer's comments when returning it (kept until the next submission).
    review_comment     varchar(4000),
    -- The snapshot frozen at the latest submission (null while never submitted).
    snapshot_id        bigint,
    created_by         bigint        not null references account (id),
    version            bigint        not null default 0,
    created_at         timestamptz   not null default now(),
    updated_at         timestamptz   not null default now(),
    constraint uq_completion_report unique (project_id, unit_id, period_kind, period_start),
    constraint ck_completion_report_kind check (period_kind in ('MONTH','QUARTER','YEAR','PROJECT')),
    constraint ck_completion_report_status check (status in ('DRAFT','SUBMITTED','RETURNED','ACCEPTED')),
    constraint ck_completion_report_period check (period_end >= period_start),
    constraint ck_completion_report_submitted check (status in ('DRAFT') or submitted_at is not null)
);
create index ix_completion_report_unit on completion_report (unit_id, period_start desc);
create index ix_completion_report_reviewer on completion_report (reviewer_unit_id, status);
create index ix_completion_report_project on completion_report (project_id, period_kind, period_start);

-- Narrative sections, modelled on the association's work summary.
create table report_section (
    report_id   bigint         not null references completion_report (id) on delete cascade,
    kind        varchar(16)    not null,
    body        text           not null default '',
    updated_by  bigint         references account (id),
    updated_at  timestamptz    not null default now(),
    version     bigint         not null default 0,
    primary key (report_id, kind),
    constraint ck_report_section_kind check (kind in ('OVERVIEW','WORK_DONE','RESULTS','PROBLEMS','NEXT_PLANS')),
    constraint ck_report_section_length check (length(body) <= 20000)
);

-- Photos, documents and the project archive list, kept as stored files.
create sequence report_attachment_seq start with 1 increment by 50;

create table report_attachment (
    id          bigint        primary key,
    report_id   bigint        not null references completion_report (id) on delete cascade,
    file_id     bigint        not null references stored_file (id),
    kind        varchar(12)   not null,
    caption     varchar(200),
    added_by    bigint        not null references account (id),
    added_at    timestamptz   not null default now(),
    constraint ck_report_attachment_kind check (kind in ('PHOTO','DOCUMENT','ARCHIVE_LIST'))
);
create index ix_report_attachment_report on report_attachment (report_id, added_at);

-- Frozen figures: the JSON of org.healthedu.reporting.ReportFigures at a submission. Never changed or removed.
create sequence report_snapshot_seq start with 1 increment by 50;

create table report_snapshot (
    id          bigint        primary key,
    report_id   bigint        not null references completion_report (id),
    taken_at    timestamptz   not null default now(),
    taken_by    bigint        not null references account (id),
    figures     jsonb         not null
);
create index ix_report_snapshot_report on report_snapshot (report_id, taken_at desc);

alter table completion_report add constraint fk_completion_report_snapshot
    foreign key (snapshot_id) references report_snapshot (id);

create function report_snapshot_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'report snapshots cannot be changed or removed' using errcode = 'restrict_violation';
end $$;

create trigger report_snapshot_no_update before update or delete on report_snapshot
    for each row execute function report_snapshot_immutable();

-- Who did what and when: created, edited, submitted, returned, accepted, reopened.
create sequence report_event_seq start with 1 increment by 50;

create table report_event (
    id           bigint         primary key,
    report_id    bigint         not null references completion_report (id) on delete cascade,
    action       varchar(12)    not null,
    from_status  varchar(10),
    to_status    varchar(10),
    comment      varchar(4000),
    actor_id     bigint         not null references account (id),
    at           timestamptz    not null default now(),
    constraint ck_report_event_action check (action in ('CREATED','EDITED','ATTACHED','DETACHED','SUBMITTED',
                                                         'RETURNED','ACCEPTED','REOPENED'))
);
create index ix_report_event_report on report_event (report_id, at);
