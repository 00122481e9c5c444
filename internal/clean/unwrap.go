package clean

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-osint/dossier/internal/meta"
	"github.com/dossier-osint/dossier/internal/swar"
)

// Hard-wrap detection limits: the wrap column must lie in this range.
const (
	minWrap = 40
	maxWrap = 100
)

// unwrap re-joins hard-wrapped plain text: when most lines run close to one
// width (40 to 100 columns) and lines followed by another line mostly end
// without sentence punctuation, a line is joined to the next when the next
// line's first word would not have fitted on it (the wrapper broke there).
// Short lines (headlines, header lines, the last line of a paragraph),
// blank lines, bullets and lines starting a dateline, date line or byline
// stay breaks. Other texts are returned unchanged.
func unwrap(lines []string) []string {
	width, ok := wrapWidth(lines)
	if !ok {
		return lines
	}
	out := make([]string, 0, len(lines))
	var cur strings.Builder
	curLen := 0 // runes in the last physical line of cur
	first := true
	flush := func() {
		if cur.Len() > 0 {
			out = append(out, cur.String())
			cur.Reset()
			first = false
		}
	}
	for _, raw := range lines {
		line := strings.TrimSpace(raw)
		if line == "" {
			flush()
			out = append(out, "")
			continue
		}
		if cur.Len() > 0 {
			prev := cur.String()
			if joins(prev, curLen, line, width, first) {
				if strings.HasSuffix(prev, "-") && len(prev) > 1 && isLetterBefore(prev) && startsLower(line) {
					cur.WriteString(line)
				} else {
					cur.WriteByte(' ')
					cur.WriteString(line)
				}
				curLen = utf8.RuneCountInString(line)
				continue
			}
			flush()
		}
		cur.WriteString(line)
		curLen = utf8.RuneCountInString(line)
	}
	flush()
	return out
}

// joins decides whether the physical line before next (of prevLen runes,
// ending the text prev) was broken by the wrapper.
func joins(prev string, prevLen int, next string, width int, first bool) bool {
	if startsBlock(next) || (navLine(prev) && !startsLower(next)) {
		return false
	}
	word := next
	if i := strings.IndexFunc(next, unicode.IsSpace); i > 0 {
		word = next[:i]
	}
	full := prevLen+1+utf8.RuneCountInString(word) > width
	if !full {
		// A break well before the margin ends a paragraph, unless the
		// sentence plainly goes on.
		return prevLen*10 >= width*6 && !endsSentence(prev) && startsLower(next)
	}
	if first && !startsLower(next) && utf8.RuneCountInString(next)*4 >= width*3 {
		// A long headline straight above a full line of the lead.
		return false
	}
	return true
}

// startsBlock reports a line that starts a new block whatever the width:
// bullets, datelines, date lines and bylines.
func startsBlock(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	switch r {
	case '-', '*', '•', '–', '—', '>', '|', '#':
		return true
	}
	if len(s) > 2 && s[0] >= '0' && s[0] <= '9' && (strings.HasPrefix(s[1:], ". ") || strings.HasPrefix(s[1:], ") ")) {
		return true
	}
	if strings.HasPrefix(strings.ToLower(s), "by ") {
		if _, _, ok := meta.Byline(s); ok {
			return true
		}
	}
	if _, ok := meta.FindDateline(s); ok {
		return true
	}
	if _, ok := meta.ParseDateLine(s); ok {
		return true
	}
	return false
}

func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

func isLetterBefore(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:len(s)-1])
	return unicode.IsLetter(r)
}

// lenCap is the line length, in runes, past which wrapWidth need not
// tell lengths apart, unless the width it widens to reaches it: a width
// past maxWrap is refused and a line at most 23/20 of the width widens it.
// Long lines (most paragraphs) are then not counted to the end.
const (
	lenCap   = maxWrap*23/20 + 1
	noLenCap = 1 << 40
)

// cappedRuneCount is min(utf8.RuneCountInString(s), c): a text of 4c bytes
// holds c runes at least, and so does a longer text than c bytes whose
// first c bytes are ASCII (most paragraphs: they are not counted to the
// end).
func cappedRuneCount(s string, c int) int {
	if len(s) >= 4*c || len(s) > c && asciiPrefix(s, c) {
		return c
	}
	return min(utf8.RuneCountInString(s), c)
}

// asciiPrefix reports whether the first n bytes of s (n <= len(s)) are
// ASCII, eight at a time.
func asciiPrefix(s string, n int) bool {
	i := 0
	for ; i+8 <= n; i += 8 {
		if swar.Load64(s, i)&highs != 0 {
			return false
		}
	}
	for ; i < n; i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// wrapWidth estimates the wrap column of hard-wrapped text and reports
// whether the text is hard-wrapped at all.
func wrapWidth(lines []string) (int, bool) { return wrapWidthCapped(lines, lenCap) }

// wrapWidthCapped is wrapWidth reading the lengths of lines up to c runes
// (lenCap or noLenCap) to estimate the width.
func wrapWidthCapped(lines []string, c int) (int, bool) {
	var lens []int
	for _, l := range lines {
		if n := cappedRuneCount(strings.TrimSpace(l), c); n > 0 {
			lens = append(lens, n)
		}
	}
	if len(lens) < 6 {
		return 0, false
	}
	sorted := append([]int(nil), lens...)
	sort.Ints(sorted)
	width := sorted[len(sorted)*95/100]
	if len(sorted) >= 20 {
		width = sorted[len(sorted)*9/10]
	}
	if width < minWrap || width > maxWrap {
		return 0, false
	}
	// The wrap column: the longest line not far beyond the estimate.
	for _, n := range sorted {
		if n > width && n*20 <= width*23 {
			width = n
		}
	}
	if width >= c {
		// lines as long as the cap widened it: their lengths count
		return wrapWidthCapped(lines, noLenCap)
	}
	// Lines close to the width that another line follows: most lines, and
	// mostly not ending a sentence.
	full, open, nonBlank := 0, 0, 0
	for i, l := range lines {
		l = strings.TrimSpace(l)
		if l == "" {
			continue
		}
		nonBlank++
		n := utf8.RuneCountInString(l)
		if n*4 < width*3 || n > width+20 || i+1 >= len(lines) || strings.TrimSpace(lines[i+1]) == "" {
			continue
		}
		full++
		if !endsSentence(l) {
			open++
		}
	}
	if full < 4 || full*10 < nonBlank*4 || open*10 < full*6 {
		return 0, false
	}
	return width, true
}
