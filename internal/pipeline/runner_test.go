package pipeline

import (
	"fmt"
	"runtime"
	"sync"
	"testing"
	"time"

	"github.com/dossier-osint/dossier/internal/ingest"
)

// TestRunnersDoNotPileUp: the stages run on long-lived runner goroutines;
// after many more concurrent runs than the idle set holds, only that many
// runners stay behind, and each run still gets its own article's result.
func TestRunnersDoNotPileUp(t *testing.T) {
	p := builtin(t)
	before := runtime.NumGoroutine()
	callers := 3 * cap(idleRunners)
	var wg sync.WaitGroup
	errs := make(chan error, callers)
	for i := range callers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range 3 {
				n := 100 * (i*3 + k + 1)
				src := fmt.Sprintf("r%d.txt", n)
				a := p.Article(ingest.Document{Source: src, Format: "txt",
					Text: fmt.Sprintf("Workers arrive\n\nAbout %d workers arrived in Tomsk in May 2024, the border service said.\n", n)})
				if a == nil || a.Source != src || len(a.Annotations.Quantities) == 0 || a.Annotations.Quantities[0].Value.Number != float64(n) {
					errs <- fmt.Errorf("%s: the result of another run or none: %+v", src, a)
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	limit := before + cap(idleRunners)
	var now int
	for i := 0; i < 200; i++ { // an ending runner may not have returned yet
		if now = runtime.NumGoroutine(); now <= limit {
			return
		}
		time.Sleep(5 * time.Millisecond)
	}
	t.Errorf("%d goroutines after the runs, %d before: more than the %d idle runners kept", now, before, cap(idleRunners))
}
