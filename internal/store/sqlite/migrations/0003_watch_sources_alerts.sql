CREATE TABLE watch_sources (
	id            INTEGER PRIMARY KEY,
	url           TEXT NOT NULL UNIQUE,
	interval_ms   INTEGER NOT NULL DEFAULT 0,
	etag          TEXT NOT NULL DEFAULT '',
	last_modified TEXT NOT NULL DEFAULT '',
	polls         INTEGER NOT NULL DEFAULT 0,
	not_modified  INTEGER NOT NULL DEFAULT 0,
	failures      INTEGER NOT NULL DEFAULT 0,
	unhealthy     INTEGER NOT NULL DEFAULT 0,
	last_error    TEXT NOT NULL DEFAULT '',
	last_poll     TEXT,
	last_ok       TEXT,
	created_at    TEXT NOT NULL
);
CREATE TABLE watch_items (
	id         INTEGER PRIMARY KEY,
	source_id  INTEGER NOT NULL REFERENCES watch_sources (id) ON DELETE CASCADE,
	key        TEXT NOT NULL,
	url        TEXT NOT NULL,
	title      TEXT NOT NULL DEFAULT '',
	published  TEXT NOT NULL DEFAULT '',
	state      TEXT NOT NULL CHECK (state IN ('pending', 'fetched', 'done', 'failed')),
	attempts   INTEGER NOT NULL DEFAULT 0,
	body       BLOB,
	final_url  TEXT NOT NULL DEFAULT '',
	article_id INTEGER,
	error      TEXT NOT NULL DEFAULT '',
	updated_at TEXT NOT NULL,
	UNIQUE (source_id, key)
);
CREATE INDEX watch_items_state ON watch_items (state, id);
CREATE TABLE alert_events (
	id           INTEGER PRIMARY KEY,
	key          TEXT NOT NULL UNIQUE,
	rule         TEXT NOT NULL,
	topic        TEXT NOT NULL DEFAULT '',
	fired_when   TEXT NOT NULL DEFAULT '',
	title        TEXT NOT NULL DEFAULT '',
	message      TEXT NOT NULL DEFAULT '',
	article_id   INTEGER NOT NULL DEFAULT 0,
	claim_id     INTEGER NOT NULL DEFAULT 0,
	url          TEXT NOT NULL DEFAULT '',
	payload      TEXT NOT NULL DEFAULT '',
	created_at   TEXT NOT NULL,
	delivery     TEXT NOT NULL CHECK (delivery IN ('pending', 'sent', 'dead')),
	attempts     INTEGER NOT NULL DEFAULT 0,
	last_error   TEXT NOT NULL DEFAULT '',
	next_attempt INTEGER NOT NULL DEFAULT 0, -- unix nanoseconds
	delivered_at TEXT
);
CREATE INDEX alert_events_delivery ON alert_events (delivery, next_attempt);
