-- A push's usual case in fewer writes: the next revisions of the member's own book, linked to its
-- tip, move the tip in one conditional UPDATE (which also takes the book's lock) before they are
-- appended, so the book gets one new row version per push instead of two (the upsert that locked
-- it, then the tip's update). Any other push (a new book, a retry, a refusal, a push that waited
-- for another to move the tip) takes the path of migration 005, under the book's lock. The device's
-- last-seen time is written only when it is due, read with the device rather than tried each time.
-- The arguments, refusals and answer are those of migration 005.
CREATE OR REPLACE FUNCTION push_revisions(
  p_thumbprint text,
  p_jti text,
  p_expires_at double precision,
  p_book_id uuid,
  p_seqs integer[],
  p_prev_hashes text[],
  p_hashes text[],
  p_ciphertexts bytea,
  p_starts integer[],
  p_lengths integer[]
) RETURNS TABLE (refusal text, pushed_tip_seq integer, pushed_tip_hash text, stored_at timestamptz)
LANGUAGE plpgsql AS $$
DECLARE
  v_member text;
  v_last_seen timestamptz;
  v_book_member text;
  v_tip_seq integer;
  v_tip_hash text;
  v_created boolean := false;
  v_count integer := cardinality(p_seqs);
  v_first integer := p_seqs[1];
  v_refusal text;
  v_skip integer;
BEGIN
  INSERT INTO dpop_proofs (thumbprint, jti, expires_at)
    VALUES (p_thumbprint, p_jti, to_timestamp(p_expires_at)) ON CONFLICT DO NOTHING;
  IF NOT FOUND THEN
    RETURN QUERY SELECT 'dpop.invalid', NULL::integer, NULL::text, NULL::timestamptz;
    RETURN;
  END IF;
  SELECT d.member_number, d.last_seen_at INTO v_member, v_last_seen FROM devices d
   WHERE d.thumbprint = p_thumbprint AND d.revoked_at IS NULL;
  IF v_member IS NULL THEN
    RETURN QUERY SELECT 'device.unknown', NULL::integer, NULL::text, NULL::timestamptz;
    RETURN;
  END IF;
  IF v_last_seen IS NULL OR v_last_seen < now() - interval '1 minute' THEN
    UPDATE devices d SET last_seen_at = now()
     WHERE d.thumbprint = p_thumbprint AND d.revoked_at IS NULL
       AND (d.last_seen_at IS NULL OR d.last_seen_at < now() - interval '1 minute');
  END IF;

  -- The usual push: the member's book, its tip just before the first new revision, which links to it.
  UPDATE books b SET tip_seq = p_seqs[v_count], tip_hash = p_hashes[v_count], updated_at = now()
   WHERE b.book_id = p_book_id AND b.member_number = v_member
     AND b.tip_seq = v_first - 1 AND b.tip_hash IS NOT DISTINCT FROM p_prev_hashes[1];
  IF FOUND THEN
    INSERT INTO revisions (book_id, seq, prev_hash, hash, ciphertext)
      SELECT p_book_id, p_seqs[i], p_prev_hashes[i], p_hashes[i],
             substring(p_ciphertexts FROM p_starts[i] FOR p_lengths[i])
        FROM generate_series(1, v_count) AS i;
    RETURN QUERY SELECT NULL::text, p_seqs[v_count], p_hashes[v_count], now();
    RETURN;
  END IF;

  -- Any other push: the book locked (or created under the device's member) and the rules checked.
  SELECT b.member_number, b.tip_seq, b.tip_hash INTO v_book_member, v_tip_seq, v_tip_hash
    FROM books b WHERE b.book_id = p_book_id FOR UPDATE;
  IF NOT FOUND THEN
    INSERT INTO books AS b (book_id, member_number) VALUES (p_book_id, v_member)
      ON CONFLICT (book_id) DO UPDATE SET book_id = EXCLUDED.book_id
      RETURNING b.member_number, b.tip_seq, b.tip_hash, b.xmax = 0
      INTO v_book_member, v_tip_seq, v_tip_hash, v_created;
  END IF;
  IF v_book_member <> v_member THEN
    RETURN QUERY SELECT 'book.notFound', NULL::integer, NULL::text, NULL::timestamptz;
    RETURN;
  END IF;

  -- Only a retry repeats stored seqs: those are skipped when their hashes match.
  v_skip := least(greatest(v_tip_seq - v_first + 1, 0), v_count);
  IF v_first > v_tip_seq + 1 THEN
    v_refusal := 'chain.gap';
  ELSIF v_skip > 0 AND EXISTS (
      SELECT 1 FROM unnest(p_seqs[1:v_skip], p_hashes[1:v_skip]) AS pushed (seq, hash)
        LEFT JOIN revisions r ON r.book_id = p_book_id AND r.seq = pushed.seq
       WHERE r.hash IS DISTINCT FROM pushed.hash) THEN
    v_refusal := 'chain.fork';
  ELSIF v_skip = 0 AND p_prev_hashes[1] IS DISTINCT FROM v_tip_hash THEN
    v_refusal := 'chain.mismatch';
  END IF;
  IF v_refusal IS NOT NULL THEN
    IF v_created THEN
      DELETE FROM books WHERE book_id = p_book_id;
    END IF;
    RETURN QUERY SELECT v_refusal, NULL::integer, NULL::text, NULL::timestamptz;
    RETURN;
  END IF;

  IF v_skip < v_count THEN
    INSERT INTO revisions (book_id, seq, prev_hash, hash, ciphertext)
      SELECT p_book_id, p_seqs[i], p_prev_hashes[i], p_hashes[i],
             substring(p_ciphertexts FROM p_starts[i] FOR p_lengths[i])
        FROM generate_series(v_skip + 1, v_count) AS i;
    UPDATE books SET tip_seq = p_seqs[v_count], tip_hash = p_hashes[v_count], updated_at = now()
     WHERE book_id = p_book_id;
    RETURN QUERY SELECT NULL::text, p_seqs[v_count], p_hashes[v_count], now();
    RETURN;
  END IF;
  -- Every revision was stored before: the answer is the stored tip, as the first push answered.
  RETURN QUERY SELECT NULL::text, r.seq, r.hash, r.received_at
    FROM books b JOIN revisions r ON r.book_id = b.book_id AND r.seq = b.tip_seq
   WHERE b.book_id = p_book_id;
END;
$$;
