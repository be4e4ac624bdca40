-- Identified feedback forms (parents only): the participant travels from check-in to the response inside the
-- one-time ticket. Set only when the session's form is identified at the moment the ticket is issued; tickets of
-- anonymous forms keep knowing nothing but their session.
alter table feedback_ticket add column participant_id bigint references participant (id);
