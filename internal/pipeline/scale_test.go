package pipeline

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/dossier-osint/dossier/internal/claim"
	"github.com/dossier-osint/dossier/internal/clean"
	"github.com/dossier-osint/dossier/internal/doc"
	"github.com/dossier-osint/dossier/internal/entity"
	"github.com/dossier-osint/dossier/internal/ingest"
	"github.com/dossier-osint/dossier/internal/quantity"
	"github.com/dossier-osint/dossier/internal/timex"
)

// Generated text for the scaling benchmarks: sentences built from slots,
// written for these benchmarks (no article text), dense in what the stages
// look for (figures, dates, places, sources, resolutions).
var (
	genCities  = []string{"Vladivostok", "Khabarovsk", "Tomsk", "Irkutsk", "Nakhodka", "Kazan"}
	genOrgs    = []string{"the labour ministry", "the border service", "a Seoul research institute", "the regional governor's office", "Rosstat"}
	genPeople  = []string{"Ivan Petrov", "Kim Soo-yeon", "Anna Orlova", "Park Jae-min"}
	genMonths  = []string{"January", "March", "May", "August", "October", "December"}
	genSectors = []string{"building sites", "fish plants", "sawmills", "farms", "garment shops"}
	genClauses = []func(r *rand.Rand) string{
		func(r *rand.Rand) string {
			return fmt.Sprintf("about %d workers from North Korea arrived in %s in %s %d, %s said",
				(1+r.IntN(90))*100, pick(r, genCities), pick(r, genMonths), 2016+r.IntN(9), pick(r, genOrgs))
		},
		func(r *rand.Rand) string {
			return fmt.Sprintf("%s told reporters on Tuesday that %d more were expected by the end of the year",
				pick(r, genPeople), (1+r.IntN(50))*10)
		},
		func(r *rand.Rand) string {
			return fmt.Sprintf("between %d and %d laborers worked at %s near %s last year, according to %s",
				(1+r.IntN(20))*100, (21+r.IntN(20))*100, pick(r, genSectors), pick(r, genCities), pick(r, genOrgs))
		},
		func(r *rand.Rand) string {
			return fmt.Sprintf("under UN Security Council resolution %d such workers were to be sent home by December 2019",
				[]int{2375, 2397}[r.IntN(2)])
		},
		func(r *rand.Rand) string {
			return fmt.Sprintf("officials in %s declined to comment and the figure could not be checked", pick(r, genCities))
		},
	}
)

func pick(r *rand.Rand, xs []string) string { return xs[r.IntN(len(xs))] }

func capitalize(s string) string { return strings.ToUpper(s[:1]) + s[1:] }

// genArticle returns an article of about n bytes: a headline, then
// paragraphs of three to five ordinary sentences.
func genArticle(n int) string { return genArticleSeed(n, uint64(n)) }

// genArticleSeed is genArticle with its own seed: another article of the
// same size.
func genArticleSeed(n int, seed uint64) string {
	r := rand.New(rand.NewPCG(seed, 1))
	var b strings.Builder
	b.WriteString("Workers from North Korea keep arriving in the Russian Far East\n\n")
	for b.Len() < n {
		for k := 3 + r.IntN(3); k > 0; k-- {
			b.WriteString(capitalize(genClauses[r.IntN(len(genClauses))](r)))
			b.WriteString(". ")
		}
		b.WriteString("\n\n")
	}
	return b.String()
}

// genSentence returns an article whose body is one sentence of about n
// bytes: clauses joined by commas and "and", with one full stop.
func genSentence(n int) string {
	r := rand.New(rand.NewPCG(uint64(n), 2))
	var b strings.Builder
	b.WriteString("Workers from North Korea keep arriving in the Russian Far East\n\n")
	start := b.Len()
	b.WriteString(capitalize(genClauses[0](r)))
	for b.Len()-start < n {
		b.WriteString(", and ")
		b.WriteString(genClauses[r.IntN(len(genClauses))](r))
	}
	b.WriteString(".\n")
	return b.String()
}

// BenchmarkExtractScaling measures extraction against article size (10 KB
// to 4 MB of ordinary sentences) and sentence length (one sentence of 1 KB
// to 64 KB), with the time of each stage per input byte: constant ns/B
// down a column is linear growth.
func BenchmarkExtractScaling(b *testing.B) {
	p := builtin(b)
	type input struct {
		name string
		text func(int) string
		n    int
	}
	var inputs []input
	for _, n := range []int{10 << 10, 40 << 10, 160 << 10, 1 << 20, 4 << 20} {
		inputs = append(inputs, input{"article=" + sizeName(n), genArticle, n})
	}
	for _, n := range []int{1 << 10, 4 << 10, 16 << 10, 64 << 10} {
		inputs = append(inputs, input{"sentence=" + sizeName(n), genSentence, n})
	}
	for _, in := range inputs {
		text := in.text(in.n)
		b.Run(in.name, func(b *testing.B) {
			d := ingest.Document{Source: in.name, Format: ingest.FormatText, Text: text}
			b.SetBytes(int64(len(text)))
			var st [5]time.Duration
			for b.Loop() {
				t0 := time.Now()
				a := clean.Clean(d)
				t1 := time.Now()
				ann := &doc.Annotations{Times: timex.Find(a.Text, timex.Ref{Published: a.Published, Lang: a.Lang})}
				t2 := time.Now()
				ann.Quantities = quantity.Find(a.Text, a.Lang)
				t3 := time.Now()
				names := entity.Find(a.Text)
				ann.Mentions, ann.Entities, ann.LegalRefs = names.Mentions, names.Entities, names.LegalRefs
				t4 := time.Now()
				ann.Claims = claim.Extract(a, ann, p.Topics)
				t5 := time.Now()
				for i, d := range []time.Duration{t1.Sub(t0), t2.Sub(t1), t3.Sub(t2), t4.Sub(t3), t5.Sub(t4)} {
					st[i] += d
				}
			}
			per := float64(b.N) * float64(len(text))
			for i, name := range []string{"clean", "times", "quantities", "names", "claims"} {
				b.ReportMetric(float64(st[i].Nanoseconds())/per, name+"-ns/B")
			}
		})
	}
}

func sizeName(n int) string {
	if n >= 1<<20 {
		return fmt.Sprintf("%dMB", n>>20)
	}
	return fmt.Sprintf("%dKB", n>>10)
}

// genLine returns about n bytes of one line of words and figures without a
// full stop, as in a dump that lost its punctuation and line breaks.
func genLine(n int) string {
	words := strings.Fields("the workers arrived in Russia from North Korea about 300 more were expected ministry said sanctions resolution 2397 in 2024 according to officials")
	r := rand.New(rand.NewPCG(uint64(n), 3))
	var b strings.Builder
	b.WriteString("Workers\n\n")
	for b.Len() < n {
		b.WriteString(words[r.IntN(len(words))])
		b.WriteByte(' ')
	}
	return b.String()
}
