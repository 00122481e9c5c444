package entity

import (
	"context"
	"testing"

	"github.com/dossier-osint/dossier/internal/sharedtest"
)

// seenByMap is survey's word uses read the plain way: a map of the bits
// of every starting and capitalised word, then seenLower for every
// lower-case word that is a starting word.
func seenByMap(toks []token) map[string]uint8 {
	m := map[string]uint8{}
	for _, t := range toks {
		switch {
		case t.kind != kWord:
		case t.sentStart() || t.headline():
			m[t.norm()] |= seenStart
		case t.cap():
			m[t.norm()] |= seenCapMid
		}
	}
	for _, t := range toks {
		if v, ok := m[t.norm()]; ok && t.kind == kWord && !t.cap() && v&seenStart != 0 {
			m[t.norm()] = v | seenLower
		}
	}
	return m
}

// TestSurveySeenAsMap: survey's table of word uses (a count of starting
// words by startIndex spares most look-ups) holds the bits the plain
// reading gives, for every word of our cases and of every Wikinews
// article, and no word of the article more.
func TestSurveySeenAsMap(t *testing.T) {
	load()
	texts := append([]string{}, tokenCases...)
	if sharedtest.Dir("data/wikinews-sample") != "" {
		for _, a := range sharedtest.Wikinews(t) {
			texts = append(texts, a.Title+"\n\n"+a.Text)
		}
	}
	for _, text := range texts {
		sc := getScratch()
		f := &finder{text: text, ctx: context.Background(), sc: sc}
		f.toks = tokenize(text)
		f.credit = sc.creditMarks(len(f.toks))
		f.survey()
		want := seenByMap(f.toks)
		for _, tok := range f.toks {
			if got := f.seen.Get(tok.norm()); got != want[tok.norm()] {
				t.Fatalf("%.40q: %q has bits %b, the plain reading %b", text, tok.norm(), got, want[tok.norm()])
			}
		}
		if f.seen.Len() != len(want) {
			t.Fatalf("%.40q: %d words in the table, the plain reading %d", text, f.seen.Len(), len(want))
		}
		sc.release()
	}
}
