-- The peer-education cascade: participants who completed a host training are certified as peer-education hosts
-- (同伴教育主持人) for a site, get a HOST account by invitation and plan and run peer sessions counted by headcount,
-- supervised by a teacher.

-- A project whose training makes its completers eligible as hosts, and whether its hosts' plans need approval.
alter table project add column host_training boolean not null default false;
alter table project add column peer_approval_required boolean not null default false;

alter table account drop constraint ck_account_role;
alter table account add constraint ck_account_role check (role in ('ADMIN','COORDINATOR','TRAINER','OBSERVER','HOST'));

create sequence peer_host_seq start with 1 increment by 50;

create table peer_host (
    id                     bigint      primary key,
    participant_id         bigint      not null references participant (id),
    -- The host training the participant completed.
    project_id             bigint      not null references project (id),
    site_id                bigint      not null references site (id),
    supervisor_account_id  bigint      not null references account (id),
    -- Set once the invitation is accepted.
    account_id             bigint      references account (id),
    certified_by           bigint      not null references account (id),
    certified_at           timestamptz not null default now(),
    -- Revoked certifications stay as history.
    revoked_at             timestamptz,
    revoked_by             bigint      references account (id),
    version                bigint      not null default 0
);
-- One certification in force per person and site; also the index of a site's hosts.
create unique index uq_peer_host_in_force on peer_host (site_id, participant_id) where revoked_at is null;
create index ix_peer_host_participant on peer_host (participant_id);
create index ix_peer_host_supervisor on peer_host (supervisor_account_id);
create unique index uq_peer_host_account on peer_host (account_id);

create sequence host_invitation_seq start with 1 increment by 50;

create table host_invitation (
    id          bigint      primary key,
    host_id     bigint      not null references peer_host (id),
    -- SHA-256 of the one-time token (hex); the token itself is shown once and never stored.
    token_hash  varchar(64) not null,
    expires_at  timestamptz not null,
    used_at     timestamptz,
    created_by  bigint      not null references account (id),
    created_at  timestamptz not null default now(),
    constraint uq_host_invitation_token unique (token_hash)
);
create index ix_host_invitation_host on host_invitation (host_id);

create sequence peer_session_seq start with 1 increment by 50;

create table peer_session (
    id                     bigint       primary key,
    host_id                bigint       not null references peer_host (id),
    starts_at              timestamp    not null,
    ends_at                timestamp    not null,
    place                  varchar(200) not null,
    topic                  varchar(200),
    lesson_id              bigint       references curriculum_lesson (id),
    courseware_version_id  bigint       references courseware_version (id),
    expected_audience      integer      not null,
    status                 varchar(16)  not null default 'PLANNED',
    supervisor_comment     varchar(1000),
    headcount_total        integer,
    headcount_female       integer,
    headcount_male         integer,
    cancel_reason          varchar(300),
    version                bigint       not null default 0,
    created_at             timestamptz  not null default now(),
    updated_at             timestamptz  not null default now(),
    constraint ck_peer_session_status check (status in ('PLANNED','APPROVED','RETURNED','HELD','CANCELLED')),
    constraint ck_peer_session_period check (ends_at > starts_at),
    constraint ck_peer_session_what check (topic is not null or lesson_id is not null),
    constraint ck_peer_session_expected check (expected_audience between 1 and 10000),
    constraint ck_peer_session_headcount check (headcount_total is null or headcount_total >= 0),
    constraint ck_peer_session_held check ((status = 'HELD') = (headcount_total is not null)),
    constraint ck_peer_session_breakdown check (headcount_female is null or headcount_male is null
        or headcount_female + headcount_male = headcount_total)
);
create index ix_peer_session_host on peer_session (host_id, starts_at desc);
