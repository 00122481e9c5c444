package app

import (
	"context"
	"flag"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dossier-osint/dossier/internal/ingest"
	"github.com/dossier-osint/dossier/internal/pipeline"
)

// hugeLine writes a file of n bytes on one line: words and figures with no
// full stop and no line break (a dump that lost its punctuation), under
// the 32 MiB input limit when n is 30 MB.
func hugeLine(t testing.TB, path string, n int) {
	t.Helper()
	words := strings.Fields("the workers arrived in Russia from North Korea about 300 more were expected ministry said sanctions resolution 2397 in 2024 according to officials")
	r := rand.New(rand.NewPCG(30, 1))
	b := make([]byte, 0, n+16)
	b = append(b, "Workers "...)
	for len(b) < n {
		b = append(b, words[r.IntN(len(words))]...)
		b = append(b, ' ')
	}
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

// ingestDir ingests a directory through IngestAll and returns the results
// by file name.
func ingestDir(t testing.TB, a *App, dir string) map[string]Result {
	t.Helper()
	ctx := context.Background()
	got := map[string]Result{}
	_, err := a.IngestAll(ctx, func(push func(Item) error) error {
		return ingest.Walk(ctx, []string{dir}, nil, ingest.Options{}, func(d ingest.Document, err error) error {
			return push(Item{Doc: d, Err: err})
		})
	}, func(r Result) { got[filepath.Base(r.Source)] = r })
	if err != nil {
		t.Fatal(err)
	}
	return got
}

// TestHugeSingleLineHandled: a 30 MB single-line file is stored (with a
// work-budget warning) or refused with a message naming it, and the file
// after it is stored: it no longer stalls the run.
func TestHugeSingleLineHandled(t *testing.T) {
	if testing.Short() {
		t.Skip("writes and ingests a 30 MB file")
	}
	dir := t.TempDir()
	hugeLine(t, filepath.Join(dir, "a-huge.txt"), 30<<20)
	os.WriteFile(filepath.Join(dir, "b-good.txt"), []byte(shipsDoc.Text), 0o644)
	a := newApp(t, openTemp(t))
	a.Pipeline.Budget = 500 * time.Millisecond
	t0 := time.Now()
	got := ingestDir(t, a, dir)
	t.Logf("handled in %s", time.Since(t0).Round(time.Millisecond))
	huge, good := got["a-huge.txt"], got["b-good.txt"]
	switch {
	case huge.Err != nil:
		if !strings.Contains(huge.Err.Error(), "a-huge.txt") {
			t.Errorf("refusal %q does not name the file", huge.Err)
		}
		t.Logf("refused: %v", huge.Err)
	case huge.Created:
		if len(huge.Warnings) == 0 || !strings.HasPrefix(huge.Warnings[0], pipeline.BudgetWarning) {
			t.Errorf("stored without a budget warning: %+v", huge.Warnings)
		}
		t.Logf("stored: %s", strings.Join(huge.Warnings, "; "))
	default:
		t.Errorf("the huge file was neither stored nor refused: %+v", huge)
	}
	if good.Err != nil || !good.Created {
		t.Errorf("the file after it: %+v", good)
	}
}

// hugeBudget is the work budget BenchmarkHugeSingleLine runs with.
var hugeBudget = flag.Duration("huge-budget", time.Second, "BenchmarkHugeSingleLine: the per-article work budget (the default of dossier ingest is pipeline.DefaultBudget, 60s)")

// BenchmarkHugeSingleLine measures ingesting a 30 MB single-line file
// (cleaning, annotation until the work budget is spent, storing, into a
// fresh SQLite file) with the budget -huge-budget. ns/op is the time a run
// spends on such a file before it goes on to the next.
func BenchmarkHugeSingleLine(b *testing.B) {
	dir := b.TempDir()
	hugeLine(b, filepath.Join(dir, "huge.txt"), 30<<20)
	b.SetBytes(30 << 20)
	for b.Loop() {
		b.StopTimer()
		a := newApp(b, openTemp(b))
		a.Pipeline.Budget = *hugeBudget
		b.StartTimer()
		got := ingestDir(b, a, dir)
		b.StopTimer()
		r := got["huge.txt"]
		if r.Err != nil {
			b.Logf("refused: %v", r.Err)
		} else {
			b.Logf("stored, %d claims: %s", r.Claims, strings.Join(r.Warnings, "; "))
		}
		b.StartTimer()
	}
}
