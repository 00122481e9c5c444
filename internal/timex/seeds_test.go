package timex

import (
	"encoding/json"
	"github.com/dossier-osint/dossier/internal/sharedtest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// sharedDir walks up from the package directory to the directory that
// holds "shared" and returns shared/<rel>, or "" when absent.
func sharedDir(rel string) string { return sharedtest.Dir(rel) }

type goldTimes struct {
	Documents []struct {
		File      string  `json:"file"`
		Published *string `json:"published"`
		Times     []struct {
			Cue   string  `json:"cue"`
			Value *string `json:"value"`
		} `json:"times"`
	} `json:"documents"`
}

// TestSeedsKey checks every time expression of the answer key: a predicted
// time overlapping the cue must carry the key's value ("" for null).
func TestSeedsKey(t *testing.T) {
	seeds, gold := sharedDir("seeds"), sharedDir("gold/seeds.json")
	if seeds == "" || gold == "" {
		t.Skip("shared/seeds or shared/gold/seeds.json not found above the package directory")
	}
	b, err := os.ReadFile(gold)
	if err != nil {
		t.Fatal(err)
	}
	var g goldTimes
	if err := json.Unmarshal(b, &g); err != nil {
		t.Fatalf("decode %s: %v", gold, err)
	}
	total, right := 0, 0
	for _, d := range g.Documents {
		raw, err := os.ReadFile(filepath.Join(seeds, d.File))
		if err != nil {
			t.Fatal(err)
		}
		text := string(raw)
		ref := Ref{Lang: "en"}
		if d.Published != nil {
			ref.Published = *d.Published
		}
		got := Find(text, ref)
		for _, gt := range d.Times {
			total++
			want := ""
			if gt.Value != nil {
				want = *gt.Value
			}
			at := strings.Index(text, gt.Cue)
			if at < 0 {
				t.Errorf("%s: cue %q not in text", d.File, gt.Cue)
				continue
			}
			end := at + len(gt.Cue)
			ok := false
			var seen []string
			for _, tm := range got {
				if tm.Start < end && tm.End > at {
					seen = append(seen, tm.Text+"="+tm.Value)
					if tm.Value == want {
						ok = true
					}
				}
			}
			if ok {
				right++
			} else {
				t.Errorf("%s: %q want %q, got %v", d.File, gt.Cue, want, seen)
			}
		}
	}
	t.Logf("seeds key: %d/%d time expressions right", right, total)
}
