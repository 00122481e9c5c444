package core

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/dossier-osint/dossier/internal/store"
)

// itemStates are the states a source's item counts are read for.
var itemStates = []string{store.ItemPending, store.ItemFetched, store.ItemDone, store.ItemFailed}

// sourceCols are a source's columns and its item count in each of
// itemStates.
var sourceCols = `id, url, interval_ms, etag, last_modified, polls, not_modified, failures, unhealthy,
	last_error, last_poll, last_ok, created_at` + strings.Repeat(`,
	(SELECT COUNT(*) FROM watch_items i WHERE i.source_id = watch_sources.id AND i.state = ?)`, len(itemStates))

func scanSource(r Row) (store.Source, error) {
	var s store.Source
	var ms int64
	n := make([]int, len(itemStates))
	dest := []any{&s.ID, &s.URL, &ms, &s.ETag, &s.LastModified, &s.Polls, &s.NotModified, &s.Failures,
		&s.Unhealthy, &s.LastError, tm(&s.LastPoll), tm(&s.LastOK), tm(&s.CreatedAt)}
	for i := range n {
		dest = append(dest, &n[i])
	}
	err := r.Scan(dest...)
	s.Interval = time.Duration(ms) * time.Millisecond
	s.Items = map[string]int{}
	for i, st := range itemStates {
		if n[i] > 0 {
			s.Items[st] = n[i]
		}
	}
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
	var id int64
	created := false
	err := s.write(ctx, "add source "+url, quiet, func(tx Tx) error {
		err := tx.QueryRow(ctx, `UPDATE watch_sources SET interval_ms = ? WHERE url = ? RETURNING id`,
			interval.Milliseconds(), url).Scan(&id)
		if !errors.Is(err, store.ErrNotFound) {
			return err
		}
		created = true
		return tx.QueryRow(ctx, `INSERT INTO watch_sources (url, interval_ms, created_at) VALUES (?,?,?) RETURNING id`,
			url, interval.Milliseconds(), time.Now()).Scan(&id)
	})
	if err != nil {
		return nil, false, err
	}
	src, err := s.source(ctx, id)
	return src, created, err
}

// source reads one source with its item counts.
func (s *Store) source(ctx context.Context, id int64) (*store.Source, error) {
	src, err := scanSource(s.d.QueryRow(ctx, `SELECT `+sourceCols+` FROM watch_sources WHERE id = ?`,
		append(anys(itemStates), id)...))
	if err != nil {
		return nil, fmt.Errorf("source %d: %w", id, err)
	}
	return &src, nil
}

// ListSources implements store.SourceStore.
func (s *Store) ListSources(ctx context.Context) ([]store.Source, error) {
	return list(ctx, s.d, "list sources", `SELECT `+sourceCols+` FROM watch_sources ORDER BY id`, anys(itemStates),
		scanSource)
}

// RemoveSource implements store.SourceStore.
func (s *Store) RemoveSource(ctx context.Context, id int64) error {
	return s.write(ctx, fmt.Sprintf("remove source %d", id), quiet, func(tx Tx) error {
		tx.Queue("remove items", `DELETE FROM watch_items WHERE source_id = ?`, id)
		return notFound(tx.Exec(ctx, `DELETE FROM watch_sources WHERE id = ?`, id))
	})
}

// RecordPoll implements store.SourceStore.
func (s *Store) RecordPoll(ctx context.Context, sourceID int64, p store.Poll) (store.PollResult, error) {
	var res store.PollResult
	at := cmp.Or(p.At, time.Now())
	err := s.write(ctx, fmt.Sprintf("record poll of source %d", sourceID), quiet, func(tx Tx) error {
		var failures int
		if err := tx.QueryRow(ctx, `SELECT failures FROM watch_sources WHERE id = ?`+s.d.ForUpdate(""),
			sourceID).Scan(&failures); err != nil {
			return err
		}
		if p.Err != "" {
			failures++
			unhealthy := p.UnhealthyAfter > 0 && failures >= p.UnhealthyAfter
			_, err := tx.Exec(ctx, `UPDATE watch_sources SET polls = polls + 1, failures = ?, unhealthy = ?,
				last_error = ?, last_poll = ? WHERE id = ?`, failures, unhealthy, p.Err, at, sourceID)
			return err
		}
		for _, it := range p.Items {
			n, err := tx.Exec(ctx, `INSERT INTO watch_items (source_id, key, url, title, published, state, updated_at)
				VALUES (?,?,?,?,?,'pending',?) ON CONFLICT (source_id, key) DO NOTHING`,
				sourceID, it.Key, it.URL, it.Title, it.Published, time.Now())
			if err != nil {
				return fmt.Errorf("item %s: %w", it.Key, err)
			}
			res.Added += int(n)
		}
		_, err := tx.Exec(ctx, `UPDATE watch_sources SET polls = polls + 1,
			not_modified = not_modified + CASE WHEN ? THEN 1 ELSE 0 END, failures = 0, unhealthy = false,
			last_error = '', last_poll = ?, last_ok = ?, etag = ?, last_modified = ? WHERE id = ?`,
			p.NotModified, at, at, p.ETag, p.LastModified, sourceID)
		return err
	})
	if err != nil {
		return res, err
	}
	src, err := s.source(ctx, sourceID)
	if err != nil {
		return res, err
	}
	res.Source = *src
	return res, nil
}

const itemCols = `id, source_id, key, url, title, published, state, attempts, body, final_url,
	COALESCE(article_id, 0), error, updated_at`

var scanItem = fields(func(it *store.Item) []any {
	return []any{&it.ID, &it.SourceID, &it.Key, &it.URL, &it.Title, &it.Published, &it.State, &it.Attempts,
		&it.Body, &it.FinalURL, &it.ArticleID, &it.Error, tm(&it.UpdatedAt)}
})

// Items implements store.SourceStore.
func (s *Store) Items(ctx context.Context, sourceID int64, open bool, lim int) ([]store.Item, error) {
	var w Where
	w.AddIf(open, `state IN ('pending', 'fetched')`)
	w.AddIf(sourceID != 0, `source_id = ?`, sourceID)
	return list(ctx, s.d, "items", `SELECT `+itemCols+` FROM watch_items`+w.String()+` ORDER BY id`+Page(lim, 0),
		w.Args, scanItem)
}

// ItemFetched implements store.SourceStore.
func (s *Store) ItemFetched(ctx context.Context, id int64, finalURL string, body []byte) error {
	if body == nil {
		body = []byte{}
	}
	return s.update(ctx, fmt.Sprintf("item %d fetched", id), quiet, `UPDATE watch_items SET state = 'fetched', body = ?,
		final_url = ?, error = '', updated_at = ? WHERE id = ? AND state IN ('pending', 'fetched')`,
		body, finalURL, time.Now(), id)
}

// ItemDone implements store.SourceStore.
func (s *Store) ItemDone(ctx context.Context, id int64, articleID int64) error {
	return s.update(ctx, fmt.Sprintf("item %d done", id), quiet, `UPDATE watch_items SET state = 'done', body = NULL,
		article_id = ?, error = '', updated_at = ? WHERE id = ?`, articleID, time.Now(), id)
}

// ItemFailed implements store.SourceStore.
func (s *Store) ItemFailed(ctx context.Context, id int64, errMsg string, final bool) error {
	return s.update(ctx, fmt.Sprintf("item %d failed", id), quiet, `UPDATE watch_items SET attempts = attempts + 1,
		error = ?, updated_at = ?, state = CASE WHEN ? THEN 'failed' ELSE state END,
		body = CASE WHEN ? THEN NULL ELSE body END WHERE id = ?`, errMsg, time.Now(), final, final, id)
}

const alertCols = `id, key, rule, topic, fired_when, title, message, article_id, claim_id, url, payload, created_at,
	delivered_at`

func scanAlert(r Row) (store.AlertEvent, error) {
	var ev store.AlertEvent
	var payload string
	err := r.Scan(&ev.ID, &ev.Key, &ev.Rule, &ev.Topic, &ev.When, &ev.Title, &ev.Message, &ev.ArticleID, &ev.ClaimID,
		&ev.URL, &payload, tm(&ev.CreatedAt), tm(&ev.DeliveredAt))
	if payload != "" {
		ev.Payload = []byte(payload)
	}
	ev.Delivery = store.DeliveryPending
	if !ev.DeliveredAt.IsZero() {
		ev.Delivery = store.DeliverySent
	}
	return ev, err
}

// AddAlert implements store.AlertStore.
func (s *Store) AddAlert(ctx context.Context, ev store.AlertEvent) (int64, bool, error) {
	if ev.Key == "" || ev.Rule == "" {
		return 0, false, fmt.Errorf("add alert: %w: key and rule are required", store.ErrInvalid)
	}
	created := cmp.Or(ev.CreatedAt, time.Now())
	var id int64
	isNew := false
	err := s.write(ctx, "add alert "+ev.Key, shown, func(tx Tx) error {
		err := tx.QueryRow(ctx, `INSERT INTO alert_events (key, rule, topic, fired_when, title, message, article_id,
			claim_id, url, payload, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)
			ON CONFLICT (key) DO NOTHING RETURNING id`, ev.Key, ev.Rule, ev.Topic, ev.When, ev.Title, ev.Message,
			ev.ArticleID, ev.ClaimID, ev.URL, string(ev.Payload), created).Scan(&id)
		if isNew = err == nil; !errors.Is(err, store.ErrNotFound) {
			return err
		}
		if err := tx.QueryRow(ctx, `SELECT id FROM alert_events WHERE key = ?`, ev.Key).Scan(&id); err != nil {
			return err
		}
		return errUnchanged
	})
	return id, isNew, err
}

// ListAlerts implements store.AlertStore.
func (s *Store) ListAlerts(ctx context.Context, lim int) ([]store.AlertEvent, error) {
	return list(ctx, s.d, "list alerts", `SELECT `+alertCols+` FROM alert_events ORDER BY id DESC`+Page(lim, 0), nil,
		scanAlert)
}

// Alert implements store.AlertStore.
func (s *Store) Alert(ctx context.Context, id int64) (store.AlertEvent, error) {
	ev, err := scanAlert(s.d.QueryRow(ctx, `SELECT `+alertCols+` FROM alert_events WHERE id = ?`, id))
	if err != nil {
		return ev, fmt.Errorf("alert %d: %w", id, err)
	}
	return ev, nil
}

// UnqueuedAlerts implements store.AlertStore.
func (s *Store) UnqueuedAlerts(ctx context.Context, lim int) ([]store.AlertEvent, error) {
	return list(ctx, s.d, "unqueued alerts", `SELECT `+alertCols+` FROM alert_events WHERE queued = false ORDER BY id`+
		Page(lim, 0), nil, scanAlert)
}

// AlertsQueued implements store.AlertStore.
func (s *Store) AlertsQueued(ctx context.Context, ids []int64) error {
	if len(ids) == 0 {
		return nil
	}
	return s.write(ctx, fmt.Sprintf("%d alerts queued", len(ids)), quiet, func(tx Tx) error {
		_, err := tx.Exec(ctx, `UPDATE alert_events SET queued = true WHERE id IN (`+Marks(len(ids))+`)`, anys(ids)...)
		return err
	})
}

// AlertDelivered implements store.AlertStore.
func (s *Store) AlertDelivered(ctx context.Context, id int64, at time.Time) error {
	return s.update(ctx, fmt.Sprintf("alert %d delivered", id), shown,
		`UPDATE alert_events SET delivered_at = ? WHERE id = ?`, at, id)
}
