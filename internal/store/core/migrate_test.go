package core

import (
	"strings"
	"testing"
)

// TestMigrationsRender: every migration renders for both dialects with no
// token left, and a dialect's blocks reach only that dialect.
func TestMigrationsRender(t *testing.T) {
	types := map[string]map[string]string{
		"sqlite": {"id": "INTEGER PRIMARY KEY", "seq": "INTEGER PRIMARY KEY AUTOINCREMENT", "ref": "INTEGER",
			"int": "INTEGER", "real": "REAL", "bool": "INTEGER", "false": "0", "time": "TEXT", "blob": "BLOB", "now": ""},
		"postgres": {"id": "bigint IDENTITY", "seq": "bigint IDENTITY", "ref": "bigint", "int": "integer",
			"real": "double precision", "bool": "boolean", "false": "false", "time": "timestamptz", "blob": "bytea",
			"now": "DEFAULT now()"},
	}
	for dialect, ty := range types {
		ms, err := migrations(dialect, ty)
		if err != nil || len(ms) < 13 {
			t.Fatalf("%s: %d migrations, %v", dialect, len(ms), err)
		}
		all := ""
		for _, m := range ms {
			all += m.sql
		}
		fts, tsv := strings.Contains(all, "USING fts5"), strings.Contains(all, "tsvector")
		if fts != (dialect == "sqlite") || tsv != (dialect == "postgres") {
			t.Errorf("%s: fts5 %v, tsvector %v", dialect, fts, tsv)
		}
	}
	if _, err := migrations("sqlite", map[string]string{}); err == nil || !strings.Contains(err.Error(), `no entry for key "id"`) {
		t.Errorf("a migration with a type the dialect does not give: %v", err)
	}
}
