-- Saved faceted searches; with alert set, new matching articles fire alerts.
CREATE TABLE saved_searches (
	id         {{.id}},
	name       text NOT NULL,
	query      text NOT NULL,
	alert      {{.bool}} NOT NULL DEFAULT {{.false}},
	who        text NOT NULL,
	created_at {{.time}} NOT NULL
);
