package gen

import (
	"math/rand/v2"
	"strings"
	"testing"
)

const sample = `The ministry said new workers arrived last month.

Officials reported that the company sent a large group to the border.

"We are closely watching the situation," a spokesman told reporters. He said more permits were issued.

The report estimated wages at 35,000 roubles a month.`

func TestOperations(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	tests := []struct {
		name string
		op   func(string) string
		ok   func(orig, out string) bool
	}{
		{"wrap adds paragraphs", func(s string) string { return Wrap(r, s) },
			func(o, v string) bool {
				return len(Paragraphs(v)) >= len(Paragraphs(o))+2 && strings.Contains(v, Paragraphs(o)[0])
			}},
		{"drop keeps the lead", func(s string) string { return Drop(r, s, 1) },
			func(o, v string) bool {
				return len(Paragraphs(v)) == len(Paragraphs(o))-1 && Paragraphs(v)[0] == Paragraphs(o)[0]
			}},
		{"extend adds background", func(s string) string { return Extend(r, s, 2) },
			func(o, v string) bool { return len(Paragraphs(v)) == len(Paragraphs(o))+2 }},
		{"spin replaces words, keeps figures", func(s string) string { return Spin(r, s, 1) },
			func(o, v string) bool {
				return v != o && strings.Contains(v, "35,000") && !strings.Contains(v, " said ")
			}},
		{"reorder keeps the sentences", func(s string) string { return Reorder(r, s) },
			func(o, v string) bool {
				return len(v) == len(o) && strings.Contains(v, "He said more permits were issued.")
			}},
	}
	for _, tt := range tests {
		if out := tt.op(sample); !tt.ok(sample, out) {
			t.Errorf("%s: got\n%s", tt.name, out)
		}
	}
	if Synonyms() < 150 {
		t.Errorf("synonym list has %d words", Synonyms())
	}
}

func TestSynthDeterministic(t *testing.T) {
	a, _ := NewSynth(7).Article(0, 10)
	b, _ := NewSynth(7).Article(0, 10)
	c, pub := NewSynth(8).Article(25, 10)
	if a != b || a == c || pub != "2020-01-03" {
		t.Errorf("synth: same seed equal %v, other seed differs %v, date %s", a == b, a != c, pub)
	}
}
