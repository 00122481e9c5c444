package claim

import (
	"encoding/binary"
	"unicode/utf8"
	"unsafe"
)

// lowerString is strings.ToLower(s), ASCII eight bytes at a time and
// other runes off lowerRune's table (strings.ToLower writes ASCII byte by
// byte through a Builder and maps any text holding another rune with
// unicode.ToLower). An invalid byte becomes U+FFFD, as there.
func lowerString(s string) string {
	b := make([]byte, 0, len(s)+8)
	for i := 0; i < len(s); {
		j := asciiUntil(s, i)
		b = appendLowerASCII(b, s[i:j])
		if j == len(s) {
			break
		}
		r, sz := utf8.DecodeRuneInString(s[j:])
		b = utf8.AppendRune(b, lowerRune(r))
		i = j + sz
	}
	return unsafe.String(unsafe.SliceData(b), len(b)) // b is not written again
}

// appendLowerASCII appends the ASCII s to b with its upper-case letters
// lowered.
func appendLowerASCII(b []byte, s string) []byte {
	n := len(b)
	b = append(b, s...)
	t := b[n:]
	i := 0
	for ; i+8 <= len(t); i += 8 {
		x := binary.LittleEndian.Uint64(t[i : i+8])
		binary.LittleEndian.PutUint64(t[i:i+8], x|upper8(x))
	}
	for ; i < len(t); i++ {
		if c := t[i]; 'A' <= c && c <= 'Z' {
			t[i] = c + 'a' - 'A'
		}
	}
	return b
}

// upper8 has 0x20 in each byte of x that is an ASCII upper-case letter
// and 0 in the others; each byte of x must be ASCII, so that adding to
// one carries into no other.
func upper8(x uint64) uint64 {
	const ones = 0x0101010101010101
	atLeastA := x + ones*(0x80-'A')   // bit 7 of a byte set: it is 'A' or above
	aboveZ := x + ones*(0x80-('Z'+1)) // ... above 'Z'
	return ((atLeastA &^ aboveZ) & (ones * 0x80)) >> 2
}
