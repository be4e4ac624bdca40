-- The load ran without foreign-key triggers (session_replication_role = replica): check every single-column foreign
-- key of the schema once, set-based, and fail if any row points nowhere.
\set ON_ERROR_STOP on
do $$
declare
    fk record;
    broken bigint;
    bad text := '';
begin
    for fk in
        select c.conrelid::regclass as child, a.attname as col, c.confrelid::regclass as parent, p.attname as pcol
          from pg_constraint c
               join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
               join pg_attribute p on p.attrelid = c.confrelid and p.attnum = c.confkey[1]
               join pg_namespace n on n.oid = c.connamespace and n.nspname = 'public'
         where c.contype = 'f' and cardinality(c.conkey) = 1
         order by 1, 2
    loop
        execute format('select count(*) from %s c where c.%I is not null and not exists '
                       || '(select 1 from %s p where p.%I = c.%I)', fk.child, fk.col, fk.parent, fk.pcol, fk.col)
           into broken;
        if broken > 0 then
            bad := bad || format(' %s.%s -> %s: %s rows;', fk.child, fk.col, fk.parent, broken);
        end if;
    end loop;
    if bad <> '' then
        raise exception 'foreign keys broken:%', bad;
    end if;
    raise notice '  all foreign keys hold';
end $$;
