package topic

import (
	"testing"

	"github.com/dossier-osint/dossier/internal/doc"
)

// figureSpanByScan is figureSpan reading the words one by one, as it did
// before it searched them.
func figureSpanByScan(sent []Word, c doc.Claim) (int, int, int) {
	start, end, figEnd := figureOffsets(c)
	qs, qe, fe := len(sent), len(sent), -1
	for i, w := range sent {
		if w.End > start && qs == len(sent) {
			qs = i
		}
		if fe < 0 && w.Start >= figEnd {
			fe = i
		}
		if w.Start >= end {
			qe = i
			break
		}
	}
	if qe < qs {
		qe = qs
	}
	if fe < 0 || fe > qe {
		fe = qe
	}
	return qs, qe, fe
}

func checkFigureSpan(t *testing.T, text string, c doc.Claim) {
	t.Helper()
	c.Sentence = text
	ws := Words(text)
	qs, qe, fe := figureSpan(ws, c)
	wqs, wqe, wfe := figureSpanByScan(ws, c)
	if qs != wqs || qe != wqe || fe != wfe {
		t.Fatalf("%q, figure %d-%d counted %q: figureSpan = %d, %d, %d; by scan %d, %d, %d", text, c.Start, c.End, c.Counted, qs, qe, fe, wqs, wqe, wfe)
	}
}

// TestFigureSpanAsByScan: the searched bounds are the scanned ones for
// every figure span of a few sentences, with and without a counted
// phrase, and for spans outside the sentence or reversed.
func TestFigureSpanAsByScan(t *testing.T) {
	for _, text := range []string{
		"", "12", "About 1,200 North Korean workers arrived in 2024, the ministry said.",
		"Более 13 221 граждан КНДР въехали в Россию", "x  y   z", "The 3rd-quarter figure: 40% (up from 35%).",
	} {
		for a := -3; a <= len(text)+3; a++ {
			for b := a - 2; b <= len(text)+3; b++ {
				for _, counted := range []string{"", "workers", "граждан", "z"} {
					checkFigureSpan(t, text, doc.Claim{Start: a, End: b, Counted: counted})
					checkFigureSpan(t, text, doc.Claim{Start: a + 100, End: b + 100, SentenceStart: 100, Counted: counted})
				}
			}
		}
	}
}

func FuzzFigureSpan(f *testing.F) {
	f.Add("About 1,200 North Korean workers arrived", 6, 11, "workers")
	f.Add("x y", 3, 1, "")
	f.Fuzz(func(t *testing.T, text string, a, b int, counted string) {
		checkFigureSpan(t, text, doc.Claim{Start: a, End: b, Counted: counted})
	})
}
