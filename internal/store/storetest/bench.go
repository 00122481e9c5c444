package storetest

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/dossier-osint/dossier/internal/doc"
	"github.com/dossier-osint/dossier/internal/store"
)

// BenchArticle is a synthetic article of about 3 KB with annotations and
// eight claims.
func BenchArticle(i int) *doc.Article {
	var sb strings.Builder
	a := &doc.Article{Source: fmt.Sprintf("bench-%d.txt", i), Format: "txt", Lang: "en", Credit: "Bench Wire",
		Title: fmt.Sprintf("Report %d on labor crews", i), Published: fmt.Sprintf("2024-%02d-%02d", i%12+1, i%28+1)}
	an := &doc.Annotations{}
	for p := 0; p < 8; p++ {
		if p > 0 {
			sb.WriteString("\n\n")
		}
		start := sb.Len()
		fmt.Fprintf(&sb, "In paragraph %d of report %d, officials said %d workers arrived at site %d during spring, "+
			"while inspectors counted dormitories and contractors described shifts of twelve hours.", p, i, 100+p, i%50)
		a.Paragraphs = append(a.Paragraphs, doc.Paragraph{Kind: doc.KindBody, Start: start, End: sb.Len()})
		an.Quantities = append(an.Quantities, doc.Quantity{Start: start + 40, End: start + 43, Text: "100",
			Kind: doc.QCount, Value: doc.Exact(100), Unit: "workers"})
		an.Times = append(an.Times, doc.Time{Start: start + 80, End: start + 86, Text: "spring", Type: "DATE", Value: "2024-SP"})
		an.Mentions = append(an.Mentions, doc.Mention{Start: start, End: start + 2, Text: "In", Type: doc.ORG, Entity: "ORG:officials"})
		an.Claims = append(an.Claims, doc.Claim{Start: start + 40, End: start + 43, Text: "100", Value: doc.Exact(100),
			Unit: "workers", Indicator: "entries", Period: "2024-SP", SaidBy: "officials", SentenceStart: start, SentenceEnd: start + 10})
	}
	an.Entities = []doc.Entity{{Key: "ORG:officials", Name: "officials", Type: doc.ORG, Variants: []string{"officials"}}}
	a.Text = sb.String()
	for j := range a.Paragraphs {
		p := &a.Paragraphs[j]
		p.Text = a.Text[p.Start:p.End]
	}
	a.Hash = fmt.Sprintf("bench-%d", i)
	a.Annotations = an
	return a
}

// BenchPutArticle stores b.N synthetic articles, one transaction each.
func BenchPutArticle(b *testing.B, s store.Store) {
	ctx := context.Background()
	arts := make([]*doc.Article, b.N)
	for i := range arts {
		arts[i] = BenchArticle(i)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, _, err := s.PutArticle(ctx, arts[i]); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

// BenchPutArticles stores b.N synthetic articles, 32 per transaction (as
// ingest does).
func BenchPutArticles(b *testing.B, s store.Store) {
	ctx := context.Background()
	arts := make([]*doc.Article, b.N)
	for i := range arts {
		arts[i] = BenchArticle(i)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i += 32 {
		if _, err := s.PutArticles(ctx, arts[i:min(i+32, b.N)]); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

// BenchSearch runs four searches over 2,000 synthetic articles.
func BenchSearch(b *testing.B, s store.Store) {
	ctx := context.Background()
	for i := 0; i < 2000; i++ {
		if _, _, err := s.PutArticle(ctx, BenchArticle(i)); err != nil {
			b.Fatal(err)
		}
	}
	for _, c := range []struct {
		name string
		q    store.SearchQuery
	}{
		{"all-2000-match", store.SearchQuery{Text: "dormitories", Limit: 20}},
		{"phrase-1-match", store.SearchQuery{Text: `"report 1234"`, Limit: 20}},
		{"prefix-or-dated", store.SearchQuery{Text: "contract* OR inspectors", Limit: 20, From: "2024-03-01"}},
		{"site-40-match", store.SearchQuery{Text: `"site 17"`, Limit: 20}},
	} {
		b.Run(c.name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				if _, _, err := s.Search(ctx, c.q); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
