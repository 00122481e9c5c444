package token

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// plainGapsRef is PlainGaps read off the text: no invalid byte and no
// U+0085 between the tokens (an invalid byte is always between them).
func plainGapsRef(s *Stream) bool {
	prev := 0
	for _, t := range s.Toks {
		if gap := s.Text[prev:t.Start]; !utf8.ValidString(gap) || strings.ContainsRune(gap, '\u0085') {
			return false
		}
		prev = int(t.End)
	}
	gap := s.Text[prev:]
	return utf8.ValidString(gap) && !strings.ContainsRune(gap, '\u0085')
}

// checkPlainGaps fails t where PlainGaps differs from plainGapsRef on
// text, or where a plain stream's Newline flags are not the line breaks
// ("\n", U+2028, U+2029) of the gaps after the first token.
func checkPlainGaps(t *testing.T, text string) {
	t.Helper()
	s := New(text)
	if got, want := s.PlainGaps(), plainGapsRef(s); got != want {
		t.Fatalf("%q: PlainGaps %v, want %v", text, got, want)
	}
	if !s.PlainGaps() {
		return
	}
	for i := 1; i < len(s.Toks); i++ {
		gap := text[s.Toks[i-1].End:s.Toks[i].Start]
		want := strings.ContainsAny(gap, "\n\u2028\u2029")
		if got := s.Toks[i].Has(Newline); got != want {
			t.Fatalf("%q: token %d (%q) Newline %v, its gap %q", text, i, s.Str(i), got, gap)
		}
	}
}

func TestPlainGaps(t *testing.T) {
	for _, c := range []struct {
		text  string
		plain bool
	}{
		{"", true},
		{"two ships\ndocked", true},
		{"line\u2028sep\u2029para\u00a0nbsp\u3000wide", true},
		{"next\u0085line", false},
		{"bad \xff byte", false},
		{"\xffstart", false},
		{"cut \xe2\x80", false},
		{"U+FFFD \ufffd is a sign", true},
		{"after a reused stream", true},
	} {
		s := New(c.text)
		if got := s.PlainGaps(); got != c.plain {
			t.Errorf("%q: PlainGaps %v, want %v", c.text, got, c.plain)
		}
		checkPlainGaps(t, c.text)
	}
	// Reset clears what the text before left
	s := New("bad \xff byte")
	s.Reset("good text")
	if !s.PlainGaps() {
		t.Error("PlainGaps false after Reset with a plain text")
	}
}

func FuzzPlainGaps(f *testing.F) {
	for _, s := range []string{"a\nb", "a\u0085b", "a \xff b", "x\u2028y", " \t\r\n"} {
		f.Add(s)
	}
	f.Fuzz(checkPlainGaps)
}
