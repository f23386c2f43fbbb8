-- The complaint's second step (forvaltningsloven § 33): a complaint the case officer upholds is
-- forwarded to the appellate body, whose decision is final. forwarded_at is null for complaints
-- answered before this step existed, which stay answered.
alter table complaint add column forwarded_at timestamp with time zone;
alter table complaint add column answer_expected_on date;
alter table complaint add column appeal_outcome varchar(20);
alter table complaint add column appeal_justification varchar(4000);
alter table complaint add column appeal_decided_by varchar(255);
alter table complaint add column appeal_decided_at timestamp with time zone;
alter table complaint add constraint ck_complaint_appeal_outcome check (appeal_outcome in ('UPHELD', 'CHANGED'));
