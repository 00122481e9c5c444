// Package open opens a store.Store from a DSN, choosing the implementation:
// a postgres:// or postgresql:// URL opens PostgreSQL, anything else is a
// SQLite file path (an optional "sqlite:" or "file:" prefix is dropped). It
// lives apart from package store so that store does not import its
// implementations.
package open

import (
	"context"
	"strings"

	"github.com/dossier-osint/dossier/internal/store"
	"github.com/dossier-osint/dossier/internal/store/postgres"
	"github.com/dossier-osint/dossier/internal/store/sqlite"
)

// Open opens the store named by dsn and applies pending migrations.
func Open(ctx context.Context, dsn string) (store.Store, error) {
	if IsPostgres(dsn) {
		return postgres.Open(ctx, dsn)
	}
	path := dsn
	for _, p := range []string{"sqlite://", "sqlite:", "file:"} {
		if strings.HasPrefix(path, p) {
			path = strings.TrimPrefix(path, p)
			break
		}
	}
	return sqlite.Open(ctx, path)
}

// IsPostgres reports whether dsn names a PostgreSQL database.
func IsPostgres(dsn string) bool {
	return strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://")
}
