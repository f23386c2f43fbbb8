-- A review still open when its reminder comes near is followed up by a process of its own
-- (ReviewFollowUp), started by the daily schedule; the time it was started marks it, so that it
-- starts once, and tells the recorded review that there is a follow-up to end.
alter table review_assignment add column follow_up_started_at timestamp with time zone;
create index ix_review_assignment_due on review_assignment (status, due_at);
