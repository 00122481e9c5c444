package watch

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/dossier-osint/dossier/internal/app"
	"github.com/dossier-osint/dossier/internal/fetch"
	"github.com/dossier-osint/dossier/internal/ingest"
	"github.com/dossier-osint/dossier/internal/store"
	"github.com/dossier-osint/dossier/internal/store/sqlite"
)

// Page renders test article n: a few paragraphs of invented reporting
// whose figures depend on n, so every page has its own content hash.
func Page(n int) string {
	return fmt.Sprintf(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Harbour report %[1]d</title><meta property="article:published_time" content="2024-04-%02[2]dT08:00:00Z"></head>
<body><nav><a href="/">Front page</a> <a href="/about">About</a></nav><article><h1>Harbour report %[1]d</h1>
<p>Port officials in the fictional town of Saltmere said on Tuesday that %[3]d seasonal builders had arrived on the morning ferry, the %[4]s group this spring.</p>
<p>A spokesman for the regional labour office declined to give the number of permits issued, saying only that the quota for report %[1]d had not changed.</p>
<p>Local residents interviewed near the quay described the arrivals as routine, while a harbour clerk noted that paperwork had been checked twice.</p>
</article><footer>Copyright Saltmere Gazette</footer></body></html>`, n, n%27+1, 100+n*7, ordinal(n))
}

func ordinal(n int) string {
	return []string{"first", "second", "third", "fourth", "fifth", "sixth", "seventh"}[n%7]
}

// feedServer serves feeds and pages with switches for the failure cases.
type feedServer struct {
	*httptest.Server
	mu    sync.Mutex
	hits  map[string]int
	extra map[string]http.HandlerFunc
}

func newFeedServer(t *testing.T) *feedServer {
	fs := &feedServer{hits: map[string]int{}, extra: map[string]http.HandlerFunc{}}
	fs.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fs.mu.Lock()
		fs.hits[r.URL.Path]++
		h := fs.extra[r.URL.Path]
		fs.mu.Unlock()
		if h != nil {
			h(w, r)
			return
		}
		var n int
		if _, err := fmt.Sscanf(r.URL.Path, "/page/%d", &n); err == nil {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprint(w, Page(n))
			return
		}
		http.NotFound(w, r)
	}))
	t.Cleanup(fs.Close)
	return fs
}

func (fs *feedServer) handle(path string, h http.HandlerFunc) {
	fs.mu.Lock()
	fs.extra[path] = h
	fs.mu.Unlock()
}

func (fs *feedServer) hit(path string) int {
	fs.mu.Lock()
	defer fs.mu.Unlock()
	return fs.hits[path]
}

func (fs *feedServer) addr() string { return strings.TrimPrefix(fs.URL, "http://") }

func rss(base string, pages ...int) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>Saltmere RSS</title><link>` + base + `</link>`)
	for _, n := range pages {
		fmt.Fprintf(&b, `<item><title>Harbour report %d</title><link>%s/page/%d</link><guid>rss-%d</guid><pubDate>Tue, 02 Apr 2024 08:00:00 GMT</pubDate></item>`, n, base, n, n)
	}
	b.WriteString(`</channel></rss>`)
	return b.String()
}

func atom(base string, pages ...int) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Saltmere Atom</title><id>urn:x</id><updated>2024-04-02T08:00:00Z</updated>`)
	for _, n := range pages {
		fmt.Fprintf(&b, `<entry><title>Harbour report %d</title><link href="%s/page/%d"/><id>urn:atom:%d</id><updated>2024-04-02T08:00:00Z</updated></entry>`, n, base, n, n)
	}
	b.WriteString(`</feed>`)
	return b.String()
}

func jsonFeed(base string, pages ...int) string {
	type item struct {
		ID    string `json:"id"`
		URL   string `json:"url"`
		Title string `json:"title"`
	}
	f := struct {
		Version string `json:"version"`
		Title   string `json:"title"`
		Items   []item `json:"items"`
	}{Version: "https://jsonfeed.org/version/1.1", Title: "Saltmere JSON"}
	for _, n := range pages {
		f.Items = append(f.Items, item{ID: fmt.Sprintf("json-%d", n), URL: fmt.Sprintf("%s/page/%d", base, n), Title: fmt.Sprintf("Harbour report %d", n)})
	}
	b, _ := json.Marshal(f)
	return string(b)
}

func serveString(ctype, body string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", ctype)
		fmt.Fprint(w, body)
	}
}

type env struct {
	st  *sqlite.Store
	app *app.App
	w   *Watcher
	srv *feedServer
}

func testClient(srv *feedServer, mod func(*fetch.Options)) *fetch.Client {
	opt := fetch.Options{AllowAddrs: []string{srv.addr()}, PerHostInterval: time.Millisecond, Retries: 2,
		Timeout: 2 * time.Second, Backoff: func(int) time.Duration { return time.Millisecond }}
	if mod != nil {
		mod(&opt)
	}
	return fetch.New(opt)
}

func newEnv(t *testing.T, srv *feedServer, urls []string, mod func(*fetch.Options), wmod func(*Options)) *env {
	t.Helper()
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "w.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	for _, u := range urls {
		if _, _, err := st.AddSource(ctx, u, 0); err != nil {
			t.Fatal(err)
		}
	}
	a := app.New(st, nil)
	opt := Options{Fetch: testClient(srv, mod), Ingest: a.IngestItem, UnhealthyAfter: 3}
	if wmod != nil {
		wmod(&opt)
	}
	return &env{st: st, app: a, w: New(st, opt), srv: srv}
}

func (e *env) once(t *testing.T) Stats {
	t.Helper()
	s, err := e.w.Once(context.Background())
	if err != nil {
		t.Fatalf("Once: %v", err)
	}
	return s
}

func (e *env) items(t *testing.T) map[string]store.Item {
	t.Helper()
	its, err := e.st.Items(context.Background(), 0, false, 0)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]store.Item{}
	for _, it := range its {
		out[strings.TrimPrefix(it.URL, e.srv.URL)] = it
	}
	return out
}

func (e *env) source(t *testing.T, url string) store.Source {
	t.Helper()
	list, _ := e.st.ListSources(context.Background())
	for _, s := range list {
		if s.URL == url {
			return s
		}
	}
	t.Fatalf("no source %s", url)
	return store.Source{}
}

func TestFeedFormats(t *testing.T) {
	srv := newFeedServer(t)
	srv.handle("/rss.xml", serveString("application/rss+xml", rss(srv.URL, 1, 2)))
	srv.handle("/atom.xml", serveString("application/atom+xml", atom(srv.URL, 3, 4)))
	srv.handle("/feed.json", serveString("application/feed+json", jsonFeed(srv.URL, 5, 6)))
	e := newEnv(t, srv, []string{srv.URL + "/rss.xml", srv.URL + "/atom.xml", srv.URL + "/feed.json"}, nil, nil)
	st := e.once(t)
	if st.Polled != 3 || st.NewItems != 6 || st.Fetched != 6 || st.Ingested != 6 || st.PollErrors != 0 {
		t.Fatalf("stats %+v", st)
	}
	arts, n, err := e.st.ListArticles(context.Background(), store.ArticleFilter{})
	if err != nil || n != 6 {
		t.Fatalf("articles %d, %v", n, err)
	}
	seen := map[string]bool{}
	for _, a := range arts {
		seen[strings.TrimPrefix(a.URL, srv.URL)] = true
		if !strings.HasPrefix(a.Title, "Harbour report") {
			t.Errorf("article %d title %q", a.ID, a.Title)
		}
	}
	for i := 1; i <= 6; i++ {
		if !seen[fmt.Sprintf("/page/%d", i)] {
			t.Errorf("page %d not stored (have %v)", i, seen)
		}
	}
	for path, it := range e.items(t) {
		if it.State != store.ItemDone || it.ArticleID == 0 || len(it.Body) != 0 {
			t.Errorf("item %s: state %s article %d body %d", path, it.State, it.ArticleID, len(it.Body))
		}
	}
	// A second pass finds nothing new and fetches no page again.
	st = e.once(t)
	if st.NewItems != 0 || st.Fetched != 0 || st.Ingested != 0 {
		t.Errorf("second pass %+v", st)
	}
	if srv.hit("/page/1") != 1 {
		t.Errorf("page 1 fetched %d times", srv.hit("/page/1"))
	}
}

func TestConditionalGet(t *testing.T) {
	srv := newFeedServer(t)
	var etagServed, lmServed atomic.Int32
	srv.handle("/etag.xml", func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-None-Match") == `"v1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		etagServed.Add(1)
		w.Header().Set("ETag", `"v1"`)
		fmt.Fprint(w, rss(srv.URL, 1))
	})
	const lm = "Tue, 02 Apr 2024 08:00:00 GMT"
	srv.handle("/lm.xml", func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-Modified-Since") == lm {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		lmServed.Add(1)
		w.Header().Set("Last-Modified", lm)
		fmt.Fprint(w, atom(srv.URL, 2))
	})
	e := newEnv(t, srv, []string{srv.URL + "/etag.xml", srv.URL + "/lm.xml"}, nil, nil)
	if st := e.once(t); st.NotModified != 0 || st.Ingested != 2 {
		t.Fatalf("first pass %+v", st)
	}
	for i := 0; i < 2; i++ {
		if st := e.once(t); st.NotModified != 2 || st.NewItems != 0 || st.Fetched != 0 {
			t.Fatalf("pass %d: %+v, want 2 not-modified and nothing fetched", i+2, st)
		}
	}
	if etagServed.Load() != 1 || lmServed.Load() != 1 {
		t.Errorf("feed bodies served %d and %d times, want once each", etagServed.Load(), lmServed.Load())
	}
	for _, path := range []string{"/etag.xml", "/lm.xml"} {
		s := e.source(t, srv.URL+path)
		if s.NotModified != 2 || s.Polls != 3 {
			t.Errorf("%s: not modified %d, polls %d; want 2 and 3", path, s.NotModified, s.Polls)
		}
	}
	if s := e.source(t, srv.URL+"/etag.xml"); s.ETag != `"v1"` {
		t.Errorf("etag kept %q", s.ETag)
	}
	if s := e.source(t, srv.URL+"/lm.xml"); s.LastModified != lm {
		t.Errorf("last-modified kept %q", s.LastModified)
	}
}

func TestRobots(t *testing.T) {
	srv := newFeedServer(t)
	srv.handle("/robots.txt", serveString("text/plain", "User-agent: *\nDisallow: /private/\nDisallow: /closed.xml\n"))
	srv.handle("/private/9", serveString("text/html", Page(9)))
	body := strings.Replace(rss(srv.URL, 1, 9), srv.URL+"/page/9", srv.URL+"/private/9", 1)
	srv.handle("/feed.xml", serveString("application/rss+xml", body))
	srv.handle("/closed.xml", serveString("application/rss+xml", rss(srv.URL, 2)))
	e := newEnv(t, srv, []string{srv.URL + "/feed.xml", srv.URL + "/closed.xml"}, nil, nil)
	st := e.once(t)
	if st.Ingested != 1 || st.ItemsFailed != 1 || st.PollErrors != 1 {
		t.Fatalf("stats %+v", st)
	}
	its := e.items(t)
	if it := its["/private/9"]; it.State != store.ItemFailed || !strings.Contains(it.Error, "robots.txt") {
		t.Errorf("disallowed page: %+v", it)
	}
	if srv.hit("/private/9") != 0 || srv.hit("/closed.xml") != 0 {
		t.Errorf("disallowed paths requested: page %d, feed %d", srv.hit("/private/9"), srv.hit("/closed.xml"))
	}
	if s := e.source(t, srv.URL+"/closed.xml"); !strings.Contains(s.LastError, "robots.txt") || s.Failures != 1 {
		t.Errorf("disallowed feed: %+v", s)
	}
}

func TestFailures(t *testing.T) {
	srv := newFeedServer(t)
	var flaky atomic.Int32
	srv.handle("/flaky", func(w http.ResponseWriter, r *http.Request) {
		if flaky.Add(1) == 1 {
			http.Error(w, "try later", http.StatusInternalServerError)
			return
		}
		fmt.Fprint(w, Page(20))
	})
	srv.handle("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(10 * time.Second):
		}
	})
	srv.handle("/loop-a", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop-b", http.StatusFound) })
	srv.handle("/loop-b", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop-a", http.StatusFound) })
	srv.handle("/to-metadata", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "http://169.254.169.254/latest/meta-data/", http.StatusFound)
	})
	srv.handle("/to-private", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "http://10.1.2.3/page", http.StatusFound)
	})
	srv.handle("/huge", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, "<html><body>"+strings.Repeat("<p>filler text for an oversized page</p>", 4000)+"</body></html>")
	})
	srv.handle("/gone", func(w http.ResponseWriter, r *http.Request) { http.Error(w, "gone", http.StatusGone) })
	paths := []string{"/flaky", "/slow", "/loop-a", "/to-metadata", "/to-private", "/huge", "/gone"}
	var b strings.Builder
	b.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>`)
	for _, p := range paths {
		fmt.Fprintf(&b, `<item><title>%s</title><link>%s%s</link></item>`, p, srv.URL, p)
	}
	b.WriteString(`</channel></rss>`)
	srv.handle("/feed.xml", serveString("application/rss+xml", b.String()))
	e := newEnv(t, srv, []string{srv.URL + "/feed.xml"}, func(o *fetch.Options) {
		o.Timeout = 300 * time.Millisecond
		o.MaxBytes = 64 << 10
		o.Retries = 1
	}, func(o *Options) { o.MaxItemAttempts = 2 })
	e.once(t)
	e.once(t) // the slow page gets its second and last attempt
	its := e.items(t)
	for _, c := range []struct {
		path, state, err string
	}{
		{"/flaky", store.ItemDone, ""},
		{"/slow", store.ItemFailed, "Timeout"},
		{"/loop-a", store.ItemFailed, "redirect loop"},
		{"/to-metadata", store.ItemFailed, "address not allowed"},
		{"/to-private", store.ItemFailed, "address not allowed"},
		{"/huge", store.ItemFailed, "too large"},
		{"/gone", store.ItemFailed, "410"},
	} {
		it := its[c.path]
		if it.State != c.state || !strings.Contains(it.Error, c.err) {
			t.Errorf("%s: state %s error %q; want %s with %q", c.path, it.State, it.Error, c.state, c.err)
		}
	}
	if its["/slow"].Attempts != 2 {
		t.Errorf("slow page attempts %d, want 2 (retried on the next pass)", its["/slow"].Attempts)
	}
	if its["/loop-a"].Attempts != 1 || its["/gone"].Attempts != 1 {
		t.Errorf("permanent errors retried: loop %d, gone %d attempts", its["/loop-a"].Attempts, its["/gone"].Attempts)
	}
	if flaky.Load() != 2 {
		t.Errorf("flaky page requested %d times, want 2 (500 then success)", flaky.Load())
	}
}

func TestMalformedFeedIsolated(t *testing.T) {
	srv := newFeedServer(t)
	srv.handle("/good.xml", serveString("application/rss+xml", rss(srv.URL, 1)))
	srv.handle("/bad.xml", serveString("application/rss+xml", "<rss><channel><item><title>unterminated"))
	srv.handle("/err.xml", func(w http.ResponseWriter, r *http.Request) { http.Error(w, "down", http.StatusBadGateway) })
	e := newEnv(t, srv, []string{srv.URL + "/bad.xml", srv.URL + "/good.xml", srv.URL + "/err.xml"}, nil, nil)
	for i := 1; i <= 3; i++ {
		st := e.once(t)
		if st.PollErrors != 2 {
			t.Fatalf("pass %d: %+v", i, st)
		}
		if i == 1 && st.Ingested != 1 {
			t.Errorf("the good feed was not ingested: %+v", st)
		}
		bad := e.source(t, srv.URL+"/bad.xml")
		if !strings.Contains(bad.LastError, srv.URL+"/bad.xml") || bad.Failures != i || bad.Unhealthy != (i >= 3) {
			t.Errorf("pass %d: bad source %+v", i, bad)
		}
	}
	if g := e.source(t, srv.URL+"/good.xml"); g.Unhealthy || g.Failures != 0 || g.Items[store.ItemDone] != 1 {
		t.Errorf("good source affected: %+v", g)
	}
	if s := e.source(t, srv.URL+"/err.xml"); !s.Unhealthy || !strings.Contains(s.LastError, "502") {
		t.Errorf("failing source: %+v", s)
	}
}

func TestPrivateAddressRefusedByDefault(t *testing.T) {
	srv := newFeedServer(t)
	srv.handle("/feed.xml", serveString("application/rss+xml", rss(srv.URL, 1)))
	e := newEnv(t, srv, []string{srv.URL + "/feed.xml"}, func(o *fetch.Options) { o.AllowAddrs = nil }, nil)
	st := e.once(t)
	if st.PollErrors != 1 || srv.hit("/feed.xml") != 0 {
		t.Fatalf("loopback feed fetched without permission: %+v, hits %d", st, srv.hit("/feed.xml"))
	}
	if s := e.source(t, srv.URL+"/feed.xml"); !strings.Contains(s.LastError, "address not allowed") {
		t.Errorf("error %q", s.LastError)
	}
	e2 := newEnv(t, srv, []string{srv.URL + "/feed.xml"}, func(o *fetch.Options) { o.AllowAddrs = nil; o.AllowPrivate = true }, nil)
	if st := e2.once(t); st.Ingested != 1 {
		t.Errorf("with AllowPrivate: %+v", st)
	}
}

// TestResume simulates the states a killed watcher leaves behind.
func TestResume(t *testing.T) {
	srv := newFeedServer(t)
	srv.handle("/feed.xml", serveString("application/rss+xml", rss(srv.URL, 1, 2, 3)))
	e := newEnv(t, srv, []string{srv.URL + "/feed.xml"}, nil, nil)
	ctx := context.Background()
	src := e.source(t, srv.URL+"/feed.xml")
	// Killed after recording the poll: three pending items.
	if _, err := e.st.RecordPoll(ctx, src.ID, store.Poll{ETag: `"x"`, Items: []store.Item{
		{Key: "rss-1", URL: srv.URL + "/page/1"}, {Key: "rss-2", URL: srv.URL + "/page/2"}, {Key: "rss-3", URL: srv.URL + "/page/3"}}}); err != nil {
		t.Fatal(err)
	}
	open, _ := e.st.Items(ctx, src.ID, true, 0)
	// Item 2 was fetched before the kill; its page is kept.
	if err := e.st.ItemFetched(ctx, open[1].ID, srv.URL+"/page/2", []byte(Page(2))); err != nil {
		t.Fatal(err)
	}
	// Item 3 was fetched and its article stored, but not marked done.
	if err := e.st.ItemFetched(ctx, open[2].ID, srv.URL+"/page/3", []byte(Page(3))); err != nil {
		t.Fatal(err)
	}
	// Item 3 was stored as an article before the kill.
	d, err := ingest.FromHTML(srv.URL+"/page/3", srv.URL+"/page/3", []byte(Page(3)))
	if err != nil {
		t.Fatal(err)
	}
	if r := e.app.Ingest(ctx, d); r.Err != nil || !r.Created {
		t.Fatal(r)
	}
	fresh := map[string]bool{}
	e.w.opt.Ingest = func(ctx context.Context, d ingest.Document, f bool) (int64, bool, error) {
		id, created, err := e.app.IngestItem(ctx, d, f)
		fresh[strings.TrimPrefix(d.URL, srv.URL)] = created || f
		return id, created, err
	}
	st := e.once(t)
	if st.NewItems != 0 || st.Fetched != 1 || st.Ingested != 2 || st.Unchanged != 1 {
		t.Errorf("resume stats %+v; want 1 page fetched, 2 new articles, 1 found stored", st)
	}
	if srv.hit("/page/1") != 1 || srv.hit("/page/2") != 0 || srv.hit("/page/3") != 0 {
		t.Errorf("pages fetched: %d %d %d; want 1 0 0", srv.hit("/page/1"), srv.hit("/page/2"), srv.hit("/page/3"))
	}
	if _, n, _ := e.st.ListArticles(ctx, store.ArticleFilter{}); n != 3 {
		t.Errorf("%d articles, want 3", n)
	}
	if !fresh["/page/1"] || !fresh["/page/2"] || !fresh["/page/3"] {
		t.Errorf("Ingest fresh flags %v; want all true (3 may have been stored by the crashed run)", fresh)
	}
	for path, it := range e.items(t) {
		if it.State != store.ItemDone {
			t.Errorf("%s left %s", path, it.State)
		}
	}
}

// TestIngestErrorRetries checks that an item whose ingest failed after its
// article was stored (its alerts, say) is kept open and completed on the
// next pass without a second article.
func TestIngestErrorRetries(t *testing.T) {
	srv := newFeedServer(t)
	srv.handle("/feed.xml", serveString("application/rss+xml", rss(srv.URL, 4)))
	calls := 0
	var e *env
	e = newEnv(t, srv, []string{srv.URL + "/feed.xml"}, nil, func(o *Options) {
		o.Ingest = func(ctx context.Context, d ingest.Document, fresh bool) (int64, bool, error) {
			id, created, err := e.app.IngestItem(ctx, d, fresh)
			calls++
			if calls == 1 {
				return 0, false, fmt.Errorf("webhook store unavailable")
			}
			return id, created, err
		}
	})
	e.once(t)
	if it := e.items(t)["/page/4"]; it.State != store.ItemFetched || it.Attempts != 1 {
		t.Fatalf("after a hook error: %+v", it)
	}
	st := e.once(t)
	if st.Unchanged != 1 || st.Fetched != 0 {
		t.Errorf("retry stats %+v", st)
	}
	if it := e.items(t)["/page/4"]; it.State != store.ItemDone {
		t.Errorf("after retry: %+v", it)
	}
	if _, n, _ := e.st.ListArticles(context.Background(), store.ArticleFilter{}); n != 1 {
		t.Errorf("%d articles", n)
	}
}
