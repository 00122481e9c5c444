package store

import (
	"reflect"
	"testing"

	"github.com/dossier-osint/dossier/internal/doc"
)

func TestSplitSnippet(t *testing.T) {
	cases := []struct {
		in   string
		want []SnippetPart
	}{
		{"plain", []SnippetPart{{"plain", false}}},
		{"a \x02b\x03 c", []SnippetPart{{"a ", false}, {"b", true}, {" c", false}}},
		{"\x02x\x03\x02y\x03", []SnippetPart{{"x", true}, {"y", true}}},
		{"open \x02end", []SnippetPart{{"open ", false}, {"end", true}}},
		{"stray \x03 close", []SnippetPart{{"stray  close", false}}},
		{"", nil},
	}
	for _, c := range cases {
		if got := SplitSnippet(c.in); !reflect.DeepEqual(got, c.want) {
			t.Errorf("SplitSnippet(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

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
