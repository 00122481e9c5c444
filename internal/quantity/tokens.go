package quantity

import (
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	tk "github.com/dossier-osint/dossier/internal/token"
)

type tkind uint8

const (
	kWord tkind = iota + 1
	kNum
	kSym
)

// tok is a word, a numeric literal or one symbol. Offsets are bytes, 32
// bits wide as the token stream's are. The flags stand together after the
// wider fields, so that a token takes 48 bytes (64 with int offsets, 80
// with the flags among them): the tokens are written one an atom.
type tok struct {
	s, e int32
	low  string // lower-cased word, or the symbol itself, or the literal text

	// numeric literals
	val  float64
	nint int32 // digits before the decimal point

	k    tkind
	sp   bool // white space before the token
	nl   bool // a line break before the token
	cap  bool // word starts with an upper-case letter
	caps bool // word is all upper-case (2+ letters)

	// numeric literals
	dec   bool // has a fractional part or exponent
	sep   bool // has group separators ("13,221")
	chain bool // part of a dotted chain ("192.168.1.2", "13.02.2024")
	uni   bool // a vulgar fraction character ("½")
}

// langCfg holds what a language does with separators.
type langCfg struct {
	decComma    bool // ',' is the decimal mark ("2,5")
	dotThousand bool // '.' followed by three digits groups thousands ("13.221")
	spaceGroup  bool // a plain space groups thousands ("13 221")
}

func cfgFor(lang string, spec bool) langCfg {
	var c langCfg
	switch strings.ToLower(lang) {
	case "ru", "uk", "be", "bg", "kk", "pl", "cs", "sk", "fr", "sv", "fi", "no", "nb":
		c = langCfg{decComma: true, spaceGroup: true}
	case "de", "es", "it", "pt", "nl", "id", "tr", "da", "ro", "hr", "sr", "sl":
		c = langCfg{decComma: true, dotThousand: true, spaceGroup: true}
	}
	if spec {
		c.spaceGroup = true
	}
	return c
}

var vulgar = map[rune]float64{
	'½': 0.5, '⅓': 1.0 / 3, '⅔': 2.0 / 3, '¼': 0.25, '¾': 0.75, '⅕': 0.2, '⅖': 0.4,
	'⅗': 0.6, '⅘': 0.8, '⅙': 1.0 / 6, '⅚': 5.0 / 6, '⅛': 0.125, '⅜': 0.375, '⅝': 0.625, '⅞': 0.875,
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// isGroupSpace reports whether r separates digit groups whatever the language.
func isGroupSpace(r rune) bool { return r == '\u00a0' || r == '\u202f' || r == '\u2009' }

// tokenize splits text into tokens. It never fails.
func tokenize(text string, cfg langCfg) []tok {
	st := tk.Get(text)
	defer tk.Put(st)
	return tokensOf(st, cfg)
}

// tokensOf builds the parser's tokens from the shared token stream: numeric
// literals read from their first digit (scanNumber), words from runs of
// letter atoms joined by inner apostrophes, every other atom one symbol.
func tokensOf(st *tk.Stream, cfg langCfg) []tok { return tokensInto(nil, st, cfg) }

// tokensInto is tokensOf written into dst's array when it has room. Most
// atoms are an ASCII word on its own or an ASCII symbol other than '.':
// simpleToks writes their tokens in runs, and every other atom goes to
// tokenAt.
func tokensInto(dst []tok, st *tk.Stream, cfg langCfg) []tok {
	toks := dst[:0]
	if cap(toks) < len(st.Toks)+4 {
		toks = make([]tok, 0, len(st.Toks)+4)
	}
	toks, _ = appendToks(toks, st, 0, len(st.Toks), cfg)
	return toks
}

// appendToks appends the tokens of the atoms from k to end (and of the
// atoms after end that the last token takes in) and returns them with
// the first atom it did not read.
func appendToks(toks []tok, st *tk.Stream, k, end int, cfg langCfg) ([]tok, int) {
	for k < end {
		if toks, k = simpleToks(toks, st, k, end); k < end {
			toks, k = tokenAt(toks, st, k, cfg)
		}
	}
	return toks, k
}

// simpleToks appends the tokens of the atoms from k to end while each is an
// ASCII word on its own (no apostrophe joins it to the next) or an ASCII
// symbol other than '.', and toks has room; it returns the first atom it
// did not read. Each token is written in its slot of toks' array, with
// the fields tokenAt gives such an atom (asciiWordTok's for a word).
func simpleToks(toks []tok, st *tk.Stream, k, end int) ([]tok, int) {
	text, at := st.Text, st.Toks[k:end]
	// an ASCII atom's lower case: its fold, the text for a symbol
	folded := st.Folded()
	n := len(toks)
	room := toks[n:cap(toks)]
	if len(room) < len(at) {
		at = at[:len(room)]
	}
	room = room[:len(at)]
	for i := range at {
		a, t := &at[i], &room[i]
		if a.Flags&tk.ASCII == 0 {
			return toks[:n+i], k + i
		}
		switch a.Kind {
		case tk.Word:
			if int(a.End) < len(text) && apostrophe(text[a.End]) && apostropheNext(st, k+i) {
				return toks[:n+i], k + i
			}
			t.set(a, kWord, folded[a.Start:a.End])
			t.cap, t.caps = a.Flags&tk.Upper != 0, a.Flags&tk.AllUpper != 0 && a.Letters >= 2
		case tk.Punct:
			if text[a.Start] == '.' {
				return toks[:n+i], k + i
			}
			t.set(a, kSym, folded[a.Start:a.End])
		default:
			return toks[:n+i], k + i
		}
	}
	return toks[:n+len(at)], k + len(at)
}

// set makes t the token of kind k and lower case low of atom a, with
// a's spacing and every other field zero, field by field: a composite
// literal is built apart and copied into the slot.
func (t *tok) set(a *tk.Token, k tkind, low string) {
	t.s, t.e, t.low = a.Start, a.End, low
	t.val, t.nint = 0, 0
	t.k, t.sp, t.nl = k, a.Flags&tk.Space != 0, a.Flags&tk.Newline != 0
	t.cap, t.caps, t.dec, t.sep, t.chain, t.uni = false, false, false, false, false, false
}

// asciiWordTok is the token of an ASCII word atom on its own, whose
// lower case is low (the stream's fold): its case is in the stream's
// flags (wordTok's reading).
func asciiWordTok(a *tk.Token, low string) tok {
	return tok{s: a.Start, e: a.End, k: kWord, sp: a.Flags&tk.Space != 0, nl: a.Flags&tk.Newline != 0, low: low,
		cap: a.Flags&tk.Upper != 0, caps: a.Flags&tk.AllUpper != 0 && a.Letters >= 2}
}

// apostropheNext reports an apostrophe ("'", or a rune starting as "’"
// does) right after word atom k and before another atom: where joinsWord
// may join them, the one case of an ASCII word tokenAt reads.
func apostropheNext(st *tk.Stream, k int) bool {
	if k+2 >= len(st.Toks) || st.Toks[k+1].Start != st.Toks[k].End {
		return false
	}
	return apostrophe(st.Text[st.Toks[k+1].Start])
}

// apostrophe reports whether byte c is "'" or starts a rune as "’" does.
func apostrophe(c byte) bool { return c == '\'' || c == "’"[0] }

// tokenAt appends the token or tokens that start at atom k and returns
// the atom after them.
func tokenAt(toks []tok, st *tk.Stream, k int, cfg langCfg) ([]tok, int) {
	text, at := st.Text, st.Toks
	a := at[k]
	i := int(a.Start)
	sp, nl := a.Has(tk.Space), a.Has(tk.Newline)
	switch {
	case a.Kind == tk.Number && a.Has(tk.ASCII),
		a.Kind == tk.Punct && text[i] == '.' && st.Adjacent(k) && at[k+1].Kind == tk.Number && at[k+1].Has(tk.ASCII) && (i == 0 || !isAlnumByte(text[i-1])):
		toks = scanNumber(text, i, cfg, toks, sp, nl)
		e := int32(toks[len(toks)-1].e)
		for k < len(at) && at[k].End <= e {
			k++
		}
		return toks, k
	case a.Kind == tk.Word:
		j := k + 1
		asciiStart := text[i] < utf8.RuneSelf
		for j+1 < len(at) && st.Adjacent(j-1) && st.Adjacent(j) && at[j+1].Kind == tk.Word && joinsWord(st, j, asciiStart) {
			j += 2
		}
		if j == k+1 && a.Has(tk.ASCII) {
			return append(toks, asciiWordTok(&a, st.Fold(k))), j
		}
		if j == k+1 && !yoIn(text[i:a.End]) {
			// one atom without "ё": the stream's fold is wordTok's
			// lower case (its "ʼ" written "'" as wordTok writes it)
			toks = append(toks, tok{s: a.Start, e: a.End, k: kWord, sp: sp, nl: nl, low: st.Fold(k), cap: unicode.IsUpper(rune0(text[i:]))})
			return toks, j
		}
		return append(toks, wordTok(text, i, int(at[j-1].End), sp, nl)), j
	case a.Kind == tk.Number:
		// other scripts' digits: each a symbol, not a number
		for off := i; off < int(a.End); {
			_, n := utf8.DecodeRuneInString(text[off:])
			toks = append(toks, tok{s: int32(off), e: int32(off + n), k: kSym, low: text[off : off+n], sp: sp, nl: nl})
			sp, nl = false, false
			off += n
		}
		return toks, k + 1
	}
	e := int(a.End)
	if v := vulgarAt(text[i:e]); v != 0 {
		toks = append(toks, tok{s: int32(i), e: int32(e), k: kNum, low: text[i:e], sp: sp, nl: nl, val: v, dec: true, uni: true})
	} else {
		toks = append(toks, tok{s: int32(i), e: int32(e), k: kSym, low: symLow(text[i:e]), sp: sp, nl: nl})
	}
	return toks, k + 1
}

// symLow is the form the parser reads a symbol in: the typographic hyphens
// (U+2010 hyphen, U+2011 non-breaking hyphen, U+2012 figure dash), which
// editors and machine rewriting put where a plain hyphen goes, read as "-"
// ("$150‑$300 million", "four‑thousand").
func symLow(s string) string {
	switch s {
	case "\u2010", "\u2011", "\u2012":
		return "-"
	}
	return s
}

// tokPool keeps the token slices of finished texts for the next one: the
// items found hold token indices, never the tokens.
var tokPool = sync.Pool{New: func() any { return new([]tok) }}

// putToks returns a token slice to tokPool.
func putToks(b *[]tok) { putSlice(&tokPool, b, 1<<16) }

// putSlice clears a slice kept for the next text (no text stays alive
// through the pool) and returns it to pool, unless it holds more than max.
func putSlice[T any](pool *sync.Pool, b *[]T, max int) {
	if cap(*b) > max {
		return
	}
	clear(*b)
	*b = (*b)[:0]
	pool.Put(b)
}

// joinsWord reports whether the punctuation atom j joins the word atoms
// around it: an apostrophe inside a word ("o'clock", "п’ять"). A word
// that starts with an ASCII letter is joined only before an ASCII letter.
func joinsWord(st *tk.Stream, j int, asciiStart bool) bool {
	a := st.Toks[j]
	s := st.Text[a.Start:a.End]
	if s != "'" && s != "’" {
		return false
	}
	return !asciiStart || st.Text[st.Toks[j+1].Start] < utf8.RuneSelf
}

// yoIn reports "ё" or "Ё" in w, which the stream's fold writes "е" and
// wordTok keeps.
func yoIn(w string) bool { return strings.Contains(w, "ё") || strings.Contains(w, "Ё") }

// vulgarAt is the value of the vulgar fraction s starts with, 0 for none
// (none is ASCII).
func vulgarAt(s string) float64 {
	if s == "" || s[0] < utf8.RuneSelf {
		return 0
	}
	return vulgar[rune0(s)]
}

func rune0(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// apostrophes folds the typographic and the modifier-letter apostrophe
// ("п’ять", "пʼять") to "'".
var apostrophes = strings.NewReplacer("’", "'", "ʼ", "'")

func isLetterByte(c byte) bool { return (c|0x20) >= 'a' && (c|0x20) <= 'z' }

func isAlnumByte(c byte) bool { return isLetterByte(c) || isDigit(c) }

// wordTok makes the word token of text[i:j]: its lower-case form and case.
func wordTok(text string, i, j int, sp, nl bool) tok {
	w := text[i:j]
	t := tok{s: int32(i), e: int32(j), k: kWord, sp: sp, nl: nl}
	upper, lowerSeen := 0, false
	ascii := true
	for k := 0; k < len(w); k++ {
		c := w[k]
		if c >= utf8.RuneSelf {
			ascii = false
			break
		}
		if c >= 'A' && c <= 'Z' {
			upper++
		} else if c >= 'a' && c <= 'z' {
			lowerSeen = true
		}
	}
	if ascii {
		if upper == 0 {
			t.low = w
		} else {
			t.low = strings.ToLower(w)
			t.cap = w[0] >= 'A' && w[0] <= 'Z'
			t.caps = !lowerSeen && upper >= 2
		}
	} else {
		t.low = strings.ToLower(w)
		r, _ := utf8.DecodeRuneInString(w)
		t.cap = unicode.IsUpper(r)
	}
	if !ascii && (strings.ContainsRune(t.low, '’') || strings.ContainsRune(t.low, 'ʼ')) {
		t.low = apostrophes.Replace(t.low)
	}
	return t
}

// scanNumber reads the numeric literal at text[i] and appends one token, or
// several for a dotted chain such as an IP address.
func scanNumber(text string, i int, cfg langCfg, toks []tok, sp, nl bool) []tok {
	var gs [12]group
	n := 0
	j := i
	if text[j] == '.' {
		j++ // leading ".25"
	}
	st := j
	for j < len(text) && isDigit(text[j]) {
		j++
	}
	lead := text[i] == '.'
	if lead {
		gs[0] = group{s: i + 1, e: j, sep: '.'}
	} else {
		gs[0] = group{s: st, e: j}
	}
	n = 1
	for n < len(gs) && j < len(text) {
		r, w := utf8.DecodeRuneInString(text[j:])
		if r != ',' && r != '.' && r != ' ' && !isGroupSpace(r) {
			break
		}
		if j+w >= len(text) || !isDigit(text[j+w]) {
			break
		}
		if r == ' ' && !cfg.spaceGroup {
			break
		}
		k := j + w
		for k < len(text) && isDigit(text[k]) {
			k++
		}
		sep := r
		if isGroupSpace(r) {
			sep = ' '
		}
		gs[n] = group{s: j + w, e: k, sep: sep}
		n++
		j = k
	}
	if lead {
		// ".25": a decimal with no integer part
		t := tok{s: int32(i), e: int32(gs[0].e), k: kNum, low: text[i:gs[0].e], sp: sp, nl: nl, dec: true}
		t.val, _ = strconv.ParseFloat("0"+text[i:gs[0].e], 64)
		return append(toks, t)
	}
	dots, commas := 0, 0
	for g := 1; g < n; g++ {
		switch gs[g].sep {
		case '.':
			dots++
		case ',':
			commas++
		}
	}
	if dots >= 2 && commas == 0 && !(cfg.dotThousand && allThree(text, gs[1:n])) {
		// "192.168.1.2", "13.02.2024", "1.2.3": every group on its own.
		for g := 0; g < n; g++ {
			t := tok{s: int32(gs[g].s), e: int32(gs[g].e), k: kNum, low: text[gs[g].s:gs[g].e], chain: true}
			t.nint = int32(gs[g].e - gs[g].s)
			t.val, _ = strconv.ParseFloat(t.low, 64)
			if g == 0 {
				t.sp, t.nl = sp, nl
			}
			toks = append(toks, t)
			if g+1 < n {
				toks = append(toks, tok{s: int32(gs[g].e), e: int32(gs[g+1].s), k: kSym, low: "."})
			}
		}
		return toks
	}
	decSep, thouSep := '.', ','
	if cfg.decComma {
		decSep, thouSep = ',', '.'
	} else if dots == 1 && commas == 1 && gs[1].sep == '.' && gs[1].e-gs[1].s == 3 {
		decSep, thouSep = ',', '.' // "1.111,11" written the continental way
	}
	inList := i >= 2 && text[i-1] == ',' && isDigit(text[i-2])
	// Walk the separators: thousands groups first, then at most one
	// decimal part.
	use := 1    // groups used
	decAt := -1 // index of the fractional group
	var thou rune
	first := gs[0].e - gs[0].s
	for g := 1; g < n; g++ {
		sep := gs[g].sep
		glen := gs[g].e - gs[g].s
		if sep == ' ' {
			if (thou == 0 || thou == ' ') && glen == 3 && first <= 3 {
				thou = ' '
				use = g + 1
				continue
			}
			break
		}
		if sep == thouSep || (sep == '.' && cfg.dotThousand) {
			if thou != 0 && thou != sep {
				if sep == decSep {
					decAt, use = g, g+1
				}
				break
			}
			if glen == 3 && (thou != 0 || first <= 3) {
				thou = sep
				use = g + 1
				continue
			}
			if sep == ',' && !cfg.decComma && glen == 2 && indian(text, gs[:n], g) {
				thou = sep
				use = g + 1
				continue
			}
			if sep == ',' && !cfg.decComma && g == 1 && n == 2 && glen <= 2 && !inList {
				decAt, use = g, g+1 // "1,3", "5,00"
				break
			}
			if sep == '.' && (cfg.dotThousand || thouSep == '.') && thou == 0 && sep == decSep {
				decAt, use = g, g+1 // German "2.5"? treated as decimal when not 3 digits
			}
			if sep == '.' && cfg.decComma && !cfg.dotThousand && thou == 0 && g == 1 && n == 2 && pointDecimal(text, gs[0], gs[1]) {
				decAt, use = g, g+1 // "18.4K" in a text that writes "18,4": a decimal all the same
			}
			break
		}
		if sep == decSep {
			decAt, use = g, g+1
			break
		}
		break
	}
	end := gs[use-1].e
	t := tok{s: int32(i), e: int32(end), k: kNum, sp: sp, nl: nl, sep: thou != 0}
	lit := literal(text, gs[:use], decAt)
	t.nint = int32(len(lit))
	if k := strings.IndexByte(lit, '.'); k >= 0 {
		t.nint = int32(k)
		t.dec = true
	}
	// exponent: "1e10", "-127.32e13", "12.32e+14"
	if end+1 < len(text) && (text[end] == 'e' || text[end] == 'E') && !t.sep {
		k := end + 1
		if text[k] == '+' || text[k] == '-' {
			k++
		}
		m := k
		for m < len(text) && isDigit(text[m]) {
			m++
		}
		if m > k && (m >= len(text) || !isLetterByte(text[m])) {
			lit += text[end:m]
			end = m
			t.dec = true
			t.e = int32(end)
		}
	}
	t.val, _ = strconv.ParseFloat(lit, 64)
	t.low = text[i:end]
	return append(toks, t)
}

// literal is the digits of groups gs with a '.' before group decAt (-1
// for none): a number of one group ("39", "2019", most of a text's) is
// its digits in the text, no string built.
func literal(text string, gs []group, decAt int) string {
	if len(gs) == 1 {
		return text[gs[0].s:gs[0].e]
	}
	var b strings.Builder
	for g := range gs {
		if g == decAt {
			b.WriteByte('.')
		}
		b.WriteString(text[gs[g].s:gs[g].e])
	}
	return b.String()
}

// pointDecimal reports whether "a.b" in a language whose decimal mark is
// the comma is still a decimal: the part after the dot cannot group
// thousands (not three digits) and the two parts cannot be a day and a
// month ("13.02").
func pointDecimal(text string, a, b group) bool {
	blen := b.e - b.s
	if blen == 3 {
		return false
	}
	if blen == 2 && a.e-a.s <= 2 {
		day, _ := strconv.Atoi(text[a.s:a.e])
		month, _ := strconv.Atoi(text[b.s:b.e])
		if day >= 1 && day <= 31 && month >= 1 && month <= 12 {
			return false
		}
	}
	return true
}

// group is one run of digits in a literal and the separator before it.
type group struct {
	s, e int
	sep  rune // 0 for the first group
}

func allThree(text string, gs []group) bool {
	for _, g := range gs {
		if g.e-g.s != 3 {
			return false
		}
	}
	return true
}

// indian reports whether the comma groups from g on follow the Indian
// pattern 12,34,567: two-digit groups ending with a three-digit one.
func indian(text string, gs []group, g int) bool {
	for k := g; k < len(gs); k++ {
		if gs[k].sep != ',' {
			return k > g && gs[k-1].e-gs[k-1].s == 3
		}
		l := gs[k].e - gs[k].s
		if l == 3 {
			return k+1 >= len(gs) || gs[k+1].sep != ','
		}
		if l != 2 {
			return false
		}
	}
	return false
}
