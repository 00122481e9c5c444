package lexicon

import (
	"encoding/binary"
	"math/bits"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/dossier-osint/dossier/internal/swar"
)

// LowerRune is unicode.ToLower, off a table below U+2200 (Latin, Greek,
// Cyrillic, general punctuation, letterlike symbols): the one lowering of
// runes that Fold, LowerString and the annotators share.
func LowerRune(r rune) rune {
	if r >= 0 && r < rune(len(lowerTable)) {
		return rune(lowerTable[r])
	}
	return unicode.ToLower(r)
}

// lowerTable (lower_table.go) holds unicode.ToLower of the runes below
// U+2200 (each in the Basic Multilingual Plane: Ⱥ U+023A lowers to
// U+2C65), written out by TestLowerTable so that it is data in the binary,
// not 8,704 calls of unicode.ToLower at every start.
//
//go:generate go test -run TestLowerTable -update .

const (
	ones  = 0x0101010101010101
	highs = 0x8080808080808080
)

// LowerString is strings.ToLower(s): s itself when it is ASCII without an
// upper-case letter, else ASCII lowered eight bytes at a time and other
// runes by LowerRune (strings.ToLower writes ASCII byte by byte through a
// Builder and maps any text holding another rune with unicode.ToLower).
// An invalid byte becomes U+FFFD, as there.
func LowerString(s string) string {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		if x := swar.Load64(s, i); x&highs != 0 || upper8(x) != 0 {
			break
		}
	}
	for i < len(s) && s[i] < utf8.RuneSelf && (s[i] < 'A' || s[i] > 'Z') {
		i++
	}
	if i == len(s) {
		return s
	}
	b := make([]byte, i, len(s)+8)
	copy(b, s[:i])
	b = AppendLower(b, s[i:])
	return unsafe.String(unsafe.SliceData(b), len(b)) // b is not written again
}

// AppendLower appends strings.ToLower(s) to b (LowerString's lowering,
// for a caller that builds one string of several) in one pass: ASCII
// eight bytes at a time (the bytes of a block before its first non-ASCII
// one too), other runes by LowerRune, an invalid byte as U+FFFD. It
// writes nothing of b before len(b); of b's room after the result, up to
// seven bytes may be written.
func AppendLower(b []byte, s string) []byte {
	i := 0
	for i < len(s) {
		for i+8 <= len(s) {
			x := swar.Load64(s, i)
			h := x & highs
			if h == 0 {
				b = binary.LittleEndian.AppendUint64(b, x|upper8(x))
				i += 8
				continue
			}
			// the bytes before the first non-ASCII one, which are ASCII
			// (upper8 reads them alone: the mask keeps no high bit)
			n := bits.TrailingZeros64(h) >> 3
			if x &= h&-h - 1; cap(b)-len(b) >= 8 {
				b = binary.LittleEndian.AppendUint64(b, x|upper8(x))[:len(b)+n]
			} else {
				b = appendLowerASCII(b, s[i:i+n])
			}
			i += n
			break
		}
		if i == len(s) {
			break
		}
		if c := s[i]; c < utf8.RuneSelf { // fewer than eight bytes left
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			i++
			continue
		}
		r, sz := utf8.DecodeRuneInString(s[i:])
		b = utf8.AppendRune(b, LowerRune(r))
		i += sz
	}
	return b
}

// appendLowerASCII appends the ASCII s to b with its upper-case letters
// lowered.
func appendLowerASCII(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return b
}

// upper8 has 0x20 in each byte of x that is an ASCII upper-case letter
// and 0 in the others; each byte of x must be ASCII, so that adding to
// one carries into no other.
func upper8(x uint64) uint64 {
	atLeastA := x + ones*(0x80-'A')   // bit 7 of a byte set: it is 'A' or above
	aboveZ := x + ones*(0x80-('Z'+1)) // ... above 'Z'
	return ((atLeastA &^ aboveZ) & highs) >> 2
}
