// Package watch owns dossier's feed watcher: it polls RSS, Atom and JSON
// Feed sources on a per-source interval (with the fetch package's
// conditional GET, robots.txt, politeness, retries and address guard),
// records new entries as items before fetching anything, then fetches each
// item's page and ingests it through the pipeline into the store.
//
// Crash safety: every step is one store transaction that moves an item from
// one state to the next (pending -> fetched -> done, or failed), a poll's
// new items and its validators (ETag, Last-Modified) are written together,
// and storing an article is idempotent by content hash. A watcher killed at
// any moment and restarted therefore loses no item and stores none twice:
// pending items are fetched again, fetched items (whose page is kept) are
// ingested without fetching.
package watch

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"sync"
	"time"

	"github.com/dossier-osint/dossier/internal/feed"
	"github.com/dossier-osint/dossier/internal/fetch"
	"github.com/dossier-osint/dossier/internal/ingest"
	"github.com/dossier-osint/dossier/internal/store"
)

// Store is what the watcher needs: articles and sources.
type Store = store.Store

// Options configure a Watcher. Zero values take the defaults shown.
type Options struct {
	Fetch *fetch.Client // required
	// Ingest stores the document of a fetched item: the service layer's
	// app.App.IngestItem (extract, store, fire alerts). fresh is true when
	// the article may have been stored by a run that crashed before it
	// finished (its alerts fire then even if it is found stored). An error
	// leaves the item to be retried (the article is then found by hash).
	// Required.
	Ingest func(ctx context.Context, d ingest.Document, fresh bool) (id int64, created bool, err error)
	// DefaultInterval applies to sources without their own (15 min).
	DefaultInterval time.Duration
	// UnhealthyAfter consecutive failed polls mark a source unhealthy (5).
	UnhealthyAfter int
	// MaxItemAttempts failed attempts make an item failed for good (3).
	// Errors that cannot pass (robots.txt, refused address, too large, a
	// 4xx status, a page without text) fail it at once.
	MaxItemAttempts int
	// Sources restricts the watcher to these source ids; all when empty.
	Sources []int64
	// Concurrency is how many sources are handled at once (4).
	Concurrency int
	// AfterPass runs after each pass of Run with its counts (alert
	// delivery, progress lines).
	AfterPass func(ctx context.Context, s Stats)
	Log       *slog.Logger
	Now       func() time.Time
}

// Stats counts what a pass did.
type Stats struct {
	Polled      int // feeds fetched or answered not-modified
	NotModified int
	PollErrors  int
	NewItems    int
	Fetched     int // pages fetched
	Ingested    int // new articles stored
	Unchanged   int // articles already stored (same content)
	ItemErrors  int // failed attempts
	ItemsFailed int // items given up
}

func (s *Stats) add(o Stats) {
	s.Polled += o.Polled
	s.NotModified += o.NotModified
	s.PollErrors += o.PollErrors
	s.NewItems += o.NewItems
	s.Fetched += o.Fetched
	s.Ingested += o.Ingested
	s.Unchanged += o.Unchanged
	s.ItemErrors += o.ItemErrors
	s.ItemsFailed += o.ItemsFailed
}

// Watcher polls sources and ingests their items.
type Watcher struct {
	st  Store
	opt Options
}

// New returns a watcher.
func New(st Store, opt Options) *Watcher {
	if opt.DefaultInterval <= 0 {
		opt.DefaultInterval = 15 * time.Minute
	}
	if opt.UnhealthyAfter <= 0 {
		opt.UnhealthyAfter = 5
	}
	if opt.MaxItemAttempts <= 0 {
		opt.MaxItemAttempts = 3
	}
	if opt.Concurrency <= 0 {
		opt.Concurrency = 4
	}
	if opt.Log == nil {
		opt.Log = slog.New(slog.DiscardHandler)
	}
	if opt.Now == nil {
		opt.Now = time.Now
	}
	return &Watcher{st: st, opt: opt}
}

func (w *Watcher) sources(ctx context.Context) ([]store.Source, error) {
	all, err := w.st.ListSources(ctx)
	if err != nil {
		return nil, err
	}
	if len(w.opt.Sources) == 0 {
		return all, nil
	}
	want := map[int64]bool{}
	for _, id := range w.opt.Sources {
		want[id] = true
	}
	var out []store.Source
	for _, s := range all {
		if want[s.ID] {
			out = append(out, s)
		}
	}
	return out, nil
}

// Due polls the sources that are due and processes every open item: one
// pass of Run (a periodic job of the worker).
func (w *Watcher) Due(ctx context.Context) (Stats, error) {
	return w.pass(ctx, true)
}

// Once polls every source once (due or not) and processes every open item.
func (w *Watcher) Once(ctx context.Context) (Stats, error) {
	return w.pass(ctx, false)
}

// Run polls sources when they are due and processes their items until ctx
// is done. It returns ctx's error or a store error.
func (w *Watcher) Run(ctx context.Context) error {
	for {
		s, err := w.pass(ctx, true)
		if err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			return err
		}
		if w.opt.AfterPass != nil {
			w.opt.AfterPass(ctx, s)
		}
		wait, err := w.nextDue(ctx)
		if err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			return err
		}
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return ctx.Err()
		case <-t.C:
		}
	}
}

// nextDue is how long to sleep before the next source is due, between one
// second and one minute (so that alert deliveries and retries keep going).
func (w *Watcher) nextDue(ctx context.Context) (time.Duration, error) {
	srcs, err := w.sources(ctx)
	if err != nil {
		return 0, err
	}
	wait := time.Minute
	now := w.opt.Now()
	for _, s := range srcs {
		iv := s.Interval
		if iv <= 0 {
			iv = w.opt.DefaultInterval
		}
		if d := s.LastPoll.Add(iv).Sub(now); d < wait {
			wait = d
		}
	}
	return max(wait, time.Second), nil
}

// pass polls the (due) sources and processes their open items, several
// sources at a time.
func (w *Watcher) pass(ctx context.Context, dueOnly bool) (Stats, error) {
	srcs, err := w.sources(ctx)
	if err != nil {
		return Stats{}, fmt.Errorf("watch: %w", err)
	}
	var (
		mu       sync.Mutex
		total    Stats
		firstErr error
		wg       sync.WaitGroup
	)
	sem := make(chan struct{}, w.opt.Concurrency)
	now := w.opt.Now()
	for _, s := range srcs {
		poll := !dueOnly || due(s, now, w.opt.DefaultInterval)
		wg.Add(1)
		sem <- struct{}{}
		go func(s store.Source) {
			defer wg.Done()
			defer func() { <-sem }()
			var st Stats
			var err error
			if poll {
				err = w.poll(ctx, s, &st)
			}
			if err == nil {
				err = w.items(ctx, s, &st)
			}
			mu.Lock()
			total.add(st)
			if err != nil && firstErr == nil {
				firstErr = err
			}
			mu.Unlock()
		}(s)
	}
	wg.Wait()
	if firstErr == nil {
		firstErr = ctx.Err()
	}
	return total, firstErr
}

// poll fetches one feed and records the outcome. Fetch and parse errors
// are recorded on the source (and logged), not returned: one bad source
// must not stop the others. Only store errors are returned.
func (w *Watcher) poll(ctx context.Context, s store.Source, st *Stats) error {
	log := w.opt.Log.With("source", s.ID, "url", s.URL)
	p := store.Poll{At: w.opt.Now(), UnhealthyAfter: w.opt.UnhealthyAfter, ETag: s.ETag, LastModified: s.LastModified}
	resp, err := w.opt.Fetch.Get(ctx, s.URL, fetch.Conditional{ETag: s.ETag, LastModified: s.LastModified})
	if ctx.Err() != nil {
		return ctx.Err()
	}
	switch {
	case err != nil:
		p.Err = fmt.Sprintf("source %d %s: %v", s.ID, s.URL, err)
	case resp.NotModified:
		p.NotModified = true
		p.ETag, p.LastModified = resp.ETag, resp.LastModified
	default:
		f, perr := feed.Parse(fmt.Sprintf("source %d %s", s.ID, s.URL), resp.URL, resp.Body)
		if perr != nil {
			p.Err = perr.Error()
			break
		}
		p.ETag, p.LastModified = resp.ETag, resp.LastModified
		for _, e := range f.Entries {
			if e.URL == "" {
				log.Debug("feed entry without a link skipped", "entry", e.ID)
				continue
			}
			p.Items = append(p.Items, store.Item{Key: e.ID, URL: e.URL, Title: e.Title, Published: e.Published})
		}
	}
	res, rerr := w.st.RecordPoll(ctx, s.ID, p)
	if rerr != nil {
		return fmt.Errorf("watch: %w", rerr)
	}
	if p.Err != "" {
		st.PollErrors++
		if res.Source.Unhealthy {
			log.Warn("source unhealthy", "failures", res.Source.Failures, "error", p.Err)
		} else {
			log.Warn("poll failed", "failures", res.Source.Failures, "error", p.Err)
		}
		return nil
	}
	st.Polled++
	if p.NotModified {
		st.NotModified++
	}
	st.NewItems += res.Added
	log.Info("polled", "not_modified", p.NotModified, "entries", len(p.Items), "new", res.Added)
	return nil
}

// items processes the source's open items in order.
func (w *Watcher) items(ctx context.Context, s store.Source, st *Stats) error {
	its, err := w.st.Items(ctx, s.ID, true, 0)
	if err != nil {
		return fmt.Errorf("watch: %w", err)
	}
	for _, it := range its {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := w.item(ctx, it, st); err != nil {
			return err
		}
	}
	return nil
}

// permanent reports whether a fetch error cannot pass on a retry.
func permanent(err error) bool {
	for _, e := range []error{fetch.ErrRobots, fetch.ErrBlockedAddress, fetch.ErrTooLarge, fetch.ErrTooManyRedirs, fetch.ErrRedirectLoop} {
		if errors.Is(err, e) {
			return true
		}
	}
	var se *fetch.StatusError
	if errors.As(err, &se) {
		return se.Status >= 400 && se.Status < 500 && se.Status != http.StatusTooManyRequests && se.Status != http.StatusRequestTimeout
	}
	return false
}

// item takes one item through its remaining steps. Failures of the item
// are recorded on it; only store errors and cancellation are returned.
func (w *Watcher) item(ctx context.Context, it store.Item, st *Stats) error {
	log := w.opt.Log.With("item", it.ID, "url", it.URL)
	fail := func(err error, final bool) error {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		final = final || it.Attempts+1 >= w.opt.MaxItemAttempts
		st.ItemErrors++
		if final {
			st.ItemsFailed++
		}
		log.Warn("item failed", "final", final, "error", err)
		if e := w.st.ItemFailed(ctx, it.ID, err.Error(), final); e != nil {
			return fmt.Errorf("watch: %w", e)
		}
		return nil
	}
	fresh := it.State == store.ItemFetched // a crashed run may have stored the article
	body, finalURL := it.Body, it.FinalURL
	if it.State == store.ItemPending {
		resp, err := w.opt.Fetch.Get(ctx, it.URL, fetch.Conditional{})
		if err != nil {
			return fail(err, permanent(err))
		}
		body, finalURL = resp.Body, resp.URL
		if err := w.st.ItemFetched(ctx, it.ID, finalURL, body); err != nil {
			return fmt.Errorf("watch: %w", err)
		}
		st.Fetched++
	}
	if finalURL == "" {
		finalURL = it.URL
	}
	d, err := ingest.FromHTMLContext(ctx, it.URL, finalURL, body)
	if err != nil {
		return fail(err, true)
	}
	if d.Published == "" {
		d.Published = it.Published
	}
	if d.Title == "" {
		d.Title = it.Title
	}
	id, created, err := w.opt.Ingest(ctx, d, fresh)
	if err != nil {
		return fail(err, false)
	}
	if created {
		st.Ingested++
	} else {
		st.Unchanged++
	}
	if err := w.st.ItemDone(ctx, it.ID, id); err != nil {
		return fmt.Errorf("watch: %w", err)
	}
	log.Info("ingested", "article", id, "new", created)
	return nil
}

// due reports whether the source should be polled at now, given the
// default interval (of the sources without their own).
func due(s store.Source, now time.Time, def time.Duration) bool {
	iv := s.Interval
	if iv <= 0 {
		iv = def
	}
	return s.LastPoll.IsZero() || !now.Before(s.LastPoll.Add(iv))
}
