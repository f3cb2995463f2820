-- Comuna sets (issue 14): the OAI-PMH records of public studies were derived before studies were mapped to Cali's
-- geographic frame. Forgetting their fingerprints makes the start-up reconciliation re-derive them, so each gains
-- its comuna:<code> sets (and a new datestamp, so incremental harvesters fetch the new headers).
UPDATE harvest_record SET fingerprint = NULL WHERE deleted = false;
