package copies

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dossier-osint/dossier/internal/copies/gen"
)

func TestTokenize(t *testing.T) {
	tests := []struct {
		in   string
		want string
	}{
		{"Russia's workers didn’t leave.", "russia workers didnt leave"},
		{"More than 10,000 people, $150-$300 million.", "more than 10000 people 150 300 million"},
		{"The U.N. said 1.5 percent", "the u n said 1.5 percent"},
		{"Kim Jong-un met Putin", "kim jong un met putin"},
		{"", ""},
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

// TestSigRoundTrip: an index rebuilt from marshalled signatures gives the
// same groups and stories as one built from texts.
func TestSigRoundTrip(t *testing.T) {
	set := buildEval(t, 9)
	a, b := NewIndex(Options{}), NewIndex(Options{})
	for _, l := range set {
		ma := a.Add(l.doc)
		raw, err := a.Signature(l.doc).MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		var s Sig
		if err := s.UnmarshalBinary(raw); err != nil {
			t.Fatal(err)
		}
		mb := b.AddSig(l.doc.ID, l.doc.Source, s)
		if ma != mb {
			t.Fatalf("article %d: from text %+v, from signature %+v", l.doc.ID, ma, mb)
		}
	}
	var s Sig
	if err := s.UnmarshalBinary([]byte{1, 2, 3}); err == nil {
		t.Error("truncated signature decoded without error")
	}
}

// TestAPI checks groups, copies, independence and story summaries on a
// small collection: a wire story, a syndicated copy, a spun copy, another
// outlet's report of the same event, and an unrelated story.
func TestAPI(t *testing.T) {
	events := loadArticles(t, "events")
	base := loadArticles(t, "base")
	var train []article
	for _, a := range events {
		if strings.HasPrefix(a.name, "e2_") {
			train = append(train, a)
		}
	}
	r := rand.New(rand.NewPCG(5, 5))
	ix := NewIndex(Options{})
	docs := []Doc{
		{ID: 10, Source: "wire", Published: train[0].date, Text: train[0].text},
		{ID: 11, Source: "portal", Published: train[0].date, Text: gen.Wrap(r, train[0].text)},
		{ID: 12, Source: "spinner", Published: train[0].date, Text: gen.Spin(r, train[0].text, 0.9)},
		{ID: 13, Source: "daily", Published: train[1].date, Text: train[1].text},
		{ID: 14, Source: "weekly", Published: base[0].date, Text: base[0].text},
	}
	want := []struct {
		rel   string
		group int64
		story int64
	}{{Original, 10, 10}, {Near, 10, 10}, {Spun, 10, 10}, {Original, 13, 10}, {Original, 14, 14}}
	for i, d := range docs {
		m := ix.Add(d)
		if m.Relation != want[i].rel || m.Group != want[i].group || m.Story != want[i].story {
			t.Errorf("doc %d: %+v, want %+v", d.ID, m, want[i])
		}
	}
	if again := ix.Add(docs[1]); again.Relation != Near {
		t.Errorf("re-adding returned %+v", again)
	}
	if !ix.IsCopy(11) || ix.IsCopy(10) || ix.IsCopy(13) {
		t.Error("IsCopy wrong")
	}
	if got := ix.Members(10); !slices.Equal(got, []int64{10, 11, 12}) {
		t.Errorf("Members(10) = %v", got)
	}
	if got := ix.Independent([]int64{10, 11, 12, 13}); got != 2 {
		t.Errorf("Independent = %d, want 2", got)
	}
	st, ok := ix.Story(12)
	if !ok || st.Story != 10 || st.Outlets != 4 || st.Independent != 2 || !slices.Equal(st.Articles, []int64{10, 11, 12, 13}) {
		t.Errorf("Story(12) = %+v", st)
	}
}

func FuzzNormalize(f *testing.F) {
	for _, s := range []string{"Russia's 10,000 workers.", "U.S.\n\nKim Jong-un", "a\x00b’c", "1.2.3,4", "\n\n:;"} {
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
