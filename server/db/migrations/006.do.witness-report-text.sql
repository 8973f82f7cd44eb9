-- A statement's witness report is stored as text: the server writes it in a compact form of one
-- array a field (server/statements/witness-storage.ts) and reads it back whole, so the database
-- has no reason to parse a hundred thousand records into jsonb at each intake. The reports filed
-- before keep their list of records, now as its JSON text, which the reader still takes.
ALTER TABLE statements ALTER COLUMN witness_report TYPE text USING witness_report::text;
