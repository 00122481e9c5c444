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

// metaWant is what a test expects of an article's metadata and pieces.
type metaWant struct {
	title, pub, cred string
	checkCred        bool
	removed, kinds   map[string]string
}

// checkMeta asserts title, publication date, credit, removal reasons and
// paragraph kinds, logging the kept and dropped pieces on failure.
func checkMeta(t *testing.T, a *doc.Article, w metaWant) {
	t.Helper()
	if a.Title != w.title {
		t.Errorf("title %q, want %q", a.Title, w.title)
	}
	if a.Published != w.pub {
		t.Errorf("published %q (%s), want %q", a.Published, a.DateRule, w.pub)
	}
	if w.checkCred && a.Credit != w.cred {
		t.Errorf("credit %q (%s), want %q", a.Credit, a.CreditRule, w.cred)
	}
	for s, want := range w.removed {
		if got := reasonOf(a, s); got != want {
			t.Errorf("%q removed as %q, want %q", s, got, want)
		}
	}
	for s, want := range w.kinds {
		if got := kindOf(a, s); got != want {
			t.Errorf("%q kind %q, want %q", s, got, want)
		}
	}
	checkOffsets(t, a.Text, a.Paragraphs)
	if t.Failed() {
		for _, p := range a.Paragraphs {
			t.Logf("KEEP %s %q", p.Kind, p.Text)
		}
		for _, r := range a.Removed {
			t.Logf("DROP %s %q", r.Reason, r.Text)
		}
	}
}
