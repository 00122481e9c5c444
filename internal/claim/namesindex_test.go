package claim

import (
	"testing"

	"github.com/dossier-osint/dossier/internal/doc"
)

// A name, variant or acronym two entities share is the first entity's;
// an organisation's last word names it only when no other ends in it.
func TestNamesIndexFirstEntityWins(t *testing.T) {
	ann := &doc.Annotations{Entities: []doc.Entity{
		{Key: "ORG:first", Name: "Northern Shipping Company", Type: doc.ORG, Variants: []string{"Northern Shipping", "Shipping"}},
		{Key: "ORG:second", Name: "Norwegian Steel Consortium", Type: doc.ORG, Variants: []string{"Shipping", "NSC Group"}},
		{Key: "ORG:third", Name: "Baltic Trade Company", Type: doc.ORG},
		{Key: "ORG:fourth", Name: "Steel Consortium", Type: doc.ORG},
	}}
	n := newNames(ann)
	cases := []struct {
		text, want string
		ok         bool
	}{
		{"Shipping", "Northern Shipping Company", true},   // a variant of both: the first's
		{"NSC", "Northern Shipping Company", true},        // initials of both
		{"NSC Group", "Norwegian Steel Consortium", true}, // the second's own
		{"Company", "", false},                            // the last word of two
	}
	for _, c := range cases {
		got, ok := n.lookup(c.text)
		if ok != c.ok || got != c.want && c.ok {
			t.Errorf("lookup(%q) = %q, %v; want %q, %v", c.text, got, ok, c.want, c.ok)
		}
	}
	if got := n.byLastWord("Consortium"); got != "" {
		t.Errorf("byLastWord(Consortium) = %q: two names end in it", got)
	}
}
