// Package postgres runs dossier's store (internal/store/core) on PostgreSQL
// with pgx/v5: $n placeholders, row writes sent as one pgx.Batch, row locks
// and advisory locks where SQLite has its single writer, the migrations in
// migrations/*.sql applied under an advisory lock, and full-text search with
// a generated tsvector column (search.go). Everything here is what
// PostgreSQL does differently; the queries are in package core.
package postgres

import (
	"context"
	"embed"
	"fmt"
	"io/fs"
	"net/url"
	"strconv"
	"strings"
	"sync"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/dossier-osint/dossier/internal/store"
	"github.com/dossier-osint/dossier/internal/store/core"
)

//go:embed migrations/*.sql
var migrationFiles embed.FS

// Store is the store on a PostgreSQL database.
type Store struct {
	*core.Store
	d *driver
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
	d := &driver{querier: querier{pool}, pool: pool, name: name}
	s := &Store{Store: core.New(d), d: d}
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

// Pool returns the connection pool, for the job queue, tests and
// maintenance commands.
func (s *Store) Pool() *pgxpool.Pool { return s.d.pool }

// driver implements core.Driver; its Querier reads.
type driver struct {
	querier
	pool *pgxpool.Pool
	name string
}

func (d *driver) Name() string                                                       { return d.name }
func (d *driver) Migrations() fs.FS                                                  { sub, _ := fs.Sub(migrationFiles, "migrations"); return sub }
func (d *driver) Search() core.SearchDialect                                         { return search{} }
func (d *driver) Close() error                                                       { d.pool.Close(); return nil }
func (d *driver) IndexArticle(context.Context, core.Tx, int64, string, string) error { return nil } // generated column

// ForUpdate implements core.Driver.
func (d *driver) ForUpdate(of string) string {
	if of != "" {
		return " FOR UPDATE OF " + of
	}
	return " FOR UPDATE"
}

// Lock implements core.Driver with a transaction advisory lock.
func (d *driver) Lock(ctx context.Context, tx core.Tx, key int64) error {
	_, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock(?)`, key)
	return err
}

// FinishImport implements core.Driver: identity sequences move past the
// imported ids (for claims, past the removed claims' ids too).
func (d *driver) FinishImport(ctx context.Context, tx core.Tx) error {
	for _, t := range []struct{ table, max string }{
		{"articles", "SELECT MAX(id) FROM articles"},
		{"claims", "SELECT MAX(id) FROM (SELECT id FROM claims UNION ALL SELECT id FROM claim_tombstones) x"},
		{"claim_audit", "SELECT MAX(id) FROM claim_audit"},
		{"article_groups", "SELECT MAX(id) FROM article_groups"},
	} {
		if err := tx.Script(ctx, `SELECT setval(pg_get_serial_sequence('`+t.table+`', 'id'), COALESCE((`+t.max+`), 0) + 1, false)`); err != nil {
			return fmt.Errorf("sequence of %s: %w", t.table, err)
		}
	}
	return nil
}

// rebound caches queries with ? turned into $1, $2...
var rebound sync.Map

func rebind(q string) string {
	if v, ok := rebound.Load(q); ok {
		return v.(string)
	}
	var sb strings.Builder
	n := 0
	for _, r := range q {
		if r == '?' {
			n++
			sb.WriteString("$" + strconv.Itoa(n))
			continue
		}
		sb.WriteRune(r)
	}
	rebound.Store(q, sb.String())
	return sb.String()
}

func args(a []any) []any { return core.TextArgs(a) }

// pgQuerier is what the pool and a transaction share.
type pgQuerier interface {
	Exec(ctx context.Context, sql string, args ...any) (pgconn.CommandTag, error)
	Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error)
	QueryRow(ctx context.Context, sql string, args ...any) pgx.Row
}

type querier struct{ q pgQuerier }

func (q querier) Exec(ctx context.Context, query string, a ...any) (int64, error) {
	tag, err := q.q.Exec(ctx, rebind(query), args(a)...)
	return tag.RowsAffected(), err
}

func (q querier) Query(ctx context.Context, query string, a ...any) (core.Rows, error) {
	rs, err := q.q.Query(ctx, rebind(query), args(a)...)
	if err != nil {
		return nil, err
	}
	return rows{rs}, nil
}

func (q querier) QueryRow(ctx context.Context, query string, a ...any) core.Row {
	return core.MapRow{Row: q.q.QueryRow(ctx, rebind(query), args(a)...), NoRows: pgx.ErrNoRows}
}

type rows struct{ pgx.Rows }

func (r rows) Close() error { r.Rows.Close(); return r.Rows.Err() }

// ReadTx implements core.Driver: a read-only repeatable-read transaction.
func (d *driver) ReadTx(ctx context.Context, fn func(core.Querier) error) error {
	tx, err := d.pool.BeginTx(ctx, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly})
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	defer tx.Rollback(context.WithoutCancel(ctx))
	return fn(querier{tx})
}

// wtx is a write transaction whose queued row writes go as one batch,
// before its next statement or its commit.
type wtx struct {
	core.Guard
	ctx  context.Context
	tx   pgx.Tx
	b    pgx.Batch
	what []string
}

func (t *wtx) Queue(what, query string, a ...any) {
	t.b.Queue(rebind(query), args(a)...)
	t.what = append(t.what, what)
}

// flush sends the queued writes.
func (t *wtx) flush() error {
	if len(t.what) == 0 {
		return nil
	}
	b, what := t.b, t.what
	t.b, t.what = pgx.Batch{}, nil
	br := t.tx.SendBatch(t.ctx, &b)
	for _, w := range what {
		if _, err := br.Exec(); err != nil {
			br.Close()
			return fmt.Errorf("%s: %w", w, err)
		}
	}
	return br.Close()
}

// Script implements core.Tx: without arguments pgx uses the simple
// protocol, which runs several statements.
func (t *wtx) Script(ctx context.Context, sql string) error {
	if err := t.flush(); err != nil {
		return err
	}
	_, err := t.tx.Exec(ctx, sql)
	return err
}

// WriteTx implements core.Driver.
func (d *driver) WriteTx(ctx context.Context, fn func(core.Tx) error) error {
	tx, err := d.pool.Begin(ctx)
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	w := &wtx{ctx: ctx, tx: tx}
	w.Guard = core.Guard{Querier: querier{tx}, Before: w.flush}
	err = fn(w)
	if err == nil {
		err = w.flush()
	}
	if err != nil {
		tx.Rollback(context.WithoutCancel(ctx))
		return err
	}
	if err := tx.Commit(ctx); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	return nil
}

// MigrateTx implements core.Driver: migrations run under an advisory lock,
// so that two processes starting at once apply them once.
func (d *driver) MigrateTx(ctx context.Context, fn func(core.Tx) error) error {
	return d.WriteTx(ctx, func(tx core.Tx) error {
		if err := d.Lock(ctx, tx, core.LockMigrate); err != nil {
			return err
		}
		return fn(tx)
	})
}
