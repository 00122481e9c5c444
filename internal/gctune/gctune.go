// Package gctune sets the collector's target for dossier's processes in
// its package init, before the other packages' inits build their tables.
//
// Go starts a process at GOGC=100 with a 4 MB first goal, and dossier's
// package inits allocate about 4 MB (word lists, tables, compiled
// patterns, and its dependencies' tables): at the default they made a
// collection of their own, marking about 3 MB, before main could set the
// collector (about 14 M instructions and 280 page faults of a one-file
// `dossier extract`). Package inits run in dependency order, so the
// setting is made here, in a package internal/lexicon imports (every
// package that builds tables at init imports lexicon), not in main.
// Every binary that links lexicon is dossier's own: the command, which
// runs under these settings, and the test binaries, which run under Go's
// defaults (their memory figures, such as the copy index's at a million
// articles in internal/copies' TestScale, are read at the defaults; at
// these settings that test peaks at 2.7 GiB instead of 1.7) unless
// TestsEnv is set in their environment. The first collection is put off
// to firstGoal (most runs of `dossier extract` then make none).
package gctune

import (
	"os"
	"runtime"
	"runtime/debug"
	"testing"
)

// Percent is the collector's target for dossier's runs: the heap may grow
// to eleven times what is live before a collection, instead of Go's
// default of twice. dossier's runs are batches whose live heap (10-25 MB:
// the vocabularies, the tables, the articles in flight) is small next to
// the garbage an article's extraction leaves, and each collection costs
// about as much as extracting a few articles (marking, sweeping, write
// barriers while it runs). At 1000 `dossier extract` of the 295 Wikinews
// files runs 3 collections instead of 5 and about 4% fewer instructions
// than at 400 for about 20 MB more at the peak (112-124 MB against 96 MB);
// the memory limit Tune sets keeps a run whose live heap grows large
// within bounds (docs/benchmarks.md, issue 18 sixth pass).
const Percent = 1000

// firstGoal is the heap size of the process's first collection. Go's
// first goal is 4 MB times GOGC/100 whatever is live (40 MB at Percent),
// and a run's first collection came when the tables built at the first
// article (about 10 MB live with the articles' scratch) had just been
// made: at 96 MB, a run that allocates less (about 500 of the Wikinews
// sample's articles: 50 MB for its 295) collects never, and one that
// allocates more collects first at 96 MB, no higher than any later goal
// (11 times what is live: 110 MB and more once those 10 MB are). The
// collection it spares was 5% of the instructions of `dossier extract`
// of the 295 Wikinews files (gctrace `38->41->17 MB`).
const firstGoal = 96 << 20

// firstPercent is the GOGC whose first goal is firstGoal (the runtime's
// is 4 MB times GOGC/100).
const firstPercent = firstGoal / (4 << 20) * 100

// TestsEnv, set to any value in a test binary's environment, makes its
// init tune the collector as the command's does (cmd/dossier's test of
// the init order sets it for its child run).
const TestsEnv = "DOSSIER_GCTUNE_TESTS"

func init() {
	if testing.Testing() && os.Getenv(TestsEnv) == "" {
		return // a test binary runs at Go's defaults
	}
	Tune()
}

// Tune sets the collector's target and a soft memory limit of a quarter
// of the machine's memory, so a run whose live heap grows large is
// collected as often as it needs to stay within it. The target is
// firstPercent until the first collection, Percent from then on
// (afterFirst). The environment's GOGC and GOMEMLIMIT, when set, win:
// GOGC=100 gives Go's default behaviour back.
func Tune() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(firstPercent)
		afterFirst(settle)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		if total := PhysicalMemory(); total > 0 {
			debug.SetMemoryLimit(int64(total / 4))
		}
	}
}

// settle sets Percent once the first collection is done, unless the
// target was changed from firstPercent meanwhile (a test, a command).
func settle() {
	if was := debug.SetGCPercent(Percent); was != firstPercent {
		debug.SetGCPercent(was)
	}
}

// afterFirst runs f after the next collection: the finalizer of an
// object nothing holds, which that collection finds unreachable. The
// object is one of the runtime's large objects (a span of its own), so
// its span is swept, and the finalizer queued, when the next span is
// allocated after the collection (the heap reclaims dead large spans
// first), not whenever its size class is next needed; a queued finalizer
// is run at the next scheduling point. (A runtime.AddCleanup would wait
// for the whole heap to be swept.)
func afterFirst(f func()) {
	sentinel := new([64 << 10]byte)
	runtime.SetFinalizer(sentinel, func(*[64 << 10]byte) { f() })
}
