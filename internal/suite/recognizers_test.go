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
	for name, r := range res {
		t.Logf("%-18s cases %3d passed %3d rate %.3f", name, r.Cases, r.Passed, r.Rate)
	}
}
