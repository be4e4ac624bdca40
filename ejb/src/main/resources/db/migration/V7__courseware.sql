-- Courseware (课件): the material of one lesson of a project's curriculum at one project site, in versions that go
-- through the approval workflow of the source (the lecturer group drafts and discusses, the management group approves
-- or returns with a comment). Files are stored_file rows (in PostgreSQL, shared by every application server); a new
-- version copies the previous one's items, pointing at the same files (files never change once stored). Every step
-- and comment is an event row: the history is never rewritten.

create sequence courseware_seq start with 1 increment by 50;

create table courseware (
    id                  bigint      primary key,
    -- Taking a site out of a project takes its courseware with it, as it does its trainer groups.
    project_site_id     bigint      not null references project_site (id) on delete cascade,
    -- The lesson it was started for (a lesson with courseware cannot be deleted). The lineage finds the same lesson
    -- in every version of the project's curriculum.
    lesson_id           bigint      not null references curriculum_lesson (id),
    lineage_id          bigint      not null,
    -- The newest version, and the approved one sessions use (null until one is approved).
    latest_version_id   bigint,
    current_version_id  bigint,
    created_by          bigint      not null references account (id),
    version             bigint      not null default 0,
    created_at          timestamptz not null default now(),
    updated_at          timestamptz not null default now(),
    -- One courseware per lesson and site; also the index of a site's courseware (project_site_id leads).
    constraint uq_courseware_lesson unique (project_site_id, lineage_id)
);
create index ix_courseware_lineage on courseware (lineage_id);
create index ix_courseware_lesson on courseware (lesson_id);

create sequence courseware_version_seq start with 1 increment by 50;

create table courseware_version (
    id                 bigint      primary key,
    courseware_id      bigint      not null references courseware (id) on delete cascade,
    number             integer     not null,
    status             varchar(16) not null default 'DRAFT',
    author_account_id  bigint      not null references account (id),
    -- The version it was copied from (null for the first).
    based_on_id        bigint      references courseware_version (id) on delete set null,
    status_changed_at  timestamptz not null default now(),
    version            bigint      not null default 0,
    created_at         timestamptz not null default now(),
    updated_at         timestamptz not null default now(),
    -- Also the index of a courseware's versions (courseware_id leads).
    constraint uq_courseware_version_number unique (courseware_id, number),
    constraint ck_courseware_version_number check (number >= 1),
    constraint ck_courseware_version_status check (status in ('DRAFT','LECTURER_REVIEW','SUBMITTED','APPROVED',
                                                              'RETURNED'))
);
-- At most one version is being worked on (draft, lecturer review or with the management group) at a time.
create unique index uq_courseware_version_open on courseware_version (courseware_id)
    where status in ('DRAFT','LECTURER_REVIEW','SUBMITTED');
create index ix_courseware_version_author on courseware_version (author_account_id);
create index ix_courseware_version_based_on on courseware_version (based_on_id);

-- Checked at commit: a courseware and its first version reference each other.
alter table courseware add constraint fk_courseware_latest
    foreign key (latest_version_id) references courseware_version (id) on delete set null
    deferrable initially deferred;
alter table courseware add constraint fk_courseware_current
    foreign key (current_version_id) references courseware_version (id) on delete set null
    deferrable initially deferred;
create index ix_courseware_latest on courseware (latest_version_id);
create index ix_courseware_current on courseware (current_version_id);

create sequence courseware_item_seq start with 1 increment by 50;

create table courseware_item (
    id          bigint        primary key,
    version_id  bigint        not null references courseware_version (id) on delete cascade,
    position    integer       not null,
    kind        varchar(8)    not null,
    title       varchar(200)  not null,
    -- An uploaded file (slides, documents, pictures) or a link to a video (http/https only).
    file_id     bigint        references stored_file (id),
    url         varchar(2000),
    created_by  bigint        references account (id),
    created_at  timestamptz   not null default now(),
    -- Also the index of a version's items (version_id leads).
    constraint uq_courseware_item_position unique (version_id, position),
    constraint ck_courseware_item_position check (position >= 1),
    constraint ck_courseware_item_kind check (kind in ('FILE','LINK')),
    constraint ck_courseware_item_content check ((kind = 'FILE' and file_id is not null and url is null)
                                                 or (kind = 'LINK' and url is not null and file_id is null)),
    constraint ck_courseware_item_url check (url is null or url ~* '^https?://')
);
-- Downloads check that a file belongs to courseware the caller may see.
create index ix_courseware_item_file on courseware_item (file_id);

create sequence courseware_event_seq start with 1 increment by 50;

create table courseware_event (
    id                bigint        primary key,
    courseware_id     bigint        not null references courseware (id) on delete cascade,
    version_id        bigint        references courseware_version (id) on delete cascade,
    kind              varchar(24)   not null,
    -- A workflow step: the status before and after it.
    from_status       varchar(16),
    to_status         varchar(16),
    actor_account_id  bigint        not null references account (id),
    comment           varchar(4000),
    -- What it concerned, e.g. the name of a file added or removed.
    detail            varchar(300),
    created_at        timestamptz   not null default now(),
    constraint ck_courseware_event_kind check (kind in ('CREATED','NEW_VERSION','ITEM_ADDED','ITEM_REMOVED',
                                                        'SUBMIT_FOR_REVIEW','SUBMIT','APPROVE','RETURN','WITHDRAW',
                                                        'COMMENT'))
);
-- The history of one courseware, in order.
create index ix_courseware_event_courseware on courseware_event (courseware_id, created_at, id);
create index ix_courseware_event_version on courseware_event (version_id);
create index ix_courseware_event_actor on courseware_event (actor_account_id);
