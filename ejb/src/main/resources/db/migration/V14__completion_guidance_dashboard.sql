-- Completion rules, guidance notes, and the indexes the attendance dashboard reads by.

-- A project's completion rule (结业条件). No row: the defaults (all lessons but one, LATE counts, EXCUSED does not).
-- Whether a participant completed is never stored: it follows from the attendance records and this rule on read.
create table project_completion_rule (
    project_id      bigint       primary key references project (id),
    -- Lessons (of the batch's curriculum) a participant must have attended; null: all but one.
    min_lessons     integer,
    late_counts     boolean      not null default true,
    excused_counts  boolean      not null default false,
    updated_by      bigint       not null references account (id),
    version         bigint       not null default 0,
    created_at      timestamptz  not null default now(),
    updated_at      timestamptz  not null default now(),
    constraint ck_completion_min_lessons check (min_lessons is null or min_lessons between 1 and 200)
);

-- Guidance visits (督导): what an observer saw at a session and what they suggest, read by the site's trainers.
create sequence guidance_note_seq start with 1 increment by 50;

create table guidance_note (
    id           bigint         primary key,
    session_id   bigint         not null references training_session (id) on delete cascade,
    author_id    bigint         not null references account (id),
    observed     varchar(4000)  not null,
    suggestions  varchar(4000),
    created_at   timestamptz    not null default now()
);
create index ix_guidance_note_session on guidance_note (session_id, created_at);

-- The dashboard aggregates a project's sessions by site and batch, and a batch's held sessions by time; attendance
-- by session and status (covering, so counts need not visit the heap).
create index ix_training_session_project_site_status on training_session (project_id, project_site_id, status);
create index ix_attendance_session_status on attendance (session_id, status, walk_in, participant_id);
