package entity

import (
	"fmt"
	"slices"
	"sync"
	"testing"
)

// splitNameCases are names of the kinds splitName is given: listed and
// unlisted, leading "the", inner joiners, Cyrillic, empty, and a name of
// more tokens than nameBuf holds (not remembered).
var splitNameCases = []string{
	"", " ", "the United States", "Kim Jong-un", "U.S.", "N. Korea", "O'Brien", "AT&T",
	"Шойгу", "ВМФ РФ", "Workers’ Party", "Royal Swedish Academy of Sciences and Letters of the North",
	"UN", "un", "The", "Kataeb Hezbollah", "Ёнхап", "п’ять",
}

// checkSplit asks c for name's split twice (a miss, then most often a
// hit) and compares each with tokenizeInto's, into a stack array and into
// none; it then writes the returned tokens, which must not change the
// next answer.
func checkSplit(t *testing.T, c *nameCache, name string) {
	t.Helper()
	want := tokenizeInto(nil, name)
	for round := 0; round < 2; round++ {
		var buf nameBuf
		if got := c.split(buf[:0], name); !slices.Equal(got, want) {
			t.Fatalf("split(%q) round %d into nameBuf = %+v, want %+v", name, round, got, want)
		}
		got := c.split(nil, name)
		if !slices.Equal(got, want) {
			t.Fatalf("split(%q) round %d into nil = %+v, want %+v", name, round, got, want)
		}
		for i := range got {
			got[i].text, got[i].nrm, got[i].s = "x", "x", -1
		}
	}
}

// TestSplitName: splitName gives tokenizeInto's tokens, first and again,
// and once other names took the slot (more names than slots).
func TestSplitName(t *testing.T) {
	var c nameCache
	for _, name := range splitNameCases {
		checkSplit(t, &c, name)
	}
	for i := 0; i < 3*recentNameSlots; i++ {
		checkSplit(t, &c, fmt.Sprintf("Name%d Surname", i))
	}
	for _, name := range splitNameCases {
		checkSplit(t, &c, name)
	}
	if s := recentNames.split(nil, "Kim Jong-un"); !slices.Equal(s, tokenizeInto(nil, "Kim Jong-un")) {
		t.Errorf("recentNames.split = %+v", s)
	}
}

// TestSplitNameConcurrent: goroutines splitting names that share slots
// each get tokenizeInto's tokens (go test -race finds unguarded writes).
func TestSplitNameConcurrent(t *testing.T) {
	var c nameCache
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 2*recentNameSlots; i++ {
				name := splitNameCases[i%len(splitNameCases)]
				if i%3 == 0 {
					name = fmt.Sprintf("Name%d Surname", i%50)
				}
				if got, want := c.split(nil, name), tokenizeInto(nil, name); !slices.Equal(got, want) {
					t.Errorf("split(%q) = %+v, want %+v", name, got, want)
					return
				}
			}
		}()
	}
	wg.Wait()
}

// FuzzSplitName: splitName is tokenizeInto for any text, asked twice.
func FuzzSplitName(f *testing.F) {
	for _, c := range splitNameCases {
		f.Add(c)
	}
	for _, c := range tokenCases {
		f.Add(c)
	}
	var c nameCache
	f.Fuzz(func(t *testing.T, s string) { checkSplit(t, &c, s) })
}
