CREATE TABLE api_tokens (
	id         bigserial PRIMARY KEY,
	role       text NOT NULL CHECK (role IN ('reviewer', 'admin')),
	name       text NOT NULL DEFAULT '',
	hash       text NOT NULL UNIQUE,
	created_at timestamptz NOT NULL DEFAULT now(),
	revoked_at timestamptz
);
