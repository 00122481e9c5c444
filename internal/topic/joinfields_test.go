package topic

import (
	"strings"
	"testing"
)

// TestJoinFields: JoinFields is strings.Join(strings.Fields(s), " ").
func TestJoinFields(t *testing.T) {
	for _, s := range []string{"", " ", "a", "a b", " a b", "a b ", "a  b", "a\tb", "a\vb", "a\u00a0b", "a\u0085b", "a\u2003b", "ab cd ef",
		"officials in Seoul", "Минобороны РФ", "a\xffb", "a \xff b"} {
		if got, want := JoinFields(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("JoinFields(%q) = %q, want %q", s, got, want)
		}
	}
}

func FuzzJoinFields(f *testing.F) {
	f.Add("officials in  Seoul ")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := JoinFields(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Fatalf("JoinFields(%q) = %q, want %q", s, got, want)
		}
	})
}
