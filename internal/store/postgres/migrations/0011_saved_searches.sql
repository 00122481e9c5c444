-- Saved faceted searches; with alert set, new matching articles fire alerts.
CREATE TABLE saved_searches (
	id         bigserial PRIMARY KEY,
	name       text NOT NULL,
	query      text NOT NULL,
	alert      boolean NOT NULL DEFAULT false,
	who        text NOT NULL,
	created_at timestamptz NOT NULL
);
