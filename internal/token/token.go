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
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"
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
}

// folds are the folded forms of a stream's cased words.
type folds struct {
	text string
	end  []int32 // per token: end of its folded form in text
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
	f := s.folds.Load()
	if f == nil {
		// readers that race here make the same forms; one is kept
		s.folds.CompareAndSwap(nil, s.makeFolds())
		f = s.folds.Load()
	}
	start := int32(0)
	if i > 0 {
		start = f.end[i-1]
	}
	return f.text[start:f.end[i]]
}

// makeFolds writes the folded forms of the cased words into one new
// string (never reused, so a form handed out stays valid).
func (s *Stream) makeFolds() *folds {
	var b []byte
	end := make([]int32, len(s.Toks))
	for i, t := range s.Toks {
		if t.Flags&cased != 0 {
			w := s.Text[t.Start:t.End]
			if t.Has(ASCII) {
				for k := 0; k < len(w); k++ {
					c := w[k]
					if c >= 'A' && c <= 'Z' {
						c += 'a' - 'A'
					}
					b = append(b, c)
				}
			} else {
				for _, r := range w {
					switch r = unicode.ToLower(r); r {
					case 'ё':
						r = 'е'
					case 'ʼ': // a letter, but the lexicon's apostrophe
						r = '\''
					}
					b = utf8.AppendRune(b, r)
				}
			}
		}
		end[i] = int32(len(b))
	}
	return &folds{text: string(b), end: end}
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
	fl := Space | Newline
	i := 0
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf {
			switch {
			case c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v':
				fl |= Space
				i++
				continue
			case c == '\n':
				fl |= Space | Newline
				i++
				continue
			case c >= '0' && c <= '9':
				j := i + 1
				for j < len(text) && text[j] >= '0' && text[j] <= '9' {
					j++
				}
				s.Toks = append(s.Toks, Token{Start: int32(i), End: int32(j), Kind: Number, Flags: fl | asciiIf(text[i:j]), Letters: runes(text[i:j])})
				i = j
				fl = 0
				continue
			case c|0x20 >= 'a' && c|0x20 <= 'z':
				i = s.word(text, i, fl)
				fl = 0
				continue
			default:
				s.Toks = append(s.Toks, Token{Start: int32(i), End: int32(i + 1), Kind: Punct, Flags: fl | ASCII, Letters: 1})
				i++
				fl = 0
				continue
			}
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == utf8.RuneError && n <= 1:
			fl |= Space // invalid bytes count as white space
			i++
		case unicode.IsSpace(r):
			fl |= Space
			if r == '\u2028' || r == '\u2029' || r == '\u0085' {
				fl |= Newline
			}
			i += n
		case unicode.IsLetter(r):
			i = s.word(text, i, fl)
			fl = 0
		case unicode.IsDigit(r):
			j := s.moreDigits(text, i)
			s.Toks = append(s.Toks, Token{Start: int32(i), End: int32(j), Kind: Number, Flags: fl | asciiIf(text[i:j]), Letters: runes(text[i:j])})
			i = j
			fl = 0
		default:
			s.Toks = append(s.Toks, Token{Start: int32(i), End: int32(i + n), Kind: Punct, Flags: fl, Letters: 1})
			i += n
			fl = 0
		}
	}
}

// moreDigits reads a run of digits of other scripts than ASCII from j.
func (s *Stream) moreDigits(text string, j int) int {
	for j < len(text) {
		if text[j] < utf8.RuneSelf {
			break
		}
		r, n := utf8.DecodeRuneInString(text[j:])
		if !unicode.IsDigit(r) {
			break
		}
		j += n
	}
	return j
}

// word reads the run of letters and marks at i and appends its token.
func (s *Stream) word(text string, i int, fl Flags) int {
	j := i
	letters, upper := 0, 0
	ascii, lowerOnly := true, true
	latin, cyr := true, true
	if c := text[i]; c < utf8.RuneSelf {
		if c <= 'Z' {
			fl |= Upper // a word starts with a letter
		}
	} else if r, _ := utf8.DecodeRuneInString(text[i:]); unicode.IsUpper(r) {
		fl |= Upper
	}
	for j < len(text) {
		c := text[j]
		if c < utf8.RuneSelf {
			k, up := asciiLetters(text, j)
			if k == j {
				break
			}
			letters += k - j
			if up > 0 {
				upper += up
				lowerOnly = false
			}
			cyr = false
			j = k
			continue
		}
		r, n := utf8.DecodeRuneInString(text[j:])
		if unicode.IsLetter(r) {
			ascii = false
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
			if lowerOnly && (unicode.ToLower(r) != r || r == 'ё' || r == 'ʼ') {
				lowerOnly = false
			}
			if !unicode.Is(unicode.Latin, r) {
				latin = false
			}
			if !unicode.Is(unicode.Cyrillic, r) {
				cyr = false
			}
			j += n
			continue
		}
		if unicode.Is(unicode.Mn, r) {
			ascii = false
			fl |= Mark
			j += n
			continue
		}
		break
	}
	if ascii {
		fl |= ASCII
	}
	if letters > 0 && upper == letters {
		fl |= AllUpper
	}
	if letters > 0 && latin {
		fl |= Latin
	}
	if letters > 0 && cyr {
		fl |= Cyrillic
	}
	if !lowerOnly {
		fl |= cased
	}
	t := Token{Start: int32(i), End: int32(j), Kind: Word, Flags: fl, Letters: uint16(min(letters, 65535))}
	s.Toks = append(s.Toks, t)
	return j
}

// asciiLetters reads the run of ASCII letters at text[j]: its end and how
// many of its letters are upper case. The tokenizer's inner loop, in a
// function of its own that keeps its few variables in registers.
func asciiLetters(text string, j int) (end, upper int) {
	for ; j < len(text); j++ {
		c := text[j]
		if (c|0x20)-'a' > 'z'-'a' {
			break
		}
		if c < 'a' {
			upper++
		}
	}
	return j, upper
}

func asciiIf(s string) Flags {
	if s != "" && s[0] < utf8.RuneSelf {
		return ASCII // an ASCII run of digits
	}
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return 0
		}
	}
	return ASCII
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
