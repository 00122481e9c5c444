package claim

import (
	"bytes"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

// quoteRegionsBefore is quoteRegions as it was, rune by rune.
func quoteRegionsBefore(p string) [][2]int {
	var out [][2]int
	open := -1
	add := func(a, b int) {
		if len(strings.Fields(p[a:b])) >= 3 {
			out = append(out, [2]int{a, b})
		}
	}
	for i, r := range p {
		switch r {
		case '“', '«':
			if open < 0 {
				open = i
			}
		case '”', '»':
			if open >= 0 {
				add(open, i+len(string(r)))
				open = -1
			}
		case '"':
			if open < 0 {
				open = i
			} else {
				add(open, i+1)
				open = -1
			}
		}
	}
	if open >= 0 {
		add(open, len(p))
	}
	return out
}

var quoteSamples = []string{
	"", `He said "we sent 300 workers there" on Monday.`, "«Мы отправили туда 300 рабочих», — сказал он.",
	"“We sent 300 workers,” he said, “and more will follow soon.”", `a "b" c "d e f g`, "“one two three",
	"\xe2\x80“ three four five”", "\xc2« a b c » \xc2", "\xe2\x80\x9c a b c \xe2\x80\x9d", "‘single quotes are none’ “a b c”",
}

func TestQuoteRegionsAsBefore(t *testing.T) {
	found := 0
	for _, s := range quoteSamples {
		got, want := quoteRegions(s), quoteRegionsBefore(s)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("quoteRegions(%q) = %v, want %v", s, got, want)
		}
		found += len(want)
	}
	if found < 5 {
		t.Errorf("the samples hold %d quotations: too few to tell", found)
	}
}

func FuzzQuoteRegions(f *testing.F) {
	for _, s := range quoteSamples {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := quoteRegions(s), quoteRegionsBefore(s); !reflect.DeepEqual(got, want) {
			t.Fatalf("quoteRegions(%q) = %v, want %v", s, got, want)
		}
	})
}

// TestQuoteFree8: eight bytes pass only when all are ASCII and none is
// '"', and fewer count up to the first that is not.
func TestQuoteFree8(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"abcdefgh", true}, {"abc\"efgh", false}, {"\"bcdefgh", false}, {"abcdefg\"", false}, {"abcdefg\xe2", false}, {"\xc2bcdefgh", false},
		{"\x00\x00\x00\x00\x00\x00\x00\x00", true}, {"\x00\"\x00\x00\x00\x00\x00\x00", false}, {"!#!#!#!#", true}, {"\x7f\x7f\x7f\x7f\x7f\x7f\x7f\x7f", true},
	} {
		if got := quoteFree8(c.s, 0) == 8; got != c.want {
			t.Errorf("quoteFree8(%q) == 8 is %v, want %v", c.s, got, c.want)
		}
	}
	// every byte at every place: the count is the byte loop's
	for j := 0; j < 8; j++ {
		for c := 0; c < 256; c++ {
			for _, fill := range []byte{'a', 0, '"' ^ 1, 0x7f} {
				b := bytes.Repeat([]byte{fill}, 8)
				b[j] = byte(c)
				want := 0
				for want < 8 && b[want] < utf8.RuneSelf && b[want] != '"' {
					want++
				}
				if got := quoteFree8(string(b), 0); got != want {
					t.Fatalf("quoteFree8(%q) = %d, byte by byte %d", b, got, want)
				}
			}
		}
	}
}
