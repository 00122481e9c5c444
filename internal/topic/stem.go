package topic

import (
	_ "embed"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kljensen/snowball/russian"
)

// Stemmed languages: words of a text in one of these languages are
// matched by stem, so that a term in a topic file matches every
// inflection ("рабочий" matches "рабочих", "робітник" matches
// "робітників").
var stemmers = map[string]func(string) string{
	"ru": stemRU,
	"uk": stemUK,
}

// Stemmed reports whether words of lang are matched by their stems.
func Stemmed(lang string) bool { return stemmers[lang] != nil }

// Stem returns the stem of a word of language lang ("ru": the Snowball
// Russian stemmer; "uk": the endings of data/uk-endings.txt), or "" when
// the language is not stemmed or the word has no letter outside ASCII
// (Latin words in a Russian text are matched as English).
func Stem(lang, w string) string {
	f := stemmers[lang]
	if f == nil || !nonASCII(w) {
		return ""
	}
	return f(foldCyr(strings.ToLower(w)))
}

func nonASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			return true
		}
	}
	return false
}

// foldCyr writes "ё" as "е" and typographic apostrophes as "'".
var cyrFolder = strings.NewReplacer("ё", "е", "’", "'", "ʼ", "'")

func foldCyr(w string) string { return cyrFolder.Replace(w) }

// stemRU is the Snowball Russian stem less the vowels it may end in, so
// that "Корея" and "Кореи" meet.
func stemRU(w string) string {
	st := russian.Stem(w, false)
	for utf8.RuneCountInString(st) > 3 {
		r, sz := utf8.DecodeLastRuneInString(st)
		if !strings.ContainsRune("аеиоуыэюяьй", r) {
			break
		}
		st = st[:len(st)-sz]
	}
	return st
}

//go:embed data/uk-endings.txt
var ukEndingsFile string

// ukEndings are the Ukrainian endings, longest first.
var ukEndings = func() []string {
	var out []string
	for _, l := range strings.Split(ukEndingsFile, "\n") {
		l = strings.TrimSpace(l)
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		out = append(out, l)
	}
	sort.SliceStable(out, func(i, j int) bool {
		return utf8.RuneCountInString(out[i]) > utf8.RuneCountInString(out[j])
	})
	return out
}()

// stemUK strips the longest listed ending that leaves three letters, then
// a soft sign: "робітників", "робітники", "робітник" -> "робітник".
func stemUK(w string) string {
	n := utf8.RuneCountInString(w)
	for _, e := range ukEndings {
		k := utf8.RuneCountInString(e)
		if n-k >= 3 && strings.HasSuffix(w, e) {
			w = w[:len(w)-len(e)]
			break
		}
	}
	w = strings.TrimSuffix(w, "ь")
	return strings.TrimRightFunc(w, func(r rune) bool { return r == '\'' || !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}
