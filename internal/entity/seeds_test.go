package entity_test

import (
	"compress/gzip"
	"encoding/csv"
	"github.com/dossier-osint/dossier/internal/sharedtest"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/dossier-osint/dossier/internal/doc"
	"github.com/dossier-osint/dossier/internal/entity"
	"github.com/dossier-osint/dossier/internal/eval"
	"github.com/dossier-osint/dossier/internal/gold"
)

// sharedDir walks up from the package directory to the directory holding
// "shared" and returns .../shared/rel, or skips the test.
func sharedDir(t testing.TB, rel string) string { return sharedtest.Require(t, rel) }

// TestSeedsKey checks the answer key's names: every alias group of a
// document resolved to one entity in that document, aliases_across through
// the cross-article keys, and every legal reference found over its cue.
func TestSeedsKey(t *testing.T) {
	keyPath := sharedDir(t, "gold/seeds.json")
	seeds := sharedDir(t, "seeds")
	key, err := gold.Load(keyPath)
	if err != nil {
		t.Fatal(err)
	}
	var arts []*doc.Article
	groups, resolved, refs, found := 0, 0, 0, 0
	for _, d := range key.Documents {
		b, err := os.ReadFile(filepath.Join(seeds, d.File))
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		r := entity.Find(text)
		a := &doc.Article{Source: d.File, Text: text, Annotations: &doc.Annotations{Mentions: r.Mentions, Entities: r.Entities, LegalRefs: r.LegalRefs}}
		arts = append(arts, a)
		for _, g := range d.Aliases {
			groups++
			if ok, why := together(g, []*doc.Article{a}); ok {
				resolved++
			} else {
				t.Errorf("%s: %v not one entity: %s", d.File, g, why)
			}
		}
		for _, lr := range d.LegalRefs {
			refs++
			ok := false
			for _, sp := range eval.FindAll(text, lr.Cue) {
				for _, p := range r.LegalRefs {
					if p.Instrument == lr.Instrument && (lr.Paragraph == 0 || p.Paragraph == lr.Paragraph) && (doc.Span{Start: p.Start, End: p.End}).Overlaps(sp) {
						ok = true
					}
				}
			}
			if ok {
				found++
			} else {
				t.Errorf("%s: legal reference %q (%s ¶%d) not found in %+v", d.File, lr.Cue, lr.Instrument, lr.Paragraph, r.LegalRefs)
			}
		}
		// photo credits and site notices are never actors
		for _, m := range r.Mentions {
			for _, cue := range []string{"AFP-Yonhap", "REUTERS/", "EFE-EPA/", "Internet Explorer", "Chris Jackson"} {
				for _, sp := range eval.FindAll(text, cue) {
					if (doc.Span{Start: m.Start, End: m.End}).Overlaps(sp) && m.Entity != "" {
						t.Errorf("%s: credit or notice %q reported as actor %s (%s)", d.File, m.Text, m.Entity, m.Rule)
					}
				}
			}
		}
	}
	for _, g := range key.AliasesAcross {
		groups++
		if ok, why := together(g, arts); ok {
			resolved++
		} else {
			t.Errorf("across documents: %v not one entity: %s", g, why)
		}
	}
	t.Logf("alias groups resolved %d/%d, legal refs found %d/%d", resolved, groups, found, refs)
}

// together mirrors the key's rule: each name's first occurrence carrying a
// mention is represented by the mention overlapping it most.
func together(group []string, arts []*doc.Article) (bool, string) {
	key := ""
	for _, name := range group {
		k := ""
		for _, a := range arts {
			for _, sp := range eval.FindAll(a.Text, name) {
				best := 0
				for _, m := range a.Annotations.Mentions {
					ov := min(m.End, sp.End) - max(m.Start, sp.Start)
					if ov > best && m.Entity != "" {
						best, k = ov, m.Entity
					}
				}
				if k != "" {
					break
				}
			}
			if k != "" {
				break
			}
		}
		if k == "" {
			return false, name + " has no mention"
		}
		if key != "" && k != key {
			return false, name + " is " + k + ", not " + key
		}
		key = k
	}
	return true, ""
}

// BenchmarkFind measures throughput on the Wikinews sample.
func BenchmarkFind(b *testing.B) {
	dir := sharedDir(b, "data/wikinews-sample")
	var texts []string
	size := 0
	files, _ := filepath.Glob(filepath.Join(dir, "*.csv.gz"))
	for _, fn := range files {
		fh, err := os.Open(fn)
		if err != nil {
			b.Fatal(err)
		}
		zr, err := gzip.NewReader(fh)
		if err != nil {
			b.Fatal(err)
		}
		cr := csv.NewReader(zr)
		head, _ := cr.Read()
		col := len(head) - 1
		for {
			rec, err := cr.Read()
			if err == io.EOF {
				break
			}
			if err != nil {
				b.Fatal(err)
			}
			texts = append(texts, rec[col])
			size += len(rec[col])
		}
		fh.Close()
	}
	if len(texts) == 0 {
		b.Skip("no articles in the Wikinews sample")
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, s := range texts {
			entity.Find(s)
		}
	}
}
