-- Version 2: the back office. Officers can be disabled, branches carry their capacity ratio,
-- officers upload statements received outside the app, and every officer action is audited.

ALTER TABLE officers ADD COLUMN disabled_at timestamptz;

-- The share of average net profit (percent) a branch allows for instalments.
ALTER TABLE branches ADD COLUMN capacity_ratio integer NOT NULL DEFAULT 60
  CHECK (capacity_ratio BETWEEN 1 AND 100);

-- A statement uploaded by an officer has no submitting device.
ALTER TABLE statements ALTER COLUMN device_thumbprint DROP NOT NULL;
ALTER TABLE statements ADD COLUMN uploaded_by text REFERENCES officers (username);
ALTER TABLE statements ADD COLUMN source text NOT NULL DEFAULT 'device'
  CHECK (source IN ('device', 'officer'));

-- Who did what, when and from where: every officer action and every refused request.
CREATE TABLE audit_log (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  actor text,
  branch text,
  action text NOT NULL,
  target text,
  outcome text NOT NULL CHECK (outcome IN ('done', 'refused')),
  address text NOT NULL,
  detail jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_log_recent ON audit_log (id DESC);
CREATE INDEX audit_log_branch ON audit_log (branch, id DESC);

-- When a device last proved itself, for the officer's list of a member's devices.
ALTER TABLE devices ADD COLUMN last_seen_at timestamptz;
