package claim

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"

	"github.com/dossier-osint/dossier/internal/clean"
	"github.com/dossier-osint/dossier/internal/doc"
	"github.com/dossier-osint/dossier/internal/ingest"
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
