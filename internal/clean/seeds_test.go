package clean

import (
	"encoding/json"
	"github.com/dossier-osint/dossier/internal/sharedtest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dossier-osint/dossier/internal/ingest"
)

// sharedDir finds the read-only "shared" folder by walking up from the
// package directory; it skips the test when there is none.
func sharedDir(t testing.TB) string {
	t.Helper()
	return filepath.Dir(filepath.Dir(sharedtest.Require(t, "gold/seeds.json")))
}

type goldDoc struct {
	File      string  `json:"file"`
	Published *string `json:"published"`
	Credit    *string `json:"credit"`
	Title     *string `json:"title"`
}

func str(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

// creditMatches applies the key's rule: equal ignoring case and punctuation,
// or one containing the other; a null gold credit needs an empty one.
func creditMatches(gold, got string) bool {
	norm := func(s string) string {
		return strings.Map(func(r rune) rune {
			if strings.ContainsRune(".,;:-'\"()", r) {
				return -1
			}
			return r
		}, strings.ToLower(strings.TrimSpace(s)))
	}
	g, p := norm(gold), norm(got)
	if g == "" || p == "" {
		return g == p
	}
	return g == p || strings.Contains(g, p) || strings.Contains(p, g)
}

func TestSeedsAgainstGold(t *testing.T) {
	shared := sharedDir(t)
	raw, err := os.ReadFile(filepath.Join(shared, "gold", "seeds.json"))
	if err != nil {
		t.Fatal(err)
	}
	var key struct {
		Documents []goldDoc `json:"documents"`
	}
	if err := json.Unmarshal(raw, &key); err != nil {
		t.Fatal(err)
	}
	if len(key.Documents) == 0 {
		t.Fatal("no documents in the key")
	}
	for _, g := range key.Documents {
		t.Run(g.File, func(t *testing.T) {
			path := filepath.Join(shared, "seeds", g.File)
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			docs, err := ingest.Parse(path, data, ingest.Options{})
			if err != nil || len(docs) != 1 {
				t.Fatalf("Parse: %d docs, %v", len(docs), err)
			}
			a := Clean(docs[0])
			if a.Published != str(g.Published) {
				t.Errorf("published = %q (rule %q), gold %q", a.Published, a.DateRule, str(g.Published))
			}
			if !creditMatches(str(g.Credit), a.Credit) {
				t.Errorf("credit = %q (rule %q), gold %q", a.Credit, a.CreditRule, str(g.Credit))
			}
			if Fold(a.Title) != Fold(str(g.Title)) {
				t.Errorf("title = %q, gold %q", a.Title, str(g.Title))
			}
			checkOffsets(t, a.Text, a.Paragraphs)
			if testing.Verbose() {
				for _, p := range a.Paragraphs {
					t.Logf("KEEP %-8s %v %.90q", p.Kind, p.Flags, p.Text)
				}
				for _, r := range a.Removed {
					t.Logf("DROP %-30s %.70q", r.Reason, r.Text)
				}
				t.Logf("lang=%s date=%s/%s credit=%s/%s byline=%q", a.Lang, a.Published, a.DateRule, a.Credit, a.CreditRule, a.Byline)
			}
		})
	}
}

// TestSeedRepeatsAndNotices checks, on the seeds, that no paragraph of the
// clean text occurs twice and that no browser notice or language switch
// survives cleaning.
func TestSeedRepeatsAndNotices(t *testing.T) {
	shared := sharedDir(t)
	files, _ := filepath.Glob(filepath.Join(shared, "seeds", "*.txt"))
	if len(files) == 0 {
		t.Skip("no seed files")
	}
	banned := []string{"internet explorer", "sign up", "learn more", "cookies", "add a comment", "english version", "читати українською"}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		docs, err := ingest.Parse(f, data, ingest.Options{})
		if err != nil {
			t.Fatal(err)
		}
		a := Clean(docs[0])
		seen := map[string]bool{}
		for _, p := range a.Paragraphs {
			k := Fold(p.Text)
			if seen[k] {
				t.Errorf("%s: paragraph kept twice: %.80q", filepath.Base(f), p.Text)
			}
			seen[k] = true
		}
		low := strings.ToLower(a.Text)
		for _, b := range banned {
			if strings.Contains(low, b) {
				t.Errorf("%s: clean text still holds %q", filepath.Base(f), b)
			}
		}
	}
}
