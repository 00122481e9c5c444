package sentence

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// refEndsSentence is endsSentence as it was before its ASCII paths
// (wordByte, isAbbrev, letterRun): rune by rune, strings.ToLower.
func refEndsSentence(text string, start, dot, after int) bool {
	// the word before the period
	ws := dot
	for ws > start && dot-ws < maxWord {
		r, sz := utf8.DecodeLastRuneInString(text[:ws])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.' || r == '-' {
			ws -= sz
			continue
		}
		break
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
	nr, _ := utf8.DecodeRuneInString(text[k:])
	ne := k
	for ne < len(text) {
		r, sz := utf8.DecodeRuneInString(text[ne:])
		if !unicode.IsLetter(r) {
			break
		}
		ne += sz
	}
	next := text[k:ne]
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
	lw := strings.ToLower(word)
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
			if abbrev[lw] {
				return false
			}
			return starters[next]
		}
	}
	if abbrev[lw] {
		// "No. 5", "Feb. 14", "Mr. Kim": continue
		return false
	}
	return unicode.IsUpper(nr) || unicode.IsDigit(nr) || isQuote(nr) || !unicode.IsLetter(nr)
}

// refTrimSpan is trimSpan rune by rune.
func refTrimSpan(text string, a, b int) Span {
	for b > a {
		r, sz := utf8.DecodeLastRuneInString(text[a:b])
		if !unicode.IsSpace(r) {
			break
		}
		b -= sz
	}
	return Span{a, b}
}

var endsCases = []string{
	"The U.S. envoy said so. The end.", "N. Korea sent workers. He said.", "Mr. Kim and Dr. Lee met.",
	"On Feb. 14 they met. In March.", "at 5 p.m. The talks", "e.g. This", "i.e. that", "No. 5 was",
	"It was Ltd. The firm", "ENDED. Then", "Élan. Über", "ÉTAT. Next", "a.b.c. The", "U.S.A. Today",
	"\u212Ao. Next", "Approx. 5", "APPROX. Then", "approximately. Then", "word.\u00a0Next", "x.\tY",
	"end.\nNext", "end. ", "end.", "stop.\" Next", "stop.) the", "1.5. Then", "re-run. Then", "дом. Дом",
	"\xff. Bad", "a\xff. B", strings.Repeat("a", 70) + ". Then", strings.Repeat("a.", 40) + " Then",
	"St. Louis", "ST. LOUIS", "Thurs. The", "etc. «Quote", "vol. (2)", "Inc. 2024", "İnc. The",
}

// sameEnds fails t where endsSentence or trimSpan differ from their
// references at some period, start and end of s.
func sameEnds(t *testing.T, s string) {
	for dot := 0; dot < len(s); dot++ {
		if s[dot] != '.' {
			continue
		}
		for _, start := range []int{0, dot / 2, dot} {
			for after := dot + 1; after <= len(s) && after <= dot+3; after++ {
				if got, want := endsSentence(s, start, dot, after), refEndsSentence(s, start, dot, after); got != want {
					t.Fatalf("endsSentence(%q, %d, %d, %d) = %v, want %v", s, start, dot, after, got, want)
				}
			}
		}
	}
	for a := 0; a <= len(s) && a < 4; a++ {
		for b := a; b <= len(s); b++ {
			if got, want := trimSpan(s, a, b), refTrimSpan(s, a, b); got != want {
				t.Fatalf("trimSpan(%q, %d, %d) = %v, want %v", s, a, b, got, want)
			}
		}
	}
}

func TestEndsSentenceIsRef(t *testing.T) {
	for _, s := range endsCases {
		sameEnds(t, s)
	}
	// the cases must reach both answers and the abbreviation paths
	if !endsSentence("The end. Then", 0, 7, 8) || endsSentence("Mr. Kim", 0, 2, 3) || endsSentence("APPROX. Then", 0, 6, 7) {
		t.Fatal("endsSentence misreads plain cases")
	}
}

func FuzzEndsSentence(f *testing.F) {
	for _, s := range endsCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 300 {
			return
		}
		sameEnds(t, s)
	})
}
