package rx

import (
	"strings"
	"testing"
)

// TestKeyBitsIsContains: Hits is the union of the bits of the keys that
// strings.Contains finds, limited to want, for one-byte and longer keys,
// keys sharing their first pair and a key added twice with other bits.
func TestKeyBitsIsContains(t *testing.T) {
	entries := []struct {
		key  string
		bits uint32
	}{{"@", 1}, {"sign in", 2}, {"sign up", 4}, {"si", 8}, {"cookie", 16}, {"cookie", 32}, {"©", 64}}
	var k KeyBits
	for _, e := range entries {
		k.Add(e.key, e.bits)
	}
	texts := []string{"", "s", "si", "please sign up", "sign i", "cookies and sign in", "mail@x", "© 2024", "nothing here", "sig"}
	for _, s := range texts {
		for _, want := range []uint32{0, 1, 2 | 4, 16, 32, 0xffffffff} {
			var exp uint32
			for _, e := range entries {
				if strings.Contains(s, e.key) {
					exp |= e.bits
				}
			}
			exp &= want
			if got := k.Hits(s, want); got != exp {
				t.Errorf("Hits(%q, %b) = %b, want %b", s, want, got, exp)
			}
		}
	}
}
