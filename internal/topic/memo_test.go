package topic

import (
	"reflect"
	"sync"
	"testing"

	"github.com/dossier-osint/dossier/internal/stem"
)

// builtinTerms returns every term of the built-in topics with the
// language its block is in ("" for the indicator's own lists), and each
// block's terms again as English, as compileFor may ask them.
func builtinTerms(t *testing.T) []termKey {
	t.Helper()
	ts, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	var out []termKey
	for _, tp := range ts {
		for _, ind := range tp.Indicators {
			for _, l := range [][]string{ind.Counted, ind.Foreign, ind.Actor, ind.Place, ind.Events, ind.NotEvents, ind.Exclude, ind.NotScopes} {
				for _, term := range l {
					out = append(out, termKey{term, ""})
				}
			}
			for code, b := range ind.Languages {
				if b == nil {
					continue
				}
				for _, l := range b.lists() {
					for _, term := range l {
						out = append(out, termKey{term, code}, termKey{term, ""})
					}
				}
			}
		}
	}
	if len(out) == 0 {
		t.Fatal("no terms")
	}
	return out
}

// TestCompileMemo: a memo's phrase is the phrase CompileLang compiles,
// at the first call and from the memo after, and stemlessTerm is the
// word-by-word reading of stem.Stemless, for every built-in term and a
// few tricky ones.
func TestCompileMemo(t *testing.T) {
	keys := append(builtinTerms(t), termKey{"", ""}, termKey{"'s", "ru"}, termKey{"п’ять", "uk"}, termKey{"ь", "uk"},
		termKey{"Ёлка", "ru"}, termKey{"work on", "ru"}, termKey{"N. Korea", ""})
	for round := 0; round < 2; round++ {
		for _, k := range keys {
			if got, want := compileMemo(k.term, k.lang), CompileLang(k.term, k.lang); !reflect.DeepEqual(got, want) {
				t.Errorf("round %d: compileMemo(%q, %q) = %v, CompileLang gives %v", round, k.term, k.lang, got, want)
			}
			want := true
			for _, w := range Words(k.term) {
				want = want && stem.Stemless(k.lang, w.Text)
			}
			if got := stemlessTerm(k.term, k.lang); got != want {
				t.Errorf("round %d: stemlessTerm(%q, %q) = %v, want %v", round, k.term, k.lang, got, want)
			}
		}
	}
}

// TestCompileMemoConcurrent: sets compiled at once from several
// goroutines (claims of several articles) find what one compiled alone
// finds (run with -race to check the memos' locking).
func TestCompileMemoConcurrent(t *testing.T) {
	keys := builtinTerms(t)
	terms := make([]string, 0, len(keys))
	for _, k := range keys {
		terms = append(terms, k.term)
	}
	want := NewPhraseSet(terms)
	ws := Words("North Korean workers were sent to Russia; the DPRK denied it")
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s := NewPhraseSet(terms)
			for i := range ws {
				if got, w := s.At(ws, i), want.At(ws, i); got != w {
					t.Errorf("at %d: %d, want %d", i, got, w)
				}
			}
		}()
	}
	wg.Wait()
}
