package core

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"sort"
	"strconv"
	"strings"
)

// migration is one schema change file.
type migration struct {
	version int
	name    string
	sql     string
}

// migrations reads the driver's NNNN_name.sql files in order; their numbers
// must run 1, 2, 3... without a gap.
func migrations(fsys fs.FS) ([]migration, error) {
	names, err := fs.Glob(fsys, "*.sql")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	var out []migration
	for i, n := range names {
		num, _, ok := strings.Cut(n, "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil || v != i+1 {
			return nil, fmt.Errorf("migration file %s: want the name %04d_what.sql", n, i+1)
		}
		b, err := fs.ReadFile(fsys, n)
		if err != nil {
			return nil, err
		}
		out = append(out, migration{version: v, name: n, sql: string(b)})
	}
	return out, nil
}

// Migrate applies the migrations not yet recorded in schema_version, all in
// one transaction under the migration lock; it is idempotent.
func (s *Store) Migrate(ctx context.Context) error {
	ms, err := migrations(s.d.Migrations())
	if err != nil {
		return fmt.Errorf("migrate %s: %w", s.d.Name(), err)
	}
	err = s.d.MigrateTx(ctx, func(tx Tx) error {
		if err := tx.Script(ctx, `CREATE TABLE IF NOT EXISTS schema_version (version integer NOT NULL)`); err != nil {
			return err
		}
		var v int
		err := tx.QueryRow(ctx, `SELECT version FROM schema_version`).Scan(&v)
		switch {
		case errors.Is(err, ErrNoRows):
			if _, err := tx.Exec(ctx, `INSERT INTO schema_version (version) VALUES (0)`); err != nil {
				return err
			}
		case err != nil:
			return err
		}
		if v > len(ms) {
			return fmt.Errorf("schema version %d is newer than this program (%d)", v, len(ms))
		}
		for _, m := range ms[v:] {
			if err := tx.Script(ctx, m.sql); err != nil {
				return fmt.Errorf("migration %s: %w", m.name, err)
			}
		}
		_, err = tx.Exec(ctx, `UPDATE schema_version SET version = ?`, len(ms))
		return err
	})
	if err != nil {
		return fmt.Errorf("migrate %s: %w", s.d.Name(), err)
	}
	return nil
}

// SchemaVersion returns the applied schema version.
func (s *Store) SchemaVersion(ctx context.Context) (int, error) {
	var v int
	if err := s.d.QueryRow(ctx, `SELECT version FROM schema_version`).Scan(&v); err != nil {
		return 0, fmt.Errorf("schema version of %s: %w", s.d.Name(), err)
	}
	return v, nil
}

// Migrations is the number of migration files of the store's driver.
func (s *Store) Migrations() (int, error) {
	ms, err := migrations(s.d.Migrations())
	return len(ms), err
}
