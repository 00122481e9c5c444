package claim

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dossier-osint/dossier/internal/sharedtest"

	"github.com/dossier-osint/dossier/internal/claim/claimeval"
	"github.com/dossier-osint/dossier/internal/doc"
	"github.com/dossier-osint/dossier/internal/entity"
	"github.com/dossier-osint/dossier/internal/gold"
	"github.com/dossier-osint/dossier/internal/quantity"
	"github.com/dossier-osint/dossier/internal/timex"
	"github.com/dossier-osint/dossier/internal/topic"
)

// sharedDir walks up from the package dir to the dir holding "shared".
func sharedDir(t testing.TB) string {
	return filepath.Dir(filepath.Dir(sharedtest.Require(t, "gold/seeds.json")))
}

// minimalArticle builds an article from a raw seed file with a minimal
// split, independent of the clean stage: the key's headline as the title
// paragraph, every other non-empty line a body paragraph, exact repeats
// dropped (the clean stage does this properly).
func minimalArticle(raw string, gd gold.Document) *doc.Article {
	title := gold.Str(gd.Title)
	var paras []string
	seen := map[string]bool{}
	if title != "" {
		paras = append(paras, title)
		seen[fold(title)] = true
	}
	for i, line := range strings.Split(raw, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if i == 0 && title != "" && strings.Contains(gold.Fold(line), gold.Fold(title)) {
			continue
		}
		if seen[fold(line)] {
			continue
		}
		seen[fold(line)] = true
		paras = append(paras, line)
	}
	a := &doc.Article{Source: gd.File, Published: gold.Str(gd.Published), Lang: "en", Title: title}
	var b strings.Builder
	for i, p := range paras {
		if i > 0 {
			b.WriteString("\n\n")
		}
		k := doc.KindBody
		if i == 0 && title != "" {
			k = doc.KindTitle
		}
		a.Paragraphs = append(a.Paragraphs, doc.Paragraph{Kind: k, Start: b.Len(), End: b.Len() + len(p), Text: p})
		b.WriteString(p)
	}
	a.Text = b.String()
	return a
}

func annotate(a *doc.Article) *doc.Annotations {
	er := entity.Find(a.Text)
	return &doc.Annotations{
		Times:      timex.Find(a.Text, timex.Ref{Published: a.Published, Lang: a.Lang}),
		Quantities: quantity.Find(a.Text, a.Lang),
		Mentions:   er.Mentions,
		Entities:   er.Entities,
		LegalRefs:  er.LegalRefs,
	}
}

// TestSeedsKey runs the whole annotation chain on the seed articles and
// scores the claims against the answer key.
func TestSeedsKey(t *testing.T) {
	sh := sharedDir(t)
	key, err := gold.Load(filepath.Join(sh, "gold", "seeds.json"))
	if err != nil {
		t.Fatal(err)
	}
	tops, err := topic.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	var total claimeval.Scores
	for _, gd := range key.Documents {
		raw, err := os.ReadFile(filepath.Join(sh, "seeds", gd.File))
		if err != nil {
			t.Fatal(err)
		}
		a := minimalArticle(string(raw), gd)
		ann := annotate(a)
		claims := Extract(a, ann, tops)
		aliases := append(append([][]string{}, gd.Aliases...), key.AliasesAcross...)
		sc := claimeval.Score(gd.Claims, claims, aliases)
		total.Add(sc)
		if testing.Verbose() {
			for _, c := range claims {
				t.Logf("%s: %s %s %q ind=%s period=%s said_by=%q origin=%q counted=%q event=%q", gd.File, c.Value, c.Unit, c.Text, c.Indicator, c.Period, c.SaidBy, c.Origin, c.Counted, c.Event)
			}
		}
	}
	total.Finish()
	for _, m := range total.Misses {
		t.Logf("miss: %s", m)
	}
	for _, m := range total.FalsePositives {
		t.Logf("false positive: %s", m)
	}
	t.Logf("claims: gold %d predicted %d matched %d P %.3f R %.3f F1 %.3f unit %.3f indicator %.3f period %.3f said_by %.3f origin %.3f",
		total.Gold, total.Predicted, total.Matched, total.Precision, total.Recall, total.F1, total.Unit, total.Indicator, total.Period, total.SaidBy, total.Origin)
	// floors that guard against regressions; the targets are 0.95 and 0.9
	if total.Precision < 0.8 || total.Recall < 0.8 {
		t.Errorf("claim precision %.3f / recall %.3f below the 0.8 floor", total.Precision, total.Recall)
	}
}
