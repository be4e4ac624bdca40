-- Where each account last signed in successfully: an address that has signed in to an account is not held back when
-- that account (or that address, for other accounts) is blocked by failures from elsewhere, so that knowing a
-- username is not enough to lock its owner out. Written on page sign-ins and at most once a day per account and
-- address by the API (never on every request).
create table login_source (
    username         varchar(60)  not null,
    address          varchar(64)  not null,
    last_success_at  timestamptz  not null,
    primary key (username, address)
);
create index ix_login_source_last_success on login_source (last_success_at);
