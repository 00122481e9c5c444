package rx

import (
	"slices"
	"unicode"
)

// FoldedKeys returns the words in every way a text lowered as
// strings.ToLower lowers it reads where a case-folded match of the word
// stands, as (?i) in a pattern folds it: each rune in the lower case of
// each rune of its fold orbit (unicode.SimpleFold). Most runes fold with
// their upper case only, which lowers to the rune itself, but "s" also
// takes "ſ", which stays "ſ" lowered, and several Cyrillic letters take
// an old form of theirs ("д" takes U+1C81). So when no key of the
// returned set is in the lowered text, no (?i) match of a word is in the
// text, and the pattern need not be run. The words are lower case.
func FoldedKeys(words ...string) []string {
	var keys []string
	for _, w := range words {
		forms := []string{""}
		for _, r := range w {
			var lows []rune
			r0 := r
			for {
				if l := unicode.ToLower(r); !slices.Contains(lows, l) {
					lows = append(lows, l)
				}
				if r = unicode.SimpleFold(r); r == r0 {
					break
				}
			}
			var next []string
			for _, f := range forms {
				for _, l := range lows {
					next = append(next, f+string(l))
				}
			}
			forms = next
		}
		keys = append(keys, forms...)
	}
	return keys
}
