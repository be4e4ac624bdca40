-- Trainer groups (工作组) per project site: a management group (管理组), a lecturer group (讲师组) and a guidance group
-- (指导组), each with member accounts and an optional leader who must be one of them; and trainers' own profiles.
-- The groups drive permissions from here on (lecturers draft courseware, management approves, guidance observes).

create sequence trainer_group_seq start with 1 increment by 50;

create table trainer_group (
    id                 bigint      primary key,
    -- The groups go with their site: taking a site out of a project takes its groups and memberships with it.
    project_site_id    bigint      not null references project_site (id) on delete cascade,
    kind               varchar(16) not null,
    leader_account_id  bigint      references account (id),
    version            bigint      not null default 0,
    created_at         timestamptz not null default now(),
    updated_at         timestamptz not null default now(),
    -- Also the index of a site's groups (project_site_id leads).
    constraint uq_trainer_group unique (project_site_id, kind),
    constraint ck_trainer_group_kind check (kind in ('MANAGEMENT','LECTURER','GUIDANCE'))
);
create index ix_trainer_group_leader on trainer_group (leader_account_id);

create sequence trainer_group_member_seq start with 1 increment by 50;

create table trainer_group_member (
    id          bigint      primary key,
    group_id    bigint      not null references trainer_group (id) on delete cascade,
    account_id  bigint      not null references account (id),
    created_at  timestamptz not null default now(),
    -- Also the index of a group's members (group_id leads).
    constraint uq_trainer_group_member unique (group_id, account_id)
);
-- "Which groups and projects is this person in": visibility of projects to their group members asks this.
create index ix_trainer_group_member_account on trainer_group_member (account_id, group_id);

-- The leader is one of the group's members: the database keeps it so, whatever the application does.
alter table trainer_group add constraint fk_trainer_group_leader_is_member
    foreign key (id, leader_account_id) references trainer_group_member (group_id, account_id);

-- Every project site has its three groups; sites added before this migration get theirs here.
insert into trainer_group (id, project_site_id, kind)
select nextval('trainer_group_seq'), ps.id, k.kind
  from project_site ps
 cross join (values (1, 'MANAGEMENT'), (2, 'LECTURER'), (3, 'GUIDANCE')) as k(ord, kind)
 where not exists (select 1 from trainer_group g where g.project_site_id = ps.id and g.kind = k.kind)
 order by ps.id, k.ord;

-- A trainer's profile: how to reach them and what qualifies them. The name is the account's display name.
create table trainer_profile (
    account_id      bigint        primary key references account (id),
    phone           varchar(30),
    email           varchar(254),
    qualifications  varchar(2000),
    version         bigint        not null default 0,
    created_at      timestamptz   not null default now(),
    updated_at      timestamptz   not null default now()
);
