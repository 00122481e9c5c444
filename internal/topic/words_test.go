package topic

import (
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestWordFilter: no word of a set is turned away; words of other first
// or last bytes or lengths are.
func TestWordFilter(t *testing.T) {
	words := map[string]bool{}
	for _, w := range append(strings.Fields(`said says according by`), strings.Repeat("x", 70)) {
		words[w] = true
	}
	f := NewWordFilter(words)
	for w := range words {
		if !f.May(w) {
			t.Errorf("May(%q) = false for a word of the set", w)
		}
	}
	for _, c := range []struct {
		w    string
		want bool
	}{
		{"", false}, {"sad", false}, {"sai", false}, {"saidx", false}, {"soys", true}, // same first byte and length
		{"b", false}, {"be", false}, {"by", true}, {"accordion", false}, {"accorning", true}, {"xx", false}, {strings.Repeat("x", 90), true},
		{"sayd", true}, {"saix", false}, // first and last bytes of two words of the length pass
	} {
		if got := f.May(c.w); got != c.want {
			t.Errorf("May(%q) = %v, want %v", c.w, got, c.want)
		}
	}
}

// TestWordsAreLowered: each word is the lower case of its span, whether
// the span is ASCII, has upper case or runes outside ASCII.
func TestWordsAreLowered(t *testing.T) {
	text := "North KOREA's 13,000 workers — «ВОРКЕРЫ» п’ять İstanbul x\xffY dear ΣΟΦΊΑ ok"
	ws := Words(text)
	if len(ws) < 10 {
		t.Fatalf("%d words in %q", len(ws), text)
	}
	for _, w := range ws {
		if want := strings.ToLower(text[w.Start:w.End]); w.Text != want {
			t.Errorf("word %q at %d-%d, want %q", w.Text, w.Start, w.End, want)
		}
	}
}

// wordsBefore is Words as it was before lowerASCIIWords: each word with
// upper case lowered by strings.ToLower.
func wordsBefore(text string) []Word {
	out := make([]Word, 0, len(text)/6+1)
	start := -1
	lower := true
	flush := func(end int) {
		if start >= 0 {
			w := text[start:end]
			if !lower {
				w = strings.ToLower(w)
			}
			out = append(out, Word{Text: w, Start: start, End: end})
			start, lower = -1, true
		}
	}
	for i := 0; i < len(text); {
		if c := text[i]; c < utf8.RuneSelf && (c|0x20 >= 'a' && c|0x20 <= 'z' || c >= '0' && c <= '9') {
			if start < 0 {
				start = i
			}
			if c <= 'Z' && c >= 'A' {
				lower = false
			}
			i++
			continue
		}
		r, sz := utf8.DecodeRuneInString(text[i:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if start < 0 {
				start = i
			}
			lower = false
		} else if start >= 0 && (r == '\'' || r == '’' || r == 'ʼ') && cyrillicAround(text, i, sz) {
			lower = false
		} else {
			flush(i)
			if (r == '\'' || r == '’') && i+sz < len(text) && (text[i+sz] == 's' || text[i+sz] == 'S') &&
				(i+sz+1 >= len(text) || !isWordByte(text[i+sz+1])) {
				i += sz + 1
				continue
			}
		}
		i += sz
	}
	flush(len(text))
	if len(out) == 0 {
		return nil
	}
	return out
}

var wordsSamples = []string{
	"", "North KOREA's 13,000 workers — «ВОРКЕРЫ» п’ять İstanbul x\xffY dear ΣΟΦΊΑ ok",
	"The Workers' Party of Korea said 1,500 NORTH Koreans arrived in Vladivostok.",
	"Kim Jong-un's envoy Mr. O'Neil: AbC dEf 12AB ab12 İI",
	"Росстат: в 2024 году въехали 13 221 гражданин КНДР, п'ять Тисяч",
}

// TestWordsAsBefore: Words reads every sample as it did before its ASCII
// words with upper case were lowered into one string.
func TestWordsAsBefore(t *testing.T) {
	for _, s := range wordsSamples {
		if got, want := Words(s), wordsBefore(s); !reflect.DeepEqual(got, want) {
			t.Errorf("Words(%q)\n = %v\nwant %v", s, got, want)
		}
	}
}

func FuzzWords(f *testing.F) {
	for _, s := range wordsSamples {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Words(s), wordsBefore(s); !reflect.DeepEqual(got, want) {
			t.Fatalf("Words(%q)\n = %v\nwant %v", s, got, want)
		}
	})
}

// TestSentenceWordsKeeps: the words sw gives are those WordsLang gives,
// for texts seen again and for texts with no words (nil for a phrase),
// and after Reset (the last round), which keeps the entries' arrays.
func TestSentenceWordsKeeps(t *testing.T) {
	var sw SentenceWords
	texts := []string{"1,500 workers", "", "Russia's Far East", "рабочих из КНДР", "1,500 workers", "—", "", "Russia's Far East",
		"Officials said 300 more workers were expected in the Far East", "ok", "Officials said so"}
	for round := 0; round < 4; round++ {
		if round == 3 {
			sw.Reset()
		}
		for _, s := range texts {
			for _, lang := range []string{"en", "ru"} {
				want := WordsLang(s, lang)
				if got := sw.wordsLang(s, lang); !reflect.DeepEqual(got, want) {
					t.Errorf("wordsLang(%q, %s) = %v, want %v", s, lang, got, want)
				}
				got := sw.of(s, lang)
				if want == nil {
					want = []Word{}
				}
				if !reflect.DeepEqual(got, want) {
					t.Errorf("of(%q, %s) = %v, want %v", s, lang, got, want)
				}
			}
		}
	}
}

// TestWordsWithTail: the words of a text split before a byte that ends a
// word, with those after it appended (wordsWithTail), are the words of the
// whole text, at every such byte of the samples and of made windows.
func TestWordsWithTail(t *testing.T) {
	n := 0
	for _, s := range append(wordsSamples, "Russia's Far East.  1,500 workers'", "Kim's 's' x's s' 'ok' п’ять п' ять") {
		n += checkWordsWithTail(t, s)
	}
	if n < 100 {
		t.Errorf("%d splits tested: the cases test little", n)
	}
}

// checkWordsWithTail checks wordsWithTail at every byte of s that ends a
// word, in English and Russian, and returns how many it checked.
func checkWordsWithTail(t *testing.T, s string) int {
	t.Helper()
	n := 0
	for k := 1; k <= len(s); k++ {
		if !endsWord(s[k-1]) {
			continue
		}
		for _, lang := range []string{"en", "ru"} {
			want := WordsLang(s, lang)
			got := wordsWithTail(make([]Word, 0, 1), s, k, WordsLang(s[k:], lang), lang, nil)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("wordsWithTail(%q, %d, %s)\n = %v\nwant %v", s, k, lang, got, want)
			}
			n++
		}
	}
	return n
}

func FuzzWordsWithTail(f *testing.F) {
	for _, s := range wordsSamples {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkWordsWithTail(t, s) })
}

// TestSentenceWordsWindows: a window ending in the text matched just
// before is split only before it (tailOf finds it), unless a letter or an
// apostrophe is before it; either way its words are WordsLang's.
func TestSentenceWordsWindows(t *testing.T) {
	var sw SentenceWords
	for _, c := range []struct {
		tail, window string
		reused       bool
	}{
		{"1,500 workers", "Officials said so. 1,500 workers", true},
		{"Far East", "Russia's Far East", true},
		{"ять ok", "п’ять п' ять ok", true},
		{"1,500 workers", "Kim's—1,500 workers", false}, // '—' is no ASCII
		{"1,500 workers", "x1,500 workers", false},
		{"s workers", "Russia's workers", false},
		{"", "ok", false},
	} {
		for _, lang := range []string{"en", "ru"} {
			sw.of(c.tail, lang)
			k, _ := sw.recent.tailOf(c.window, lang, sw.recent.next)
			if reused := k > 0 && k < len(c.window); reused != c.reused {
				t.Errorf("tailOf(%q after %q, %s) = %d, want reused %v", c.window, c.tail, lang, k, c.reused)
			}
			want := WordsLang(c.window, lang)
			if want == nil {
				want = []Word{}
			}
			if got := sw.of(c.window, lang); !reflect.DeepEqual(got, want) {
				t.Errorf("of(%q, %s) = %v, want %v", c.window, lang, got, want)
			}
		}
	}
}
