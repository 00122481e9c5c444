package suite

import (
	"os"
	"path/filepath"
	"testing"
)

// specsDir finds shared/data/recognizers-text by walking up from the
// package directory.
func specsDir(t testing.TB) string {
	dir, _ := os.Getwd()
	for {
		p := filepath.Join(dir, "shared", "data", "recognizers-text")
		if _, err := os.Stat(p); err == nil {
			return p
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("shared/data/recognizers-text not found above the package directory")
		}
		dir = parent
	}
}

func TestRecognizers(t *testing.T) {
	dir := specsDir(t)
	res, err := Recognizers(dir, os.Getenv("SPEC_VERBOSE") != "")
	if err != nil {
		t.Fatal(err)
	}
	floor := map[string]float64{"NumberModel": 0.95, "PercentModel": 0.95, "NumberRangeModel": 0.95, "CurrencyModel": 0.90, "DimensionModel": 0.70}
	for name, r := range res {
		t.Logf("%-18s cases %3d passed %3d rate %.3f", name, r.Cases, r.Passed, r.Rate)
		if r.Cases == 0 {
			t.Errorf("%s: no cases read", name)
		}
		if r.Rate < floor[name] {
			t.Errorf("%s: pass rate %.3f below %.2f", name, r.Rate, floor[name])
		}
	}
}

func TestHarnessHelpers(t *testing.T) {
	off := utf16Offsets("a€😀b")
	for byteOff, want := range map[int]int{0: 0, 1: 1, 4: 2, 8: 4, 9: 5} {
		if off[byteOff] != want {
			t.Errorf("utf16 offset of byte %d = %d, want %d", byteOff, off[byteOff], want)
		}
	}
	for _, c := range []struct {
		a, b string
		same bool
	}{
		{"[20,30)", "[20,30)", true},
		{"(,100]", "(,100]", true},
		{"[0.4,)", "[0.4,)", true},
		{"[20,30)", "[20,30]", false},
		{"(30,)", "[30,)", false},
		{"(,100]", "(100,]", false},
	} {
		if got := sameInterval(c.a, c.b); got != c.same {
			t.Errorf("sameInterval(%q, %q) = %v", c.a, c.b, got)
		}
	}
	if !sameNumber("0.666666666666667", "0.6666666666666666") || sameNumber("1E-12", "1e-11") {
		t.Error("sameNumber tolerance wrong")
	}
}
