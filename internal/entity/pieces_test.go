package entity

import (
	"strings"
	"testing"
)

func TestFindPieces(t *testing.T) {
	cases := []struct {
		name   string
		pieces []string
		// names that must be found, and groups that must share one key
		want     []string
		together [][]string
	}{
		{"tags resolve across pieces",
			[]string{"Harbour cranes idle as trade with Norway slows", "Emmanuel Macron", "Macron", "France"},
			[]string{"Emmanuel Macron", "Macron", "France", "Norway"},
			[][]string{{"Emmanuel Macron", "Macron"}}},
		{"romanisation variants join",
			[]string{"Kim Jong-un visits a tractor plant", "Kim Jong Un"},
			[]string{"Kim Jong-un", "Kim Jong Un"},
			[][]string{{"Kim Jong-un", "Kim Jong Un"}}},
		{"nothing", []string{"", "share", "more on the topic"}, nil, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ms := FindPieces(c.pieces)
			key := map[string]string{}
			for _, m := range ms {
				if m.Piece < 0 || m.Piece >= len(c.pieces) {
					t.Fatalf("piece %d out of range", m.Piece)
				}
				p := c.pieces[m.Piece]
				if m.Start < 0 || m.End > len(p) || p[m.Start:m.End] != m.Text {
					t.Errorf("mention %q: span %d-%d does not hold it in piece %q", m.Text, m.Start, m.End, p)
				}
				if m.Entity == "" {
					t.Errorf("mention %q has no entity", m.Text)
				}
				key[m.Text] = m.Entity
			}
			for _, w := range c.want {
				if key[w] == "" {
					t.Errorf("%q not found; found %v", w, key)
				}
			}
			if len(c.want) == 0 && len(ms) > 0 {
				t.Errorf("found names in %q: %v", c.pieces, key)
			}
			for _, g := range c.together {
				for _, n := range g[1:] {
					if key[n] != key[g[0]] {
						t.Errorf("%q (%s) and %q (%s) are not one entity", g[0], key[g[0]], n, key[n])
					}
				}
			}
		})
	}
}

func FuzzFindPieces(f *testing.F) {
	f.Add("Emmanuel Macron", "Macron", "Seoul, March 3 (AP)")
	f.Add("", "\n\nKim Jong Un", "UN Security Council (UNSC)")
	f.Fuzz(func(t *testing.T, a, b, c string) {
		pieces := []string{a, b, c}
		for _, m := range FindPieces(pieces) {
			p := pieces[m.Piece]
			if m.Start < 0 || m.Start > m.End || m.End > len(p) || p[m.Start:m.End] != m.Text {
				t.Fatalf("bad span %d-%d for %q in %q", m.Start, m.End, m.Text, p)
			}
			if strings.Contains(m.Text, "\n\n") {
				t.Fatalf("mention %q crosses a piece boundary", m.Text)
			}
		}
	})
}
