-- Personal links to follow a case without an account. Only a hash of each link's token is stored,
-- so a leaked table opens no case; a case officer can revoke a case's links.
create table status_link (
    token_hash  varchar(64)  primary key,
    case_number varchar(20)  not null references application_case (case_number),
    created_at  timestamp with time zone not null,
    revoked_at  timestamp with time zone,
    revoked_by  varchar(255)
);
create index ix_status_link_case on status_link (case_number);
