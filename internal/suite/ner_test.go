package suite

import (
	"os"
	"path/filepath"
	"testing"
)

func meantimeDir(t *testing.T) string {
	dir, _ := filepath.Abs(".")
	for {
		p := filepath.Join(dir, "shared", "data", "meantime-en")
		if _, err := os.Stat(p); err == nil {
			return p
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("shared/data/meantime-en not found above the package directory: skipping")
		}
		dir = parent
	}
}

func TestMeantimeNER(t *testing.T) {
	r, err := MeantimeNER(meantimeDir(t))
	if err != nil {
		t.Fatal(err)
	}
	if r.Documents != 120 {
		t.Errorf("documents = %d, want 120", r.Documents)
	}
	for _, typ := range []string{"PER", "ORG", "LOC"} {
		p := r.PerType[typ]
		t.Logf("%s gold %d predicted %d correct %d P %.3f R %.3f F1 %.3f", typ, p.Gold, p.Predicted, p.Correct, p.Precision, p.Recall, p.F1)
		if p.Gold == 0 {
			t.Errorf("%s: no gold names read", typ)
		}
	}
	t.Logf("all P %.3f R %.3f F1 %.3f; untyped F1 %.3f; ignored %d", r.All.Precision, r.All.Recall, r.All.F1, r.Untyped.F1, r.Ignored)
	// a floor well under the measured figure, so a broken tagger fails
	if r.All.F1 < 0.3 {
		t.Errorf("overall F1 %.3f below 0.3", r.All.F1)
	}
}

func TestMeantimeNERMissing(t *testing.T) {
	if _, err := MeantimeNER(t.TempDir()); err == nil {
		t.Error("no error for a folder without XML files")
	}
}
