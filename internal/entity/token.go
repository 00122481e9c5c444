package entity

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-osint/dossier/internal/lexicon"
	tk "github.com/dossier-osint/dossier/internal/token"
)

// Token kinds.
const (
	kWord  = 'w'
	kNum   = 'n'
	kPunct = 'p'
	kPoss  = 's' // possessive 's
)

// token is one word, number, possessive or punctuation of the text, in
// 48 bytes: the finder reads arrays of them in every pass, and the
// article's array is allocated for its largest article (its end is its
// start and text's length, its flags are bits).
type token struct {
	s     int32 // byte offset of the token in the text
	line  int32 // line index
	text  string
	nrm   string
	cls   wordClass // the word lists nrm is in
	kind  byte
	flags wordFlags  // case and script (wordsUntil)
	place placeFlags // place in its line and sentence (markLines)
}

// wordFlags are a token's case and script: the bits of the atom flags
// that tell them (tk.Upper, tk.AllUpper, tk.Latin, tk.Cyrillic), so a
// plain word's are its atom's flags masked.
type wordFlags uint8

// Word flags.
const (
	fCap     = wordFlags(tk.Upper)    // first letter upper case
	fAllCaps = wordFlags(tk.AllUpper) // two or more letters, all upper case
	fLatin   = wordFlags(tk.Latin)    // letters are Latin script
	fCyr     = wordFlags(tk.Cyrillic) // letters are Cyrillic
)

// placeFlags are a token's place in its line and sentence, apart from
// its wordFlags: markLines writes them without reading the token's.
type placeFlags uint8

// Place flags.
const (
	pGap       placeFlags = 1 << iota // white space before the token
	pLineStart                        // first token of a line
	pSentStart                        // first word of a sentence or line
	pHeadline                         // in a title-case or all-caps line
)

// end is the byte offset after the token: every token's text is the
// text's span from s (splitCompoundsInto's too, TestTokenEnd).
func (t *token) end() int32 { return t.s + int32(len(t.text)) }

// cap reports whether the token's first letter is upper case.
func (t *token) cap() bool { return t.flags&fCap != 0 }

// allCaps reports a word of two letters or more, all upper case.
func (t *token) allCaps() bool { return t.flags&fAllCaps != 0 }

// latin reports a word whose letters are all Latin.
func (t *token) latin() bool { return t.flags&fLatin != 0 }

// cyr reports a word whose letters are all Cyrillic (one letter at least).
func (t *token) cyr() bool { return t.flags&fCyr != 0 }

// sentStart reports the first word of a sentence or line.
func (t *token) sentStart() bool { return t.place&pSentStart != 0 }

// lineStart reports the first token of a line.
func (t *token) lineStart() bool { return t.place&pLineStart != 0 }

// headline reports a token of a title-case or all-caps line.
func (t *token) headline() bool { return t.place&pHeadline != 0 }

// gap reports white space before the token.
func (t *token) gap() bool { return t.place&pGap != 0 }

// setFlag sets the word flags f when on, clears them otherwise.
func (t *token) setFlag(f wordFlags, on bool) {
	if on {
		t.flags |= f
	} else {
		t.flags &^= f
	}
}

// norm is the token as looked up in lists: lower case, dots dropped,
// typographic apostrophes folded (normWord of its text, "" for "." and
// other dots). Every token is made with it (tokensUntil,
// splitCompoundsInto): it is read, never worked out again.
func (t *token) norm() string { return t.nrm }

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
	switch s {
	case ".":
		return ""
	case "’", "‘", "ʼ":
		return "'"
	}
	if isASCIIText(s) {
		// lower case, dots dropped: one string made
		var buf [32]byte
		b := buf[:0]
		for i := 0; i < len(s); i++ {
			if c := s[i]; c != '.' {
				b = append(b, asciiLower(c))
			}
		}
		return string(b)
	}
	acr := false
	cyr := hasCyrillic(s)
	if cyr {
		acr = isAcronym(s)
	}
	s = lexicon.LowerString(s)
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

// atomNorm is normWord(t.text) for a token, read from the stream's folded
// form when the token is one word atom (no string built per token): a
// Latin word's fold is its lower case; a Cyrillic word's is stemmed as
// normWord stems it (the fold writes "ё" as "е", as cyrStem does), except
// an acronym, kept in lower case as written.
func atomNorm(st *tk.Stream, atom int, t token) string {
	if atom < 0 {
		return normWord(t.text)
	}
	a := st.Toks[atom]
	switch {
	case a.Has(tk.ASCII):
		return st.Fold(atom)
	case a.Has(tk.Cyrillic) && !a.Has(tk.Mark):
		if isAcronym(t.text) {
			return normWord(t.text)
		}
		return cyrStem(st.Fold(atom))
	case !hasCyrillic(t.text):
		return st.Fold(atom)
	}
	return normWord(t.text)
}

func isApos(r rune) bool { return r == '\'' || r == '’' || r == '‘' }

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// isAbbrevDot reports whether strings.ToLower(word) is in abbrevDot, an
// ASCII word lowered on the stack. The table's first test reads the
// length and the low five bits of the first and last bytes, the same for
// an ASCII letter in either case: most words are turned away before they
// are lowered.
func isAbbrevDot(word string) bool {
	if !abbrevDot.MayHold(word) && isASCIIText(word) {
		return false
	}
	var buf [16]byte
	if len(word) > len(buf) || !isASCIIText(word) {
		return tk.In(abbrevDot, lexicon.LowerString(word))
	}
	b := buf[:len(word)]
	for k := range b {
		b[k] = asciiLower(word[k])
	}
	v, _ := abbrevDot.GetBytes(b)
	return v
}

var abbrevDot = tk.NewTable(words(`mr mrs ms dr st jr sr gen lt col sgt capt gov sen rep prof rev inc ltd corp co no jan feb
mar apr jun jul aug sep sept oct nov dec vs mt ft`))

// tokenize splits text into word, number, possessive and punctuation
// tokens with byte offsets, and marks sentence and line starts.
func tokenize(text string) []token { return tokenizeInto(nil, text) }

// tokenizeInto is tokenize written into dst's array when it has room: a
// caller that splits a short name and keeps none of its tokens passes an
// array of its own stack (nameBuf), and the split allocates nothing.
//
// The stream goes back to its pool with no defer (a defer costs a name
// about as much as its stream's pool does; a panic leaves the stream to
// the collector).
func tokenizeInto(dst []token, text string) []token {
	st := tk.Get(text)
	toks := tokensInto(dst, st)
	tk.Put(st)
	return toks
}

// nameBuf is the room tokenizeInto is given for a name: longer names get
// an array of their own (a longer room would be zeroed for every name).
type nameBuf [8]token

// tokensInto builds the finder's tokens from the shared token stream,
// written into dst's array when it has room: a word is a run of adjacent
// letter and digit atoms with the inner joiners scanWord allows ("U.S.",
// "Jong-un", "O'Brien", "AT&T"); the atoms' flags give its case and script,
// so no rune is classified twice.
func tokensInto(dst []token, st *tk.Stream) []token { return tokensUntil(dst, st, nil) }

// tokensUntil is tokensInto asking stopped between runs of 4,096 atoms;
// once it says so, the tokens made so far are returned.
//
// It makes the tokens in two passes, each with few values to keep: the
// words and punctuation of the atoms (wordsUntil), then their places in
// lines and sentences (markLines).
func tokensUntil(dst []token, st *tk.Stream, stopped func(int) bool) []token {
	toks := wordsUntil(dst, st, stopped)
	markLines(st.Text, toks)
	return toks
}

// wordsUntil is tokensUntil's first pass: every token's span, text, kind,
// case, script, normal form and classes (the fields markLines does not
// write), each written once in its place of an array with room for every
// atom (no more tokens than atoms).
func wordsUntil(dst []token, st *tk.Stream, stopped func(int) bool) []token {
	text, at := st.Text, st.Toks
	toks := dst[:cap(dst)]
	if len(toks) < len(at) {
		toks = make([]token, len(at))
	}
	n := 0       // tokens made
	folded := "" // st.Folded, asked at the first cased word
	for k := 0; k < len(at); {
		for stop := min(k+4096, len(at)); k < stop; {
			// the atom by pointer and its flags by mask: a Token has too
			// many fields to be kept in registers, and each copy of it is
			// a store
			a := &at[k]
			start, end, fl := int(a.Start), int(a.End), a.Flags
			t := &toks[n]
			switch {
			case a.Kind == tk.Word && fl&tk.ASCII != 0 && (plainWordEnd(text, end) || text[end] == '.' && dotEndsWord(st, k)):
				// the most common token: one ASCII word atom that nothing
				// extends (what the word case of otherToken makes of it,
				// read at once)
				t.s, t.kind = int32(start), kWord
				// its case and script are its atom's flags (the same
				// bits); no place in its line yet (markLines)
				f := wordFlags(fl) & (fCap | fAllCaps | fLatin)
				if a.Letters < 2 {
					f &^= fAllCaps
				}
				t.flags = f
				// what atomNorm returns (st.Fold, an ASCII word's fold in
				// its place of st.Folded), for no other token; an uncased
				// atom's fold is its text
				w := text[start:end]
				nrm := w
				if a.Cased() {
					if folded == "" {
						folded = st.Folded()
					}
					nrm = folded[start:end]
				}
				t.text, t.nrm = w, nrm
				// classOf, read here: a word of up to three letters is
				// a-z, and a longer word of no list costs no call
				if len(nrm) <= 3 {
					t.cls = shortClass(nrm)
				} else if x := filterIndexOf(nrm); classFilter[x>>6]&(1<<(x&63)) != 0 {
					t.cls = listedClass(nrm, x)
				} else {
					t.cls = 0
				}
				k++
			case a.Kind == tk.Punct && text[start] < utf8.RuneSelf && text[start] != '\'':
				// ASCII punctuation but an apostrophe: no possessive, no
				// word; its normal form is its text (normWord of one
				// ASCII punctuation byte), "" for "."
				*t = token{s: int32(start)}
				t.kind, t.text = kPunct, text[start:end]
				if t.text != "." {
					t.nrm = t.text
				}
				if asciiPunctClasses {
					t.cls = classOf(t.nrm)
				}
				k++
			case a.Kind == tk.Punct && symbolToken(text[start:end]):
				// punctuation beyond ASCII that is its own normal form
				// (quotes, dashes: one in forty tokens), read at once
				p := text[start:end]
				*t = token{s: int32(start)}
				t.kind, t.text, t.nrm, t.cls = kPunct, p, p, classOf(p)
				k++
			case a.Kind == tk.Punct && end-start == 3 && text[start:end] == "\uFFFD":
				// no token: read as white space, as an invalid byte is
				k++
				continue
			default:
				*t = token{s: int32(start)}
				var before *token
				if n > 0 {
					before = &toks[n-1]
				}
				k = otherToken(st, k, t, before)
			}
			n++
		}
		if stopped != nil && k < len(at) && stopped(0) {
			break
		}
	}
	return toks[:n]
}

// markLines is tokensUntil's second pass: the tokens' lines, the white
// space and line starts before them, their sentence starts and headline
// lines (what markSentences and markHeadlines do, in one pass). The text
// between two tokens is white space, invalid bytes and U+FFFD, the
// tokens' lines counted in its "\n".
func markLines(text string, toks []token) {
	var sh sentHeads
	line, prev := int32(0), int32(0) // prev: where the token before ends
	nl := int32(-1)                  // the first line break not yet counted, once looked for
	for i := range toks {
		t := &toks[i]
		lineStart := i == 0
		gap := t.s > prev // (and the first token's: set after the loop)
		if gap && t.s > nl {
			// a line break before t (no token holds one), or none looked
			// for since prev (a text's first gap: most names have none)
			if nl < prev {
				nl = nextNewline(text, prev)
			}
			if nl < t.s {
				for ; nl < t.s; nl = nextNewline(text, nl+1) {
					line++
				}
				lineStart = true
			}
		}
		var pl placeFlags
		if gap {
			pl = pGap
		}
		t.line = line
		prev = t.end()
		if lineStart {
			pl |= pLineStart
			sh.endLine(toks[:i])
			sh.begin, sh.pending = i, pSentStart
		}
		// (words first: a switch tests the kinds in their order)
		if t.kind == kWord {
			t.place, sh.pending = pl|sh.pending, 0
			if t.cap() {
				sh.ncap++
			} else if t.cls&(wcConnector|wcSmall) == 0 {
				sh.lower = true
			}
			continue
		}
		switch t.kind {
		case kNum:
			pl, sh.pending = pl|sh.pending, 0
		case kPunct:
			// its ":" at a line's end needs no look ahead: a token on the
			// next line is a line start, which starts a sentence anyway
			if isSentEnd(t) {
				sh.pending = pSentStart
			}
		}
		t.place = pl
	}
	if len(toks) > 0 {
		toks[0].place |= pGap // the text's start counts as white space
	}
	sh.endLine(toks)
}

// nextNewline returns the place of the first "\n" of text from i on,
// math.MaxInt32 when there is none (markLines: no token starts after it).
func nextNewline(text string, i int32) int32 {
	if k := strings.IndexByte(text[i:], '\n'); k >= 0 {
		return i + int32(k)
	}
	return math.MaxInt32
}

// lineEnd returns the index after the last token of toks[i]'s line, toks
// being text's tokens with their lines (markLines): the tokens before the
// text's next line break, found by strings.IndexByte and a binary search
// of the starts, not by reading every token's line.
func lineEnd(text string, toks []token, i int) int {
	k := strings.IndexByte(text[toks[i].s:], '\n')
	if k < 0 {
		return len(toks)
	}
	brk := toks[i].s + int32(k)
	lo, hi := i+1, len(toks) // the first token after the break
	for lo < hi {
		if m := int(uint(lo+hi) >> 1); toks[m].s < brk {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// otherToken fills t, the token starting at atom k that is neither a
// plain ASCII word nor ASCII punctuation (a possessive, a word of several
// atoms or of letters beyond ASCII, a number, other punctuation), and
// returns the atom after it; before is the token before t, nil for the
// first. (Apart from wordsUntil's loop, which keeps fewer values live for
// the common tokens.)
func otherToken(st *tk.Stream, k int, t *token, before *token) int {
	text, at := st.Text, st.Toks
	a := &at[k]
	start, fl := int(a.Start), a.Flags
	if a.Kind == tk.Word && fl&(tk.ASCII|tk.Mark) == 0 && plainWordEnd(text, int(a.End)) {
		// a word atom beyond ASCII that nothing extends ("Müller",
		// "Москва"): one word in thirty, read at once
		atomWord(st, k, t)
		return k + 1
	}
	atom := -1 // the one word atom the token is, if it is one
	switch {
	case a.Kind == tk.Punct && isPossessive(st, k) && before != nil && before.end() == int32(start) && before.kind == kWord:
		t.kind = kPoss
		k += 2
	case wordAtom(st, k):
		t.kind = kWord
		if a.Kind == tk.Number {
			t.kind = kNum
		}
		j, e := k+1, int(a.End)
		if a.Kind != tk.Word || !plainWordEnd(text, e) {
			// (a word atom that nothing follows it extends is a token of
			// its own: a word beyond ASCII, most of those here)
			j = wordAtoms(st, k)
			e = wordTail(text, start, int(at[j-1].End))
		}
		letters, allUp, latin, cyr := 0, true, true, true
		for _, x := range at[k:j] {
			if x.Kind != tk.Word || x.Letters == 0 {
				continue
			}
			letters += int(x.Letters)
			allUp = allUp && x.Has(tk.AllUpper)
			latin = latin && x.Has(tk.Latin)
			cyr = cyr && x.Has(tk.Cyrillic)
		}
		for j < len(at) && int(at[j].End) <= e {
			j++
		}
		if j == k+1 && a.Kind == tk.Word {
			atom = k
		}
		k = j
		if t.kind == kNum {
			break // flags are for words
		}
		if a.Kind == tk.Word && fl&tk.Mark == 0 {
			t.setFlag(fCap, fl&tk.Upper != 0)
		} else {
			first, _ := utf8.DecodeRuneInString(text[start:])
			t.setFlag(fCap, unicode.IsUpper(first))
		}
		t.setFlag(fAllCaps, letters >= 2 && allUp)
		t.setFlag(fLatin, latin)
		t.setFlag(fCyr, cyr && letters > 0)
	default:
		t.kind = kPunct
		k++
	}
	t.text = text[t.s:at[k-1].End]
	switch {
	case atom >= 0 && at[atom].Flags&tk.ASCII != 0:
		if a := &at[atom]; a.Cased() {
			t.nrm = st.Fold(atom)
		} else {
			t.nrm = text[a.Start:a.End]
		}
	case t.kind == kPunct && len(t.text) == 1 && t.text[0] < utf8.RuneSelf:
		if t.text != "." {
			t.nrm = t.text // normWord of one ASCII punctuation byte
		}
	default:
		t.nrm = atomNorm(st, atom, *t)
	}
	if t.kind != kPunct || asciiPunctClasses || t.text[0] >= utf8.RuneSelf {
		t.cls = classOf(t.nrm)
	}
	return k
}

// atomWord fills t with the word of atom k alone, a word atom with a
// rune beyond ASCII and no combining mark that nothing extends
// (plainWordEnd): what otherToken makes of it, with none of its tests of
// possessives and joined atoms.
func atomWord(st *tk.Stream, k int, t *token) {
	a := &st.Toks[k]
	t.s, t.kind, t.text = a.Start, kWord, st.Text[a.Start:a.End]
	// its case and script are its atom's flags, as for a plain word; an
	// atom of no letter is read as otherToken reads it (Latin, not
	// Cyrillic)
	f := wordFlags(a.Flags) & (fCap | fAllCaps | fLatin | fCyr)
	switch {
	case a.Letters == 0:
		f = f&fCap | fLatin
	case a.Letters < 2:
		f &^= fAllCaps
	}
	t.flags = f
	t.nrm = atomNorm(st, k, *t)
	t.cls = classOf(t.nrm)
}

// plainWordEnd reports whether the ASCII word atom ending at e is a whole
// token: no digit, joiner ("-", "&", ".", an apostrophe) or rune above
// ASCII follows it, so neither wordAtoms nor wordTail extends it.
func plainWordEnd(text string, e int) bool {
	return e == len(text) || plainAfter[text[e]]
}

// dotEndsWord reports whether the ASCII word atom k, a dot after it, is
// a whole token, as plainWordEnd does of a word before another byte: the
// dot ends a sentence, not an abbreviation ("U.S", "N.", "Mr."), so
// neither wordAtoms nor wordTail extends the word over it. (One word in
// twenty ends a sentence.)
func dotEndsWord(st *tk.Stream, k int) bool {
	if st.Adjacent(k+1) && wordAtom(st, k+2) {
		return false // U.S, a.m
	}
	w := st.Str(k)
	return !(len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z') && !isAbbrevDot(w)
}

// symbolToken reports whether the punctuation atom p, a rune beyond
// ASCII, is a token of its own that normWord leaves as it is: no
// apostrophe (a possessive's or a joiner's), no combining mark (a word
// rune), no U+FFFD (read as white space), no rune with a lower case ("Ⓐ").
func symbolToken(p string) bool {
	r, _ := utf8.DecodeRuneInString(p)
	return r >= utf8.RuneSelf && r != utf8.RuneError && !isApos(r) && !tk.IsMark(r) && lexicon.LowerRune(r) == r
}

// plainAfter holds the bytes that end a plain word (plainWordEnd): ASCII
// but a digit, ".", "-", "&" or an apostrophe; one look-up, no tests.
var plainAfter = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		t[c] = !strings.ContainsRune(".-&'", rune(c)) && (c < '0' || c > '9')
	}
	return
}()

// sentHeads is what markLines keeps of the line it is in.
type sentHeads struct {
	pending placeFlags // pSentStart: the next word starts a sentence
	begin   int        // index of the line's first token
	ncap    int        // the line's capitalised words
	lower   bool       // the line has a lower-case word (not a small one)
}

// endLine flags the tokens of the line toks[h.begin:] as markHeadlines
// does (three words or more, all capitalised but small words: three
// capitalised words are three words) and starts the count of the next
// line.
func (h *sentHeads) endLine(toks []token) {
	if h.ncap >= 3 && !h.lower {
		for k := h.begin; k < len(toks); k++ {
			toks[k].place |= pHeadline
		}
	}
	h.ncap, h.lower = 0, false
}

// wordAtom reports an atom of word runes: letters, digits, or a combining
// mark with no letter before it (a punctuation atom of one mark).
func wordAtom(st *tk.Stream, k int) bool {
	t := st.Toks[k]
	return t.Kind == tk.Word || t.Kind == tk.Number || t.Kind == tk.Punct && t.Letters == 1 && isMarkAtom(st, k)
}

func isMarkAtom(st *tk.Stream, k int) bool {
	t := st.Toks[k]
	if st.Text[t.Start] < utf8.RuneSelf {
		return false
	}
	r, _ := utf8.DecodeRuneInString(st.Text[t.Start:t.End])
	return tk.IsMark(r)
}

// joined reports whether atom k+1 exists and starts where atom k ends.
func joined(st *tk.Stream, k int) bool { return st.Adjacent(k) }

// isPossessive reports an apostrophe at atom k followed by a lone "s": the
// possessive 's (not "'st", not "'s2").
func isPossessive(st *tk.Stream, k int) bool {
	if k+1 >= len(st.Toks) || !joined(st, k) || !isAposAtom(st, k) {
		return false
	}
	if s := st.Str(k + 1); s != "s" && s != "S" {
		return false
	}
	return !(joined(st, k+1) && wordAtom(st, k+2))
}

func isAposAtom(st *tk.Stream, k int) bool {
	t := st.Toks[k]
	if t.Kind != tk.Punct {
		return false
	}
	r, _ := utf8.DecodeRuneInString(st.Text[t.Start:t.End])
	return isApos(r)
}

// wordAtoms returns the index after the atoms of the word starting at atom
// k: letters and digits, with inner hyphens, apostrophes ("O'Brien"),
// ampersands ("AT&T") and dotted abbreviations ("U.S.", "N."). A
// possessive 's is left for the caller. It reads what scanWord reads.
func wordAtoms(st *tk.Stream, k int) int {
	at, text := st.Toks, st.Text
	start := int(at[k].Start)
	j := k + 1
	for {
		for j < len(at) && joined(st, j-1) && wordAtom(st, j) {
			j++
		}
		if j >= len(at) || !joined(st, j-1) || at[j].Kind != tk.Punct || !joined(st, j) || !wordAtom(st, j+1) {
			return j
		}
		r, _ := utf8.DecodeRuneInString(text[at[j].Start:at[j].End])
		if r != '-' && r != '&' && r != '.' && !isApos(r) {
			return j
		}
		if isApos(r) && isPossessive(st, j) {
			return j
		}
		if r == '.' {
			// only inside single-letter abbreviations: U.S, D.P.R.K
			seg := text[start:at[j].Start]
			if i := strings.LastIndexByte(seg, '.'); i >= 0 {
				seg = seg[i+1:]
			}
			if utf8.RuneCountInString(seg) != 1 {
				return j
			}
			nx := at[j+1]
			_, w := utf8.DecodeRuneInString(text[nx.Start:nx.End])
			if int(nx.Start)+w < int(nx.End) || joined(st, j+1) && wordAtom(st, j+2) {
				return j
			}
		}
		j += 2
	}
}

// wordTail extends the word text[start:i] over a final abbreviation dot
// ("U.S.", "N.", "Mr.") and a plural possessive apostrophe ("Workers’").
func wordTail(text string, start, i int) int {
	word := text[start:i]
	if i < len(text) && text[i] == '.' {
		// a word's atoms are valid UTF-8: its letters are its runes but the dots
		dots := strings.Count(word, ".")
		r0, _ := utf8.DecodeRuneInString(word)
		switch {
		case dots > 0 && utf8.RuneCountInString(word)-dots <= 4:
			i++ // U.S. U.N. D.P.R.K.
		case utf8.RuneCountInString(word) == 1 && unicode.IsUpper(r0):
			i++ // N. Korea, initials
		case isAbbrevDot(word):
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

func isWordByte(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	return isWordRune(r)
}

func isSentEnd(t *token) bool {
	return t.kind == kPunct && (t.text == "." || t.text == "!" || t.text == "?" || t.text == "…")
}

// markSentences sets sentStart on the first word after a sentence end, a
// line start or an opening quote or bullet at such a position.
func markSentences(toks []token) {
	pending := true
	for i := range toks {
		t := &toks[i]
		if t.lineStart() {
			pending = true
		}
		switch t.kind {
		case kWord, kNum:
			if pending {
				t.place |= pSentStart
			}
			pending = false
			// an abbreviation ending in '.' does not end a sentence, except
			// a lower-case word + '.' handled as punctuation by scanWord.
		case kPunct:
			if isSentEnd(t) || t.text == ":" && i+1 < len(toks) && toks[i+1].line != t.line {
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
			if t.cap() {
				ncap++
			} else if !t.is(wcConnector | wcSmall) {
				nlower++
			}
		}
		if nw >= 3 && nlower == 0 && ncap >= 3 {
			for k := i; k < j; k++ {
				toks[k].place |= pHeadline
			}
		}
		i = j
	}
}

var smallWords = words(`a an the and or but to in on at by with from as into over under is are was were be vs`)
