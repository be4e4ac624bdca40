-- Attempt counters shared by every server of a cluster (check-in now; login and feedback may reuse them): one row per
-- key (e.g. "checkin:ip:203.0.113.7", "checkin:person:42"), counting attempts in a fixed window that restarts when it
-- has passed. A key that went over its limit is blocked until blocked_until; each further block of the same key lasts
-- twice as long (strikes), and the strikes are forgotten after a day without attempts.
create table rate_limit (
    key            varchar(200)  primary key,
    window_start   timestamptz   not null,
    count          integer       not null,
    strikes        integer       not null default 0,
    blocked_until  timestamptz,
    updated_at     timestamptz   not null default now()
);
-- Old rows are swept now and then by age.
create index ix_rate_limit_updated on rate_limit (updated_at);

-- Server-wide secrets every server of a cluster shares, made once by whichever server needs one first (e.g. the key
-- that makes the opaque tokens of the public check-in page).
create table app_secret (
    name        varchar(60)   primary key,
    value       bytea         not null,
    created_at  timestamptz   not null default now()
);
