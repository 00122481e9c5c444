CREATE TABLE contradiction_reviews (
	id      INTEGER PRIMARY KEY,
	a_key   TEXT NOT NULL,
	b_key   TEXT NOT NULL,
	claim_a INTEGER NOT NULL,
	claim_b INTEGER NOT NULL,
	state   TEXT NOT NULL CHECK (state IN ('open', 'confirmed', 'dismissed')),
	who     TEXT NOT NULL,
	reason  TEXT NOT NULL,
	at      TEXT NOT NULL,
	CHECK (a_key < b_key)
);
CREATE INDEX contradiction_reviews_pair ON contradiction_reviews (a_key, b_key, id);
