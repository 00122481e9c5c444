package token

import (
	"sync/atomic"
	"unicode"
)

// A rune's class: the unicode properties the tokenizer asks of it, as
// bits of one byte, so that a word's flags are the OR of its runes'
// classes and one table read answers all of a rune's questions.
const (
	cLetter   uint8 = 1 << iota // unicode.IsLetter
	cNotUpper                   // a letter, not unicode.IsUpper
	cFolds                      // a letter whose folded form differs (ToLower(r) != r, "ё", "ʼ")
	cNotLatin                   // a letter not of the Latin script
	cNotCyr                     // a letter not of the Cyrillic script
	cMark                       // unicode.Mn (a nonspacing mark)
	cSpace                      // unicode.IsSpace
	cDigit                      // unicode.IsDigit
)

// classOf is a rune's class by the unicode package: the definition the
// tables below are filled from.
func classOf(r rune) uint8 {
	switch {
	case unicode.IsLetter(r):
		c := cLetter
		if !unicode.IsUpper(r) {
			c |= cNotUpper
		}
		if unicode.ToLower(r) != r || r == 'ё' || r == 'ʼ' {
			c |= cFolds
		}
		if !unicode.Is(unicode.Latin, r) {
			c |= cNotLatin
		}
		if !unicode.Is(unicode.Cyrillic, r) {
			c |= cNotCyr
		}
		return c
	case unicode.Is(unicode.Mn, r):
		return cMark
	case unicode.IsSpace(r):
		return cSpace
	case unicode.IsDigit(r):
		return cDigit
	}
	return 0
}

// asciiClass is classOf of each ASCII byte (0 for the others).
var asciiClass = func() (t [256]uint8) {
	for c := range 128 {
		t[c] = classOf(rune(c))
	}
	return t
}()

// bmpBlocks holds classOf of the Basic Multilingual Plane in blocks of 256
// runes, each filled at its first use: a text needs a few (Latin-1, Latin
// Extended, Cyrillic, punctuation), and filling all 256 at start would
// cost more than most runs read.
var bmpBlocks [256]atomic.Pointer[[256]uint8]

// runeClass is classOf(r) from the tables.
func runeClass(r rune) uint8 {
	if uint32(r) >= 0x10000 {
		return classOf(r)
	}
	b := bmpBlocks[uint32(r)>>8].Load()
	if b == nil {
		b = fillBlock(uint32(r) >> 8)
	}
	return b[uint8(r)]
}

// IsMark reports whether r is a nonspacing mark (unicode.Mn), from the
// tokenizer's tables.
func IsMark(r rune) bool { return runeClass(r) == cMark }

// fillBlock files the classes of block hi (runes hi<<8 to hi<<8+255).
// Goroutines that race here make the same block; one is kept.
func fillBlock(hi uint32) *[256]uint8 {
	b := new([256]uint8)
	for k := range b {
		b[k] = classOf(rune(hi<<8 | uint32(k)))
	}
	bmpBlocks[hi].CompareAndSwap(nil, b)
	return bmpBlocks[hi].Load()
}
