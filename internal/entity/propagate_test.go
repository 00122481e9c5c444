package entity

import (
	"fmt"
	"math/rand"
	"reflect"
	"slices"
	"testing"

	"github.com/dossier-osint/dossier/internal/doc"
)

// refTypeByNorm is typeByNorm as propagate did it before the marks: every
// typed mention's normal form into the map, every untyped one looked up.
func refTypeByNorm(ms []mention) {
	typed := map[string]string{}
	for i := range ms {
		if m := &ms[i]; m.typ != doc.MISC && !m.credit && m.kind != "demonym" {
			typed[m.nrm] = m.typ
		}
	}
	for i := range ms {
		if m := &ms[i]; m.untyped() {
			if t, ok := typed[m.nrm]; ok {
				m.typ, m.rule = t, m.rule+"; type of the same name elsewhere"
			}
		}
	}
}

// TestTypeByNormIsMap: typeByNorm types the mentions as the map of every
// typed mention did, over random mentions whose normal forms collide in
// their marks and repeat with other types.
func TestTypeByNormIsMap(t *testing.T) {
	r := rand.New(rand.NewSource(3))
	types := []string{doc.MISC, doc.MISC, doc.PER, doc.ORG, doc.LOC}
	kinds := []string{"", "", "", "demonym", "country"}
	for n := range 200 {
		ms := make([]mention, n%40)
		for i := range ms {
			// few words, some of one length and first and last letter
			ms[i] = mention{nrm: fmt.Sprintf("w%c%dz", 'a'+r.Intn(3), r.Intn(6)), typ: types[r.Intn(len(types))],
				kind: kinds[r.Intn(len(kinds))], credit: r.Intn(6) == 0, rule: "capitalised word"}
			if r.Intn(5) == 0 {
				ms[i].nrm = ""
			}
		}
		want := slices.Clone(ms)
		refTypeByNorm(want)
		untyped := slices.ContainsFunc(ms, func(m mention) bool { return m.untyped() })
		asked := false
		typeByNorm(ms, func() map[string]string { asked = true; return map[string]string{} })
		if !reflect.DeepEqual(ms, want) {
			t.Fatalf("set %d: typed\n%v\nwant\n%v", n, ms, want)
		}
		if !untyped && asked {
			t.Fatalf("set %d: the map was asked for with no untyped mention", n)
		}
	}
}

// TestWordMarks: a marked word is always found; an empty set holds
// nothing; words of another length than the one marked are turned away.
func TestWordMarks(t *testing.T) {
	var s wordMarks
	for _, w := range []string{"", "a", "kim", "Пхеньян", "korea"} {
		if s.has(w) {
			t.Fatalf("empty set has %q", w)
		}
	}
	words := []string{"kim", "jong", "un", "korea", "россия", "x"}
	for _, w := range words {
		s.mark(w)
	}
	for _, w := range words {
		if !s.has(w) {
			t.Errorf("marked %q not found", w)
		}
	}
	var one wordMarks
	one.mark("moon")
	for _, w := range []string{"moo", "moonn", "mo", "moonlight"} {
		if one.has(w) {
			t.Errorf("marked only moon, has %q", w)
		}
	}
}
