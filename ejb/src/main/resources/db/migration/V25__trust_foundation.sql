-- The trust issue's shared ground: an append-only log of security events, and what accounts need for password
-- changes, forced changes, ending every session at once, and a second factor.

-- Security events (sign-ins, failures, lock-outs, password and role changes, exports, erasures, ...). Rows are only
-- ever added: the triggers below refuse every update, delete and truncate, whoever asks, so the application cannot
-- rewrite its own history. unit_path is the organisation unit the event concerns (the target's unit, else the
-- actor's), so that a coordinator sees the events of their subtree and nobody else's.
create table audit_event (
    id              bigserial     primary key,
    at              timestamptz   not null default clock_timestamp(),
    kind            varchar(40)   not null,
    actor_id        bigint,
    actor_username  varchar(60),
    source_address  varchar(64),
    unit_path       varchar(400),
    target_type     varchar(40),
    target_id       bigint,
    details         jsonb         not null default '{}'::jsonb
);
create index ix_audit_event_at on audit_event (at desc, id desc);
create index ix_audit_event_kind_at on audit_event (kind, at desc);
create index ix_audit_event_actor on audit_event (actor_username, at desc);
create index ix_audit_event_target on audit_event (target_type, target_id, at desc);
create index ix_audit_event_unit_path on audit_event (unit_path varchar_pattern_ops);

create function audit_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the audit trail (%) is append-only: % refused', tg_table_name, tg_op
        using errcode = 'insufficient_privilege';
end $$;
create trigger tg_audit_event_no_update before update or delete on audit_event
    for each row execute function audit_append_only();
create trigger tg_audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_append_only();

-- Accounts: a password set by somebody else (an administrator's reset, an invitation) must be changed at the next
-- sign-in; sessions signed in before credentials_changed_at are ended (a password change signs out everywhere); the
-- TOTP second factor's shared secret (encrypted by the application), when it was switched on, and the last time step
-- used (a code is good once).
alter table account
    add column must_change_password     boolean      not null default false,
    add column credentials_changed_at   timestamptz  not null default now(),
    add column totp_secret              bytea,
    add column totp_enabled_at          timestamptz,
    add column totp_last_step           bigint;
