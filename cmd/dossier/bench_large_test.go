package main

import (
	"bufio"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/dossier-osint/dossier/internal/store"
	"github.com/dossier-osint/dossier/internal/store/open"
	"github.com/dossier-osint/dossier/internal/store/storetest"
)

// The storage benchmark is opt-in: it ingests DOSSIER_BENCH_N (default
// 100,000) synthetic articles into SQLite directly and into PostgreSQL
// through the job queue with 1 and 2 worker processes, then measures search
// latency on both. See docs/benchmarks-storage.md.
const (
	envBenchLarge = "DOSSIER_BENCH_LARGE"
	envBenchN     = "DOSSIER_BENCH_N"
)

// synthArticle is a small generated article; our own wording, varied enough
// that search terms select different numbers of articles.
func synthArticle(r *rand.Rand, i int) map[string]string {
	places := []string{"Testgrad", "Northport", "Lakeside", "Eastfield", "Rivermouth", "Hillcrest", "Saltmarsh",
		"Pinehaven", "Stonebridge", "Coldwater", "Redcliff", "Ashford"}
	trades := []string{"construction", "logging", "fishing", "textile", "farm", "shipyard", "road", "mining"}
	outlets := []string{"Bench Wire", "Harbour Daily", "Plains Courier", "Morning Ledger", "Valley Post"}
	verbs := []string{"arrived", "were sent", "were employed", "were counted", "were registered"}
	place, trade := places[r.IntN(len(places))], trades[r.IntN(len(trades))]
	year := 2015 + r.IntN(10)
	n := 20 + r.IntN(5000)
	var b strings.Builder
	fmt.Fprintf(&b, "Officials in %s said %d %s workers %s in %d, according to a regional report numbered %d.\n\n",
		place, n, trade, verbs[r.IntN(len(verbs))], year, i)
	fmt.Fprintf(&b, "The labour ministry said the figure was about %d percent higher than a year earlier, "+
		"and that contractors in %s had asked for %d more permits.\n\n", 2+r.IntN(60), places[r.IntN(len(places))], 10+r.IntN(900))
	if r.IntN(4) == 0 {
		fmt.Fprintf(&b, "Inspectors visited %d dormitories and described shifts of %d hours.\n", 1+r.IntN(40), 8+r.IntN(7))
	}
	return map[string]string{
		"title":     fmt.Sprintf("%s: %s crews, report %d", place, trade, i),
		"published": fmt.Sprintf("%d-%02d-%02d", year, 1+r.IntN(12), 1+r.IntN(28)),
		"credit":    outlets[r.IntN(len(outlets))],
		"lang":      "en",
		"text":      b.String(),
	}
}

// writeSynth writes n articles as JSON Lines files of at most per lines.
func writeSynth(t *testing.T, dir string, n, per int) {
	r := rand.New(rand.NewPCG(1, 2))
	for start := 0; start < n; start += per {
		f, err := os.Create(filepath.Join(dir, fmt.Sprintf("synth-%06d.jsonl", start)))
		if err != nil {
			t.Fatal(err)
		}
		w := bufio.NewWriter(f)
		enc := json.NewEncoder(w)
		for i := start; i < min(start+per, n); i++ {
			if err := enc.Encode(synthArticle(r, i)); err != nil {
				t.Fatal(err)
			}
		}
		if err := w.Flush(); err != nil {
			t.Fatal(err)
		}
		f.Close()
	}
}

func loadAvg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "?"
	}
	return strings.Join(strings.Fields(string(b))[:3], " ")
}

// timed runs the binary with args and returns the wall time.
func timed(t *testing.T, bin string, args ...string) time.Duration {
	t.Helper()
	start := time.Now()
	out, err := exec.Command(bin, args...).CombinedOutput()
	if err != nil {
		t.Fatalf("dossier %s: %v\n%s", strings.Join(args, " "), err, lastLines(string(out), 20))
	}
	d := time.Since(start)
	t.Logf("dossier %s: %s\n%s", args[0], d.Round(time.Millisecond), lastLines(string(out), 3))
	return d
}

func lastLines(s string, n int) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}

// benchQueries are the search latency workload.
var benchQueries = []store.SearchQuery{
	{Text: "dormitories", Limit: 20},
	{Text: "shipyard workers", Limit: 20},
	{Text: `"report numbered 4242"`, Limit: 20},
	{Text: "contract* OR inspectors", Limit: 20, From: "2020-01-01"},
	{Text: "Saltmarsh fishing", Limit: 20, Credit: "Harbour Daily"},
	{Text: "permits -mining", Limit: 20},
	{Text: "Redcliff", Limit: 20, From: "2019-01-01", To: "2019-12-31"},
	{Text: `"labour ministry" textile`, Limit: 20, Offset: 40},
}

// searchLatency runs each query reps times and returns p50 and p95 over all.
func searchLatency(t *testing.T, dsn string, reps int) (p50, p95 time.Duration, perQuery map[string]time.Duration) {
	ctx := context.Background()
	st, err := open.Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var all []time.Duration
	perQuery = map[string]time.Duration{}
	for _, q := range benchQueries { // warm up
		if _, _, err := st.Search(ctx, q); err != nil {
			t.Fatalf("search %q: %v", q.Text, err)
		}
	}
	for _, q := range benchQueries {
		var ds []time.Duration
		for i := 0; i < reps; i++ {
			start := time.Now()
			if _, _, err := st.Search(ctx, q); err != nil {
				t.Fatal(err)
			}
			ds = append(ds, time.Since(start))
		}
		sort.Slice(ds, func(i, j int) bool { return ds[i] < ds[j] })
		perQuery[q.Text] = ds[len(ds)/2]
		all = append(all, ds...)
	}
	sort.Slice(all, func(i, j int) bool { return all[i] < all[j] })
	return all[len(all)/2], all[len(all)*95/100], perQuery
}

func TestBenchLargeStorage(t *testing.T) {
	if os.Getenv(envBenchLarge) == "" {
		t.Skipf("opt-in: set %s=1 (and %s, optionally %s) to run the storage benchmark", envBenchLarge, storetest.EnvPostgres, envBenchN)
	}
	n := 100_000
	if v := os.Getenv(envBenchN); v != "" {
		var err error
		if n, err = strconv.Atoi(v); err != nil || n <= 0 {
			t.Fatalf("%s=%q: want a positive number", envBenchN, v)
		}
	}
	if db := os.Getenv("DOSSIER_BENCH_SEARCH_DB"); db != "" {
		// Search latency only, on an existing database (a path or URL).
		p50, p95, per := searchLatency(t, db, 25)
		t.Logf("RESULT search on %s: p50 %s, p95 %s (load average %s)", db, p50.Round(10*time.Microsecond),
			p95.Round(10*time.Microsecond), loadAvg())
		for _, q := range benchQueries {
			t.Logf("  %-40q median %s", q.Text, per[q.Text].Round(10*time.Microsecond))
		}
		return
	}
	bin := buildBinary(t)
	data := t.TempDir()
	writeSynth(t, data, n, 10_000)
	t.Logf("%d synthetic articles; load average %s", n, loadAvg())
	only := os.Getenv("DOSSIER_BENCH_ONLY") // e.g. "sqlite" or "pg1,pg2"
	want := func(k string) bool { return only == "" || strings.Contains(only, k) }
	report := func(what string, d time.Duration) {
		t.Logf("RESULT %s: %d articles in %s = %.0f articles/s (load average after: %s)",
			what, n, d.Round(time.Second), float64(n)/d.Seconds(), loadAvg())
	}
	searchReport := func(what, dsn string) {
		p50, p95, per := searchLatency(t, dsn, 25)
		t.Logf("RESULT %s search at %d articles: p50 %s, p95 %s (load average %s)", what, n,
			p50.Round(10*time.Microsecond), p95.Round(10*time.Microsecond), loadAvg())
		for _, q := range benchQueries {
			t.Logf("  %-40q median %s", q.Text, per[q.Text].Round(10*time.Microsecond))
		}
	}

	if want("sqlite") {
		db := filepath.Join(t.TempDir(), "bench.db")
		d := timed(t, bin, "ingest", "--db", db, "--quiet", data)
		report("SQLite direct ingest (whole command, copy detection included)", d)
		// The storing phase alone, from the first to the last article's
		// creation time (ingest then looks for copies over the collection).
		h, err := sql.Open("sqlite", db)
		if err != nil {
			t.Fatal(err)
		}
		var first, last string
		if err := h.QueryRow(`SELECT MIN(created_at), MAX(created_at) FROM articles`).Scan(&first, &last); err != nil {
			t.Fatal(err)
		}
		h.Close()
		t0, _ := time.Parse(time.RFC3339Nano, first)
		t1, _ := time.Parse(time.RFC3339Nano, last)
		report("SQLite direct ingest, storing phase", t1.Sub(t0))
		searchReport("SQLite", db)
	}
	for _, workers := range []int{1, 2} {
		if !want(fmt.Sprintf("pg%d", workers)) {
			continue
		}
		dsn, conn := tempPostgres(t)
		timed(t, bin, "migrate", "--db", dsn)
		enq := timed(t, bin, "jobs", "enqueue", "--db", dsn, data)
		t.Logf("RESULT PostgreSQL enqueue: %d jobs in %s", n, enq.Round(time.Millisecond))
		start := time.Now()
		var cmds []*exec.Cmd
		for w := 0; w < workers; w++ {
			cmd := exec.Command(bin, "worker", "--db", dsn, "--drain", "--poll", "200ms", "--id", fmt.Sprintf("bench%d", w))
			cmd.Stderr = os.Stderr
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			cmds = append(cmds, cmd)
		}
		for _, cmd := range cmds {
			if err := cmd.Wait(); err != nil {
				t.Fatal(err)
			}
		}
		d := time.Since(start)
		var articles int
		if err := conn.QueryRow(context.Background(), `SELECT COUNT(*) FROM articles`).Scan(&articles); err != nil {
			t.Fatal(err)
		}
		if articles != n {
			t.Errorf("PostgreSQL holds %d articles, want %d", articles, n)
		}
		report(fmt.Sprintf("PostgreSQL queue, %d worker process(es)", workers), d)
		if workers == 2 || !want("pg2") {
			searchReport("PostgreSQL", dsn)
		}
	}
}
