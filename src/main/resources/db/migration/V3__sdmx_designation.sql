-- Which variables of a process's latest published study become SDMX dimensions, measure and attributes,
-- when an editor chooses rather than leaving it to the default heuristic. Lists are ';'-separated names.
create table process_sdmx_designation (
    process_code varchar(64)   not null primary key,
    dimensions   varchar(4000) not null,
    measure      varchar(255),
    attributes   varchar(4000) not null,
    updated_at   timestamp with time zone not null,
    updated_by   varchar(255)  not null
);
