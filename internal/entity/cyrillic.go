package entity

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-osint/dossier/internal/lexicon"
)

// Names in Cyrillic: Russian and Ukrainian inflect them ("Северной Кореи",
// "Беленца", "Зеленського"), so a word of a name is looked up and keyed by
// its stem (cyrStem), and keys meet their Latin spellings through a
// transliteration (translit) and the phonetic folding of key.go. The
// tables are in data/cyrillic.txt and data/given-names.txt.

var (
	cyrEndings     []string // longest first
	cyrEndingRunes []int    // the number of runes of each ending
	// cyrEndingsBy holds, by byte, the places in cyrEndings of the endings
	// that end with it (an empty one under every byte), in their order:
	// a word is tried against the endings its last byte may end
	cyrEndingsBy [256][]int
	cyrFleeting  map[string]string // "ец" -> "ц"
	cyrTranslit  map[rune]string
	// givenFold maps the folded form of a given name to the folded form of
	// the first name of its line in data/given-names.txt.
	givenFold map[string]string
)

// loadCyrillic reads the folding tables.
func loadCyrillic() {
	cyrFleeting, cyrTranslit = map[string]string{}, map[rune]string{}
	for _, c := range mustClasses("cyrillic.txt") {
		switch c.class {
		case "ending":
			cyrEndings = append(cyrEndings, c.items...)
		case "fleeting", "translit":
			for _, it := range c.items {
				from, to, ok := strings.Cut(it, "=")
				if !ok || from == "" {
					panic("entity: data/cyrillic.txt: want from=to, got " + it)
				}
				if c.class == "fleeting" {
					cyrFleeting[from] = to
					continue
				}
				r, _ := utf8.DecodeRuneInString(from)
				cyrTranslit[r] = to
			}
		default:
			panic("entity: data/cyrillic.txt: unknown class " + c.class)
		}
	}
	sort.SliceStable(cyrEndings, func(i, j int) bool {
		return utf8.RuneCountInString(cyrEndings[i]) > utf8.RuneCountInString(cyrEndings[j])
	})
	cyrEndingRunes = make([]int, len(cyrEndings))
	for k, e := range cyrEndings {
		cyrEndingRunes[k] = utf8.RuneCountInString(e)
		if e != "" {
			cyrEndingsBy[e[len(e)-1]] = append(cyrEndingsBy[e[len(e)-1]], k)
			continue
		}
		for b := range cyrEndingsBy {
			cyrEndingsBy[b] = append(cyrEndingsBy[b], k)
		}
	}
	givenFold = map[string]string{}
	for _, l := range dataLines("given-names.txt") {
		var first string
		for i, n := range strings.Split(l, ",") {
			k := foldPart(strings.TrimSpace(n))
			if i == 0 {
				first = k
			}
			givenFold[k] = first
		}
	}
}

// hasCyrillic reports whether s holds a Cyrillic letter.
func hasCyrillic(s string) bool {
	// U+0400-U+052F are the two-byte runes led by 0xD0-0xD3, and by 0xD4
	// with a second byte up to 0xAF: a lead byte is never inside another
	// rune, so the bytes are read without decoding
	for i := 0; i < len(s); i++ {
		if c := s[i]; c-0xD0 <= 0xD4-0xD0 && i+1 < len(s) {
			if d := s[i+1]; d >= 0x80 && (d <= 0xAF || c < 0xD4 && d <= 0xBF) {
				return true
			}
		}
	}
	return false
}

func isCyrVowel(r rune) bool { return strings.ContainsRune("аеёиоуыэюяіїє", r) }

// cyrStem folds a lower-case Cyrillic word of a name to its stem: "ё" as
// "е", the longest case ending stripped (keeping three letters, two for a
// one-letter ending), then the vowels the stem ends with; a nominative
// with a fleeting vowel ("беленец") is folded like its other cases
// ("беленц"). Acronyms and words of three letters or fewer are kept.
func cyrStem(w string) string {
	w = strings.ReplaceAll(w, "ё", "е")
	if !utf8.ValidString(w) {
		return cyrStemRunes(w) // string([]rune) writes invalid bytes as U+FFFD
	}
	// w's runes are cut from its end, by their bytes: no rune slice
	n := utf8.RuneCountInString(w)
	if n <= 2 {
		return w
	}
	stripped := false
	for _, k := range cyrEndingsBy[w[len(w)-1]] {
		e, en := cyrEndings[k], cyrEndingRunes[k]
		min := 3
		if en == 1 {
			min = 2
		}
		if n-en >= min && strings.HasSuffix(w, e) {
			w, n = w[:len(w)-len(e)], n-en
			stripped = true
			break
		}
	}
	for n > 2 {
		r, size := utf8.DecodeLastRuneInString(w)
		if !isCyrVowel(r) {
			break
		}
		w, n = w[:len(w)-size], n-1
		stripped = true
	}
	s := w
	if !stripped {
		for from, to := range cyrFleeting {
			if strings.HasSuffix(s, from) && n >= 5 {
				s = strings.TrimSuffix(s, from) + to
			}
		}
	}
	return s
}

// cyrStemRunes is cyrStem on runes, for a word that is not valid UTF-8.
func cyrStemRunes(w string) string {
	w = strings.ReplaceAll(w, "ё", "е")
	rs := []rune(w)
	if len(rs) <= 2 {
		return w
	}
	stripped := false
	for _, e := range cyrEndings {
		n := utf8.RuneCountInString(e)
		min := 3
		if n == 1 {
			min = 2
		}
		if len(rs)-n >= min && strings.HasSuffix(w, e) {
			rs = rs[:len(rs)-n]
			stripped = true
			break
		}
	}
	for len(rs) > 2 && isCyrVowel(rs[len(rs)-1]) {
		rs = rs[:len(rs)-1]
		stripped = true
	}
	s := string(rs)
	if !stripped {
		for from, to := range cyrFleeting {
			if strings.HasSuffix(s, from) && len(rs) >= 5 {
				s = strings.TrimSuffix(s, from) + to
			}
		}
	}
	return s
}

// translit writes a lower-case Cyrillic string in Latin letters; other
// characters are kept.
func translit(s string) string {
	var b strings.Builder
	for _, r := range s {
		if t, ok := cyrTranslit[r]; ok {
			b.WriteString(t)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// isAcronym reports a word of two to five letters, all upper case ("КНДР",
// "ТАСС"); a longer word in capitals is a word set in capitals ("МОСКВА"
// in a dateline).
func isAcronym(s string) bool {
	n := 0
	for _, r := range s {
		if letter, upper := letterCase(r); letter {
			if !upper {
				return false
			}
			n++
		}
	}
	return n >= 2 && n <= 5
}

// letterCase is unicode.IsLetter and unicode.IsUpper of r, worked out here
// for the basic Cyrillic letters (Ѐ-Я upper, а-џ lower), which the
// unicode package finds by a search of its range tables.
func letterCase(r rune) (letter, upper bool) {
	switch {
	case 'Ѐ' <= r && r <= 'Я':
		return true, true
	case 'а' <= r && r <= 'џ':
		return true, false
	}
	return unicode.IsLetter(r), unicode.IsUpper(r)
}

// latinSurnameEnds end surnames in Latin script (data/words-latin.txt).
var latinSurnameEnds []string

// latinSurname reports a word ending like a surname: "Kowalczyk",
// "Bergström", "Andersson".
func latinSurname(w string) bool {
	if isASCIIText(w) {
		return asciiEndsWithAny(w, latinSurnameEnds, 5)
	}
	return endsWithAny(lexicon.LowerString(w), latinSurnameEnds, 5)
}

// asciiEndsWithAny is endsWithAny(strings.ToLower(w), ends, min) for an
// ASCII w, with no lower-case copy made (an end that is not ASCII never
// matches an ASCII word's bytes).
func asciiEndsWithAny(w string, ends []string, min int) bool {
	if len(w) < min {
		return false
	}
	for _, e := range ends {
		if len(w) >= len(e) && asciiFoldIs(w[len(w)-len(e):], e) {
			return true
		}
	}
	return false
}

// endsWithAny reports whether w, of at least min letters, ends with one of
// ends.
func endsWithAny(w string, ends []string, min int) bool {
	if utf8.RuneCountInString(w) < min {
		return false
	}
	for _, e := range ends {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// orgParts are head nouns that name a part of a body ("служба ...",
// "управление ..."): a name after them is the body they belong to, not an
// apposition.
var orgParts = map[string]bool{}

// loadWordClasses adds the Russian and Ukrainian word classes of
// data/words-cyrillic.txt to the tables the finder reads, by stem.
func loadWordClasses() {
	tables := map[string]map[string]bool{"common": commonWords, "title": titles, "role": roleWords, "orghead": orgHeads,
		"lochead": locHeads, "given": givenNames, "placeprep": locPreps, "speech": speechVerbs, "orgpart": orgParts}
	for _, c := range append(mustClasses("words-cyrillic.txt"), mustClasses("words-latin.txt")...) {
		if c.class == "surnameend" {
			latinSurnameEnds = append(latinSurnameEnds, c.items...)
			continue
		}
		m, ok := tables[c.class]
		if !ok {
			panic("entity: data/words-*.txt: unknown class " + c.class)
		}
		for _, w := range c.items {
			m[nameTokens(w).words] = true
		}
	}
}

// cyrSurname reports a word with the shape of a Russian or Ukrainian
// surname in one of its cases: "Буданов", "Буданова", "Зеленського",
// "Тарасенко", "Мельничук".
func cyrSurname(w string) bool { return endsWithAny(lexicon.LowerString(w), surnameEnds, 5) }

var surnameEnds = []string{"ов", "ова", "ову", "овым", "овой", "ев", "ева", "еву", "евым", "ёв", "ин", "ский", "ская",
	"ского", "скому", "ским", "ской", "цкий", "цкого", "цкому", "ський", "ська", "ського", "ському", "ським", "цький",
	"цького", "енко", "чук", "чука", "чуку", "юк", "юка", "ич", "ича", "ичу", "ян", "яна", "дзе", "швили"}

// cyrSurnameStem reports a stem (a token's norm) with a surname's shape:
// "буданов", "зеленськ", "тарасенк".
func cyrSurnameStem(stem string) bool { return endsWithAny(stem, surnameStemEnds, 5) }

var surnameStemEnds = []string{"ов", "ев", "ин", "ск", "цк", "ськ", "цьк", "енк", "чук", "юк", "ич", "ян", "дз", "швил"}
