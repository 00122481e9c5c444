package web

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/dossier-osint/dossier/internal/store"
	"github.com/dossier-osint/dossier/internal/store/sqlite"
	"github.com/dossier-osint/dossier/internal/web/webtest"
)

func TestSearchCost(t *testing.T) {
	sixteen := strings.Fields("port dock ship cargo visa rail coal oil iron steel wood fish crab bank loan fund")
	cases := []struct {
		text   string
		costly bool
	}{
		{"workers", false},
		{"construct*", false},
		{`"textile workshops"`, false},
		{"restaurants tomsk -moscow", false},
		{"ab*", true}, // a two-letter prefix matches much of the index
		{"a*", true},
		{strings.Repeat("a* ", 333), true}, // one term, but every link carries 999 bytes
		{strings.Join(sixteen, " OR "), true},
		{strings.Repeat("workers ", 110), true}, // 880 bytes of one word
		{"", false},
		{`"unbalanced`, false}, // refused by the parser: no work
		{strings.Repeat("x", 1001), false},
	}
	for _, c := range cases {
		if got := costlySearch(c.text); got != c.costly {
			t.Errorf("costlySearch(%.40q) = %v (cost %d), want %v", c.text, got, searchCost(c.text), c.costly)
		}
	}
}

func TestQueryKey(t *testing.T) {
	if a, b := queryKey(strings.Repeat("a* ", 333)), queryKey("a*"); a != b {
		t.Errorf("repeated terms keyed %q, the term alone %q: want one key", a, b)
	}
	if queryKey("a*") == queryKey("b*") || queryKey("port dock") == queryKey("port OR dock") {
		t.Error("different queries share a key")
	}
	if a, b := queryKey(`"x`), queryKey(`"y`); a == b {
		t.Errorf("refused texts share the key %q", a)
	}
}

// gatedStore holds costly searches and facet counts at a gate, counting
// how many are inside at once.
type gatedStore struct {
	*sqlite.Store
	gate      chan struct{}
	in, peak  atomic.Int64
	completed atomic.Int64
}

func (g *gatedStore) pass(text string) func() {
	if !costlySearch(text) {
		return func() {}
	}
	n := g.in.Add(1)
	for p := g.peak.Load(); n > p && !g.peak.CompareAndSwap(p, n); p = g.peak.Load() {
	}
	<-g.gate
	return func() { g.in.Add(-1); g.completed.Add(1) }
}

func (g *gatedStore) Search(ctx context.Context, q store.SearchQuery) ([]store.SearchHit, int, error) {
	defer g.pass(q.Text)()
	return g.Store.Search(ctx, q)
}

func (g *gatedStore) ArticleFacets(ctx context.Context, q store.SearchQuery) (store.Facets, error) {
	defer g.pass(q.Text)()
	return g.Store.ArticleFacets(ctx, q)
}

// waitFor polls cond; the deadline only keeps a broken build from hanging.
func waitFor(t *testing.T, what string, cond func() bool, state func() string) {
	t.Helper()
	for end := time.Now().Add(20 * time.Second); !cond(); time.Sleep(time.Millisecond) {
		if time.Now().After(end) {
			t.Fatalf("timed out waiting until %s: %s", what, state())
		}
	}
}

// TestCostlySearchesQueueInTheirLane: while costly searches fill the lane
// (one answered, three waiting, one refused), ordinary searches and other
// pages are answered at once, and the costly ones then run one at a time.
func TestCostlySearchesQueueInTheirLane(t *testing.T) {
	fx := webtest.New(t)
	g := &gatedStore{Store: fx.Store, gate: make(chan struct{})}
	srv, err := New(g, Options{Topics: fx.Topics, CostlyConcurrency: 1, CostlyQueue: 3})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv.Handler())
	defer ts.Close()
	gateOpen := false
	defer func() {
		if !gateOpen {
			close(g.gate) // a failed test lets the held requests end
		}
	}()
	get := func(path string) (int, string, string) {
		resp, err := ts.Client().Get(ts.URL + path)
		if err != nil {
			t.Error(err)
			return 0, "", ""
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, resp.Header.Get("Retry-After"), string(b)
	}
	// Four different costly searches (different queries, so the cache
	// does not join them): pages and API.
	costly := []string{"/search?q=" + url.QueryEscape("wo*"), "/api/v1/search?q=" + url.QueryEscape("ar*"),
		"/search?q=" + url.QueryEscape(strings.Repeat("bo* ", 240)), "/api/v1/facets?q=" + url.QueryEscape("no*")}
	done := make(chan int, len(costly))
	for _, p := range costly {
		go func(p string) { code, _, _ := get(p); done <- code }(p)
	}
	l := srv.lane
	waitFor(t, "one costly search is in the store and three wait in the lane", func() bool {
		return g.in.Load() == 1 && l.running.Load() == 1 && l.waiting.Load() == 3
	}, func() string {
		return fmt.Sprintf("in the store %d, lane running %d waiting %d", g.in.Load(), l.running.Load(), l.waiting.Load())
	})
	// The queue is full: the next costly search is refused at once.
	if code, retry, _ := get("/api/v1/search?q=" + url.QueryEscape("ki*")); code != http.StatusServiceUnavailable || retry == "" {
		t.Errorf("costly search with the lane full: %d, Retry-After %q; want 503 with Retry-After", code, retry)
	}
	if code, _, body := get("/search?q=" + url.QueryEscape("ki*")); code != http.StatusServiceUnavailable || !strings.Contains(body, "costly searches") {
		t.Errorf("costly search page with the lane full: %d", code)
	}
	// Everything else is answered while the costly searches are held.
	for _, p := range []string{"/search?q=workers", "/api/v1/search?q=workers", "/api/v1/facets?q=workers",
		"/search?q=" + url.QueryEscape("construct*"), "/", "/sources", "/api/v1/entities", "/api", "/claims"} {
		if code, _, _ := get(p); code != http.StatusOK {
			t.Errorf("%s while costly searches wait: %d", p, code)
		}
	}
	if n := len(done); n != 0 || g.completed.Load() != 0 {
		t.Fatalf("%d costly searches answered before the light requests were: the gate leaks", n)
	}
	if l.served.Load() != 0 || l.running.Load() != 1 || l.waiting.Load() != 3 || l.refused.Load() != 2 {
		t.Errorf("lane served %d running %d waiting %d refused %d: ordinary requests went through it",
			l.served.Load(), l.running.Load(), l.waiting.Load(), l.refused.Load())
	}
	close(g.gate)
	gateOpen = true
	for range costly {
		if code := <-done; code != http.StatusOK {
			t.Errorf("costly search once let through: %d", code)
		}
	}
	if p := g.peak.Load(); p != 1 {
		t.Errorf("%d costly searches were in the store at once; the lane allows 1", p)
	}
	if s := l.served.Load(); s != int64(len(costly)) {
		t.Errorf("lane served %d, want %d", s, len(costly))
	}
}

// TestCostlySearchPage: a costly search's page is kept for anonymous
// readers until the store changes, and a reader with a session gets a page
// rendered for them.
func TestCostlySearchPage(t *testing.T) {
	e := newEnv(t)
	text := strings.Repeat("wo* ", 200)
	path := "/search?q=" + url.QueryEscape(text)
	first := e.get(path)
	if first.Code != 200 || !strings.Contains(first.Body.String(), "<mark>") {
		t.Fatalf("costly search page: %d, highlighted hits: %v", first.Code, strings.Contains(first.Body.String(), "<mark>"))
	}
	if second := e.get(path); second.Body.String() != first.Body.String() {
		t.Error("the kept page differs from the first")
	}
	// The page names the same hits as the search of the term alone.
	if a, b := hitLinks(first.Body.String()), hitLinks(e.get("/search?q=wo*").Body.String()); a != b || a == "" {
		t.Errorf("hits of the repeated text %q, of the term alone %q", a, b)
	}
	tok := e.token(store.RoleReviewer, "rita")
	b := &browser{e: e, cookies: map[string]*http.Cookie{}}
	if w := b.do("POST", "/login", url.Values{"token": {tok}}, nil); w.Code != http.StatusSeeOther {
		t.Fatalf("login: %d", w.Code)
	}
	if page := b.do("GET", path, nil, nil).Body.String(); !strings.Contains(page, "rita") {
		t.Error("a logged-in reader got the anonymous page")
	}
}

// hitLinks lists the article links of a search page's results, in order.
func hitLinks(page string) string {
	var out []string
	for _, part := range strings.Split(page, `href="/articles/`)[1:] {
		if i := strings.IndexByte(part, '"'); i > 0 {
			out = append(out, part[:i])
		}
	}
	return strings.Join(out, " ")
}

// TestRawParam: the lane check reads q as net/url does, so no spelling of
// the query string hides a costly search from it.
func TestRawParam(t *testing.T) {
	for _, raw := range []string{
		"q=a%2A+a%2A", "%71=wo*", "%71=wo*&q=later", "x=1;q=2&q=3", "x=1&q=3;y", "q", "q=&q=b", "Q=ab*",
		"kind=claims&q=%22textile+workshops%22", "q=%zz&q=b*", "q=%2&q=c", "q=ab%", "", "&&q=x", "q%3D=ab*", "%7=x&q=y",
	} {
		want := ""
		if vs := func() []string { v, _ := url.ParseQuery(raw); return v["q"] }(); len(vs) > 0 {
			want = vs[0]
		}
		got, err := url.QueryUnescape(rawParam(raw, "q"))
		if err != nil {
			got = "" // net/url drops a pair that does not unescape
		}
		if got != want {
			t.Errorf("rawParam(%q) reads %q, net/url %q", raw, got, want)
		}
	}
	srv, err := New(webtest.New(t).Store, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for raw, costly := range map[string]bool{"%71=wo*": true, "q=wo%2A": true, "q=workers": false, "q=w%6Frkers": false} {
		r := httptest.NewRequest("GET", "/search?"+raw, nil)
		if got := srv.costlyRequest(r); got != costly {
			t.Errorf("costlyRequest(%q) = %v, want %v", raw, got, costly)
		}
	}
}
