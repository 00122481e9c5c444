package main

import (
	"os"
	"runtime/debug"
)

// gcPercent is the collector's target for dossier's runs: the heap may grow
// to five times what is live before a collection, instead of Go's default of
// twice. dossier's runs are batches whose live heap is small next to the
// garbage an article's extraction leaves (the pipeline's scratch memory is
// pooled), so collecting a quarter as often saves about a tenth of the
// instructions of `dossier extract` on news articles (docs/benchmarks.md) for
// some tens of MB more at the peak.
const gcPercent = 400

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
