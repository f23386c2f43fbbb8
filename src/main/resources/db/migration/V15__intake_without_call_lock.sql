-- Submissions of one call register in parallel (issue 16): they share the call's row instead of
-- updating it, so its submission count goes.
alter table cluster_call drop column submission_count;

-- The number of cases when intake closed: what the last assessment is compared with, instead of
-- counting the call's cases at every assessment.
alter table cluster_call add column case_count integer;
update cluster_call set case_count = (select count(*) from application_case a where a.call_id = cluster_call.id)
 where status = 'CLOSED';

-- Case numbers are drawn from one sequence, which never hands out a value twice and never waits:
-- a year's number is the drawn value minus the year's base. A counter row updated by every
-- submission would be held to its commit. A number drawn by a submission that then rolls back is
-- not reused, so a year's numbers may have gaps. Existing years continue after their last number.
create sequence case_number_sequence start with 1;
alter table case_number_counter add column sequence_base bigint;
update case_number_counter set sequence_base = -last_value;
alter table case_number_counter alter column sequence_base set not null;
alter table case_number_counter drop column last_value;

-- The reviewers' open load reads only the open assignments, not every assignment of every year.
create index ix_review_assignment_open on review_assignment (status, reviewer_id);
