package eval

import (
	"context"
	"fmt"
	"testing"

	"github.com/dossier-osint/dossier/internal/doc"
	"github.com/dossier-osint/dossier/internal/gold"
)

func TestFindAll(t *testing.T) {
	text := "The ministry’s  “figure”\nwas 40. The ministry's \"figure\" again."
	spans := FindAll(text, `ministry's "figure"`)
	if len(spans) != 2 {
		t.Fatalf("found %d spans, want 2: %v", len(spans), spans)
	}
	if got := text[spans[0].Start:spans[0].End]; got != "ministry’s  “figure”" {
		t.Errorf("first span = %q", got)
	}
	if got := text[spans[1].Start:spans[1].End]; got != `ministry's "figure"` {
		t.Errorf("second span = %q", got)
	}
	if FindAll(text, "absent") != nil || FindAll(text, "  ") != nil {
		t.Error("found what is not there")
	}
}

func ptr(s string) *string { return &s }

func TestRunScoresEachSection(t *testing.T) {
	key := &gold.Key{Documents: []gold.Document{
		{File: "a", Published: ptr("2024-01-02"), Credit: ptr("Yonhap"), Title: ptr("Ships “seen”"),
			Times:     []gold.Time{{Cue: "on Monday", Value: ptr("2024-01-01")}, {Cue: "last week", Value: nil}},
			LegalRefs: []gold.LegalRef{{Cue: "Resolution 2397", Instrument: "UNSCR 2397"}},
			Aliases:   [][]string{{"Korean Central News Agency", "KCNA"}}},
		{File: "b", Published: nil, Credit: ptr("EFE"), Title: nil},
	}, AliasesAcross: [][]string{{"Kim Jong-un", "Kim Jong Un"}}}
	textA := "Ships \"seen\"\n\nKim Jong-un said on Monday, last week, that the Korean Central News Agency (KCNA) cited Resolution 2397."
	arts := map[string]*doc.Article{
		"dir/a": {Published: "2024-01-02", Credit: "(Yonhap)", Title: `Ships "seen"`, Text: textA, Annotations: &doc.Annotations{}},
		"dir/b": {Published: "2024-03-03", Credit: "EFE", Text: "Kim Jong Un arrived.", Annotations: &doc.Annotations{}},
	}
	a := arts["dir/a"]
	at := func(s string) (int, int) { sp := FindAll(a.Text, s)[0]; return sp.Start, sp.End }
	s, e := at("on Monday")
	a.Annotations.Times = append(a.Annotations.Times, doc.Time{Start: s + 3, End: e, Value: "2024-01-01"})
	s, e = at("last week")
	a.Annotations.Times = append(a.Annotations.Times, doc.Time{Start: s, End: e, Value: "2023-W52"}) // wrong: gold says unresolved
	s, e = at("Resolution 2397")
	a.Annotations.LegalRefs = []doc.LegalRef{{Start: s, End: e, Instrument: "UNSCR 2397"}}
	for _, n := range []string{"Korean Central News Agency", "KCNA"} {
		s, e = at(n)
		a.Annotations.Mentions = append(a.Annotations.Mentions, doc.Mention{Start: s, End: e, Entity: "org:kcna"})
	}
	s, e = at("Kim Jong-un")
	a.Annotations.Mentions = append(a.Annotations.Mentions, doc.Mention{Start: s, End: e, Entity: "per:kim jong un"})
	arts["dir/b"].Annotations.Mentions = []doc.Mention{{Start: 0, End: 11, Entity: "per:kim jong un"}}

	r, err := Run(context.Background(), key, "dir", func(_ context.Context, p string) (*doc.Article, error) {
		if a, ok := arts[p]; ok {
			return a, nil
		}
		return nil, fmt.Errorf("no %s", p)
	})
	if err != nil {
		t.Fatal(err)
	}
	if r.Documents != 2 {
		t.Errorf("documents = %d", r.Documents)
	}
	// b's date is invented where the key has none: wrong.
	if m := r.Metadata; m.Published != 0.5 || m.Credit != 1 || m.Title != 1 {
		t.Errorf("metadata = %+v", *m)
	}
	if tm := r.Times; tm.Gold != 2 || tm.Correct != 1 {
		t.Errorf("times = %+v, details %v", *tm, r.Details)
	}
	if n := r.Names; n.AliasGroups != 2 || n.Resolved != 2 || n.LegalRefs != 1 {
		t.Errorf("names = %+v, details %v", *n, r.Details)
	}
	// Break the cross-document link: the across group is no longer resolved.
	arts["dir/b"].Annotations.Mentions[0].Entity = "per:kim jong-un (other)"
	r, _ = Run(context.Background(), key, "dir", func(_ context.Context, p string) (*doc.Article, error) { return arts[p], nil })
	if r.Names.Resolved != 1 {
		t.Errorf("resolved = %d after breaking the link", r.Names.Resolved)
	}
}
