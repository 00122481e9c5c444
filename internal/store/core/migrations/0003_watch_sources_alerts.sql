-- The watcher's feeds, their items with a state per step, and fired alerts
-- with their webhook delivery state.
CREATE TABLE watch_sources (
	id            {{.id}},
	url           text NOT NULL UNIQUE,
	interval_ms   {{.ref}} NOT NULL DEFAULT 0,
	etag          text NOT NULL DEFAULT '',
	last_modified text NOT NULL DEFAULT '',
	polls         {{.int}} NOT NULL DEFAULT 0,
	not_modified  {{.int}} NOT NULL DEFAULT 0,
	failures      {{.int}} NOT NULL DEFAULT 0,
	unhealthy     {{.bool}} NOT NULL DEFAULT {{.false}},
	last_error    text NOT NULL DEFAULT '',
	last_poll     {{.time}},
	last_ok       {{.time}},
	created_at    {{.time}} NOT NULL {{.now}}
);
CREATE TABLE watch_items (
	id         {{.id}},
	source_id  {{.ref}} NOT NULL REFERENCES watch_sources (id) ON DELETE CASCADE,
	key        text NOT NULL,
	url        text NOT NULL,
	title      text NOT NULL DEFAULT '',
	published  text NOT NULL DEFAULT '',
	state      text NOT NULL CHECK (state IN ('pending', 'fetched', 'done', 'failed')),
	attempts   {{.int}} NOT NULL DEFAULT 0,
	body       {{.blob}},
	final_url  text NOT NULL DEFAULT '',
	article_id {{.ref}},
	error      text NOT NULL DEFAULT '',
	updated_at {{.time}} NOT NULL {{.now}},
	UNIQUE (source_id, key)
);
CREATE INDEX watch_items_state ON watch_items (state, id);
CREATE TABLE alert_events (
	id           {{.id}},
	key          text NOT NULL UNIQUE,
	rule         text NOT NULL,
	topic        text NOT NULL DEFAULT '',
	fired_when   text NOT NULL DEFAULT '',
	title        text NOT NULL DEFAULT '',
	message      text NOT NULL DEFAULT '',
	article_id   {{.ref}} NOT NULL DEFAULT 0,
	claim_id     {{.ref}} NOT NULL DEFAULT 0,
	url          text NOT NULL DEFAULT '',
	payload      text NOT NULL DEFAULT '',
	created_at   {{.time}} NOT NULL {{.now}},
	delivery     text NOT NULL CHECK (delivery IN ('pending', 'sent', 'dead')),
	attempts     {{.int}} NOT NULL DEFAULT 0,
	last_error   text NOT NULL DEFAULT '',
	next_attempt {{.ref}} NOT NULL DEFAULT 0, -- unix nanoseconds
	delivered_at {{.time}}
);
CREATE INDEX alert_events_delivery ON alert_events (delivery, next_attempt);
