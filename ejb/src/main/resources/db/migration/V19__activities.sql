-- Activities counted by headcount (讲座、咨询、集中宣传、志愿服务、走访): no roster, a total and optional breakdowns
-- by sex and by age band, each of which sums to the total. Removal is soft (deleted_at/deleted_by) so that figures
-- already reported can be traced. Evidence (photos, scanned sign-in sheets) is kept as stored files.

create sequence activity_seq start with 1 increment by 50;

create table activity (
    id              bigint       primary key,
    type            varchar(24)  not null,
    online          boolean      not null default false,
    held_on         date         not null,
    unit_id         bigint       not null references organisation_unit (id),
    site_id         bigint       references site (id),
    project_id      bigint       references project (id),
    topic           varchar(200) not null,
    organiser_name  varchar(60),
    audience        varchar(24)  not null,
    headcount       integer      not null,
    -- By sex: all three or none.
    female          integer,
    male            integer,
    sex_unknown     integer,
    -- By age band: all five or none.
    age_under14     integer,
    age_14_17       integer,
    age_18_24       integer,
    age_25_plus     integer,
    age_unknown     integer,
    grade           varchar(100),
    note            varchar(1000),
    recorded_by     bigint       not null references account (id),
    deleted_at      timestamptz,
    deleted_by      bigint       references account (id),
    version         bigint       not null default 0,
    created_at      timestamptz  not null default now(),
    updated_at      timestamptz  not null default now(),
    constraint ck_activity_type check (type in ('LECTURE','CONSULTATION','CAMPAIGN','VOLUNTEER_SERVICE',
                                                 'FAMILY_VISIT','OTHER')),
    constraint ck_activity_audience check (audience in ('PARENTS','STUDENTS','GIRLS','BOYS','MIGRANTS',
                                                         'GENERAL_PUBLIC','OTHER')),
    constraint ck_activity_headcount check (headcount between 0 and 100000),
    constraint ck_activity_sex check ((female is null and male is null and sex_unknown is null)
        or (female >= 0 and male >= 0 and sex_unknown >= 0 and female + male + sex_unknown = headcount)),
    constraint ck_activity_age check ((age_under14 is null and age_14_17 is null and age_18_24 is null
            and age_25_plus is null and age_unknown is null)
        or (age_under14 >= 0 and age_14_17 >= 0 and age_18_24 >= 0 and age_25_plus >= 0 and age_unknown >= 0
            and age_under14 + age_14_17 + age_18_24 + age_25_plus + age_unknown = headcount))
);
-- Lists and reach figures read a unit's (or a project's) activities by date.
create index ix_activity_unit on activity (unit_id, held_on) where deleted_at is null;
create index ix_activity_project on activity (project_id, held_on) where deleted_at is null;
create index ix_activity_site on activity (site_id) where deleted_at is null;

create table activity_evidence (
    id           bigint      primary key,
    activity_id  bigint      not null references activity (id),
    file_id      bigint      not null references stored_file (id),
    created_at   timestamptz not null default now()
);
create sequence activity_evidence_seq start with 1 increment by 50;
create index ix_activity_evidence on activity_evidence (activity_id);
