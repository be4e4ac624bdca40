-- The history of changes (变更记录) to the records people are accountable for: projects, indicators, targets and their
-- allocations, courseware and its versions' states, enrolments, attendance marks, completion reports (sections and
-- review steps) and accounts (roles included). Written by the database itself, so that nothing changed through any
-- path (JPA, native SQL, imports, a console) escapes it, and append-only like audit_event.
--
-- One row per changed row: who (the application names the caller once per transaction with
-- set_config('healthedu.actor_id' / 'healthedu.actor', ..., true); unset means a scheduled job or the public, who
-- the application names 'system' or 'public'), when, which row, and for an update only the columns that changed as
-- {column: [before, after]} (an insert lists its values as [null, value], a delete as [value, null]). Bookkeeping
-- columns (version, created_at, updated_at, recorded_at, status_changed_at, totp_last_step) are left out, updates that change nothing
-- else leave no row, and secrets (password_hash, totp_secret) are recorded as "changed", never copied.
-- unit_path is the organisation unit the row belongs to, so a coordinator sees their subtree's changes only.

create table audit_change (
    id              bigint        generated always as identity primary key,
    at              timestamptz   not null default clock_timestamp(),
    actor_id        bigint,
    actor_username  varchar(60)   not null,
    table_name      varchar(40)   not null,
    -- The row's id (for a row keyed by its parent, the parent's id: a report section's report).
    row_id          bigint        not null,
    -- The rest of the key when row_id alone does not name the row (a report section's kind, a review step's id).
    row_key         varchar(60),
    operation       varchar(6)    not null,
    unit_path       varchar(1000),
    changed         jsonb         not null,
    constraint ck_audit_change_operation check (operation in ('INSERT','UPDATE','DELETE'))
);
-- Newest first, by table, by actor, a row's history, and the scope prefix match.
create index ix_audit_change_at on audit_change (at desc, id desc);
create index ix_audit_change_table_at on audit_change (table_name, at desc);
create index ix_audit_change_actor on audit_change (actor_username, at desc);
create index ix_audit_change_row on audit_change (table_name, row_id, at desc);
create index ix_audit_change_unit_path on audit_change (unit_path varchar_pattern_ops);

create trigger tg_audit_change_no_update before update or delete on audit_change
    for each row execute function audit_append_only();
create trigger tg_audit_change_no_truncate before truncate on audit_change
    for each statement execute function audit_append_only();

-- A row's changed columns as {column: [before, after]}; null for a no-op. Either side may be null (insert, delete).
-- Secrets and what may be a participant's personal data (an enrolment's end reason, a mark's note, an account's
-- display name: a peer host's account carries the student's name) are recorded as "changed", never copied: an erasure
-- must be able to remove them, and this table is append-only.
create function audit_diff(old_row jsonb, new_row jsonb) returns jsonb language sql immutable as $$
    select jsonb_object_agg(k, case when k in ('password_hash', 'totp_secret', 'end_reason', 'note', 'display_name')
                                    then to_jsonb('changed'::text)
                                    else jsonb_build_array(old_row -> k, new_row -> k) end)
      from (select jsonb_object_keys(coalesce(new_row, old_row)) as k) columns_of_row
     where k not in ('version', 'created_at', 'updated_at', 'recorded_at', 'status_changed_at', 'totp_last_step')
       and (old_row -> k) is distinct from (new_row -> k)
       and not (old_row is null and new_row -> k = 'null'::jsonb)
       and not (new_row is null and old_row -> k = 'null'::jsonb)
$$;

-- The statement-level trigger shared by every audited table: one INSERT ... SELECT per statement over its transition
-- tables, so a roll call saving 60 marks in one statement writes its 60 history rows in one more.
-- Arguments: the key columns (the first is row_id, the rest make row_key), and a SQL expression giving the row's unit
-- path from its jsonb image r (one indexed lookup).
create function audit_record_changes() returns trigger language plpgsql as $$
declare
    keys        text[] := string_to_array(tg_argv[0], ',');
    unit_expr   text := tg_argv[1];
    actor       bigint := nullif(current_setting('healthedu.actor_id', true), '')::bigint;
    actor_name  text := coalesce(nullif(current_setting('healthedu.actor', true), ''), 'system');
    row_key     text := 'null';
    match       text := 'true';
    k           text;
begin
    if array_length(keys, 1) > 1 then
        row_key := '(select string_agg(x || ''='' || (r ->> x), '','') from unnest(%3$L::text[]) x)';
    end if;
    foreach k in array keys loop
        match := match || format(' and o.r -> %L = n.r -> %L', k, k);
    end loop;
    if tg_op = 'INSERT' then
        execute format('insert into audit_change (actor_id, actor_username, table_name, row_id, row_key, operation,
                                                  unit_path, changed)
                        select $1, $2, %1$L, (r ->> %2$L)::bigint, ' || row_key || ', ''INSERT'', ' || unit_expr || ',
                               audit_diff(null, r)
                          from (select to_jsonb(t) as r from new_rows t) x',
                       tg_table_name, keys[1], keys[2:])
            using actor, actor_name;
    elsif tg_op = 'DELETE' then
        execute format('insert into audit_change (actor_id, actor_username, table_name, row_id, row_key, operation,
                                                  unit_path, changed)
                        select $1, $2, %1$L, (r ->> %2$L)::bigint, ' || row_key || ', ''DELETE'', ' || unit_expr || ',
                               audit_diff(r, null)
                          from (select to_jsonb(t) as r from old_rows t) x',
                       tg_table_name, keys[1], keys[2:])
            using actor, actor_name;
    else
        execute format('insert into audit_change (actor_id, actor_username, table_name, row_id, row_key, operation,
                                                  unit_path, changed)
                        select $1, $2, %1$L, (r ->> %2$L)::bigint, ' || row_key || ', ''UPDATE'', ' || unit_expr || ',
                               diff
                          from (select n.r, audit_diff(o.r, n.r) as diff
                                  from (select to_jsonb(t) as r from old_rows t) o
                                  join (select to_jsonb(t) as r from new_rows t) n on ' || match || ') x
                         where diff is not null',
                       tg_table_name, keys[1], keys[2:])
            using actor, actor_name;
    end if;
    return null;
end $$;

-- Attaches the three statement triggers (transition tables allow one event per trigger).
create function audit_table(target regclass, key_columns text, unit_expr text) returns void language plpgsql as $$
begin
    execute format('create trigger tg_audit_insert after insert on %s referencing new table as new_rows
                    for each statement execute function audit_record_changes(%L, %L)', target, key_columns, unit_expr);
    execute format('create trigger tg_audit_update after update on %s referencing old table as old_rows
                    new table as new_rows for each statement execute function audit_record_changes(%L, %L)',
                   target, key_columns, unit_expr);
    execute format('create trigger tg_audit_delete after delete on %s referencing old table as old_rows
                    for each statement execute function audit_record_changes(%L, %L)', target, key_columns, unit_expr);
end $$;

-- Unit paths: a project by its owner unit; what hangs off a project site by the unit responsible for the site there;
-- a report and an account by their unit; an allocation by the unit or site it was given to.
create function audit_unit_of(unit_id bigint) returns varchar language sql stable as $$
    select path from organisation_unit where id = unit_id
$$;
create function audit_unit_of_project(project_id bigint) returns varchar language sql stable as $$
    select u.path from project p join organisation_unit u on u.id = p.owner_unit_id where p.id = project_id
$$;
create function audit_unit_of_project_site(project_site_id bigint) returns varchar language sql stable as $$
    select u.path from project_site ps join organisation_unit u on u.id = ps.responsible_unit_id
     where ps.id = project_site_id
$$;

select audit_table('project', 'id', 'audit_unit_of((r ->> ''owner_unit_id'')::bigint)');
select audit_table('indicator', 'id', 'audit_unit_of_project((r ->> ''project_id'')::bigint)');
select audit_table('target', 'id', 'audit_unit_of_project((r ->> ''project_id'')::bigint)');
select audit_table('target_allocation', 'id',
    'coalesce(audit_unit_of((r ->> ''unit_id'')::bigint),
              (select u.path from site s join organisation_unit u on u.id = s.unit_id
                where s.id = (r ->> ''site_id'')::bigint))');
select audit_table('courseware', 'id', 'audit_unit_of_project_site((r ->> ''project_site_id'')::bigint)');
select audit_table('courseware_version', 'courseware_id,id',
    '(select audit_unit_of_project_site(c.project_site_id) from courseware c
       where c.id = (r ->> ''courseware_id'')::bigint)');
select audit_table('enrolment', 'id',
    '(select audit_unit_of_project_site(b.project_site_id) from batch b where b.id = (r ->> ''batch_id'')::bigint)');
select audit_table('attendance', 'id',
    '(select audit_unit_of_project_site(s.project_site_id) from training_session s
       where s.id = (r ->> ''session_id'')::bigint)');
select audit_table('completion_report', 'id', 'audit_unit_of((r ->> ''unit_id'')::bigint)');
select audit_table('report_section', 'report_id,kind',
    '(select audit_unit_of(c.unit_id) from completion_report c where c.id = (r ->> ''report_id'')::bigint)');
select audit_table('report_event', 'report_id,id',
    '(select audit_unit_of(c.unit_id) from completion_report c where c.id = (r ->> ''report_id'')::bigint)');
select audit_table('account', 'id', 'audit_unit_of((r ->> ''unit_id'')::bigint)');

drop function audit_table(regclass, text, text);
