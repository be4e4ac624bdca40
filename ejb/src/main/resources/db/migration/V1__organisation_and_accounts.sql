-- Organisation hierarchy, sites and accounts: the foundation every feature scopes by.

create sequence organisation_unit_seq start with 1 increment by 50;

create table organisation_unit (
    id          bigint       primary key,
    code        varchar(32)  not null,
    name_zh     varchar(100) not null,
    name_en     varchar(100),
    kind        varchar(24)  not null,
    parent_id   bigint       references organisation_unit (id),
    -- Materialised path of ids, e.g. '/1/51/101/': scope is one indexed prefix match.
    path        varchar(1000) not null,
    depth       integer      not null,
    active      boolean      not null default true,
    version     bigint       not null default 0,
    created_at  timestamptz  not null default now(),
    updated_at  timestamptz  not null default now(),
    constraint uq_organisation_unit_code unique (code),
    constraint ck_organisation_unit_kind check (kind in ('NATIONAL','PROVINCE','CITY','COUNTY','TOWNSHIP','COMMUNITY',
                                                       'UNIVERSITY','SCHOOL','ENTERPRISE','FLOATING_POPULATION','OTHER')),
    constraint ck_organisation_unit_root check ((parent_id is null) = (kind = 'NATIONAL'))
);
create index ix_organisation_unit_parent on organisation_unit (parent_id, name_zh);
create index ix_organisation_unit_path on organisation_unit (path varchar_pattern_ops);
create index ix_organisation_unit_code_lower on organisation_unit (lower(code) varchar_pattern_ops);

create sequence site_seq start with 1 increment by 50;

create table site (
    id             bigint       primary key,
    unit_id        bigint       not null references organisation_unit (id),
    kind           varchar(24)  not null,
    name_zh        varchar(100) not null,
    name_en        varchar(100),
    address        varchar(300),
    contact_name   varchar(60),
    contact_phone  varchar(30),
    active         boolean      not null default true,
    version        bigint       not null default 0,
    created_at     timestamptz  not null default now(),
    updated_at     timestamptz  not null default now(),
    constraint ck_site_kind check (kind in ('UNIVERSITY','COMMUNITY','SCHOOL','ENTERPRISE','OTHER'))
);
create index ix_site_unit on site (unit_id, name_zh);

create sequence account_seq start with 1 increment by 50;

create table account (
    id             bigint       primary key,
    username       varchar(60)  not null,
    -- PBKDF2WithHmacSHA256:<iterations>:<salt b64>:<hash b64>, never the password itself.
    password_hash  varchar(255) not null,
    display_name   varchar(100) not null,
    role           varchar(16)  not null,
    unit_id        bigint       not null references organisation_unit (id),
    locale         varchar(8)   not null default 'zh_CN',
    active         boolean      not null default true,
    version        bigint       not null default 0,
    created_at     timestamptz  not null default now(),
    constraint uq_account_username unique (username),
    constraint ck_account_role check (role in ('ADMIN','COORDINATOR','TRAINER','OBSERVER')),
    constraint ck_account_locale check (locale in ('zh_CN','en'))
);
create index ix_account_unit on account (unit_id);
