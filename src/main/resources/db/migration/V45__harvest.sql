-- Harvesting (issue 14): the harvest capability's own record of what the public may see, fed by the archive's
-- StudyChanged event. It remembers studies that stopped being public so that OAI-PMH can answer with a deleted
-- header (deletedRecord=persistent) instead of letting them vanish, and it keeps the public metadata as derived
-- copies (like the search index), so that a harvest reads one table.
-- Portable SQL: runs unchanged on PostgreSQL and on H2 in PostgreSQL mode.

create sequence harvest_record_seq start with 1 increment by 1;

create table harvest_record (
    -- assigned once, in the order studies first became public: the key resumption tokens page on
    id          bigint        not null primary key,
    idno        varchar(512)  not null,
    -- when the public record last changed (content or visibility), at seconds precision, UTC
    datestamp   timestamp with time zone not null,
    deleted     boolean       not null,
    -- SHA-256 of the public metadata, so an unchanged re-publication keeps its datestamp
    fingerprint varchar(64),
    -- the redacted DDI 2.5 codebook (no XML declaration) and the oai_dc record; null once deleted
    ddi         bytea,
    dc          text,
    constraint uk_harvest_record_idno unique (idno)
);
create index ix_harvest_record_datestamp on harvest_record (datestamp);

-- set membership (department:salud, thematicArea:transporte, processType:operacion_estadistica, ...); kept after
-- deletion so a selective harvest sees the deletion too
create table harvest_record_set (
    record_id bigint       not null references harvest_record (id),
    spec      varchar(300) not null,
    primary key (record_id, spec)
);
create index ix_harvest_record_set_spec on harvest_record_set (spec);

create table harvest_set (
    spec varchar(300)  not null primary key,
    name varchar(1000) not null
);
