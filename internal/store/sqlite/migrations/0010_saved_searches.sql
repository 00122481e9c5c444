-- Saved faceted searches; with alert set, new matching articles fire alerts.
CREATE TABLE saved_searches (
	id         INTEGER PRIMARY KEY,
	name       TEXT NOT NULL,
	query      TEXT NOT NULL,
	alert      INTEGER NOT NULL DEFAULT 0,
	who        TEXT NOT NULL,
	created_at TEXT NOT NULL
);
