-- National data set, step 3: session tallies recounted from attendance and enrolment (the triggers that keep them
-- were off during the load), in batches of 20,000 sessions, each committed on its own with a progress line.
\set ON_ERROR_STOP on
set session_replication_role = replica;
do $$
declare
    last_id bigint := 0;
    ids bigint[];
    done bigint := 0;
    total bigint := (select count(*) from training_session);
    started timestamptz := clock_timestamp();
begin
    loop
        ids := array(select id from training_session where id > last_id order by id limit 20000);
        exit when cardinality(ids) = 0;
        perform session_tally_recount(ids);
        last_id := ids[cardinality(ids)];
        done := done + cardinality(ids);
        commit;
        raise notice '  tallies: % of % sessions (% s)', done, total,
            round(extract(epoch from clock_timestamp() - started)::numeric, 1);
    end loop;
end $$;
