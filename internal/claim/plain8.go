package claim

import (
	"encoding/binary"
	"math/bits"
	"slices"
	"unicode/utf8"

	"github.com/dossier-osint/dossier/internal/swar"
)

// Eight bytes at a time: the readers of a paragraph's bytes (appendFold,
// plainRun) step over a word's plain ASCII in one step instead of one
// byte each. A word is short, so the step reads the eight bytes at i and
// takes those before the first byte that ends the run.

const (
	ones8  = swar.Ones
	highs8 = swar.Highs
)

// plainBytes8 is how many of the eight bytes of x, from the first, are
// ASCII above the space ('!' to DEL): no white space, control byte or
// byte of a rune outside ASCII among them. Only the lowest marked byte
// counts: a byte below '!' borrows from the bytes above it, and those
// alone.
func plainBytes8(x uint64) int {
	stops := ((x-ones8*'!')&^x | x) & highs8
	return bits.TrailingZeros64(stops) >> 3
}

// lower8 lowers the ASCII upper-case letters among the bytes of x before
// its first byte outside ASCII (a carry out of that byte reaches only the
// bytes after it).
func lower8(x uint64) uint64 {
	atLeastA := x + ones8*(0x80-'A')
	aboveZ := x + ones8*(0x80-('Z'+1))
	return x | ((atLeastA&^aboveZ)&highs8)>>2
}

// appendPlainFold appends to b, which must be empty, the fold of a
// plain text s and reports whether s is one; for another text it
// returns b as it was, and false. A plain text folds to its lower case
// byte for byte, with positions that are the identity where spanFold
// reads them (so none are written, see spanFold): it is ASCII from the
// space to DEL (no other white space, no control byte), with single
// spaces and none at either end. Eight bytes at a time: none below the
// space or outside ASCII, and no space right after a space (among the
// eight and after the byte before them); each eight stored lowered.
func appendPlainFold(b []byte, s string) ([]byte, bool) {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return b, false
	}
	buf := slices.Grow(b, len(s))[:len(s)]
	const low7 = ones8 * 0x7f
	after := uint64(0) // the high bit of the last byte read: it is a space
	i := 0
	for ; i+8 <= len(s); i += 8 {
		x := swar.Load64(s, i)
		if (x|(x-ones8*' ')&^x)&highs8 != 0 {
			return b, false // a byte below the space or outside ASCII
		}
		sp := x ^ ones8*' '
		spaces := ^((sp + low7) | sp) & highs8 // the high bit of each space
		if spaces&(spaces<<8|after) != 0 {
			return b, false
		}
		after = spaces >> 56
		binary.LittleEndian.PutUint64(buf[i:i+8], lower8(x))
	}
	for ; i < len(s); i++ {
		c := s[i]
		if c < ' ' || c >= utf8.RuneSelf || c == ' ' && s[i-1] == ' ' {
			return b, false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return buf, true
}
