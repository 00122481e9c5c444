// Package pipeline chains dossier's pure stages on one article: clean ->
// annotate (time expressions, quantities, names, legal references) -> claims.
// It does no I/O: readers feed it ingest.Documents and the store keeps what
// it returns. The CLI, the web server and the workers all use it, so every
// entry point extracts the same way.
//
// Every run takes a context and a work budget: cancelling the context
// (SIGTERM, a closed request) stops the stages at their next boundary and
// the article is not returned; when only the budget runs out the article
// keeps what the stages found so far, with a warning naming the stage.
package pipeline

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"
	"time"

	"github.com/dossier-osint/dossier/internal/claim"
	"github.com/dossier-osint/dossier/internal/clean"
	"github.com/dossier-osint/dossier/internal/doc"
	"github.com/dossier-osint/dossier/internal/entity"
	"github.com/dossier-osint/dossier/internal/ingest"
	"github.com/dossier-osint/dossier/internal/quantity"
	"github.com/dossier-osint/dossier/internal/timex"
	"github.com/dossier-osint/dossier/internal/token"
	"github.com/dossier-osint/dossier/internal/topic"
)

// Pipeline runs the stages with a fixed set of topics.
type Pipeline struct {
	Topics []*topic.Topic
	// Budget bounds the annotation of one article (DefaultBudget when 0,
	// none when < 0): a pathological input is stored with what was found
	// in that time instead of stalling a batch, the watcher or a request.
	Budget time.Duration
}

// DefaultBudget is the work budget of one article. Ordinary articles take
// milliseconds; the largest accepted input (32 MiB) of ordinary text takes
// about a minute on one core at the stages' current speed.
const DefaultBudget = 60 * time.Second

// BudgetWarning starts the warning of an article whose budget was spent.
const BudgetWarning = "work budget"

// ErrBudget is the context cause when an article's work budget is spent.
var ErrBudget = errors.New("work budget spent")

// New returns a pipeline mapping claims to the given topics' indicators.
func New(topics []*topic.Topic) *Pipeline { return &Pipeline{Topics: topics} }

// Article cleans a read document and annotates it, within the work budget.
func (p *Pipeline) Article(d ingest.Document) *doc.Article {
	a, _ := p.ArticleContext(context.Background(), d)
	return a
}

// ArticleContext is Article with a context: when ctx is done before the
// work is, it returns a nil article and ctx's error.
func (p *Pipeline) ArticleContext(ctx context.Context, d ingest.Document) (*doc.Article, error) {
	a, err := p.CleanContext(ctx, d)
	if err != nil {
		return nil, err
	}
	bctx, cancel := p.budget(ctx)
	defer cancel()
	if err := p.annotate(ctx, bctx, a); err != nil {
		return nil, err
	}
	return a, nil
}

// CleanContext runs the first stage only: clean text, paragraphs, metadata
// and the content hash, enough to recognize an article already stored. It
// stops when ctx is done, with ctx's error and no article. The work budget does not cover cleaning: an article is
// stored with its whole clean text or not at all, and cleaning is linear.
func (p *Pipeline) CleanContext(ctx context.Context, d ingest.Document) (a *doc.Article, err error) {
	defer func() {
		if v := recover(); v != nil { // a bug on one text fails that article only
			slog.Error("pipeline: cleaning panicked", "source", d.Source, "panic", v, "stack", string(debug.Stack()))
			a, err = nil, fmt.Errorf("%s: cleaning failed on this text (internal error: %v)", d.Source, v)
		}
	}()
	a, err = clean.CleanContext(ctx, d)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", d.Source, err)
	}
	return a, nil
}

// Annotate (re)computes every annotation of a clean article, replacing
// a.Annotations. It is what `dossier reextract` runs on stored articles.
func (p *Pipeline) Annotate(a *doc.Article) { p.AnnotateContext(context.Background(), a) }

// AnnotateContext is Annotate with a context; on its error a.Annotations
// is left as it was.
func (p *Pipeline) AnnotateContext(ctx context.Context, a *doc.Article) error {
	bctx, cancel := p.budget(ctx)
	defer cancel()
	return p.annotate(ctx, bctx, a)
}

func (p *Pipeline) budget(ctx context.Context) (context.Context, context.CancelFunc) {
	b := p.Budget
	if b == 0 {
		b = DefaultBudget
	}
	if b < 0 {
		return context.WithCancel(ctx)
	}
	return context.WithTimeoutCause(ctx, b, ErrBudget)
}

// stages are the annotators in order, each reading what the ones before
// it found. Each checks the context at its sentence or paragraph
// boundaries where it can; the pipeline checks it between them.
var stages = []stage{
	{"times", func(ctx context.Context, p *Pipeline, a *doc.Article, ann *doc.Annotations) error {
		ref := a.PublishedTime
		if ref == "" {
			ref = a.Published
		}
		var err error
		ann.Times, err = timex.FindStream(ctx, tokens(ctx, a), timex.Ref{Published: ref, Lang: a.Lang})
		return err
	}},
	{"quantities", func(ctx context.Context, p *Pipeline, a *doc.Article, ann *doc.Annotations) error {
		var err error
		ann.Quantities, err = quantity.FindStream(ctx, tokens(ctx, a), a.Lang)
		return err
	}},
	{"names", func(ctx context.Context, p *Pipeline, a *doc.Article, ann *doc.Annotations) error {
		names, err := entity.FindStream(ctx, tokens(ctx, a))
		ann.Mentions, ann.Entities, ann.LegalRefs = names.Mentions, names.Entities, names.LegalRefs
		return err
	}},
	{"claims", func(ctx context.Context, p *Pipeline, a *doc.Article, ann *doc.Annotations) error {
		var err error
		ann.Claims, err = claim.ExtractContext(ctx, a, ann, p.Topics)
		return err
	}},
	{"related-links names", func(ctx context.Context, p *Pipeline, a *doc.Article, ann *doc.Annotations) error {
		// names in the related-links lists cleaning removed: known, never actors
		ann.RemovedMentions = relatedMentions(a.Removed)
		return nil
	}},
}

// streamKey holds an article's token stream in the context of its run.
type streamKey struct{}

type streamCache struct{ st *token.Stream }

// tokens returns the article's clean text split once into the shared token
// stream (internal/token) for every annotator that reads it. The stream of
// a run comes from token's pool and goes back to it when the run's stages
// are done with it (annotate).
func tokens(ctx context.Context, a *doc.Article) *token.Stream {
	c, _ := ctx.Value(streamKey{}).(*streamCache)
	if c == nil {
		return token.New(a.Text)
	}
	if c.st == nil || c.st.Text != a.Text {
		c.st = getArticleStream(a.Text)
	}
	return c.st
}

// articleStreams are the token streams of whole articles, kept apart from
// token's pool: that one also serves the annotators' many short texts
// (names, phrases), so an article often got a small stream to grow again
// and a short text an article's; and it keeps no stream of more than
// 4,096 tokens (16 KB of text), which many articles pass.
var articleStreams = sync.Pool{New: func() any { return new(token.Stream) }}

// maxPooledTokens bounds the streams kept: a huge article's slice goes to
// the collector.
const maxPooledTokens = 1 << 16

func getArticleStream(text string) *token.Stream {
	st := articleStreams.Get().(*token.Stream)
	st.Reset(text)
	return st
}

func putArticleStream(st *token.Stream) {
	if cap(st.Toks) > maxPooledTokens {
		return
	}
	st.Reset("") // drops the text and its folded forms
	articleStreams.Put(st)
}

type stage struct {
	name string
	run  func(ctx context.Context, p *Pipeline, a *doc.Article, ann *doc.Annotations) error
}

// annotate runs the stages under bctx (ctx with the budget). When ctx
// itself is done it returns its error; when only the budget is spent it
// keeps what was found and adds a warning naming the stage.
//
// The stages run one after the other on a runner goroutine (inline when
// bctx can never be done), which sends each one's result; annotate takes
// them as they come, so that a stage deaf to its context can be left
// running once the budget and StageGrace are spent. One hand-over to the
// runner for all the stages, not one for each, is what a run costs in
// scheduling (docs/benchmarks.md, issue 18 seventh pass).
func (p *Pipeline) annotate(ctx, bctx context.Context, a *doc.Article) error {
	ann := &doc.Annotations{}
	cache := &streamCache{}
	bctx = context.WithValue(bctx, streamKey{}, cache)
	abandonedStage := false
	defer func() {
		// no stage reads the stream any more, unless one was abandoned
		// still running: its stream is left to the garbage collector (and
		// cache.st not read: the abandoned stage may be setting it)
		if !abandonedStage && cache.st != nil {
			putArticleStream(cache.st)
		}
	}()
	sts := stages
	out := getResults(len(sts)) // never full: at most one result a stage
	// keep out for the next run only once its last result is in and no
	// stage was abandoned still sending: given back on the two returns
	// below, not in a defer, so that a panic here leaves it to the
	// collector instead of to an article that could read a stale result
	keepResults := func() {
		if !abandonedStage {
			putResults(out)
		}
	}
	var r *runner
	if bctx.Done() == nil {
		runStages(bctx, sts, p, a, out)
	} else {
		r = getRunner()
		r.jobs <- stageJob{bctx, sts, p, a, out}
	}
	var grace <-chan time.Time
	stopped := bctx.Done()
	running := 0 // the stage the runner is on
	for done := len(sts) == 0; !done; {
		var res stageResult
		select {
		case res = <-out:
			done = res.last
			if !res.before {
				*ann = res.ann // a stage stopped by the budget keeps what it found
			}
			running = res.stage + 1
			if res.err == nil {
				continue
			}
		case <-stopped:
			t := time.NewTimer(StageGrace)
			defer t.Stop()
			grace, stopped = t.C, nil
			continue
		case <-grace:
			select {
			case abandoned <- struct{}{}:
			default: // as many abandoned stages as cores still run: wait for this one
				grace = nil
				continue
			}
			go func(r *runner) { // the runner is given back once its last result is in
				for !(<-out).last {
				}
				<-abandoned
				putRunner(r)
			}(r)
			st := sts[running]
			slog.Warn("pipeline: stage abandoned after its deadline", "source", a.Source, "stage", st.name, "grace", StageGrace)
			abandonedStage, done, r = true, true, nil
			res = stageResult{stage: running, err: fmt.Errorf("the %s stage %w", st.name, errAbandoned)}
		}
		if r != nil && done {
			putRunner(r)
			r = nil
		}
		if err := p.stageFailed(ctx, bctx, a, sts, res); err != nil {
			keepResults() // a failed stage's result is the run's last
			return err
		} // a failed stage's result is the run's last: the loop ends
	}
	if r != nil {
		putRunner(r)
	}
	keepResults()
	a.Annotations = ann
	return nil
}

// stageFailed records on a how the stage of res failed: a warning when the
// stage panicked or the budget was spent (the article is kept with what was
// found), or an error to return when ctx itself is done or the stage
// failed otherwise.
func (p *Pipeline) stageFailed(ctx, bctx context.Context, a *doc.Article, sts []stage, res stageResult) error {
	st, err := sts[res.stage], res.err
	var pe *stagePanic
	if errors.As(err, &pe) {
		// a bug on one article's text must not end a batch: the article
		// keeps what the stages before found, and says what failed
		a.Warnings = append(a.Warnings, fmt.Sprintf("the %s stage failed on this text (internal error: %v): stored without what it and the stages after it find", st.name, pe.value))
		slog.Error("pipeline: stage panicked", "source", a.Source, "stage", st.name, "panic", pe.value, "stack", string(pe.stack))
		return nil
	}
	if ctx.Err() != nil {
		return fmt.Errorf("%s: %w", a.Source, context.Cause(ctx))
	}
	if !errors.Is(context.Cause(bctx), ErrBudget) {
		return fmt.Errorf("%s: %s: %w", a.Source, st.name, err)
	}
	where, from := "in", res.stage+1
	if res.before {
		where, from = "before", res.stage
	}
	var skipped []string
	for _, later := range sts[from:] {
		skipped = append(skipped, later.name)
	}
	w := fmt.Sprintf("%s of %s spent %s the %s stage: stored with what was found", BudgetWarning, p.budgetText(), where, st.name)
	if errors.Is(err, errAbandoned) {
		w += fmt.Sprintf(" before it (the %s stage did not stop within %s of the budget: its results are dropped)", st.name, StageGrace)
	}
	if len(skipped) > 0 {
		w += " (not run: " + strings.Join(skipped, ", ") + ")"
	}
	a.Warnings = append(a.Warnings, w)
	return nil
}

// stagePanic is a stage's panic, turned into an error.
type stagePanic struct {
	value any
	stack []byte
}

func (e *stagePanic) Error() string { return fmt.Sprintf("panic: %v", e.value) }

// StageGrace is how long a stage may run on after its context is done (the
// budget spent, SIGTERM, a closed request) before the pipeline stops
// waiting for it: a stage that misses its context checks (a long loop on
// one huge line) is left to finish in the background, its results dropped,
// so that the article is stored and the run goes on.
const StageGrace = time.Second

// abandoned holds a token for each abandoned stage still running: at most
// GOMAXPROCS of them at once, so that inputs that defeat a stage cannot
// pile up runaway work (past the bound the pipeline waits for the stage).
var abandoned = make(chan struct{}, runtime.GOMAXPROCS(0))

// errAbandoned is a stage the pipeline stopped waiting for.
var errAbandoned = errors.New("did not stop at its deadline; what it found is dropped")

// resultChans keeps the result channels of runs whose every result was
// received (empty, and sent to no more: a run's last result is its
// stages' last send), for the next run: a channel holds a result a stage,
// 1.6 KB an article (the annotations are sent by value).
var resultChans sync.Pool

// getResults returns an empty channel with room for n results.
func getResults(n int) chan stageResult {
	if c, ok := resultChans.Get().(chan stageResult); ok && cap(c) == n && len(c) == 0 {
		return c
	}
	return make(chan stageResult, n)
}

// putResults keeps c, which no stage sends to any more and whose results
// were all received, for the next run.
func putResults(c chan stageResult) { resultChans.Put(c) }

// stageResult is what one stage of a run gave.
type stageResult struct {
	stage  int
	before bool            // ctx was done before the stage began: it did not run
	err    error           // a *stagePanic when the stage panicked
	ann    doc.Annotations // the run's annotations after the stage
	last   bool            // no result follows: the stages are done, or one failed
}

// runStages runs sts in order on a, each reading what the ones before it
// found, and sends each one's result to out. It stops at the first that
// fails, or before the next when ctx is done.
func runStages(ctx context.Context, sts []stage, p *Pipeline, a *doc.Article, out chan<- stageResult) {
	var ann doc.Annotations
	for i, st := range sts {
		if err := ctx.Err(); err != nil {
			out <- stageResult{stage: i, before: true, err: err, last: true}
			return
		}
		err := runInline(ctx, st, p, a, &ann)
		out <- stageResult{stage: i, err: err, ann: ann, last: err != nil || i == len(sts)-1}
		if err != nil {
			return
		}
	}
}

// runner is a long-lived goroutine that runs the stages of one article
// after another for annotate. A stage's stack grows to tens of KB (the
// recursive time grammar, the name finder), and a new goroutine for each
// stage of each article grew it from nothing every time (runtime.newstack
// and copystack were 2-3% of `dossier extract`); a runner keeps its grown
// stack from one run to the next.
type runner struct {
	jobs chan stageJob
}

// stageJob is the stages to run on an article, their results sent to out.
type stageJob struct {
	ctx    context.Context
	stages []stage
	p      *Pipeline
	a      *doc.Article
	out    chan<- stageResult
}

// idleRunners are the runners waiting for a run: as many as two for
// each core, enough for the extraction workers; a runner finishing when
// the set is full ends, so that a burst of concurrent runs (or abandoned
// stages) leaves no more goroutines behind than that.
var idleRunners = make(chan *runner, 2*runtime.GOMAXPROCS(0))

// getRunner returns an idle runner, or starts one.
func getRunner() *runner {
	select {
	case r := <-idleRunners:
		return r
	default:
		r := &runner{jobs: make(chan stageJob)}
		go r.loop()
		return r
	}
}

// putRunner gives back a runner whose last result was sent.
func putRunner(r *runner) {
	select {
	case idleRunners <- r:
	default:
		close(r.jobs) // enough runners wait already: this one ends
	}
}

func (r *runner) loop() {
	for j := range r.jobs {
		runStages(j.ctx, j.stages, j.p, j.a, j.out)
	}
}

// runInline runs one stage in the caller's goroutine.
func runInline(ctx context.Context, st stage, p *Pipeline, a *doc.Article, ann *doc.Annotations) (err error) {
	defer func() {
		if v := recover(); v != nil {
			err = &stagePanic{value: v, stack: debug.Stack()}
		}
	}()
	return st.run(ctx, p, a, ann)
}

func (p *Pipeline) budgetText() string {
	if p.Budget > 0 {
		return p.Budget.String()
	}
	return DefaultBudget.String()
}

// RelatedRule prefixes the Rule of names found in removed related-links text.
const RelatedRule = "related-links (removed text)"

// relatedMentions finds the names in the removed related-links pieces
// (reasons "boilerplate:related..."), resolved among themselves.
func relatedMentions(removed []doc.Removed) []doc.RemovedMention {
	var idx []int
	var pieces []string
	for i, r := range removed {
		if strings.HasPrefix(r.Reason, "boilerplate:related") {
			idx = append(idx, i)
			pieces = append(pieces, r.Text)
		}
	}
	var out []doc.RemovedMention
	for _, m := range entity.FindPieces(pieces) {
		m.Rule = RelatedRule + "; " + m.Rule
		out = append(out, doc.RemovedMention{Piece: idx[m.Piece], Mention: m.Mention})
	}
	return out
}
