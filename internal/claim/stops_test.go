package claim

import (
	"strings"
	"testing"
)

var stopSamples = []string{"", "a, b", "in 2024 — 300 workers; of them", "x – y", "\xe2\x80", "\xe2\x80\x94", "a\xe2—b", "—\x80", "\x94—",
	"of them: 20.", "по учебным визам — 7887", "(a) b", "é—é,", "\xe2\x80\x93\xe2"}

// stopSetsBefore pairs each stop set with the characters it was read
// with by strings.IndexAny and strings.LastIndexAny.
var stopSetsBefore = []struct {
	set   *stopSet
	chars string
}{{clauseStops, ",;:(—–"}, {purposeStops, ",;:—–"}, {partitiveStops, ",;:—–."}}

func checkStops(t *testing.T, s string) {
	t.Helper()
	for _, st := range stopSetsBefore {
		if got, want := st.set.index(s), strings.IndexAny(s, st.chars); got != want {
			t.Fatalf("index(%q) of %q = %d, want %d", s, st.chars, got, want)
		}
		if got, want := st.set.last(s), strings.LastIndexAny(s, st.chars); got != want {
			t.Fatalf("last(%q) of %q = %d, want %d", s, st.chars, got, want)
		}
	}
}

func TestStopSets(t *testing.T) {
	for _, s := range stopSamples {
		checkStops(t, s)
	}
}

func FuzzStopSets(f *testing.F) {
	for _, s := range stopSamples {
		f.Add(s)
	}
	f.Fuzz(checkStops)
}

var purposeSamples = []string{"", "on student visas", " on business", "as tourists and", "по учебным визам", "туристами", "came by car", "in transit",
	"for work", "x for work", "xfor work", "with tourist visas", "to study", "на учебу", " as", "\xffas tourists"}

func checkPurposeLed(t *testing.T, s string) {
	t.Helper()
	if got, want := findPurposeLed(s), findPurpose(" "+s); got != want {
		t.Fatalf("findPurposeLed(%q) = %q, findPurpose says %q", s, got, want)
	}
}

// TestFindPurposeLed: findPurposeLed(s) is findPurpose(" " + s), which
// finds a purpose in most samples.
func TestFindPurposeLed(t *testing.T) {
	found := 0
	for _, s := range purposeSamples {
		checkPurposeLed(t, s)
		if findPurpose(" "+s) != "" {
			found++
		}
	}
	if found < 10 {
		t.Errorf("a purpose in %d samples: too few to tell", found)
	}
}

func FuzzFindPurposeLed(f *testing.F) {
	for _, s := range purposeSamples {
		f.Add(s)
	}
	f.Fuzz(checkPurposeLed)
}
