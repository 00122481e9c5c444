package claim

import (
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dossier-osint/dossier/internal/clean"
	"github.com/dossier-osint/dossier/internal/doc"
	"github.com/dossier-osint/dossier/internal/ingest"
	"github.com/dossier-osint/dossier/internal/sharedtest"
	"github.com/dossier-osint/dossier/internal/topic"
)

// words of a hostile "sentence": figures, times, speech verbs and names
// in random order with no sentence end, so that a splitter finds one huge
// sentence.
var hostileWords = strings.Fields(`the workers arrived in Russia from North Korea about 300 more were
expected ministry said sanctions resolution 2397 in 2024 according to officials citing data from the
agency 1,200 labourers since March the Journal reported`)

// sentenceText is a title and one sentence of about n bytes.
func sentenceText(n int, seed int64) string {
	r := rand.New(rand.NewSource(seed))
	var b strings.Builder
	b.WriteString("Workers abroad\n\n")
	for b.Len() < n {
		b.WriteString(hostileWords[r.Intn(len(hostileWords))])
		b.WriteByte(' ')
	}
	b.WriteString("end.")
	return b.String()
}

// articleText is an ordinary article of about n bytes: short paragraphs of
// sentences with figures, times and attributions.
func articleText(n int, seed int64) string {
	r := rand.New(rand.NewSource(seed))
	sents := []string{
		"About %d North Korean workers arrived in the Russian Far East in %d, the regional ministry said.",
		"According to figures from the border service, %d North Koreans entered Russia in the first quarter of %d.",
		"Officials in Seoul said the North had sent some %d troops to the Kursk region since October %d.",
		"The company expects the number to reach %d by the end of %d.",
		"Of those arrivals, %d came on student visas in %d, the agency said.",
	}
	var b strings.Builder
	b.WriteString("North Korean workers in Russia\n\n")
	for b.Len() < n {
		for k := 0; k < 4; k++ {
			fmt.Fprintf(&b, sents[r.Intn(len(sents))], 100+r.Intn(20000), 2015+r.Intn(10))
			b.WriteByte(' ')
		}
		b.WriteString("\n\n")
	}
	return b.String()
}

type benchInput struct {
	a   *doc.Article
	ann *doc.Annotations
}

func annotateText(text string) benchInput {
	a := clean.Clean(ingest.Document{Source: "bench.txt", Format: "txt", Text: text, Published: "2025-02-10"})
	return benchInput{a, annotate(a)}
}

func benchTopics(tb testing.TB) []*topic.Topic {
	ts, err := topic.Builtin()
	if err != nil {
		tb.Fatal(err)
	}
	return ts
}

// BenchmarkExtractSentenceLength times claim extraction on one sentence
// of 1 KB to 64 KB: the time per byte must stay flat.
func BenchmarkExtractSentenceLength(b *testing.B) {
	ts := benchTopics(b)
	for _, n := range []int{1 << 10, 4 << 10, 16 << 10, 64 << 10} {
		b.Run(fmt.Sprintf("%dKB", n>>10), func(b *testing.B) {
			in := annotateText(sentenceText(n, 1))
			b.ResetTimer()
			b.SetBytes(int64(len(in.a.Text)))
			for i := 0; i < b.N; i++ {
				Extract(in.a, in.ann, ts)
			}
		})
	}
}

// BenchmarkExtractArticleSize times claim extraction on ordinary articles
// of 10 KB to 4 MB: the time per byte must stay flat.
func BenchmarkExtractArticleSize(b *testing.B) {
	ts := benchTopics(b)
	for _, n := range []int{10 << 10, 100 << 10, 1 << 20, 4 << 20} {
		b.Run(fmt.Sprintf("%dKB", n>>10), func(b *testing.B) {
			in := annotateText(articleText(n, 1))
			b.ResetTimer()
			b.SetBytes(int64(len(in.a.Text)))
			for i := 0; i < b.N; i++ {
				Extract(in.a, in.ann, ts)
			}
		})
	}
}

// stageInputs cleans and annotates texts as the pipeline does, so that a
// benchmark times the claim stage alone on them.
func stageInputs(docs []ingest.Document) ([]benchInput, int64) {
	var out []benchInput
	size := int64(0)
	for _, d := range docs {
		a := clean.Clean(d)
		out = append(out, benchInput{a, annotate(a)})
		size += int64(len(a.Text))
	}
	return out, size
}

// BenchmarkExtractWikinews times the claim stage on the Wikinews sample
// that BenchmarkPipeline (internal/pipeline) runs the whole chain on, so
// that its share there can be read per byte here.
func BenchmarkExtractWikinews(b *testing.B) {
	arts := sharedtest.Wikinews(b)
	docs := make([]ingest.Document, len(arts))
	for i, a := range arts {
		docs[i] = ingest.Document{Source: a.URL, Format: "txt", Title: a.Title, Published: a.Date, Text: a.Title + "\n\n" + a.Text}
	}
	benchStage(b, docs)
}

// BenchmarkExtractExamples times the claim stage on the articles of
// examples/.
func BenchmarkExtractExamples(b *testing.B) {
	files, err := filepath.Glob(filepath.Join("..", "..", "examples", "*.txt"))
	if err != nil || len(files) == 0 {
		b.Fatalf("examples: %v (%d files)", err, len(files))
	}
	var docs []ingest.Document
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, ingest.Document{Source: f, Format: "txt", Text: string(raw)})
	}
	benchStage(b, docs)
}

func benchStage(b *testing.B, docs []ingest.Document) {
	ts := benchTopics(b)
	in, size := stageInputs(docs)
	b.SetBytes(size)
	b.ReportAllocs()
	// a pass before the timing loads the lists read at first use and
	// fills the pooled working memory, as in a long-running process
	for _, d := range in {
		Extract(d.a, d.ann, ts)
	}
	b.ResetTimer()
	c0 := cpuTime()
	for b.Loop() {
		for _, d := range in {
			Extract(d.a, d.ann, ts)
		}
	}
	// the process's CPU time per op (the garbage collector's included):
	// steadier than ns/op while other work shares the machine
	if c := cpuTime() - c0; c > 0 {
		b.ReportMetric(float64(c.Nanoseconds())/float64(b.N), "cpu-ns/op")
	}
}
