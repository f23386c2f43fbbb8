-- One evaluation round per year, whether the yearly timer or an administrator started it, with the
-- annual report's due date fixed when it opens. The primary key is what keeps two rounds of the
-- same year from both starting when two people start one at the same moment.
create table evaluation_round (
    round_year          integer      primary key,
    report_due          timestamp with time zone not null,
    started_by          varchar(255),
    started_at          timestamp with time zone not null,
    process_instance_id varchar(64)  not null
);
