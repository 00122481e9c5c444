// Package loadtest builds a large synthetic store (many small generated
// articles with claims) and measures the web server under concurrent load:
// requests per second and p50/p95/p99 latency per endpoint. The test in
// this package runs it when DOSSIER_LOADTEST=1.
package loadtest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/dossier-osint/dossier/internal/doc"
	"github.com/dossier-osint/dossier/internal/store"
)

var (
	cities     = []string{"Vladivostok", "Khabarovsk", "Moscow", "Novosibirsk", "Tomsk", "Irkutsk", "Kazan", "Rostov", "Ussuriysk", "Nakhodka"}
	sources    = []string{"Russian border service", "National Intelligence Service", "Interior Ministry", "Yonhap", "NK News", "Daily NK", "Kookmin University", "UN Panel of Experts", "Rosstat", "Ministry of Unification", "RFA", "Kommersant"}
	outlets    = []string{"Harbour Gazette", "Daily Relay", "Peninsula Wire", "Eastern Ledger", "Border Post", "Morning Dispatch"}
	sectors    = []string{"construction sites", "fishing fleets", "timber camps", "textile workshops", "farms", "restaurants"}
	indicators = []string{"dprk_workers_in_russia", "dprk_arrivals_russia", "work_permits_dprk", "remittances_dprk_usd", "dprk_troops_russia"}
	units      = map[string]string{"remittances_dprk_usd": "USD", "work_permits_dprk": "permit"}
)

// Article returns synthetic article i; articles with i < claims carry one
// claim. Text and figures are generated, never taken from real articles.
func Article(i int, withClaim bool) *doc.Article {
	r := rand.New(rand.NewPCG(uint64(i), 7))
	year := 2015 + r.IntN(11)
	month := 1 + r.IntN(12)
	city := cities[r.IntN(len(cities))]
	src := sources[r.IntN(len(sources))]
	sector := sectors[r.IntN(len(sectors))]
	n := (1 + r.IntN(300)) * 100
	title := fmt.Sprintf("Report %d: North Korean workers seen at %s near %s", i, sector, city)
	fig := fmt.Sprintf("%d", n)
	body1 := fmt.Sprintf("About %s North Korean workers were employed at %s near %s in %d, %s said.", fig, sector, city, year, src)
	body2 := fmt.Sprintf("Local officials in %s did not answer questions about the %s, and the figure could not be checked independently.", city, sector)
	body3 := fmt.Sprintf("Article number %d of the synthetic benchmark corpus mentions sanctions, visas and remittances.", i)
	text := title + "\n\n" + body1 + "\n\n" + body2 + "\n\n" + body3
	a := &doc.Article{Source: fmt.Sprintf("loadtest:%d", i), Format: "txt", Title: title,
		Published: fmt.Sprintf("%04d-%02d-%02d", year, month, 1+r.IntN(28)), Credit: outlets[r.IntN(len(outlets))], Lang: "en", Text: text}
	off := 0
	for k, p := range []string{title, body1, body2, body3} {
		kind := doc.KindBody
		if k == 0 {
			kind = doc.KindTitle
		}
		a.Paragraphs = append(a.Paragraphs, doc.Paragraph{Kind: kind, Start: off, End: off + len(p), Text: p})
		off += len(p) + 2
	}
	an := &doc.Annotations{}
	s1 := len(title) + 2
	fs := s1 + strings.Index(body1, fig)
	ys := s1 + strings.Index(body1, fmt.Sprint(year))
	an.Times = []doc.Time{{Start: ys, End: ys + 4, Text: fmt.Sprint(year), Type: "DATE", Value: fmt.Sprint(year)}}
	v := doc.Value{Bound: doc.BoundExact, Number: float64(n), Approx: true}
	an.Quantities = []doc.Quantity{{Start: fs, End: fs + len(fig), Text: fig, Kind: doc.QCount, Value: v, Unit: "person"}}
	cs := s1 + strings.Index(body1, city)
	key := "LOC:" + strings.ToLower(city)
	an.Mentions = []doc.Mention{{Start: cs, End: cs + len(city), Text: city, Type: doc.LOC, Entity: key}}
	an.Entities = []doc.Entity{{Key: key, Name: city, Type: doc.LOC, Variants: []string{city}}}
	if withClaim {
		ind := indicators[i%len(indicators)]
		unit := units[ind]
		if unit == "" {
			unit = "person"
		}
		period := fmt.Sprint(year)
		if r.IntN(2) == 0 {
			period = fmt.Sprintf("%04d-%02d", year, month)
		}
		an.Claims = []doc.Claim{{Start: fs, End: fs + len(fig), Text: fig, Sentence: body1, SentenceStart: s1,
			SentenceEnd: s1 + len(body1), Value: v, Unit: unit, Counted: "North Korean workers", Topic: "dprk-labour-russia",
			Indicator: ind, Period: period, SaidBy: src, Origin: src}}
	}
	a.Annotations = an
	h := sha256.Sum256([]byte(text))
	a.Hash = hex.EncodeToString(h[:])
	return a
}

// Fill stores articles [from, to); the first claims articles carry a claim.
func Fill(ctx context.Context, st store.Store, from, to, claims int, progress func(done int)) error {
	for i := from; i < to; i++ {
		if _, _, err := st.PutArticle(ctx, Article(i, i < claims)); err != nil {
			return fmt.Errorf("article %d: %w", i, err)
		}
		if progress != nil && (i+1)%5000 == 0 {
			progress(i + 1)
		}
	}
	return nil
}

// Result is the measurement of one endpoint.
type Result struct {
	Name          string
	Requests      int
	Errors        int
	RPS           float64
	P50, P95, P99 time.Duration
}

func (r Result) String() string {
	ms := func(d time.Duration) string { return fmt.Sprintf("%.1f", float64(d.Microseconds())/1000) }
	return fmt.Sprintf("| %s | %d | %d | %.0f | %s | %s | %s |", r.Name, r.Requests, r.Errors, r.RPS, ms(r.P50), ms(r.P95), ms(r.P99))
}

// Run sends requests from urls (picked in turn) with the given number of
// concurrent clients for the duration and measures them. A non-200 answer
// counts as an error.
func Run(ctx context.Context, client *http.Client, name string, urls []string, clients int, d time.Duration) Result {
	var mu sync.Mutex
	var lat []time.Duration
	errs := 0
	deadline := time.Now().Add(d)
	var wg sync.WaitGroup
	start := time.Now()
	for c := 0; c < clients; c++ {
		wg.Add(1)
		go func(c int) {
			defer wg.Done()
			var mine []time.Duration
			bad := 0
			for k := c; time.Now().Before(deadline) && ctx.Err() == nil; k += clients {
				u := urls[k%len(urls)]
				t0 := time.Now()
				resp, err := client.Get(u)
				if err == nil {
					io.Copy(io.Discard, resp.Body)
					resp.Body.Close()
					if resp.StatusCode != 200 {
						bad++
					}
				} else {
					bad++
				}
				mine = append(mine, time.Since(t0))
			}
			mu.Lock()
			lat = append(lat, mine...)
			errs += bad
			mu.Unlock()
		}(c)
	}
	wg.Wait()
	el := time.Since(start)
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	pct := func(p float64) time.Duration {
		if len(lat) == 0 {
			return 0
		}
		return lat[min(len(lat)-1, int(p*float64(len(lat))))]
	}
	return Result{Name: name, Requests: len(lat), Errors: errs, RPS: float64(len(lat)) / el.Seconds(),
		P50: pct(0.50), P95: pct(0.95), P99: pct(0.99)}
}
