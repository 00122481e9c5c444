package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token kinds.
const (
	kWord  = 'w'
	kNum   = 'n'
	kPunct = 'p'
	kPoss  = 's' // possessive 's
)

type token struct {
	s, e      int
	text      string
	kind      byte
	cap       bool // first letter upper case
	allCaps   bool // two or more letters, all upper case
	latin     bool // letters are Latin script
	cyr       bool // letters are Cyrillic
	sentStart bool // first word of a sentence or line
	lineStart bool
	headline  bool // in a title-case or all-caps line
	line      int  // line index
	gap       bool // white space before the token
	nrm       string
}

// norm is the token as looked up in lists: lower case, dots dropped,
// typographic apostrophes folded.
func (t token) norm() string {
	if t.nrm != "" {
		return t.nrm
	}
	return normWord(t.text)
}

func normWord(s string) string {
	plain := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 || c == '.' || c >= 'A' && c <= 'Z' {
			plain = false
			break
		}
	}
	if plain {
		return s
	}
	acr := false
	cyr := hasCyrillic(s)
	if cyr {
		acr = isAcronym(s)
	}
	s = strings.ToLower(s)
	s = strings.ReplaceAll(s, "’", "'")
	s = strings.ReplaceAll(s, "‘", "'")
	s = strings.ReplaceAll(s, "ʼ", "'")
	if strings.ContainsRune(s, '.') {
		s = strings.ReplaceAll(s, ".", "")
	}
	if cyr && !acr {
		s = cyrStem(s)
	}
	return s
}

func isApos(r rune) bool { return r == '\'' || r == '’' || r == '‘' }

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

var abbrevDot = words(`mr mrs ms dr st jr sr gen lt col sgt capt gov sen rep prof rev inc ltd corp co no jan feb
mar apr jun jul aug sep sept oct nov dec vs mt ft`)

// tokenize splits text into word, number, possessive and punctuation
// tokens with byte offsets, and marks sentence and line starts.
func tokenize(text string) []token {
	toks := make([]token, 0, len(text)/5+8) // about one token in five bytes of news text
	line := 0
	newLine := true
	gap := true
	i := 0
	for i < len(text) {
		r, w := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\n':
			line++
			newLine = true
			gap = true
			i += w
			continue
		case unicode.IsSpace(r) || r == utf8.RuneError:
			gap = true
			i += w
			continue
		}
		start := i
		var kind byte = kPunct
		if isApos(r) && i+w < len(text) && (text[i+w] == 's' || text[i+w] == 'S') && (i+w+1 == len(text) || !isWordByte(text, i+w+1)) && len(toks) > 0 && toks[len(toks)-1].e == i && toks[len(toks)-1].kind == kWord {
			kind = kPoss
			i += w + 1
		} else if isWordRune(r) {
			kind = kWord
			if unicode.IsDigit(r) {
				kind = kNum
			}
			i = scanWord(text, i)
		} else {
			i += w
		}
		t := token{s: start, e: i, text: text[start:i], kind: kind, line: line, lineStart: newLine, gap: gap}
		if kind == kWord {
			first, _ := utf8.DecodeRuneInString(t.text)
			t.cap = unicode.IsUpper(first)
			letters, upper, latin, cyr := 0, 0, true, true
			for _, c := range t.text {
				if unicode.IsLetter(c) {
					letters++
					if unicode.IsUpper(c) {
						upper++
					}
					if !unicode.Is(unicode.Latin, c) {
						latin = false
					}
					if !unicode.Is(unicode.Cyrillic, c) {
						cyr = false
					}
				}
			}
			t.allCaps = letters >= 2 && upper == letters
			t.latin = latin
			t.cyr = cyr && letters > 0
		}
		t.nrm = normWord(t.text)
		newLine = false
		gap = false
		toks = append(toks, t)
	}
	markSentences(toks)
	markHeadlines(toks)
	return toks
}

func isWordByte(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	return isWordRune(r)
}

// scanWord reads a word starting at i: letters and digits, with inner
// hyphens, apostrophes ("O'Brien"), ampersands ("AT&T") and dotted
// abbreviations ("U.S.", "N."). A possessive 's is left for the caller.
func scanWord(text string, i int) int {
	start := i
	for i < len(text) {
		r, w := utf8.DecodeRuneInString(text[i:])
		if isWordRune(r) {
			i += w
			continue
		}
		if (r == '-' || r == '&' || r == '.' || isApos(r)) && i+w < len(text) {
			n, _ := utf8.DecodeRuneInString(text[i+w:])
			if !isWordRune(n) {
				break
			}
			if isApos(r) && (n == 's' || n == 'S') && (i+w+1 == len(text) || !isWordByte(text, i+w+1)) {
				break // possessive
			}
			if r == '.' {
				// only inside single-letter abbreviations: U.S, D.P.R.K
				seg := text[start:i]
				if j := strings.LastIndexByte(seg, '.'); j >= 0 {
					seg = seg[j+1:]
				}
				if utf8.RuneCountInString(seg) != 1 {
					break
				}
				n2 := i + w + utf8.RuneLen(n)
				if n2 < len(text) && isWordByte(text, n2) {
					break
				}
			}
			i += w
			continue
		}
		break
	}
	word := text[start:i]
	if i < len(text) && text[i] == '.' {
		letters := strings.ReplaceAll(word, ".", "")
		r0, _ := utf8.DecodeRuneInString(word)
		switch {
		case strings.Contains(word, ".") && utf8.RuneCountInString(letters) <= 4:
			i++ // U.S. U.N. D.P.R.K.
		case utf8.RuneCountInString(word) == 1 && unicode.IsUpper(r0):
			i++ // N. Korea, initials
		case abbrevDot[strings.ToLower(word)]:
			i++
		}
	}
	// plural possessive: "Workers’ Party"
	if i < len(text) && (word[len(word)-1] == 's' || word[len(word)-1] == 'S') {
		r, w := utf8.DecodeRuneInString(text[i:])
		if isApos(r) && (i+w == len(text) || !isWordByte(text, i+w)) {
			i += w
		}
	}
	return i
}

func isSentEnd(t token) bool {
	return t.kind == kPunct && (t.text == "." || t.text == "!" || t.text == "?" || t.text == "…")
}

// markSentences sets sentStart on the first word after a sentence end, a
// line start or an opening quote or bullet at such a position.
func markSentences(toks []token) {
	pending := true
	for i := range toks {
		t := &toks[i]
		if t.lineStart {
			pending = true
		}
		switch t.kind {
		case kWord, kNum:
			if pending {
				t.sentStart = true
			}
			pending = false
			// an abbreviation ending in '.' does not end a sentence, except
			// a lower-case word + '.' handled as punctuation by scanWord.
		case kPunct:
			if isSentEnd(*t) || t.text == ":" && i+1 < len(toks) && toks[i+1].line != t.line {
				pending = true
			}
		}
	}
}

// markHeadlines flags lines written in title case or capitals: every
// capitalised word there needs evidence to count as a name.
func markHeadlines(toks []token) {
	i := 0
	for i < len(toks) {
		j := i
		for j < len(toks) && toks[j].line == toks[i].line {
			j++
		}
		nw, ncap, nlower := 0, 0, 0
		for _, t := range toks[i:j] {
			if t.kind != kWord {
				continue
			}
			nw++
			if t.cap {
				ncap++
			} else if !connectors[t.norm()] && !smallWords[t.norm()] {
				nlower++
			}
		}
		if nw >= 3 && nlower == 0 && ncap >= 3 {
			for k := i; k < j; k++ {
				toks[k].headline = true
			}
		}
		i = j
	}
}

var smallWords = words(`a an the and or but to in on at by with from as into over under is are was were be vs`)
