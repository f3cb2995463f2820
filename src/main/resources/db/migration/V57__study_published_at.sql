-- when the version a study shows the public was published, so that listings can put the latest publications first
-- (GET /api/v1/studies?sort=published, the home page's latest studies; docs/api.md)
alter table study add column published_at timestamp with time zone;
update study set published_at = (select v.published_at from study_version v
    where v.study_id = study.id and v.number = study.published_version)
  where published_version is not null;
