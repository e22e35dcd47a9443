-- Users and their roles, in the layout Spring Security's JdbcUserDetailsManager reads.
create table users (
    username varchar(64) not null primary key,
    password varchar(500) not null,
    enabled boolean not null
);

create table authorities (
    username varchar(64) not null references users (username) on delete cascade,
    authority varchar(64) not null,
    constraint uk_authorities unique (username, authority)
);
