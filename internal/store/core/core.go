// Package core is dossier's one SQL store: every query is written here
// once, with ? placeholders, and runs on SQLite and PostgreSQL through a
// Driver that supplies what differs (the connection, placeholders, full-text
// search and snippets, locks, the migration files). internal/store/sqlite
// and internal/store/postgres hold only their driver; both pass the
// conformance suite internal/store/storetest.
//
// Conventions of the SQL here, so that it runs on both databases: booleans
// are bound as Go bools and written true/false; times are bound as
// time.Time (nil for NULL) and read through scanTime; case-insensitive
// comparison is lower(x) = lower(?); LIMIT and OFFSET are literal numbers
// (page); new ids come back with RETURNING id; no ? appears in string
// literals.
package core

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/dossier-osint/dossier/internal/doc"
	"github.com/dossier-osint/dossier/internal/store"
)

// Row is one result row. Its Scan returns store.ErrNotFound when the query
// matched nothing (drivers translate their own error, see MapRow).
type Row interface{ Scan(dest ...any) error }

// Rows is a result set.
type Rows interface {
	Row
	Next() bool
	Err() error
	Close() error
}

// Querier runs statements written with ? placeholders.
type Querier interface {
	// Exec runs a statement and returns the number of rows it changed.
	Exec(ctx context.Context, query string, args ...any) (int64, error)
	Query(ctx context.Context, query string, args ...any) (Rows, error)
	QueryRow(ctx context.Context, query string, args ...any) Row
}

// Tx is a write transaction.
type Tx interface {
	Querier
	// Queue adds a row write whose result is not needed; queued writes run
	// in order, before the next statement of the transaction at the
	// latest (one round trip on PostgreSQL, prepared statements on
	// SQLite). An error is reported by the next call, naming what.
	Queue(what, query string, args ...any)
	// Script runs several statements separated by semicolons, without
	// arguments (migrations).
	Script(ctx context.Context, sql string) error
}

// Copier is a Tx that writes plain rows (no RETURNING, no ON CONFLICT) in
// bulk, queued as Queue's statements are.
type Copier interface {
	Copy(what, table string, cols []string, rows [][]any)
}

// Driver is what a database gives the core.
type Driver interface {
	Querier // reads outside a transaction
	// ReadTx runs fn on one snapshot.
	ReadTx(ctx context.Context, fn func(Querier) error) error
	// WriteTx runs fn in a transaction committed when fn returns nil.
	WriteTx(ctx context.Context, fn func(Tx) error) error
	// MigrateTx runs the migration runner's fn in a write transaction
	// (the runner takes the migration lock).
	MigrateTx(ctx context.Context, fn func(Tx) error) error
	// Types gives the fields of the migration templates: the dialect's
	// types and, as "dialect", its name ("sqlite", "postgres").
	Types() map[string]string
	// Lock takes a lock held until the transaction ends, queued as
	// Tx.Queue's writes are (no-op where writers are serialized anyway).
	Lock(tx Tx, key int64)
	// ForUpdate is appended to a SELECT that locks the rows it reads (of
	// the table with that alias, when of is not "").
	ForUpdate(of string) string
	// IndexArticle adds a new article to the full-text index, queued as
	// Tx.Queue's writes are.
	IndexArticle(tx Tx, id int64, title, text string)
	// Search is the dialect's part of full-text search (see search.go).
	Search() SearchDialect
	// FinishImport makes ids allocated later follow the imported ones.
	FinishImport(ctx context.Context, tx Tx) error
	Name() string // for error messages: the path or the redacted URL
	Close() error
}

// MapRow is a driver's row whose "no rows" error reads as store.ErrNotFound.
type MapRow struct {
	Row
	NoRows error
}

// Scan implements Row.
func (r MapRow) Scan(dest ...any) error {
	if err := r.Row.Scan(dest...); !errors.Is(err, r.NoRows) {
		return err
	}
	return store.ErrNotFound
}

// Guard is a Querier that calls Before first and fails with its error: a
// write transaction's queued writes go (or report their error) before its
// next statement.
type Guard struct {
	Querier
	Before func() error
}

// Exec implements Querier.
func (g Guard) Exec(ctx context.Context, query string, args ...any) (int64, error) {
	if err := g.Before(); err != nil {
		return 0, err
	}
	return g.Querier.Exec(ctx, query, args...)
}

// Query implements Querier.
func (g Guard) Query(ctx context.Context, query string, args ...any) (Rows, error) {
	if err := g.Before(); err != nil {
		return nil, err
	}
	return g.Querier.Query(ctx, query, args...)
}

// QueryRow implements Querier.
func (g Guard) QueryRow(ctx context.Context, query string, args ...any) Row {
	if err := g.Before(); err != nil {
		return errRow{err}
	}
	return g.Querier.QueryRow(ctx, query, args...)
}

type errRow struct{ err error }

func (r errRow) Scan(...any) error { return r.err }

// Lock keys (PostgreSQL advisory locks).
const (
	lockGroups  = 0x67727073 // "grps": group changes may merge groups
	lockMigrate = 0x646f7373 // "doss": Migrate
)

// Store implements store.Store and every store interface on a Driver.
type Store struct {
	d Driver
}

var _ store.Store = (*Store)(nil) // and so every interface Store embeds

// New returns the store on d; it does not migrate (Open functions call
// Migrate).
func New(d Driver) *Store { return &Store{d: d} }

// Close closes the database.
func (s *Store) Close() error {
	if err := s.d.Close(); err != nil {
		return fmt.Errorf("close %s: %w", s.d.Name(), err)
	}
	return nil
}

// What a write changes: what pages show (counted in the store's
// generation, see Generation), or what no page shows (signatures, feed
// items, tokens).
const (
	shown = true
	quiet = false
)

// write runs fn in a write transaction, counting a shown change in the
// generation. Errors are wrapped with what.
func (s *Store) write(ctx context.Context, what string, bump bool, fn func(Tx) error) error {
	err := s.d.WriteTx(ctx, func(tx Tx) error {
		if err := fn(tx); err != nil {
			return err
		}
		if bump {
			// last, so that PostgreSQL holds the row lock only to the commit
			if _, err := tx.Exec(ctx, `UPDATE store_state SET generation = generation + 1`); err != nil {
				return fmt.Errorf("generation: %w", err)
			}
		}
		return nil
	})
	if err != nil && !errors.Is(err, errUnchanged) {
		return fmt.Errorf("%s: %w", what, err)
	}
	return nil
}

// update runs one statement that must change a row (ErrNotFound otherwise).
func (s *Store) update(ctx context.Context, what string, bump bool, query string, args ...any) error {
	return s.write(ctx, what, bump, func(tx Tx) error { return notFound(tx.Exec(ctx, query, args...)) })
}

// errUnchanged ends a write transaction that found nothing to write: it is
// rolled back and the write reports success.
var errUnchanged = errors.New("unchanged")

// read runs fn on one snapshot.
func (s *Store) read(ctx context.Context, what string, fn func(Querier) error) error {
	if err := s.d.ReadTx(ctx, fn); err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	return nil
}

// Generation implements store.Store.
func (s *Store) Generation(ctx context.Context) (int64, error) {
	var g int64
	if err := s.d.QueryRow(ctx, `SELECT generation FROM store_state`).Scan(&g); err != nil {
		return 0, fmt.Errorf("generation of %s: %w", s.d.Name(), err)
	}
	return g, nil
}

// Each runs query and calls fn for every row.
func Each(ctx context.Context, q Querier, query string, args []any, fn func(Row) error) error {
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

// list runs query and returns what scan makes of each row; an error names
// what was listed.
func list[T any](ctx context.Context, q Querier, what, query string, args []any, scan func(Row) (T, error)) ([]T, error) {
	var out []T
	err := Each(ctx, q, query, args, func(r Row) error {
		x, err := scan(r)
		out = append(out, x)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	return out, nil
}

// walk runs query and calls fn with what scan makes of each row; an error,
// fn's included, names what was walked.
func walk[T any](ctx context.Context, q Querier, what, query string, scan func(Row) (T, error), fn func(T) error) error {
	err := Each(ctx, q, query, nil, func(r Row) error {
		x, err := scan(r)
		if err != nil {
			return err
		}
		return fn(x)
	})
	if err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	return nil
}

// fields makes a scanner of a T from the pointers to its fields, in the
// order of the query's columns.
func fields[T any](ptrs func(*T) []any) func(Row) (T, error) {
	return func(r Row) (T, error) {
		var x T
		err := r.Scan(ptrs(&x)...)
		return x, err
	}
}

// scalar scans a one-column row.
func scalar[T any](r Row) (T, error) {
	var v T
	err := r.Scan(&v)
	return v, err
}

// pageOf counts the rows of count and lists the window of query, on one
// snapshot; a window past the end reads no rows.
func pageOf[T any](ctx context.Context, s *Store, what, count, query string, args []any, limit, offset int,
	scan func(Row) (T, error)) ([]T, int, error) {
	var out []T
	var total int
	err := s.read(ctx, what, func(q Querier) error {
		if err := q.QueryRow(ctx, count, args...).Scan(&total); err != nil {
			return fmt.Errorf("count: %w", err)
		}
		if limit > 0 && offset >= total {
			return nil
		}
		var err error
		out, err = list(ctx, q, "list", query+Page(limit, offset), args, scan)
		return err
	})
	if err != nil {
		return nil, 0, err
	}
	return out, total, nil
}

// notFound reports a changed-nothing write as store.ErrNotFound.
func notFound(n int64, err error) error {
	if err == nil && n == 0 {
		return store.ErrNotFound
	}
	return err
}

// Where builds a WHERE clause.
type Where struct {
	conds []string
	Args  []any
}

// Add adds a condition with its arguments.
func (w *Where) Add(cond string, args ...any) {
	w.conds = append(w.conds, cond)
	w.Args = append(w.Args, args...)
}

// AddIf adds the condition when ok.
func (w *Where) AddIf(ok bool, cond string, args ...any) {
	if ok {
		w.Add(cond, args...)
	}
}

// Len is the number of conditions.
func (w *Where) Len() int { return len(w.conds) }

func (w *Where) String() string {
	if len(w.conds) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(w.conds, " AND ")
}

// Page renders LIMIT and OFFSET; limit 0 means none.
func Page(limit, offset int) string {
	if limit <= 0 && offset <= 0 {
		return ""
	}
	if limit <= 0 {
		limit = 1<<62 - 1 // "no limit" that both databases accept
	}
	return " LIMIT " + strconv.Itoa(limit) + " OFFSET " + strconv.Itoa(max(offset, 0))
}

// scanTime reads a time column: a time.Time (PostgreSQL), an RFC 3339 text
// (SQLite) or NULL (the zero time).
type scanTime struct{ t *time.Time }

func (s scanTime) Scan(src any) error {
	var v string
	switch x := src.(type) {
	case time.Time:
		*s.t = x.UTC()
		return nil
	case string:
		v = x
	case []byte:
		v = string(x)
	case nil:
	default:
		return fmt.Errorf("time column holds %T", src)
	}
	*s.t = time.Time{}
	if v == "" {
		return nil
	}
	t, err := time.Parse(time.RFC3339Nano, v)
	if err != nil {
		return fmt.Errorf("time column: %w", err)
	}
	*s.t = t.UTC()
	return nil
}

func tm(t *time.Time) scanTime { return scanTime{t} }

// null is v, or NULL for the zero value (no time, id or text).
func null[T comparable](v T) any {
	var zero T
	if v == zero {
		return nil
	}
	return v
}

func jsonList(v []string) string {
	if len(v) == 0 {
		return "[]"
	}
	b, _ := json.Marshal(v)
	return string(b)
}

// scanList reads a jsonList column: NULL, "" and "[]" are nil, and so is
// what does not parse.
type scanList struct{ v *[]string }

func (s scanList) Scan(src any) error {
	b, _ := src.([]byte)
	if t, ok := src.(string); ok {
		b = []byte(t)
	}
	*s.v = nil
	if len(b) > 0 && string(b) != "[]" && json.Unmarshal(b, s.v) != nil {
		*s.v = nil
	}
	return nil
}

func strs(v *[]string) scanList { return scanList{v} }

// Text makes a string storable the same way in both databases: PostgreSQL
// refuses NUL bytes and invalid UTF-8 in text, so both stores write each NUL
// as a space and each byte of invalid UTF-8 as '?'. Lengths do not change,
// so annotation spans still hold. Drivers pass every string argument
// through it.
func Text(s string) string {
	if utf8.ValidString(s) && strings.IndexByte(s, 0) < 0 {
		return s
	}
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			b = append(b, '?')
		case r == 0:
			b = append(b, ' ')
		default:
			b = append(b, s[i:i+n]...)
		}
		i += n
	}
	return string(b)
}

// TextArgs applies Text to the string arguments (in place) and returns args.
func TextArgs(args []any) []any {
	for i, a := range args {
		if s, ok := a.(string); ok {
			args[i] = Text(s)
		}
	}
	return args
}

func bound(v doc.Value) string { return cmp.Or(v.Bound, doc.BoundExact) }
