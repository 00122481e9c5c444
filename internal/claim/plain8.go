package claim

import (
	"math/bits"

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
