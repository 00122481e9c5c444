package web

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dossier-osint/dossier/internal/doc"
	"github.com/dossier-osint/dossier/internal/indicator"
	"github.com/dossier-osint/dossier/internal/store"
)

func TestParseValue(t *testing.T) {
	tests := []struct {
		in   string
		want doc.Value
		err  bool
	}{
		{"300", doc.Exact(300), false},
		{"1,200", doc.Exact(1200), false},
		{"~300", doc.Value{Bound: doc.BoundExact, Number: 300, Approx: true}, false},
		{"300-500", doc.Range(300, 500), false},
		{"~300-500", doc.Value{Bound: doc.BoundRange, Low: 300, High: 500, Approx: true}, false},
		{">=10,000", doc.Value{Bound: doc.BoundMin, Number: 10000}, false},
		{"<=~50", doc.Value{Bound: doc.BoundMax, Number: 50, Approx: true}, false},
		{">=1000 (vague)", doc.Value{Bound: doc.BoundMin, Number: 1000, Vague: true}, false},
		{"2.5", doc.Exact(2.5), false},
		{"", doc.Value{}, true},
		{"lots", doc.Value{}, true},
		{"500-300", doc.Value{}, true},
		{"-5", doc.Value{}, true},
		{"NaN", doc.Value{}, true},
		{"1-", doc.Value{}, true},
	}
	for _, tc := range tests {
		got, err := parseValue(tc.in)
		if (err != nil) != tc.err {
			t.Errorf("parseValue(%q) error %v, want error %v", tc.in, err, tc.err)
			continue
		}
		if !tc.err && got != tc.want {
			t.Errorf("parseValue(%q) = %+v, want %+v", tc.in, got, tc.want)
		}
	}
}

// Values written by Value.String read back the same.
func TestParseValueRoundTrip(t *testing.T) {
	for _, v := range []doc.Value{doc.Exact(7), doc.Range(1, 2), {Bound: doc.BoundMin, Number: 3, Approx: true},
		{Bound: doc.BoundMax, Number: 9}, {Bound: doc.BoundExact, Number: 4000, Vague: true}} {
		got, err := parseValue(v.String())
		if err != nil || got != v {
			t.Errorf("round trip %q: %+v, %v", v.String(), got, err)
		}
	}
}

func FuzzParseValue(f *testing.F) {
	for _, s := range []string{"300", "~1,200-1,500", ">=5 (vague)", "<=", "1e9", "--"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := parseValue(s)
		if err != nil {
			return
		}
		if v.Bound == doc.BoundRange && v.Low > v.High {
			t.Errorf("%q: range %v > %v", s, v.Low, v.High)
		}
		if v.Number < 0 || v.Low < 0 {
			t.Errorf("%q: negative %+v", s, v)
		}
	})
}

func TestHighlightSegments(t *testing.T) {
	text := "Title\n\nSome 300 workers came in 2023. Nothing else."
	a := &doc.Article{Text: text, Paragraphs: []doc.Paragraph{{Kind: "title", Start: 0, End: 5}, {Kind: "body", Start: 7, End: len(text)}},
		Annotations: &doc.Annotations{
			Times:      []doc.Time{{Start: strings.Index(text, "2023"), End: strings.Index(text, "2023") + 4, Type: "DATE", Value: "2023"}},
			Quantities: []doc.Quantity{{Start: 7, End: 15, Kind: "count", Value: doc.Exact(300)}},
			Mentions:   []doc.Mention{{Start: 100, End: 120}}, // out of range: skipped
		}}
	cs := []store.StoredClaim{{ID: 9, Claim: doc.Claim{Start: 7, End: 15, SentenceStart: 7, SentenceEnd: strings.Index(text, ".") + 1, Value: doc.Exact(300)}, Review: "machine"}}
	paras := highlight(a, cs, 9)
	if len(paras) != 2 {
		t.Fatalf("paragraphs %d", len(paras))
	}
	var joined strings.Builder
	var anchor, focus, timeSeg bool
	for _, s := range paras[1].Segs {
		joined.WriteString(s.Text)
		if len(s.Anchors) > 0 && s.Anchors[0] == "claim-9" && s.Text == "Some 300" {
			anchor = true
		}
		if strings.Contains(s.Class, "focus") {
			focus = true
		}
		if s.Text == "2023" && strings.Contains(s.Class, "t") && strings.Contains(s.Title, "2023") {
			timeSeg = true
		}
		if s.Text == "Some 300" && s.Href != "/claims/9" {
			t.Errorf("claim figure links to %q", s.Href)
		}
	}
	if joined.String() != text[7:] {
		t.Errorf("segments do not rebuild the paragraph: %q", joined.String())
	}
	if !anchor || !focus || !timeSeg {
		t.Errorf("anchor %v focus %v time %v: %+v", anchor, focus, timeSeg, paras[1].Segs)
	}
}

// FuzzHighlight: any spans, valid or not, never panic, and the segments
// always rebuild each paragraph's text exactly.
func FuzzHighlight(f *testing.F) {
	f.Add("Über 300 Arbeiter kamen 2023.", 0, 4, 5, 8, 2, 30)
	f.Add("abc", -1, 10, 2, 1, 0, 3)
	f.Fuzz(func(t *testing.T, text string, s1, e1, s2, e2, ps, pe int) {
		if !utf8.ValidString(text) {
			return
		}
		a := &doc.Article{Text: text, Paragraphs: []doc.Paragraph{{Kind: "body", Start: ps, End: pe}},
			Annotations: &doc.Annotations{Times: []doc.Time{{Start: s1, End: e1}}, Quantities: []doc.Quantity{{Start: s2, End: e2}}}}
		cs := []store.StoredClaim{{ID: 1, Claim: doc.Claim{Start: s2, End: e2, SentenceStart: s1, SentenceEnd: e2}}}
		for _, p := range highlight(a, cs, 1) {
			var b strings.Builder
			for _, s := range p.Segs {
				b.WriteString(s.Text)
			}
			if b.String() != text[ps:pe] {
				t.Errorf("segments %q != paragraph %q", b.String(), text[ps:pe])
			}
		}
	})
}

func TestSeriesFromIndicator(t *testing.T) {
	claimOf := func(id, article int64, src, period string, n float64) store.StoredClaim {
		return store.StoredClaim{ID: id, ArticleID: article, Review: store.ReviewMachine, ArticlePublished: "2023-06-01",
			Claim: doc.Claim{Indicator: "dprk_arrivals_russia", Unit: "person", Period: period, SaidBy: src,
				Value: doc.Value{Bound: doc.BoundExact, Number: n}}}
	}
	tests := []struct {
		name    string
		claims  []store.StoredClaim
		sources []string
		contra  int
	}{
		{"far apart, two sources", []store.StoredClaim{claimOf(1, 1, "A", "2023", 13000), claimOf(2, 2, "B", "2023", 5000)}, []string{"A", "B"}, 1},
		{"same figure", []store.StoredClaim{claimOf(1, 1, "A", "2023", 5000), claimOf(2, 2, "B", "2023", 5000)}, []string{"A", "B"}, 0},
		{"other period", []store.StoredClaim{claimOf(1, 1, "B", "2022", 1), claimOf(2, 2, "A", "2024", 100)}, []string{"B", "A"}, 0},
	}
	for _, tc := range tests {
		is := indicator.Assemble("t", "dprk_arrivals_russia", tc.claims)
		se := fromIndicator(is)
		if strings.Join(se.Sources, ",") != strings.Join(tc.sources, ",") || len(se.Points) != len(is.Points) {
			t.Errorf("%s: sources %v, %d points; want %v, %d", tc.name, se.Sources, len(se.Points), tc.sources, len(is.Points))
		}
		if len(se.Contradictions) != tc.contra || len(is.Contradictions) != tc.contra {
			t.Errorf("%s: %d contradictions (indicator %d), want %d", tc.name, len(se.Contradictions), len(is.Contradictions), tc.contra)
			continue
		}
		for i, c := range se.Contradictions {
			if c.A.ClaimID != is.Contradictions[i].A || c.B.ClaimID != is.Contradictions[i].B || c.Explanation == "" ||
				c.A.Value == "" || c.Indicator != "dprk_arrivals_russia" {
				t.Errorf("%s: contradiction %+v does not match %+v", tc.name, c, is.Contradictions[i])
			}
		}
	}
}

func TestNiceCeilAndShort(t *testing.T) {
	for in, want := range map[float64]float64{0: 1, 0.7: 1, 13: 20, 14040: 20000, 21000: 25000, 45000: 50000} {
		if got := niceCeil(in); got != want {
			t.Errorf("niceCeil(%v) = %v, want %v", in, got, want)
		}
	}
	for in, want := range map[float64]string{500: "500", 12500: "12.5k", 3e6: "3M"} {
		if got := shortNumber(in); got != want {
			t.Errorf("shortNumber(%v) = %q, want %q", in, got, want)
		}
	}
}

func TestChartAggregatesLargeSeries(t *testing.T) {
	se := &Series{Label: "x", Sources: []string{"A"}}
	for i := 0; i < 3000; i++ {
		se.Points = append(se.Points, Point{StoredClaim: store.StoredClaim{ID: int64(i), Claim: doc.Claim{Value: doc.Value{Bound: doc.BoundExact, Number: float64(i)}}},
			Source: "A", From: "2023-01-01", To: "2023-12-31"})
	}
	c := newChart(se, 980, 360, false)
	if c.Aggregated != 3000 || len(c.Marks) == 0 || len(c.Marks) >= 3000 {
		t.Errorf("aggregated %d, marks %d", c.Aggregated, len(c.Marks))
	}
	small := newChart(&Series{Points: se.Points[:3], Sources: []string{"A"}}, 260, 64, true)
	if small.Aggregated != 0 || len(small.Marks) != 3 || small.Marks[0].Href != "" {
		t.Errorf("small chart: %+v", small)
	}
}
