CREATE TABLE articles (
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
	hash           TEXT UNIQUE,
	created_at     TEXT NOT NULL
);
CREATE INDEX articles_published ON articles (published);
CREATE INDEX articles_credit ON articles (credit COLLATE NOCASE);

CREATE TABLE paragraphs (
	article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	ord        INTEGER NOT NULL,
	kind       TEXT NOT NULL,
	span_start INTEGER NOT NULL,
	span_end   INTEGER NOT NULL,
	text       TEXT NOT NULL,
	flags      TEXT NOT NULL DEFAULT '[]',
	PRIMARY KEY (article_id, ord),
	CHECK (span_start >= 0 AND span_end >= span_start)
);

CREATE TABLE removed (
	article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	ord        INTEGER NOT NULL,
	raw_index  INTEGER NOT NULL,
	reason     TEXT NOT NULL,
	text       TEXT NOT NULL,
	PRIMARY KEY (article_id, ord)
);

CREATE TABLE times (
	article_id  INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	ord         INTEGER NOT NULL,
	span_start  INTEGER NOT NULL,
	span_end    INTEGER NOT NULL,
	text        TEXT NOT NULL,
	type        TEXT NOT NULL,
	value       TEXT NOT NULL,
	granularity TEXT NOT NULL,
	rule        TEXT NOT NULL,
	anchor      TEXT NOT NULL,
	mod         TEXT NOT NULL,
	PRIMARY KEY (article_id, ord),
	CHECK (span_start >= 0 AND span_end >= span_start)
);

CREATE TABLE quantities (
	article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	ord        INTEGER NOT NULL,
	span_start INTEGER NOT NULL,
	span_end   INTEGER NOT NULL,
	text       TEXT NOT NULL,
	kind       TEXT NOT NULL,
	bound      TEXT NOT NULL,
	number     REAL NOT NULL,
	low        REAL NOT NULL,
	high       REAL NOT NULL,
	approx     INTEGER NOT NULL,
	vague      INTEGER NOT NULL,
	unit       TEXT NOT NULL,
	per        TEXT NOT NULL,
	rule       TEXT NOT NULL,
	PRIMARY KEY (article_id, ord),
	CHECK (span_start >= 0 AND span_end >= span_start)
);

CREATE TABLE mentions (
	article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	ord        INTEGER NOT NULL,
	span_start INTEGER NOT NULL,
	span_end   INTEGER NOT NULL,
	text       TEXT NOT NULL,
	type       TEXT NOT NULL,
	entity     TEXT NOT NULL,
	rule       TEXT NOT NULL,
	PRIMARY KEY (article_id, ord),
	CHECK (span_start >= 0 AND span_end >= span_start)
);
CREATE INDEX mentions_entity ON mentions (entity);

CREATE TABLE entities (
	key  TEXT PRIMARY KEY,
	name TEXT NOT NULL,
	type TEXT NOT NULL
);
CREATE TABLE entity_variants (
	entity_key TEXT NOT NULL REFERENCES entities (key) ON DELETE CASCADE,
	variant    TEXT NOT NULL,
	PRIMARY KEY (entity_key, variant)
);
CREATE INDEX entity_variants_variant ON entity_variants (variant COLLATE NOCASE);
CREATE TABLE entity_links (
	entity_key TEXT NOT NULL REFERENCES entities (key) ON DELETE CASCADE,
	link       TEXT NOT NULL,
	PRIMARY KEY (entity_key, link)
);
CREATE TABLE article_entities (
	article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	ord        INTEGER NOT NULL,
	entity_key TEXT NOT NULL REFERENCES entities (key),
	name       TEXT NOT NULL,
	type       TEXT NOT NULL,
	variants   TEXT NOT NULL DEFAULT '[]',
	links      TEXT NOT NULL DEFAULT '[]',
	PRIMARY KEY (article_id, ord)
);
CREATE INDEX article_entities_key ON article_entities (entity_key);

CREATE TABLE legal_refs (
	article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	ord        INTEGER NOT NULL,
	span_start INTEGER NOT NULL,
	span_end   INTEGER NOT NULL,
	text       TEXT NOT NULL,
	instrument TEXT NOT NULL,
	paragraph  INTEGER NOT NULL,
	PRIMARY KEY (article_id, ord),
	CHECK (span_start >= 0 AND span_end >= span_start)
);

CREATE TABLE claims (
	id             INTEGER PRIMARY KEY,
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
	CHECK (span_start >= 0 AND span_end >= span_start),
	CHECK (sentence_start >= 0 AND sentence_end >= sentence_start)
);
CREATE INDEX claims_article ON claims (article_id, span_start);
CREATE INDEX claims_indicator ON claims (indicator);
CREATE INDEX claims_topic ON claims (topic);
CREATE INDEX claims_period ON claims (period_from, period_to);
CREATE INDEX claims_said_by ON claims (said_by COLLATE NOCASE);
CREATE INDEX claims_review ON claims (review);

-- The audit log outlives the claims it describes: no foreign key.
CREATE TABLE claim_audit (
	id         INTEGER PRIMARY KEY,
	claim_id   INTEGER NOT NULL,
	article_id INTEGER NOT NULL,
	who        TEXT NOT NULL,
	at         TEXT NOT NULL,
	action     TEXT NOT NULL,
	reason     TEXT NOT NULL,
	before     TEXT NOT NULL,
	after      TEXT NOT NULL
);
CREATE INDEX claim_audit_claim ON claim_audit (claim_id, id);

-- Copy groups (kind 'copy') and stories (kind 'story').
CREATE TABLE article_groups (
	id         INTEGER PRIMARY KEY,
	kind       TEXT NOT NULL CHECK (kind IN ('copy', 'story')),
	created_at TEXT NOT NULL
);
CREATE TABLE group_members (
	kind       TEXT NOT NULL,
	article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	group_id   INTEGER NOT NULL REFERENCES article_groups (id) ON DELETE CASCADE,
	relation   TEXT NOT NULL,
	similarity REAL NOT NULL,
	linked_of  INTEGER,
	PRIMARY KEY (kind, article_id)
);
CREATE INDEX group_members_group ON group_members (group_id);

-- Full-text index over title and clean text. unicode61 without stemming
-- so that prefix queries ("repatriat*") work; kept in step by the store.
CREATE VIRTUAL TABLE articles_fts USING fts5 (
	title, text,
	content = 'articles', content_rowid = 'id',
	tokenize = 'unicode61 remove_diacritics 2'
);
