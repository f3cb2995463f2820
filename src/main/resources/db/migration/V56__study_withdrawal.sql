-- a withdrawal's date, its reason and where readers should go instead (another study's IDNo or an http(s) URL);
-- all three are empty while the study is not withdrawn (docs/api.md, "Withdrawal")
alter table study add column withdrawn_at timestamp with time zone;
alter table study add column withdrawal_reason varchar(2000);
alter table study add column replaced_by varchar(2048);
-- studies withdrawn before this migration: their last change is the best date known
update study set withdrawn_at = updated_at where withdrawn = true;
