package pipeline

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/dossier-osint/dossier/internal/doc"
	"github.com/dossier-osint/dossier/internal/ingest"
)

const budgetArticle = "Workers keep arriving\n\nAbout 300 workers from North Korea arrived in Tomsk in May 2024, the border service said.\n"

// warmUp runs p once without a budget, so the tables the stages build at
// first use are built before a test measures a budget against them (call
// it before replacing stages).
func warmUp(p *Pipeline) {
	budget := p.Budget
	p.Budget = -1
	p.Article(ingest.Document{Source: "warm.txt", Format: "txt", Text: budgetArticle})
	p.Budget = budget
}

// TestBudgetSpentKeepsTheArticle: with no budget left the article is
// still returned, with its clean text and a warning naming the stage
// the budget ran out at and the stages not run.
func TestBudgetSpentKeepsTheArticle(t *testing.T) {
	p := builtin(t)
	p.Budget = time.Nanosecond
	a, err := p.ArticleContext(context.Background(), ingest.Document{Source: "slow.txt", Format: "txt", Text: budgetArticle})
	if err != nil {
		t.Fatal(err)
	}
	if a == nil || !strings.Contains(a.Text, "300 workers") || a.Hash == "" || a.Annotations == nil {
		t.Fatalf("article not kept: %+v", a)
	}
	w := strings.Join(a.Warnings, "; ")
	if !strings.Contains(w, "work budget of 1ns spent before the times stage") || !strings.Contains(w, "not run: times, quantities, names, claims") {
		t.Errorf("warning %q does not name the stage", w)
	}
	if len(a.Annotations.Claims) != 0 {
		t.Errorf("claims found with no budget: %d", len(a.Annotations.Claims))
	}
}

// TestBudgetSpentInsideAStage: a stage that stops at the deadline keeps
// what it found, and the warning names that stage.
func TestBudgetSpentInsideAStage(t *testing.T) {
	warmUp(builtin(t))
	saved := stages
	defer func() { stages = saved }()
	stages = append(append(stages[:0:0], saved[:2]...), stage{"slow", func(ctx context.Context, p *Pipeline, a *doc.Article, ann *doc.Annotations) error {
		<-ctx.Done()
		return ctx.Err()
	}})
	stages = append(stages, saved[2:]...)
	p := builtin(t)
	p.Budget = time.Second // time for the stages before the slow one, on a loaded machine; the slow one waits it out
	a, err := p.ArticleContext(context.Background(), ingest.Document{Source: "slow.txt", Format: "txt", Text: budgetArticle})
	if err != nil {
		t.Fatal(err)
	}
	w := strings.Join(a.Warnings, "; ")
	if !strings.Contains(w, "spent in the slow stage") || !strings.Contains(w, "not run: names, claims") {
		t.Errorf("warning %q", w)
	}
	if len(a.Annotations.Times) == 0 || len(a.Annotations.Quantities) == 0 {
		t.Errorf("the stages before the budget ran out lost their results: %+v", a.Annotations)
	}
}

// TestCancelledContextStoresNothing: a cancelled run (SIGTERM, a closed
// request) returns no article and the context's error.
func TestCancelledContextStoresNothing(t *testing.T) {
	p := builtin(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	a, err := p.ArticleContext(ctx, ingest.Document{Source: "gone.txt", Format: "txt", Text: budgetArticle})
	if a != nil || !errors.Is(err, context.Canceled) || !strings.Contains(err.Error(), "gone.txt") {
		t.Errorf("ArticleContext after cancel = %v, %v", a, err)
	}
	a = p.Article(ingest.Document{Source: "ok.txt", Format: "txt", Text: budgetArticle})
	if a == nil || len(a.Annotations.Claims) == 0 || len(a.Warnings) != 0 {
		t.Errorf("a normal run: %+v", a)
	}
}

// TestBudgetStopsRealStages: on a 1 MB article (seconds of work) a budget
// of 100 ms stops the run at the next stage boundary (or inside a stage,
// at its next sentence or token block); the article
// comes back with what was found and the warning names that stage.
func TestBudgetStopsRealStages(t *testing.T) {
	p := builtin(t)
	p.Budget = 100 * time.Millisecond
	a, err := p.ArticleContext(context.Background(), ingest.Document{Source: "big.txt", Format: "txt", Text: genArticle(1 << 20)})
	if err != nil {
		t.Fatal(err)
	}
	w := strings.Join(a.Warnings, "; ")
	if !strings.Contains(w, "work budget of 100ms spent") || !strings.Contains(w, "stage") {
		t.Fatalf("warnings %q", w)
	}
	if len(a.Text) < 900<<10 || a.Hash == "" {
		t.Errorf("the article lost its text")
	}
	t.Logf("%s", w)
}

// BenchmarkCancelLatency measures how long extraction takes to return
// once its context is cancelled (SIGTERM, a closed request), cancelling at
// several points of the run over a 4 MB article and a 4 MB single line.
func BenchmarkCancelLatency(b *testing.B) {
	p := builtin(b)
	inputs := map[string]string{"article=4MB": genArticle(4 << 20), "line=4MB": genLine(4 << 20)}
	for _, name := range []string{"article=4MB", "line=4MB"} {
		text := inputs[name]
		b.Run(name, func(b *testing.B) {
			var worst, sum time.Duration
			n := 0
			for b.Loop() {
				for _, after := range []time.Duration{100 * time.Millisecond, time.Second, 3 * time.Second, 6 * time.Second} {
					ctx, cancel := context.WithCancel(context.Background())
					done := make(chan time.Time, 1)
					go func() {
						p.ArticleContext(ctx, ingest.Document{Source: name, Format: "txt", Text: text})
						done <- time.Now()
					}()
					timer := time.NewTimer(after)
					var lat time.Duration
					select {
					case end := <-done: // finished before the cancel
						timer.Stop()
						cancel()
						_ = end
						continue
					case <-timer.C:
						t0 := time.Now()
						cancel()
						lat = (<-done).Sub(t0)
					}
					worst = max(worst, lat)
					sum += lat
					n++
				}
			}
			if n > 0 {
				b.ReportMetric(float64(worst.Milliseconds()), "worst-ms")
				b.ReportMetric(float64(sum.Milliseconds())/float64(n), "mean-ms")
			}
		})
	}
}

// TestStagePanicKeepsTheRun: a stage that panics on one text (a bug) does
// not end the run: the article keeps what the stages before found and a
// warning names the stage.
func TestStagePanicKeepsTheRun(t *testing.T) {
	saved := stages
	defer func() { stages = saved }()
	stages = append(append(stages[:0:0], saved[:2]...), stage{"fragile", func(ctx context.Context, p *Pipeline, a *doc.Article, ann *doc.Annotations) error {
		var xs []int
		_ = xs[len(a.Text)] // index out of range
		return nil
	}})
	p := builtin(t)
	a, err := p.ArticleContext(context.Background(), ingest.Document{Source: "bug.txt", Format: "txt", Text: budgetArticle})
	if err != nil || a == nil {
		t.Fatalf("ArticleContext = %v, %v", a, err)
	}
	if w := strings.Join(a.Warnings, "; "); !strings.Contains(w, "the fragile stage failed") || !strings.Contains(w, "index out of range") {
		t.Errorf("warnings %q", w)
	}
	if len(a.Annotations.Times) == 0 || len(a.Annotations.Quantities) == 0 {
		t.Errorf("the stages before the panic lost their results")
	}
}

// TestStageDeafToTheBudgetIsAbandoned: a stage that never looks at its
// context (a long loop on one huge line) does not hold the article: once
// the budget is spent and StageGrace has passed, the article comes back
// with the earlier stages' results and a warning naming the stage, and a
// cancelled run returns the context's error; the stage's late result is
// dropped, never written into what is stored.
func TestStageDeafToTheBudgetIsAbandoned(t *testing.T) {
	release := make(chan struct{})
	started, finished := make(chan struct{}, 2), make(chan struct{}, 2)
	saved := stages
	defer func() { stages = saved }()
	stages = append(append(stages[:0:0], saved[:2]...), stage{"deaf", func(ctx context.Context, p *Pipeline, a *doc.Article, ann *doc.Annotations) error {
		started <- struct{}{}
		<-release // ignores ctx
		ann.Mentions = []doc.Mention{{Text: "late"}}
		finished <- struct{}{}
		return nil
	}})
	stages = append(stages, saved[2:]...)
	p := builtin(t)
	p.Budget = 2 * time.Second // time for the stages before the deaf one, on a loaded machine
	type out struct {
		a   *doc.Article
		err error
	}
	run := func(ctx context.Context) out {
		c := make(chan out, 1)
		go func() {
			a, err := p.ArticleContext(ctx, ingest.Document{Source: "deaf.txt", Format: "txt", Text: budgetArticle})
			c <- out{a, err}
		}()
		select {
		case o := <-c:
			return o
		case <-time.After(2 * time.Minute): // a guard against hanging, not a measure
			t.Fatal("the pipeline waits for a stage that ignores its context")
			return out{}
		}
	}
	o := run(context.Background())
	<-started
	if o.err != nil || o.a == nil {
		t.Fatalf("budget spent in a deaf stage: %v %v", o.a, o.err)
	}
	w := strings.Join(o.a.Warnings, "; ")
	if !strings.Contains(w, "spent in the deaf stage") || !strings.Contains(w, "did not stop within 1s") || !strings.Contains(w, "not run: names, claims") {
		t.Errorf("warning %q", w)
	}
	if len(o.a.Annotations.Times) == 0 || len(o.a.Annotations.Quantities) == 0 {
		t.Errorf("the stages before lost their results: %+v", o.a.Annotations)
	}
	// a cancel (SIGTERM) with a deaf stage running
	p.Budget = -1
	ctx, cancel := context.WithCancel(context.Background())
	go func() { <-started; cancel() }()
	if o := run(ctx); o.a != nil || !errors.Is(o.err, context.Canceled) {
		t.Errorf("cancelled with a deaf stage: %v, %v", o.a, o.err)
	}
	close(release)
	<-finished
	<-finished
	for i := 0; len(abandoned) != 0; i++ { // the late stages give their tokens back
		if i == 2000 {
			t.Fatalf("%d abandoned stages still counted after they ended", len(abandoned))
		}
		time.Sleep(5 * time.Millisecond)
	}
	if len(o.a.Annotations.Mentions) != 0 {
		t.Errorf("the abandoned stage's late result reached the article: %+v", o.a.Annotations.Mentions)
	}
}

// TestAbandonedStagesBounded: with as many abandoned stages running as
// there are cores, the pipeline waits for a deaf stage instead of leaving
// one more running, and keeps its results.
func TestAbandonedStagesBounded(t *testing.T) {
	warmUp(builtin(t))
	for i := 0; i < cap(abandoned); i++ {
		abandoned <- struct{}{}
	}
	defer func() {
		for len(abandoned) > 0 {
			<-abandoned
		}
	}()
	release := make(chan struct{})
	saved := stages
	defer func() { stages = saved }()
	stages = append(append(stages[:0:0], saved[:1]...), stage{"deaf", func(ctx context.Context, p *Pipeline, a *doc.Article, ann *doc.Annotations) error {
		<-release // ignores ctx
		ann.Mentions = []doc.Mention{{Text: "kept"}}
		return nil
	}})
	p := builtin(t)
	p.Budget = time.Second // time for the stage before the deaf one, on a loaded machine (budget and grace end before 3 graces)
	c := make(chan *doc.Article, 1)
	go func() {
		a, _ := p.ArticleContext(context.Background(), ingest.Document{Source: "deaf.txt", Format: "txt", Text: budgetArticle})
		c <- a
	}()
	select {
	case a := <-c:
		t.Fatalf("returned with the bound reached: %v", a.Warnings)
	case <-time.After(3 * StageGrace): // the budget and the grace are long past
	}
	close(release)
	a := <-c
	if a == nil || len(a.Annotations.Mentions) != 1 || strings.Contains(strings.Join(a.Warnings, " "), "did not stop") {
		t.Errorf("the stage waited for: %+v", a)
	}
}
