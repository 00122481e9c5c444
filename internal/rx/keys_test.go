package rx

import (
	"strings"
	"testing"
)

// keyEntries are literals with their bits: one-byte and longer keys,
// keys sharing their first pair and a key added twice with other bits.
// keyEntry is a literal with its bits.
type keyEntry struct {
	key  string
	bits uint32
}

var keyEntries = []keyEntry{{"@", 1}, {"sign in", 2}, {"sign up", 4}, {"si", 8}, {"cookie", 16}, {"cookie", 32}, {"©", 64}, {"in", 128}, {"newsletter", 256}, {"in this ", 512}, {"in thisx", 1024},
	{"|", 2048}, {"@", 4096}, {"|", 1}, {"coé", 8192}, {"coöp", 16384}}

var keyTexts = []string{"", "s", "@", "|", "a|b@c", "x|", "si", "please sign up", "sign i", "cookies and sign in", "mail@x", "© 2024", "nothing here", "sig", "in", "xin", "i", "the newsletter", "newslette", "newsletters", "in this photo", "in this", "in thisx", "win thisx!",
	// a pair of a list whose next byte no literal of it has (Hits skips
	// it), or a non-ASCII one, one at the end, and a two-byte literal's
	// pair before any byte
	"sip", "sinx", "xsi", "si!", "coé", "coè", "coöp", "coö", "cookiecoé", "co", "sixsign in"}

// TestKeyBitsIsContains: Hits is the union of the bits of the keys that
// strings.Contains finds, limited to want, with one-byte keys and without.
func TestKeyBitsIsContains(t *testing.T) {
	for _, s := range keyTexts {
		checkHits(t, s)
	}
}

func checkHits(t *testing.T, s string) {
	t.Helper()
	for _, entries := range [][]keyEntry{keyEntries, keyEntries[1:]} {
		var k KeyBits
		for _, e := range entries {
			k.Add(e.key, e.bits)
		}
		for _, want := range []uint32{0, 1, 2 | 4, 16, 32, 128, 8 | 128, 256 | 512, 1024, 2048, 4096 | 2, 1 | 4096, 8192 | 16384, 8 | 8192, 0xffffffff} {
			var exp uint32
			for _, e := range entries {
				if strings.Contains(s, e.key) {
					exp |= e.bits
				}
			}
			exp &= want
			if got := k.Hits(s, want); got != exp {
				t.Errorf("Hits(%q, %b) with %d keys = %b, want %b", s, want, len(entries), got, exp)
			}
		}
	}
}

func FuzzKeyBitsIsContains(f *testing.F) {
	for _, s := range keyTexts {
		f.Add(s)
	}
	f.Fuzz(checkHits)
}
