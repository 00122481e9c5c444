package entity

import (
	"reflect"
	"strings"
	"testing"

	tk "github.com/dossier-osint/dossier/internal/token"
)

// refSplitCompounds is splitCompounds as it was before the split was
// made in place: every token copied into a new array, a split word's
// parts (compoundParts, as they were made) in its place, the words that
// split asked of the tokens as they were.
func refSplitCompounds(toks []token) []token {
	var out []token
	for i, t := range toks {
		if !splitsCompound(toks, i) {
			out = append(out, t)
			continue
		}
		parts := compoundParts(&t)
		out = append(out, parts[:]...)
	}
	return out
}

// TestSplitCompoundsInPlace: the tokens split in the finder's own array
// (room for every atom), in an array with no room and in one with room
// for some of the parts only are the reference's, and a text with no
// compound keeps its tokens and array. The texts hold compounds first,
// last, side by side, after a listed word that makes a phrase of them,
// and many in one text.
func TestSplitCompoundsInPlace(t *testing.T) {
	load()
	texts := tokenTexts(t, "Korea-Russia talks", "talks of AFP-Yonhap", "Korea-Russia Japan-China Russia-Ukraine",
		"South Korea-Japan ties", "US-China, Korea-Russia, EFE-EPA and Seoul-Tokyo; Moscow-Kyiv.",
		strings.Repeat("Korea-Russia ", 40), "Sino-Korean, Washington-based, Kim Jong-un")
	split := 0
	for _, text := range texts {
		toks := tokensUntil(nil, tk.New(text), nil)
		want := refSplitCompounds(toks)
		if len(want) > len(toks) {
			split++
		}
		for _, room := range []int{0, (len(want) - len(toks)) / 2, len(want) - len(toks), 64} {
			in := make([]token, len(toks), len(toks)+room)
			copy(in, toks)
			got := splitCompoundsInPlace(text, in)
			if !sameTokens(got, want) {
				t.Fatalf("%.40q, room %d: %d tokens, the reference %d", text, room, len(got), len(want))
			}
			if len(want) == len(toks) && len(toks) > 0 && &got[0] != &in[0] {
				t.Fatalf("%.40q: no compound, yet a new array", text)
			}
		}
		if got := splitCompounds(text, toks); !sameTokens(got, want) || !sameTokens(toks, tokensUntil(nil, tk.New(text), nil)) {
			t.Fatalf("%.40q: splitCompounds differs from the reference or wrote its argument", text)
		}
	}
	if split < 5 {
		t.Fatalf("only %d texts split a compound: the cases do not test the split", split)
	}
}

// sameTokens reports whether a and b hold the same tokens (an empty
// slice and nil alike).
func sameTokens(a, b []token) bool {
	return len(a) == len(b) && (len(a) == 0 || reflect.DeepEqual(a, b))
}
