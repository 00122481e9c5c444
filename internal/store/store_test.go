package store

import (
	"testing"

	"github.com/dossier-osint/dossier/internal/doc"
)

func TestMatchKey(t *testing.T) {
	a := doc.Claim{Start: 3, End: 9, Indicator: "entries", Text: "x", SaidBy: "a"}
	b := doc.Claim{Start: 3, End: 9, Indicator: "entries", Text: "y", SaidBy: "b", Value: doc.Exact(4)}
	c := doc.Claim{Start: 3, End: 9, Indicator: "exits"}
	if MatchKey(a) != MatchKey(b) {
		t.Errorf("same span and indicator, keys differ: %q %q", MatchKey(a), MatchKey(b))
	}
	if MatchKey(a) == MatchKey(c) {
		t.Errorf("other indicator, same key %q", MatchKey(a))
	}
}
