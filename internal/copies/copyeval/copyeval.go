// Package copyeval measures copy detection on a labelled set: articles
// written for dossier (corpus/base: reports on different events;
// corpus/events: events each reported by several outlets in their own
// words, two of them in Russian or Ukrainian), variants of each made by
// package gen (exact reformatting, near: boilerplate wraps, paragraphs
// dropped or added, reordering; spun: synonym spinning alone or combined),
// and translations (corpus/translated: Russian and Ukrainian translations
// of some originals, written for dossier, each also reformatted). It
// reports precision and recall per relation, articles put in a wrong
// group, and story pairs. `dossier eval copies` prints it.
package copyeval

import (
	"embed"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"path"
	"slices"
	"sort"
	"strings"

	"github.com/dossier-osint/dossier/internal/copies"
	"github.com/dossier-osint/dossier/internal/copies/gen"
	"github.com/dossier-osint/dossier/internal/doc"
	"github.com/dossier-osint/dossier/internal/entity"
	"github.com/dossier-osint/dossier/internal/quantity"
)

//go:embed corpus
var corpus embed.FS

// Article is a corpus article: a header of "KEY: value" lines (DATE,
// SOURCE, EVENT, LANG, and for a translation ORIGINAL, the file name of
// the article it translates), a blank line, then paragraphs. LANG is "en"
// when not given.
type Article struct {
	Name, Date, Source, Event, Lang, Original, Text string
}

// Load returns the articles of a corpus folder ("base" or "events"), sorted by name.
func Load(dir string) ([]Article, error) {
	files, err := fs.Glob(corpus, path.Join("corpus", dir, "*.txt"))
	if err != nil || len(files) == 0 {
		return nil, fmt.Errorf("copy evaluation corpus %s: no articles (%v)", dir, err)
	}
	sort.Strings(files)
	var out []Article
	for _, f := range files {
		b, err := corpus.ReadFile(f)
		if err != nil {
			return nil, err
		}
		head, body, _ := strings.Cut(string(b), "\n\n")
		a := Article{Name: path.Base(f), Text: strings.TrimSpace(body)}
		for _, l := range strings.Split(head, "\n") {
			k, v, _ := strings.Cut(l, ": ")
			switch k {
			case "DATE":
				a.Date = v
			case "SOURCE":
				a.Source = v
			case "EVENT":
				a.Event = v
			case "LANG":
				a.Lang = v
			case "ORIGINAL":
				a.Original = v
			}
		}
		if a.Event == "" {
			a.Event = a.Name
		}
		if a.Lang == "" {
			a.Lang = "en"
		}
		out = append(out, a)
	}
	return out, nil
}

// All returns every corpus article.
func All() ([]Article, error) {
	base, err := Load("base")
	if err != nil {
		return nil, err
	}
	events, err := Load("events")
	if err != nil {
		return nil, err
	}
	return append(base, events...), nil
}

// Labelled is one article of the evaluation set with its gold labels.
type Labelled struct {
	Doc      copies.Doc
	Relation string // gold relation
	Group    int64  // gold group (ID of the original)
	Story    string // gold story (event)
	How      string // how the variant was made
}

// recipes make the copies of each original: gold relation and operation.
var recipes = []struct {
	rel, how string
	make     func(r *rand.Rand, s string) string
}{
	{copies.Exact, "reformat", gen.Reformat},
	{copies.Exact, "reformat", gen.Reformat},
	{copies.Near, "wrap", gen.Wrap},
	{copies.Near, "drop1", func(r *rand.Rand, s string) string { return gen.Drop(r, s, 1) }},
	{copies.Near, "drop2", func(r *rand.Rand, s string) string { return gen.Drop(r, s, 2) }},
	{copies.Near, "extend2", func(r *rand.Rand, s string) string { return gen.Extend(r, s, 2) }},
	{copies.Near, "wrap+drop1", func(r *rand.Rand, s string) string { return gen.Wrap(r, gen.Drop(r, s, 1)) }},
	{copies.Near, "reorder", gen.Reorder},
	{copies.Near, "reorder+wrap", func(r *rand.Rand, s string) string { return gen.Wrap(r, gen.Reorder(r, s)) }},
	{copies.Near, "extend1+drop1", func(r *rand.Rand, s string) string { return gen.Extend(r, gen.Drop(r, s, 1), 1) }},
	{copies.Spun, "spin+reorder", func(r *rand.Rand, s string) string { return gen.Reorder(r, gen.Spin(r, s, 0.8)) }},
	{copies.Spun, "spin1.0+extend1", func(r *rand.Rand, s string) string { return gen.Extend(r, gen.Spin(r, s, 1), 1) }},
	{copies.Spun, "spin0.6", func(r *rand.Rand, s string) string { return gen.Spin(r, s, 0.6) }},
	{copies.Spun, "spin0.9", func(r *rand.Rand, s string) string { return gen.Spin(r, s, 0.9) }},
	{copies.Spun, "spin+wrap", func(r *rand.Rand, s string) string { return gen.Wrap(r, gen.Spin(r, s, 0.8)) }},
	{copies.Spun, "spin+drop1", func(r *rand.Rand, s string) string { return gen.Drop(r, gen.Spin(r, s, 0.8), 1) }},
	{copies.Spun, "spin+reformat", func(r *rand.Rand, s string) string { return gen.Reformat(r, gen.Spin(r, s, 0.7)) }},
}

// Build returns the labelled set for a seed: originals first in date
// order, then their variants and translations shuffled. Names and figures
// are read by the annotators, as in dossier's pipeline (copies.DocOf).
//
// The spinning recipes use the package's English synonym list, so the
// Russian and Ukrainian originals get the other recipes only. Their
// variants and the translations are drawn from a second generator and
// spliced into the shuffled English variants, so that adding them leaves
// the English part of the set as it was.
func Build(seed uint64) ([]Labelled, error) {
	r := rand.New(rand.NewPCG(seed, 1))
	r2 := rand.New(rand.NewPCG(seed, 2))
	arts, err := All()
	if err != nil {
		return nil, err
	}
	translations, err := Load("translated")
	if err != nil {
		return nil, err
	}
	sort.SliceStable(arts, func(i, j int) bool { return arts[i].Date < arts[j].Date })
	var set, variants, extra []Labelled
	id := int64(0)
	for _, a := range arts {
		id++
		orig := Labelled{Doc: docOf(id, a.Source, a.Date, a.Lang, a.Text),
			Relation: copies.Original, Group: id, Story: a.Event, How: a.Name}
		set = append(set, orig)
		for _, t := range translations {
			if t.Original != a.Name {
				continue
			}
			for _, how := range []string{"translated", "translated+reformat"} {
				text := t.Text
				if how != "translated" {
					text = gen.Reformat(r2, text)
				}
				extra = append(extra, Labelled{Doc: docOf(0, t.Source, t.Date, t.Lang, text),
					Relation: copies.Translated, Group: orig.Group, Story: a.Event, How: t.Name + " " + how})
			}
		}
		rr, into := r, &variants
		if a.Lang != "en" {
			rr, into = r2, &extra
		}
		for _, v := range recipes {
			if a.Lang != "en" && v.rel == copies.Spun {
				continue
			}
			text := v.make(rr, a.Text)
			rel := v.rel
			if copies.Normalize(text) == copies.Normalize(a.Text) {
				rel = copies.Exact // the operation changed nothing that counts
			}
			*into = append(*into, Labelled{
				Doc:      docOf(0, "copier "+v.how, a.Date, a.Lang, text),
				Relation: rel, Group: orig.Group, Story: a.Event, How: a.Name + " " + v.how,
			})
		}
	}
	r.Shuffle(len(variants), func(i, j int) { variants[i], variants[j] = variants[j], variants[i] })
	for _, e := range extra {
		k := r2.IntN(len(variants) + 1)
		variants = slices.Insert(variants, k, e)
	}
	for _, v := range variants {
		id++
		v.Doc.ID = id
		set = append(set, v)
	}
	return set, nil
}

// docOf makes the Doc of a labelled article, with the names and figures
// the annotators find in it, as in the pipeline.
func docOf(id int64, source, date, lang, text string) copies.Doc {
	names := entity.Find(text)
	a := &doc.Article{ID: id, Published: date, Lang: lang, Text: text,
		Annotations: &doc.Annotations{Quantities: quantity.Find(text, lang), Mentions: names.Mentions}}
	d := copies.DocOf(a)
	d.Source = source
	return d
}

// PRF counts and scores one relation.
type PRF struct {
	Gold      int     `json:"gold"`
	Predicted int     `json:"predicted"`
	Correct   int     `json:"correct"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
}

func (p *PRF) finish() {
	p.Precision, p.Recall = 1, 1
	if p.Predicted > 0 {
		p.Precision = float64(p.Correct) / float64(p.Predicted)
	}
	if p.Gold > 0 {
		p.Recall = float64(p.Correct) / float64(p.Gold)
	}
}

// Result is the evaluation over one or more seeds.
type Result struct {
	Articles   int            `json:"articles"`
	Relations  map[string]PRF `json:"relations"` // original, exact, near, spun
	WrongGroup []string       `json:"wrong_group"`
	// Stories scores pairs of originals: same story predicted vs same event.
	Stories PRF      `json:"stories"`
	Misses  []string `json:"-"`
}

// Relations in report order.
var Relations = []string{copies.Original, copies.Exact, copies.Near, copies.Spun, copies.Translated}

// Run evaluates an index with opt on the sets of the given seeds.
func Run(seeds []uint64, opt copies.Options) (*Result, error) {
	res := &Result{Relations: map[string]PRF{}, WrongGroup: []string{}}
	rel := map[string]*PRF{}
	for _, r := range Relations {
		rel[r] = &PRF{}
	}
	for _, seed := range seeds {
		set, err := Build(seed)
		if err != nil {
			return nil, err
		}
		res.Articles += len(set)
		ix := copies.NewIndex(opt)
		defer ix.Close()
		for _, l := range set {
			m := ix.Add(l.Doc)
			rel[m.Relation].Predicted++
			rel[l.Relation].Gold++
			if m.Relation == l.Relation && m.Group == l.Group {
				rel[m.Relation].Correct++
			} else {
				res.Misses = append(res.Misses, fmt.Sprintf("seed %d %s: want %s of %d, got %s of %d (%.2f)",
					seed, l.How, l.Relation, l.Group, m.Relation, m.Group, m.Similarity))
			}
			if m.Group != l.Group {
				res.WrongGroup = append(res.WrongGroup, fmt.Sprintf("seed %d %s", seed, l.How))
			}
		}
		var origs []Labelled
		for _, l := range set {
			if l.Relation == copies.Original {
				origs = append(origs, l)
			}
		}
		for i := range origs {
			for j := i + 1; j < len(origs); j++ {
				a, _ := ix.Match(origs[i].Doc.ID)
				b, _ := ix.Match(origs[j].Doc.ID)
				same, gold := a.Story == b.Story, origs[i].Story == origs[j].Story
				if same {
					res.Stories.Predicted++
				}
				if gold {
					res.Stories.Gold++
				}
				if same && gold {
					res.Stories.Correct++
				}
			}
		}
	}
	for _, r := range Relations {
		rel[r].finish()
		res.Relations[r] = *rel[r]
	}
	res.Stories.finish()
	return res, nil
}
