package open

import (
	"context"
	"path/filepath"
	"testing"
)

func TestIsPostgres(t *testing.T) {
	for _, c := range []struct {
		dsn  string
		want bool
	}{
		{"postgres://u@h/db", true},
		{"postgresql://u@h/db", true},
		{"dossier.db", false},
		{"/tmp/postgres/x.db", false},
		{"sqlite:x.db", false},
	} {
		if got := IsPostgres(c.dsn); got != c.want {
			t.Errorf("IsPostgres(%q) = %v", c.dsn, got)
		}
	}
}

func TestOpenSQLite(t *testing.T) {
	dir := t.TempDir()
	for _, dsn := range []string{filepath.Join(dir, "a.db"), "sqlite:" + filepath.Join(dir, "b.db"), "file:" + filepath.Join(dir, "c.db")} {
		s, err := Open(context.Background(), dsn)
		if err != nil {
			t.Fatalf("Open(%q): %v", dsn, err)
		}
		if _, err := s.Counts(context.Background()); err != nil {
			t.Errorf("Counts on %q: %v", dsn, err)
		}
		s.Close()
	}
}
