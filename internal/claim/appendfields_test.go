package claim

import (
	"slices"
	"strings"
	"testing"
)

// fieldsSamples are texts of ASCII, white space of every kind and runes
// outside ASCII, white space among them.
var fieldsSamples = []string{
	"", " ", "a", "a  b", "\ta\vb ", "a\u00a0b", "a\u2003b", "Минобороны РФ", "a\xffb", "one two three four five six seven eight nine",
	"\tfour\nthousand\v\f\rworkers ", "a «b» c", "ab\x85cd", "\xffab", "ab \xe2\x80", "  1,500 North Koreans  ",
}

// TestAppendFields: appendFields(nil, s) holds the words of strings.Fields(s),
// after what the slice held, for the samples and for every byte at every
// place of texts of 1 to 12 bytes.
func TestAppendFields(t *testing.T) {
	for _, s := range fieldsSamples {
		checkAppendFields(t, s)
	}
	eachByteAt(12, []string{"a", " ", "a b", "ab\t"}, func(s string, _ byte) { checkAppendFields(t, s) })
}

func checkAppendFields(t *testing.T, s string) {
	t.Helper()
	var buf [2]string
	got := appendFields(append(buf[:0], "x"), s)
	if want := append([]string{"x"}, strings.Fields(s)...); !slices.Equal(got, want) {
		t.Fatalf("appendFields(%q) = %q, want %q", s, got, want)
	}
}

func FuzzAppendFields(f *testing.F) {
	for _, s := range fieldsSamples {
		f.Add(s)
	}
	f.Fuzz(checkAppendFields)
}
