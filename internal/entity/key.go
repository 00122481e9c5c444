package entity

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/unicode/norm"

	"github.com/dossier-osint/dossier/internal/doc"
	"github.com/dossier-osint/dossier/internal/lexicon"
	tk "github.com/dossier-osint/dossier/internal/token"
)

// Key returns the cross-article key of a name of type typ (PER, ORG, LOC,
// MISC, or "" to let the lists decide): the lower-case type, a colon and
// the folded canonical name. Names the lists know are replaced by their
// canonical form first ("DPRK", "N. Korea" -> north korea; "KCNA" ->
// korean central news agency), ministry and spy-agency descriptors by the
// body they describe ("Russian foreign ministry" -> ministry of foreign
// affairs russia), and person names are folded for romanisation variants
// ("Kim Jong-un" = "Kim Jong Un", "Zuganov" = "Zyuganov").
func Key(name, typ string) string {
	load()
	ti := keyTypeIndex(typ)
	if ti < 0 {
		return key(name, typ)
	}
	h := keyHash(name)
	if k, ok := keyMemo.get(h, name, ti); ok {
		return k
	}
	return keyMemo.put(h, name, ti, key(name, typ))
}

// keyTypes are the types Key is asked for; keyTypeIndex the place of one
// in keyMemo, -1 for another type (not remembered).
var keyTypes = [...]string{"", doc.PER, doc.ORG, doc.LOC, doc.MISC}

func keyTypeIndex(typ string) int {
	switch typ { // the order of keyTypes
	case "":
		return 0
	case doc.PER:
		return 1
	case doc.ORG:
		return 2
	case doc.LOC:
		return 3
	case doc.MISC:
		return 4
	}
	return -1
}

// key is Key without the memo.
func key(name, typ string) string {
	var buf nameBuf
	c, t, listed, toks := canonicalTokens(buf[:0], name, typ)
	if t == "" {
		t = doc.MISC
	}
	if listed && t != doc.PER {
		return plainFold(typePrefix(t), c)
	}
	if t == doc.PER && !listed && foldQuotes(stripAccents(c)) == c {
		// what foldName would split again: the tokens of c, at hand
		return foldPersonTokens(typePrefix(t), toks)
	}
	return foldName(typePrefix(t), c, t)
}

// typePrefix is the start of a key of type t: the lower-case type and a
// colon, written out for the four types (no string made per key).
func typePrefix(t string) string {
	switch t {
	case doc.PER:
		return "per:"
	case doc.ORG:
		return "org:"
	case doc.LOC:
		return "loc:"
	case doc.MISC:
		return "misc:"
	}
	return lexicon.LowerString(t) + ":"
}

// canonical maps a name to its canonical form and type using the lists and
// descriptor tables; unknown names are returned as given.
func canonical(name, typ string) (string, string) {
	c, t, _ := canonicalListed(name, typ)
	return c, t
}

// canonicalListed is canonical, and says whether the lists or descriptor
// tables knew the name.
func canonicalListed(name, typ string) (string, string, bool) {
	var buf nameBuf
	c, t, listed, _ := canonicalTokens(buf[:0], name, typ)
	return c, t, listed
}

// canonicalTokens is canonicalListed, and returns the tokens of the name
// it returns when the lists did not know it (split into dst's array).
func canonicalTokens(dst []token, name, typ string) (string, string, bool, []token) {
	name = strings.TrimSpace(name)
	toks := splitName(dst, name)
	for len(toks) > 1 && toks[0].norm() == "the" {
		toks = toks[1:]
		name = name[toks[0].s:]
		toks = splitName(dst, name)
	}
	if len(toks) == 0 {
		return name, typ, false, toks
	}
	if es := gazOf(toks); len(es) > 0 {
		for _, e := range es {
			if typ == "" || e.typ == typ || e.kind == "demonym" || e.kind == "capital" && typ == doc.LOC {
				t := e.typ
				if e.kind == "demonym" {
					t = doc.LOC
				}
				return e.canon, t, true, nil
			}
		}
	}
	if typ == "" || typ == doc.ORG {
		if c, ok := descriptorCanon(toks); ok {
			return c, doc.ORG, true, nil
		}
	}
	if typ == "" && looksPerson(toks) {
		typ = doc.PER
	}
	return name, typ, false, toks
}

// plainFold is prefix and the fold of a listed canonical name: lower
// case, accents and punctuation dropped, words joined by one space.
func plainFold(prefix, name string) string {
	var wb nameWordsBuf
	return joinLower(prefix, nameWordsInto(wb[:0], foldQuotes(stripAccents(name))))
}

// joinLower is prefix + lexicon.LowerString(strings.Join(words, " ")),
// built in one string: the words lowered one by one and joined by spaces
// are the lower case of their join (strings.ToLower maps rune by rune;
// nameWordsInto's words hold no invalid byte).
func joinLower(prefix string, words []string) string { return joinWords(prefix, words, true) }

// joinWords is prefix + strings.Join(words, " ") built in one string, the
// words lowered (lexicon.AppendLower) when lower is set.
func joinWords(prefix string, words []string, lower bool) string {
	n := len(prefix) + len(words)
	for _, w := range words {
		n += len(w)
	}
	b := append(make([]byte, 0, n+8), prefix...)
	for i, w := range words {
		if i > 0 {
			b = append(b, ' ')
		}
		if lower {
			b = lexicon.AppendLower(b, w)
		} else {
			b = append(b, w...)
		}
	}
	return unsafe.String(unsafe.SliceData(b), len(b)) // b is not written again
}

// descriptorCanon recognizes ministry and spy-agency descriptions:
// "Russian foreign ministry", "Russia's MFA", "Ministry of Foreign Affairs
// of Russia", "South Korea's spy agency".
func descriptorCanon(toks []token) (string, bool) {
	country := ""
	i := 0
	if n, e, ok := lookupGaz(toks, 0); ok && (e.kind == "country" || e.kind == "demonym" || e.kind == "capital") && n < len(toks) {
		country, i = e.country, n
		if i < len(toks) && toks[i].kind == kPoss {
			i++
		}
	} else if len(toks) > 2 && toks[0].norm() == "country" && toks[1].kind == kPoss {
		i = 2
	}
	rest := toks[i:]
	if kind, c2, ok := ministryOf(rest); ok {
		if c2 != "" {
			country = c2
		}
		return ministryName(kind, country), true
	}
	if country != "" && len(rest) == 2 && rest[0].norm() == "military" && rest[1].norm() == "intelligence" {
		if a, ok := militaryIntel[country]; ok {
			if e, ok := gazByName(a); ok {
				return e.canon, true
			}
		}
	}
	if country != "" {
		if c, ok := countryBody(rest, country); ok {
			return c, true
		}
	}
	if country != "" && (len(rest) == 2 && (rest[0].norm() == "spy" || rest[0].norm() == "intelligence") &&
		spyBodies[rest[1].norm()] || countryIntelligence(rest)) {
		if a, ok := spyAgency[country]; ok {
			if e, ok := gazByName(a); ok {
				return e.canon, true
			}
			return a, true
		}
	}
	return "", false
}

// countryBodyKinds maps the nouns of data/country-bodies.txt (their normal
// forms, joined by spaces) to the kind of body they name.
var countryBodyKinds = func() map[string]string {
	m := map[string]string{}
	for _, c := range mustClasses("country-bodies.txt") {
		for _, w := range c.items {
			m[w] = c.class // folded by countryBodyKind at first use
		}
	}
	return m
}()

// countryBodyIndex is countryBodyKinds by normal form, built at the first
// use (normal forms need the stemming tables init loads).
var countryBodyIndex = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	for w, k := range countryBodyKinds {
		var ks []string
		for _, t := range tokenize(w) {
			ks = append(ks, t.norm())
		}
		m[strings.Join(ks, " ")] = k
	}
	return m
})

// countryBody names the body of country the words toks name by its kind
// ("border guards", "customs", "разведка"): the listed body when there is
// one (a spy agency only then), else "Border Service (Russia)".
func countryBody(toks []token, country string) (string, bool) {
	if len(toks) == 0 || len(toks) > 2 {
		return "", false
	}
	var buf [64]byte
	kind, ok := countryBodyIndex()[string(appendPhraseKey(buf[:0], toks))]
	if !ok {
		return "", false
	}
	listed := map[string]map[string]string{"spy": spyAgency, "border": borderService}[kind]
	if a, ok := listed[country]; ok {
		if e, ok := gazByName(a); ok {
			return e.canon, true
		}
		return a, true
	}
	switch kind {
	case "border":
		return "Border Service (" + country + ")", true
	case "customs":
		return "Customs Service (" + country + ")", true
	}
	return "", false
}

// countryIntelligence reports the bare noun "intelligence" (or "intel")
// after a country's adjective or possessive: "South Korean intelligence
// said", "according to Japan's intelligence", which name the country's
// intelligence service as "South Korea's spy agency" does.
func countryIntelligence(rest []token) bool {
	return len(rest) == 1 && !rest[0].cap() && (rest[0].norm() == "intelligence" || rest[0].norm() == "intel")
}

// spyBodies after "spy" or "intelligence" make a country's intelligence
// service: "Seoul's spy agency", "the country's intelligence service".
var spyBodies = words(`agency service body organisation organization outfit services agencies`)

// ministryOf parses "foreign ministry", "Ministry of Foreign Affairs",
// "Ministry of Foreign Affairs of Russia", "MFA", "Interior Ministry".
func ministryOf(toks []token) (kind, country string, ok bool) {
	if len(toks) == 0 {
		return "", "", false
	}
	var field []string
	switch {
	case len(toks) == 1 && toks[0].allCaps() && ministryKinds[toks[0].norm()] != "":
		return ministryKinds[toks[0].norm()], "", true
	case toks[len(toks)-1].norm() == "ministry":
		for _, t := range toks[:len(toks)-1] {
			field = append(field, t.norm())
		}
	case toks[0].norm() == "ministry" && len(toks) > 2 && toks[1].norm() == "of":
		j := 2
		for ; j < len(toks) && !(toks[j].norm() == "of" && j > 2); j++ {
			field = append(field, toks[j].norm())
		}
		if j < len(toks)-1 {
			if n, e, ok := lookupGaz(toks, j+1); ok && j+1+n == len(toks) && e.kind == "country" {
				country = e.country
			} else {
				return "", "", false
			}
		}
	default:
		return "", "", false
	}
	f := strings.Join(field, " ")
	if k, ok := ministryKinds[f]; ok {
		return k, country, true
	}
	return "", "", false
}

func ministryName(kind, country string) string {
	if e, ok := gazByName("Ministry of " + kind); ok && e.country == country {
		return e.canon
	}
	if country == "" {
		return "Ministry of " + kind
	}
	return "Ministry of " + kind + " (" + country + ")"
}

// looksPerson reports whether a bare name has the shape of a person's
// name: a known given name first, a Korean name, or a Slavic surname.
func looksPerson(toks []token) bool {
	n := 0
	for _, t := range toks {
		if t.kind == kWord {
			n++
		}
	}
	if n < 2 || n > 4 {
		return false
	}
	var wa [4]token // the words, on the stack
	ws := wa[:0]
	for _, t := range toks {
		if t.kind == kWord {
			ws = append(ws, t)
		}
	}
	last := ws[len(ws)-1]
	return ws[0].is(wcGiven) || koreanName(ws) || slavicSurname(last.norm()) ||
		len(ws) == 2 && (latinSurname(last.text) || koreanGivenFirst(ws))
}

// koreanGivenFirst reports a Korean name written given name first: a
// hyphenated given name, then a Korean surname ("Seo-yeon Cho").
func koreanGivenFirst(ws []token) bool {
	g := ws[0].text
	i := strings.IndexByte(g, '-')
	return i > 0 && i < len(g)-1 && !strings.Contains(g[i+1:], "-") && tk.In(koreanSurnames, ws[1].norm()) &&
		g[i+1] >= 'a' && g[i+1] <= 'z'
}

// koreanName reports a romanised Korean name: a Korean surname followed by
// a hyphenated given name ("Jong-un") or two short syllables ("Jong Un").
func koreanName(ws []token) bool {
	if len(ws) < 2 || !tk.In(koreanSurnames, ws[0].norm()) {
		return false
	}
	if len(ws) == 2 {
		g := ws[1].text
		if i := strings.IndexByte(g, '-'); i > 0 && i < len(g)-1 {
			return !strings.Contains(g[i+1:], "-")
		}
		return false
	}
	return len(ws) == 3 && len(ws[1].text) <= 5 && len(ws[2].text) <= 5 && !ws[1].allCaps() && !ws[2].allCaps()
}

var slavicEnds = []string{"ov", "ova", "ev", "eva", "yov", "sky", "skyy", "skyi", "ski", "skiy", "skii", "skaya",
	"enko", "chuk", "vich", "shvili", "adze", "yan", "kin", "yev", "yeva", "ova"}

func slavicSurname(w string) bool {
	if hasCyrillic(w) {
		return cyrSurnameStem(w)
	}
	if len(w) < 5 {
		return false
	}
	for _, s := range slavicEndsBy[w[len(w)-1]] {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

// slavicEndsBy is slavicEnds by their last byte: a word is tried against
// the endings its last byte may end (most words none or one).
var slavicEndsBy = func() (by [256][]string) {
	for _, s := range slavicEnds {
		by[s[len(s)-1]] = append(by[s[len(s)-1]], s)
	}
	return by
}()

// foldName folds a canonical name for a key: lower case, accents and
// punctuation dropped, Cyrillic words by their stems. Person names and
// names of one word are folded for romanisation and script ("Шойгу" =
// "Shoigu", "Ёнхап" = "Yonhap", "Росстат" = "Rosstat"); other names in
// Cyrillic are transliterated so that keys stay in one script.
//
// It returns prefix (the key's type) and the fold, in one string where it
// can.
func foldName(prefix, name, typ string) string {
	s := stripAccents(name)
	s = foldQuotes(s)
	if typ == doc.PER {
		return foldPerson(prefix, s)
	}
	var wb nameWordsBuf
	words := nameWordsInto(wb[:0], s)
	if len(words) == 1 && !isAcronym(words[0]) {
		return prefix + foldPart(words[0])
	}
	cyr := hasCyrillic(s)
	if !cyr {
		return joinLower(prefix, words)
	}
	var b strings.Builder
	b.WriteString(prefix)
	for _, w := range words {
		if b.Len() > len(prefix) {
			b.WriteByte(' ')
		}
		w = lexicon.LowerString(w)
		if hasCyrillic(w) && !isAcronym(w) {
			w = cyrStem(w)
		}
		b.WriteString(translit(w))
	}
	return b.String()
}

// nameWordsInto appends the words of a name to out: runs of letters and
// digits, with dots and apostrophes dropped ("U.S." is one word "US"). A
// word with nothing dropped is a slice of s: most are, and they cost no
// copy. A caller that keeps none of the words passes an array of its
// stack (nameWordsBuf).
func nameWordsInto(out []string, s string) []string {
	start, dropped, letters := -1, false, false
	for i := 0; i < len(s); {
		class, w := asciiNameClass[s[i]&0x7f], 1 // an ASCII byte read in place
		if s[i] >= utf8.RuneSelf {
			class, w = otherNameClass(s, i)
		}
		switch class {
		case inWord:
			if start < 0 {
				start = i
			}
			letters = true
		case droppedInWord:
			if start < 0 {
				start = i
			}
			dropped = true
		default:
			if start >= 0 {
				out = appendNameWord(out, s[start:i], letters, dropped)
				start, dropped, letters = -1, false, false
			}
		}
		i += w
	}
	if start >= 0 {
		out = appendNameWord(out, s[start:], letters, dropped)
	}
	return out
}

// The classes of a rune for nameWordsInto: a letter or digit, a mark
// dropped inside a word (isDroppedInWord), or one that ends a word.
const (
	endsWord uint8 = iota
	inWord
	droppedInWord
)

// asciiNameClass is the class of an ASCII byte (letters and digits in
// a word, the dot and apostrophe dropped from it), read with no call.
var asciiNameClass = func() (c [utf8.RuneSelf]uint8) {
	for b := range c {
		switch r := rune(b); {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			c[b] = inWord
		case isDroppedInWord(r):
			c[b] = droppedInWord
		}
	}
	return c
}()

// otherNameClass returns the class of the rune beyond ASCII at s[i] and
// its width (an invalid byte is one byte wide and ends a word, as U+FFFD
// would).
func otherNameClass(s string, i int) (uint8, int) {
	r, w := utf8.DecodeRuneInString(s[i:])
	switch {
	case unicode.IsLetter(r) || unicode.IsDigit(r):
		return inWord, w
	case isDroppedInWord(r):
		return droppedInWord, w
	}
	return endsWord, w
}

// appendNameWord appends a word nameWordsInto found to out: none when it
// has no letter or digit, its marks dropped when it has some.
func appendNameWord(out []string, w string, letters, dropped bool) []string {
	switch {
	case !letters:
		return out
	case dropped:
		return append(out, strings.Map(keepWordRune, w))
	}
	return append(out, w)
}

// nameWordsBuf is the room nameWordsInto is given for a name's words.
type nameWordsBuf [8]string

// isDroppedInWord tells the marks nameWordsInto leaves out of a word without
// ending it.
func isDroppedInWord(r rune) bool { return r == '.' || r == '\'' || r == 'ʼ' }

// keepWordRune is the strings.Map function that drops them.
func keepWordRune(r rune) rune {
	if isDroppedInWord(r) {
		return -1
	}
	return r
}

var quoteFolder = strings.NewReplacer("’", "'", "‘", "'")

// foldQuotes is quoteFolder.Replace, skipping the replacer's byte-by-byte
// scan when s has no lead byte of the two quotes (U+2018, U+2019 begin
// with 0xE2): names are mostly ASCII.
func foldQuotes(s string) string {
	if strings.IndexByte(s, 0xE2) < 0 {
		return s
	}
	return quoteFolder.Replace(s)
}

// stripAccents drops the combining marks of s (NFD, marks removed, NFC).
// It keeps no state, so annotators on several goroutines can call it (a
// shared transform.Chain holds buffers and is not safe for concurrent use).
func stripAccents(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	d := norm.NFD.String(s)
	if !strings.ContainsFunc(d, isMark) {
		return norm.NFC.String(d)
	}
	b := make([]byte, 0, len(d))
	for _, r := range d {
		if !isMark(r) {
			b = utf8.AppendRune(b, r)
		}
	}
	return norm.NFC.String(string(b))
}

func isMark(r rune) bool { return unicode.Is(unicode.Mn, r) }

// foldPerson folds a person's name: Korean given names are joined
// ("Jong-un", "Jong Un" -> jongun) and every part is folded for
// romanisation and script (foldPart) and for the forms of one given name in
// several languages ("Володимир" = "Volodymyr" = "Vladimir"). It returns
// prefix (the key's type) and the fold in one string.
func foldPerson(prefix, name string) string {
	var buf nameBuf
	return foldPersonTokens(prefix, splitName(buf[:0], name))
}

// foldPersonTokens is foldPerson of the name split into toks.
func foldPersonTokens(prefix string, toks []token) string {
	var wb [8]token // a name's words and parts, on the stack
	var pb [8]string
	ws, parts := wb[:0], pb[:0]
	for _, t := range toks {
		if t.kind == kWord {
			ws = append(ws, t)
		}
	}
	for _, t := range ws {
		parts = append(parts, t.text)
	}
	if len(parts) >= 2 && tk.In(koreanSurnames, lexicon.LowerString(parts[0])) && koreanName(ws) {
		parts = []string{parts[0], strings.Join(parts[1:], "")}
	}
	for i, p := range parts {
		parts[i] = foldPart(p)
		if g, ok := givenFold[parts[i]]; ok && i < len(parts)-1 {
			parts[i] = g
		}
	}
	return joinWords(prefix, parts, false)
}

// FoldWord folds one word of a name the way keys fold it, across scripts,
// cases and romanisations, with no list look-up: "Шойгу" and "Shoigu",
// "Курской" and "Kursk", "Росстата" and "Rosstat", "Гнатов" and "Hnatov",
// "ГУР" and "HUR" fold alike. It is for matching words, never for display.
func FoldWord(word string) string { load(); return foldPart(word) }

// foldPart folds one word of a name across scripts and romanisations: a
// Cyrillic word by its stem, transliterated; then phonetic; then without
// the vowels it ends with, which are case endings in Russian and
// Ukrainian ("Мацегоры", "Matsegora" -> matsekor).
func foldPart(p string) string { return foldPartMemo.get(p) }

var foldPartMemo = newMemo(foldPartOf)

// foldPartOf is foldPart without the memo.
//
// A word without Cyrillic is not lowered first (no string made for its
// lower case): appendPhonetic lowers its letters as it reads them, and a
// word has Cyrillic when its lower case does (TestLowerKeepsCyrillic).
func foldPartOf(p string) string {
	if hasCyrillic(p) {
		p = translit(cyrStem(lexicon.LowerString(p)))
	}
	var buf [32]rune // most words fit: no allocation but the result
	r := appendPhonetic(buf[:0], p)
	for len(r) > 3 && isVowel(r[len(r)-1]) {
		r = r[:len(r)-1]
	}
	var b [64]byte // the runes encoded on the stack: one copy into the result
	return string(appendRunes(b[:0], r))
}

// appendRunes appends the UTF-8 of r to b (string(r)'s bytes, an ASCII
// rune with no call).
func appendRunes(b []byte, r []rune) []byte {
	for _, c := range r {
		b = utf8.AppendRune(b, c)
	}
	return b
}

// phoneticPairs are the spellings phonetic folds, tried in this order at
// each letter: the first that starts there is replaced, as a
// strings.Replacer of the pairs would replace it.
var phoneticPairs = [...]struct{ from, to string }{{"shch", "ʃ"}, {"sch", "ʃ"}, {"sh", "ʃ"}, {"tch", "ʧ"}, {"ch", "ʧ"},
	{"zh", "ʒ"}, {"kh", "k"}, {"ph", "f"}, {"w", "v"}, {"x", "ks"}, {"q", "k"}, {"eo", "o"}, {"eu", "u"}, {"oo", "u"},
	{"ou", "u"}, {"ck", "k"}, {"h", "k"}}

// phoneticBy is phoneticPairs by the byte they start with, in their order,
// each replacement as runes: a letter is tried against the few spellings
// that start with it.
var phoneticBy = func() (by [utf8.RuneSelf][]struct {
	from string
	to   []rune
}) {
	for _, p := range phoneticPairs {
		c := p.from[0]
		by[c] = append(by[c], struct {
			from string
			to   []rune
		}{p.from, []rune(p.to)})
	}
	return
}()

// appendPhonetic appends the phonetic fold of one name part to out, as
// runes: "Zyuganov" and "Zuganov" -> zukanov, "Zelenskyy" and "Zelenskyi"
// -> zelenski, "Su-gil" and "Sukil" -> sukil, "Hnatov" and "Gnatov" ->
// knatov, "Sergey" and "Sergei" -> serkei. The letters of p in lower case
// have their spellings replaced (phoneticPairs), then are folded by
// appendSounds.
func appendPhonetic(out []rune, p string) []rune {
	var lb [64]byte
	letters := lb[:0]
	for _, r := range p { // lexicon.LowerString(p)'s runes, lowered one by one
		if r = lexicon.LowerRune(r); unicode.IsLetter(r) {
			letters = utf8.AppendRune(letters, r)
		}
	}
	var rb [64]rune
	r := rb[:0]
	for i := 0; i < len(letters); {
		c := letters[i]
		if c < utf8.RuneSelf {
			if len(phoneticBy[c]) == 0 { // most letters start no spelling: no call
				r = append(r, rune(c))
				i++
				continue
			}
			if to, n := phoneticAt(letters[i:]); n > 0 {
				r = append(r, to...)
				i += n
				continue
			}
			r = append(r, rune(c))
			i++
			continue
		}
		x, w := utf8.DecodeRune(letters[i:])
		r = append(r, x)
		i += w
	}
	return appendSounds(out, r)
}

// appendSounds appends the letters r, spellings replaced, to out as
// appendPhonetic folds them: a glide y dropped and the other y made i,
// g b d made k p t, and a letter that repeats the one before it dropped.
func appendSounds(out, r []rune) []rune {
	start := len(out)
	for i, c := range r {
		if c == 'y' {
			// y before a vowel is a glide: drop it; elsewhere it is an i
			if i+1 < len(r) && isVowel(r[i+1]) {
				continue
			}
			c = 'i'
		}
		switch c {
		case 'g':
			c = 'k'
		case 'b':
			c = 'p'
		case 'd':
			c = 't'
		}
		if len(out) > start && out[len(out)-1] == c {
			continue
		}
		out = append(out, c)
	}
	return out
}

// phoneticAt returns the replacement of the first of phoneticPairs that b
// starts with and its length, 0 when none does.
func phoneticAt(b []byte) ([]rune, int) {
	for _, p := range phoneticBy[b[0]] {
		if len(b) >= len(p.from) && string(b[:len(p.from)]) == p.from {
			return p.to, len(p.from)
		}
	}
	return nil, 0
}

func isVowel(r rune) bool { return strings.ContainsRune("aeiou", r) }

// Match returns the entities named in a watch list (names from a topic
// file), comparing keys after the same folding as Key; a watch name
// matches an entity when its key equals the entity's key or the key of one
// of its variants. Entities are returned once, in the order given.
func Match(watch []string, ents []doc.Entity) []doc.Entity {
	load()
	want := map[string]bool{}
	for _, w := range watch {
		for _, t := range []string{"", doc.PER, doc.ORG, doc.LOC, doc.MISC} {
			want[Key(w, t)] = true
		}
	}
	var out []doc.Entity
	for _, e := range ents {
		hit := want[e.Key]
		for _, v := range e.Variants {
			if hit {
				break
			}
			hit = want[Key(v, e.Type)]
		}
		if hit {
			out = append(out, e)
		}
	}
	return out
}
