// Package sqlite implements store.Store on one SQLite file with the pure-Go
// driver modernc.org/sqlite: WAL journal, a busy timeout, foreign keys on,
// IMMEDIATE write transactions, versioned migrations (schema.go) recorded in
// a schema_version table, and an FTS5 index for search. All SQLite dialect
// details stay in this package.
package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/dossier-osint/dossier/internal/store"

	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// BusyTimeout is how long a connection waits for a lock held by another.
const BusyTimeout = 10 * time.Second

// Store is a SQLite-backed store.Store.
type Store struct {
	db    *sql.DB // readers
	wdb   *sql.DB // the one writer connection: writes queue here, not in busy waits
	path  string
	stmts sync.Map // query -> *sql.Stmt, for statements run per row in writes
}

var _ store.Store = (*Store)(nil)

// readConns bounds the pooled reading connections.
const readConns = 16

// Open opens (creating if needed) the SQLite database at path and applies
// pending migrations. path is a file name; ":memory:" is refused because
// each pooled connection would see its own database.
func Open(ctx context.Context, path string) (*Store, error) {
	if path == "" || path == ":memory:" {
		return nil, fmt.Errorf("open sqlite %q: %w: need a file path", path, store.ErrInvalid)
	}
	q := url.Values{}
	q.Add("_pragma", fmt.Sprintf("busy_timeout(%d)", BusyTimeout.Milliseconds()))
	q.Add("_pragma", "journal_mode(WAL)")
	q.Add("_pragma", "foreign_keys(1)")
	q.Add("_pragma", "synchronous(NORMAL)")
	// Readers keep more pages than the default 2 MB and map the file, so
	// lists and searches do not read pages through system calls.
	q.Add("_pragma", "cache_size(-16384)")
	q.Add("_pragma", "mmap_size(268435456)")
	q.Set("_txlock", "immediate")
	dsn := "file:" + (&url.URL{Path: path}).EscapedPath() + "?" + q.Encode()
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("open sqlite %s: %w", path, err)
	}
	wdb, err := sql.Open("sqlite", dsn)
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("open sqlite %s: %w", path, err)
	}
	// Keep the readers' connections (and their page caches) open between
	// requests: database/sql keeps only two idle connections by default,
	// and a new connection reads the schema again.
	db.SetMaxIdleConns(readConns)
	db.SetMaxOpenConns(readConns)
	wdb.SetMaxOpenConns(1)
	wdb.SetMaxIdleConns(1)
	wdb.SetConnMaxIdleTime(0)
	wdb.SetConnMaxLifetime(0)
	s := &Store{db: db, wdb: wdb, path: path}
	if err := wdb.PingContext(ctx); err != nil {
		s.closeAll()
		return nil, fmt.Errorf("open sqlite %s: %w", path, err)
	}
	if err := s.Migrate(ctx); err != nil {
		s.closeAll()
		return nil, err
	}
	return s, nil
}

// DB returns the underlying handle, for tests and maintenance commands.
func (s *Store) DB() *sql.DB { return s.db }

// Close closes the database.
func (s *Store) Close() error {
	s.stmts.Range(func(k, v any) bool {
		v.(*sql.Stmt).Close()
		return true
	})
	if err := s.closeAll(); err != nil {
		return fmt.Errorf("close sqlite %s: %w", s.path, err)
	}
	return nil
}

func (s *Store) closeAll() error {
	return errors.Join(s.wdb.Close(), s.db.Close())
}

// Migrate applies the migrations not yet recorded in schema_version, all in
// one transaction.
func (s *Store) Migrate(ctx context.Context) error {
	return s.tx(ctx, "migrate "+s.path, func(wt *wtx) error {
		tx := wt.Tx // migrations hold several statements: never prepared
		if _, err := tx.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)`); err != nil {
			return err
		}
		var v int
		err := tx.QueryRowContext(ctx, `SELECT version FROM schema_version`).Scan(&v)
		switch {
		case errors.Is(err, sql.ErrNoRows):
			if _, err := tx.ExecContext(ctx, `INSERT INTO schema_version (version) VALUES (0)`); err != nil {
				return err
			}
		case err != nil:
			return err
		}
		if v > len(migrations) {
			return fmt.Errorf("schema version %d is newer than this program (%d)", v, len(migrations))
		}
		for i := v; i < len(migrations); i++ {
			if _, err := tx.ExecContext(ctx, migrations[i]); err != nil {
				return fmt.Errorf("migration %d: %w", i+1, err)
			}
		}
		if _, err := tx.ExecContext(ctx, `UPDATE schema_version SET version = ?`, len(migrations)); err != nil {
			return err
		}
		return nil
	})
}

// SchemaVersion returns the applied schema version.
func (s *Store) SchemaVersion(ctx context.Context) (int, error) {
	var v int
	if err := s.db.QueryRowContext(ctx, `SELECT version FROM schema_version`).Scan(&v); err != nil {
		return 0, fmt.Errorf("schema version of %s: %w", s.path, err)
	}
	return v, nil
}

// wtx is a write transaction whose ExecContext reuses prepared statements
// (preparing was half the cost of storing an article). Statements are
// prepared on the single writer connection between transactions: a
// statement first seen inside a transaction runs unprepared once and is
// prepared after it ends.
type wtx struct {
	*sql.Tx
	s      *Store
	missed []string
}

// ExecContext runs one statement through the statement cache.
func (t *wtx) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	if st, ok := t.s.stmts.Load(query); ok {
		return t.Tx.StmtContext(ctx, st.(*sql.Stmt)).ExecContext(ctx, args...)
	}
	t.missed = append(t.missed, query)
	return t.Tx.ExecContext(ctx, query, args...)
}

// prepare caches statements missed by a finished transaction.
func (s *Store) prepare(ctx context.Context, queries []string) {
	for _, q := range queries {
		if _, ok := s.stmts.Load(q); ok {
			continue
		}
		st, err := s.wdb.PrepareContext(ctx, q)
		if err != nil {
			continue // it will run unprepared
		}
		if _, loaded := s.stmts.LoadOrStore(q, st); loaded {
			st.Close()
		}
	}
}

// tx runs fn in a write transaction, committing when it returns nil.
// Errors are wrapped with what.
func (s *Store) tx(ctx context.Context, what string, fn func(*wtx) error) error {
	tx, err := s.wdb.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("%s: begin: %w", what, err)
	}
	w := &wtx{Tx: tx, s: s}
	defer func() {
		if len(w.missed) > 0 && ctx.Err() == nil {
			s.prepare(ctx, w.missed)
		}
	}()
	if err := fn(w); err != nil {
		tx.Rollback()
		return fmt.Errorf("%s: %w", what, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("%s: commit: %w", what, err)
	}
	return nil
}

// querier is what *sql.DB and *sql.Tx share.
type querier interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

func now() string { return time.Now().UTC().Format(time.RFC3339Nano) }

func parseTime(s sql.NullString) time.Time {
	if !s.Valid || s.String == "" {
		return time.Time{}
	}
	t, err := time.Parse(time.RFC3339Nano, s.String)
	if err != nil {
		return time.Time{}
	}
	return t
}

func jsonList(v []string) string {
	if len(v) == 0 {
		return "[]"
	}
	b, _ := json.Marshal(v)
	return string(b)
}

func parseList(s string) []string {
	var v []string
	if s == "" || s == "[]" {
		return nil
	}
	_ = json.Unmarshal([]byte(s), &v)
	return v
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func limit(n int) int {
	if n <= 0 {
		return -1
	}
	return n
}

func offset(n int) int {
	if n < 0 {
		return 0
	}
	return n
}

// where builds a WHERE clause from conditions.
type where struct {
	conds []string
	args  []any
}

func (w *where) add(cond string, args ...any) {
	w.conds = append(w.conds, cond)
	w.args = append(w.args, args...)
}

func (w *where) String() string {
	if len(w.conds) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(w.conds, " AND ")
}
