-- Uploaded files (project texts, courseware, fund-use receipts, evidence photos). They live in PostgreSQL, the one
-- store every application server shares: no node keeps a file another node would need, and a backup of the database
-- is a backup of the files. Metadata and bytes are separate tables so that listing files never reads their content.

create sequence stored_file_seq start with 1 increment by 50;

create table stored_file (
    id            bigint       primary key,
    file_name     varchar(255) not null,
    content_type  varchar(100) not null,
    size_bytes    bigint       not null,
    sha256        char(64)     not null,
    created_by    bigint       references account (id),
    created_at    timestamptz  not null default now(),
    constraint ck_stored_file_size check (size_bytes >= 0)
);

create table stored_file_content (
    file_id  bigint primary key references stored_file (id) on delete cascade,
    content  bytea  not null
);
-- Office files, PDFs and images are compressed already: store them out of line without trying again.
alter table stored_file_content alter column content set storage external;
