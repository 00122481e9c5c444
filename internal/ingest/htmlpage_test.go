package ingest

import (
	"strings"
	"testing"
)

const furniturePage = `<!DOCTYPE html><html><head>
<title>Ferry line to the northern islands reopens after a long winter | Harbour Ledger</title>
<meta property="article:published_time" content="2024-03-05T09:10:00+02:00">
</head><body>
<div class="cookie-banner">We use cookies to improve your visit. <a href="/privacy">Privacy policy</a></div>
<div class="topbar"><span class="date-today">Friday, March 8, 2024</span> <a href="/login">Log in</a></div>
<nav class="main-nav"><ul><li><a href="/">Home</a></li><li><a href="/ports">Ports</a></li><li><a href="/islands">Islands</a></li></ul></nav>
<div class="ticker">Storm warning for the coast · Fuel prices up 2%</div>
<main><article>
<h1>Ferry line to the northern islands reopens after a long winter</h1>
<div class="article-meta"><time datetime="2024-03-05T09:10:00+02:00">05.03.2024 09:10</time> <span class="author">Lena Park</span></div>
<p>The harbour authority reopened the ferry line to the northern islands on Tuesday after a winter in which storms kept the boats in port for eleven weeks.</p>
<p>Four vessels will run on the route, each carrying up to 350 passengers and twenty cars, the authority said in a statement published on its website.</p>
<p>Islanders had waited since November for the service, which carries post, medicine and school children to the mainland every morning.</p>
<p>The operator said it would add an evening crossing in June if the number of passengers keeps growing as it did last summer.</p>
</article>
<aside class="related"><h3>Related stories</h3><ul><li><a href="/a">Port cranes arrive from Rotterdam</a> <em>March 1, 2024</em></li></ul></aside>
</main>
<footer><p>© 2024 Harbour Ledger Media. All rights reserved.</p></footer>
</body></html>`

// TestHTMLPageFurniture checks what an HTML page keeps around its
// article: the visible date line as a header paragraph (not the site's
// "today" banner), the site name from a " | Outlet" title suffix, and
// every piece the reader left out with the reason its place gives.
func TestHTMLPageFurniture(t *testing.T) {
	d, err := FromHTML("p.html", "", []byte(furniturePage))
	if err != nil {
		t.Fatal(err)
	}
	first, _, _ := strings.Cut(d.Text, "\n")
	if first != "05.03.2024 09:10 | Lena Park" {
		t.Errorf("first paragraph %q, want the date line", first)
	}
	if strings.Contains(d.Text, "March 8, 2024") || strings.Contains(d.Text, "March 1, 2024") {
		t.Errorf("a banner or related-story date was kept: %q", d.Text)
	}
	if d.SiteName != "Harbour Ledger" {
		t.Errorf("site name %q", d.SiteName)
	}
	want := map[string]string{
		"We use cookies":        "boilerplate:cookie",
		"Friday, March 8, 2024": "boilerplate:navigation",
		"Home":                  "boilerplate:navigation",
		"Storm warning":         "boilerplate:ticker",
		"Port cranes arrive":    "boilerplate:related",
		"© 2024 Harbour Ledger": "boilerplate:footer",
	}
	for piece, reason := range want {
		got := ""
		for _, r := range d.Removed {
			if strings.Contains(r.Text, piece) {
				got = r.Reason
				break
			}
		}
		if got != reason {
			t.Errorf("%q removed as %q, want %q", piece, got, reason)
		}
	}
	for _, r := range d.Removed {
		if strings.Contains(r.Text, "eleven weeks") {
			t.Errorf("article text recorded as removed: %q", r.Text)
		}
	}
}
