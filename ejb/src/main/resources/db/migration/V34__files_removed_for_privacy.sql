-- An uploaded file that may show participants (a photo or scanned sign-in sheet of an activity, a report's photo,
-- document or archive list) loses its bytes when its reason to be kept has passed (the retention job) or when a
-- participant's erasure names it; its metadata row stays so that pages and the API can say "removed for privacy"
-- (when and why) instead of offering a download, and so that nothing pointing at it breaks.
alter table stored_file add column content_removed_at timestamptz;
alter table stored_file add column content_removed_reason varchar(12);
alter table stored_file add constraint ck_stored_file_removed check (
    (content_removed_at is null and content_removed_reason is null)
    or (content_removed_at is not null and content_removed_reason in ('ERASURE', 'RETENTION')));
