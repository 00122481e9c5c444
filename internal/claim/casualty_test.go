package claim

import (
	"strings"
	"testing"
	"unicode"
)

// casualtyScopeBefore is casualtyScopeOf as it was: every word against
// every casualty word.
func casualtyScopeBefore(near string) string {
	var found []string
	for _, w := range strings.FieldsFunc(near, func(r rune) bool { return !unicode.IsLetter(r) }) {
		for _, cs := range casualtyScopes {
			if (w == cs.word || strings.HasPrefix(w, cs.word) && !casualtyFalseFriends[w]) && !contains(found, cs.scope) {
				found = append(found, cs.scope)
			}
		}
	}
	return strings.Join(found, " or ")
}

// casualtySamples hold every casualty word, inflected, inside others and
// next to false friends.
func casualtySamples() []string {
	out := []string{"", "300 dead", "soldiers killed or wounded", "deadline deaths", "потери погибших и раненых",
		"втрати: загинули, поранені, полонені", "пленум, deadly", "the lost and the losses", "ékilled", "xkilled"}
	for _, cs := range casualtyScopes {
		out = append(out, cs.word, cs.word+"s", "the "+cs.word+"ых и "+cs.word, cs.word[:len(cs.word)-1], "pre"+cs.word)
	}
	return out
}

// TestCasualtyScopeAsBefore: casualtyScopeOf gives what reading every
// word against every casualty word gave, for the samples and their
// pairs in both orders.
func TestCasualtyScopeAsBefore(t *testing.T) {
	ss := casualtySamples()
	var cases []string
	for _, a := range ss {
		for _, b := range ss[:12] {
			cases = append(cases, a+" "+b, b+", "+a)
		}
	}
	if n := agreeing(t, cases, casualtyScopeOf, casualtyScopeBefore); n < 100 {
		t.Fatalf("%d texts give a scope: too few to tell", n)
	}
}

// FuzzCasualtyScope checks casualtyScopeOf against the word-by-word reading.
func FuzzCasualtyScope(f *testing.F) {
	for _, s := range casualtySamples() {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { agreeing(t, []string{s}, casualtyScopeOf, casualtyScopeBefore) })
}
