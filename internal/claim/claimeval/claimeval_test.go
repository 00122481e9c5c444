package claimeval

import (
	"testing"

	"github.com/dossier-osint/dossier/internal/doc"
	"github.com/dossier-osint/dossier/internal/gold"
)

func sp(s string) *string { return &s }
func bp(b bool) *bool     { return &b }

func TestScore(t *testing.T) {
	golds := []gold.Claim{
		{Cue: "some 40 ships", Value: doc.Value{Bound: doc.BoundExact, Number: 40, Approx: true}, Unit: "ship", Indicator: sp("ships"), Period: sp("2020"), SaidBy: sp("Wall Street Journal")},
		{Cue: "thousands of sailors", Value: doc.Value{Bound: doc.BoundMin, Number: 2000, Vague: true}, Unit: "person", Period: sp("2019-06/2020-06")},
		{Cue: "3 ports", Value: doc.Exact(3), Unit: "port", Required: bp(false)},
		{Cue: "12 crews", Value: doc.Exact(12), Unit: "crew"},
	}
	pred := []doc.Claim{
		{Sentence: "Then some  40 ships left, WSJ said.", Value: doc.Exact(40), Unit: "ship", Indicator: "ships", Period: "2020", SaidBy: "WSJ"},
		{Sentence: "Then thousands of sailors joined.", Value: doc.Value{Bound: doc.BoundMin, Number: 2000, Vague: true}, Unit: "person", Period: "2020"},
		{Sentence: "Only 3 ports opened.", Value: doc.Exact(3), Unit: "port"},
		{Sentence: "And some 40 ships left.", Value: doc.Exact(40), Unit: "ship"}, // the gold claim is already taken
		{Sentence: "12 crews were seen.", Value: doc.Exact(13), Unit: "crew"},     // wrong value
	}
	s := Score(golds, pred, [][]string{{"Wall Street Journal", "WSJ"}})
	if s.Gold != 3 || s.Predicted != 4 || s.Matched != 2 {
		t.Fatalf("counts gold %d predicted %d matched %d", s.Gold, s.Predicted, s.Matched)
	}
	if s.Precision != 0.5 || s.Recall != 0.667 {
		t.Errorf("P %v R %v", s.Precision, s.Recall)
	}
	// 2019-06/2020-06 vs 2020: overlap 5 months of a 19-month union: wrong
	if s.Unit != 1 || s.SaidBy != 1 || s.Period != 0.5 || s.Indicator != 1 {
		t.Errorf("attributes %+v", s)
	}
	if len(s.FalsePositives) != 2 || len(s.Misses) == 0 {
		t.Errorf("details %v / %v", s.FalsePositives, s.Misses)
	}
	var tot Scores
	tot.Add(s)
	tot.Add(s)
	tot.Finish()
	if tot.Gold != 6 || tot.Precision != 0.5 {
		t.Errorf("Add: %+v", tot)
	}
}

func TestPeriodsAgree(t *testing.T) {
	cases := []struct {
		g, p string
		want bool
	}{
		{"2024", "2024", true},
		{"", "", true},
		{"", "2024", false},
		{"2024", "", false},
		{"2024-02-09/2025-02-09", "2024", true},
		{"2024-02", "2024", false},
		{"2024-02", "2024-02-01/2024-02-20", true},
		{"2023-09/2024-06-02", "2023-09", false},
		{"garbage", "2024", false},
		{"2024-Q1", "2024-Q1", true},
		{"2024-Q1", "2024-01/2024-03-31", true},
		{"2024-Q1", "2024", false},
		{"2024-H2", "2024-07/2024-12", true},
		{"2024-Q5", "2024-Q1", false},
	}
	for _, c := range cases {
		if got := PeriodsAgree(c.g, c.p); got != c.want {
			t.Errorf("PeriodsAgree(%q, %q) = %v", c.g, c.p, got)
		}
	}
}

func TestValuesAgree(t *testing.T) {
	r := doc.Range(150e6, 300e6)
	if !ValuesAgree(r, doc.Range(150e6, 300e6)) || ValuesAgree(r, doc.Exact(150e6)) {
		t.Error("range")
	}
	mn := doc.Value{Bound: doc.BoundMin, Number: 700}
	if !ValuesAgree(mn, mn) || ValuesAgree(mn, doc.Exact(700)) {
		t.Error("min")
	}
	vg := doc.Value{Bound: doc.BoundMin, Number: 200, Vague: true}
	if ValuesAgree(vg, doc.Value{Bound: doc.BoundMin, Number: 200}) || !ValuesAgree(vg, vg) {
		t.Error("vague")
	}
}
