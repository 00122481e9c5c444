-- Claim ids that last and copies as records (issue 15): the same text
-- (hash) may be stored again from another source as its own record, so
-- record_key (hash + source) is what must be unique; a removed claim leaves a
-- tombstone under its id (identity ids are never reused); store_state holds
-- the generation page caches watch.
ALTER TABLE articles ADD COLUMN record_key text;
UPDATE articles SET record_key = hash WHERE hash IS NOT NULL;
ALTER TABLE articles ADD CONSTRAINT articles_record_key UNIQUE (record_key);
ALTER TABLE articles DROP CONSTRAINT articles_hash_key;
CREATE INDEX articles_hash ON articles (hash);

CREATE TABLE claim_tombstones (
	id          bigint PRIMARY KEY,
	article_id  bigint NOT NULL,
	replaced_by bigint,
	text        text NOT NULL,
	indicator   text NOT NULL,
	removed_at  timestamptz NOT NULL
);
CREATE INDEX claim_tombstones_replaced_by ON claim_tombstones (replaced_by);

CREATE TABLE store_state (generation bigint NOT NULL);
INSERT INTO store_state (generation) VALUES (0);
