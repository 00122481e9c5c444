package quantity

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	tk "github.com/dossier-osint/dossier/internal/token"
)

// itemsWith finds the items of text on all its tokens (m nil) or on the
// tokens of its windows of margins m.
func itemsWith(text, lang string, m *margins) []item {
	loadTables()
	st := tk.New(text)
	cfg := cfgFor(lang, false)
	var toks []tok
	var starts []int32
	if m == nil {
		toks = tokensInto(nil, st, cfg)
	} else {
		toks, starts = windowsInto(nil, nil, st, cfg, *m)
	}
	items, _ := analyzeToks(context.Background(), text, toks, starts, lang, false, nil)
	return items
}

// checkWindowRoom fails t where the windows of text (of findMargins and
// of narrow ones) have more tokens than findWindows makes room for: the
// array windowsInto makes would then grow.
func checkWindowRoom(t *testing.T, text, lang string) {
	t.Helper()
	loadTables()
	st := tk.New(text)
	cfg := cfgFor(lang, false)
	for _, m := range []margins{findMargins, {before: 1, after: 1}, {}} {
		_, _, want := findWindows(nil, nil, st, cfg, m)
		if toks, _ := windowsInto(nil, nil, st, cfg, m); len(toks) > want {
			t.Fatalf("%.60q (%s, margins %v): %d tokens in windows, room made for %d", text, lang, m, len(toks), want)
		}
	}
}

// sameItems reports whether two finds found the same quantities (their
// token indices differ: the windows have fewer tokens).
func sameItems(a, b []item) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !reflect.DeepEqual(a[i].q, b[i].q) || a[i].cs != b[i].cs || a[i].ce != b[i].ce {
			return false
		}
	}
	return true
}

// windowTexts are the texts the windows are checked on: the Wikinews
// sample and the shared dev, dev-ru and seed documents when present,
// each with its language.
func windowTexts(t *testing.T) (texts, langs []string) {
	for _, s := range wikinewsTB(t) {
		texts, langs = append(texts, s), append(langs, "en")
	}
	for _, d := range []struct{ dir, lang string }{{"dev/docs", "en"}, {"dev-ru/docs", "ru"}, {"seeds", "en"}} {
		files, _ := filepath.Glob(filepath.Join("..", "..", "..", "shared", d.dir, "*.txt"))
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			texts, langs = append(texts, string(b)), append(langs, d.lang)
		}
	}
	return texts, langs
}

// TestWindowsMatchAllTokens: on real texts the finder finds the same
// quantities on the windows' tokens as on all tokens, and it does not
// with windows too narrow for its rules (the test can fail).
func TestWindowsMatchAllTokens(t *testing.T) {
	texts, langs := windowTexts(t)
	narrow := margins{before: 1, after: 1}
	differ := 0
	for i, text := range texts {
		full := itemsWith(text, langs[i], nil)
		if got := itemsWith(text, langs[i], &findMargins); !sameItems(full, got) {
			t.Errorf("text %d (%.60q...): %d items in windows, %d on all tokens", i, text, len(got), len(full))
		}
		if !sameItems(full, itemsWith(text, langs[i], &narrow)) {
			differ++
		}
		checkWindowRoom(t, text, langs[i])
	}
	if differ == 0 {
		t.Errorf("windows of one atom each side found all of %d texts' items", len(texts))
	}
}

// windowSeeds are texts at the rules' reach: hedges, currencies, range
// openers and cues before the number, units, rates and runs of plurals
// after it, far from the next number ("pad").
var windowSeeds = []string{
	"fell from about some U.S.$ 5 to 3 pad",
	"for some 300 workers pad pad pad pad pad pad pad pad pad pad pad pad pad pad pad pad pad pad pad pad pad pad pad pad 7",
	"between the roughly a thousand and 2,000 USD million a year pad",
	"resolution Security Council No. and 2397 pad pad pad pad pad pad pad pad pad pad pad pad pad pad pad pad",
	"about 300 dead and 2,700 wounded pad pad pad pad pad pad pad pad pad pad pad pad pad pad pad pad pad pad",
	"5 square metres per hour pad pad pad pad pad pad pad pad pad pad pad pad pad pad pad pad pad pad pad pad",
	"300 North Korean citizens workers sanctions resolutions hours days weeks rounds losses sales homes cars",
	"1.1^-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+23 pad",
	"+7 - - - - ( 495 ) 123-45-67 pad pad pad pad pad pad pad pad pad pad pad pad pad pad",
	"pad pad pad pad pad pad pad pad pad pad pad pad pad pad pad pad pad pad pad pad a thousand pad",
	"около 15 тыс. рабочих pad pad pad pad pad pad pad pad pad pad pad pad pad pad pad pad pad pad почти в 12 раз больше",
	"five times as many pad pad pad pad pad pad pad pad pad pad pad pad pad pad pad pad pad pad pad pad pad twice the",
	"13 221 pad pad pad pad pad pad pad pad pad pad pad pad pad pad pad pad pad pad 1 234-a-b-c-d-e-f-g-h-i-j-k-l-m-n-o-p-q-r-s",
	"prices fell from the more or less a US$ 500 to 300 pad",
	"it has the more or less a US$ 300 pad",
	"the close to a between US$ 300 and 500 pad",
	"the just about a dozen dead and 2,700 wounded pad",
	"5 (square metres) per hour pad",
	"by 5 U.S. dollars million a year pad",
	"+7 ()()()()()()()()()() pad pad pad pad pad pad pad pad pad pad pad pad pad pad pad pad pad pad pad pad",
	"+7 ( ) ( ) ( ) ( ) ( ) ( ) ( ) ( ) ( ) ( ) pad pad pad pad pad pad pad pad pad pad pad pad pad pad pad",
	"o'clock don't п’ять eightfold pad pad pad pad pad pad pad pad pad pad pad pad pad pad pad pad pad pad ½ pad",
}

// FuzzWindows checks the windows against all tokens on any text.
func FuzzWindows(f *testing.F) {
	for _, s := range windowSeeds {
		f.Add(s, "en")
		f.Add(s, "ru")
	}
	f.Fuzz(func(t *testing.T, text, lang string) {
		full := itemsWith(text, lang, nil)
		if got := itemsWith(text, lang, &findMargins); !sameItems(full, got) {
			t.Fatalf("%q (%s): %d items in windows, %d on all tokens", text, lang, len(got), len(full))
		}
		checkWindowRoom(t, text, lang)
	})
}

// TestNoASCIIJoinedStarts: no start word that starts with an ASCII byte
// holds an apostrophe, nor does any number word (a -fold word's stem):
// nextAnchor reads an ASCII word atom on its own where an apostrophe
// joins it to the next.
func TestNoASCIIJoinedStarts(t *testing.T) {
	loadTables()
	for _, m := range []map[string]bool{startWords, keysOf(words)} {
		for w := range m {
			if w != "" && w[0] < utf8.RuneSelf && strings.ContainsAny(w, "'’") {
				t.Errorf("%q: an ASCII start word with an apostrophe", w)
			}
		}
	}
	// the joined word is no anchor, its atoms may be
	for _, text := range []string{"don't", "rock'n'roll", "one's", "o'clock"} {
		st := tk.New(text)
		toks := tokensOf(st, cfgFor("en", false))
		if len(toks) != 1 || anchorWord(toks[0].low) {
			t.Errorf("%q: tokens %v, want one that anchors nothing", text, toks)
		}
	}
}

func keysOf[V any](m map[string]V) map[string]bool {
	out := make(map[string]bool, len(m))
	for k := range m {
		out[k] = true
	}
	return out
}

// TestWindowsInto: the windows' tokens are those of all tokens around
// the anchors, a gap token between two windows and at an end left out.
func TestWindowsInto(t *testing.T) {
	loadTables()
	pad := strings.Repeat(" pad;", 20)
	text := "Workers" + pad + " said 300 workers left" + pad + " and a third stayed;" + pad
	st := tk.New(text)
	cfg := cfgFor("en", false)
	all := tokensInto(nil, st, cfg)
	got, starts := windowsInto(nil, nil, st, cfg, margins{before: 2, after: 2, join: 1})
	var words []string
	gaps := 0
	for _, tk := range got {
		if tk.k == 0 {
			gaps++
			words = append(words, "|")
			continue
		}
		words = append(words, tk.low)
	}
	// two atoms before "300" and "third" (back to white space: "pad;"),
	// two after and the run of words there; "a" and "and" anchor nothing
	want := "| pad ; said 300 workers left pad | and a third stayed ; pad |"
	if s := strings.Join(words, " "); s != want {
		t.Errorf("windows %q, want %q", s, want)
	}
	var at []string
	for _, i := range starts {
		at = append(at, got[i].low)
	}
	if s := strings.Join(at, " "); s != "300 third" {
		t.Errorf("anchor tokens %q, want \"300 third\"", s)
	}
	if gaps != 3 || len(got) >= len(all) {
		t.Errorf("%d gaps, %d tokens of %d", gaps, len(got), len(all))
	}
}

// TestAnchorSeen: every word anchorWord takes has its seen bit in
// anchorSeen (nextAnchor looks no further at a word without it): the
// words of the Wikinews sample and -fold words.
func TestAnchorSeen(t *testing.T) {
	loadTables()
	ws := []string{"eightfold", "tenfold", "hundredfold", "twelvefold", "one", "thousand", "dozens", "twice"}
	for _, text := range wikinewsTB(t) {
		st := tk.New(text)
		for k := range st.Toks {
			ws = append(ws, st.Fold(k))
		}
	}
	taken := 0
	for _, w := range ws {
		if anchorWord(w) {
			taken++
			if !anchorSeen.MayHold(w) {
				t.Errorf("%q: an anchor word anchorSeen turns away", w)
			}
		}
	}
	if taken < 1000 {
		t.Errorf("%d anchor words of %d", taken, len(ws))
	}
	// the weak start words, which anchor nothing, are turned away by
	// their seen bit: nextAnchor looks none of them up
	for _, w := range []string{"a", "an", "and", "A", "And"} {
		if anchorWord(strings.ToLower(w)) || anchorSeen.MayHold(w) {
			t.Errorf("%q: anchorWord %v, anchorSeen.MayHold %v; want neither", w, anchorWord(strings.ToLower(w)), anchorSeen.MayHold(w))
		}
	}
	// every number word with a fold suffix, of which anchorCandidates
	// makes one of each length, first and last byte
	for w := range words {
		for _, s := range foldSuffixes {
			for _, f := range []string{w + s, w + "-" + s} {
				if !anchorSeen.MayHold(f) {
					t.Errorf("%q: a -fold word anchorSeen turns away", f)
				}
			}
		}
	}
}
