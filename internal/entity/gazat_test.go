package entity

import (
	"context"
	"strings"
	"testing"
)

// TestGazAtIsLookup: gazAt answers, asked once and again (from its
// packed memory), what lookupGazRef answers, for every token of the
// sample texts, the entry the lists' own.
func TestGazAtIsLookup(t *testing.T) {
	load()
	found := 0
	for _, text := range tokenTexts(t, "Korea-Russia talks in Pyongyang", "the Korean Central News Agency (KCNA) said", "Совбез ООН") {
		toks := splitCompounds(text, tokenize(text))
		sc := getScratch()
		f := &finder{text: text, ctx: context.Background(), sc: sc, toks: toks}
		for round := range 2 {
			for i := range toks {
				n, e, ok := f.gazAt(i)
				wn, we := lookupGazRef(toks, i)
				if we == nil {
					if ok || n != 0 || e != &noGaz {
						t.Fatalf("%.40q token %d %q, round %d: %d %v %v, none listed", text, i, toks[i].text, round, n, e, ok)
					}
					continue
				}
				if !ok || n != wn || e != we {
					t.Fatalf("%.40q token %d %q, round %d: %d %p, lookupGazRef %d %p", text, i, toks[i].text, round, n, e, wn, we)
				}
				found++
			}
		}
		sc.release()
	}
	if found == 0 {
		t.Fatal("no listed name in the texts")
	}
}

// TestPackGaz: an answer that fits is read back as it was, one that does
// not is 0 (not kept), and every packed answer is known (not 0).
func TestPackGaz(t *testing.T) {
	for _, c := range []struct {
		n, x int
		p    uint32
		fits bool
	}{{0, 0, 0, true}, {1, 0, 1, true}, {3, 2, 1700, true}, {127, 255, 1<<16 - 1, true},
		{128, 0, 1, false}, {1, 256, 1, false}, {1, 0, 1 << 16, false}} {
		a := packGaz(c.n, c.p, c.x)
		if !c.fits {
			if a != 0 {
				t.Errorf("packGaz(%d, %d, %d) = %#x, want 0 (does not fit)", c.n, c.p, c.x, a)
			}
			continue
		}
		if n, p, x := unpackGaz(a); a == 0 || n != c.n || p != c.p || x != c.x {
			t.Errorf("packGaz(%d, %d, %d) = %#x, read back %d %d %d", c.n, c.p, c.x, a, n, p, x)
		}
	}
}

// TestGazNameCount: the count is the number of names the lists' lines
// give when split as buildGazetteer splits them.
func TestGazNameCount(t *testing.T) {
	load()
	want := 0
	for _, line := range countries {
		f := strings.Split(line, "|")
		want += 1 + len(splitList(f[1])) + 2*len(splitList(f[2])) + len(splitList(f[3]))
	}
	for _, lines := range [][]string{places, people, orgs} {
		for _, line := range lines {
			want += 1 + len(splitList(strings.Split(line, "|")[1]))
		}
	}
	if got := gazNameCount(); got != want || got < len(gaz) {
		t.Fatalf("gazNameCount() = %d, the split lines give %d (%d keys)", got, want, len(gaz))
	}
	for _, s := range []string{"", "a", "a;b", ";", "a;;b"} {
		if got, want := listLen(s), len(splitList(s)); got != want {
			t.Errorf("listLen(%q) = %d, splitList gives %d", s, got, want)
		}
	}
}
