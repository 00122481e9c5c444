package entity

import (
	"strconv"
	"strings"
	"sync"

	"github.com/dossier-osint/dossier/internal/doc"
	"github.com/dossier-osint/dossier/internal/lexicon"
	"github.com/dossier-osint/dossier/internal/rx"
)

var ordinals = map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
	"seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
	"fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
	"twentieth": 20}

const (
	reNum   = `(?:No\.?\s*)?\d{2,4}(?:\s*\(\d{4}\))?`
	reBody  = `(?:(?:UN|U\.N\.|United\s+Nations)\s+)?(?:Security\s+Council\s+|UNSC\s+|General\s+Assembly\s+)?(?:sanctions?\s+)?`
	rePara  = `(?:(?:the\s+)?(?P<ord>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|\d{1,2}(?:st|nd|rd|th))\s+(?:operative\s+)?paragraph\s+of\s+|(?:operative\s+)?paragraphs?\s+(?P<pn>\d{1,2})\s+of\s+)?`
	reAfter = `(?:,?\s*(?:operative\s+)?paragraph\s+(?P<pn2>\d{1,2}))?`
)

var (
	legalRe = rx.MustCompileLazy(`(?i)\b` + rePara + `(?P<body>\b(?:the\s+)?` + reBody +
		`(?:resolutions?|UNSCRs?)\s+(?P<nums>` + reNum + `(?:\s*(?:,|and|&|or|as\s+well\s+as)\s*` + reNum + `)*))` + reAfter)
	numRe = rx.MustCompileLazy(`\d{2,4}(?:\s*\(\d{4}\))?`)
	unCue = rx.MustCompileLazy(`(?i)security\s+council|\bUNSC\b|\bU\.?N\.?\b|united\s+nations|general\s+assembly`)
)

// findLegal finds references to UN resolutions: "Resolution 2397", "UNSC
// resolutions 2321 and 2371" (two references), "the sixth paragraph of
// the Security Council's resolution 2270" (paragraph 6), "paragraph 6 of
// resolution 2270", "resolution 2270 (2016)". A bare "resolution N" counts
// only when the text names the UN or its Security Council somewhere.
//
// stopped, when not nil, is asked between the windows of the search (with
// a count, as finder.stopped is); once it says so the search ends.
func findLegal(text string, stopped func(int) bool) []doc.LegalRef {
	var out []doc.LegalRef
	if !hasFold(text, "resolution") && !strings.Contains(text, "UNSCR") {
		return nil
	}
	docUN := sync.OnceValue(func() bool { return namesUN(text, stopped) }) // asked only for a body naming no UN organ
	for _, m := range legalMatches(text, stopped) {
		get := func(name string) (string, int, int) {
			i := legalRe.SubexpIndex(name)
			if m[2*i] < 0 {
				return "", -1, -1
			}
			return text[m[2*i]:m[2*i+1]], m[2*i], m[2*i+1]
		}
		body, bs, _ := get("body")
		if !unCue.MatchString(body) && !docUN() {
			continue
		}
		prefix := "UNSCR "
		if strings.Contains(lexicon.LowerString(body), "general") {
			prefix = "UNGA "
		}
		para := 0
		if o, _, _ := get("ord"); o != "" {
			o = lexicon.LowerString(o)
			if n, ok := ordinals[o]; ok {
				para = n
			} else {
				para, _ = strconv.Atoi(strings.TrimRight(o, "stndrh"))
			}
		}
		if p, _, _ := get("pn"); p != "" {
			para, _ = strconv.Atoi(p)
		}
		if p, _, _ := get("pn2"); p != "" {
			para, _ = strconv.Atoi(p)
		}
		_, ns, ne := get("nums")
		start := m[0]
		if para == 0 {
			start = bs
			// leave out a leading "the "
			if len(text)-start >= 4 && strings.EqualFold(text[start:start+4], "the ") {
				start += 4
			}
		}
		for k, loc := range numRe.FindAllStringIndex(text[ns:ne], -1) {
			numText := text[ns+loc[0] : ns+loc[1]]
			if j := strings.IndexByte(numText, '('); j >= 0 {
				numText = strings.TrimSpace(numText[:j])
			}
			n, err := strconv.Atoi(numText)
			if err != nil || n < 1 || n > 3999 {
				continue
			}
			s, e := ns+loc[0], ns+loc[1]
			if k == 0 {
				s = start
				if para > 0 {
					e = max(e, m[1])
				}
			}
			out = append(out, doc.LegalRef{Start: s, End: e, Text: text[s:e], Instrument: prefix + strconv.Itoa(n), Paragraph: para})
		}
	}
	return out
}

// legalMatches returns what legalRe.FindAllStringSubmatchIndex(text, -1)
// returns, running the pattern only on windows around the cue words
// ("resolution", "UNSCR" in any case), so its cost follows the cues, not
// the text: every match holds one cue, has at most legalBackChunks chunks
// separated by white space up to its cue, and after the cue only bytes of
// legalTail. A window starts at a chunk start after white space (the
// pattern's leading \b reads there as on the whole text) and ends at the
// first byte after the cue that no match can hold.
func legalMatches(text string, stopped func(int) bool) [][]int {
	if strings.Contains(text, "\u017f") {
		// (?i) matches the long s 'ſ' for 's': the cue search would miss
		// "reſolution"
		return legalRe.FindAllStringSubmatchIndex(text, -1)
	}
	var out [][]int
	prev := 0 // end of the last match: the next one starts at or after it
	for from, n := 0, 1; ; n++ {
		c, cl := nextLegalCue(text, from)
		if c < 0 || stopped != nil && stopped(n<<6) { // the context checked every 64 cues
			return out
		}
		from = c + 1
		if !numberAfterCue(text, c+cl) {
			continue // no match holds this cue (the pattern has it once, before the numbers)
		}
		ws := legalWindowStart(text, c, prev)
		if ws > c {
			continue // the cue is inside a word that started in the last match
		}
		we := c + cl
		for we < len(text) && legalTail[text[we]] {
			we++
		}
		m := legalRe.FindStringSubmatchIndex(text[ws:we])
		if m == nil {
			continue
		}
		for k := range m {
			if m[k] >= 0 {
				m[k] += ws
			}
		}
		out = append(out, m)
		prev = m[1]
		from = max(from, prev)
	}
}

// numberAfterCue reports whether the text at k, right after a cue word,
// goes on as every match of legalRe goes on after its cue: an optional
// plural s, white space, then a digit or "No" in any case. A text holding
// the long s 'ſ' is never asked (legalMatches reads it whole).
func numberAfterCue(text string, k int) bool {
	if k < len(text) && text[k]|0x20 == 's' {
		k++
	}
	if k >= len(text) || !isRESpace(text[k]) {
		return false
	}
	for k < len(text) && isRESpace(text[k]) {
		k++
	}
	return k < len(text) && (text[k] >= '0' && text[k] <= '9' || k+1 < len(text) && text[k]|0x20 == 'n' && text[k+1]|0x20 == 'o')
}

// namesUN is unCue.MatchString(text), read by hand in one pass: the
// pattern's alternatives tried at each byte where one can start, so a text
// of many megabytes costs one scan, not the regexp machine's, and stopped
// is asked every 64 KB (when it says so, namesUN says false: the caller
// stops too). A text holding the long s 'ſ', which (?i) reads as 's', is
// left to the regexp.
func namesUN(text string, stopped func(int) bool) bool {
	if strings.Contains(text, "\u017f") {
		return unCue.MatchString(text)
	}
	for i := 0; i < len(text); i++ {
		if i&0xffff == 0 && stopped != nil && stopped(0) {
			return false
		}
		switch text[i] | 0x20 {
		case 's':
			if foldAt(text, i, "security") && spacedFoldAt(text, i+8, "council") {
				return true
			}
		case 'g':
			if foldAt(text, i, "general") && spacedFoldAt(text, i+7, "assembly") {
				return true
			}
		case 'u':
			if foldAt(text, i, "united") && spacedFoldAt(text, i+6, "nations") {
				return true
			}
			if i > 0 && isASCIIWordByte(text[i-1]) {
				continue // \bUNSC\b and \bU\.?N\.?\b start at a word boundary
			}
			if foldAt(text, i, "unsc") && (i+4 == len(text) || !isASCIIWordByte(text[i+4])) {
				return true
			}
			// U, an optional dot, N, then a boundary: after "N." the pattern
			// ends before the dot, so any byte but a word byte will do
			k := i + 1
			if k < len(text) && text[k] == '.' {
				k++
			}
			if k < len(text) && text[k]|0x20 == 'n' && (k+1 == len(text) || !isASCIIWordByte(text[k+1])) {
				return true
			}
		}
	}
	return false
}

// foldAt reports whether text at i starts with the lower-case ASCII word w
// in any case.
func foldAt(text string, i int, w string) bool {
	if len(text)-i < len(w) {
		return false
	}
	for k := 0; k < len(w); k++ {
		if text[i+k]|0x20 != w[k] {
			return false
		}
	}
	return true
}

// spacedFoldAt reports white space at i (the pattern's \s+) followed by w
// in any case.
func spacedFoldAt(text string, i int, w string) bool {
	if i >= len(text) || !isRESpace(text[i]) {
		return false
	}
	for i < len(text) && isRESpace(text[i]) {
		i++
	}
	return foldAt(text, i, w)
}

// legalBackChunks is the most white-space separated chunks a match can
// have before its cue word: "the twentieth operative paragraph of the
// United Nations Security Council sanctions" and the chunk of the cue.
const legalBackChunks = 12

// legalTail holds the bytes a match can have after its cue word: white
// space, digits, the signs of number lists and the letters of "s", "No",
// "and", "or", "as well as", "operative paragraph" in either case.
var legalTail = func() (t [256]bool) {
	for _, c := range []byte("\t\n\f\r 0123456789(),.&") {
		t[c] = true
	}
	for _, c := range []byte("adeghilnoprstvw") {
		t[c], t[c-'a'+'A'] = true, true
	}
	return t
}()

// nextLegalCue returns the first offset at or after from where
// "resolution" or "unscr" is written in any ASCII case, and its length;
// -1 when none is.
func nextLegalCue(text string, from int) (int, int) {
	for i := from; i < len(text); i++ {
		switch text[i] | 0x20 {
		case 'r':
			if len(text)-i >= 10 && strings.EqualFold(text[i:i+10], "resolution") {
				return i, 10
			}
		case 'u':
			if len(text)-i >= 5 && strings.EqualFold(text[i:i+5], "unscr") {
				return i, 5
			}
		}
	}
	return -1, 0
}

// legalWindowStart backs up from the cue at c over legalBackChunks chunks
// separated by the pattern's white space, not before prev; at prev inside
// a word it moves on to the word's end (the pattern starts at a word
// boundary, and the whole-text search reads the byte before prev).
func legalWindowStart(text string, c, prev int) int {
	i := c
	for n := 0; ; n++ {
		for i > prev && !isRESpace(text[i-1]) {
			i-- // back over a chunk
		}
		if n == legalBackChunks-1 || i <= prev {
			break
		}
		for i > prev && isRESpace(text[i-1]) {
			i-- // and the white space before it
		}
	}
	if i == prev {
		for i > 0 && i < len(text) && isASCIIWordByte(text[i-1]) && isASCIIWordByte(text[i]) {
			i++
		}
	}
	return i
}

// isRESpace is the pattern's \s: ASCII white space.
func isRESpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' }

// isASCIIWordByte is a byte \b counts as a word character.
func isASCIIWordByte(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_'
}

// hasFold reports whether text contains the lower-case ASCII word w in any
// case, without allocating a lower-cased copy.
// A window of len(w) bytes holding a rune above ASCII has fewer runes than
// w, so strings.EqualFold would turn it down: the comparison is the ASCII
// one, tried where the window's last byte allows (Horspool's search: the
// window moves on by how far that byte, in either case, is from w's end).
func hasFold(text, w string) bool {
	if len(w) < 2 {
		return len(w) == 0 || strings.IndexByte(text, w[0]) >= 0 || strings.IndexByte(text, asciiUpper(w[0])) >= 0
	}
	var shift [256]uint8
	m := len(w)
	if m > 255 {
		m = 255 // no shift past 255: longer words are checked in full anyway
	}
	for c := range shift {
		shift[c] = uint8(m)
	}
	for k := len(w) - m; k < len(w)-1; k++ {
		shift[w[k]] = uint8(len(w) - 1 - k)
		shift[asciiUpper(w[k])] = uint8(len(w) - 1 - k)
	}
	last := w[len(w)-1]
	for i := 0; i+len(w) <= len(text); {
		c := text[i+len(w)-1]
		if asciiLower(c) == last && asciiFoldIs(text[i:i+len(w)], w) {
			return true
		}
		i += int(shift[c])
	}
	return false
}

func asciiUpper(c byte) byte {
	if c >= 'a' && c <= 'z' {
		return c - ('a' - 'A')
	}
	return c
}
