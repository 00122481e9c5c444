package topic

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Word is a lower-case token of text with its byte span. Key is the
// word's stem, marked with its language, when the text's language is
// stemmed (see Stem), else "".
type Word struct {
	Text       string
	Start, End int
	Key        string
}

// stemKey marks a stem with its language, so that a stem of one language
// never meets a word of another.
func stemKey(lang, stem string) string { return "\x00" + lang + "\x00" + stem }

// WordsLang is Words for a text in language lang: words outside ASCII of
// a stemmed language carry their stems, so that terms of that language
// in a topic file match any inflection.
func WordsLang(text, lang string) []Word { return wordsLang(nil, text, lang, nil) }

// wordsLang is WordsLang taking the keys of words seen before from keys
// (nil: none kept), and writing the words into buf's array when it has
// room (see wordsInto).
func wordsLang(buf []Word, text, lang string, keys *stemKeys) []Word {
	ws := wordsInto(buf, text)
	if Stemmed(lang) {
		for i := range ws {
			ws[i].Key = keys.of(lang, ws[i].Text)
		}
	}
	return ws
}

// stemKeys remembers the stem keys of the words of one language seen
// lately (an article names the same words again and again; stemming is
// most of the matching of a Russian or Ukrainian claim).
type stemKeys struct {
	lang string
	keys map[string]string // word -> its Key, "" for none
}

// maxStemKeys bounds the memory of a stemKeys.
const maxStemKeys = 1 << 14

func (k *stemKeys) of(lang, w string) string {
	if k == nil {
		return keyOf(lang, w)
	}
	if k.keys == nil || k.lang != lang || len(k.keys) >= maxStemKeys {
		k.lang, k.keys = lang, map[string]string{}
	}
	key, ok := k.keys[w]
	if !ok {
		key = keyOf(lang, w)
		k.keys[strings.Clone(w)] = key // w may be a slice of a long text
	}
	return key
}

// keyOf is the Key of word w of language lang, "" when it has no stem.
func keyOf(lang, w string) string {
	if st := Stem(lang, w); st != "" {
		return stemKey(lang, st)
	}
	return ""
}

// Words splits text into lower-case word tokens (letters and digits; "'s"
// is dropped, hyphens and periods separate; an apostrophe between two
// Cyrillic letters, as in Ukrainian "п’ять", is part of the word).
func Words(text string) []Word { return wordsInto(nil, text) }

// wordsInto is Words writing the words into buf's array (from its start)
// when it has room for the words of most texts; a new array otherwise.
func wordsInto(buf []Word, text string) []Word {
	// about one word in six bytes of text: one allocation for most texts
	out := buf[:0]
	if n := len(text)/6 + 1; cap(out) < n {
		out = make([]Word, 0, n)
	}
	start := -1
	// lower: the word so far is ASCII with no upper case, its own lower
	// case; ascii: it is ASCII
	lower, ascii := true, true
	upper := 0 // the bytes of the ASCII words with upper case (see lowerASCIIWords)
	flush := func(end int) {
		if start >= 0 {
			w := Word{Text: text[start:end], Start: start, End: end}
			switch {
			case lower:
			case ascii:
				w.Key = upperMark
				upper += end - start
			default:
				w.Text = strings.ToLower(w.Text)
			}
			out = append(out, w)
			start, lower, ascii = -1, true, true
		}
	}
	for i := 0; i < len(text); {
		if asciiAlnum[text[i]] != 0 {
			// a run of ASCII letters and digits: the same as below without
			// decoding, read at once
			if start < 0 {
				start = i
			}
			var cls uint8
			for ; i < len(text) && asciiAlnum[text[i]] != 0; i++ {
				cls |= asciiAlnum[text[i]]
			}
			if cls&alnumUpper != 0 {
				lower = false
			}
			continue
		}
		if c := text[i]; c < utf8.RuneSelf && c != '\'' {
			// ASCII that is no letter, digit or apostrophe (a space, most
			// often): it ends the word, as below without decoding
			flush(i)
			i++
			continue
		}
		r, sz := utf8.DecodeRuneInString(text[i:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if start < 0 {
				start = i
			}
			lower, ascii = false, false
		} else if start >= 0 && (r == '\'' || r == '’' || r == 'ʼ') && cyrillicAround(text, i, sz) {
			// inside a Ukrainian word
			lower, ascii = false, false
		} else {
			flush(i)
			if (r == '\'' || r == '’') && i+sz < len(text) && (text[i+sz] == 's' || text[i+sz] == 'S') &&
				(i+sz+1 >= len(text) || !isWordByte(text[i+sz+1])) {
				i += sz + 1 // possessive
				continue
			}
		}
		i += sz
	}
	flush(len(text))
	if len(out) == 0 {
		return nil // callers tell no words by nil
	}
	if upper > 0 {
		lowerASCIIWords(out, upper)
	}
	return out
}

// endsWord reports whether byte c ends the word before it wherever it
// is (wordsInto: ASCII that is no letter, digit or apostrophe), so that
// the words of a text are those of the text up to and including it and,
// shifted, those of the text after it.
func endsWord(c byte) bool { return c < utf8.RuneSelf && asciiAlnum[c] == 0 && c != '\'' }

// wordsWithTail is wordsLang of text whose byte k-1 ends a word (endsWord)
// and whose words from k are tail (those of text[k:], with their keys):
// only the text before k is split, and tail is appended shifted by k.
func wordsWithTail(buf []Word, text string, k int, tail []Word, lang string, keys *stemKeys) []Word {
	if n := k/6 + 1 + len(tail); cap(buf) < n {
		buf = make([]Word, 0, n) // the prefix's words and the tail in one array
	}
	ws := wordsLang(buf, text[:k], lang, keys)
	for _, w := range tail {
		w.Start, w.End = w.Start+k, w.End+k
		ws = append(ws, w)
	}
	return ws
}

// asciiAlnum classes the bytes of ASCII letters and digits (alnumUpper
// for an upper-case letter, alnumOther for the others), 0 for every other
// byte.
var asciiAlnum = func() (t [256]uint8) {
	for c := '0'; c <= '9'; c++ {
		t[c] = alnumOther
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = alnumOther, alnumUpper
	}
	return t
}()

const (
	alnumOther = 1 << iota
	alnumUpper
)

// upperMark is the Key Words gives an ASCII word with upper case until
// lowerASCIIWords lowers it (a Key of Words is otherwise "").
const upperMark = "\x00upper"

// lowerASCIIWords lowers the ASCII words of ws marked with upperMark,
// n bytes in all, into one string (strings.ToLower of each would make a
// string each).
func lowerASCIIWords(ws []Word, n int) {
	var b strings.Builder
	b.Grow(n)
	for _, w := range ws {
		if w.Key == upperMark {
			for i := 0; i < len(w.Text); i++ {
				c := w.Text[i]
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				b.WriteByte(c)
			}
		}
	}
	low, at := b.String(), 0
	for i := range ws {
		if w := &ws[i]; w.Key == upperMark {
			w.Text, w.Key = low[at:at+len(w.Text)], ""
			at += len(w.Text)
		}
	}
}

// cyrillicAround reports whether the rune at i (sz bytes) stands between
// two Cyrillic letters.
func cyrillicAround(text string, i, sz int) bool {
	a, _ := utf8.DecodeLastRuneInString(text[:i])
	b, _ := utf8.DecodeRuneInString(text[i+sz:])
	return unicode.Is(unicode.Cyrillic, a) && unicode.Is(unicode.Cyrillic, b)
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= 0x80
}

// irregular inflections of common English verbs and nouns, base -> forms.
var irregular = map[string][]string{
	"send": {"sent"}, "go": {"went", "gone"}, "come": {"came"}, "leave": {"left"},
	"bring": {"brought"}, "take": {"took", "taken"}, "give": {"gave", "given"},
	"get": {"got", "gotten"}, "pay": {"paid"}, "make": {"made"}, "keep": {"kept"},
	"hold": {"held"}, "fight": {"fought"}, "be": {"is", "are", "was", "were", "been", "being", "am"},
	"have": {"has", "had", "having"}, "say": {"said"}, "tell": {"told"}, "win": {"won"},
	"sell": {"sold"}, "buy": {"bought"}, "find": {"found"}, "put": {"put"}, "set": {"set"},
	"stand": {"stood"}, "ship": {"shipped"}, "person": {"people", "persons"}, "man": {"men"},
	"woman": {"women"}, "child": {"children"}, "labourer": {"labourers"},
	"grow": {"grew", "grown"}, "rise": {"rose", "risen"}, "fall": {"fell", "fallen"},
	"fly": {"flew", "flown"}, "begin": {"began", "begun"}, "deal": {"dealt"},
	"become": {"became"}, "run": {"ran"}, "see": {"saw", "seen"}, "meet": {"met"},
	"steal": {"stole", "stolen"}, "freeze": {"froze", "frozen"}, "lose": {"lost"}, "spend": {"spent"},
	"lend": {"lent"}, "build": {"built"}, "break": {"broke", "broken"}, "draw": {"drew", "drawn"},
	"withdraw": {"withdrew", "withdrawn"}, "drive": {"drove", "driven"}, "hide": {"hid", "hidden"},
	"strike": {"struck"}, "shoot": {"shot"}, "catch": {"caught"}, "seek": {"sought"},
	"sink": {"sank", "sunk"}, "throw": {"threw", "thrown"}, "write": {"wrote", "written"},
	"undertake": {"undertook", "undertaken"}, "overtake": {"overtook", "overtaken"},
	"forgo": {"forwent", "forgone"}, "feed": {"fed"}, "sweep": {"swept"}, "bear": {"bore", "borne"},
}

// Forms returns a word and its regular and irregular inflections: plural
// and third person (-s, -es, -ies), past (-ed, -d, -ied, doubled consonant)
// and -ing.
func Forms(w string) []string {
	w = strings.ToLower(w)
	out := []string{w}
	out = append(out, irregular[w]...)
	n := len(w)
	if n < 2 || !isASCIILetters(w) {
		return out
	}
	last := w[n-1]
	switch {
	case last == 'e':
		out = append(out, w+"s", w+"d", w[:n-1]+"ing")
	case last == 'y' && !isVowel(w[n-2]):
		out = append(out, w[:n-1]+"ies", w[:n-1]+"ied", w+"ing")
	case last == 's' || last == 'x' || last == 'z' || strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "sh"):
		out = append(out, w+"es", w+"ed", w+"ing")
	default:
		out = append(out, w+"s", w+"ed", w+"ing")
		if n >= 3 && !isVowel(last) && last != 'w' && last != 'x' && last != 'y' && isVowel(w[n-2]) && !isVowel(w[n-3]) {
			out = append(out, w+string(last)+"ed", w+string(last)+"ing")
		}
	}
	return out
}

func isVowel(b byte) bool { return strings.IndexByte("aeiou", b) >= 0 }

func isASCIILetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return true
}

// Phrase is a compiled term: a sequence of words, each of which may be
// inflected ("send back" matches "sent back").
type Phrase struct {
	Raw   string
	words []map[string]bool
}

// Compile compiles a term of one or more English words.
func Compile(term string) Phrase { return CompileLang(term, "") }

// CompileLang compiles a term of language lang: words of a stemmed
// language match by stem, others in their English inflections.
func CompileLang(term, lang string) Phrase {
	ws := Words(term)
	p := Phrase{Raw: term}
	for _, w := range ws {
		set := map[string]bool{}
		if st := Stem(lang, w.Text); st != "" {
			set[stemKey(lang, st)] = true
			if len(ws) == 1 {
				// a verb's passive: "направить" matches "были направлены"
				for _, f := range VerbForms(lang, w.Text) {
					if pst := Stem(lang, f); pst != "" {
						set[stemKey(lang, pst)] = true
					}
				}
			}
		} else {
			for _, f := range Forms(w.Text) {
				set[f] = true
			}
		}
		p.words = append(p.words, set)
	}
	return p
}

// termKey is a term of a language, the key of the memos of compileMemo and
// stemlessTerm.
type termKey struct{ term, lang string }

// termMemo holds answers about terms worked out so far, safe for
// concurrent use: the indicators of a topic file share most of their
// lists (YAML anchors: "counted: *people"), and every indicator compiles
// its own sets, so a term is worked out once for all of them.
type termMemo[V any] struct {
	mu sync.Mutex
	m  map[termKey]V
}

// get returns the answer for k, from f at the first call.
func (m *termMemo[V]) get(k termKey, f func(term, lang string) V) V {
	m.mu.Lock()
	v, ok := m.m[k]
	m.mu.Unlock()
	if ok {
		return v
	}
	v = f(k.term, k.lang)
	m.mu.Lock()
	if m.m == nil {
		m.m = map[termKey]V{}
	}
	m.m[k] = v
	m.mu.Unlock()
	return v
}

// phraseMemo holds the phrases compiled so far. A phrase is never written
// once compiled, so the sets share its word maps.
var phraseMemo termMemo[Phrase]

// compileMemo is CompileLang(term, lang), compiled at the first call.
func compileMemo(term, lang string) Phrase { return phraseMemo.get(termKey{term, lang}, CompileLang) }

// Empty reports whether the phrase has no words.
func (p Phrase) Empty() bool { return len(p.words) == 0 }

// MatchAt reports whether the phrase matches ws starting at i.
func (p Phrase) MatchAt(ws []Word, i int) bool {
	n := len(p.words)
	if n == 0 || i+n > len(ws) {
		return false
	}
	for k := 0; k < n; k++ {
		w := ws[i+k]
		if !p.words[k][w.Text] && (w.Key == "" || !p.words[k][w.Key]) {
			return false
		}
	}
	return true
}

// Len is the number of words of the phrase.
func (p Phrase) Len() int { return len(p.words) }

// PhraseSet is a list of phrases indexed by the forms of their first word.
type PhraseSet struct {
	List  []Phrase
	first map[string][]int
	// firsts turns most words away before the look-up in first
	firsts *WordFilter
}

// NewPhraseSet compiles English terms into an indexed set.
func NewPhraseSet(terms []string) PhraseSet {
	s := PhraseSet{first: map[string][]int{}, firsts: &WordFilter{}}
	s.Add(terms, "")
	return s
}

// Add compiles more terms, of language lang, into the set.
func (s *PhraseSet) Add(terms []string, lang string) {
	if s.first == nil {
		s.first, s.firsts = map[string][]int{}, &WordFilter{}
	}
	for _, t := range terms {
		p := compileMemo(t, lang)
		if p.Empty() {
			continue
		}
		k := len(s.List)
		s.List = append(s.List, p)
		for f := range p.words[0] {
			s.first[f] = append(s.first[f], k)
			s.firsts.Add(f)
		}
	}
}

// Len is the number of phrases.
func (s PhraseSet) Len() int { return len(s.List) }

// At returns the index of the longest phrase matching ws at i, or -1.
func (s PhraseSet) At(ws []Word, i int) int {
	best := -1
	try := func(ks []int) {
		for _, k := range ks {
			if s.List[k].MatchAt(ws, i) && (best < 0 || s.List[k].Len() > s.List[best].Len()) {
				best = k
			}
		}
	}
	if s.firsts == nil {
		return -1 // no phrases
	}
	w := &ws[i]
	if s.firsts.May(w.Text) {
		try(s.first[w.Text])
	}
	if w.Key != "" && s.firsts.May(w.Key) {
		try(s.first[w.Key])
	}
	return best
}

// mayStart reports whether a phrase of the set may start at word w: At
// is -1 at every other word.
func (s *PhraseSet) mayStart(w *Word) bool {
	return s.firsts.May(w.Text) || w.Key != "" && s.firsts.May(w.Key)
}

// Find returns the index of the first word where one of the phrases
// matches, and which, or -1. The words no phrase may start at are passed
// over without a call of At.
func Find(ws []Word, s PhraseSet) (at int, which int) {
	if len(s.List) == 0 || s.firsts == nil {
		return -1, -1
	}
	for i := range ws {
		if !s.mayStart(&ws[i]) {
			continue
		}
		if k := s.At(ws, i); k >= 0 {
			return i, k
		}
	}
	return -1, -1
}

// Contains reports whether one of the phrases occurs in ws.
func Contains(ws []Word, s PhraseSet) bool {
	at, _ := Find(ws, s)
	return at >= 0
}

// WordFilter is the set of (first byte, length) and (last byte, length)
// pairs of a set's words: a word whose pairs are not both in it is not in
// the set, which two arrays answer faster than a map. The zero value
// holds no word.
type WordFilter struct {
	first, last [256]uint64 // bit min(len, 63) of entry first (last) byte
}

// NewWordFilter returns the filter of the words, the keys of a map.
func NewWordFilter[V any](words map[string]V) *WordFilter {
	f := &WordFilter{}
	for w := range words {
		f.Add(w)
	}
	return f
}

// Add puts w in the filter.
func (f *WordFilter) Add(w string) {
	if w != "" {
		f.first[w[0]] |= 1 << min(len(w), 63)
		f.last[w[len(w)-1]] |= 1 << min(len(w), 63)
	}
}

// May reports whether w may be one of the words.
func (f *WordFilter) May(w string) bool {
	if w == "" {
		return false
	}
	bit := uint64(1) << min(len(w), 63)
	return f.first[w[0]]&bit != 0 && f.last[w[len(w)-1]]&bit != 0
}

// JoinFields is strings.Join(strings.Fields(s), " "): s itself when it is
// ASCII with single spaces between its words and none around them.
func JoinFields(s string) string {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf || c >= '\t' && c <= '\r' || c == ' ' && (i == 0 || i == len(s)-1 || s[i+1] == ' '):
			return strings.Join(strings.Fields(s), " ")
		}
	}
	return s
}
