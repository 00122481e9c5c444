package claim

import (
	"math/rand"
	"slices"
	"testing"
)

type spanItem struct{ start, end int }

func itemSpan(x *spanItem) (int, int) { return x.start, x.end }

// withinAsBefore is attachAnnotations' reading before within: each
// sentence's items appended one by one.
func withinAsBefore(xs []spanItem, spans [][2]int) [][]spanItem {
	var out [][]spanItem
	i := 0
	for _, sp := range spans {
		for i < len(xs) && xs[i].start < sp[0] {
			i++
		}
		var in []spanItem
		for k := i; k < len(xs) && xs[k].start < sp[1]; k++ {
			if xs[k].end <= sp[1] {
				in = append(in, xs[k])
			}
		}
		out = append(out, in)
	}
	return out
}

func checkWithin(t *testing.T, xs []spanItem, spans [][2]int) {
	t.Helper()
	want := withinAsBefore(xs, spans)
	i := 0
	for n, sp := range spans {
		var got []spanItem
		got, i = within(xs, i, sp[0], sp[1], itemSpan)
		if !slices.Equal(got, want[n]) || (got == nil) != (want[n] == nil) {
			t.Fatalf("items %v, span %v: within %v, before %v", xs, sp, got, want[n])
		}
		// a caller appending to a sentence's items must not write the list
		before := slices.Clone(xs)
		_ = append(got, spanItem{-1, -1})
		if !slices.Equal(xs, before) {
			t.Fatalf("span %v: appending to within's answer wrote the list", sp)
		}
	}
}

func TestWithinAsBefore(t *testing.T) {
	spans := [][2]int{{0, 10}, {10, 20}, {25, 30}, {40, 50}}
	for _, xs := range [][]spanItem{
		nil,
		{{0, 3}, {4, 10}},           // all in the first span
		{{2, 12}, {12, 15}},         // one across a sentence end
		{{5, 8}, {8, 11}, {11, 19}}, // ends past the span in the middle
		{{20, 24}, {31, 39}},        // between the spans
		{{45, 55}, {48, 49}},        // past the last end, then in
		{{60, 70}},
	} {
		checkWithin(t, xs, spans)
	}
}

func FuzzWithin(f *testing.F) {
	f.Add(int64(1), uint8(10))
	f.Add(int64(7), uint8(40))
	f.Fuzz(func(t *testing.T, seed int64, n uint8) {
		r := rand.New(rand.NewSource(seed))
		var xs []spanItem
		at := 0
		for range int(n) {
			at += r.Intn(6)
			xs = append(xs, spanItem{at, at + 1 + r.Intn(12)})
		}
		var spans [][2]int
		for at = r.Intn(4); at < 200; {
			e := at + 1 + r.Intn(20)
			spans = append(spans, [2]int{at, e})
			at = e + r.Intn(5)
		}
		checkWithin(t, xs, spans)
	})
}
