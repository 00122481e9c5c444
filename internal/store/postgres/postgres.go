// Package postgres implements store.Store on PostgreSQL with pgx/v5: the
// same tables and migration scheme as the SQLite store (an ordered list of
// SQL strings recorded in schema_version, applied in one transaction under
// an advisory lock), full-text search with a generated tsvector column,
// websearch-style queries translated to tsquery, ts_rank and ts_headline.
// All PostgreSQL dialect details stay in this package.
package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"strconv"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/dossier-osint/dossier/internal/store"
)

// migrationLock is the pg_advisory_xact_lock key that serializes Migrate.
const migrationLock = 0x646f7373 // "doss"

// Store is a PostgreSQL-backed store.Store.
type Store struct {
	pool *pgxpool.Pool
	name string // the DSN without password, for errors
}

var _ store.Store = (*Store)(nil)

// Open connects to the database named by dsn (a postgres:// URL or a
// key=value string; search_path=SCHEMA selects a schema) and applies
// pending migrations.
func Open(ctx context.Context, dsn string) (*Store, error) {
	name := redact(dsn)
	pool, err := pgxpool.New(ctx, dsn)
	if err != nil {
		return nil, fmt.Errorf("open postgres %s: %w", name, err)
	}
	if err := pool.Ping(ctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("open postgres %s: %w", name, err)
	}
	s := &Store{pool: pool, name: name}
	if err := s.Migrate(ctx); err != nil {
		pool.Close()
		return nil, err
	}
	return s, nil
}

func redact(dsn string) string {
	u, err := url.Parse(dsn)
	if err != nil || u.Scheme == "" {
		return "postgres"
	}
	return u.Redacted()
}

// Pool returns the connection pool, for tests and maintenance commands.
func (s *Store) Pool() *pgxpool.Pool { return s.pool }

// Close closes the pool.
func (s *Store) Close() error {
	s.pool.Close()
	return nil
}

// Migrate applies the migrations not yet recorded in schema_version.
func (s *Store) Migrate(ctx context.Context) error {
	return s.tx(ctx, "migrate "+s.name, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, migrationLock); err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, `CREATE TABLE IF NOT EXISTS schema_version (version integer NOT NULL)`); err != nil {
			return err
		}
		var v int
		err := tx.QueryRow(ctx, `SELECT version FROM schema_version`).Scan(&v)
		switch {
		case errors.Is(err, pgx.ErrNoRows):
			if _, err := tx.Exec(ctx, `INSERT INTO schema_version (version) VALUES (0)`); err != nil {
				return err
			}
		case err != nil:
			return err
		}
		if v > len(migrations) {
			return fmt.Errorf("schema version %d is newer than this program (%d)", v, len(migrations))
		}
		for i := v; i < len(migrations); i++ {
			// No arguments: the simple protocol runs several statements.
			if _, err := tx.Exec(ctx, migrations[i]); err != nil {
				return fmt.Errorf("migration %d: %w", i+1, err)
			}
		}
		_, err = tx.Exec(ctx, `UPDATE schema_version SET version = $1`, len(migrations))
		return err
	})
}

// SchemaVersion returns the applied schema version.
func (s *Store) SchemaVersion(ctx context.Context) (int, error) {
	var v int
	if err := s.pool.QueryRow(ctx, `SELECT version FROM schema_version`).Scan(&v); err != nil {
		return 0, fmt.Errorf("schema version of %s: %w", s.name, err)
	}
	return v, nil
}

// tx runs fn in a read-write transaction, committing when it returns nil.
func (s *Store) tx(ctx context.Context, what string, fn func(pgx.Tx) error) error {
	tx, err := s.pool.Begin(ctx)
	if err != nil {
		return fmt.Errorf("%s: begin: %w", what, err)
	}
	if err := fn(tx); err != nil {
		tx.Rollback(context.WithoutCancel(ctx))
		return fmt.Errorf("%s: %w", what, err)
	}
	if err := tx.Commit(ctx); err != nil {
		return fmt.Errorf("%s: commit: %w", what, err)
	}
	return nil
}

// readTx runs fn in a read-only repeatable-read transaction (one snapshot).
func (s *Store) readTx(ctx context.Context, what string, fn func(pgx.Tx) error) error {
	tx, err := s.pool.BeginTx(ctx, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly})
	if err != nil {
		return fmt.Errorf("%s: begin: %w", what, err)
	}
	defer tx.Rollback(context.WithoutCancel(ctx))
	if err := fn(tx); err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	return nil
}

// querier is what the pool and a transaction share.
type querier interface {
	Exec(ctx context.Context, sql string, args ...any) (pgconn.CommandTag, error)
	Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error)
	QueryRow(ctx context.Context, sql string, args ...any) pgx.Row
}

// each runs query and calls fn for every row.
func each(ctx context.Context, q querier, query string, args []any, fn func(pgx.Rows) error) error {
	rows, err := q.Query(ctx, query, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := fn(rows); err != nil {
			return err
		}
	}
	return rows.Err()
}

// batch queues statements to send in one round trip, remembering what each
// one writes for error messages.
type batch struct {
	b    pgx.Batch
	what []string
}

func (b *batch) add(what, sql string, args ...any) {
	b.b.Queue(sql, args...)
	b.what = append(b.what, what)
}

func (b *batch) run(ctx context.Context, tx pgx.Tx) error {
	if len(b.what) == 0 {
		return nil
	}
	br := tx.SendBatch(ctx, &b.b)
	for _, w := range b.what {
		if _, err := br.Exec(); err != nil {
			br.Close()
			return fmt.Errorf("%s: %w", w, err)
		}
	}
	return br.Close()
}

func jsonList(v []string) string {
	if len(v) == 0 {
		return "[]"
	}
	b, _ := json.Marshal(v)
	return string(b)
}

func parseList(s string) []string {
	if s == "" || s == "[]" {
		return nil
	}
	var v []string
	_ = json.Unmarshal([]byte(s), &v)
	return v
}

// limit returns the LIMIT argument: NULL means none.
func limit(n int) any {
	if n <= 0 {
		return nil
	}
	return n
}

func offset(n int) int {
	if n < 0 {
		return 0
	}
	return n
}

// where builds a WHERE clause; conditions are written with ? and numbered
// here.
type where struct {
	conds []string
	args  []any
}

func (w *where) add(cond string, args ...any) {
	var sb strings.Builder
	n := len(w.args)
	for _, r := range cond {
		if r == '?' {
			n++
			sb.WriteString("$" + strconv.Itoa(n))
			continue
		}
		sb.WriteRune(r)
	}
	w.conds = append(w.conds, sb.String())
	w.args = append(w.args, args...)
}

func (w *where) String() string {
	if len(w.conds) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(w.conds, " AND ")
}

// next returns the placeholder after the where arguments, plus k.
func (w *where) next(k int) string { return "$" + strconv.Itoa(len(w.args)+k) }
