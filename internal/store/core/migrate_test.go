package core

import (
	"slices"
	"strings"
	"testing"
)

// TestMigrationsRender: the migrations are listed in order; every one renders
// for both dialects with no action left, and a dialect's blocks reach only
// that dialect.
func TestMigrationsRender(t *testing.T) {
	types := map[string]map[string]string{
		"sqlite": {"dialect": "sqlite", "id": "INTEGER PRIMARY KEY", "seq": "INTEGER PRIMARY KEY AUTOINCREMENT", "ref": "INTEGER",
			"int": "INTEGER", "real": "REAL", "bool": "INTEGER", "false": "0", "time": "TEXT", "blob": "BLOB", "now": ""},
		"postgres": {"dialect": "postgres", "id": "bigint IDENTITY", "seq": "bigint IDENTITY", "ref": "bigint", "int": "integer",
			"real": "double precision", "bool": "boolean", "false": "false", "time": "timestamptz", "blob": "bytea",
			"now": "DEFAULT now()"},
	}
	names := migrationNames()
	if len(names) < 13 || !slices.IsSorted(names) || names[0] != "0001_base" {
		t.Fatalf("migrations %v", names)
	}
	for dialect, ty := range types {
		all := ""
		for _, n := range names {
			sql, err := render(n, ty)
			if err != nil {
				t.Fatalf("%s: %s: %v", dialect, n, err)
			}
			all += sql
		}
		fts, tsv := strings.Contains(all, "USING fts5"), strings.Contains(all, "tsvector")
		if fts != (dialect == "sqlite") || tsv != (dialect == "postgres") {
			t.Errorf("%s: fts5 %v, tsvector %v", dialect, fts, tsv)
		}
		if strings.Contains(all, "{{") {
			t.Errorf("%s: a template action left in the SQL", dialect)
		}
	}
	if _, err := render("0001_base", map[string]string{"dialect": "sqlite"}); err == nil || !strings.Contains(err.Error(), `no entry for key "id"`) {
		t.Errorf("a migration with a type the dialect does not give: %v", err)
	}
}
