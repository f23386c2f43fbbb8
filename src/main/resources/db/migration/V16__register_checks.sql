-- What Enhetsregisteret said about each organisation of a submitted version (the applicant and
-- every member), beside the snapshot of what the applicant typed: at submission, and again before
-- the council's decision. An organisation the register could not answer for is 'UNREACHABLE'
-- (ikke kontrollert) and is looked up again at next_attempt_at, with a growing wait.
create table register_check (
    case_number         varchar(20)  not null,
    version             integer      not null,
    org_number          varchar(9)   not null,
    stage               varchar(16)  not null,
    standing            varchar(32)  not null,
    name                varchar(200),
    org_form            varchar(10),
    org_form_name       varchar(200),
    sector_code         varchar(10),
    sector_name         varchar(200),
    nace_code           varchar(10),
    nace_name           varchar(200),
    municipality_number varchar(10),
    municipality        varchar(200),
    county_number       varchar(10),
    county              varchar(200),
    employees           integer,
    deleted_on          date,
    main_unit           varchar(9),
    checked_at          timestamp with time zone not null,
    attempts            integer      not null,
    next_attempt_at     timestamp with time zone,
    primary key (case_number, version, org_number, stage)
);
create index ix_register_check_due on register_check (next_attempt_at);
