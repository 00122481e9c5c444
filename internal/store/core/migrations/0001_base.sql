-- Articles, annotations, claims with review and audit, entities, copy groups
-- and stories, full-text search. Written once for both databases as Go
-- templates (text/template, core/migrate.go): the fields id, ref, int, real,
-- bool, time, blob and now are the dialect's types, and an if on .dialect
-- ("sqlite", "postgres") holds what only one of them runs.
CREATE TABLE articles (
	id             {{.id}},
	source         text NOT NULL DEFAULT '',
	url            text NOT NULL DEFAULT '',
	format         text NOT NULL DEFAULT '',
	title          text NOT NULL DEFAULT '',
	published      text NOT NULL DEFAULT '',
	published_time text NOT NULL DEFAULT '',
	date_rule      text NOT NULL DEFAULT '',
	credit         text NOT NULL DEFAULT '',
	credit_rule    text NOT NULL DEFAULT '',
	byline         text NOT NULL DEFAULT '',
	site_name      text NOT NULL DEFAULT '',
	lang           text NOT NULL DEFAULT '',
	text           text NOT NULL DEFAULT '',
	warnings       text NOT NULL DEFAULT '[]',
	hash           text UNIQUE,
	created_at     {{.time}} NOT NULL {{.now}}
);
CREATE INDEX articles_published ON articles (published);
CREATE INDEX articles_credit ON articles (lower(credit));

CREATE TABLE paragraphs (
	article_id {{.ref}} NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	ord        {{.int}} NOT NULL,
	kind       text NOT NULL,
	span_start {{.int}} NOT NULL,
	span_end   {{.int}} NOT NULL,
	text       text NOT NULL,
	flags      text NOT NULL DEFAULT '[]',
	PRIMARY KEY (article_id, ord),
	CHECK (span_start >= 0 AND span_end >= span_start)
);

CREATE TABLE removed (
	article_id {{.ref}} NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	ord        {{.int}} NOT NULL,
	raw_index  {{.int}} NOT NULL,
	reason     text NOT NULL,
	text       text NOT NULL,
	PRIMARY KEY (article_id, ord)
);

CREATE TABLE times (
	article_id  {{.ref}} NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	ord         {{.int}} NOT NULL,
	span_start  {{.int}} NOT NULL,
	span_end    {{.int}} NOT NULL,
	text        text NOT NULL,
	type        text NOT NULL,
	value       text NOT NULL,
	granularity text NOT NULL,
	rule        text NOT NULL,
	anchor      text NOT NULL,
	mod         text NOT NULL,
	PRIMARY KEY (article_id, ord),
	CHECK (span_start >= 0 AND span_end >= span_start)
);

CREATE TABLE quantities (
	article_id {{.ref}} NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	ord        {{.int}} NOT NULL,
	span_start {{.int}} NOT NULL,
	span_end   {{.int}} NOT NULL,
	text       text NOT NULL,
	kind       text NOT NULL,
	bound      text NOT NULL,
	number     {{.real}} NOT NULL,
	low        {{.real}} NOT NULL,
	high       {{.real}} NOT NULL,
	approx     {{.bool}} NOT NULL,
	vague      {{.bool}} NOT NULL,
	unit       text NOT NULL,
	per        text NOT NULL,
	rule       text NOT NULL,
	PRIMARY KEY (article_id, ord),
	CHECK (span_start >= 0 AND span_end >= span_start)
);

CREATE TABLE mentions (
	article_id {{.ref}} NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	ord        {{.int}} NOT NULL,
	span_start {{.int}} NOT NULL,
	span_end   {{.int}} NOT NULL,
	text       text NOT NULL,
	type       text NOT NULL,
	entity     text NOT NULL,
	rule       text NOT NULL,
	PRIMARY KEY (article_id, ord),
	CHECK (span_start >= 0 AND span_end >= span_start)
);
CREATE INDEX mentions_entity ON mentions (entity);

CREATE TABLE entities (
	key  text PRIMARY KEY,
	name text NOT NULL,
	type text NOT NULL
);
CREATE TABLE entity_variants (
	entity_key text NOT NULL REFERENCES entities (key) ON DELETE CASCADE,
	variant    text NOT NULL,
	PRIMARY KEY (entity_key, variant)
);
CREATE INDEX entity_variants_variant ON entity_variants (lower(variant));
CREATE TABLE entity_links (
	entity_key text NOT NULL REFERENCES entities (key) ON DELETE CASCADE,
	link       text NOT NULL,
	PRIMARY KEY (entity_key, link)
);
CREATE TABLE article_entities (
	article_id {{.ref}} NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	ord        {{.int}} NOT NULL,
	entity_key text NOT NULL REFERENCES entities (key),
	name       text NOT NULL,
	type       text NOT NULL,
	variants   text NOT NULL DEFAULT '[]',
	links      text NOT NULL DEFAULT '[]',
	PRIMARY KEY (article_id, ord)
);
CREATE INDEX article_entities_key ON article_entities (entity_key);

CREATE TABLE legal_refs (
	article_id {{.ref}} NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	ord        {{.int}} NOT NULL,
	span_start {{.int}} NOT NULL,
	span_end   {{.int}} NOT NULL,
	text       text NOT NULL,
	instrument text NOT NULL,
	paragraph  {{.int}} NOT NULL,
	PRIMARY KEY (article_id, ord),
	CHECK (span_start >= 0 AND span_end >= span_start)
);

CREATE TABLE claims (
	id             {{.id}},
	article_id     {{.ref}} NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	ord            {{.int}} NOT NULL,
	span_start     {{.int}} NOT NULL,
	span_end       {{.int}} NOT NULL,
	text           text NOT NULL,
	sentence       text NOT NULL,
	sentence_start {{.int}} NOT NULL,
	sentence_end   {{.int}} NOT NULL,
	bound          text NOT NULL,
	number         {{.real}} NOT NULL,
	low            {{.real}} NOT NULL,
	high           {{.real}} NOT NULL,
	approx         {{.bool}} NOT NULL,
	vague          {{.bool}} NOT NULL,
	unit           text NOT NULL,
	per            text NOT NULL,
	counted        text NOT NULL,
	event          text NOT NULL,
	place          text NOT NULL,
	topic          text NOT NULL,
	indicator      text NOT NULL,
	period         text NOT NULL,
	period_from    text,
	period_to      text,
	period_text    text NOT NULL,
	said_by        text NOT NULL,
	origin         text NOT NULL,
	why            text NOT NULL DEFAULT '[]',
	match_key      text NOT NULL,
	review         text NOT NULL DEFAULT 'machine'
		CHECK (review IN ('machine', 'accepted', 'rejected', 'corrected')),
	reviewer       text NOT NULL DEFAULT '',
	review_reason  text NOT NULL DEFAULT '',
	reviewed_at    {{.time}},
	CHECK (span_start >= 0 AND span_end >= span_start),
	CHECK (sentence_start >= 0 AND sentence_end >= sentence_start)
);
CREATE INDEX claims_article ON claims (article_id, span_start);
CREATE INDEX claims_indicator ON claims (indicator);
CREATE INDEX claims_topic ON claims (topic);
CREATE INDEX claims_period ON claims (period_from, period_to);
CREATE INDEX claims_said_by ON claims (lower(said_by));
CREATE INDEX claims_review ON claims (review);

-- The audit log outlives the claims it describes: no foreign key.
CREATE TABLE claim_audit (
	id         {{.id}},
	claim_id   {{.ref}} NOT NULL,
	article_id {{.ref}} NOT NULL,
	who        text NOT NULL,
	at         {{.time}} NOT NULL,
	action     text NOT NULL,
	reason     text NOT NULL,
	before     text NOT NULL,
	after      text NOT NULL
);
CREATE INDEX claim_audit_claim ON claim_audit (claim_id, id);

-- Copy groups (kind 'copy') and stories (kind 'story').
CREATE TABLE article_groups (
	id         {{.id}},
	kind       text NOT NULL CHECK (kind IN ('copy', 'story')),
	created_at {{.time}} NOT NULL {{.now}}
);
CREATE TABLE group_members (
	kind       text NOT NULL,
	article_id {{.ref}} NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	group_id   {{.ref}} NOT NULL REFERENCES article_groups (id) ON DELETE CASCADE,
	relation   text NOT NULL,
	similarity {{.real}} NOT NULL,
	linked_of  {{.ref}},
	PRIMARY KEY (kind, article_id)
);
CREATE INDEX group_members_group ON group_members (group_id);

-- Full-text search over title and text, unstemmed so that prefix queries
-- ("repatriat*") work.
{{if eq .dialect "sqlite" -}}
CREATE VIRTUAL TABLE articles_fts USING fts5 (
	title, text,
	content = 'articles', content_rowid = 'id',
	tokenize = 'unicode61 remove_diacritics 2'
);
{{end -}}
{{if eq .dialect "postgres" -}}
-- Punctuation the default parser would keep inside a token ("-2397",
-- "2019/2020") is turned into spaces, as SQLite's unicode61 tokenizer does.
ALTER TABLE articles ADD COLUMN tsv tsvector GENERATED ALWAYS AS (
	setweight(to_tsvector('simple', translate(title, '-/_.:@''’', '        ')), 'A') ||
	setweight(to_tsvector('simple', translate(text, '-/_.:@''’', '        ')), 'B')) STORED;
CREATE INDEX articles_tsv ON articles USING gin (tsv);
{{end -}}
