CREATE TABLE contradiction_reviews (
	id      bigserial PRIMARY KEY,
	a_key   text NOT NULL,
	b_key   text NOT NULL,
	claim_a bigint NOT NULL,
	claim_b bigint NOT NULL,
	state   text NOT NULL CHECK (state IN ('open', 'confirmed', 'dismissed')),
	who     text NOT NULL,
	reason  text NOT NULL,
	at      timestamptz NOT NULL DEFAULT now(),
	CHECK (a_key < b_key)
);
CREATE INDEX contradiction_reviews_pair ON contradiction_reviews (a_key, b_key, id);
