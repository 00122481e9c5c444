package lexicon

import "strings"

// WordSet returns the set of the words of s, parted by spaces, tabs and
// line breaks: the word lists written in Go source as raw strings, read
// at start-up by the annotators (filed in a map with room for all, sized
// by wordRoom; strings.Fields would first make a slice of them). Another white space (a carriage return, U+00A0) is part
// of a word, as no list writes one.
func WordSet(s string) map[string]bool {
	m := make(map[string]bool, wordRoom(s))
	for start, i := -1, 0; i <= len(s); i++ {
		switch {
		case i == len(s) || isWordGap(s[i]):
			if start >= 0 {
				m[s[start:i]] = true
				start = -1
			}
		case start < 0:
			start = i
		}
	}
	return m
}

// isWordGap reports the bytes that part the words of WordSet: space, tab,
// line break (ASCII, so a byte of no other rune).
func isWordGap(c byte) bool { return c == ' ' || c == '\n' || c == '\t' }

// wordRoom is at least the number of words of s as WordSet parts them:
// one more than its gap bytes, counted by strings.Count (a vector loop),
// not byte by byte (a list is written with a gap between two words, so
// it is about the number).
func wordRoom(s string) int {
	return strings.Count(s, " ") + strings.Count(s, "\n") + strings.Count(s, "\t") + 1
}
