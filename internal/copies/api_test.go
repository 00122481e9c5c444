package copies

import (
	"math/rand/v2"
	"slices"
	"testing"
	"unicode/utf8"
)

func TestTokenize(t *testing.T) {
	tests := []struct {
		in   string
		want string
	}{
		{"Russia's workers didn’t leave.", "russia workers didnt leave"},
		{"More than 10,000 people, $150-$300 million.", "more than 10000 people 150, 300 million"},
		{"The U.N. said 1.5 percent", "the u n said 1.5 percent"},
		{"Kim Jong-un met Putin", "kim jong un met putin"},
		{"", ""},
		// digit groups: comma, space, no-break, thin and narrow no-break space
		{"въехали 13 221 гражданин", "въехали 13221 гражданин"},
		{"около 15\u00a0000 и 9\u2009985, 2\u202f508", "около 15000 и 9985, 2508"},
		{"1,250,000 and 1 250 000", "1250000 and 1250000"},
		// a decimal comma or point; a year before a figure is not a group
		{"$2,5 за час, 1,5 млн, 3.75", "2.5 за час 1.5 млн 3.75"},
		{"in 2024 125 workers", "in 2024, 125 workers"},
		{"rose 5. 100 more", "rose 5, 100 more"},
		{"12 3456 and 1 22", "12, 3456 and 1, 22"},
	}
	for _, tt := range tests {
		if got := Normalize(tt.in); got != tt.want {
			t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestAnchors(t *testing.T) {
	toks := tokenize("However, Russia let 300 workers in. Russia denied it. The Journal said so.")
	var got []string
	for _, i := range anchors(toks) {
		got = append(got, toks[i].norm)
	}
	want := []string{"russia", "300", "russia", "journal"}
	if !slices.Equal(got, want) {
		t.Errorf("anchors = %v, want %v", got, want)
	}
}

func TestLCS(t *testing.T) {
	tests := []struct {
		a, b []uint16
		want int
	}{
		{[]uint16{1, 2, 3, 4}, []uint16{1, 3, 4}, 3},
		{[]uint16{1, 2, 0, 3}, []uint16{3, 2, 1}, 1},
		{nil, []uint16{1}, 0},
	}
	for _, tt := range tests {
		if got := lcs(tt.a, tt.b); got != tt.want {
			t.Errorf("lcs(%v, %v) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
	// against the quadratic definition on longer random sequences
	r := rand.New(rand.NewPCG(3, 3))
	for range 50 {
		a := make([]uint16, 1+r.IntN(200))
		b := make([]uint16, 1+r.IntN(200))
		for i := range a {
			a[i] = uint16(1 + r.IntN(6))
		}
		for i := range b {
			b[i] = uint16(1 + r.IntN(6))
		}
		if got, want := lcs(a, b), lcsSlow(a, b); got != want {
			t.Fatalf("lcs = %d, want %d", got, want)
		}
	}
}

func lcsSlow(a, b []uint16) int {
	d := make([][]int, len(a)+1)
	for i := range d {
		d[i] = make([]int, len(b)+1)
	}
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			if a[i-1] == b[j-1] {
				d[i][j] = d[i-1][j-1] + 1
			} else {
				d[i][j] = max(d[i-1][j], d[i][j-1])
			}
		}
	}
	return d[len(a)][len(b)]
}

func FuzzNormalize(f *testing.F) {
	for _, s := range []string{"Russia's 10,000 workers.", "U.S.\n\nKim Jong-un", "a\x00b’c", "1.2.3,4", "\n\n:;", "13 221,5 и 2,5", "5. 100"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := Normalize(s)
		if utf8.ValidString(s) && !utf8.ValidString(n) {
			t.Fatalf("invalid UTF-8 from valid input %q", s)
		}
		if Normalize(n) != n {
			t.Fatalf("Normalize not idempotent: %q -> %q -> %q", s, n, Normalize(n))
		}
	})
}

func FuzzAdd(f *testing.F) {
	f.Add("Russia let 300 workers in.", "Russia let 300 labourers in, officials said.")
	f.Add("", "\n\n\n")
	f.Fuzz(func(t *testing.T, a, b string) {
		ix := NewIndex(Options{})
		ix.Add(Doc{ID: 1, Text: a, Published: "2024-01-01"})
		m := ix.Add(Doc{ID: 2, Text: b, Published: "2024-01-02"})
		if m.Relation != Original && m.Group != 1 {
			t.Fatalf("copy of an unknown group: %+v", m)
		}
		if Normalize(a) == Normalize(b) && m.Relation != Exact {
			t.Fatalf("same normalized text but %s", m.Relation)
		}
		raw, _ := ix.Signature(Doc{Text: b}).MarshalBinary()
		var s Sig
		if err := s.UnmarshalBinary(raw); err != nil {
			t.Fatal(err)
		}
	})
}

// TestIndexMemory: an index maps its memory outside the Go heap, reports
// it, and gives it back on Close; the signatures it keeps survive the
// growth of its tables (every article found again by ID).
func TestIndexMemory(t *testing.T) {
	ix := NewIndex(Options{})
	st := newSynthStream(5)
	for range 3000 {
		d, _, _ := st.next()
		ix.Add(d)
	}
	if ix.MemoryBytes() <= 0 {
		t.Fatalf("MemoryBytes = %d after 3000 articles", ix.MemoryBytes())
	}
	for id := int64(1); id <= 3000; id++ {
		if m, ok := ix.Match(id); !ok || m.ID != id {
			t.Fatalf("article %d lost: %+v %v", id, m, ok)
		}
	}
	ix.Close()
	if ix.MemoryBytes() != 0 {
		t.Errorf("MemoryBytes = %d after Close", ix.MemoryBytes())
	}
}
