// Package browsertest drives the web interface in headless Chromium from Go
// (chromedp): overview, indicator chart, claim to sentence, search, login
// and review surviving re-extraction, hostile markup that must not run, and
// screenshots. It holds tests only.
package browsertest

import (
	"context"
	"fmt"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/dossier-osint/dossier/internal/pipeline"
	"github.com/dossier-osint/dossier/internal/store"
	"github.com/dossier-osint/dossier/internal/web"
	"github.com/dossier-osint/dossier/internal/web/webtest"
)

// chromium finds the browser: $DOSSIER_TEST_CHROMIUM, else "chromium" or
// "chromium-browser" on PATH.
func chromium(t *testing.T) string {
	if p := os.Getenv("DOSSIER_TEST_CHROMIUM"); p != "" {
		return p
	}
	for _, n := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(n); err == nil {
			return p
		}
	}
	t.Skip("no Chromium: install Debian's chromium or set DOSSIER_TEST_CHROMIUM to the browser's path")
	return ""
}

func artifacts(t *testing.T) string {
	dir := os.Getenv("DOSSIER_TEST_ARTIFACTS")
	if dir == "" {
		dir = t.TempDir()
	} else if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshots in %s", dir)
	return dir
}

// run is one browser step with a clear failure.
func do(t *testing.T, ctx context.Context, what string, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	if err := chromedp.Do(ctx, steps...); err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}

func eval[T any](t *testing.T, ctx context.Context, js string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](js))
	if err != nil {
		t.Fatalf("evaluate %s: %v", js, err)
	}
	return v
}

func shot(t *testing.T, ctx context.Context, dir, name string) {
	t.Helper()
	b, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatalf("screenshot %s: %v", name, err)
	}
	if len(b) < 1000 {
		t.Errorf("screenshot %s is only %d bytes", name, len(b))
	}
	if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
		t.Fatal(err)
	}
}

// noScriptRan checks that no payload of the hostile article executed.
func noScriptRan(t *testing.T, ctx context.Context, page string) {
	t.Helper()
	if got := eval[string](t, ctx, `typeof window.__pwned === "undefined" ? "" : String(window.__pwned)`); got != "" {
		t.Errorf("%s: payload ran: window.__pwned = %q", page, got)
	}
	if title := eval[string](t, ctx, `document.title`); title == "pwned" {
		t.Errorf("%s: payload changed the title to %q", page, title)
	}
}

func TestBrowser(t *testing.T) {
	exe := chromium(t)
	dir := artifacts(t)
	fx := webtest.New(t)
	ctx := context.Background()
	secret := web.NewTokenSecret()
	if _, err := fx.Store.CreateToken(ctx, store.RoleReviewer, "browser", web.HashToken(secret)); err != nil {
		t.Fatal(err)
	}
	srv, err := web.New(fx.Store, web.Options{Topics: fx.Topics, CacheTTL: time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv.Handler())
	defer ts.Close()
	base := ts.URL

	actx, cancelA := chromedp.NewExecAllocator(ctx,
		chromedp.ExecPath(exe),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.NoFirstRun,
		chromedp.WindowSize(1280, 900),
		chromedp.UserDataDir(t.TempDir()),
	)
	defer cancelA()
	bctx, cancelB := chromedp.NewContext(actx)
	defer cancelB()
	bctx, cancelT := context.WithTimeout(bctx, 90*time.Second)
	defer cancelT()

	claims, _, err := fx.Store.ListClaims(ctx, store.ClaimFilter{ArticleID: fx.IDs["border"]})
	if err != nil || len(claims) != 1 {
		t.Fatalf("border claims: %v %d", err, len(claims))
	}
	borderClaim := claims[0].ID

	t.Run("overview", func(t *testing.T) {
		do(t, bctx, "open overview", chromedp.Navigate(base+"/"), chromedp.WaitVisible(chromedp.CSS("#counts")))
		cards := eval[int](t, bctx, `document.querySelectorAll(".indicator-card").length`)
		charts := eval[int](t, bctx, `document.querySelectorAll(".indicator-card svg circle.dot").length`)
		if cards < 5 || charts < 5 {
			t.Errorf("%d indicator cards, %d chart markers on the overview", cards, charts)
		}
		// The stylesheet loaded under the CSP: cards are laid out as a grid.
		if d := eval[string](t, bctx, `getComputedStyle(document.querySelector(".indicators")).display`); d != "grid" {
			t.Errorf("stylesheet not applied: display %q", d)
		}
		noScriptRan(t, bctx, "overview")
		shot(t, bctx, dir, "overview.png")
	})

	t.Run("indicator chart to sentence", func(t *testing.T) {
		do(t, bctx, "open indicator", chromedp.Navigate(base+"/"),
			chromedp.Click(chromedp.CSS(`a[href="/indicators/dprk_arrivals_russia"]`)),
			chromedp.WaitVisible(chromedp.CSS("#chart svg a.mark")))
		marks := eval[int](t, bctx, `document.querySelectorAll("#chart svg a.mark").length`)
		if marks != 3 { // four claims, the copy folded into its original
			t.Errorf("%d marks, want 3", marks)
		}
		if n := eval[int](t, bctx, `document.querySelectorAll("#chart circle.contra").length`); n < 2 {
			t.Errorf("%d contradiction rings, want the 13,000 and the 5,000", n)
		}
		shot(t, bctx, dir, "indicator.png")
		noScriptRan(t, bctx, "indicator")
		sel := fmt.Sprintf(`#chart a.mark[href*="claim=%d"] circle.dot`, borderClaim)
		do(t, bctx, "click the claim", chromedp.Click(chromedp.CSS(sel)), chromedp.WaitVisible(chromedp.CSS(".cs.focus")))
		loc := eval[string](t, bctx, `location.pathname + location.hash`)
		if want := fmt.Sprintf("/articles/%d#claim-%d", fx.IDs["border"], borderClaim); loc != want {
			t.Errorf("followed to %q, want %q", loc, want)
		}
		focus := eval[string](t, bctx, `Array.from(document.querySelectorAll(".cs.focus")).map(e => e.textContent).join("")`)
		if !strings.HasPrefix(focus, "Roughly 13,000 North Koreans entered Russia in 2023") {
			t.Errorf("highlighted sentence %q", focus)
		}
		anchor := eval[bool](t, bctx, fmt.Sprintf(`document.getElementById("claim-%d") !== null`, borderClaim))
		if !anchor {
			t.Error("no anchor for the claim")
		}
		title := eval[string](t, bctx, `document.querySelector("#text .t").getAttribute("title")`)
		if !strings.Contains(title, "2023") {
			t.Errorf("time expression title %q", title)
		}
		shot(t, bctx, dir, "article.png")
	})

	t.Run("search", func(t *testing.T) {
		do(t, bctx, "search", chromedp.Navigate(base+"/"),
			chromedp.SendKeys(chromedp.CSS(`.quick-search input[name=q]`), "lawmakers\n"),
			chromedp.WaitVisible(chromedp.CSS("#hits mark")))
		if m := eval[string](t, bctx, `document.querySelector("#hits mark").textContent`); !strings.EqualFold(m, "lawmakers") {
			t.Errorf("highlighted %q", m)
		}
		if n := eval[int](t, bctx, `document.querySelectorAll("#hits > li").length`); n != 1 {
			t.Errorf("%d hits, want 1", n)
		}
	})

	t.Run("hostile article", func(t *testing.T) {
		id := fx.IDs["xss"]
		for _, p := range []string{fmt.Sprintf("/articles/%d", id), "/search?q=officials", "/articles", "/claims",
			"/indicators/dprk_arrivals_russia", "/entities"} {
			do(t, bctx, "open "+p, chromedp.Navigate(base+p), chromedp.WaitReady(chromedp.CSS("footer")))
			noScriptRan(t, bctx, p)
		}
		do(t, bctx, "open hostile article", chromedp.Navigate(base+fmt.Sprintf("/articles/%d", id)), chromedp.WaitVisible(chromedp.CSS("#article-title")))
		h1 := eval[string](t, bctx, `document.getElementById("article-title").textContent`)
		if !strings.Contains(h1, "<script>") || eval[int](t, bctx, `document.querySelectorAll("#text script, #text img, #text svg, #article-title img").length`) != 0 {
			t.Errorf("title shown as %q, or markup became elements", h1)
		}
		if n := eval[int](t, bctx, `document.querySelectorAll('a[href^="javascript:"]').length`); n != 0 {
			t.Errorf("%d javascript: links", n)
		}
	})

	t.Run("review survives re-extraction", func(t *testing.T) {
		spy, _, err := fx.Store.ListClaims(ctx, store.ClaimFilter{ArticleID: fx.IDs["spy"]})
		if err != nil || len(spy) != 1 {
			t.Fatalf("spy claims: %v", err)
		}
		id := spy[0].ID
		claimURL := fmt.Sprintf("%s/claims/%d", base, id)
		do(t, bctx, "log in", chromedp.Navigate(claimURL),
			chromedp.Click(chromedp.CSS(`#review a[href^="/login"]`)),
			chromedp.WaitVisible(chromedp.CSS(`input[name=token]`)),
			chromedp.SendKeys(chromedp.CSS(`input[name=token]`), secret),
			chromedp.Click(chromedp.CSS(`form.login button[type=submit]`)),
			chromedp.WaitVisible(chromedp.CSS(`form.review-form`)))
		// app.js ran (script-src 'self'): the correction fields are off until "correct" is chosen.
		if !eval[bool](t, bctx, `document.querySelectorAll(".review-form fieldset")[1].disabled`) {
			t.Error("app.js did not run: correction fields enabled with 'accept' chosen")
		}
		do(t, bctx, "correct", chromedp.Click(chromedp.CSS(`input[name=action][value=corrected]`)),
			chromedp.SetValue(chromedp.CSS(`input[name=value]`), "~5,500"),
			chromedp.SetValue(chromedp.CSS(`input[name=said_by]`), "NIS"),
			chromedp.SendKeys(chromedp.CSS(`input[name=reason]`), "the briefing transcript says about 5,500"),
			chromedp.Click(chromedp.CSS(`form.review-form button[type=submit]`)),
			chromedp.WaitVisible(chromedp.CSS(`h1 + p .badge.r-corrected`)))
		if b := eval[string](t, bctx, `document.querySelector("h1 + p .badge").textContent`); b != "corrected" {
			t.Errorf("badge %q after review", b)
		}
		// Re-extract every article with the real pipeline, as "dossier reextract" does.
		pl := pipeline.New(fx.Topics)
		for key, aid := range fx.IDs {
			a, err := fx.Store.Article(ctx, aid)
			if err != nil {
				t.Fatal(err)
			}
			pl.Annotate(a)
			if _, err := fx.Store.ReplaceAnnotations(ctx, aid, a.Annotations); err != nil {
				t.Fatalf("re-extract %s: %v", key, err)
			}
		}
		do(t, bctx, "reload", chromedp.Navigate(claimURL), chromedp.WaitVisible(chromedp.CSS(`h1`)))
		h1 := eval[string](t, bctx, `document.querySelector("h1").textContent`)
		badge := eval[string](t, bctx, `document.querySelector("h1 + p .badge").textContent`)
		if !strings.Contains(h1, "About 5,500") || badge != "corrected" {
			t.Errorf("after re-extraction: %q [%s]", h1, badge)
		}
		if n := eval[int](t, bctx, `document.querySelectorAll("table.audit tbody tr").length`); n != 1 {
			t.Errorf("%d audit rows, want 1", n)
		}
		audit := eval[string](t, bctx, `document.querySelector("table.audit tbody tr").textContent`)
		if !strings.Contains(audit, "browser") || !strings.Contains(audit, "corrected") || !strings.Contains(audit, "5,000") {
			t.Errorf("audit row %q", audit)
		}
	})
}
