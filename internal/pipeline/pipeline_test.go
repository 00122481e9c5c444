package pipeline

import (
	"strings"
	"testing"

	"github.com/dossier-osint/dossier/internal/entity"
	"github.com/dossier-osint/dossier/internal/ingest"
	"github.com/dossier-osint/dossier/internal/quantity"
	"github.com/dossier-osint/dossier/internal/sharedtest"
	"github.com/dossier-osint/dossier/internal/timex"
	"github.com/dossier-osint/dossier/internal/topic"
)

func builtin(tb testing.TB) *Pipeline {
	tb.Helper()
	ts, err := topic.Builtin()
	if err != nil {
		tb.Fatal(err)
	}
	return New(ts)
}

func TestArticle(t *testing.T) {
	p := builtin(t)
	a := p.Article(ingest.Document{Source: "t.txt", Format: "txt", Text: "Thousands of North Korean workers entered Russia in 2024\n\n" +
		"SEOUL, Feb 3, 2025 (Testwire) - During 2024, 13,000 North Korean citizens entered Russia, about ten times more than the year before, " +
		"Russian statistics showed, according to the Testwire news agency.\n\nUN Security Council resolution 2397 bans such work.\n"})
	if a.Published != "2025-02-03" || a.Title == "" || a.Annotations == nil {
		t.Fatalf("article: %+v", a)
	}
	an := a.Annotations
	if len(an.Times) == 0 || len(an.Quantities) == 0 || len(an.Mentions) == 0 || len(an.LegalRefs) != 1 {
		t.Errorf("annotations: %d times, %d quantities, %d mentions, %d legal refs",
			len(an.Times), len(an.Quantities), len(an.Mentions), len(an.LegalRefs))
	}
	var got []string
	for _, c := range an.Claims {
		got = append(got, c.Text+"="+c.Indicator+"@"+c.Period)
		if !strings.Contains(a.Text[c.SentenceStart:c.SentenceEnd], c.Text) {
			t.Errorf("claim %q outside its sentence", c.Text)
		}
	}
	if !strings.Contains(strings.Join(got, " "), "13,000=dprk_arrivals_russia@2024") {
		t.Errorf("claims: %v", got)
	}
	// Annotate is repeatable: re-extraction gives the same claims.
	before := len(an.Claims)
	p.Annotate(a)
	if len(a.Annotations.Claims) != before {
		t.Errorf("re-annotation changed the claims: %d -> %d", before, len(a.Annotations.Claims))
	}
}

// BenchmarkPipeline measures the whole extraction chain (clean, times,
// quantities, names, claims) on the Wikinews sample, in articles and MB per
// second.
func BenchmarkPipeline(b *testing.B) {
	arts := sharedtest.Wikinews(b)
	p := builtin(b)
	docs := make([]ingest.Document, len(arts))
	size := 0
	for i, a := range arts {
		docs[i] = ingest.Document{Source: a.URL, Format: "txt", Title: a.Title, Published: a.Date, Text: a.Title + "\n\n" + a.Text}
		size += len(docs[i].Text)
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			p.Article(d)
		}
	}
	b.ReportMetric(float64(len(docs)*b.N)/b.Elapsed().Seconds(), "articles/s")
}

// TestRealTextDoesNotBreak runs the whole chain on every Wikinews sample
// article: no panic, every span inside the clean text.
func TestRealTextDoesNotBreak(t *testing.T) {
	arts := sharedtest.Wikinews(t)
	p := builtin(t)
	for _, w := range arts {
		a := p.Article(ingest.Document{Source: w.URL, Format: "txt", Published: w.Date, Text: w.Title + "\n\n" + w.Text})
		an := a.Annotations
		check := func(kind string, s, e int) {
			if s < 0 || e > len(a.Text) || s > e {
				t.Errorf("%s: %s span %d-%d outside text of %d bytes", w.URL, kind, s, e, len(a.Text))
			}
		}
		for _, x := range an.Times {
			check("time", x.Start, x.End)
		}
		for _, x := range an.Quantities {
			check("quantity", x.Start, x.End)
		}
		for _, x := range an.Mentions {
			check("mention", x.Start, x.End)
		}
		for _, x := range an.Claims {
			check("claim", x.Start, x.End)
			check("sentence", x.SentenceStart, x.SentenceEnd)
		}
	}
}

// BenchmarkTimesAndQuantities measures time expressions and quantities
// together on the Wikinews sample text, in MB/s: the figure compared with
// chrono-node's dates-only 2.6 MB/s in docs/benchmarks.md.
func BenchmarkTimesAndQuantities(b *testing.B) {
	arts := wikinewsBytes(b)
	for b.Loop() {
		for _, a := range arts {
			timex.Find(a.Text, timex.Ref{Published: a.Date, Lang: "en"})
			quantity.Find(a.Text, "en")
		}
	}
}

// BenchmarkNames measures name finding and resolution on the same text.
func BenchmarkNames(b *testing.B) {
	arts := wikinewsBytes(b)
	for b.Loop() {
		for _, a := range arts {
			entity.Find(a.Text)
		}
	}
}

// wikinewsBytes loads the Wikinews sample and sets the benchmark's bytes
// per iteration to the size of its texts.
func wikinewsBytes(b *testing.B) []sharedtest.Article {
	arts := sharedtest.Wikinews(b)
	size := 0
	for _, a := range arts {
		size += len(a.Text)
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	return arts
}
