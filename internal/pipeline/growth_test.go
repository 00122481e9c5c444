package pipeline

import (
	"flag"
	"fmt"
	"runtime"
	"syscall"
	"testing"
	"time"

	"github.com/dossier-osint/dossier/internal/ingest"
)

var growthMax = flag.Int("growth.max", 10000, "largest number of articles BenchmarkGrowthCount runs (100000 for the docs/benchmarks.md figure)")

// BenchmarkGrowthLength runs the whole pipeline on one generated article
// of 1 KB to 1 MB of ordinary sentences. Linear cost is the same cpu-ns/B
// (CPU time per input byte) down the sizes; flat allocation counts are the
// same allocs/KB.
func BenchmarkGrowthLength(b *testing.B) {
	p := builtin(b)
	for _, n := range []int{1 << 10, 4 << 10, 16 << 10, 64 << 10, 256 << 10, 1 << 20} {
		d := ingest.Document{Source: "growth", Format: ingest.FormatText, Text: genArticle(n)}
		b.Run("size="+sizeName(n), func(b *testing.B) {
			b.SetBytes(int64(len(d.Text)))
			var m0, m1 runtime.MemStats
			runtime.ReadMemStats(&m0)
			c0 := cpuTime()
			for b.Loop() {
				p.Article(d)
			}
			c1 := cpuTime()
			runtime.ReadMemStats(&m1)
			kb := float64(b.N) * float64(len(d.Text)) / 1024
			b.ReportMetric(float64(m1.Mallocs-m0.Mallocs)/kb, "allocs/KB")
			b.ReportMetric(float64((c1-c0).Nanoseconds())/kb/1024, "cpu-ns/B")
		})
	}
}

// BenchmarkGrowthCount runs the pipeline over 1,000 to -growth.max
// different generated articles of about 1 KB each, one after another as
// one extraction worker does: the same ns/article and allocs/article for
// every count is linear growth (nothing kept from one article to the
// next).
func BenchmarkGrowthCount(b *testing.B) {
	p := builtin(b)
	for _, n := range []int{1000, 10000, 100000} {
		if n > *growthMax {
			b.Logf("count=%d skipped: run with -growth.max %d", n, n)
			continue
		}
		b.Run(fmt.Sprintf("count=%d", n), func(b *testing.B) {
			size := 0
			var m0, m1 runtime.MemStats
			runtime.ReadMemStats(&m0)
			c0 := cpuTime()
			for b.Loop() {
				size = 0
				for i := range n {
					d := ingest.Document{Source: "growth", Format: ingest.FormatText, Text: genArticleSeed(1<<10, uint64(i))}
					size += len(d.Text)
					p.Article(d)
				}
			}
			c1 := cpuTime()
			runtime.ReadMemStats(&m1)
			b.SetBytes(int64(size))
			per := float64(b.N) * float64(n)
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/per, "ns/article")
			b.ReportMetric(float64((c1-c0).Nanoseconds())/per, "cpu-ns/article")
			b.ReportMetric(float64(m1.Mallocs-m0.Mallocs)/per, "allocs/article")
		})
	}
}

// cpuTime is the CPU time (user and system) the process has used: on a
// machine shared with other work it varies far less than the wall time
// the ns/op figures give.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
