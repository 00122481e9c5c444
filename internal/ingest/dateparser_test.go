package ingest

import (
	"errors"
	"strings"
	"testing"

	dps "github.com/markusmobius/go-dateparser"
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
