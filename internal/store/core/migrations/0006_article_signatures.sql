-- Copy-detection signatures. seq (never reused) is the order articles were
-- added to the copy index; an upsert keeps the row and so its place.
CREATE TABLE article_signatures (
	seq        {{.seq}},
	article_id {{.ref}} NOT NULL UNIQUE REFERENCES articles (id) ON DELETE CASCADE,
	sig        {{.blob}} NOT NULL
);
