package web

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/dossier-osint/dossier/internal/web/webtest"
)

// TestXSSEscapedInRawHTML stores an article whose title, text, outlet,
// URL, entity and claim source hold script tags, event handlers and
// javascript: links, and checks every page that shows them carries only
// escaped forms.
func TestXSSEscapedInRawHTML(t *testing.T) {
	e := newEnv(t)
	id := e.fx.IDs["xss"]
	cid := e.claimID("xss")
	pages := []string{
		"/",
		"/articles",
		fmt.Sprintf("/articles/%d", id),
		fmt.Sprintf("/articles/%d?claim=%d", id, cid),
		"/search?q=officials",
		"/search?q=script",
		"/claims",
		fmt.Sprintf("/claims/%d", cid),
		"/indicators/dprk_arrivals_russia",
		"/entities",
		"/entities/ORG:%3Cscript%3Ex%3C%2Fscript%3E",
	}
	// Live markup that must never appear: a real tag or attribute.
	live := regexp.MustCompile(`(?i)<script>window|<script>document|<img src=x|<svg onload|href="javascript:|<b>Outlet|onerror="window`)
	for _, p := range pages {
		w := e.get(p)
		if w.Code != 200 {
			t.Errorf("%s: status %d", p, w.Code)
			continue
		}
		body := w.Body.String()
		if m := live.FindString(body); m != "" {
			i := strings.Index(body, m)
			t.Errorf("%s: live markup %q in …%s…", p, m, body[max(0, i-80):min(len(body), i+80)])
		}
		if strings.Contains(body, "javascript:") && !strings.Contains(body, "javascript:window.__pwned=&#39;link&#39;") &&
			!strings.Contains(body, "javascript:alert") {
			t.Errorf("%s: javascript: outside escaped text", p)
		}
	}
	// The escaped forms are there: the payload is shown as text.
	art := e.get(fmt.Sprintf("/articles/%d", id)).Body.String()
	for _, s := range []string{"&lt;script&gt;window.__pwned=&#34;title&#34;&lt;/script&gt;", "&lt;img src=x onerror=",
		"&lt;a href=&#34;javascript:", "&lt;svg onload=", "Evil &lt;b&gt;Outlet&lt;/b&gt;", "&lt;script&gt;window.__pwned=&#34;removed&#34;"} {
		if !strings.Contains(art, s) {
			t.Errorf("article page lacks escaped %q", s)
		}
	}
	// The title element escapes too.
	if !strings.Contains(art, "<title>Workers &lt;script&gt;") {
		t.Error("<title> not escaped")
	}
	// The chart's tooltips and legend carry the hostile source as text.
	ind := e.get("/indicators/dprk_arrivals_russia").Body.String()
	if !strings.Contains(ind, "&lt;script&gt;window.__pwned=&#34;said&#34;") {
		t.Error("chart legend/tooltip lacks the escaped source")
	}
	// JSON answers are data: the API escapes < > & for safety in HTML contexts.
	api := e.get(fmt.Sprintf("/api/v1/articles/%d", id)).Body.String()
	if strings.Contains(api, "<script>") || !strings.Contains(api, `\u003cscript\u003e`) {
		t.Error("API JSON does not escape <script>")
	}
	_ = webtest.XSSTitle
}
