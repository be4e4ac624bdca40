-- Peer sessions take feedback like training sessions: a public link and responses belong to exactly one of a training
-- session or a peer session. The training-session columns keep their meaning (and their queries, which all filter by
-- session_id, never see a peer response); a form version answered after a peer session is frozen like any other.
alter table feedback_link drop constraint feedback_link_pkey;
alter table feedback_link alter column session_id drop not null;
alter table feedback_link add constraint uq_feedback_link_session unique (session_id);
alter table feedback_link add column peer_session_id bigint references peer_session (id) on delete cascade;
alter table feedback_link add constraint uq_feedback_link_peer_session unique (peer_session_id);
alter table feedback_link add constraint ck_feedback_link_one check (num_nonnulls(session_id, peer_session_id) = 1);

alter table feedback_response alter column session_id drop not null;
alter table feedback_response add column peer_session_id bigint references peer_session (id);
alter table feedback_response add constraint ck_feedback_response_one
    check (num_nonnulls(session_id, peer_session_id) = 1);
-- One person (or device) answers once per peer session; also the index of a peer session's responses.
alter table feedback_response add constraint uq_feedback_response_peer_respondent
    unique (peer_session_id, respondent_key);

-- What was said about a plan, in order: the supervisor's approvals, returns and comments and the host's
-- resubmissions. peer_session.supervisor_comment stays as the latest comment (the lists show it).
create sequence peer_session_note_seq start with 1 increment by 50;

create table peer_session_note (
    id                 bigint        primary key,
    peer_session_id    bigint        not null references peer_session (id),
    kind               varchar(16)   not null,
    text               varchar(1000),
    author_account_id  bigint        not null references account (id),
    created_at         timestamptz   not null default now(),
    constraint ck_peer_session_note_kind check (kind in ('APPROVED', 'RETURNED', 'COMMENT', 'RESUBMITTED')),
    constraint ck_peer_session_note_text check (kind in ('APPROVED', 'RESUBMITTED') or text is not null)
);
create index ix_peer_session_note_session on peer_session_note (peer_session_id, created_at, id);

-- The comments made before the history existed become its first entry.
insert into peer_session_note (id, peer_session_id, kind, text, author_account_id, created_at)
select nextval('peer_session_note_seq'), ps.id, 'COMMENT', ps.supervisor_comment, h.supervisor_account_id,
       ps.updated_at
  from peer_session ps join peer_host h on h.id = ps.host_id
 where ps.supervisor_comment is not null;
