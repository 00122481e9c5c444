package entity

import (
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-osint/dossier/internal/sharedtest"
)

func TestNameWordsDropsMarksInsideWords(t *testing.T) {
	cases := map[string][]string{
		"Kim Jong-un":     {"Kim", "Jong", "un"},
		"U.S. Treasury":   {"US", "Treasury"},
		"O'Brien":         {"OBrien"},
		"'Ali . .":        {"Ali"},
		"ʼAli":            {"ʼAli"}, // U+02BC is a letter: kept
		"Rosneft, 2024":   {"Rosneft", "2024"},
		"Зюганов Г.А.":    {"Зюганов", "ГА"},
		"":                nil,
		"--":              nil,
		"N.\u00a0Korea’s": {"N", "Korea", "s"},
	}
	for in, want := range cases {
		if got := nameWordsInto(nil, in); !reflect.DeepEqual(got, want) {
			t.Errorf("nameWordsInto(nil, %q) = %q, want %q", in, got, want)
		}
	}
}

func TestFoldQuotesMatchesReplacer(t *testing.T) {
	for _, s := range []string{"O’Brien", "‘Ali", "plain", "Зюганов", "a—b’c"} {
		if got, want := foldQuotes(s), quoteFolder.Replace(s); got != want {
			t.Errorf("foldQuotes(%q) = %q, want %q", s, got, want)
		}
	}
}

// nameWordsRef is nameWordsInto as it was written, over the runes of s
// with unicode's tests: nameWordsInto (a table for ASCII) must split every
// name as it does.
func nameWordsRef(s string) []string {
	var out []string
	start, dropped, letters := -1, false, false
	flush := func(end int) {
		switch {
		case !letters:
		case dropped:
			out = append(out, strings.Map(keepWordRune, s[start:end]))
		default:
			out = append(out, s[start:end])
		}
		start, dropped, letters = -1, false, false
	}
	for i, r := range s {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if start < 0 {
				start = i
			}
			letters = true
		case isDroppedInWord(r):
			if start < 0 {
				start = i
			}
			dropped = true
		default:
			if start >= 0 {
				flush(i)
			}
		}
	}
	if start >= 0 {
		flush(len(s))
	}
	return out
}

var nameWordsCases = []string{"", "a", ".", "'", "ʼ", "..a..", "a.b'c", "Kim Jong-un", "U.S.", "O'Brien", "ʼAli",
	"Зюганов Г.А.", "N.\u00a0Korea’s", "a\xffb", "\xff", "a\xe2\x80", "Müller-Lüdenscheid", "x1y2 z3", "٣٤ abc",
	"Ἀθῆναι", "a\u0301b", "'.'", "a ", " a", "AT&T", "Rosneft, 2024", "李 明", "Ǆemal", "ʼʼ", "a.ʼb"}

func sameNameWords(t *testing.T, s string) {
	t.Helper()
	got, want := nameWordsInto(nil, s), nameWordsRef(s)
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("nameWordsInto(nil, %q) = %q, the rune loop gives %q", s, got, want)
	}
	if got := nameWordsInto([]string{"x"}, s); !reflect.DeepEqual(got, append([]string{"x"}, want...)) {
		t.Fatalf("nameWordsInto(x, %q) = %q, want x then %q", s, got, want)
	}
}

// TestNameWordsMatchesRuneLoop checks the split on our cases, on every
// ASCII byte and a few runes beyond it between two letters, and on the
// names of the sample's articles.
func TestNameWordsMatchesRuneLoop(t *testing.T) {
	for _, s := range nameWordsCases {
		sameNameWords(t, s)
	}
	for b := 0; b < 0x100; b++ {
		sameNameWords(t, "a"+string([]byte{byte(b)})+"b")
	}
	for _, r := range []rune{'ʼ', '’', 'é', '\u0301', '٣', 'Ⅻ', '\u00a0', 'ß', 'ǅ', utf8.RuneError} {
		sameNameWords(t, "a"+string(r)+"b")
	}
	n := 0
	for _, a := range sharedtest.Wikinews(t) {
		for _, e := range Find(a.Title + "\n\n" + a.Text).Entities {
			sameNameWords(t, e.Name)
			n++
		}
	}
	if n == 0 {
		t.Fatal("no names in the sample")
	}
}

func FuzzNameWords(f *testing.F) {
	for _, s := range nameWordsCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { sameNameWords(t, s) })
}

// TestJoinLowerIsLowerOfJoin checks joinLower and joinWords against the strings it
// replaces (a join, its lower case and the prefix added) on our cases'
// words and the names of the sample's articles.
func TestJoinLowerIsLowerOfJoin(t *testing.T) {
	check := func(s string) {
		t.Helper()
		words := nameWordsInto(nil, s)
		for _, prefix := range []string{"", "org:", "misc:"} {
			if got, want := joinLower(prefix, words), prefix+strings.ToLower(strings.Join(words, " ")); got != want {
				t.Fatalf("joinLower(%q, %q) = %q, want %q", prefix, words, got, want)
			}
			if got, want := joinWords(prefix, words, false), prefix+strings.Join(words, " "); got != want {
				t.Fatalf("joinWords(%q, %q, false) = %q, want %q", prefix, words, got, want)
			}
		}
	}
	for _, s := range nameWordsCases {
		check(s)
	}
	for _, a := range sharedtest.Wikinews(t) {
		for _, e := range Find(a.Title + "\n\n" + a.Text).Entities {
			check(e.Name)
		}
	}
}

func FuzzJoinLower(f *testing.F) {
	for _, s := range nameWordsCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		words := nameWordsInto(nil, s)
		if got, want := joinLower("loc:", words), "loc:"+strings.ToLower(strings.Join(words, " ")); got != want {
			t.Fatalf("joinLower(loc:, %q) = %q, want %q", words, got, want)
		}
		if got, want := joinWords("per:", words, false), "per:"+strings.Join(words, " "); got != want {
			t.Fatalf("joinWords(per:, %q, false) = %q, want %q", words, got, want)
		}
	})
}
