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
// Every binary that links lexicon is dossier's own: the command and the
// test binaries, which run under the same settings.
package gctune

import (
	"os"
	"runtime/debug"
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

func init() { Tune() }

// Tune sets Percent and a soft memory limit of a quarter of the machine's
// memory, so a run whose live heap grows large is collected as often as it
// needs to stay within it. The environment's GOGC and GOMEMLIMIT, when
// set, win: GOGC=100 gives Go's default behaviour back.
func Tune() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(Percent)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		if total := PhysicalMemory(); total > 0 {
			debug.SetMemoryLimit(int64(total / 4))
		}
	}
}
