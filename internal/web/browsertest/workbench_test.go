package browsertest

import (
	"context"
	_ "embed"
	"fmt"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/dossier-osint/dossier/examples"
	"github.com/dossier-osint/dossier/internal/ingest"
	"github.com/dossier-osint/dossier/internal/pipeline"
	"github.com/dossier-osint/dossier/internal/store"
	"github.com/dossier-osint/dossier/internal/store/sqlite"
	"github.com/dossier-osint/dossier/internal/topic"
	"github.com/dossier-osint/dossier/internal/web"
	"github.com/dossier-osint/dossier/internal/web/webtest"
)

// axeSource is axe-core 4.14.1 (npm, MPL-2.0), vendored for the tests.
//
//go:embed testdata/axe-core/axe.min.js
var axeSource string

// browser starts headless Chromium with the given window size.
func browser(t *testing.T, w, h int) context.Context {
	t.Helper()
	exe := chromium(t)
	actx, cancelA := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(exe), chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.Flag("disable-background-networking", true), chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true), chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.NoFirstRun, chromedp.WindowSize(w, h), chromedp.UserDataDir(t.TempDir()))
	t.Cleanup(cancelA)
	bctx, cancelB := chromedp.NewContext(actx)
	t.Cleanup(cancelB)
	bctx, cancelT := context.WithTimeout(bctx, 150*time.Second)
	t.Cleanup(cancelT)
	return bctx
}

// axeResult is what checkAxe reads of axe.run.
type axeResult struct {
	Violations []struct {
		ID     string `json:"id"`
		Impact string `json:"impact"`
		Help   string `json:"help"`
		Nodes  []struct {
			Target  []any  `json:"target"`
			Summary string `json:"failureSummary"`
			HTML    string `json:"html"`
		} `json:"nodes"`
	} `json:"violations"`
	Passes []struct{} `json:"passes"`
}

// checkAxe runs axe-core on the current page and fails on serious or
// critical violations; it returns the counts of all violations found.
func checkAxe(t *testing.T, ctx context.Context, page string) (serious, minor int) {
	t.Helper()
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`typeof axe !== "undefined" || (function(){`+axeSource+`; return true})()`)); err != nil {
		t.Fatalf("%s: load axe-core: %v", page, err)
	}
	res, err := chromedp.Run(ctx, chromedp.Evaluate[axeResult](
		`axe.run(document, {resultTypes: ["violations"]}).then(r => ({violations: r.violations, passes: r.passes.map(() => ({}))}))`,
		chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("%s: axe.run: %v", page, err)
	}
	for _, v := range res.Violations {
		if v.Impact == "serious" || v.Impact == "critical" {
			serious++
			var where []string
			for _, n := range v.Nodes {
				where = append(where, fmt.Sprint(n.Target...))
			}
			why := ""
			if len(v.Nodes) > 0 {
				why = " (" + v.Nodes[0].Summary + "; " + v.Nodes[0].HTML + ")"
			}
			t.Errorf("%s: accessibility (%s) %s: %s%s at %s", page, v.Impact, v.ID, v.Help, why, strings.Join(where, ", "))
		} else {
			minor++
			t.Logf("%s: accessibility (%s) %s: %s", page, v.Impact, v.ID, v.Help)
		}
	}
	t.Logf("axe %s: %d passed rules, %d serious or critical, %d minor or moderate", page, len(res.Passes), serious, minor)
	return serious, minor
}

// TestWorkbenchPages visits every page type of the dashboard in a real
// browser, at a wide and a phone size, with a screenshot of each and an
// axe-core accessibility check.
func TestWorkbenchPages(t *testing.T) {
	dir := artifacts(t)
	fx := webtest.New(t)
	ctx := context.Background()
	srv, err := web.New(fx.Store, web.Options{Topics: fx.Topics, CacheTTL: time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv.Handler())
	defer ts.Close()
	border, spy := claimOf(t, fx, "border"), claimOf(t, fx, "spy")
	copies, _, err := fx.Store.ListGroups(ctx, store.KindCopy, store.Page{})
	if err != nil || len(copies) == 0 {
		t.Fatalf("copy groups: %v", err)
	}
	stories, _, _ := fx.Store.ListGroups(ctx, store.KindStory, store.Page{})
	pages := []struct{ name, path, ready string }{
		{"overview", "/", "#counts"},
		{"indicator", "/indicators/dprk_arrivals_russia", "#chart svg"},
		{"claims", "/claims", "table.claims"},
		{"claim", fmt.Sprintf("/claims/%d", border), "#contradicts"},
		{"article", fmt.Sprintf("/articles/%d", fx.IDs["border"]), "#text"},
		{"articles", "/articles", "table.articles"},
		{"search", "/search?q=arrivals", "#facets"},
		{"search-claims", "/search?q=arrivals&kind=claims", "#facets"},
		{"entities", "/entities", "table"},
		{"entity", "/entities/ORG:kookmin%20university", "#cited"},
		{"copies", "/copies", "#groups"},
		{"copy-group", fmt.Sprintf("/copies/%d", copies[0].ID), "table.members"},
		{"stories", "/stories", "#groups"},
		{"story", fmt.Sprintf("/stories/%d", stories[0].ID), "table.members"},
		{"contradictions", "/contradictions", "#contradictions"},
		{"contradiction", fmt.Sprintf("/contradictions/%d/%d", border, spy), "#pair"},
		{"sources", "/sources", "main h1"},
		{"alerts", "/alerts", "main h1"},
		{"login", "/login", "form.login"},
		{"saved-searches", "/searches", "#saved"},
		{"api-reference", "/api", "redoc"},
		{"not-found", "/no/such/page", ".error-page"},
	}
	for _, size := range []struct {
		name string
		w, h int
	}{{"wide", 1440, 900}, {"phone", 390, 844}} {
		t.Run(size.name, func(t *testing.T) {
			bctx := browser(t, size.w, size.h)
			// Headless Chromium keeps windows at least 500 px wide: emulate
			// the phone's viewport itself.
			do(t, bctx, "viewport", chromedp.EmulateViewport(int64(size.w), int64(size.h)))
			serious := 0
			for _, p := range pages {
				do(t, bctx, "open "+p.name, chromedp.Navigate(ts.URL+p.path), chromedp.WaitVisible(chromedp.CSS(p.ready)))
				noScriptRan(t, bctx, p.name)
				// Nothing is wider than the window: tables scroll inside their box.
				if over := eval[int](t, bctx, `document.documentElement.scrollWidth - window.innerWidth`); over > 2 {
					t.Errorf("%s at %dpx: the page is %dpx wider than the window", p.name, size.w, over)
				}
				shot(t, bctx, dir, fmt.Sprintf("workbench-%s-%s.png", p.name, size.name))
				if size.name == "wide" {
					n, _ := checkAxe(t, bctx, p.name)
					serious += n
				}
			}
			if size.name == "wide" {
				t.Logf("axe-core over %d page types: %d serious or critical violations", len(pages), serious)
			}
		})
	}
}

func claimOf(t *testing.T, fx *webtest.Fixture, key string) int64 {
	t.Helper()
	cs, _, err := fx.Store.ListClaims(context.Background(), store.ClaimFilter{ArticleID: fx.IDs[key]})
	if err != nil || len(cs) == 0 {
		t.Fatalf("claims of %s: %v", key, err)
	}
	return cs[0].ID
}

// TestFacetedSearch narrows a search by clicking facets and checks the
// counts, the "N of M" line and that copies are folded.
func TestFacetedSearch(t *testing.T) {
	dir := artifacts(t)
	fx := webtest.New(t)
	srv, err := web.New(fx.Store, web.Options{Topics: fx.Topics, CacheTTL: time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv.Handler())
	defer ts.Close()
	bctx := browser(t, 1280, 900)
	do(t, bctx, "search", chromedp.Navigate(ts.URL+"/search?q=north"), chromedp.WaitVisible(chromedp.CSS("#facets")))
	summary := eval[string](t, bctx, `document.querySelector("#summary").textContent`)
	hits := eval[int](t, bctx, `document.querySelectorAll("#hits > li").length`)
	// Five articles say "North"; the copy folds into its original.
	if !strings.Contains(summary, fmt.Sprintf("of %d articles", hits)) || hits != 4 || !strings.Contains(summary, "copies folded") {
		t.Errorf("summary %q with %d hits: want 4 hits, N of M and copies folded", summary, hits)
	}
	if got := eval[string](t, bctx, `document.querySelector("#hits").textContent`); !strings.Contains(got, "carried by 2 articles") {
		t.Errorf("the folded copy group is not marked: %q", got)
	}
	outlets := eval[string](t, bctx, `document.querySelector("#facet-credit").textContent`)
	if !strings.Contains(outlets, "Harbour Gazette") || !strings.Contains(outlets, "2") {
		t.Errorf("outlet facet %q: want Harbour Gazette with 2", outlets)
	}
	shot(t, bctx, dir, "faceted-articles.png")
	// Narrow to one outlet by its facet link.
	do(t, bctx, "click outlet", chromedp.Click(chromedp.CSS(`#facet-credit a[href*="Harbour"]`)),
		chromedp.WaitVisible(chromedp.CSS(`#facet-credit a.clear`)))
	if n := eval[int](t, bctx, `document.querySelectorAll("#hits > li").length`); n != 2 {
		t.Errorf("Harbour Gazette: %d hits, want 2", n)
	}
	// Claims of the matching articles, narrowed to one indicator.
	do(t, bctx, "claims tab", chromedp.Click(chromedp.CSS(`nav.tabs a[href*="kind=claims"]`)),
		chromedp.WaitVisible(chromedp.CSS(`#facet-indicator`)))
	do(t, bctx, "click indicator", chromedp.Click(chromedp.CSS(`#facet-indicator a[href*="dprk_workers_in_russia"]`)),
		chromedp.WaitVisible(chromedp.CSS(`#facet-indicator a.clear`)))
	rows := eval[int](t, bctx, `document.querySelectorAll("table.claims tbody tr[id]").length`)
	text := eval[string](t, bctx, `document.querySelector("table.claims").textContent`)
	if rows != 2 || !strings.Contains(text, "20,000–30,000 people") || !strings.Contains(text, "≥ 10,000 people") {
		t.Errorf("workers claims: %d rows %q", rows, text)
	}
	if s := eval[string](t, bctx, `document.querySelector("#summary").textContent`); !strings.Contains(s, "of 2 claims") {
		t.Errorf("claims summary %q", s)
	}
	shot(t, bctx, dir, "faceted-claims.png")
	// Newest first.
	do(t, bctx, "newest", chromedp.Navigate(ts.URL+"/search?q=north&sort=date&copies=all"), chromedp.WaitVisible(chromedp.CSS("#hits")))
	dates := eval[[]string](t, bctx, `Array.from(document.querySelectorAll("#hits > li .muted")).map(e => e.textContent)`)
	if len(dates) != 5 || !strings.HasPrefix(dates[0], "1 July 2024") {
		t.Errorf("newest first: %q", dates)
	}
}

// TestContradictionReview logs in, confirms a contradiction, and finds
// the decision in its audit trail and on the list of confirmed ones.
func TestContradictionReview(t *testing.T) {
	dir := artifacts(t)
	fx := webtest.New(t)
	ctx := context.Background()
	secret := web.NewTokenSecret()
	if _, err := fx.Store.CreateToken(ctx, store.RoleReviewer, "Ana Analyst", web.HashToken(secret)); err != nil {
		t.Fatal(err)
	}
	srv, err := web.New(fx.Store, web.Options{Topics: fx.Topics, CacheTTL: time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv.Handler())
	defer ts.Close()
	border, spy := claimOf(t, fx, "border"), claimOf(t, fx, "spy")
	bctx := browser(t, 1280, 900)
	do(t, bctx, "log in", chromedp.Navigate(ts.URL+"/login?next="+fmt.Sprintf("/contradictions/%d/%d", border, spy)),
		chromedp.SendKeys(chromedp.CSS(`input[name=token]`), secret), chromedp.Submit(chromedp.CSS(`form.login`)),
		chromedp.WaitVisible(chromedp.CSS(`form.contradiction-form`)))
	if s := eval[string](t, bctx, `document.querySelector("#contradiction-state").textContent`); s != "open" {
		t.Errorf("state before review %q", s)
	}
	do(t, bctx, "confirm", chromedp.Click(chromedp.CSS(`input[name=state][value=confirmed]`)),
		chromedp.SendKeys(chromedp.CSS(`form.contradiction-form input[name=reason]`), "the agency counts arrivals, the border service entries"),
		chromedp.Click(chromedp.CSS(`form.contradiction-form button[type=submit]`)))
	// The login's flash is on the page already: wait for the review's.
	state := ""
	for deadline := time.Now().Add(20 * time.Second); time.Now().Before(deadline); time.Sleep(200 * time.Millisecond) {
		if state = eval[string](t, bctx, `(document.querySelector("#contradiction-state") || {}).textContent || ""`); state == "confirmed" {
			break
		}
	}
	if state != "confirmed" {
		t.Errorf("state after review %q", state)
	}
	audit := eval[string](t, bctx, `document.querySelector("#contradiction-audit tbody").textContent`)
	if !strings.Contains(audit, "Ana Analyst") || !strings.Contains(audit, "confirmed") || !strings.Contains(audit, "entries") {
		t.Errorf("audit %q", audit)
	}
	shot(t, bctx, dir, "contradiction-reviewed.png")
	do(t, bctx, "confirmed list", chromedp.Navigate(ts.URL+"/contradictions?state=confirmed"), chromedp.WaitVisible(chromedp.CSS("#contradictions")))
	if n := eval[int](t, bctx, `document.querySelectorAll("#contradictions > li.card").length`); n != 1 {
		t.Errorf("%d confirmed contradictions listed, want 1", n)
	}
	// The same session saves a faceted search as an alert.
	do(t, bctx, "save a search", chromedp.Navigate(ts.URL+"/search?q=north&kind=claims&indicator=dprk_arrivals_russia"),
		chromedp.WaitVisible(chromedp.CSS(`#save-search`)),
		chromedp.SendKeys(chromedp.CSS(`#save-search input[name=name]`), "Arrivals from the north"),
		chromedp.Click(chromedp.CSS(`#save-search button[type=submit]`)),
		chromedp.WaitVisible(chromedp.CSS(`#saved`)))
	saved := eval[string](t, bctx, `document.querySelector("#saved").textContent`)
	if !strings.Contains(saved, "Arrivals from the north") || !strings.Contains(saved, "alert") || !strings.Contains(saved, "North Koreans arriving in Russia") {
		t.Errorf("saved searches: %q", saved)
	}
	shot(t, bctx, dir, "saved-searches.png")
}

// TestAPIReference renders the OpenAPI document with the vendored Redoc
// and checks the Content-Security-Policy holds: the header keeps every
// directive of the site's policy and nothing on the page violated it.
func TestAPIReference(t *testing.T) {
	dir := artifacts(t)
	fx := webtest.New(t)
	srv, err := web.New(fx.Store, web.Options{Topics: fx.Topics})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv.Handler())
	defer ts.Close()
	resp, err := http.Get(ts.URL + "/api")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	policy := resp.Header.Get("Content-Security-Policy")
	for _, d := range []string{"default-src 'self'", "script-src 'self';", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"} {
		if !strings.Contains(policy, d) {
			t.Errorf("policy %q lacks %q", policy, d)
		}
	}
	if strings.Contains(policy, "unsafe") || !strings.Contains(policy, "style-src 'self' 'nonce-") {
		t.Errorf("policy %q: want style-src with a nonce and nothing unsafe", policy)
	}
	bctx := browser(t, 1280, 900)
	do(t, bctx, "open /api", chromedp.Navigate(ts.URL+"/api"), chromedp.WaitReady(chromedp.CSS("redoc")))
	var text string
	for deadline := time.Now().Add(90 * time.Second); time.Now().Before(deadline); time.Sleep(500 * time.Millisecond) {
		if text = eval[string](t, bctx, `document.body.innerText`); strings.Contains(text, "List claims") {
			break
		}
	}
	for _, want := range []string{"dossier API", "List claims", "Confirm, dismiss or reopen a contradiction"} {
		if !strings.Contains(text, want) {
			t.Errorf("the reference does not show %q", want)
		}
	}
	// The policy holds: Redoc's styles carry the nonce, so no style is
	// refused; what it refuses is what the site never allows (eval, an
	// image from another host, a data: font), and Redoc works without it.
	for _, v := range eval[[]string](t, bctx, `window.__cspViolations`) {
		directive, blocked, _ := strings.Cut(v, " ")
		switch {
		case strings.HasPrefix(directive, "style-src"), blocked == "inline":
			t.Errorf("CSP refused something the page needs: %s", v)
		default:
			t.Logf("CSP refused, as it should: %s", v)
		}
	}
	shot(t, bctx, dir, "api-reference.png")
	checkAxe(t, bctx, "api-reference")
}

// TestDemoPath follows what the demo leads a newcomer to: from the
// overview to a contradiction, its two sources and their sentences, in
// at most three clicks, on the sample articles the demo ingests.
func TestDemoPath(t *testing.T) {
	dir := artifacts(t)
	ctx := context.Background()
	st, err := sqlite.Open(ctx, t.TempDir()+"/demo.db")
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	tops, err := topic.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	pl := pipeline.New(tops)
	names, _ := fs.Glob(examples.Files, "*")
	sort.Strings(names)
	for _, n := range names {
		data, err := examples.Files.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		docs, err := ingest.Parse("examples/"+n, data, ingest.Options{})
		if err != nil {
			continue // not an article (the key, the README)
		}
		for _, d := range docs {
			if _, _, err := st.PutArticle(ctx, pl.Article(d)); err != nil {
				t.Fatalf("%s: %v", n, err)
			}
		}
	}
	srv, err := web.New(st, web.Options{Topics: tops})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv.Handler())
	defer ts.Close()
	bctx := browser(t, 1280, 900)
	do(t, bctx, "overview", chromedp.Navigate(ts.URL+"/"), chromedp.WaitVisible(chromedp.CSS("#counts")))
	clicks := 0
	// Click 1: the open contradictions count.
	do(t, bctx, "click the contradictions count", chromedp.Click(chromedp.CSS(`#open-contradictions`)),
		chromedp.WaitVisible(chromedp.CSS(`#contradictions`)))
	clicks++
	if n := eval[int](t, bctx, `document.querySelectorAll("#contradictions > li.card").length`); n == 0 {
		t.Fatalf("the sample articles give no open contradiction to follow")
	}
	// Click 2: the first contradiction.
	do(t, bctx, "click a contradiction", chromedp.Click(chromedp.CSS(`#contradictions > li.card h2 a`)),
		chromedp.WaitVisible(chromedp.CSS(`#pair`)))
	clicks++
	sides := eval[[]string](t, bctx, `Array.from(document.querySelectorAll("#pair .side-card")).map(s =>
		s.querySelector(".source").textContent + " | " + s.querySelector("blockquote").textContent)`)
	if len(sides) != 2 {
		t.Fatalf("the contradiction page shows %d sides, want 2", len(sides))
	}
	for _, s := range sides {
		src, sentence, _ := strings.Cut(s, " | ")
		if strings.TrimSpace(src) == "" || len(strings.TrimSpace(sentence)) < 20 {
			t.Errorf("a side without its source or sentence: %q", s)
		}
	}
	t.Logf("overview → contradiction with both sources and sentences in %d clicks: %q", clicks, sides)
	shot(t, bctx, dir, "demo-contradiction.png")
	// Click 3 (optional): the first source's sentence in its article.
	do(t, bctx, "click into the article", chromedp.Click(chromedp.CSS(`#pair .side-card dd a[href*="claim="]`)),
		chromedp.WaitVisible(chromedp.CSS(`.cs.focus`)))
	clicks++
	if clicks > 3 {
		t.Errorf("%d clicks", clicks)
	}
}
