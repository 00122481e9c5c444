package claim

import (
	"strings"
	"testing"
)

// TestJoinFields: joinFields is strings.Join(strings.Fields(s), " ").
func TestJoinFields(t *testing.T) {
	for _, s := range []string{"", " ", "a", "a b", " a b", "a b ", "a  b", "a\tb", "a\vb", "a\u00a0b", "a\u0085b", "a\u2003b", "ab cd ef",
		"officials in Seoul", "Минобороны РФ", "a\xffb", "a \xff b"} {
		if got, want := joinFields(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("joinFields(%q) = %q, want %q", s, got, want)
		}
	}
}

func FuzzJoinFields(f *testing.F) {
	f.Add("officials in  Seoul ")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := joinFields(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Fatalf("joinFields(%q) = %q, want %q", s, got, want)
		}
	})
}

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
