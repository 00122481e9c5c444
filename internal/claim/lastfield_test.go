package claim

import (
	"strings"
	"testing"
)

// fieldsLast is the last of strings.Fields(s), as lastField must be.
func fieldsLast(s string) string {
	ws := strings.Fields(s)
	if len(ws) == 0 {
		return ""
	}
	return ws[len(ws)-1]
}

func TestLastFieldIsFieldsLast(t *testing.T) {
	for _, s := range []string{"", " ", "a", " a ", "North Korean workers", "workers\u00a0", "x\u00a0y", "x\u2003y\u3000",
		"a\tb\nc\r\n", "Работники из КНДР", "x\xffy z\xff", "\u0085x", "trailing  "} {
		if got, want := lastField(s), fieldsLast(s); got != want {
			t.Errorf("lastField(%q) = %q, want %q", s, got, want)
		}
	}
}

func FuzzLastField(f *testing.F) {
	f.Add("North Korean workers")
	f.Add("x\u00a0y\u3000")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := lastField(s), fieldsLast(s); got != want {
			t.Errorf("lastField(%q) = %q, want %q", s, got, want)
		}
	})
}
