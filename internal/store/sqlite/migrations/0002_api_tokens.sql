CREATE TABLE api_tokens (
	id         INTEGER PRIMARY KEY,
	role       TEXT NOT NULL CHECK (role IN ('reviewer', 'admin')),
	name       TEXT NOT NULL DEFAULT '',
	hash       TEXT NOT NULL UNIQUE,
	created_at TEXT NOT NULL,
	revoked_at TEXT
);
