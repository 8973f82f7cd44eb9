-- The sealed catalog of a book (its details, accounts and categories, encrypted on the phone under
-- the book key), which its chain of revisions does not carry. The server keeps it as opaque bytes.
ALTER TABLE books ADD COLUMN sealed_catalog text;
ALTER TABLE books ADD COLUMN sealed_catalog_at timestamptz;
