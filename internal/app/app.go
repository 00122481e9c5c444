// Package app is dossier's service layer: what the CLI, the API, the feed
// watcher and the job workers do with a store, written once so that every
// entry point stores the same result for the same input. Ingest cleans,
// annotates and stores an article, fires the alert rules on it and (with
// LinkCopies, once per batch) links it to its copies and stories;
// Reextract recomputes stored articles' annotations keeping claim ids;
// FindEntity looks a name up. Extraction runs in parallel across articles
// (Ordered), bounded by GOMAXPROCS, with results in input order.
package app

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"log/slog"
	"runtime"
	"strings"
	"sync"

	"github.com/dossier-osint/dossier/internal/alert"
	"github.com/dossier-osint/dossier/internal/doc"
	"github.com/dossier-osint/dossier/internal/ingest"
	"github.com/dossier-osint/dossier/internal/pipeline"
	"github.com/dossier-osint/dossier/internal/store"
	"github.com/dossier-osint/dossier/internal/topic"
)

// App is the service layer on one store. It is safe for concurrent use.
type App struct {
	Store    store.Store
	Pipeline *pipeline.Pipeline
	// Workers bounds the articles extracted at once (GOMAXPROCS when 0).
	Workers int
	Log     *slog.Logger

	alerts *alert.Engine // nil when no topic has alert rules
	mu     sync.Mutex    // serializes copy linking in this process
	copies copyFinder
	once   sync.Once
	slots  chan struct{} // extraction slots: Workers of them
}

// slot waits for an extraction slot and returns its release: however many
// goroutines ingest (job workers, the API), at most Workers extract at once.
func (a *App) slot() func() {
	a.once.Do(func() {
		n := a.Workers
		if n <= 0 {
			n = runtime.GOMAXPROCS(0)
		}
		a.slots = make(chan struct{}, n)
	})
	a.slots <- struct{}{}
	return func() { <-a.slots }
}

// New returns the service layer on st with the topics' pipeline and alert
// rules.
func New(st store.Store, topics []*topic.Topic) *App {
	a := &App{Store: st, Pipeline: pipeline.New(topics), Log: slog.New(slog.DiscardHandler)}
	for _, t := range topics {
		if len(t.Alerts) > 0 {
			a.alerts = &alert.Engine{Topics: topics, Store: st}
			break
		}
	}
	return a
}

// Result is what ingesting one document did.
type Result struct {
	Source  string             `json:"source"`
	ID      int64              `json:"id,omitempty"`
	Created bool               `json:"created"` // false: the same text from the same source was stored before
	Claims  int                `json:"claims"`
	Alerts  []store.AlertEvent `json:"alerts,omitempty"`
	Err     error              `json:"-"` // reading, extracting or storing failed
}

// Extract cleans and annotates a read document.
func (a *App) Extract(ctx context.Context, d ingest.Document) *doc.Article {
	defer a.slot()()
	return a.Pipeline.Article(d)
}

// Ingest extracts and stores one document and fires the alert rules on it
// when it is new. Copies are linked by LinkCopies.
func (a *App) Ingest(ctx context.Context, d ingest.Document) Result {
	return a.Put(ctx, a.Extract(ctx, d))
}

// Put stores an extracted article and fires the alert rules on it when it
// is new.
func (a *App) Put(ctx context.Context, art *doc.Article) Result { return a.put(ctx, art, false) }

// put is Put; fresh fires the rules on an article found stored too (it may
// have been stored by a run that crashed before its alerts).
func (a *App) put(ctx context.Context, art *doc.Article, fresh bool) Result {
	r := Result{Source: art.Source}
	if art.Hash == "" { // articles posted whole (the API) may come without one
		h := sha256.Sum256([]byte(art.Text))
		art.Hash = hex.EncodeToString(h[:])
	}
	r.ID, r.Created, r.Err = a.Store.PutArticle(ctx, art)
	if r.Err != nil {
		return r
	}
	if art.Annotations != nil {
		r.Claims = len(art.Annotations.Claims)
	}
	if a.alerts != nil && (r.Created || fresh) {
		r.Alerts, r.Err = a.alerts.Fire(ctx, a.Store, r.ID)
	}
	return r
}

// IngestFresh is Ingest for a document a crashed run may have stored
// already (a watcher's fetched item): its alerts fire even when the article
// is found stored (recording an alert twice is a no-op).
func (a *App) IngestFresh(ctx context.Context, d ingest.Document) Result {
	return a.put(ctx, a.Extract(ctx, d), true)
}

// IngestItem is IngestFresh (fresh) or Ingest in the form the feed watcher
// takes (watch.Options.Ingest).
func (a *App) IngestItem(ctx context.Context, d ingest.Document, fresh bool) (int64, bool, error) {
	r := a.put(ctx, a.Extract(ctx, d), fresh)
	return r.ID, r.Created, r.Err
}

// IngestArticle ingests an article posted whole (the API): its text and
// metadata go through the same pipeline as a read document.
func (a *App) IngestArticle(ctx context.Context, art *doc.Article) Result {
	d := ingest.Document{Source: art.Source, Format: art.Format, URL: art.URL, Title: art.Title,
		Published: art.Published, Credit: art.Credit, SiteName: art.SiteName, Byline: art.Byline, Lang: art.Lang,
		Text: art.Text}
	return a.Ingest(ctx, d)
}

// IngestPosted is IngestArticle followed by LinkCopies, in the form the web
// server's ingest API takes (web.Options.Ingest).
func (a *App) IngestPosted(ctx context.Context, art *doc.Article) (id int64, created bool, claims int, err error) {
	r := a.IngestArticle(ctx, art)
	if r.Err != nil {
		return 0, false, 0, r.Err
	}
	if _, err := a.LinkCopies(ctx); err != nil {
		return r.ID, r.Created, r.Claims, fmt.Errorf("article %d stored; linking its copies: %w", r.ID, err)
	}
	return r.ID, r.Created, r.Claims, nil
}

// Item is a read document or the error of reading it.
type Item struct {
	Doc ingest.Document
	Err error
}

// IngestAll ingests the documents feed pushes: extraction in parallel,
// storing in the order pushed; fn (when set) sees every result, read errors
// included. Then the articles without copy links (these, and any a crashed
// run left) are linked. It returns what LinkCopies did; a failed document
// is reported to fn, not returned.
func (a *App) IngestAll(ctx context.Context, feed func(push func(Item) error) error, fn func(Result)) (CopyStats, error) {
	err := Ordered(ctx, a.Workers, feed, func(ctx context.Context, it Item) *doc.Article {
		if it.Err != nil {
			return nil
		}
		return a.Extract(ctx, it.Doc)
	}, func(it Item, art *doc.Article) error {
		r := Result{Source: it.Doc.Source, Err: it.Err}
		if art != nil {
			r = a.Put(ctx, art)
		}
		if r.Err != nil && !strings.Contains(r.Err.Error(), r.Source) {
			r.Err = fmt.Errorf("%s: %w", r.Source, r.Err)
		}
		if fn != nil {
			fn(r)
		}
		return ctx.Err()
	})
	if err != nil {
		return CopyStats{}, err
	}
	return a.LinkCopies(ctx)
}
