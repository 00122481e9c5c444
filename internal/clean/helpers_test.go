package clean

import (
	"testing"

	"github.com/dossier-osint/dossier/internal/doc"
)

// checkOffsets asserts that every paragraph's offsets point at its text in
// the article text.
func checkOffsets(t testing.TB, text string, ps []doc.Paragraph) {
	t.Helper()
	prev := 0
	for i, p := range ps {
		if p.Start < prev || p.End < p.Start || p.End > len(text) {
			t.Fatalf("paragraph %d: offsets %d-%d out of order or outside text of %d bytes", i, p.Start, p.End, len(text))
		}
		if text[p.Start:p.End] != p.Text {
			t.Fatalf("paragraph %d: text[%d:%d]=%q, paragraph says %q", i, p.Start, p.End, text[p.Start:p.End], p.Text)
		}
		prev = p.End
	}
}
