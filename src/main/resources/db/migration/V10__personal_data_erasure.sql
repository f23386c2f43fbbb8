-- When the personal data of a case that was not admitted was erased; null while it is kept.
-- The case, its scores, decision and the log of letters stay; only names, e-mail and phone go.
alter table application_case add column personal_data_erased_at timestamp with time zone;
