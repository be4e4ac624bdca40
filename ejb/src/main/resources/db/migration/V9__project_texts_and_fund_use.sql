-- The project text (项目文本: the signed project document, PDF or Word) with every version kept, and fund use
-- (经费使用): what was spent, when, on what, with a receipt, against the project's budget.

create sequence project_text_seq start with 1 increment by 50;

create table project_text (
    id           bigint        primary key,
    project_id   bigint        not null references project (id),
    version_no   integer       not null,
    file_id      bigint        not null references stored_file (id),
    note         varchar(500),
    uploaded_by  bigint        not null references account (id),
    uploaded_at  timestamptz   not null default now(),
    -- Also the index of a project's texts, newest first.
    constraint uq_project_text_version unique (project_id, version_no),
    constraint ck_project_text_version check (version_no > 0)
);

create sequence fund_use_seq start with 1 increment by 50;

create table fund_use (
    id                  bigint        primary key,
    project_id          bigint        not null references project (id),
    spent_on            date          not null,
    category            varchar(16)   not null,
    amount_cny          numeric(14,2) not null,
    note                varchar(500),
    attachment_file_id  bigint        references stored_file (id),
    recorded_by         bigint        not null references account (id),
    version             bigint        not null default 0,
    created_at          timestamptz   not null default now(),
    updated_at          timestamptz   not null default now(),
    constraint ck_fund_use_amount check (amount_cny > 0),
    constraint ck_fund_use_category check (category in
        ('TRAINING','MATERIALS','VENUE','TRAVEL','PERSONNEL','PUBLICITY','EQUIPMENT','OTHER'))
);
create index ix_fund_use_project on fund_use (project_id, spent_on desc, id desc);
