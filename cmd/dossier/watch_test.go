package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/dossier-osint/dossier/internal/store"
	"github.com/dossier-osint/dossier/internal/store/sqlite"
)

// watchPage is an invented article, different for each n.
func watchPage(n int) string {
	return fmt.Sprintf(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Quay bulletin %[1]d</title>
<meta property="article:published_time" content="2023-10-%02[2]dT09:00:00Z"></head><body><nav><a href="/">Home</a></nav>
<article><h1>Quay bulletin %[1]d</h1>
<p>The harbour office of the invented city of Brinhaven reported on Friday that %[3]d contract fitters had signed on at the shipyard, bulletin %[1]d says.</p>
<p>A yard manager said the crews would stay until the hulls were finished, and that another group was expected before the winter.</p>
<p>Union representatives in Brinhaven asked for the contracts to be published, a request the office said it would consider.</p>
</article><footer>Brinhaven Ledger</footer></body></html>`, n, n%28+1, 200+n*13)
}

// feedSite serves an RSS feed of n items whose pages answer slowly.
func feedSite(t *testing.T, n int, delay time.Duration) (*httptest.Server, *atomic.Int64) {
	var pageHits atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch {
		case r.URL.Path == "/feed.xml":
			var b strings.Builder
			b.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>Brinhaven</title>`)
			for i := 1; i <= n; i++ {
				fmt.Fprintf(&b, `<item><title>Quay bulletin %d</title><link>http://%s/page/%d</link><guid>q-%d</guid></item>`, i, r.Host, i, i)
			}
			b.WriteString(`</channel></rss>`)
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprint(w, b.String())
		case strings.HasPrefix(r.URL.Path, "/page/"):
			var i int
			fmt.Sscanf(r.URL.Path, "/page/%d", &i)
			pageHits.Add(1)
			select {
			case <-time.After(delay):
			case <-r.Context().Done():
				return
			}
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprint(w, watchPage(i))
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(srv.Close)
	return srv, &pageHits
}

// storedState reads the article hashes and item states of a database.
func storedState(t *testing.T, path string) (hashes []string, items []store.Item) {
	t.Helper()
	st, err := sqlite.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	arts, _, err := st.ListArticles(context.Background(), store.ArticleFilter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range arts {
		hashes = append(hashes, a.Hash)
	}
	sort.Strings(hashes)
	if items, err = st.Items(context.Background(), 0, false, 0); err != nil {
		t.Fatal(err)
	}
	return hashes, items
}

// TestWatchSurvivesKill runs dossier watch in subprocesses killed with
// SIGKILL at varied moments, restarts it, and checks that the stored
// articles equal those of an uninterrupted run: no item lost, none twice.
func TestWatchSurvivesKill(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and runs subprocesses")
	}
	const n = 40
	bin := buildBinary(t)
	srv, hits := feedSite(t, n, 30*time.Millisecond)
	dir := t.TempDir()
	sources := filepath.Join(dir, "sources.txt")
	os.WriteFile(sources, []byte("# test feed\n"+srv.URL+"/feed.xml 1h\n"), 0o644)
	common := []string{"--sources", sources, "--allow-private", "--per-host", "1ms", "--timeout", "5s"}

	refDB := filepath.Join(dir, "ref.db")
	out, err := exec.Command(bin, append([]string{"watch", "--once", "--db", refDB}, common...)...).CombinedOutput()
	if err != nil {
		t.Fatalf("reference run: %v\n%s", err, out)
	}
	refHashes, _ := storedState(t, refDB)
	if len(refHashes) != n {
		t.Fatalf("reference run stored %d articles, want %d\n%s", len(refHashes), n, out)
	}
	refHits := hits.Load()

	seed := uint64(time.Now().UnixNano())
	rng := rand.New(rand.NewPCG(seed, 7))
	t.Logf("kill delays seeded with %d", seed)
	crashDB := filepath.Join(dir, "crash.db")
	midRun := 0
	doneCount := func() (known, done int) {
		_, items := storedState(t, crashDB)
		for _, it := range items {
			if it.State == store.ItemDone {
				done++
			}
		}
		return len(items), done
	}
	done := 0
	for k := 0; k < 7 && done < n; k++ {
		cmd := exec.Command(bin, append([]string{"watch", "--db", crashDB}, common...)...)
		var buf bytes.Buffer
		cmd.Stdout, cmd.Stderr = &buf, &buf
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		// The first kill comes at a random early moment (starting up or
		// polling); later ones once a random number of further items are
		// done, plus a random slice of the next page's fetch.
		target := 0
		if k == 0 {
			time.Sleep(time.Duration(rng.IntN(300)) * time.Millisecond)
		} else {
			target = done + 1 + rng.IntN(8)
			for deadline := time.Now().Add(30 * time.Second); time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
				if _, d := doneCount(); d >= target || d >= n {
					break
				}
			}
			time.Sleep(time.Duration(rng.IntN(50)) * time.Millisecond)
		}
		cmd.Process.Signal(syscall.SIGKILL)
		cmd.Wait()
		var known int
		known, done = doneCount()
		if known > 0 && done < known {
			midRun++
		}
		t.Logf("kill %d (target %d done): %d items known, %d done", k+1, target, known, done)
	}
	out, err = exec.Command(bin, append([]string{"watch", "--once", "--db", crashDB}, common...)...).CombinedOutput()
	if err != nil {
		t.Fatalf("final run: %v\n%s", err, out)
	}
	if midRun == 0 {
		t.Errorf("no kill happened while items were open; the test proved nothing (machine too fast?)")
	}
	gotHashes, items := storedState(t, crashDB)
	if strings.Join(gotHashes, ",") != strings.Join(refHashes, ",") {
		t.Errorf("articles after kills differ from an uninterrupted run: %d vs %d", len(gotHashes), len(refHashes))
	}
	articles := map[int64]bool{}
	for _, it := range items {
		if it.State != store.ItemDone {
			t.Errorf("item %s left %s (%s)", it.URL, it.State, it.Error)
		}
		if articles[it.ArticleID] {
			t.Errorf("article %d recorded for two items", it.ArticleID)
		}
		articles[it.ArticleID] = true
	}
	if len(items) != n {
		t.Errorf("%d items, want %d", len(items), n)
	}
	t.Logf("pages requested: %d by the reference run, %d by the killed runs", refHits, hits.Load()-refHits)
}

func TestSourcesCommand(t *testing.T) {
	db := filepath.Join(t.TempDir(), "s.db")
	code, out, errs := runCLI(t, "", "sources", "add", "https://news.example.org/rss", "--interval", "30m", "--db", db)
	if code != 0 || !strings.Contains(out, "source 1 added: https://news.example.org/rss (every 30m0s)") {
		t.Fatalf("add: %d %q %q", code, out, errs)
	}
	if code, out, _ = runCLI(t, "", "sources", "add", "https://news.example.org/rss", "--interval", "1h", "--db", db); code != 0 || !strings.Contains(out, "updated") {
		t.Errorf("re-add: %d %q", code, out)
	}
	if code, _, errs = runCLI(t, "", "sources", "add", "ftp://x", "--db", db); code == 0 || !strings.Contains(errs, "not an http(s) URL") {
		t.Errorf("bad URL accepted: %d %q", code, errs)
	}
	runCLI(t, "", "sources", "add", "https://other.example.net/atom.xml", "--db", db)
	code, out, _ = runCLI(t, "", "sources", "list", "--db", db)
	if code != 0 || !strings.Contains(out, "https://other.example.net/atom.xml") || !strings.Contains(out, "1h0m0s") || !strings.Contains(out, "new") {
		t.Errorf("list: %q", out)
	}
	if code, out, _ = runCLI(t, "", "sources", "remove", "1", "--db", db); code != 0 {
		t.Errorf("remove: %d %q", code, out)
	}
	if code, _, errs = runCLI(t, "", "sources", "remove", "1", "--db", db); code == 0 || !strings.Contains(errs, "not found") {
		t.Errorf("second remove: %d %q", code, errs)
	}
	_, out, _ = runCLI(t, "", "sources", "list", "--json", "--db", db)
	if strings.Contains(out, "news.example.org") || !strings.Contains(out, `"url": "https://other.example.net/atom.xml"`) {
		t.Errorf("list after remove: %q", out)
	}
}

// TestWatchOnceCLI runs one pass in-process over a good and a broken feed
// and checks that sources list shows the broken one unhealthy.
func TestWatchOnceCLI(t *testing.T) {
	srv, _ := feedSite(t, 3, 0)
	dir := t.TempDir()
	db := filepath.Join(dir, "w.db")
	runCLI(t, "", "sources", "add", srv.URL+"/feed.xml", "--db", db)
	runCLI(t, "", "sources", "add", srv.URL+"/missing.xml", "--db", db)
	// Without --allow-private the loopback test server is refused.
	code, out, _ := runCLI(t, "", "watch", "--once", "--db", db, "--per-host", "1ms", "--retries", "0")
	if code != 0 || !strings.Contains(out, "0 feeds polled (0 not modified, 2 failed)") {
		t.Fatalf("guarded run: %d %q", code, out)
	}
	for i := 0; i < 2; i++ {
		code, out, _ = runCLI(t, "", "watch", "--once", "--allow-private", "--db", db, "--per-host", "1ms", "--retries", "0", "--unhealthy-after", "3")
		if code != 0 {
			t.Fatalf("run: %d %q", code, out)
		}
	}
	_, list, _ := runCLI(t, "", "sources", "list", "--db", db)
	lines := strings.Split(list, "\n")
	if len(lines) < 3 || !strings.Contains(lines[1], "ok") || !strings.Contains(lines[1], "3/0/0") {
		t.Errorf("good source line: %q", list)
	}
	if !strings.Contains(lines[2], "UNHEALTHY (3 failures)") || !strings.Contains(lines[2], "404") {
		t.Errorf("broken source line: %q", list)
	}
}

func TestIngestWARCCommand(t *testing.T) {
	dir := t.TempDir()
	rec := func(typ, uri, date, ctype, block string) string {
		return fmt.Sprintf("WARC/1.0\r\nWARC-Type: %s\r\nWARC-Target-URI: %s\r\nWARC-Date: %s\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n",
			typ, uri, date, ctype, len(block), block)
	}
	resp := func(body string) string {
		return fmt.Sprintf("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n%s", len(body), body)
	}
	var buf bytes.Buffer
	for _, r := range []string{
		rec("warcinfo", "", "2023-11-01T00:00:00Z", "application/warc-fields", "software: test\r\n"),
		rec("response", "https://ledger.example/q/1", "2023-11-01T10:00:00Z", "application/http; msgtype=response", resp(watchPage(1))),
		rec("response", "https://ledger.example/q/2", "2023-11-01T10:01:00Z", "application/http; msgtype=response", resp(watchPage(2))),
		rec("response", "https://ledger.example/q/3", "2023-11-01T10:02:00Z", "application/http; msgtype=response", resp(watchPage(3))),
	} {
		zw := gzip.NewWriter(&buf)
		zw.Write([]byte(r))
		zw.Close()
	}
	path := filepath.Join(dir, "crawl.warc.gz")
	os.WriteFile(path, buf.Bytes(), 0o644)
	db := filepath.Join(dir, "i.db")
	code, out, errs := runCLI(t, "", "ingest", "--db", db, path)
	if code != 0 || !strings.Contains(out, "ingested: 3 new, 0 unchanged, 0 failed") {
		t.Fatalf("ingest: %d %q %q", code, out, errs)
	}
	st, err := sqlite.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	arts, _, _ := st.ListArticles(context.Background(), store.ArticleFilter{})
	urls := map[string]bool{}
	for _, a := range arts {
		urls[a.URL] = true
		if !strings.HasPrefix(a.Source, path+"#") {
			t.Errorf("source %q", a.Source)
		}
	}
	for i := 1; i <= 3; i++ {
		if !urls[fmt.Sprintf("https://ledger.example/q/%d", i)] {
			t.Errorf("record %d not stored with its target URI: %v", i, urls)
		}
	}
	if code, out, _ = runCLI(t, "", "ingest", "--db", db, path); !strings.Contains(out, "0 new, 3 unchanged") {
		t.Errorf("second ingest: %d %q", code, out)
	}
}

// TestWatchAlertsCLI fires a search rule while watching, fails to deliver
// it to a webhook that answers 500, lists the dead letters, retries one
// once the webhook takes it, and sees it delivered.
func TestWatchAlertsCLI(t *testing.T) {
	srv, _ := feedSite(t, 2, 0)
	var posts atomic.Int32
	var up atomic.Bool
	hook := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		posts.Add(1)
		if r.Header.Get("X-Dossier-Signature") == "" {
			t.Errorf("unsigned webhook post")
		}
		if !up.Load() {
			w.WriteHeader(http.StatusInternalServerError)
		}
	}))
	defer hook.Close()
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"topics/yard.yaml": `id: yard
name: Yard crews
indicators:
  - id: fitters
    measure: stock
    units: [person]
alerts:
  - id: brinhaven
    when: search
    query: brinhaven shipyard
    message: The shipyard is in the news.
`})
	db := filepath.Join(dir, "a.db")
	runCLI(t, "", "sources", "add", srv.URL+"/feed.xml", "--db", db)
	code, out, errs := runCLI(t, "", "watch", "--once", "--allow-private", "--db", db, "--per-host", "1ms",
		"--topics", filepath.Join(dir, "topics"), "--webhook", hook.URL, "--webhook-secret", "s3cret", "--webhook-attempts", "1")
	if code != 0 || strings.Count(out, "alert yard/brinhaven:") != 2 || !strings.Contains(out, "alerts: 0 delivered, 0 to retry, 2 dead") {
		t.Fatalf("watch: %d %q %q", code, out, errs)
	}
	if posts.Load() != 2 {
		t.Errorf("%d webhook posts, want 2", posts.Load())
	}
	code, out, _ = runCLI(t, "", "alerts", "dead", "--db", db)
	if code != 0 || strings.Count(out, "yard/brinhaven") != 2 || !strings.Contains(out, "HTTP 500") {
		t.Errorf("alerts dead: %q", out)
	}
	var dead []store.AlertEvent
	code, out, _ = runCLI(t, "", "alerts", "dead", "--json", "--db", db)
	if err := json.Unmarshal([]byte(out), &dead); code != 0 || err != nil || len(dead) != 2 || dead[0].Attempts != 1 {
		t.Fatalf("alerts dead --json: %v %q", err, out)
	}
	up.Store(true)
	id := strconv.FormatInt(dead[0].ID, 10)
	if code, out, _ = runCLI(t, "", "alerts", "retry", id, "--db", db); code != 0 || !strings.Contains(out, "alert "+id+" queued") {
		t.Fatalf("alerts retry: %d %q", code, out)
	}
	if code, out, _ = runCLI(t, "", "alerts", "retry", id, "--db", db); code == 0 {
		t.Errorf("retry of an alert not dead: %d %q", code, out)
	}
	code, out, errs = runCLI(t, "", "watch", "--once", "--allow-private", "--db", db, "--per-host", "1ms",
		"--topics", filepath.Join(dir, "topics"), "--webhook", hook.URL, "--webhook-secret", "s3cret")
	if code != 0 || !strings.Contains(out, "alerts: 1 delivered, 0 to retry, 0 dead") || posts.Load() != 3 {
		t.Fatalf("watch after the retry: %d %q %q, %d posts", code, out, errs, posts.Load())
	}
	code, out, _ = runCLI(t, "", "alerts", "list", "--db", db)
	if code != 0 || strings.Count(out, " sent ") != 1 || strings.Count(out, " dead ") != 1 {
		t.Errorf("alerts list: %q", out)
	}
	code, out, _ = runCLI(t, "", "alerts", "test", "brinhaven", "--db", db, "--topics", filepath.Join(dir, "topics"))
	if code != 0 || !strings.Contains(out, "2 alert(s) would have fired") {
		t.Errorf("alerts test: %q", out)
	}
	code, out, _ = runCLI(t, "", "alerts", "feed", "--db", db)
	if code != 0 || strings.Count(out, "<entry>") != 2 {
		t.Errorf("alerts feed: %q", out)
	}
	if code, _, errs = runCLI(t, "", "watch", "--once", "--db", db, "--webhook", hook.URL); code == 0 || !strings.Contains(errs, "secret") {
		t.Errorf("webhook without secret: %d %q", code, errs)
	}
}
