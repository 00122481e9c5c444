package claim

import (
	"strings"
	"testing"
)

// TestAppendFields: appendFields(nil, s) holds the words of strings.Fields(s),
// after what the slice held.
func TestAppendFields(t *testing.T) {
	for _, s := range []string{"", " ", "a", "a  b", "\ta\vb ", "a\u00a0b", "a\u2003b", "Минобороны РФ", "a\xffb", "one two three four five six seven eight nine"} {
		var buf [2]string
		got := appendFields(append(buf[:0], "x"), s)
		want := append([]string{"x"}, strings.Fields(s)...)
		if strings.Join(got, "|") != strings.Join(want, "|") || len(got) != len(want) {
			t.Errorf("appendFields(%q) = %q, want %q", s, got, want)
		}
	}
}
