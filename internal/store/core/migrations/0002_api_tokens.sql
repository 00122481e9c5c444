-- API tokens (only the SHA-256 of each secret), for write access over HTTP.
CREATE TABLE api_tokens (
	id         {{.id}},
	role       text NOT NULL CHECK (role IN ('reviewer', 'admin')),
	name       text NOT NULL DEFAULT '',
	hash       text NOT NULL UNIQUE,
	created_at {{.time}} NOT NULL {{.now}},
	revoked_at {{.time}}
);
