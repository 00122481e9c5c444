package storetest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"strings"

	"github.com/dossier-osint/dossier/internal/doc"
	"github.com/dossier-osint/dossier/internal/store"
)

// builder assembles an article from paragraphs and annotates spans by the
// text they cover, so fixtures read like the articles they stand for.
type builder struct {
	a *doc.Article
}

func newArticle(source, title, published, credit, lang string, body ...string) *builder {
	a := &doc.Article{Source: source, Format: "txt", Title: title, Published: published, Credit: credit,
		Lang: lang, Annotations: &doc.Annotations{}}
	var sb strings.Builder
	add := func(kind, text string) {
		if sb.Len() > 0 {
			sb.WriteString("\n\n")
		}
		start := sb.Len()
		sb.WriteString(text)
		a.Paragraphs = append(a.Paragraphs, doc.Paragraph{Kind: kind, Start: start, End: sb.Len(), Text: text})
	}
	if title != "" {
		add(doc.KindTitle, title)
	}
	for _, p := range body {
		add(doc.KindBody, p)
	}
	a.Text = sb.String()
	sum := sha256.Sum256([]byte(a.Text))
	a.Hash = hex.EncodeToString(sum[:])
	return &builder{a: a}
}

// span returns the byte span of the n-th (0-based) occurrence of s.
func (b *builder) span(s string, n int) doc.Span {
	from := 0
	for {
		i := strings.Index(b.a.Text[from:], s)
		if i < 0 {
			panic("storetest fixture: " + s + " not in text")
		}
		if n == 0 {
			return doc.Span{Start: from + i, End: from + i + len(s)}
		}
		n--
		from += i + len(s)
	}
}

// sentence returns the span and text of the sentence holding sp.
func (b *builder) sentence(sp doc.Span) (string, int, int) {
	t := b.a.Text
	start := strings.LastIndexAny(t[:sp.Start], ".\n") + 1
	for start < len(t) && t[start] == ' ' {
		start++
	}
	end := strings.IndexAny(t[sp.End:], ".\n")
	if end < 0 {
		end = len(t)
	} else {
		end += sp.End + 1
	}
	return t[start:end], start, end
}

func (b *builder) time(text, typ, value string) *builder {
	sp := b.span(text, 0)
	b.a.Annotations.Times = append(b.a.Annotations.Times, doc.Time{Start: sp.Start, End: sp.End, Text: text,
		Type: typ, Value: value, Granularity: "month", Rule: "fixture", Anchor: "publication date " + b.a.Published})
	return b
}

func (b *builder) quantity(text, kind string, v doc.Value, unit string) *builder {
	sp := b.span(text, 0)
	b.a.Annotations.Quantities = append(b.a.Annotations.Quantities, doc.Quantity{Start: sp.Start, End: sp.End,
		Text: text, Kind: kind, Value: v, Unit: unit, Rule: "fixture"})
	return b
}

func (b *builder) mention(text, typ, key string) *builder {
	sp := b.span(text, 0)
	b.a.Annotations.Mentions = append(b.a.Annotations.Mentions, doc.Mention{Start: sp.Start, End: sp.End,
		Text: text, Type: typ, Entity: key, Rule: "fixture"})
	return b
}

func (b *builder) entity(key, name, typ string, variants ...string) *builder {
	b.a.Annotations.Entities = append(b.a.Annotations.Entities, doc.Entity{Key: key, Name: name, Type: typ,
		Variants: variants, Links: []string{name + " <- fixture"}})
	return b
}

func (b *builder) legal(text, instrument string, para int) *builder {
	sp := b.span(text, 0)
	b.a.Annotations.LegalRefs = append(b.a.Annotations.LegalRefs, doc.LegalRef{Start: sp.Start, End: sp.End,
		Text: text, Instrument: instrument, Paragraph: para})
	return b
}

// claim adds a claim on the quantity text with indicator, period and speaker.
func (b *builder) claim(text string, v doc.Value, unit, indicator, period, saidBy string) *builder {
	b.a.Annotations.Claims = append(b.a.Annotations.Claims, b.makeClaim(text, v, unit, indicator, period, saidBy))
	return b
}

func (b *builder) makeClaim(text string, v doc.Value, unit, indicator, period, saidBy string) doc.Claim {
	sp := b.span(text, 0)
	sent, ss, se := b.sentence(sp)
	return doc.Claim{Start: sp.Start, End: sp.End, Text: text, Sentence: sent, SentenceStart: ss,
		SentenceEnd: se, Value: v, Unit: unit, Counted: "workers", Event: "arrived", Place: "Russia",
		Scope: "on work visas", Topic: "dprk-labor", Indicator: indicator, Period: period, PeriodText: period, SaidBy: saidBy,
		Origin: "statement", Why: []string{"value <- fixture", "indicator <- fixture"}}
}

func (b *builder) done() *doc.Article { return b.a }

// Fixture articles. The sentences are written for these tests.
func articleA() *doc.Article {
	return newArticle("a.txt", "Thousands of laborers arrive in the Far East", "2024-03-10", "Harbor News", "en",
		"More than 12,000 workers from Pyongyang arrived in Vladivostok during 2023, the regional ministry said.",
		"The workers were repatriated in part after resolution 2397 took effect, according to officials.",
	).
		time("during 2023", "DATE", "2023").
		quantity("More than 12,000", doc.QCount, doc.Value{Bound: doc.BoundMin, Number: 12000}, "workers").
		quantity("2397", doc.QResolution, doc.Exact(2397), "").
		mention("Pyongyang", doc.LOC, "LOC:pyongyang").
		mention("Vladivostok", doc.LOC, "LOC:vladivostok").
		mention("the regional ministry", doc.ORG, "ORG:regional ministry").
		entity("LOC:pyongyang", "Pyongyang", doc.LOC, "Pyongyang").
		entity("LOC:vladivostok", "Vladivostok", doc.LOC, "Vladivostok").
		entity("ORG:regional ministry", "Regional Ministry", doc.ORG, "the regional ministry").
		legal("resolution 2397", "UNSCR 2397", 0).
		claim("More than 12,000", doc.Value{Bound: doc.BoundMin, Number: 12000}, "workers", "entries", "2023",
			"the regional ministry").
		done()
}

func articleB() *doc.Article {
	return newArticle("b.txt", "Construction sites rely on foreign crews", "2024-05-02", "Daily Ledger", "en",
		"About 5,000 builders came to Moscow in the first quarter of 2024, a labor agency reported.",
		"Officials of the Regional Ministry said visas for students rose by 300-500 in March 2024.",
	).
		time("the first quarter of 2024", "DATE", "2024-Q1").
		time("March 2024", "DATE", "2024-03").
		quantity("About 5,000", doc.QCount, doc.Value{Bound: doc.BoundExact, Number: 5000, Approx: true}, "builders").
		quantity("300-500", doc.QCount, doc.Range(300, 500), "").
		mention("Moscow", doc.LOC, "LOC:moscow").
		mention("Regional Ministry", doc.ORG, "ORG:regional ministry").
		entity("LOC:moscow", "Moscow", doc.LOC, "Moscow").
		entity("ORG:regional ministry", "Regional Ministry", doc.ORG, "Regional Ministry", "ministry of the region").
		claim("About 5,000", doc.Value{Bound: doc.BoundExact, Number: 5000, Approx: true}, "workers", "entries",
			"2024-Q1", "a labor agency").
		claim("300-500", doc.Range(300, 500), "visas", "student-visas", "2024-03", "Regional Ministry").
		done()
}

// articleC has no date and another language.
func articleC() *doc.Article {
	return newArticle("c.txt", "Sanctions monitors count dormitories", "", "Harbor News", "de",
		"Inspectors counted 40 dormitories near the port, a monitoring group said.",
	).
		quantity("40", doc.QCount, doc.Exact(40), "dormitories").
		claim("40", doc.Exact(40), "dormitories", "", "", "a monitoring group").
		done()
}

// articleD is dated later and says nothing about workers.
func articleD() *doc.Article {
	return newArticle("d.txt", "Port traffic recovers in spring", "2024-06-20", "daily ledger", "en",
		"Freight volumes at the eastern port grew by a tenth, traders said on Tuesday.",
	).done()
}

// replaceClaims gives the article the claims of a re-extraction as
// ReplaceAnnotations does, its other annotations as stored.
func replaceClaims(ctx context.Context, s store.Store, id int64, claims []doc.Claim) (store.ReplaceResult, error) {
	a, err := s.Article(ctx, id)
	if err != nil {
		return store.ReplaceResult{}, err
	}
	an := *a.Annotations
	an.Claims = claims
	return s.ReplaceAnnotations(ctx, id, &an)
}

// putSignature stores one signature.
func putSignature(ctx context.Context, s store.Store, id int64, sig []byte) error {
	return s.PutSignatures(ctx, []store.Signature{{ArticleID: id, Sig: sig}})
}
