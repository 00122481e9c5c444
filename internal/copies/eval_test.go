package copies

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/dossier-osint/dossier/internal/copies/gen"
)

// article is a testdata article: a header of "KEY: value" lines, a blank
// line, then paragraphs.
type article struct {
	name, date, source, event, text string
}

func loadArticles(t testing.TB, dir string) []article {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", dir, "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no testdata in %s: %v", dir, err)
	}
	sort.Strings(files)
	var out []article
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		head, body, _ := strings.Cut(string(b), "\n\n")
		a := article{name: filepath.Base(f), text: strings.TrimSpace(body)}
		for _, l := range strings.Split(head, "\n") {
			k, v, _ := strings.Cut(l, ": ")
			switch k {
			case "DATE":
				a.date = v
			case "SOURCE":
				a.source = v
			case "EVENT":
				a.event = v
			}
		}
		if a.event == "" {
			a.event = a.name
		}
		out = append(out, a)
	}
	return out
}

// labelled is one article of the evaluation set with its gold labels.
type labelled struct {
	doc      Doc
	relation string // gold relation
	group    int64  // gold group (ID of the original)
	story    string // gold story (event)
	how      string // how the variant was made
}

// variantRecipes make the copies of each original: kind and operation.
var variantRecipes = []struct {
	rel, how string
	make     func(r *rand.Rand, s string) string
}{
	{Exact, "reformat", gen.Reformat},
	{Exact, "reformat", gen.Reformat},
	{Near, "wrap", gen.Wrap},
	{Near, "drop1", func(r *rand.Rand, s string) string { return gen.Drop(r, s, 1) }},
	{Near, "drop2", func(r *rand.Rand, s string) string { return gen.Drop(r, s, 2) }},
	{Near, "extend2", func(r *rand.Rand, s string) string { return gen.Extend(r, s, 2) }},
	{Near, "wrap+drop1", func(r *rand.Rand, s string) string { return gen.Wrap(r, gen.Drop(r, s, 1)) }},
	{Near, "reorder", gen.Reorder},
	{Near, "reorder+wrap", func(r *rand.Rand, s string) string { return gen.Wrap(r, gen.Reorder(r, s)) }},
	{Near, "extend1+drop1", func(r *rand.Rand, s string) string { return gen.Extend(r, gen.Drop(r, s, 1), 1) }},
	{Spun, "spin+reorder", func(r *rand.Rand, s string) string { return gen.Reorder(r, gen.Spin(r, s, 0.8)) }},
	{Spun, "spin1.0+extend1", func(r *rand.Rand, s string) string { return gen.Extend(r, gen.Spin(r, s, 1), 1) }},
	{Spun, "spin0.6", func(r *rand.Rand, s string) string { return gen.Spin(r, s, 0.6) }},
	{Spun, "spin0.9", func(r *rand.Rand, s string) string { return gen.Spin(r, s, 0.9) }},
	{Spun, "spin+wrap", func(r *rand.Rand, s string) string { return gen.Wrap(r, gen.Spin(r, s, 0.8)) }},
	{Spun, "spin+drop1", func(r *rand.Rand, s string) string { return gen.Drop(r, gen.Spin(r, s, 0.8), 1) }},
	{Spun, "spin+reformat", func(r *rand.Rand, s string) string { return gen.Reformat(r, gen.Spin(r, s, 0.7)) }},
}

// buildEval returns the labelled set: originals first in date order, then
// their variants shuffled.
func buildEval(t testing.TB, seed uint64) []labelled {
	r := rand.New(rand.NewPCG(seed, 1))
	arts := append(loadArticles(t, "base"), loadArticles(t, "events")...)
	sort.SliceStable(arts, func(i, j int) bool { return arts[i].date < arts[j].date })
	var set, variants []labelled
	id := int64(0)
	for _, a := range arts {
		id++
		orig := labelled{doc: Doc{ID: id, Source: a.source, Published: a.date, Text: a.text},
			relation: Original, group: id, story: a.event, how: a.name}
		set = append(set, orig)
		for _, v := range variantRecipes {
			text := v.make(r, a.text)
			rel := v.rel
			if Normalize(text) == Normalize(a.text) {
				rel = Exact // the operation changed nothing that counts
			}
			variants = append(variants, labelled{
				doc:      Doc{Source: "copier " + v.how, Published: a.date, Text: text},
				relation: rel, group: orig.group, story: a.event, how: a.name + " " + v.how,
			})
		}
	}
	r.Shuffle(len(variants), func(i, j int) { variants[i], variants[j] = variants[j], variants[i] })
	for _, v := range variants {
		id++
		v.doc.ID = id
		set = append(set, v)
	}
	return set
}

type prf struct{ tp, pred, gold int }

func (p prf) precision() float64 {
	if p.pred == 0 {
		return 1
	}
	return float64(p.tp) / float64(p.pred)
}
func (p prf) recall() float64 {
	if p.gold == 0 {
		return 1
	}
	return float64(p.tp) / float64(p.gold)
}

type evalResult struct {
	rel        map[string]*prf
	wrongGroup []string // articles put in a group of another original
	misses     []string
	stories    prf // pairs of originals in the same story
	sims       map[string][]float64
}

func evaluate(set []labelled, opt Options) evalResult {
	ix := NewIndex(opt)
	res := evalResult{rel: map[string]*prf{}, sims: map[string][]float64{}}
	for _, rel := range relNames {
		res.rel[rel] = &prf{}
	}
	for _, l := range set {
		m := ix.Add(l.doc)
		res.rel[m.Relation].pred++
		res.rel[l.relation].gold++
		ok := m.Relation == l.relation && m.Group == l.group
		if ok {
			res.rel[m.Relation].tp++
		} else {
			res.misses = append(res.misses, fmt.Sprintf("%s: want %s of %d, got %s of %d (%.2f)", l.how, l.relation, l.group, m.Relation, m.Group, m.Similarity))
		}
		if m.Group != l.group {
			res.wrongGroup = append(res.wrongGroup, l.how)
		}
		res.sims[m.Relation] = append(res.sims[m.Relation], m.Similarity)
	}
	// story pairs over originals
	var origs []labelled
	for _, l := range set {
		if l.relation == Original {
			origs = append(origs, l)
		}
	}
	for i := range origs {
		for j := i + 1; j < len(origs); j++ {
			a, _ := ix.Match(origs[i].doc.ID)
			b, _ := ix.Match(origs[j].doc.ID)
			same := a.Story == b.Story
			gold := origs[i].story == origs[j].story
			if same {
				res.stories.pred++
			}
			if gold {
				res.stories.gold++
			}
			if same && gold {
				res.stories.tp++
			}
		}
	}
	return res
}

func TestEvaluation(t *testing.T) {
	var all evalResult
	all.rel = map[string]*prf{}
	for _, rel := range relNames {
		all.rel[rel] = &prf{}
	}
	for seed := uint64(1); seed <= 3; seed++ {
		res := evaluate(buildEval(t, seed), Options{})
		for k, v := range res.rel {
			all.rel[k].tp += v.tp
			all.rel[k].pred += v.pred
			all.rel[k].gold += v.gold
		}
		all.wrongGroup = append(all.wrongGroup, res.wrongGroup...)
		all.misses = append(all.misses, res.misses...)
		all.stories.tp += res.stories.tp
		all.stories.pred += res.stories.pred
		all.stories.gold += res.stories.gold
	}
	t.Logf("%-9s %6s %6s %9s %7s", "relation", "gold", "pred", "precision", "recall")
	for _, rel := range relNames {
		p := all.rel[rel]
		t.Logf("%-9s %6d %6d %9.3f %7.3f", rel, p.gold, p.pred, p.precision(), p.recall())
	}
	t.Logf("story pairs of originals: gold %d pred %d precision %.3f recall %.3f",
		all.stories.gold, all.stories.pred, all.stories.precision(), all.stories.recall())
	for _, m := range all.misses {
		t.Log("miss:", m)
	}
	want := map[string]float64{Original: 0.95, Exact: 0.95, Near: 0.95, Spun: 0.9}
	for rel, min := range want {
		p := all.rel[rel]
		if p.precision() < min || p.recall() < min {
			t.Errorf("%s: precision %.3f recall %.3f, want >= %.2f", rel, p.precision(), p.recall(), min)
		}
	}
	if len(all.wrongGroup) > 0 {
		t.Errorf("%d articles grouped with the wrong original: %v", len(all.wrongGroup), all.wrongGroup)
	}
	if all.stories.recall() < 1 || all.stories.precision() < 0.9 {
		t.Errorf("stories: precision %.3f recall %.3f", all.stories.precision(), all.stories.recall())
	}
}

// TestOriginalsPairwise: no two of the hand-written originals, including
// different outlets' reports of one event, are copies of each other, in
// either order of addition; reports of one event share a story.
func TestOriginalsPairwise(t *testing.T) {
	arts := append(loadArticles(t, "base"), loadArticles(t, "events")...)
	for i := range arts {
		for j := range arts {
			if i == j {
				continue
			}
			ix := NewIndex(Options{})
			ix.Add(Doc{ID: 1, Source: arts[i].source, Published: arts[i].date, Text: arts[i].text})
			m := ix.Add(Doc{ID: 2, Source: arts[j].source, Published: arts[j].date, Text: arts[j].text})
			if m.Relation != Original {
				t.Errorf("%s then %s: %s (%.2f), want original", arts[i].name, arts[j].name, m.Relation, m.Similarity)
			}
			if same := arts[i].event == arts[j].event; same != (m.Story == 1) {
				t.Errorf("%s then %s: same story %v, want %v", arts[i].name, arts[j].name, m.Story == 1, same)
			}
		}
	}
}
