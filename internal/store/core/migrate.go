package core

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"slices"
	"strings"
	"text/template"

	"github.com/dossier-osint/dossier/internal/store"
)

// migrationFiles are the schema changes, written once for both databases
// as text/template templates: {{.name}} fields are the dialect's types
// (Driver.Types) and {{if eq .dialect "sqlite"}} ... {{end}} blocks hold
// what only one runs.
//
//go:embed migrations/*.sql
var migrationFiles embed.FS

var commentLine = regexp.MustCompile(`(?m)^\s*--.*$`)

// numberedDone is the schema_version of a database migrated by name:
// programs of the numbered versions refuse it as newer than they are.
const numberedDone = 1000

// lastMigration, when not "", is the last migration Migrate applies: tests
// set it to build a database as the program of that migration left it.
var lastMigration string

// migrationNames lists the migrations (file names without .sql) in order.
func migrationNames() []string {
	names, _ := fs.Glob(migrationFiles, "migrations/*.sql") // sorted; the pattern is valid
	for i, n := range names {
		names[i] = strings.TrimSuffix(path.Base(n), ".sql")
	}
	return names
}

// render renders a migration with the driver's fields (Driver.Types); a
// field the driver does not give is an error. Migrate renders only the
// migrations it applies.
func render(name string, fields map[string]string) (string, error) {
	b, err := migrationFiles.ReadFile("migrations/" + name + ".sql")
	if err != nil {
		return "", err
	}
	t, err := template.New(name).Option("missingkey=error").Parse(string(b))
	if err != nil {
		return "", err
	}
	var sb strings.Builder
	err = t.Execute(&sb, fields)
	return sb.String(), err
}

// Migrate applies the migrations not yet recorded in schema_migrations,
// all in one transaction under the migration lock; it is idempotent. A
// database of numbered schema versions (schema_version, from before the
// migrations were written once) is refused: the dossier that made it
// exports it (dossier export) for this one to import into a new database.
func (s *Store) Migrate(ctx context.Context) error {
	names := migrationNames()
	if i := slices.Index(names, lastMigration); i >= 0 {
		names = names[:i+1]
	}
	err := s.d.MigrateTx(ctx, func(tx Tx) error {
		s.d.Lock(tx, lockMigrate)
		if err := tx.Script(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY);
			CREATE TABLE IF NOT EXISTS schema_version (version integer NOT NULL)`); err != nil {
			return err
		}
		done, err := list(ctx, tx, "applied migrations", `SELECT name FROM schema_migrations`, nil, scalar[string])
		if err != nil {
			return err
		}
		var v int
		switch err := tx.QueryRow(ctx, `SELECT version FROM schema_version`).Scan(&v); {
		case errors.Is(err, store.ErrNotFound): // a new database: programs that count versions refuse it
			if _, err := tx.Exec(ctx, `INSERT INTO schema_version (version) VALUES (?)`, numberedDone); err != nil {
				return err
			}
		case err != nil:
			return err
		case v < numberedDone:
			return fmt.Errorf("schema version %d is of a dossier from before the migrations were written once: "+
				"export the database with that dossier and import it into a new one", v)
		}
		for _, n := range names {
			if slices.Contains(done, n) {
				continue
			}
			sql, err := render(n, s.d.Types())
			if err == nil && strings.TrimSpace(commentLine.ReplaceAllString(sql, "")) != "" {
				err = tx.Script(ctx, sql)
			}
			if err != nil {
				return fmt.Errorf("migration %s: %w", n, err)
			}
			if _, err := tx.Exec(ctx, `INSERT INTO schema_migrations (name) VALUES (?)`, n); err != nil {
				return err
			}
		}
		for _, n := range done {
			if !slices.Contains(names, n) {
				return fmt.Errorf("migration %s was applied by a newer program", n)
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("migrate %s: %w", s.d.Name(), err)
	}
	return nil
}

// SchemaVersion returns the number of migrations applied.
func (s *Store) SchemaVersion(ctx context.Context) (int, error) {
	var v int
	if err := s.d.QueryRow(ctx, `SELECT COUNT(*) FROM schema_migrations`).Scan(&v); err != nil {
		return 0, fmt.Errorf("schema version of %s: %w", s.d.Name(), err)
	}
	return v, nil
}
