// Package webtest builds small stores of hand-written articles for the web
// package's tests, browser tests and load test: articles with times,
// quantities, names and claims at computed offsets, a copy pair, a
// contradiction and an article full of markup that must never run.
package webtest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
	"testing"

	"github.com/dossier-osint/dossier/internal/doc"
	"github.com/dossier-osint/dossier/internal/store"
	"github.com/dossier-osint/dossier/internal/store/sqlite"
	"github.com/dossier-osint/dossier/internal/topic"
)

// Spec describes an article in terms of substrings; Build computes offsets.
type Spec struct {
	Key       string // name for tests
	Title     string
	Published string
	Credit    string
	URL       string
	Paras     []string
	Times     []TimeSpec
	Mentions  []MentionSpec
	Claims    []ClaimSpec
	Removed   []doc.Removed
}

// TimeSpec is a time expression: the first occurrence of Text.
type TimeSpec struct{ Text, Type, Value string }

// MentionSpec is a name: the first occurrence of Text.
type MentionSpec struct{ Text, Type, Entity, Name string }

// ClaimSpec is a claim whose figure is the first occurrence of Figure.
type ClaimSpec struct {
	Figure     string
	Value      doc.Value
	Unit       string
	Counted    string
	Topic      string
	Indicator  string
	Period     string
	PeriodText string
	SaidBy     string
	Origin     string
}

// XSS payloads used in the hostile article.
const (
	XSSTitle = `Workers <script>window.__pwned="title"</script><img src=x onerror="window.__pwned='img'">`
	XSSPara  = `Officials said <script>document.title="pwned"</script> that 4,000 North Korean workers arrived in 2024. ` +
		`Read <a href="javascript:window.__pwned='link'">this</a> and "><svg onload="window.__pwned='svg'"> now.`
	XSSSaidBy = `<script>window.__pwned="said"</script>Ministry`
)

// Articles are the fixture's articles, in insertion order.
func Articles() []Spec {
	return []Spec{
		{
			Key: "border", Title: "North Korean arrivals in Russia rose sharply last year",
			Published: "2024-03-10", Credit: "Harbour Gazette", URL: "https://example.org/border",
			Paras: []string{
				"Roughly 13,000 North Koreans entered Russia in 2023, Russia's border service said on Monday.",
				"Most of them came on student visas, the service added, while officials in Moscow declined to comment.",
			},
			Times:    []TimeSpec{{"2023", "DATE", "2023"}, {"Monday", "DATE", "2024-03-04"}},
			Mentions: []MentionSpec{{"Russia", "LOC", "LOC:russia", "Russia"}, {"Moscow", "LOC", "LOC:moscow", "Moscow"}},
			Claims: []ClaimSpec{{Figure: "Roughly 13,000", Value: doc.Value{Bound: doc.BoundExact, Number: 13000, Approx: true},
				Unit: "person", Counted: "North Koreans", Topic: "dprk-labour-russia", Indicator: "dprk_arrivals_russia",
				Period: "2023", PeriodText: "in 2023", SaidBy: "Russian border service", Origin: "Russian border service"}},
			Removed: []doc.Removed{{Text: "Subscribe to our newsletter for more border news", Reason: "boilerplate:newsletter", Index: 3}},
		},
		{
			Key: "border-copy", Title: "North Korean arrivals in Russia rose sharply last year",
			Published: "2024-03-11", Credit: "Daily Relay", URL: "https://example.net/relay",
			Paras: []string{
				"Roughly 13,000 North Koreans entered Russia in 2023, Russia's border service said on Monday.",
				"Most of them came on student visas, the service added.",
			},
			Times:    []TimeSpec{{"2023", "DATE", "2023"}},
			Mentions: []MentionSpec{{"Russia", "LOC", "LOC:russia", "Russia"}},
			Claims: []ClaimSpec{{Figure: "Roughly 13,000", Value: doc.Value{Bound: doc.BoundExact, Number: 13000, Approx: true},
				Unit: "person", Counted: "North Koreans", Topic: "dprk-labour-russia", Indicator: "dprk_arrivals_russia",
				Period: "2023", PeriodText: "in 2023", SaidBy: "Russian border service", Origin: "Russian border service"}},
		},
		{
			Key: "spy", Title: "Seoul puts the number of new arrivals far lower",
			Published: "2024-04-02", Credit: "Peninsula Wire",
			Paras: []string{
				"South Korea's spy agency told lawmakers that 5,000 North Koreans arrived in Russia in 2023.",
				"The agency did not say how it counted them.",
			},
			Times:    []TimeSpec{{"2023", "DATE", "2023"}},
			Mentions: []MentionSpec{{"South Korea", "LOC", "LOC:south korea", "South Korea"}, {"Russia", "LOC", "LOC:russia", "Russia"}},
			Claims: []ClaimSpec{{Figure: "5,000", Value: doc.Exact(5000), Unit: "person", Counted: "North Koreans",
				Topic: "dprk-labour-russia", Indicator: "dprk_arrivals_russia", Period: "2023", PeriodText: "in 2023",
				SaidBy: "National Intelligence Service", Origin: "National Intelligence Service"}},
		},
		{
			Key: "stock", Title: "Estimates of North Korean labourers working in Russia vary widely",
			Published: "2024-06-20", Credit: "Harbour Gazette",
			Paras: []string{
				"Between 20,000 and 30,000 North Korean labourers were working in Russia in June 2024, a researcher at Kookmin University estimated.",
				"At least 10,000 of them worked on building sites in 2022, the researcher said.",
			},
			Times: []TimeSpec{{"June 2024", "DATE", "2024-06"}, {"2022", "DATE", "2022"}},
			Mentions: []MentionSpec{{"Kookmin University", "ORG", "ORG:kookmin university", "Kookmin University"},
				{"Russia", "LOC", "LOC:russia", "Russia"}},
			Claims: []ClaimSpec{
				{Figure: "Between 20,000 and 30,000", Value: doc.Range(20000, 30000), Unit: "person", Counted: "North Korean labourers",
					Topic: "dprk-labour-russia", Indicator: "dprk_workers_in_russia", Period: "2024-06", PeriodText: "in June 2024",
					SaidBy: "Kookmin University", Origin: "Kookmin University"},
				{Figure: "At least 10,000", Value: doc.Value{Bound: doc.BoundMin, Number: 10000}, Unit: "person",
					Topic: "dprk-labour-russia", Indicator: "dprk_workers_in_russia", Period: "2022", PeriodText: "in 2022",
					SaidBy: "Kookmin University", Origin: "Kookmin University"},
			},
		},
		{
			Key: "xss", Title: XSSTitle, Published: "2024-07-01", Credit: `Evil <b>Outlet</b>`,
			URL:      `javascript:alert(1)`,
			Paras:    []string{XSSPara},
			Mentions: []MentionSpec{{"Officials", "ORG", `ORG:<script>x</script>`, `<img src=x onerror="window.__pwned='entity'">`}},
			Claims: []ClaimSpec{{Figure: "4,000", Value: doc.Exact(4000), Unit: "person", Counted: "North Korean workers",
				Topic: "dprk-labour-russia", Indicator: "dprk_arrivals_russia", Period: "2024", PeriodText: "in 2024",
				SaidBy: XSSSaidBy, Origin: XSSSaidBy}},
			Removed: []doc.Removed{{Text: `<script>window.__pwned="removed"</script>`, Reason: "boilerplate:script", Index: 1}},
		},
	}
}

// Make builds the article of a spec with offsets computed.
func Make(sp Spec) (*doc.Article, error) {
	a := &doc.Article{Source: "webtest:" + sp.Key, URL: sp.URL, Format: "txt", Title: sp.Title,
		Published: sp.Published, Credit: sp.Credit, Lang: "en", Removed: sp.Removed}
	var b strings.Builder
	addPara := func(kind, text string) {
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		start := b.Len()
		b.WriteString(text)
		a.Paragraphs = append(a.Paragraphs, doc.Paragraph{Kind: kind, Start: start, End: b.Len(), Text: text})
	}
	if sp.Title != "" {
		addPara(doc.KindTitle, sp.Title)
	}
	bodyStart := b.Len()
	for _, p := range sp.Paras {
		addPara(doc.KindBody, p)
	}
	a.Text = b.String()
	body := a.Text[bodyStart:]
	find := func(s string) (int, int, error) {
		i := strings.Index(body, s)
		if i < 0 {
			return 0, 0, fmt.Errorf("article %s: %q not in body", sp.Key, s)
		}
		return bodyStart + i, bodyStart + i + len(s), nil
	}
	an := &doc.Annotations{}
	for _, t := range sp.Times {
		s, e, err := find(t.Text)
		if err != nil {
			return nil, err
		}
		an.Times = append(an.Times, doc.Time{Start: s, End: e, Text: t.Text, Type: t.Type, Value: t.Value, Granularity: "year", Rule: "webtest"})
	}
	ents := map[string]int{}
	for _, m := range sp.Mentions {
		s, e, err := find(m.Text)
		if err != nil {
			return nil, err
		}
		an.Mentions = append(an.Mentions, doc.Mention{Start: s, End: e, Text: m.Text, Type: m.Type, Entity: m.Entity, Rule: "webtest"})
		if _, ok := ents[m.Entity]; !ok {
			ents[m.Entity] = len(an.Entities)
			an.Entities = append(an.Entities, doc.Entity{Key: m.Entity, Name: m.Name, Type: m.Type, Variants: []string{m.Text}})
		}
	}
	for _, c := range sp.Claims {
		s, e, err := find(c.Figure)
		if err != nil {
			return nil, err
		}
		ss := strings.LastIndex(a.Text[:s], "\n\n")
		if ss < 0 {
			ss = 0
		} else {
			ss += 2
		}
		if k := strings.LastIndex(a.Text[ss:s], ". "); k >= 0 {
			ss += k + 2
		}
		se := len(a.Text)
		if k := strings.Index(a.Text[e:], "\n\n"); k >= 0 {
			se = e + k
		}
		if k := strings.Index(a.Text[e:se], ". "); k >= 0 {
			se = e + k + 1
		}
		q := doc.Quantity{Start: s, End: e, Text: c.Figure, Kind: doc.QCount, Value: c.Value, Unit: c.Unit, Rule: "webtest"}
		an.Quantities = append(an.Quantities, q)
		an.Claims = append(an.Claims, doc.Claim{Start: s, End: e, Text: c.Figure, Sentence: a.Text[ss:se],
			SentenceStart: ss, SentenceEnd: se, Value: c.Value, Unit: c.Unit, Counted: c.Counted, Topic: c.Topic,
			Indicator: c.Indicator, Period: c.Period, PeriodText: c.PeriodText, SaidBy: c.SaidBy, Origin: c.Origin,
			Why: []string{"webtest fixture"}})
	}
	a.Annotations = an
	h := sha256.Sum256([]byte(a.Text))
	a.Hash = hex.EncodeToString(h[:])
	return a, nil
}

// Fixture is a store filled with Articles.
type Fixture struct {
	Store  *sqlite.Store
	Path   string
	IDs    map[string]int64 // article ids by spec key
	Topics []*topic.Topic
}

// Build fills st with the fixture articles and links the copy pair.
func Build(ctx context.Context, st store.Store) (map[string]int64, error) {
	ids := map[string]int64{}
	for _, sp := range Articles() {
		a, err := Make(sp)
		if err != nil {
			return nil, err
		}
		id, _, err := st.PutArticle(ctx, a)
		if err != nil {
			return nil, fmt.Errorf("put %s: %w", sp.Key, err)
		}
		ids[sp.Key] = id
	}
	if _, err := st.SetLink(ctx, store.KindCopy, store.Link{ArticleID: ids["border-copy"], Of: ids["border"], Relation: store.RelNear, Similarity: 0.93}); err != nil {
		return nil, err
	}
	if _, err := st.SetLink(ctx, store.KindStory, store.Link{ArticleID: ids["spy"], Of: ids["border"]}); err != nil {
		return nil, err
	}
	return ids, nil
}

// New opens a SQLite store in a temporary directory and fills it.
func New(t testing.TB) *Fixture {
	t.Helper()
	ctx := context.Background()
	path := t.TempDir() + "/dossier.db"
	st, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	ids, err := Build(ctx, st)
	if err != nil {
		t.Fatal(err)
	}
	tops, err := topic.Builtin()
	if err != nil {
		t.Fatalf("builtin topics: %v", err)
	}
	return &Fixture{Store: st, Path: path, IDs: ids, Topics: tops}
}

// Reextract replays the fixture's machine annotations for every article,
// as "dossier reextract" does after the extraction rules change.
func Reextract(ctx context.Context, st store.Store, ids map[string]int64) error {
	for _, sp := range Articles() {
		a, err := Make(sp)
		if err != nil {
			return err
		}
		if _, err := st.ReplaceAnnotations(ctx, ids[sp.Key], a.Annotations); err != nil {
			return err
		}
	}
	return nil
}
