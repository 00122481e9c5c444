CREATE TABLE article_signatures (
	seq        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	article_id bigint NOT NULL UNIQUE REFERENCES articles (id) ON DELETE CASCADE,
	sig        bytea NOT NULL
);
