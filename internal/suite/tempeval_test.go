package suite

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// sharedData walks up from the package directory to the directory holding
// "shared" and returns shared/data/<rel>, or "" when absent.
func sharedData(rel string) string {
	dir, err := os.Getwd()
	if err != nil {
		return ""
	}
	for {
		c := filepath.Join(dir, "shared", "data", rel)
		if _, err := os.Stat(c); err == nil {
			return c
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

func TestParseTML(t *testing.T) {
	in := `<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2013-03-22" functionInDocument="CREATION_TIME">March 22, 2013</TIMEX3></DCT>
<TEXT>Sales rose <TIMEX3 tid="t1" type="DATE" value="2012">last year</TIMEX3> &amp; fell <TIMEX3 tid="t2" type="DURATION" value="P2D">two days</TIMEX3>.</TEXT></TimeML>`
	dct, text, gold, err := parseTML(in)
	if err != nil {
		t.Fatal(err)
	}
	if dct != "2013-03-22" {
		t.Errorf("dct = %q", dct)
	}
	if text != "Sales rose last year & fell two days." {
		t.Errorf("text = %q", text)
	}
	want := []string{"last year", "two days"}
	if len(gold) != 2 {
		t.Fatalf("gold = %v", gold)
	}
	for i, g := range gold {
		if text[g.start:g.end] != want[i] {
			t.Errorf("gold %d = %q, want %q", i, text[g.start:g.end], want[i])
		}
	}
	if gold[1].value != "P2D" || gold[1].typ != "DURATION" {
		t.Errorf("gold[1] = %+v", gold[1])
	}
}

func TestTempEval3(t *testing.T) {
	dir := sharedData("tempeval3-platinum")
	if dir == "" {
		t.Skip("shared/data/tempeval3-platinum not found above the package directory")
	}
	r, err := TempEval3(dir)
	if err != nil {
		t.Fatal(err)
	}
	if testing.Verbose() {
		t.Log("\n" + strings.Join(r.Misses, "\n"))
	}
	t.Logf("TempEval-3 platinum: gold %d predicted %d relaxed %d strict %d; relaxed P %.4f R %.4f F1 %.4f strict F1 %.4f value accuracy %.4f value F1 %.4f",
		r.Gold, r.Predicted, r.Relaxed, r.Strict, r.RelaxedP, r.RelaxedR, r.RelaxedF1, r.StrictF1, r.ValueAccuracy, r.ValueF1)
	if r.Gold != 138 {
		t.Errorf("gold TIMEX3 = %d, want 138 (README count)", r.Gold)
	}
	// HeidelTime's best published value F1 on this set is 0.7761.
	if r.ValueF1 < 0.7761 {
		t.Errorf("value F1 %.4f below HeidelTime's 0.7761", r.ValueF1)
	}
}
