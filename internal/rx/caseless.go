package rx

import (
	"strings"
	"unicode"
)

// Caseless returns the alternation alt of literal words (runes standing
// for themselves, '|' between the words, bracketed classes of runes that
// fold to no other) with each rune that case folding maps to others
// written as the class of its fold orbit: (?:Caseless(alt)) matches what
// (?i:alt) matches. Go's regexp compares a case-folded literal by calling
// unicode.SimpleFold along the literal's orbit at each rune of the text it
// fails on, a class by its ranges: the alternations of month and weekday
// names, tried at every date, cost a third as much so. It panics on any
// other syntax in alt.
func Caseless(alt string) string {
	var b strings.Builder
	in := false // inside a bracketed class
	for _, r := range alt {
		switch {
		case r == '[' && !in, r == ']' && in:
			in = !in
			b.WriteRune(r)
			continue
		case r == '|' && !in:
			b.WriteRune(r)
			continue
		case strings.ContainsRune(`\.+*?()[]{}^$|-`, r):
			panic("rx: Caseless of an alternation with other syntax: " + alt)
		}
		f := unicode.SimpleFold(r)
		if f == r {
			b.WriteRune(r)
			continue
		}
		if in {
			panic("rx: Caseless of a class holding a rune with a case fold: " + alt)
		}
		b.WriteByte('[')
		b.WriteRune(r)
		for ; f != r; f = unicode.SimpleFold(f) {
			b.WriteRune(f)
		}
		b.WriteByte(']')
	}
	if in {
		panic("rx: Caseless of an unclosed class: " + alt)
	}
	return b.String()
}
