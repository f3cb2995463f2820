-- The study archive: a study (identified by its DDI IDNo) has immutable versions that keep the
-- original bytes; variables are stored per version for paging and indexing.
-- Portable SQL: runs on PostgreSQL and on H2 in PostgreSQL mode.

create sequence study_seq start with 1 increment by 50;
create sequence study_version_seq start with 1 increment by 50;

create table study (
    id                bigint       not null primary key,
    idno              varchar(512) not null,
    process_code      varchar(64),
    title             varchar(2000) not null,
    published_title   varchar(2000),
    latest_version    integer      not null,
    published_version integer,
    withdrawn         boolean      not null default false,
    classification    varchar(16)  not null default 'publica',
    revision          bigint       not null default 0,
    created_at        timestamp with time zone not null,
    updated_at        timestamp with time zone not null,
    constraint uk_study_idno unique (idno)
);

create table study_version (
    id              bigint       not null primary key,
    study_id        bigint       not null references study (id),
    number          integer      not null,
    sha256          varchar(64)  not null,
    size_bytes      bigint       not null,
    content         bytea        not null,
    ddi_version     varchar(8)   not null,
    title           varchar(2000) not null,
    description     text         not null,
    validation      text         not null,
    schema_checked  boolean      not null,
    finding_count   integer      not null,
    variable_count  integer      not null,
    created_at      timestamp with time zone not null,
    created_by      varchar(255) not null,
    published_at    timestamp with time zone,
    published_by    varchar(255),
    constraint uk_study_version_number unique (study_id, number)
);
create index ix_study_version_sha on study_version (study_id, sha256);

-- keyed by (version, position) so that ingest writes rows in one JDBC batch without fetching ids
create table study_variable (
    version_id  bigint       not null references study_version (id),
    position    integer      not null,
    var_id      varchar(255),
    name        varchar(512),
    label       text,
    data        text         not null,
    primary key (version_id, position)
);

create table import_job (
    id          varchar(36)  not null primary key,
    created_at  timestamp with time zone not null,
    created_by  varchar(255) not null,
    state       varchar(16)  not null,
    total       integer      not null,
    done        integer      not null,
    report      text         not null
);
