-- What the nodes of a cluster share besides the engine's tables (README, Operations).

-- The sessions of Camunda's webapps and the staff pages, so that a login on one node holds on every
-- node. Spring Session JDBC's own schema (schema-postgresql.sql of spring-session-jdbc), with a
-- binary type both PostgreSQL and H2 know.
create table spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);

-- One row that a node locks while it sets up groups, authorizations, filters and shared keys at
-- start-up, so that nodes starting at once do this one after the other and never twice.
create table setup_lock (
    name varchar(20) primary key
);
insert into setup_lock (name) values ('setup');

-- Keys every node must use alike, made by the first node that needs one: the public page's CSRF
-- signing key (a token issued by one node is checked by another).
create table shared_secret (
    name   varchar(40)  primary key,
    secret varchar(100) not null
);
