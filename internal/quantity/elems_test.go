package quantity

import "testing"

// TestKeepElems: cards read one after another keep their own elements,
// whether they fit in the parser's store or outgrow it, and a kept card
// has no room that a later card's elements could be appended into.
func TestKeepElems(t *testing.T) {
	var p parser
	card := func(write, keep int, v float64) []elem {
		es := p.freeElems()
		for i := range write {
			es = append(es, elem{k: i, v: v})
		}
		return p.keepElems(es, keep)
	}
	sizes := []struct{ write, keep int }{{3, 3}, {5, 2}, {40, 35}, {2, 2}, {1, 0}, {20, 20}}
	var cards [][]elem
	for i, sz := range sizes {
		cards = append(cards, card(sz.write, sz.keep, float64(i+1)))
	}
	for i, c := range cards {
		if len(c) != sizes[i].keep || cap(c) != len(c) {
			t.Fatalf("card %d: len %d cap %d, want %d", i, len(c), cap(c), sizes[i].keep)
		}
		for j, e := range c {
			if e.k != j || e.v != float64(i+1) {
				t.Fatalf("card %d element %d = %+v: overwritten", i, j, e)
			}
		}
	}
	p.elems = p.elems[:0]
	if c := card(4, 4, 9); c[0].v != 9 || len(c) != 4 {
		t.Fatalf("after emptying: %+v", c)
	}
}
