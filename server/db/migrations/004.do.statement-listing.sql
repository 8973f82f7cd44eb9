-- Version 4: the branch list's filters read in the list's order. A page of one status or one
-- member walks its own index newest first and stops after the page, however many statements the
-- branch holds; an admin's list of every branch walks the statements newest first.

CREATE INDEX statements_verdict ON statements (branch, verdict, received_at DESC, id DESC);
CREATE INDEX statements_member_listing ON statements (member_number, received_at DESC, id DESC);
CREATE INDEX statements_recent ON statements (received_at DESC, id DESC);
-- Covered by statements_member_listing, whose first columns are the same.
DROP INDEX statements_member;
