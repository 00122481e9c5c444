package rx

import "unicode/utf8"

// Runes is a set of runes looked for in texts: In(s) is
// strings.ContainsAny(s, chars) for the chars it was made of. With a
// rune beyond ASCII among the chars, strings.ContainsAny looks up every
// rune of the text in chars (strings.IndexRune a rune); In reads a byte
// at a time and decodes a rune only at a byte that may start a member.
type Runes struct {
	starts [256]bool // ASCII members and the first bytes of the others
	wide   []rune    // the members beyond ASCII
}

// NewRunes returns the set of the runes of chars. It panics on chars that
// are not valid UTF-8 or hold U+FFFD (strings.ContainsAny matches the
// invalid bytes of a text with it).
func NewRunes(chars string) *Runes {
	rs := &Runes{}
	for _, r := range chars {
		if r == utf8.RuneError {
			panic("rx: NewRunes of invalid UTF-8 or U+FFFD: " + chars)
		}
		var b [utf8.UTFMax]byte
		utf8.EncodeRune(b[:], r)
		rs.starts[b[0]] = true
		if r >= utf8.RuneSelf {
			rs.wide = append(rs.wide, r)
		}
	}
	return rs
}

// In reports whether s holds one of the runes. A byte that may start a
// member is an ASCII member or the first byte of a rune beyond ASCII,
// never a continuation byte, so each is where strings.ContainsAny's
// decoding of s starts a rune too.
func (rs *Runes) In(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !rs.starts[c] {
			continue
		}
		if c < utf8.RuneSelf {
			return true
		}
		r, _ := utf8.DecodeRuneInString(s[i:])
		for _, w := range rs.wide {
			if r == w {
				return true
			}
		}
	}
	return false
}
