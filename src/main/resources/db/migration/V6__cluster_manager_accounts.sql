-- Each admitted cluster's contact person becomes a cluster manager, who sets the first password
-- through a one-time link. Only a hash of the link's token is stored.
alter table cluster_registry add column manager_user_id varchar(255);

create table password_link (
    token_hash  varchar(64)  primary key,
    user_id     varchar(255) not null,
    created_at  timestamp with time zone not null,
    expires_at  timestamp with time zone not null,
    used_at     timestamp with time zone
);
create index ix_password_link_user on password_link (user_id);
