-- Claim ids that last and copies as records (issue 15): the same text
-- (hash) may be stored again from another source as its own record, so
-- record_key (hash + source) is what must be unique; claim ids are never
-- reused, since a removed claim leaves a tombstone under its id; and
-- case-insensitive look-ups use lower(), as on PostgreSQL.
{{if eq .dialect "sqlite" -}}
-- SQLite cannot drop a UNIQUE constraint or add AUTOINCREMENT in place:
-- articles and claims are rebuilt (the runner turns foreign keys off around
-- this and checks them before committing); the triggers that name them go
-- first and come back after.
DROP TRIGGER claims_article_insert;
DROP TRIGGER claims_published_update;
DROP TRIGGER claims_credit_update;

CREATE TABLE articles_new (
	id             INTEGER PRIMARY KEY,
	source         TEXT NOT NULL DEFAULT '',
	url            TEXT NOT NULL DEFAULT '',
	format         TEXT NOT NULL DEFAULT '',
	title          TEXT NOT NULL DEFAULT '',
	published      TEXT NOT NULL DEFAULT '',
	published_time TEXT NOT NULL DEFAULT '',
	date_rule      TEXT NOT NULL DEFAULT '',
	credit         TEXT NOT NULL DEFAULT '',
	credit_rule    TEXT NOT NULL DEFAULT '',
	byline         TEXT NOT NULL DEFAULT '',
	site_name      TEXT NOT NULL DEFAULT '',
	lang           TEXT NOT NULL DEFAULT '',
	text           TEXT NOT NULL DEFAULT '',
	warnings       TEXT NOT NULL DEFAULT '[]',
	hash           TEXT,
	record_key     TEXT UNIQUE,
	created_at     TEXT NOT NULL
);
INSERT INTO articles_new (id, source, url, format, title, published, published_time, date_rule, credit,
	credit_rule, byline, site_name, lang, text, warnings, hash, record_key, created_at)
	SELECT id, source, url, format, title, published, published_time, date_rule, credit, credit_rule, byline,
	site_name, lang, text, warnings, hash, hash, created_at FROM articles;
DROP TABLE articles;
ALTER TABLE articles_new RENAME TO articles;
CREATE INDEX articles_published ON articles (published);
CREATE INDEX articles_credit ON articles (lower(credit));
CREATE INDEX articles_hash ON articles (hash);

CREATE TABLE claims_new (
	id             INTEGER PRIMARY KEY AUTOINCREMENT,
	article_id     INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	ord            INTEGER NOT NULL,
	span_start     INTEGER NOT NULL,
	span_end       INTEGER NOT NULL,
	text           TEXT NOT NULL,
	sentence       TEXT NOT NULL,
	sentence_start INTEGER NOT NULL,
	sentence_end   INTEGER NOT NULL,
	bound          TEXT NOT NULL,
	number         REAL NOT NULL,
	low            REAL NOT NULL,
	high           REAL NOT NULL,
	approx         INTEGER NOT NULL,
	vague          INTEGER NOT NULL,
	unit           TEXT NOT NULL,
	per            TEXT NOT NULL,
	counted        TEXT NOT NULL,
	event          TEXT NOT NULL,
	place          TEXT NOT NULL,
	topic          TEXT NOT NULL,
	scope          TEXT NOT NULL DEFAULT '',
	indicator      TEXT NOT NULL,
	period         TEXT NOT NULL,
	period_from    TEXT,
	period_to      TEXT,
	period_text    TEXT NOT NULL,
	said_by        TEXT NOT NULL,
	origin         TEXT NOT NULL,
	why            TEXT NOT NULL DEFAULT '[]',
	match_key      TEXT NOT NULL,
	review         TEXT NOT NULL DEFAULT 'machine'
		CHECK (review IN ('machine', 'accepted', 'rejected', 'corrected')),
	reviewer       TEXT NOT NULL DEFAULT '',
	review_reason  TEXT NOT NULL DEFAULT '',
	reviewed_at    TEXT,
	published      TEXT NOT NULL DEFAULT '',
	credit         TEXT NOT NULL DEFAULT '',
	CHECK (span_start >= 0 AND span_end >= span_start),
	CHECK (sentence_start >= 0 AND sentence_end >= sentence_start)
);
INSERT INTO claims_new (id, article_id, ord, span_start, span_end, text, sentence, sentence_start, sentence_end,
	bound, number, low, high, approx, vague, unit, per, counted, event, place, topic, indicator, period,
	period_from, period_to, period_text, said_by, origin, why, match_key, review, reviewer, review_reason,
	reviewed_at, published, credit, scope)
	SELECT id, article_id, ord, span_start, span_end, text, sentence, sentence_start, sentence_end, bound, number,
	low, high, approx, vague, unit, per, counted, event, place, topic, indicator, period, period_from, period_to,
	period_text, said_by, origin, why, match_key, review, reviewer, review_reason, reviewed_at, published, credit,
	scope FROM claims;
DROP TABLE claims;
ALTER TABLE claims_new RENAME TO claims;
CREATE INDEX claims_article ON claims (article_id, span_start);
CREATE INDEX claims_indicator ON claims (indicator);
CREATE INDEX claims_topic ON claims (topic);
CREATE INDEX claims_period ON claims (period_from, period_to);
CREATE INDEX claims_said_by ON claims (lower(said_by));
CREATE INDEX claims_review ON claims (review);
CREATE INDEX claims_newest ON claims (published DESC, article_id DESC, span_start, id);
CREATE INDEX claims_indicator_newest ON claims (indicator, published DESC, article_id DESC, span_start, id);
CREATE INDEX claims_topic_newest ON claims (topic, published DESC, article_id DESC, span_start, id);
CREATE INDEX claims_review_newest ON claims (review, published DESC, article_id DESC, span_start, id);
CREATE INDEX claims_series ON claims (indicator, topic, review, id, article_id, span_start, span_end, bound,
	number, low, high, approx, vague, unit, per, place, scope, period, said_by, origin, published, credit);

CREATE TRIGGER claims_article_insert AFTER INSERT ON claims BEGIN
	UPDATE claims SET (published, credit) = (SELECT a.published, a.credit FROM articles a WHERE a.id = NEW.article_id)
	WHERE id = NEW.id;
END;
CREATE TRIGGER claims_published_update AFTER UPDATE OF published ON articles BEGIN
	UPDATE claims SET published = NEW.published WHERE article_id = NEW.id;
END;
CREATE TRIGGER claims_credit_update AFTER UPDATE OF credit ON articles BEGIN
	UPDATE claims SET credit = NEW.credit WHERE article_id = NEW.id;
END;

DROP INDEX entity_variants_variant;
CREATE INDEX entity_variants_variant ON entity_variants (lower(variant));
{{end -}}
{{if eq .dialect "postgres" -}}
ALTER TABLE articles ADD COLUMN record_key text;
UPDATE articles SET record_key = hash WHERE hash IS NOT NULL;
ALTER TABLE articles ADD CONSTRAINT articles_record_key UNIQUE (record_key);
ALTER TABLE articles DROP CONSTRAINT articles_hash_key;
CREATE INDEX articles_hash ON articles (hash);
{{end -}}

-- A machine claim a re-extraction no longer finds: its id stays taken and
-- answers 410, pointing to the claim that replaced it (if one did).
CREATE TABLE claim_tombstones (
	id          {{.ref}} PRIMARY KEY,
	article_id  {{.ref}} NOT NULL,
	replaced_by {{.ref}},
	text        text NOT NULL,
	indicator   text NOT NULL,
	removed_at  {{.time}} NOT NULL
);
CREATE INDEX claim_tombstones_replaced_by ON claim_tombstones (replaced_by);

-- The generation page caches watch (Store.Generation).
CREATE TABLE store_state (generation {{.ref}} NOT NULL);
INSERT INTO store_state (generation) VALUES (0);
