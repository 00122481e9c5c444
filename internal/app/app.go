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
	"errors"
	"fmt"
	"log/slog"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"

	"github.com/dossier-osint/dossier/internal/alert"
	"github.com/dossier-osint/dossier/internal/copies"
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

	signOnce sync.Once
	signer   *copies.Index // computes copy signatures at extraction
	sigMu    sync.Mutex
	pending  map[int64]signed // signatures of stored articles not yet linked

	commits committer // IngestQueued's batches
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
	// Warnings are the pipeline's warnings about the run (a work budget
	// spent: the article was stored with what was found).
	Warnings []string `json:"warnings,omitempty"`
	Err      error    `json:"-"` // reading, extracting or storing failed
}

// budgetWarnings returns the article's work-budget warnings.
func budgetWarnings(art *doc.Article) []string {
	var out []string
	for _, w := range art.Warnings {
		if strings.HasPrefix(w, pipeline.BudgetWarning) {
			out = append(out, w)
		}
	}
	return out
}

// Extract cleans and annotates a read document within the pipeline's work
// budget. When ctx is done first (SIGTERM, a closed request) it returns
// ctx's error and no article.
func (a *App) Extract(ctx context.Context, d ingest.Document) (art *doc.Article, err error) {
	defer a.slot()()
	defer a.recovered(d.Source, &err)
	return a.Pipeline.ArticleContext(ctx, d)
}

// recovered turns a panic of a stage into the error of the one article, so
// that it fails alone and the rest of a run goes on; the stack is logged.
func (a *App) recovered(source string, err *error) {
	if p := recover(); p != nil {
		*err = fmt.Errorf("%s: extraction failed (a bug, please report it): %v", source, p)
		a.Log.Error("extraction panicked", "source", source, "panic", p, "stack", string(debug.Stack()))
	}
}

// extracted is a document cleaned and, unless it is stored already,
// annotated.
type extracted struct {
	art    *doc.Article
	stored int64 // the id of the article with the same clean text, 0 if none
	sig    *signed
	err    error
}

// extract cleans d and looks it up before annotating it: an unchanged
// file of a rerun costs its cleaning and a look-up, not the annotators.
func (a *App) extract(ctx context.Context, d ingest.Document) (x extracted) {
	defer a.slot()()
	defer a.recovered(d.Source, &x.err)
	art, err := a.Pipeline.CleanContext(ctx, d)
	if err != nil {
		return extracted{err: err}
	}
	id, err := a.storedRecord(ctx, art)
	if err != nil {
		return extracted{err: fmt.Errorf("%s: %w", d.Source, err)}
	}
	if id != 0 {
		return extracted{art: art, stored: id}
	}
	if err := a.Pipeline.AnnotateContext(ctx, art); err != nil {
		return extracted{err: err}
	}
	return extracted{art: art}
}

// storedRecord returns the id of the stored article PutArticle would find
// unchanged (the same text from the same source and URL), or 0.
func (a *App) storedRecord(ctx context.Context, art *doc.Article) (int64, error) {
	if art.Hash == "" {
		return 0, nil
	}
	id, err := a.Store.StoredRecordID(ctx, art.Hash, art.Source, art.URL)
	if errors.Is(err, store.ErrNotFound) {
		return 0, nil
	}
	return id, err
}

// store stores what extract made: an article found stored is not written
// again (fresh still fires its alert rules, as put does).
func (a *App) store(ctx context.Context, x extracted, source string, fresh bool) Result {
	switch {
	case x.err != nil:
		return Result{Source: source, Err: x.err}
	case x.stored != 0:
		r := Result{Source: source, ID: x.stored}
		if a.alerts != nil && fresh {
			r.Alerts, r.Err = a.alerts.Fire(ctx, a.Store, r.ID)
		}
		return r
	}
	return a.put(ctx, x.art, fresh)
}

// Ingest extracts and stores one document and fires the alert rules on it
// when it is new. Copies are linked by LinkCopies.
func (a *App) Ingest(ctx context.Context, d ingest.Document) Result {
	return a.store(ctx, a.extract(ctx, d), d.Source, false)
}

// put stores an extracted article and fires the alert rules on it when it
// is new; fresh fires them on an article found stored too (it may have been
// stored by a run that crashed before its alerts).
func (a *App) put(ctx context.Context, art *doc.Article, fresh bool) Result {
	hashText(art)
	id, created, err := a.Store.PutArticle(ctx, art)
	if err != nil {
		return Result{Source: art.Source, Warnings: budgetWarnings(art), Err: err}
	}
	return a.finish(ctx, art, id, created, fresh)
}

// hashText gives an article posted whole (the API) without a hash one.
func hashText(art *doc.Article) {
	if art.Hash == "" {
		h := sha256.Sum256([]byte(art.Text))
		art.Hash = hex.EncodeToString(h[:])
	}
}

// finish is the result of a stored article, its alert rules fired when it
// is new (or fresh).
func (a *App) finish(ctx context.Context, art *doc.Article, id int64, created, fresh bool) Result {
	r := Result{Source: art.Source, ID: id, Created: created, Warnings: budgetWarnings(art)}
	if art.Annotations != nil {
		r.Claims = len(art.Annotations.Claims)
	}
	if a.alerts != nil && (created || fresh) {
		art.ID = id
		r.Alerts, r.Err = a.alerts.FireArticle(ctx, a.Store, art)
	}
	return r
}

// IngestFresh is Ingest for a document a crashed run may have stored
// already (a watcher's fetched item): its alerts fire even when the article
// is found stored (recording an alert twice is a no-op).
func (a *App) IngestFresh(ctx context.Context, d ingest.Document) Result {
	return a.store(ctx, a.extract(ctx, d), d.Source, true)
}

// IngestItem is IngestFresh (fresh) or Ingest in the form the feed watcher
// takes (watch.Options.Ingest).
func (a *App) IngestItem(ctx context.Context, d ingest.Document, fresh bool) (int64, bool, error) {
	r := a.store(ctx, a.extract(ctx, d), d.Source, fresh)
	return r.ID, r.Created, r.Err
}

// IngestArticle ingests an article posted whole (the API): its text and
// metadata go through the same pipeline as a read document.
func (a *App) IngestArticle(ctx context.Context, art *doc.Article) Result {
	d := ingest.Document{Source: art.Source, Format: art.Format, URL: art.URL, Title: art.Title,
		Published: art.Published, Credit: art.Credit, SiteName: art.SiteName, Byline: art.Byline, Lang: art.Lang,
		Text: art.Text, Warnings: art.Warnings, Removed: art.Removed}
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

// ItemSize is an item's weight in OrderedWindow's look-ahead: the length
// of its text, which the time to extract it and the memory its result
// holds follow.
func ItemSize(it Item) int { return len(it.Doc.Text) }

// IngestAll ingests the documents feed pushes: extraction in parallel,
// storing in the order pushed; fn (when set) sees every result, read errors
// included, from one goroutine. Then the articles without copy links (these,
// and any a crashed run left) are linked. It returns what LinkCopies did; a
// failed document is reported to fn, not returned.
//
// Batches are stored by a goroutine of their own while the extraction
// workers go on with the next documents (storing from the goroutine that
// collects the results in order would stop them after 2*Workers results).
func (a *App) IngestAll(ctx context.Context, feed func(push func(Item) error) error, fn func(Result)) (CopyStats, error) {
	type batch struct {
		xs      []extracted
		sources []string
	}
	batches := make(chan batch, 1)
	stored := make(chan struct{})
	go func() {
		defer close(stored)
		for b := range batches {
			if ctx.Err() != nil { // cancelled: what was extracted is not stored
				continue
			}
			for _, r := range a.storeBatch(ctx, b.xs, b.sources, false) {
				if r.Err != nil && !strings.Contains(r.Err.Error(), r.Source) {
					r.Err = fmt.Errorf("%s: %w", r.Source, r.Err)
				}
				if fn != nil {
					fn(r)
				}
			}
		}
	}()
	var cur batch
	flush := func() {
		if len(cur.xs) > 0 {
			batches <- cur
			cur = batch{}
		}
	}
	err := OrderedWindow(ctx, a.Workers, ItemSize, feed, func(ctx context.Context, it Item) extracted {
		if it.Err != nil {
			return extracted{err: it.Err}
		}
		x := a.extract(ctx, it.Doc)
		if x.err == nil && x.stored == 0 {
			s := a.sign(x.art)
			x.sig = &s
		}
		return x
	}, func(it Item, x extracted) error {
		if ctx.Err() != nil { // cancelled: what was extracted is not stored
			return ctx.Err()
		}
		if cur.xs, cur.sources = append(cur.xs, x), append(cur.sources, it.Doc.Source); len(cur.xs) >= putBatch {
			flush()
		}
		return ctx.Err()
	})
	if err == nil {
		flush()
	}
	close(batches)
	<-stored
	if err == nil {
		err = ctx.Err()
	}
	if err != nil {
		return CopyStats{}, err
	}
	return a.LinkCopies(ctx)
}

// putBatch is how many extracted articles IngestAll stores in one
// transaction (a commit cost as much as storing an article).
const putBatch = 128

// storeBatch stores what extract made of several documents in one
// transaction, then fires their alerts (fresh: as put does); when the
// transaction fails, each is stored on its own so that one bad article fails
// alone.
func (a *App) storeBatch(ctx context.Context, xs []extracted, sources []string, fresh bool) []Result {
	out := make([]Result, len(xs))
	var arts []*doc.Article
	var at []int
	for i, x := range xs {
		switch {
		case x.err != nil || x.stored != 0:
			out[i] = a.store(ctx, x, sources[i], fresh)
		default:
			hashText(x.art)
			arts, at = append(arts, x.art), append(at, i)
		}
	}
	if len(arts) == 0 {
		return out
	}
	puts, err := a.Store.PutArticles(ctx, arts)
	for k, i := range at {
		if err != nil {
			out[i] = a.put(ctx, arts[k], fresh)
		} else {
			out[i] = a.finish(ctx, arts[k], puts[k].ID, puts[k].Created, fresh)
		}
		out[i].Source = sources[i]
		if out[i].Created && xs[i].sig != nil {
			a.keepSigned(out[i].ID, *xs[i].sig)
		}
	}
	return out
}
