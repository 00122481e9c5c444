package loadtest

import (
	"context"
	"io"
	"net/http"
	"net/url"
	"sort"
	"strings"
	"sync"
	"time"
)

// WorstSearch is the costliest query the search box accepts as one
// request (issue 17): "a* " 333 times, 999 bytes of prefix terms.
var WorstSearch = strings.Repeat("a* ", 333)

// WorstSearchURLs are the search page and the search API asked WorstSearch.
func WorstSearchURLs(base string) []string {
	q := url.QueryEscape(WorstSearch)
	return []string{base + "/search?q=" + q, base + "/api/v1/search?q=" + q}
}

// Hostile sends urls from n clients in a loop until the returned stop is
// called, which waits for them and returns their measurement. Any answer
// but 200 counts as an error.
func Hostile(ctx context.Context, client *http.Client, name string, urls []string, n int) (stop func() Result) {
	ctx, cancel := context.WithCancel(ctx)
	var mu sync.Mutex
	var lat []time.Duration
	errs := 0
	var wg sync.WaitGroup
	start := time.Now()
	for c := 0; c < n; c++ {
		wg.Add(1)
		go func(c int) {
			defer wg.Done()
			for k := c; ctx.Err() == nil; k++ {
				t0 := time.Now()
				req, _ := http.NewRequestWithContext(ctx, "GET", urls[k%len(urls)], nil)
				resp, err := client.Do(req)
				bad := false
				if err == nil {
					io.Copy(io.Discard, resp.Body)
					resp.Body.Close()
					bad = resp.StatusCode != 200
				} else {
					bad = ctx.Err() == nil // cut off by stop: not an error
				}
				if ctx.Err() != nil && err != nil {
					return
				}
				mu.Lock()
				lat = append(lat, time.Since(t0))
				if bad {
					errs++
				}
				mu.Unlock()
			}
		}(c)
	}
	return func() Result {
		cancel()
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
}
