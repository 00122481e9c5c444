package main

import (
	"os"
	"runtime/debug"
)

// gcPercent is the collector's target for dossier's runs: the heap may grow
// to eleven times what is live before a collection, instead of Go's default
// of twice. dossier's runs are batches whose live heap (10-25 MB: the
// vocabularies, the tables, the articles in flight) is small next to the
// garbage an article's extraction leaves, and each collection costs about
// as much as extracting a few articles (marking, sweeping, write barriers
// while it runs). At 1000 `dossier extract` of the 295 Wikinews files runs
// 3 collections instead of 5 and about 4% fewer instructions than at 400
// for about 20 MB more at the peak (112-124 MB against 96 MB); the memory
// limit below keeps a run whose live heap grows large within bounds
// (docs/benchmarks.md, issue 18 sixth pass).
const gcPercent = 1000

// tuneGC sets gcPercent and a soft memory limit of a quarter of the
// machine's memory, so a run whose live heap grows large is collected as
// often as it needs to stay within it. The environment's GOGC and
// GOMEMLIMIT, when set, win: GOGC=100 gives Go's default behaviour back.
func tuneGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(gcPercent)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		if total := physicalMemory(); total > 0 {
			debug.SetMemoryLimit(int64(total / 4))
		}
	}
}
