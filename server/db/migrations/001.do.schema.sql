-- Version 1 of the cooperative's server. Later versions add files; none is ever edited.

CREATE TABLE branches (
  name text PRIMARY KEY,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE officers (
  username text PRIMARY KEY,
  password_hash text NOT NULL,
  branch text NOT NULL REFERENCES branches (name),
  role text NOT NULL CHECK (role IN ('officer', 'admin')),
  created_at timestamptz NOT NULL DEFAULT now()
);

-- The cookie holds a random token; only its keyed hash is stored.
CREATE TABLE sessions (
  token_hash text PRIMARY KEY,
  username text NOT NULL REFERENCES officers (username),
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX sessions_expiry ON sessions (expires_at);

-- Consecutive failed logins per username (existing or not), and the lock they lead to.
CREATE TABLE login_lockouts (
  username text PRIMARY KEY,
  failures integer NOT NULL,
  locked_until timestamptz
);

-- Failures counted per address in a sliding window: `login` and `enrolment` codes.
CREATE TABLE address_failures (
  id bigserial PRIMARY KEY,
  kind text NOT NULL,
  address text NOT NULL,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX address_failures_window ON address_failures (kind, address, at);

CREATE TABLE members (
  member_number text PRIMARY KEY,
  name text NOT NULL,
  branch text NOT NULL REFERENCES branches (name),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX members_branch ON members (branch);

CREATE TABLE enrolments (
  code_hash text PRIMARY KEY,
  member_number text NOT NULL REFERENCES members (member_number),
  created_by text REFERENCES officers (username), -- NULL: issued from the command line
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  used_at timestamptz
);

CREATE TABLE devices (
  thumbprint text PRIMARY KEY,
  fingerprint text NOT NULL UNIQUE,
  member_number text NOT NULL REFERENCES members (member_number),
  public_jwk jsonb NOT NULL,
  enrolled_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz
);
CREATE INDEX devices_member ON devices (member_number);

-- Proof ids seen, kept until their proof could no longer be accepted.
CREATE TABLE dpop_proofs (
  thumbprint text NOT NULL,
  jti text NOT NULL,
  expires_at timestamptz NOT NULL,
  PRIMARY KEY (thumbprint, jti)
);
CREATE INDEX dpop_proofs_expiry ON dpop_proofs (expires_at);

CREATE TABLE books (
  book_id uuid PRIMARY KEY,
  member_number text NOT NULL REFERENCES members (member_number),
  tip_seq integer NOT NULL DEFAULT 0,
  tip_hash text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  wrapped_key text,
  wrapped_key_at timestamptz
);
CREATE INDEX books_member ON books (member_number);

CREATE TABLE revisions (
  book_id uuid NOT NULL REFERENCES books (book_id),
  seq integer NOT NULL CHECK (seq >= 1),
  prev_hash text,
  hash text NOT NULL,
  ciphertext bytea NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (book_id, seq)
);

CREATE TABLE statements (
  id uuid PRIMARY KEY,
  member_number text NOT NULL REFERENCES members (member_number),
  branch text NOT NULL REFERENCES branches (name),
  device_thumbprint text NOT NULL REFERENCES devices (thumbprint),
  verdict text NOT NULL CHECK (verdict IN ('genuine', 'altered')),
  period_from text NOT NULL,
  period_to text NOT NULL,
  fingerprint text,
  problems jsonb NOT NULL,
  witnessed jsonb NOT NULL,
  witness_report jsonb NOT NULL,
  envelope text NOT NULL,
  -- Milliseconds, as the listing's cursor carries it.
  received_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now())
);
CREATE INDEX statements_listing ON statements (branch, received_at DESC, id DESC);
CREATE INDEX statements_member ON statements (member_number, received_at DESC);
