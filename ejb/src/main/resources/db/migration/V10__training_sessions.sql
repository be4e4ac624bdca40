-- Training sessions (培训场次): one lesson of a batch's curriculum, held at the batch's project site in a room, at a
-- time, led by a trainer of the site's lecturer group with other trainers and guidance observers beside them, using
-- an approved courseware version. Times are instants; the application shows them in China's time zone.

create sequence training_session_seq start with 1 increment by 50;

create table training_session (
    id                    bigint        primary key,
    project_id            bigint        not null references project (id),
    batch_id              bigint        not null references batch (id),
    -- The batch's project site, kept here so that scope and room conflicts need no join through the batch.
    project_site_id       bigint        not null references project_site (id),
    -- A lesson of the batch's curriculum version (and so the segments it covers).
    lesson_id             bigint        not null references curriculum_lesson (id),
    room                  varchar(100),
    -- The room as conflicts compare it: lower case, no spaces (null: no room given, never a conflict).
    room_key              varchar(100),
    starts_at             timestamptz   not null,
    ends_at               timestamptz   not null,
    lead_trainer_id       bigint        not null references account (id),
    -- The approved courseware version used (null: none chosen yet).
    courseware_version_id bigint        references courseware_version (id),
    status                varchar(16)   not null default 'PLANNED',
    -- Why it was cancelled or postponed.
    status_reason         varchar(500),
    -- A coordinator saved it despite a booking conflict: why.
    override_reason       varchar(500),
    -- The short code participants type to check in (unique while it exists; null until issued).
    checkin_code          varchar(12),
    created_by            bigint        not null references account (id),
    version               bigint        not null default 0,
    created_at            timestamptz   not null default now(),
    updated_at            timestamptz   not null default now(),
    constraint ck_training_session_status check (status in ('PLANNED','HELD','CANCELLED','POSTPONED')),
    constraint ck_training_session_times check (ends_at > starts_at),
    constraint ck_training_session_reason check (status not in ('CANCELLED','POSTPONED') or status_reason is not null)
);
-- Calendars and dashboards read a project's, a batch's or a site's sessions by time.
create index ix_training_session_project on training_session (project_id, starts_at);
create index ix_training_session_batch on training_session (batch_id, starts_at);
create index ix_training_session_site on training_session (project_site_id, starts_at);
create index ix_training_session_lead on training_session (lead_trainer_id, starts_at);
create index ix_training_session_lesson on training_session (lesson_id);
create unique index uq_training_session_checkin_code on training_session (checkin_code) where checkin_code is not null;

-- The other people at a session: trainers (from the site's lecturer group) and guidance observers (its guidance
-- group). The lead trainer is on the session row, not here.
create table session_staff (
    session_id  bigint       not null references training_session (id) on delete cascade,
    account_id  bigint       not null references account (id),
    role        varchar(16)  not null,
    primary key (session_id, account_id),
    constraint ck_session_staff_role check (role in ('TRAINER','OBSERVER'))
);
-- "My sessions" and trainer conflicts look sessions up by person.
create index ix_session_staff_account on session_staff (account_id, session_id);

-- Attendance (出勤): one row per person and session, written by the roll call, by the participant's own check-in or by
-- an upload. People enrolled in the batch on the session's date are expected; a walk-in is someone who came without
-- being enrolled in the batch then. Each row has its own version, so two people recording the same session at once
-- collide only on the same person.
create sequence attendance_seq start with 1 increment by 50;

create table attendance (
    id              bigint        primary key,
    session_id      bigint        not null references training_session (id) on delete cascade,
    participant_id  bigint        not null references participant (id),
    status          varchar(10)   not null,
    note            varchar(200),
    walk_in         boolean       not null default false,
    -- How the mark was last made: ROLL_CALL, SELF_CHECKIN, IMPORT.
    source          varchar(16)   not null,
    -- Who made it last (null for a participant's own check-in).
    recorded_by     bigint        references account (id),
    recorded_at     timestamptz   not null default now(),
    version         bigint        not null default 0,
    created_at      timestamptz   not null default now(),
    updated_at      timestamptz   not null default now(),
    constraint uq_attendance unique (session_id, participant_id),
    constraint ck_attendance_status check (status in ('PRESENT','LATE','EXCUSED','ABSENT')),
    constraint ck_attendance_source check (source in ('ROLL_CALL','SELF_CHECKIN','IMPORT'))
);
-- A participant's record across sessions (completion, at-risk); the unique constraint serves by session.
create index ix_attendance_participant on attendance (participant_id, session_id);
