package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/dossier-osint/dossier/internal/store"
)

var (
	_ store.SourceStore = (*Store)(nil)
	_ store.AlertStore  = (*Store)(nil)
)

// sourcesMigration creates the watcher's tables: feeds being watched, their
// items with a state per step, and fired alerts with their webhook delivery
// state. Appended to migrations (see schema.go).
const sourcesMigration = `
CREATE TABLE watch_sources (
	id            INTEGER PRIMARY KEY,
	url           TEXT NOT NULL UNIQUE,
	interval_ms   INTEGER NOT NULL DEFAULT 0,
	etag          TEXT NOT NULL DEFAULT '',
	last_modified TEXT NOT NULL DEFAULT '',
	polls         INTEGER NOT NULL DEFAULT 0,
	not_modified  INTEGER NOT NULL DEFAULT 0,
	failures      INTEGER NOT NULL DEFAULT 0,
	unhealthy     INTEGER NOT NULL DEFAULT 0,
	last_error    TEXT NOT NULL DEFAULT '',
	last_poll     TEXT,
	last_ok       TEXT,
	created_at    TEXT NOT NULL
);
CREATE TABLE watch_items (
	id         INTEGER PRIMARY KEY,
	source_id  INTEGER NOT NULL REFERENCES watch_sources (id) ON DELETE CASCADE,
	key        TEXT NOT NULL,
	url        TEXT NOT NULL,
	title      TEXT NOT NULL DEFAULT '',
	published  TEXT NOT NULL DEFAULT '',
	state      TEXT NOT NULL CHECK (state IN ('pending', 'fetched', 'done', 'failed')),
	attempts   INTEGER NOT NULL DEFAULT 0,
	body       BLOB,
	final_url  TEXT NOT NULL DEFAULT '',
	article_id INTEGER,
	error      TEXT NOT NULL DEFAULT '',
	updated_at TEXT NOT NULL,
	UNIQUE (source_id, key)
);
CREATE INDEX watch_items_state ON watch_items (state, id);
CREATE TABLE alert_events (
	id           INTEGER PRIMARY KEY,
	key          TEXT NOT NULL UNIQUE,
	rule         TEXT NOT NULL,
	topic        TEXT NOT NULL DEFAULT '',
	fired_when   TEXT NOT NULL DEFAULT '',
	title        TEXT NOT NULL DEFAULT '',
	message      TEXT NOT NULL DEFAULT '',
	article_id   INTEGER NOT NULL DEFAULT 0,
	claim_id     INTEGER NOT NULL DEFAULT 0,
	url          TEXT NOT NULL DEFAULT '',
	payload      TEXT NOT NULL DEFAULT '',
	created_at   TEXT NOT NULL,
	delivery     TEXT NOT NULL CHECK (delivery IN ('pending', 'sent', 'dead')),
	attempts     INTEGER NOT NULL DEFAULT 0,
	last_error   TEXT NOT NULL DEFAULT '',
	next_attempt INTEGER NOT NULL DEFAULT 0, -- unix nanoseconds
	delivered_at TEXT
);
CREATE INDEX alert_events_delivery ON alert_events (delivery, next_attempt);
`

func fmtTime(t time.Time) sql.NullString {
	if t.IsZero() {
		return sql.NullString{}
	}
	return sql.NullString{String: t.UTC().Format(time.RFC3339Nano), Valid: true}
}

const sourceCols = `id, url, interval_ms, etag, last_modified, polls, not_modified, failures, unhealthy,
	last_error, last_poll, last_ok, created_at`

func scanSource(r interface{ Scan(...any) error }) (store.Source, error) {
	var s store.Source
	var ms int64
	var unhealthy int
	var lastPoll, lastOK sql.NullString
	var created string
	err := r.Scan(&s.ID, &s.URL, &ms, &s.ETag, &s.LastModified, &s.Polls, &s.NotModified, &s.Failures,
		&unhealthy, &s.LastError, &lastPoll, &lastOK, &created)
	s.Interval = time.Duration(ms) * time.Millisecond
	s.Unhealthy = unhealthy != 0
	s.LastPoll, s.LastOK = parseTime(lastPoll), parseTime(lastOK)
	s.CreatedAt = parseTime(sql.NullString{String: created, Valid: true})
	return s, err
}

// AddSource implements store.SourceStore.
func (s *Store) AddSource(ctx context.Context, url string, interval time.Duration) (*store.Source, bool, error) {
	url = strings.TrimSpace(url)
	if url == "" {
		return nil, false, fmt.Errorf("add source: %w: empty URL", store.ErrInvalid)
	}
	if interval < 0 {
		return nil, false, fmt.Errorf("add source %s: %w: negative interval", url, store.ErrInvalid)
	}
	var created bool
	var id int64
	err := s.tx(ctx, "add source "+url, func(tx *wtx) error {
		err := tx.QueryRowContext(ctx, `SELECT id FROM watch_sources WHERE url = ?`, url).Scan(&id)
		switch {
		case errors.Is(err, sql.ErrNoRows):
			res, err := tx.Tx.ExecContext(ctx, `INSERT INTO watch_sources (url, interval_ms, created_at) VALUES (?,?,?)`,
				url, interval.Milliseconds(), now())
			if err != nil {
				return err
			}
			id, err = res.LastInsertId()
			created = true
			return err
		case err != nil:
			return err
		}
		_, err = tx.Tx.ExecContext(ctx, `UPDATE watch_sources SET interval_ms = ? WHERE id = ?`, interval.Milliseconds(), id)
		return err
	})
	if err != nil {
		return nil, false, err
	}
	src, err := s.Source(ctx, id)
	return src, created, err
}

// Source implements store.SourceStore.
func (s *Store) Source(ctx context.Context, id int64) (*store.Source, error) {
	src, err := scanSource(s.db.QueryRowContext(ctx, `SELECT `+sourceCols+` FROM watch_sources WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("source %d: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("source %d: %w", id, err)
	}
	counts, err := s.itemCounts(ctx, id)
	if err != nil {
		return nil, fmt.Errorf("source %d: %w", id, err)
	}
	src.Items = counts[id]
	return &src, nil
}

// itemCounts counts items per source and state (every source when id is 0).
func (s *Store) itemCounts(ctx context.Context, id int64) (map[int64]map[string]int, error) {
	out := map[int64]map[string]int{}
	q := `SELECT source_id, state, COUNT(*) FROM watch_items`
	var args []any
	if id != 0 {
		q += ` WHERE source_id = ?`
		args = append(args, id)
	}
	q += ` GROUP BY source_id, state`
	err := each(ctx, s.db, q, args, func(r *sql.Rows) error {
		var sid int64
		var state string
		var n int
		if err := r.Scan(&sid, &state, &n); err != nil {
			return err
		}
		if out[sid] == nil {
			out[sid] = map[string]int{}
		}
		out[sid][state] = n
		return nil
	})
	return out, err
}

// ListSources implements store.SourceStore.
func (s *Store) ListSources(ctx context.Context) ([]store.Source, error) {
	var out []store.Source
	err := each(ctx, s.db, `SELECT `+sourceCols+` FROM watch_sources ORDER BY id`, nil, func(r *sql.Rows) error {
		src, err := scanSource(r)
		if err == nil {
			out = append(out, src)
		}
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("list sources: %w", err)
	}
	counts, err := s.itemCounts(ctx, 0)
	if err != nil {
		return nil, fmt.Errorf("list sources: %w", err)
	}
	for i := range out {
		out[i].Items = counts[out[i].ID]
	}
	return out, nil
}

// RemoveSource implements store.SourceStore.
func (s *Store) RemoveSource(ctx context.Context, id int64) error {
	return s.tx(ctx, fmt.Sprintf("remove source %d", id), func(tx *wtx) error {
		if _, err := tx.Tx.ExecContext(ctx, `DELETE FROM watch_items WHERE source_id = ?`, id); err != nil {
			return err
		}
		res, err := tx.Tx.ExecContext(ctx, `DELETE FROM watch_sources WHERE id = ?`, id)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return store.ErrNotFound
		}
		return nil
	})
}

// RecordPoll implements store.SourceStore.
func (s *Store) RecordPoll(ctx context.Context, sourceID int64, p store.Poll) (store.PollResult, error) {
	var res store.PollResult
	at := p.At
	if at.IsZero() {
		at = time.Now()
	}
	err := s.tx(ctx, fmt.Sprintf("record poll of source %d", sourceID), func(tx *wtx) error {
		var failures int
		if err := tx.QueryRowContext(ctx, `SELECT failures FROM watch_sources WHERE id = ?`, sourceID).Scan(&failures); err != nil {
			if errors.Is(err, sql.ErrNoRows) {
				return store.ErrNotFound
			}
			return err
		}
		if p.Err != "" {
			failures++
			unhealthy := p.UnhealthyAfter > 0 && failures >= p.UnhealthyAfter
			_, err := tx.ExecContext(ctx, `UPDATE watch_sources SET polls = polls + 1, failures = ?, unhealthy = ?,
				last_error = ?, last_poll = ? WHERE id = ?`, failures, b2i(unhealthy), p.Err, fmtTime(at), sourceID)
			return err
		}
		for _, it := range p.Items {
			r, err := tx.ExecContext(ctx, `INSERT INTO watch_items (source_id, key, url, title, published, state, updated_at)
				VALUES (?,?,?,?,?,'pending',?) ON CONFLICT (source_id, key) DO NOTHING`,
				sourceID, it.Key, it.URL, it.Title, it.Published, now())
			if err != nil {
				return fmt.Errorf("item %s: %w", it.Key, err)
			}
			if n, _ := r.RowsAffected(); n > 0 {
				res.Added++
			}
		}
		_, err := tx.ExecContext(ctx, `UPDATE watch_sources SET polls = polls + 1, not_modified = not_modified + ?,
			failures = 0, unhealthy = 0, last_error = '', last_poll = ?, last_ok = ?,
			etag = ?, last_modified = ? WHERE id = ?`,
			b2i(p.NotModified), fmtTime(at), fmtTime(at), p.ETag, p.LastModified, sourceID)
		return err
	})
	if err != nil {
		return res, err
	}
	src, err := s.Source(ctx, sourceID)
	if err != nil {
		return res, err
	}
	res.Source = *src
	return res, nil
}

const itemCols = `id, source_id, key, url, title, published, state, attempts, body, final_url,
	COALESCE(article_id, 0), error, updated_at`

func scanItem(r interface{ Scan(...any) error }) (store.Item, error) {
	var it store.Item
	var updated string
	err := r.Scan(&it.ID, &it.SourceID, &it.Key, &it.URL, &it.Title, &it.Published, &it.State, &it.Attempts,
		&it.Body, &it.FinalURL, &it.ArticleID, &it.Error, &updated)
	it.UpdatedAt = parseTime(sql.NullString{String: updated, Valid: true})
	return it, err
}

func (s *Store) items(ctx context.Context, what, cond string, sourceID int64, lim int) ([]store.Item, error) {
	var w where
	if cond != "" {
		w.add(cond)
	}
	if sourceID != 0 {
		w.add(`source_id = ?`, sourceID)
	}
	var out []store.Item
	err := each(ctx, s.db, `SELECT `+itemCols+` FROM watch_items`+w.String()+` ORDER BY id LIMIT ?`,
		append(w.args, limit(lim)), func(r *sql.Rows) error {
			it, err := scanItem(r)
			if err == nil {
				out = append(out, it)
			}
			return err
		})
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	return out, nil
}

// OpenItems implements store.SourceStore.
func (s *Store) OpenItems(ctx context.Context, sourceID int64, lim int) ([]store.Item, error) {
	return s.items(ctx, "open items", `state IN ('pending', 'fetched')`, sourceID, lim)
}

// Items implements store.SourceStore.
func (s *Store) Items(ctx context.Context, sourceID int64, lim int) ([]store.Item, error) {
	return s.items(ctx, "items", "", sourceID, lim)
}

func (s *Store) updateItem(ctx context.Context, what, query string, args ...any) error {
	return s.tx(ctx, what, func(tx *wtx) error {
		res, err := tx.ExecContext(ctx, query, args...)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return store.ErrNotFound
		}
		return nil
	})
}

// ItemFetched implements store.SourceStore.
func (s *Store) ItemFetched(ctx context.Context, id int64, finalURL string, body []byte) error {
	if body == nil {
		body = []byte{}
	}
	return s.updateItem(ctx, fmt.Sprintf("item %d fetched", id),
		`UPDATE watch_items SET state = 'fetched', body = ?, final_url = ?, error = '', updated_at = ?
		WHERE id = ? AND state IN ('pending', 'fetched')`, body, finalURL, now(), id)
}

// ItemDone implements store.SourceStore.
func (s *Store) ItemDone(ctx context.Context, id int64, articleID int64) error {
	return s.updateItem(ctx, fmt.Sprintf("item %d done", id),
		`UPDATE watch_items SET state = 'done', body = NULL, article_id = ?, error = '', updated_at = ?
		WHERE id = ?`, articleID, now(), id)
}

// ItemFailed implements store.SourceStore.
func (s *Store) ItemFailed(ctx context.Context, id int64, errMsg string, final bool) error {
	return s.updateItem(ctx, fmt.Sprintf("item %d failed", id),
		`UPDATE watch_items SET attempts = attempts + 1, error = ?, updated_at = ?,
		state = CASE WHEN ? THEN 'failed' ELSE state END,
		body = CASE WHEN ? THEN NULL ELSE body END
		WHERE id = ?`, errMsg, now(), b2i(final), b2i(final), id)
}

const alertCols = `id, key, rule, topic, fired_when, title, message, article_id, claim_id, url, payload, created_at,
	delivery, attempts, last_error, next_attempt, delivered_at`

func scanAlert(r interface{ Scan(...any) error }) (store.AlertEvent, error) {
	var ev store.AlertEvent
	var payload, created string
	var next int64
	var delivered sql.NullString
	err := r.Scan(&ev.ID, &ev.Key, &ev.Rule, &ev.Topic, &ev.When, &ev.Title, &ev.Message, &ev.ArticleID, &ev.ClaimID,
		&ev.URL, &payload, &created, &ev.Delivery, &ev.Attempts, &ev.LastError, &next, &delivered)
	if payload != "" {
		ev.Payload = []byte(payload)
	}
	ev.CreatedAt = parseTime(sql.NullString{String: created, Valid: true})
	if next > 0 {
		ev.NextAttempt = time.Unix(0, next).UTC()
	}
	ev.DeliveredAt = parseTime(delivered)
	return ev, err
}

// AddAlert implements store.AlertStore.
func (s *Store) AddAlert(ctx context.Context, ev store.AlertEvent) (int64, bool, error) {
	if ev.Key == "" || ev.Rule == "" {
		return 0, false, fmt.Errorf("add alert: %w: key and rule are required", store.ErrInvalid)
	}
	if ev.Delivery == "" {
		ev.Delivery = store.DeliveryPending
	}
	created := ev.CreatedAt
	if created.IsZero() {
		created = time.Now()
	}
	var id int64
	var isNew bool
	err := s.tx(ctx, "add alert "+ev.Key, func(tx *wtx) error {
		err := tx.QueryRowContext(ctx, `SELECT id FROM alert_events WHERE key = ?`, ev.Key).Scan(&id)
		if err == nil {
			return nil
		}
		if !errors.Is(err, sql.ErrNoRows) {
			return err
		}
		res, err := tx.Tx.ExecContext(ctx, `INSERT INTO alert_events (key, rule, topic, fired_when, title, message,
			article_id, claim_id, url, payload, created_at, delivery) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)`,
			ev.Key, ev.Rule, ev.Topic, ev.When, ev.Title, ev.Message, ev.ArticleID, ev.ClaimID, ev.URL,
			string(ev.Payload), fmtTime(created), ev.Delivery)
		if err != nil {
			return err
		}
		id, err = res.LastInsertId()
		isNew = true
		return err
	})
	return id, isNew, err
}

func (s *Store) alerts(ctx context.Context, what, query string, args ...any) ([]store.AlertEvent, error) {
	var out []store.AlertEvent
	err := each(ctx, s.db, `SELECT `+alertCols+` FROM alert_events `+query, args, func(r *sql.Rows) error {
		ev, err := scanAlert(r)
		if err == nil {
			out = append(out, ev)
		}
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	return out, nil
}

// ListAlerts implements store.AlertStore.
func (s *Store) ListAlerts(ctx context.Context, lim int) ([]store.AlertEvent, error) {
	return s.alerts(ctx, "list alerts", `ORDER BY id DESC LIMIT ?`, limit(lim))
}

// DueAlerts implements store.AlertStore.
func (s *Store) DueAlerts(ctx context.Context, at time.Time, lim int) ([]store.AlertEvent, error) {
	return s.alerts(ctx, "due alerts", `WHERE delivery = 'pending' AND next_attempt <= ? ORDER BY id LIMIT ?`,
		at.UnixNano(), limit(lim))
}

// DeadAlerts implements store.AlertStore.
func (s *Store) DeadAlerts(ctx context.Context) ([]store.AlertEvent, error) {
	return s.alerts(ctx, "dead alerts", `WHERE delivery = 'dead' ORDER BY id`)
}

// AlertDelivered implements store.AlertStore.
func (s *Store) AlertDelivered(ctx context.Context, id int64, at time.Time) error {
	return s.updateItem(ctx, fmt.Sprintf("alert %d delivered", id),
		`UPDATE alert_events SET delivery = 'sent', delivered_at = ?, last_error = '' WHERE id = ?`, fmtTime(at), id)
}

// AlertFailed implements store.AlertStore.
func (s *Store) AlertFailed(ctx context.Context, id int64, errMsg string, next time.Time, dead bool) error {
	state := store.DeliveryPending
	if dead {
		state = store.DeliveryDead
	}
	return s.updateItem(ctx, fmt.Sprintf("alert %d failed", id),
		`UPDATE alert_events SET attempts = attempts + 1, last_error = ?, next_attempt = ?, delivery = ?
		WHERE id = ? AND delivery = 'pending'`, errMsg, next.UnixNano(), state, id)
}

// RequeueAlert implements store.AlertStore.
func (s *Store) RequeueAlert(ctx context.Context, id int64) error {
	return s.updateItem(ctx, fmt.Sprintf("requeue alert %d", id),
		`UPDATE alert_events SET delivery = 'pending', attempts = 0, next_attempt = 0 WHERE id = ? AND delivery = 'dead'`, id)
}
