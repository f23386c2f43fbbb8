-- The formal check of each application at the deadline: the rule's result, and the case
-- officer's overruling with its justification when there is one.
create table formal_check (
    case_number         varchar(20)   not null,
    version             integer       not null,
    checked_at          timestamp with time zone not null,
    deficiencies        varchar(4000) not null,
    overruled           boolean       not null,
    justification       varchar(4000),
    decided_by          varchar(255),
    eligible            boolean       not null,
    primary key (case_number, version),
    constraint fk_formal_check_version foreign key (case_number, version)
        references application_version (case_number, version)
);
