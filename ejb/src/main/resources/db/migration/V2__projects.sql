-- Projects: funded programmes owned by a unit and funded by it or a unit above it, with their status workflow and
-- the sites taking part in them.

create sequence project_seq start with 1 increment by 50;

create table project (
    id              bigint        primary key,
    code            varchar(32)   not null,
    name_zh         varchar(200)  not null,
    name_en         varchar(200),
    funder_unit_id  bigint        not null references organisation_unit (id),
    owner_unit_id   bigint        not null references organisation_unit (id),
    start_date      date          not null,
    end_date        date          not null,
    status          varchar(16)   not null default 'DRAFT',
    description     varchar(4000),
    budget_cny      numeric(14,2) not null default 0,
    version         bigint        not null default 0,
    created_at      timestamptz   not null default now(),
    updated_at      timestamptz   not null default now(),
    constraint uq_project_code unique (code),
    constraint ck_project_period check (end_date >= start_date),
    constraint ck_project_status check (status in ('DRAFT','ACTIVE','CLOSED')),
    constraint ck_project_budget check (budget_cny >= 0)
);
-- Scope joins a project to its owning and funding units (whose paths are indexed); lists sort by start date.
create index ix_project_owner on project (owner_unit_id);
create index ix_project_funder on project (funder_unit_id);
create index ix_project_start on project (start_date desc, code);
create index ix_project_code_lower on project (lower(code) varchar_pattern_ops);

create sequence project_site_seq start with 1 increment by 50;

create table project_site (
    id                   bigint      primary key,
    project_id           bigint      not null references project (id),
    site_id              bigint      not null references site (id),
    responsible_unit_id  bigint      not null references organisation_unit (id),
    created_at           timestamptz not null default now(),
    -- Also the index of a project's sites (project_id leads).
    constraint uq_project_site unique (project_id, site_id)
);
create index ix_project_site_site on project_site (site_id);
create index ix_project_site_responsible on project_site (responsible_unit_id);
