-- Scheduled jobs run once across a cluster. Every server's timer fires; the first to insert the row of a job's slot
-- (the time its schedule next falls due, the same on every server) runs it, the others find the row and skip.
-- The runner holds a lease and renews it as it works; a run whose lease ran out unfinished (its server died
-- mid-run) is taken over by any server's catch-up timer. The jobs themselves are idempotent batch work.
create table job_run (
    job         varchar(40)  not null,
    slot        timestamptz  not null,
    node        varchar(64)  not null,
    started_at  timestamptz  not null default now(),
    lease_until timestamptz  not null,
    finished_at timestamptz,
    attempts    integer      not null default 1,
    outcome     varchar(200),
    primary key (job, slot)
);

create index job_run_unfinished on job_run (lease_until) where finished_at is null;
