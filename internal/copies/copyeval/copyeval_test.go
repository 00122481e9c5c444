package copyeval

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/dossier-osint/dossier/internal/copies"
	"github.com/dossier-osint/dossier/internal/copies/gen"
)

func TestEvaluation(t *testing.T) {
	res, err := Run([]uint64{1, 2, 3}, copies.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%-9s %6s %6s %9s %7s", "relation", "gold", "pred", "precision", "recall")
	for _, rel := range Relations {
		p := res.Relations[rel]
		t.Logf("%-9s %6d %6d %9.3f %7.3f", rel, p.Gold, p.Predicted, p.Precision, p.Recall)
	}
	t.Logf("story pairs of originals: gold %d pred %d precision %.3f recall %.3f",
		res.Stories.Gold, res.Stories.Predicted, res.Stories.Precision, res.Stories.Recall)
	for _, m := range res.Misses {
		t.Log("miss:", m)
	}
	want := map[string]float64{copies.Original: 0.95, copies.Exact: 0.95, copies.Near: 0.95, copies.Spun: 0.9, copies.Translated: 0.9}
	for rel, min := range want {
		p := res.Relations[rel]
		if p.Gold == 0 || p.Precision < min || p.Recall < min {
			t.Errorf("%s: precision %.3f recall %.3f (gold %d), want >= %.2f", rel, p.Precision, p.Recall, p.Gold, min)
		}
	}
	if len(res.WrongGroup) > 0 {
		t.Errorf("%d articles grouped with the wrong original: %v", len(res.WrongGroup), res.WrongGroup)
	}
	if res.Stories.Recall < 1 || res.Stories.Precision < 0.9 {
		t.Errorf("stories: precision %.3f recall %.3f", res.Stories.Precision, res.Stories.Recall)
	}
}

// TestOriginalsPairwise: no two of the hand-written originals, including
// different outlets' reports of one event (in English, Russian and
// Ukrainian), are copies or translations of each other, in either order
// of addition; reports of one event share a story.
func TestOriginalsPairwise(t *testing.T) {
	arts, err := All()
	if err != nil {
		t.Fatal(err)
	}
	for i := range arts {
		for j := range arts {
			if i == j {
				continue
			}
			ix := copies.NewIndex(copies.Options{})
			ix.Add(docOf(1, arts[i].Source, arts[i].Date, arts[i].Lang, arts[i].Text))
			m := ix.Add(docOf(2, arts[j].Source, arts[j].Date, arts[j].Lang, arts[j].Text))
			ix.Close()
			if m.Relation != copies.Original {
				t.Errorf("%s then %s: %s (%.2f), want original", arts[i].Name, arts[j].Name, m.Relation, m.Similarity)
			}
			if same := arts[i].Event == arts[j].Event; same != (m.Story == 1) {
				t.Errorf("%s then %s: same story %v, want %v", arts[i].Name, arts[j].Name, m.Story == 1, same)
			}
		}
	}
}

// TestSigRoundTrip: an index rebuilt from marshalled signatures gives the
// same groups and stories as one built from texts.
func TestSigRoundTrip(t *testing.T) {
	set, err := Build(9)
	if err != nil {
		t.Fatal(err)
	}
	a, b := copies.NewIndex(copies.Options{}), copies.NewIndex(copies.Options{})
	for _, l := range set {
		ma := a.Add(l.Doc)
		raw, err := a.Signature(l.Doc).MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		var s copies.Sig
		if err := s.UnmarshalBinary(raw); err != nil {
			t.Fatal(err)
		}
		mb := b.AddSig(l.Doc.ID, l.Doc.Source, s)
		if ma != mb {
			t.Fatalf("article %d: from text %+v, from signature %+v", l.Doc.ID, ma, mb)
		}
	}
	var s copies.Sig
	if err := s.UnmarshalBinary([]byte{1, 2, 3}); err == nil {
		t.Error("truncated signature decoded without error")
	}
}

// TestAPI checks groups, copies, independence and story summaries on a
// small collection: a wire story, a syndicated copy, a spun copy, another
// outlet's report of the same event, and an unrelated story.
func TestAPI(t *testing.T) {
	events, err := Load("events")
	if err != nil {
		t.Fatal(err)
	}
	base, err := Load("base")
	if err != nil {
		t.Fatal(err)
	}
	var train []Article
	for _, a := range events {
		if strings.HasPrefix(a.Name, "e2_") {
			train = append(train, a)
		}
	}
	r := rand.New(rand.NewPCG(5, 5))
	ix := copies.NewIndex(copies.Options{})
	docs := []copies.Doc{
		{ID: 10, Source: "wire", Published: train[0].Date, Text: train[0].Text},
		{ID: 11, Source: "portal", Published: train[0].Date, Text: gen.Wrap(r, train[0].Text)},
		{ID: 12, Source: "spinner", Published: train[0].Date, Text: gen.Spin(r, train[0].Text, 0.9)},
		{ID: 13, Source: "daily", Published: train[1].Date, Text: train[1].Text},
		{ID: 14, Source: "weekly", Published: base[0].Date, Text: base[0].Text},
	}
	want := []struct {
		rel   string
		group int64
		story int64
	}{{copies.Original, 10, 10}, {copies.Near, 10, 10}, {copies.Spun, 10, 10}, {copies.Original, 13, 10}, {copies.Original, 14, 14}}
	for i, d := range docs {
		m := ix.Add(d)
		if m.Relation != want[i].rel || m.Group != want[i].group || m.Story != want[i].story {
			t.Errorf("doc %d: %+v, want %+v", d.ID, m, want[i])
		}
	}
	if again := ix.Add(docs[1]); again.Relation != copies.Near {
		t.Errorf("re-adding returned %+v", again)
	}
	if !ix.IsCopy(11) || ix.IsCopy(10) || ix.IsCopy(13) {
		t.Error("IsCopy wrong")
	}
	if got := ix.Members(10); !slices.Equal(got, []int64{10, 11, 12}) {
		t.Errorf("Members(10) = %v", got)
	}
	if got := ix.Independent([]int64{10, 11, 12, 13}); got != 2 {
		t.Errorf("Independent = %d, want 2", got)
	}
	st, ok := ix.Story(12)
	if !ok || st.Story != 10 || st.Outlets != 4 || st.Independent != 2 || !slices.Equal(st.Articles, []int64{10, 11, 12, 13}) {
		t.Errorf("Story(12) = %+v", st)
	}
}

// TestTranslationsPairwise: each translation in the corpus, added after
// any one original, is a translation of its own original and of no other.
func TestTranslationsPairwise(t *testing.T) {
	arts, err := All()
	if err != nil {
		t.Fatal(err)
	}
	trans, err := Load("translated")
	if err != nil {
		t.Fatal(err)
	}
	for _, tr := range trans {
		for _, a := range arts {
			ix := copies.NewIndex(copies.Options{})
			ix.Add(docOf(1, a.Source, a.Date, a.Lang, a.Text))
			m := ix.Add(docOf(2, tr.Source, tr.Date, tr.Lang, tr.Text))
			ix.Close()
			own := a.Name == tr.Original
			if got := m.Relation == copies.Translated && m.Group == 1; got != own {
				t.Errorf("%s after %s: %s of %d (%.2f), want translated: %v", tr.Name, a.Name, m.Relation, m.Group, m.Similarity, own)
			}
			if !own && m.Relation != copies.Original {
				t.Errorf("%s after %s: %s (%.2f), want original", tr.Name, a.Name, m.Relation, m.Similarity)
			}
		}
	}
}
