// Package sentence splits news text into sentences and returns their byte
// spans. It knows the abbreviations news copy is full of ("U.S.", "U.N.",
// "N. Korea", "Feb.", "Mr.", initials), keeps closing quotes and brackets
// with the sentence they end, and never crosses a line break, so a paragraph
// boundary always ends a sentence. It is pure and allocation-light.
package sentence

import (
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-osint/dossier/internal/lexicon"
	"github.com/dossier-osint/dossier/internal/swar"
)

// Span is a sentence's byte range in the text, End exclusive, trimmed of
// surrounding white space.
type Span struct {
	Start, End int
}

// abbreviations that do not end a sentence when followed by a word, stored
// lower-case without the final period.
var abbrev = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "sr": true, "jr": true,
	"st": true, "gen": true, "lt": true, "col": true, "sgt": true, "capt": true, "cmdr": true,
	"adm": true, "maj": true, "gov": true, "sen": true, "rep": true, "rev": true, "hon": true,
	"pres": true, "amb": true, "supt": true, "insp": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"mon": true, "tue": true, "tues": true, "wed": true, "thu": true, "thur": true, "thurs": true, "fri": true, "sat": true, "sun": true,
	"no": true, "nos": true, "vol": true, "art": true, "para": true, "p": true, "pp": true, "fig": true,
	"inc": true, "corp": true, "ltd": true, "co": true, "llc": true, "plc": true, "bros": true,
	"vs": true, "etc": true, "approx": true, "est": true, "min": true, "max": true,
	"e.g": true, "i.e": true, "cf": true, "al": true, "ca": true, "viz": true,
	"a.m": true, "p.m": true, "mt": true, "ft": true, "ave": true, "blvd": true, "rd": true,
	"dept": true, "govt": true, "univ": true, "assn": true, "intl": true,
}

// Starters are words that, capitalized after an ambiguous abbreviation such
// as "U.S.", show that a new sentence begins.
var starters = map[string]bool{
	"The": true, "A": true, "An": true, "It": true, "He": true, "She": true, "They": true,
	"We": true, "I": true, "But": true, "And": true, "This": true, "That": true, "These": true,
	"Those": true, "In": true, "On": true, "At": true, "However": true, "Meanwhile": true,
	"There": true, "His": true, "Her": true, "Their": true, "Its": true, "If": true, "When": true,
}

// MaxLen is the longest sentence Split returns, in bytes. A longer run
// that punctuation does not end (a flattened table or list, a feed of
// keywords, hostile input) is cut into pieces of at most MaxLen bytes, each
// at the last clause boundary (";", ":", ",", a dash) in its second half,
// else at the last space, so that work per sentence stays bounded and
// every stage reading sentences is linear in the text's length.
const MaxLen = 1000

// Split returns the sentences of text as byte spans in order.
func Split(text string) []Span { return AppendSplit(nil, text) }

// AppendSplit appends the sentences of text to out (Split), so that a
// caller splitting many paragraphs can reuse one array.
func AppendSplit(out []Span, text string) []Span {
	start := -1
	n := len(text)
	emit := func(end int) {
		if start < 0 {
			return
		}
		e := trimSpan(text, start, end).End
		for e-start > MaxLen {
			cut := cutPoint(text, start, start+MaxLen)
			out = append(out, trimSpan(text, start, cut))
			start = cut
			for start < e {
				r, sz := utf8.DecodeRuneInString(text[start:])
				if !unicode.IsSpace(r) {
					break
				}
				start += sz
			}
		}
		if e > start {
			out = append(out, Span{start, e})
		}
		start = -1
	}
	for i := 0; i < n; {
		if start >= 0 {
			// inside a sentence most bytes are ASCII that is neither a
			// line break nor a terminator: the loop below would only step
			// over them
			i = plainEnd(text, i)
			if i == n {
				break
			}
		}
		r, sz := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, sz = utf8.DecodeRuneInString(text[i:])
		}
		if r == '\n' || r == '\r' {
			emit(i)
			i += sz
			continue
		}
		if start < 0 {
			if unicode.IsSpace(r) || r == '•' || r == '·' || r == '▪' {
				i += sz
				continue
			}
			start = i
		}
		if r == '.' || r == '!' || r == '?' || r == '…' {
			j := i + sz
			// runs of terminators ("?!", "...")
			for j < n && (text[j] == '.' || text[j] == '!' || text[j] == '?') {
				j++
			}
			// closing quotes and brackets belong to this sentence, and so
			// does a footnote marker right after it ("visit.[1] That")
			for j < n {
				r2, s2 := utf8.DecodeRuneInString(text[j:])
				if r2 == '"' || r2 == '\'' || r2 == '”' || r2 == '’' || r2 == ')' || r2 == ']' || r2 == '»' {
					j += s2
					continue
				}
				if k := footnoteEnd(text, j); k > j {
					j = k
					continue
				}
				break
			}
			if r == '.' && !endsSentence(text, start, i, j) {
				i = j
				continue
			}
			if r != '.' && lowerFollows(text, j) {
				i = j
				continue
			}
			if j < n {
				r2, _ := utf8.DecodeRuneInString(text[j:])
				if !unicode.IsSpace(r2) && !(r == '.' && j == i+1 && gluedStart(text, start, i)) {
					i = j
					continue
				}
			}
			emit(j)
			i = j
			continue
		}
		i += sz
	}
	emit(n)
	return out
}

// plain are the bytes Split steps over inside a sentence: ASCII but the
// control bytes up to '\r' (the line breaks, and tabs, which the loop then
// steps over itself) and terminators.
var plain = func() (t [256]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		t[c] = c > '\r' && !strings.ContainsRune(".!?", rune(c))
	}
	return t
}()

// plainEnd is the first byte of text at or after i that plain does not
// step over, or len(text): eight bytes at a time while eight are left
// (stopBytes).
func plainEnd(text string, i int) int {
	for ; i+8 <= len(text); i += 8 {
		if stop := stopBytes(swar.Load64(text, i)); stop != 0 {
			return i + bits.TrailingZeros64(stop)>>3
		}
	}
	for i < len(text) && plain[text[i]] {
		i++
	}
	return i
}

// stopBytes marks (high bit) the bytes of x, eight bytes of text
// little-endian, that plain does not step over: those that are not ASCII,
// the three terminators and those up to '\r'. A byte equal to a stop c is
// the one whose x^c is 0, the one to which adding 0x7f leaves the high bit
// clear; a byte below '\r'+1 is one to which adding 0x80-('\r'+1) leaves
// it clear. The marks are exact up to the first byte that is not ASCII (an
// addition may carry out of it into the next byte, never into an earlier
// one).
func stopBytes(x uint64) uint64 {
	const (
		ones  = 0x0101010101010101
		lows  = 0x7f * ones
		highs = 0x80 * ones
		below = (0x80 - '\r' - 1) * ones
	)
	eq := (x ^ '.'*ones + lows) & (x ^ '!'*ones + lows) & (x ^ '?'*ones + lows) & (x + below)
	return (x | ^eq) & highs
}

// cutPoint returns where to cut an over-long sentence running from start
// past limit: after the last clause mark in [start+MaxLen/2, limit), else
// at the last space there, else at the last rune boundary before limit.
func cutPoint(text string, start, limit int) int {
	half := start + MaxLen/2
	space := -1
	for i := limit - 1; i > half; i-- {
		switch text[i] {
		case ';', ':', ',':
			if i+1 < len(text) && text[i+1] == ' ' {
				return i + 1
			}
		case ' ':
			if space < 0 {
				space = i
			}
			// a dash between spaces: " - ", " – ", " — "
			if d := text[i+1:]; strings.HasPrefix(d, "- ") || strings.HasPrefix(d, "– ") || strings.HasPrefix(d, "— ") {
				return i
			}
		}
	}
	if space > 0 {
		return space
	}
	for limit > start+1 && !utf8.RuneStart(text[limit]) {
		limit--
	}
	return limit
}

// trimSpan is [a, b) without trailing white space.
func trimSpan(text string, a, b int) Span {
	for b > a {
		if c := text[b-1]; c < utf8.RuneSelf {
			if !asciiSpace[c] {
				break
			}
			b--
			continue
		}
		r, sz := utf8.DecodeLastRuneInString(text[a:b])
		if !unicode.IsSpace(r) {
			break
		}
		b -= sz
	}
	return Span{a, b}
}

// asciiSpace are the ASCII bytes unicode.IsSpace reports.
var asciiSpace = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = unicode.IsSpace(rune(c))
	}
	return t
}()

// maxWord bounds the look-back for the word before a period, so that a
// run of periods without spaces costs linear time.
const maxWord = 64

// wordByte are the ASCII bytes of the word before a period: letters,
// digits, '.' and '-' (as unicode.IsLetter and IsDigit read them).
var wordByte = func() (t [256]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		t[c] = unicode.IsLetter(rune(c)) || unicode.IsDigit(rune(c)) || c == '.' || c == '-'
	}
	return t
}()

// endsSentence decides whether the period at dot (next char at after) ends
// a sentence.
func endsSentence(text string, start, dot, after int) bool {
	// the word before the period: ASCII a byte at a time
	ws, ascii := dot, true
	for ws > start && dot-ws < maxWord {
		if c := text[ws-1]; c < utf8.RuneSelf {
			if !wordByte[c] {
				break
			}
			ws--
			continue
		}
		r, sz := utf8.DecodeLastRuneInString(text[:ws])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			break
		}
		ws -= sz
		ascii = false
	}
	word := text[ws:dot]
	// next word
	k := after
	for k < len(text) && (text[k] == ' ' || text[k] == '\t') {
		k++
	}
	if k >= len(text) || text[k] == '\n' || text[k] == '\r' {
		return true
	}
	nr := rune(text[k])
	if nr >= utf8.RuneSelf {
		nr, _ = utf8.DecodeRuneInString(text[k:])
	}
	if after > dot+1 {
		// period followed by a quote or bracket: ends unless lower-case follows
		return !unicode.IsLower(nr)
	}
	if word == "" {
		return unicode.IsUpper(nr) || unicode.IsDigit(nr) || isQuote(nr)
	}
	// decimal or version numbers never reach here (no space after); a
	// lower-case or digit continuation is never a new sentence.
	if unicode.IsLower(nr) {
		return false
	}
	// single capital initial: "N. Korea", "S. Korea", "J. Smith"
	if utf8.RuneCountInString(word) == 1 {
		wr, _ := utf8.DecodeRuneInString(word)
		if unicode.IsUpper(wr) {
			return false
		}
	}
	// dotted acronyms: "U.S.", "U.N.", "a.m."
	if strings.Contains(word, ".") {
		if strings.Count(word, ".") >= 1 && allShortParts(word) {
			if isAbbrev(word, ascii) {
				return false
			}
			return starters[letterRun(text, k)]
		}
	}
	if isAbbrev(word, ascii) {
		// "No. 5", "Feb. 14", "Mr. Kim": continue
		return false
	}
	return unicode.IsUpper(nr) || unicode.IsDigit(nr) || isQuote(nr) || !unicode.IsLetter(nr)
}

// gluedStart reports a sentence glued to the one before with no space
// after the period at dot ("shells.The next shipment", "2023.North
// Korea"), as scraped pages often run them: a word of two or more
// lower-case letters or digits before the period that is no
// abbreviation, and after it a capitalized word of lower-case letters
// that a space or a comma ends. A domain ("example.com"), a decimal
// ("2.5"), an acronym ("U.S.The"), a file or an address ("report.Final.pdf",
// "john.Smith@") is none.
func gluedStart(text string, start, dot int) bool {
	ws := dot
	for ws > start && dot-ws < maxWord {
		r, sz := utf8.DecodeLastRuneInString(text[:ws])
		if !unicode.IsLower(r) && !unicode.IsDigit(r) {
			break
		}
		ws -= sz
	}
	word := text[ws:dot]
	if utf8.RuneCountInString(word) < 2 || isAbbrev(word, true) {
		return false
	}
	if ws > start {
		// the word starts at a space or a bracket, not inside a token
		if r, _ := utf8.DecodeLastRuneInString(text[:ws]); !unicode.IsSpace(r) && r != '(' && r != '"' && r != '“' {
			return false
		}
	}
	k := dot + 1
	r, sz := utf8.DecodeRuneInString(text[k:])
	if !unicode.IsUpper(r) {
		return false
	}
	k += sz
	lower := 0
	for k < len(text) {
		r, sz = utf8.DecodeRuneInString(text[k:])
		if !unicode.IsLower(r) {
			break
		}
		lower++
		k += sz
	}
	if lower == 0 {
		return false
	}
	return k == len(text) || text[k] == ' ' || text[k] == ','
}

// maxAbbrev is the length of the longest key of abbrev.
var maxAbbrev = func() (n int) {
	for k := range abbrev {
		n = max(n, len(k))
	}
	return n
}()

// isAbbrev reports whether abbrev holds word in lower case, lowered on
// the stack (lexicon.AppendLower is strings.ToLower). An ASCII word keeps
// its length when lowered; a rune has at most four bytes and its lower
// case at least one: so a word longer than maxAbbrev bytes, four times
// that if it is not ASCII, is none.
func isAbbrev(word string, ascii bool) bool {
	if len(word) > maxAbbrev && ascii || len(word) > 4*maxAbbrev {
		return false
	}
	var low [32]byte
	return abbrev[string(lexicon.AppendLower(low[:0], word))]
}

// letterRun is the run of letters of text from k.
func letterRun(text string, k int) string {
	ne := k
	for ne < len(text) {
		r, sz := utf8.DecodeRuneInString(text[ne:])
		if !unicode.IsLetter(r) {
			break
		}
		ne += sz
	}
	return text[k:ne]
}

func allShortParts(w string) bool {
	for _, p := range strings.Split(w, ".") {
		if utf8.RuneCountInString(p) > 2 {
			return false
		}
	}
	return true
}

func isQuote(r rune) bool {
	return r == '"' || r == '“' || r == '‘' || r == '\'' || r == '«' || r == '('
}

// lowerFollows reports whether the next word after j starts lower-case.
func lowerFollows(text string, j int) bool {
	for j < len(text) && (text[j] == ' ' || text[j] == '\t') {
		j++
	}
	if j >= len(text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[j:])
	return unicode.IsLower(r)
}

// footnoteEnd returns the end of a footnote marker of one to three digits
// in square brackets starting at j ("[1]", "[12]"), or j.
func footnoteEnd(text string, j int) int {
	if j >= len(text) || text[j] != '[' {
		return j
	}
	k := j + 1
	for k < len(text) && k <= j+3 && text[k] >= '0' && text[k] <= '9' {
		k++
	}
	if k == j+1 || k >= len(text) || text[k] != ']' {
		return j
	}
	return k + 1
}
