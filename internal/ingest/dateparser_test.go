package ingest

import (
	"errors"
	"strings"
	"testing"

	readability "github.com/go-shiori/go-readability"
	dps "github.com/markusmobius/go-dateparser"
	distiller "github.com/markusmobius/go-domdistiller"
	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
)

// dossier's go.mod replaces go-dateparser (htmldate's parser for its
// extensive text search, which dossier never runs) with the module in
// replace/go-dateparser, whose package initialisation costs nothing. This
// test fails to build if the replacement is dropped, and fails if it ever
// starts finding dates.
func TestDateParserIsTheStandIn(t *testing.T) {
	p := &dps.Parser{ParserTypes: []dps.ParserType{dps.CustomFormat, dps.AbsoluteTime}}
	for _, s := range []string{"", "12 March 2024", "2024-03-12"} {
		d, err := p.Parse(&dps.Configuration{PreferredDateSource: dps.Past, StrictParsing: true}, s)
		if !errors.Is(err, dps.ErrUnavailable) || !d.IsZero() {
			t.Errorf("Parse(%q) = %v, %v; want a zero date and ErrUnavailable", s, d.Time, err)
		}
	}
}

// The page date still comes from the markup in htmldate's fast mode.
func TestHTMLDateFromMarkupWithoutTheParser(t *testing.T) {
	page := []byte(`<html><head><title>Port calls rise</title>
<meta property="article:published_time" content="2024-05-14T09:30:00Z"></head>
<body><article><h1>Port calls rise</h1>
<p>Tankers called at the northern port eleven times in April, according to a monitoring group that tracks ship movements in the region.</p>
<p>The group said the calls were more than twice the number it counted in March, and that most of the vessels had switched off their transponders.</p>
</article></body></html>`)
	d, err := FromHTML("port.html", "https://news.example/2024/05/port", page)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(d.Published, "2024-05-14") {
		t.Errorf("published = %q, want 2024-05-14 from the meta tag", d.Published)
	}
}

// dossier's go.mod replaces go-readability and go-domdistiller, which
// go-trafilatura calls only as fallback extractors, with the modules in
// replace/, whose package initialisation costs nothing. The options never
// ask for the fallback, and the stand-ins find nothing: this test fails
// if either changes (the real extractors find the article).
func TestFallbackExtractorsAreStandIns(t *testing.T) {
	if o := htmlOptions(); o.EnableFallback || o.HtmlDateMode != trafilatura.Fast {
		t.Errorf("options %+v: want no fallback and htmldate's fast mode", o)
	}
	page := `<html><head><title>Port calls rise</title></head><body><article><h1>Port calls rise</h1>
<p>Tankers called at the northern port eleven times in April, according to a monitoring group that tracks ship movements in the region.</p>
<p>The group said the calls were more than twice the number it counted in March, and that most of the vessels had switched off their transponders.</p>
</article></body></html>`
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	if a, err := readability.FromDocument(doc, nil); a.Node != nil || err != nil {
		t.Errorf("readability found %v, %v: want the stand-in's nothing", a.Node, err)
	}
	if r, err := distiller.Apply(doc, &distiller.Options{SkipPagination: true}); r != nil || err != nil {
		t.Errorf("distiller found %v, %v: want the stand-in's nothing", r, err)
	}
}
