package alert

import (
	"context"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/dossier-osint/dossier/internal/doc"
	"github.com/dossier-osint/dossier/internal/store/sqlite"
	"github.com/dossier-osint/dossier/internal/topic"
)

const fuelYAML = `id: fuel
name: Fuel at the depot
indicators:
  - id: fuel_in
    label: Fuel delivered to the depot
    measure: flow
    units: [barrel, tonne]
alerts:
  - {id: over-cap, indicator: fuel_in, when: above, value: 500000, unit: barrels}
  - {id: record, indicator: fuel_in, when: new_max}
`

// fuelArticle is a stored article with one fuel claim of n in unit.
func fuelArticle(title string, n float64, unit string) *doc.Article {
	word := map[string]string{"bbl": "barrels", "t": "tonnes"}[unit]
	text := "The depot took in " + strconv.FormatFloat(n, 'f', 0, 64) + " " + word + " of fuel in 2023."
	i := strings.Index(text, "in ") + 3
	end := strings.Index(text, word) + len(word)
	c := doc.Claim{Start: i, End: end, Text: text[i:end], Sentence: text, SentenceEnd: len(text), Value: doc.Exact(n), Unit: unit,
		Counted: "fuel", Topic: "fuel", Indicator: "fuel_in", Period: "2023", SaidBy: title}
	return &doc.Article{Source: title + ".txt", URL: "https://depot.example/" + strings.ToLower(title), Format: "txt", Title: title,
		Published: "2023-06-01", Text: text, Hash: "h-" + title, Paragraphs: []doc.Paragraph{{Kind: doc.KindBody, End: len(text), Text: text}},
		Annotations: &doc.Annotations{Claims: []doc.Claim{c}}}
}

// TestAlertUnits: above with a unit looks only at figures in that unit,
// and new_max compares a figure only with figures of its own unit (the
// first tonne figure is no record over barrels). Figures written for
// this test.
func TestAlertUnits(t *testing.T) {
	ctx := context.Background()
	tp, err := topic.Parse("fuel.yaml", []byte(fuelYAML))
	if err != nil {
		t.Fatal(err)
	}
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "u.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	var ids []int64
	for _, a := range []*doc.Article{
		fuelArticle("Barrels", 600000, "bbl"),
		fuelArticle("Tonnes", 900000, "t"),
		fuelArticle("More", 700000, "bbl"),
	} {
		id, _, err := st.PutArticle(ctx, a)
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, id)
	}
	eng := &Engine{Topics: []*topic.Topic{tp}, Store: st}
	for _, c := range []struct {
		rule string
		want []int64
	}{
		{"over-cap", []int64{ids[0], ids[2]}},
		{"record", []int64{ids[2]}},
	} {
		evs, err := eng.Test(ctx, c.rule)
		if err != nil {
			t.Fatal(err)
		}
		var got []int64
		for _, ev := range evs {
			got = append(got, ev.ArticleID)
		}
		if !equal(got, c.want) {
			t.Errorf("%s fired on %v, want %v", c.rule, got, c.want)
		}
	}
	// a unit on a rule that compares no figures is an error
	bad := strings.Replace(fuelYAML, "when: new_max}", "when: new_claim, unit: tonne}", 1)
	if _, err := topic.Parse("bad.yaml", []byte(bad)); err == nil {
		t.Error("unit on new_claim accepted")
	}
}
