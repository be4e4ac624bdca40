-- Participants (学员) and their guardians' consent, batches (批次) of a project at a project site, and enrolments
-- (报名) with their history. Minors' data is minimal: the birth year only (no date), no phone under 18 (the
-- application refuses it), and a withdrawn consent blanks name, phone, school and grade for good while the rows stay
-- so that counts stay right.

create sequence participant_seq start with 1 increment by 50;

create table participant (
    id             bigint       primary key,
    kind           varchar(16)  not null,
    -- Null only once anonymised (consent withdrawn).
    display_name   varchar(60),
    -- The name as likely duplicates are found: lower case, no spaces.
    name_key       varchar(60),
    gender         varchar(8),
    birth_year     integer,
    -- Digits (and a leading +) only, as duplicates are compared.
    phone          varchar(30),
    school         varchar(100),
    grade          varchar(30),
    unit_id        bigint       not null references organisation_unit (id),
    site_id        bigint       references site (id),
    anonymised_at  timestamptz,
    version        bigint       not null default 0,
    created_at     timestamptz  not null default now(),
    updated_at     timestamptz  not null default now(),
    constraint ck_participant_kind check (kind in ('PARENT','STUDENT','PEER_EDUCATOR','OTHER')),
    constraint ck_participant_gender check (gender in ('FEMALE','MALE')),
    constraint ck_participant_named check ((display_name is null) = (anonymised_at is not null)),
    constraint ck_participant_anonymised check (anonymised_at is null
        or (phone is null and school is null and grade is null and name_key is null)),
    constraint ck_participant_birth_year check (kind = 'PARENT' or birth_year is not null)
);
-- Scope joins a participant to its unit (whose path is indexed); lists sort by name; imports look names up.
create index ix_participant_unit on participant (unit_id, name_key);
create index ix_participant_name_key on participant (name_key);
create index ix_participant_site on participant (site_id);

create sequence guardian_consent_seq start with 1 increment by 50;

create table guardian_consent (
    id              bigint       primary key,
    participant_id  bigint       not null references participant (id),
    -- Blanked when the consent is withdrawn.
    guardian_name   varchar(60),
    relation        varchar(20)  not null,
    consent_date    date         not null,
    text_version    varchar(20)  not null,
    recorded_by     bigint       not null references account (id),
    recorded_at     timestamptz  not null default now(),
    withdrawn_at    timestamptz,
    withdrawn_by    bigint       references account (id),
    constraint ck_guardian_consent_named check ((guardian_name is null) = (withdrawn_at is not null))
);
-- At most one consent in force per participant; also the index of a participant's consents.
create unique index uq_guardian_consent_in_force on guardian_consent (participant_id) where withdrawn_at is null;
create index ix_guardian_consent_participant on guardian_consent (participant_id);

create sequence batch_seq start with 1 increment by 50;

create table batch (
    id               bigint        primary key,
    project_id       bigint        not null references project (id),
    project_site_id  bigint        not null references project_site (id),
    number           integer       not null,
    name             varchar(100)  not null,
    planned_start    date,
    capacity         integer       not null,
    -- The version of the project's curriculum the batch follows; that version is in use from then on.
    curriculum_id    bigint        references curriculum (id),
    version          bigint        not null default 0,
    created_at       timestamptz   not null default now(),
    updated_at       timestamptz   not null default now(),
    -- Also the index of a project's batches (project_id leads).
    constraint uq_batch_number unique (project_id, number),
    constraint ck_batch_number check (number >= 1),
    constraint ck_batch_capacity check (capacity between 1 and 10000)
);
create index ix_batch_project_site on batch (project_site_id);
create index ix_batch_curriculum on batch (curriculum_id);

create sequence enrolment_seq start with 1 increment by 50;

create table enrolment (
    id              bigint       primary key,
    batch_id        bigint       not null references batch (id),
    -- The batch's project, kept here so that one active enrolment per person and project is a database rule.
    project_id      bigint       not null references project (id),
    participant_id  bigint       not null references participant (id),
    status          varchar(20)  not null default 'ACTIVE',
    enrolled_on     date         not null,
    ended_on        date,
    end_reason      varchar(200),
    moved_from_id   bigint       references enrolment (id),
    enrolled_by     bigint       not null references account (id),
    ended_by        bigint       references account (id),
    version         bigint       not null default 0,
    created_at      timestamptz  not null default now(),
    updated_at      timestamptz  not null default now(),
    constraint ck_enrolment_status check (status in ('ACTIVE','MOVED','WITHDRAWN','CONSENT_WITHDRAWN')),
    constraint ck_enrolment_ended check ((status = 'ACTIVE') = (ended_on is null)),
    constraint ck_enrolment_dates check (ended_on is null or ended_on >= enrolled_on)
);
-- Counts per batch and status, and the roster.
create index ix_enrolment_batch on enrolment (batch_id, status);
create index ix_enrolment_participant on enrolment (participant_id);
create index ix_enrolment_moved_from on enrolment (moved_from_id);
-- One active enrolment per person and project (so also per batch); ended ones are history.
create unique index uq_enrolment_active on enrolment (project_id, participant_id) where status = 'ACTIVE';
