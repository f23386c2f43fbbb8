-- One evaluation per cluster and round: the annual report, the case officer's assessment, the
-- outcome by the rules and any overruling, with its justification.
create table evaluation (
    case_number            varchar(20)   not null references cluster_registry (case_number),
    round_year             integer       not null,
    report_submitted_at    timestamp with time zone,
    report                 text,
    development            varchar(10),
    meets_requirements     boolean,
    assessment             varchar(4000),
    proposed_outcome       varchar(30),
    outcome                varchar(30),
    override_justification varchar(4000),
    follow_up_plan         varchar(4000),
    follow_up_deadline     date,
    nce_granted            boolean       default false not null,
    decided_by             varchar(255),
    decided_at             timestamp with time zone,
    primary key (case_number, round_year)
);
