package open

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
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

func TestOpenPostgres(t *testing.T) {
	dsn := os.Getenv("DOSSIER_TEST_POSTGRES")
	if dsn == "" {
		t.Skip("set DOSSIER_TEST_POSTGRES to a database URL to test opening PostgreSQL")
	}
	s, err := Open(context.Background(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Counts(context.Background()); err != nil {
		t.Error(err)
	}
}

func TestOpenPostgresUnreachable(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	_, err := Open(ctx, "postgres://nobody:secret@127.0.0.1:1/none?connect_timeout=2")
	if err == nil {
		t.Fatal("Open of an unreachable server succeeded")
	}
	if strings.Contains(err.Error(), "secret") {
		t.Errorf("error shows the password: %v", err)
	}
}
