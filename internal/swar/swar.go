// Package swar holds what the hot loops of the annotators share to read
// text eight bytes at a time (SIMD within a register): the little-endian
// load of eight bytes of a string or byte slice, which the compiler makes
// one 64-bit load (a conversion of the string to a byte slice would copy
// it first), and the two masks their byte tests are built from. Each
// package keeps its own tests of the bytes it looks for; what they read
// and the masks are here.
package swar

const (
	Ones  = 0x0101010101010101 // 0x01 in every byte: Ones*c repeats byte c
	Highs = 0x8080808080808080 // every byte's high bit, where the tests mark bytes
)

// Load64 is the eight bytes of s from i, the first in the low byte
// (i+8 <= len(s)): one bounds test, then one load.
func Load64[S ~string | ~[]byte](s S, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}
