-- In a rush the public page registers a submission in its own request and starts its process after
-- the answer (issue 16). Until then the version has no process instance, and a row here, written in
-- the same transaction as the version: a submission that was answered is never without one or the
-- other, also after a crash.
alter table application_version alter column process_instance_id drop not null;

create table application_start (
    case_number   varchar(20) not null,
    version       integer     not null,
    call_id       bigint      not null references cluster_call (id),
    registered_at timestamp with time zone not null,
    primary key (case_number, version),
    constraint fk_application_start_version foreign key (case_number, version)
        references application_version (case_number, version)
);
create index ix_application_start_call on application_start (call_id, registered_at);
