// Package token splits clean text once into small tokens that every
// annotator can read: runs of letters, runs of digits and single other
// runes, each with its byte span, its kind, case and script flags, the
// white space before it and its folded form (the form internal/lexicon
// looks words up in). Annotators build their own units from these atoms
// ("U.S." is three atoms, "Kim Jong-un" five, "13 221" two) by adjacency
// (one token's End is the next one's Start), so the expensive part, the
// decoding and classification of every rune, is done once per article.
//
// A Stream keeps the tokens in one slice and all folded forms in one
// string: splitting a text makes a fixed small number of allocations
// whatever its length, Reset reuses the token slice, and Get and Put keep
// streams for reuse.
package token

import (
	"cmp"
	"math/bits"
	"slices"
	"sync"
	"sync/atomic"
	"unicode/utf8"
	"unsafe"

	"github.com/dossier-osint/dossier/internal/lexicon"
	"github.com/dossier-osint/dossier/internal/swar"
)

// Kind is what a token is.
type Kind uint8

// Token kinds.
const (
	// Word is a run of letters of any script, with the combining marks
	// among or after them; it starts with a letter.
	Word Kind = iota + 1
	// Number is a run of ASCII digits, or a run of another script's
	// decimal digits (the ASCII flag tells which).
	Number
	// Punct is one rune that is neither a letter, a digit nor white space
	// (punctuation, symbols, apostrophes, hyphens), or a combining mark
	// with no letter before it.
	Punct
)

// Flags describe a token and what precedes it.
type Flags uint16

// Token flags.
const (
	// Space: white space (or the start of the text) right before the token.
	Space Flags = 1 << iota
	// Newline: a line break among the white space before the token (or the
	// start of the text).
	Newline
	// Upper: a word whose first letter is upper case.
	Upper
	// AllUpper: a word whose letters are all upper case.
	AllUpper
	// Latin: a word whose letters are all Latin.
	Latin
	// Cyrillic: a word whose letters are all Cyrillic.
	Cyrillic
	// ASCII: the token is ASCII only.
	ASCII
	// Mark: a word holding a combining mark.
	Mark

	// cased: the folded form differs from the text (internal).
	cased Flags = 1 << 15
)

// Token is one atom of the text.
type Token struct {
	Start, End int32 // byte span in the text
	Kind       Kind
	Flags      Flags
	// Letters is the number of letters of a word (runes of a number or a
	// punctuation token), capped at 65535.
	Letters uint16
}

// Has reports whether every flag in f is set.
func (t Token) Has(f Flags) bool { return t.Flags&f == f }

// Cased reports whether the token's folded form (Stream.Fold) differs
// from its text: a word with an upper-case letter, "ё" or "ʼ".
func (t Token) Cased() bool { return t.Flags&cased != 0 }

// Len is the token's length in bytes.
func (t Token) Len() int { return int(t.End - t.Start) }

// Stream is a text split into tokens. Several goroutines may read one
// stream at once; Reset needs the stream to itself.
type Stream struct {
	Text string
	Toks []Token
	// The folded forms of the words whose form differs from their text,
	// one after another, made at the first Fold: annotators that never
	// ask pay nothing.
	folds atomic.Pointer[folds]
	// oddGaps: Reset stepped over an invalid byte or a U+0085 (PlainGaps)
	oddGaps bool
	// wideCased is 1 + the index of the first word beyond ASCII whose
	// fold differs from its text, 0 for none (makeFolds)
	wideCased int32
}

// PlainGaps reports that the white space between the tokens of a stream
// made by New, Get or Reset holds no invalid byte and no U+0085 (NEL): a
// token's Newline flag then tells just a "\n", U+2028 or U+2029 before it
// (or the text's start), and the text between two tokens is valid UTF-8.
func (s *Stream) PlainGaps() bool { return !s.oddGaps }

// folds are the folded forms of a stream's cased words (makeFolds).
type folds struct {
	text string    // the text, each cased word folded in its place
	odd  []oddFold // by token: folds of another length than their word's
	// the room of text for a short text (a name split on its own): its
	// folds are then one allocation, not two
	small [smallFolds]byte
}

// smallFolds is the longest text whose folded copy is kept in its folds.
const smallFolds = 48

// oddFold is the fold of token tok.
type oddFold struct {
	tok  int32
	fold string
}

// New splits text into a new stream.
func New(text string) *Stream {
	s := &Stream{}
	s.Reset(text)
	return s
}

// Text of token i as written.
func (s *Stream) Str(i int) string { t := s.Toks[i]; return s.Text[t.Start:t.End] }

// Fold is token i's folded form: lower case, "ё" as "е", the modifier
// letter apostrophe "ʼ" as "'" (as lexicon.Fold makes it), the text itself for a punctuation token. It is a
// substring of the text or of the stream's buffer: no allocation.
func (s *Stream) Fold(i int) string {
	t := s.Toks[i]
	if t.Flags&cased == 0 {
		return s.Text[t.Start:t.End]
	}
	f := s.loadFolds()
	if len(f.odd) > 0 {
		if w, ok := f.oddFold(i); ok {
			return w
		}
	}
	return f.text[t.Start:t.End]
}

// Folded is the text with each word's folded form in its place: the
// fold of a token whose fold is as long as it is, every ASCII token's, is
// Folded()[Start:End] (read with no call, where a loop over the tokens
// reads many); Fold gives any token's. Made at the first Fold or Folded.
func (s *Stream) Folded() string { return s.loadFolds().text }

// loadFolds returns the stream's folds, made by the first reader.
func (s *Stream) loadFolds() *folds {
	f := s.folds.Load()
	if f == nil {
		// readers that race here make the same forms; one is kept
		s.folds.CompareAndSwap(nil, s.makeFolds())
		f = s.folds.Load()
	}
	return f
}

// oddFold is the fold of token i when it is one of f.odd.
func (f *folds) oddFold(i int) (string, bool) {
	k, ok := slices.BinarySearchFunc(f.odd, int32(i), func(o oddFold, i int32) int { return cmp.Compare(o.tok, i) })
	if !ok {
		return "", false
	}
	return f.odd[k].fold, true
}

// makeFolds copies the stream's text and folds each cased word of the
// copy in its place (never reused, so a form handed out stays valid): a
// fold is then the same span of the copy as its word of the text, with no
// offsets to keep, and a stream costs two allocations (one for a text of
// up to smallFolds bytes, copied into its folds). lowerASCIIWords folds
// the ASCII words; the words beyond ASCII with an upper-case letter (from
// wideCased on, none in most English texts) are then read. The few
// words whose fold is not as long as they are ("ʼ" folds to one byte)
// keep their text there and their fold in odd.
func (s *Stream) makeFolds() *folds {
	f := &folds{}
	var b []byte
	if len(s.Text) <= len(f.small) {
		b = f.small[:len(s.Text)]
		copy(b, s.Text)
	} else {
		b = []byte(s.Text)
	}
	lowerASCIIWords(b, s.Toks)
	for i := int(s.wideCased) - 1; i >= 0 && i < len(s.Toks); i++ {
		t := &s.Toks[i]
		if t.Flags&(cased|ASCII) != cased {
			continue
		}
		w := b[t.Start:t.End]
		var buf [64]byte
		if fw := foldWord(buf[:0], s.Text[t.Start:t.End]); len(fw) == len(w) {
			copy(w, fw)
		} else {
			f.odd = append(f.odd, oddFold{tok: int32(i), fold: string(fw)})
		}
	}
	f.text = unsafe.String(unsafe.SliceData(b), len(b)) // b is not written again
	return f
}

// lowerASCIIWords folds the cased ASCII words of toks in b, a copy of
// their text: an ASCII word is letters only, each folded by its case bit.
// (Folding all ASCII letters of b eight bytes at a time instead cost more
// under cachegrind.) The words beyond ASCII are makeFolds'.
func lowerASCIIWords(b []byte, toks []Token) {
	for _, t := range toks {
		if t.Flags&(cased|ASCII) != cased|ASCII {
			continue
		}
		w := b[t.Start:t.End]
		for k := range w {
			w[k] |= 0x20
		}
	}
}

// foldWord appends the fold of word w to dst.
func foldWord(dst []byte, w string) []byte {
	for _, r := range w {
		switch r = lexicon.LowerRune(r); r {
		case 'ё':
			r = 'е'
		case 'ʼ': // a letter, but the lexicon's apostrophe
			r = '\''
		}
		dst = utf8.AppendRune(dst, r)
	}
	return dst
}

// Adjacent reports whether token i+1 starts where token i ends.
func (s *Stream) Adjacent(i int) bool {
	return i+1 < len(s.Toks) && s.Toks[i].End == s.Toks[i+1].Start
}

// At returns the index of the first token ending after byte offset off
// (the token holding off, or the next one), len(Toks) when none does.
func (s *Stream) At(off int) int {
	lo, hi := 0, len(s.Toks)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if int(s.Toks[m].End) <= off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// Reset splits text into s, reusing its buffers.
func (s *Stream) Reset(text string) {
	s.Text = text
	if cap(s.Toks) < len(text)/4+8 {
		s.Toks = make([]Token, 0, len(text)/4+8) // about one atom in four bytes of news text
	}
	s.Toks = s.Toks[:0]
	s.folds.Store(nil)
	s.oddGaps = false
	s.wideCased = 0
	fl := Space | Newline
	i := 0
	for i < len(text) {
		// plainAtoms writes the atoms it reads into the room of s.Toks; an
		// atom it leaves is read below, appended
		var n int
		i, n, fl = plainAtoms(text, s.Toks[:cap(s.Toks)], i, len(s.Toks), fl)
		s.Toks = s.Toks[:n]
		if i < len(text) {
			i, fl = s.atom(text, i, fl)
		}
	}
}

// plainAtoms reads the atoms of text from i on into toks from n on (the
// room after the stream's tokens), fl the flags of the white space before
// the next one, while they are plain: ASCII white space, digits,
// punctuation and words, a word not followed by a byte beyond ASCII. It
// returns where it stopped, the number of tokens then and the flags, at
// the first atom it does not read or when toks is full. A loop that calls
// nothing, so that its values stay in registers, and reads a word a byte
// at a time (an eight-byte read and its masks cost more for words of news
// text, five letters on average): most atoms of news text are read here,
// atom reads the others.
func plainAtoms(text string, toks []Token, i, n int, fl Flags) (int, int, Flags) {
	// unsigned tests: they also tell the compiler that i and n are
	// indices of text and toks (Reset's, never negative)
	for uint(i) < uint(len(text)) && uint(n) < uint(len(toks)) {
		c := text[i]
		if c >= utf8.RuneSelf {
			break
		}
		t := &toks[n]
		switch k := asciiClass[c]; {
		case k&cLetter != 0:
			// after the loop c is the class of the byte after the word,
			// or of its last letter at the text's end: 0 only for ASCII
			// punctuation and a byte beyond ASCII, the one text[j] read
			j, acc, c := i+1, k, k
			for ; j < len(text); j++ {
				c = asciiClass[text[j]]
				if c&cLetter == 0 {
					break
				}
				acc |= c
			}
			if c == 0 && text[j] >= utf8.RuneSelf {
				return i, n, fl // a letter beyond ASCII may follow: atom reads the word
			}
			if k&cNotUpper == 0 {
				fl |= Upper
			}
			t.Start, t.End, t.Kind, t.Letters = int32(i), int32(j), Word, uint16(min(j-i, 65535))
			t.Flags = fl | ASCII | wordFlags[acc&flagClasses]
			n++
			i = j
			fl = 0
			if i < len(text) && text[i] == ' ' { // most words are followed by a space
				fl = Space
				i++
			}
			continue
		case k&cSpace != 0:
			fl |= Space
			if c == '\n' {
				fl |= Newline
			}
			i++
			continue
		case k&cDigit != 0:
			j := asciiDigits(text, i+1)
			t.Start, t.End, t.Kind, t.Flags, t.Letters = int32(i), int32(j), Number, fl|ASCII, uint16(min(j-i, 65535))
			i = j
		default:
			t.Start, t.End, t.Kind, t.Flags, t.Letters = int32(i), int32(i+1), Punct, fl|ASCII, 1
			i++
		}
		n++
		fl = 0
	}
	return i, n, fl
}

// atom reads the atom or white space at text[i] that plainAtoms left,
// appends its token (an atom) and returns where the next one starts and
// the flags of the white space before it.
func (s *Stream) atom(text string, i int, fl Flags) (int, Flags) {
	c := text[i]
	if c < utf8.RuneSelf {
		switch k := asciiClass[c]; {
		case k&cLetter != 0:
			if k&cNotUpper == 0 {
				fl |= Upper
			}
			i = s.word(text, i, i+1, fl, k, 1, true)
			if i < len(text) && text[i] == ' ' {
				return i + 1, Space
			}
			return i, 0
		case k&cSpace != 0:
			fl |= Space
			if c == '\n' {
				fl |= Newline
			}
			return i + 1, fl
		case k&cDigit != 0:
			j := asciiDigits(text, i+1)
			s.Toks = append(s.Toks, Token{Start: int32(i), End: int32(j), Kind: Number, Flags: fl | ASCII, Letters: uint16(min(j-i, 65535))})
			return j, 0
		}
		s.Toks = append(s.Toks, Token{Start: int32(i), End: int32(i + 1), Kind: Punct, Flags: fl | ASCII, Letters: 1})
		return i + 1, 0
	}
	r, n := utf8.DecodeRuneInString(text[i:])
	if r == utf8.RuneError && n <= 1 {
		s.oddGaps = true
		return i + 1, fl | Space // invalid bytes count as white space
	}
	switch k := runeClass(r); {
	case k&cSpace != 0:
		fl |= Space
		if r == '\u2028' || r == '\u2029' || r == '\u0085' {
			fl |= Newline
			s.oddGaps = s.oddGaps || r == '\u0085'
		}
		return i + n, fl
	case k&cLetter != 0:
		if k&cNotUpper == 0 {
			fl |= Upper
		}
		return s.word(text, i, i+n, fl, k, 1, false), 0
	case k&cDigit != 0:
		j := moreDigits(text, i+n)
		s.Toks = append(s.Toks, Token{Start: int32(i), End: int32(j), Kind: Number, Flags: fl, Letters: runes(text[i:j])})
		return j, 0
	}
	s.Toks = append(s.Toks, Token{Start: int32(i), End: int32(i + n), Kind: Punct, Flags: fl, Letters: 1})
	return i + n, 0
}

// asciiDigits is the end of the run of ASCII digits at text[j].
func asciiDigits(text string, j int) int {
	for j < len(text) && text[j]-'0' <= 9 {
		j++
	}
	return j
}

// moreDigits reads a run of digits of other scripts than ASCII from j.
func moreDigits(text string, j int) int {
	for j < len(text) && text[j] >= utf8.RuneSelf {
		r, n := utf8.DecodeRuneInString(text[j:])
		if runeClass(r)&cDigit == 0 {
			break
		}
		j += n
	}
	return j
}

// word reads the run of letters and marks that starts at i and appends
// its token; the caller has read it up to j, its letters and marks of
// classes acc, and set its Upper flag.
func (s *Stream) word(text string, i, j int, fl Flags, acc uint8, letters int, ascii bool) int {
	for j < len(text) {
		if text[j] < utf8.RuneSelf {
			k, cls := asciiLetters(text, j)
			letters += k - j
			acc |= cls
			j = k
			if j == len(text) || text[j] < utf8.RuneSelf {
				break
			}
		}
		r, n := utf8.DecodeRuneInString(text[j:])
		c := runeClass(r)
		if c&(cLetter|cMark) == 0 {
			break
		}
		ascii = false
		letters += int(c & cLetter)
		acc |= c
		j += n
	}
	fl |= wordFlags[acc&flagClasses]
	if ascii {
		fl |= ASCII
	} else if fl&cased != 0 && s.wideCased == 0 {
		s.wideCased = int32(len(s.Toks)) + 1
	}
	s.Toks = append(s.Toks, Token{Start: int32(i), End: int32(j), Kind: Word, Flags: fl, Letters: uint16(min(letters, 65535))})
	return j
}

// flagClasses are the class bits wordFlags reads.
const flagClasses = cNotUpper | cFolds | cNotLatin | cNotCyr | cMark

// wordFlags turns the OR of a word's classes (some letter being among
// them) into its flags.
var wordFlags = func() (t [64]Flags) {
	for acc := range t {
		a := uint8(acc)
		for _, f := range []struct {
			c    uint8
			set  bool
			flag Flags
		}{{cNotUpper, false, AllUpper}, {cNotLatin, false, Latin}, {cNotCyr, false, Cyrillic}, {cFolds, true, cased}, {cMark, true, Mark}} {
			if (a&f.c != 0) == f.set {
				t[acc] |= f.flag
			}
		}
	}
	return t
}()

// Eight ASCII bytes at once: hi has each byte's top bit, lo each byte's
// lowest, caseBit the bit that parts a lower-case ASCII letter from its
// upper case.
const (
	lo      = 0x0101010101010101
	hi      = 0x80 * lo
	caseBit = 0x20 * lo
)

// asciiLetters reads the run of ASCII letters at text[j]: its end and the
// OR of its letters' classes. Eight bytes at a time while eight are left:
// most words end within their first eight.
func asciiLetters(text string, j int) (end int, cls uint8) {
	for j+8 <= len(text) {
		x := swar.Load64(text, j)
		m := letterBits(x)
		n := 8
		if other := ^m & hi; other != 0 {
			n = bits.TrailingZeros64(other) >> 3 // letters before the first other byte
			m &= other&-other - 1
		}
		cls |= caseClasses(x, m)
		j += n
		if n < 8 {
			return j, cls
		}
	}
	for ; j < len(text); j++ {
		c := asciiClass[text[j]]
		if c&cLetter == 0 {
			break
		}
		cls |= c
	}
	return j, cls
}

// LeadingLetters reads eight bytes of text (x, little-endian, the first
// lowest) as the tokenizer reads words: n, the number of ASCII letters
// they start with (8 when all are), and, when fewer, those letters in
// lower case with the bytes after them cleared, so that a short word is
// compared with another at once. Small enough to be inlined in a scan.
func LeadingLetters(x uint64) (n int, low uint64) {
	other := ^letterBits(x) & hi
	n = bits.TrailingZeros64(other) >> 3 // 8 when other is 0
	before := (other&-other - 1) >> 7    // the bytes before the first other one
	return n, (x | caseBit) & before
}

// IsLetter is unicode.IsLetter(r), from the tokenizer's class tables.
func IsLetter(r rune) bool {
	if uint32(r) < utf8.RuneSelf {
		return asciiClass[r]&cLetter != 0
	}
	return runeClass(r)&cLetter != 0
}

// LetterBits is letterBits, for the scans outside the tokenizer that
// read the text's words as it does (meta's language count).
func LetterBits(x uint64) uint64 { return letterBits(x) }

// letterBits has the top bit of each byte of x that is an ASCII letter:
// one whose lower case (its 0x20 bit set) lies in 'a'..'z'. The top bits
// are cleared before the two additions so that no byte carries into the
// next.
func letterBits(x uint64) uint64 {
	y := (x | caseBit) &^ hi
	geA := y + (0x80-'a')*lo   // top bit: y >= 'a'
	gtZ := y + (0x80-'z'-1)*lo // top bit: y > 'z'
	return geA &^ gtZ &^ x & hi
}

// caseClasses is the OR of the classes of the letters of x marked by m
// (letterBits' top bits, at least one set).
func caseClasses(x, m uint64) uint8 {
	if m == 0 {
		return 0
	}
	lower := x << 2 & m               // the case bit under each letter's top bit
	c := asciiClass['a'] &^ cNotUpper // what every ASCII letter's class holds
	if lower != 0 {
		c |= cNotUpper
	}
	if lower != m {
		c |= cFolds
	}
	return c
}

func runes(s string) uint16 { return uint16(min(utf8.RuneCountInString(s), 65535)) }

var pool = sync.Pool{New: func() any { return new(Stream) }}

// Get returns a stream of text from a pool of streams; Put gives it back
// once nothing reads its tokens any more (strings from Str and Fold stay
// valid). For the many short texts an annotator splits (names, phrases).
func Get(text string) *Stream {
	s := pool.Get().(*Stream)
	s.Reset(text)
	return s
}

// Put returns a stream from Get to the pool.
func Put(s *Stream) {
	if cap(s.Toks) > 1<<12 {
		return // keep no long article's slice in the pool
	}
	s.Text = ""
	s.folds.Store(nil)
	pool.Put(s)
}
