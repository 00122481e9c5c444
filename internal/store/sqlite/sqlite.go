// Package sqlite runs dossier's store (internal/store/core) on one SQLite
// file with the pure-Go driver modernc.org/sqlite: WAL journal, a busy
// timeout, foreign keys on, one writer connection with IMMEDIATE
// transactions and prepared statements, a pool of readers, the migrations in
// migrations/*.sql, and FTS5 for search (search.go). Everything here is
// what SQLite does differently; the queries are in package core.
package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"sync"
	"sync/atomic"
	"time"

	"github.com/dossier-osint/dossier/internal/store"
	"github.com/dossier-osint/dossier/internal/store/core"

	"modernc.org/sqlite" // registers the "sqlite" driver
	sqlite3 "modernc.org/sqlite/lib"
)

// BusyTimeout is how long a connection waits for a lock held by another.
const BusyTimeout = 10 * time.Second

// readConns bounds the pooled reading connections.
const readConns = 16

// Store is the store on a SQLite file.
type Store struct {
	*core.Store
	d *driver
}

// Open opens (creating if needed) the SQLite database at path and applies
// pending migrations. path is a file name; ":memory:" is refused because
// each pooled connection would see its own database.
func Open(ctx context.Context, path string) (*Store, error) {
	if path == "" || path == ":memory:" {
		return nil, fmt.Errorf("open sqlite %q: %w: need a file path", path, store.ErrInvalid)
	}
	dsn := dataSource(path)
	d := &driver{path: path}
	var err error
	if d.db, err = sql.Open("sqlite", dsn); err == nil {
		d.wdb, err = sql.Open("sqlite", dsn)
	}
	if err != nil {
		d.Close()
		return nil, fmt.Errorf("open sqlite %s: %w", path, err)
	}
	// Keep the readers' connections (and their page caches) open between
	// requests; one writer connection, so writes queue here, not in busy
	// waits.
	d.db.SetMaxIdleConns(readConns)
	d.db.SetMaxOpenConns(readConns)
	d.wdb.SetMaxOpenConns(1) // and so one idle, kept (database/sql sets no lifetime)
	d.reads, d.writes = &stmts{db: d.db}, &stmts{db: d.wdb}
	d.querier = querier{c: d.reads}
	s := &Store{Store: core.New(d), d: d}
	if err := ping(ctx, d.wdb); err != nil {
		d.Close()
		return nil, fmt.Errorf("open sqlite %s: %w", path, err)
	}
	if err := s.Migrate(ctx); err != nil {
		d.Close()
		return nil, err
	}
	return s, nil
}

// ping connects the writer. Turning a brand-new file to WAL, a pragma of
// every connection, takes a lock that SQLite's busy timeout does not wait
// for, so an open that races another process's first open of the file can
// fail at once with SQLITE_BUSY; it is tried again until BusyTimeout.
func ping(ctx context.Context, db *sql.DB) error {
	deadline := time.Now().Add(BusyTimeout)
	for wait := time.Millisecond; ; wait = min(2*wait, 100*time.Millisecond) {
		err := db.PingContext(ctx)
		var se *sqlite.Error
		if err == nil || !errors.As(err, &se) || se.Code()&0xff != sqlite3.SQLITE_BUSY || time.Now().After(deadline) {
			return err
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(wait):
		}
	}
}

// dataSource is the modernc DSN of the file, with the connection settings.
func dataSource(path string) string {
	q := url.Values{}
	q.Add("_pragma", fmt.Sprintf("busy_timeout(%d)", BusyTimeout.Milliseconds()))
	q.Add("_pragma", "journal_mode(WAL)")
	q.Add("_pragma", "foreign_keys(1)")
	q.Add("_pragma", "synchronous(NORMAL)")
	// Statement journals (kept while a multi-row INSERT runs, to undo it
	// alone) in memory: spilled to a temporary file, their writes were 5%
	// of the CPU of an ingest.
	q.Add("_pragma", "temp_store(MEMORY)")
	// The writer copies the log into the file every 8,192 pages (32 MiB)
	// rather than every 1,000: a checkpoint writes each page once however
	// many commits changed it, and fsyncs both files.
	q.Add("_pragma", "wal_autocheckpoint(8192)")
	// Readers keep more pages than the default 2 MB and map the file, so
	// lists and searches do not read pages through system calls.
	q.Add("_pragma", "cache_size(-16384)")
	q.Add("_pragma", "mmap_size(268435456)")
	q.Set("_txlock", "immediate")
	return "file:" + (&url.URL{Path: path}).EscapedPath() + "?" + q.Encode()
}

// OpenDB opens another handle on the store's file with the same settings
// and one connection, for the job queue (River's SQLite driver wants one).
func (s *Store) OpenDB() (*sql.DB, error) {
	db, err := sql.Open("sqlite", dataSource(s.d.path))
	if err != nil {
		return nil, fmt.Errorf("open sqlite %s: %w", s.d.path, err)
	}
	db.SetMaxOpenConns(1)
	return db, nil
}

// driver implements core.Driver; its Querier reads.
type driver struct {
	querier
	db     *sql.DB // readers
	wdb    *sql.DB // the one writer connection
	path   string
	reads  *stmts
	writes *stmts
}

func (d *driver) Name() string               { return d.path }
func (d *driver) ForUpdate(string) string    { return "" } // the one writer holds the database
func (d *driver) Search() core.SearchDialect { return search{} }

// Lock implements core.Driver: writes are serialized by the one writer.
func (d *driver) Lock(core.Tx, int64) {}

// IndexArticle implements core.Driver: the transaction's new articles are
// indexed together before it commits. FTS5 flushes what it holds in memory
// to a new segment whenever a statement of the transaction begins, so one
// INSERT per article wrote one small segment each (and merged them later).
func (d *driver) IndexArticle(tx core.Tx, id int64, title, text string) {
	w := tx.(*wtx)
	w.fts = append(w.fts, []any{id, title, text})
}

// flushIndex indexes the transaction's new articles, several in each INSERT.
func (t *wtx) flushIndex() {
	core.QueueRows(t, "new articles", "articles_fts", []string{"rowid", "title", "text"}, "", t.fts)
}

// FinishImport implements core.Driver: SQLite gives new rows the largest
// id plus one, except claims, whose AUTOINCREMENT counter must also pass
// the ids of removed claims (tombstones).
func (d *driver) FinishImport(ctx context.Context, tx core.Tx) error {
	_, err := tx.Exec(ctx, `INSERT OR REPLACE INTO sqlite_sequence (name, seq) SELECT 'claims',
		MAX(COALESCE((SELECT MAX(id) FROM claims), 0), COALESCE((SELECT MAX(id) FROM claim_tombstones), 0),
		COALESCE((SELECT seq FROM sqlite_sequence WHERE name = 'claims'), 0))`)
	return err
}

// Close implements core.Driver; closing a handle closes its connections'
// prepared statements (the caches' included).
func (d *driver) Close() error {
	var errs []error
	for _, db := range []*sql.DB{d.wdb, d.db} {
		if db != nil {
			errs = append(errs, db.Close())
		}
	}
	return errors.Join(errs...)
}

// args converts arguments: times as RFC 3339 text (the driver would write
// time.Time in Go's String form), strings through core.Text.
func args(in []any) []any {
	for i, a := range core.TextArgs(in) {
		if t, ok := a.(time.Time); ok {
			in[i] = t.UTC().Format(time.RFC3339Nano)
		}
	}
	return in
}

// stmts caches prepared statements of one handle (preparing was half the
// cost of storing an article, and of reading one). A statement first seen
// inside a transaction runs unprepared and is prepared after it ends: the
// transaction holds a connection the preparing would wait for.
type stmts struct {
	db *sql.DB
	m  sync.Map // query -> *sql.Stmt
	n  atomic.Int32
}

// maxStmts bounds a cache (queries with literal windows vary).
const maxStmts = 2000

func (c *stmts) prepare(ctx context.Context, queries ...string) {
	for _, q := range queries {
		if _, ok := c.m.Load(q); ok || c.n.Load() >= maxStmts || ctx.Err() != nil {
			continue
		}
		if st, err := c.db.PrepareContext(ctx, q); err == nil {
			if _, loaded := c.m.LoadOrStore(q, st); loaded {
				st.Close()
			} else {
				c.n.Add(1)
			}
		}
	}
}

// querier runs core's statements on the handle, or on tx when set.
type querier struct {
	c      *stmts
	tx     *sql.Tx
	missed *[]string // in a transaction: statements to prepare after it
}

// on returns what runs query: its cached statement (bound to the
// transaction), else the transaction or the handle.
func (q querier) on(ctx context.Context, query string) sqlQuerier {
	v, ok := q.c.m.Load(query)
	switch {
	case ok && q.tx != nil:
		return stmt{q.tx.StmtContext(ctx, v.(*sql.Stmt))}
	case ok:
		return stmt{v.(*sql.Stmt)}
	case q.tx != nil:
		*q.missed = append(*q.missed, query)
		return q.tx
	}
	q.c.prepare(ctx, query)
	if v, ok := q.c.m.Load(query); ok {
		return stmt{v.(*sql.Stmt)}
	}
	return q.c.db
}

// sqlQuerier is what *sql.DB, *sql.Tx and stmt share.
type sqlQuerier interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// stmt is a prepared statement run as its query.
type stmt struct{ s *sql.Stmt }

func (s stmt) ExecContext(ctx context.Context, _ string, a ...any) (sql.Result, error) {
	return s.s.ExecContext(ctx, a...)
}
func (s stmt) QueryContext(ctx context.Context, _ string, a ...any) (*sql.Rows, error) {
	return s.s.QueryContext(ctx, a...)
}
func (s stmt) QueryRowContext(ctx context.Context, _ string, a ...any) *sql.Row {
	return s.s.QueryRowContext(ctx, a...)
}

func (q querier) Exec(ctx context.Context, query string, a ...any) (int64, error) {
	res, err := q.on(ctx, query).ExecContext(ctx, query, args(a)...)
	if err != nil {
		return 0, err
	}
	return res.RowsAffected()
}

func (q querier) Query(ctx context.Context, query string, a ...any) (core.Rows, error) {
	rows, err := q.on(ctx, query).QueryContext(ctx, query, args(a)...)
	if err != nil {
		return nil, err
	}
	return rows, nil
}

func (q querier) QueryRow(ctx context.Context, query string, a ...any) core.Row {
	return core.MapRow{Row: q.on(ctx, query).QueryRowContext(ctx, query, args(a)...), NoRows: sql.ErrNoRows}
}

// ReadTx implements core.Driver with a deferred read-only transaction.
func (d *driver) ReadTx(ctx context.Context, fn func(core.Querier) error) error {
	tx, err := d.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	var missed []string
	err = fn(querier{c: d.reads, tx: tx, missed: &missed})
	tx.Rollback()
	d.reads.prepare(ctx, missed...)
	return err
}

// wtx is a write transaction on the one writer connection.
type wtx struct {
	core.Guard
	ctx context.Context
	q   querier
	err error   // of a queued write
	fts [][]any // id, title, text of each article to index (IndexArticle)
}

func (t *wtx) Queue(what, query string, a ...any) {
	if t.err != nil {
		return
	}
	if _, err := t.q.Exec(t.ctx, query, a...); err != nil {
		t.err = fmt.Errorf("%s: %w", what, err)
	}
}

func (t *wtx) Script(ctx context.Context, sql string) error {
	_, err := t.q.tx.ExecContext(ctx, sql)
	return err
}

// WriteTx implements core.Driver.
func (d *driver) WriteTx(ctx context.Context, fn func(core.Tx) error) error {
	tx, err := d.wdb.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	var missed []string
	w := &wtx{ctx: ctx, q: querier{c: d.writes, tx: tx, missed: &missed}}
	w.Guard = core.Guard{Querier: w.q, Before: func() error { return w.err }}
	defer func() { d.writes.prepare(ctx, missed...) }()
	if err := fn(w); err != nil {
		tx.Rollback()
		return err
	}
	if w.flushIndex(); w.err != nil {
		tx.Rollback()
		return w.err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	return nil
}

// MigrateTx implements core.Driver. Foreign keys are off while migrations
// run (SQLite's way of rebuilding a table that others refer to) and
// checked before the commit.
func (d *driver) MigrateTx(ctx context.Context, fn func(core.Tx) error) error {
	if _, err := d.wdb.ExecContext(ctx, `PRAGMA foreign_keys = OFF`); err != nil {
		return err
	}
	defer d.wdb.ExecContext(context.WithoutCancel(ctx), `PRAGMA foreign_keys = ON`)
	return d.WriteTx(ctx, func(tx core.Tx) error {
		if err := fn(tx); err != nil {
			return err
		}
		var table string
		var rowid, parent, fk any
		err := tx.QueryRow(ctx, `PRAGMA foreign_key_check`).Scan(&table, &rowid, &parent, &fk)
		if err == nil {
			return fmt.Errorf("foreign key check: row %v of %s refers to a missing row of %v", rowid, table, parent)
		}
		if errors.Is(err, store.ErrNotFound) {
			return nil
		}
		return err
	})
}

// Types implements core.Driver.
func (d *driver) Types() map[string]string {
	return map[string]string{"dialect": "sqlite", "id": "INTEGER PRIMARY KEY", "seq": "INTEGER PRIMARY KEY AUTOINCREMENT",
		"ref": "INTEGER", "int": "INTEGER", "real": "REAL", "bool": "INTEGER", "false": "0", "time": "TEXT",
		"blob": "BLOB", "now": ""}
}
