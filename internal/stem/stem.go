// Package stem reduces Russian and Ukrainian words to stems, so that every
// inflection of a word meets the others: topic terms match the words of a
// text by stem, and a search for "рабочие" finds "рабочих".
//
// Russian uses the Snowball stemmer (github.com/kljensen/snowball); Ukrainian
// has no Snowball stemmer, so its endings are a list in data/uk-endings.txt,
// stripped longest first.
package stem

import (
	_ "embed"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kljensen/snowball/russian"
)

// Stemmed languages.
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
	return f(Fold(strings.ToLower(w)))
}

// Stemless reports whether Stem(lang, w) is "", stemming only where it
// cannot tell otherwise: a word of letters and digits (apostrophes inside)
// with a rune outside ASCII always has a Russian stem, since Snowball
// removes endings only after the word's first vowel and stemRU keeps
// three letters; so has a Ukrainian one of two runes or more, since
// stemUK keeps three runes when it strips an ending, then at most one
// soft sign, and trims no letter or digit left of the last (lowering and
// Fold keep the word's runes and their count). TestStemless and
// FuzzStemless check it against Stem.
func Stemless(lang, w string) bool {
	if stemmers[lang] == nil || !nonASCII(w) {
		return true
	}
	if (lang == "ru" || lang == "uk" && utf8.RuneCountInString(w) > 1) && wordRunes(w) {
		return false
	}
	return Stem(lang, w) == ""
}

// wordRunes reports whether w starts with a letter or digit and holds
// only letters, digits and apostrophes.
func wordRunes(w string) bool {
	for i, r := range w {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || i > 0 && (r == '\'' || r == '’' || r == 'ʼ') {
			continue
		}
		return false
	}
	return w != ""
}

// Cyrillic reports whether w holds a Cyrillic letter.
func Cyrillic(w string) bool {
	for _, r := range w {
		if unicode.Is(unicode.Cyrillic, r) {
			return true
		}
	}
	return false
}

// MinPrefix is the shortest stem that Prefix returns, in letters: a
// shorter one ("виз" of "визы") would find unrelated words ("визит").
const MinPrefix = 4

// Prefix returns the shorter of the Russian and the Ukrainian stems of a
// Cyrillic word of unknown language, when it is a prefix of the (folded,
// lower-case) word and has at least MinPrefix letters; else "". A search
// does not say its language, and the shorter stem is the prefix of both
// readings: "рабочие" -> "рабоч", "робітників" -> "робітник", "Росстат" ->
// "росстат".
func Prefix(w string) string {
	if !Cyrillic(w) {
		return ""
	}
	w = Fold(strings.ToLower(w))
	best := ""
	for _, f := range []func(string) string{stemRU, stemUK} {
		st := f(w)
		if utf8.RuneCountInString(st) < MinPrefix || !strings.HasPrefix(w, st) {
			continue
		}
		if best == "" || len(st) < len(best) {
			best = st
		}
	}
	return best
}

func nonASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			return true
		}
	}
	return false
}

// cyrFolder writes "ё" as "е" and typographic apostrophes as "'".
var cyrFolder = strings.NewReplacer("ё", "е", "’", "'", "ʼ", "'")

// Fold writes "ё" as "е" and typographic apostrophes as "'".
func Fold(w string) string { return cyrFolder.Replace(w) }

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
