-- the DDI files of a bulk import (name and SHA-256, in order) so that after a crash start-up can tell which of the
-- files the interrupted job had not reported yet got in (docs/api.md, "Bulk import")
alter table import_job add column files text;
