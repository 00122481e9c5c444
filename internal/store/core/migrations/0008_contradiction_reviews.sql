-- The append-only reviews of contradictions, keyed by the two claims' keys
-- (store.ClaimKey).
CREATE TABLE contradiction_reviews (
	id      {{.id}},
	a_key   text NOT NULL,
	b_key   text NOT NULL,
	claim_a {{.ref}} NOT NULL,
	claim_b {{.ref}} NOT NULL,
	state   text NOT NULL CHECK (state IN ('open', 'confirmed', 'dismissed')),
	who     text NOT NULL,
	reason  text NOT NULL,
	at      {{.time}} NOT NULL {{.now}},
	CHECK (a_key < b_key)
);
CREATE INDEX contradiction_reviews_pair ON contradiction_reviews (a_key, b_key, id);
