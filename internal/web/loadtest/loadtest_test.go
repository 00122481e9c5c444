package loadtest

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/dossier-osint/dossier/internal/store"
	"github.com/dossier-osint/dossier/internal/store/sqlite"
	"github.com/dossier-osint/dossier/internal/topic"
	"github.com/dossier-osint/dossier/internal/web"
)

// loadAverage returns the 1-minute load average ("?" where unknown), to
// read the figures against how busy the machine was.
func loadAverage() string {
	b, err := os.ReadFile("/proc/loadavg")
	if f := strings.Fields(string(b)); err == nil && len(f) > 0 {
		return f[0]
	}
	return "?"
}

func envInt(name string, def int) int {
	if n, err := strconv.Atoi(os.Getenv(name)); err == nil && n > 0 {
		return n
	}
	return def
}

func TestArticleIsConsistent(t *testing.T) {
	for i := 0; i < 50; i++ {
		a := Article(i, true)
		c := a.Annotations.Claims[0]
		if a.Text[c.Start:c.End] != c.Text || a.Text[c.SentenceStart:c.SentenceEnd] != c.Sentence {
			t.Fatalf("article %d: spans do not match the text", i)
		}
		for _, p := range a.Paragraphs {
			if a.Text[p.Start:p.End] != p.Text {
				t.Fatalf("article %d: paragraph span", i)
			}
		}
		if _, _, ok := store.PeriodBounds(c.Period); !ok {
			t.Fatalf("article %d: period %q", i, c.Period)
		}
	}
}

// TestLoad builds (or reuses) a store of DOSSIER_LOADTEST_ARTICLES articles
// (default 100,000) with DOSSIER_LOADTEST_CLAIMS claims (default 50,000) at
// DOSSIER_LOADTEST_DB (default a temporary file) and measures the server.
// Run: DOSSIER_LOADTEST=1 go test ./internal/web/loadtest -run TestLoad -v -timeout 60m
func TestLoad(t *testing.T) {
	if os.Getenv("DOSSIER_LOADTEST") != "1" {
		t.Skip("set DOSSIER_LOADTEST=1 to run the load test (builds a 100,000-article store; minutes)")
	}
	ctx := context.Background()
	nArt := envInt("DOSSIER_LOADTEST_ARTICLES", 100000)
	nClaims := envInt("DOSSIER_LOADTEST_CLAIMS", 50000)
	clients := envInt("DOSSIER_LOADTEST_CLIENTS", 8)
	secs := envInt("DOSSIER_LOADTEST_SECONDS", 10)
	path := os.Getenv("DOSSIER_LOADTEST_DB")
	if path == "" {
		path = t.TempDir() + "/load.db"
	}
	st, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	c, err := st.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if c.Articles < nArt {
		t0 := time.Now()
		if err := Fill(ctx, st, c.Articles, nArt, nClaims, func(n int) { t.Logf("%d articles stored (%s)", n, time.Since(t0).Round(time.Second)) }); err != nil {
			t.Fatal(err)
		}
		t.Logf("store built: %d articles in %s", nArt, time.Since(t0).Round(time.Second))
	}
	if c, err = st.Counts(ctx); err != nil {
		t.Fatal(err)
	}
	t.Logf("store: %d articles, %d claims", c.Articles, c.Claims)
	tops, err := topic.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	srv, err := web.New(st, web.Options{Topics: tops})
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	sctx, stop := context.WithCancel(ctx)
	defer stop()
	go srv.Serve(sctx, ln)
	base := "http://" + ln.Addr().String()
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: clients * 2}, Timeout: time.Minute}

	words := []string{"vladivostok", "timber", "fishing", "khabarovsk", "\"textile workshops\"", "remittances", "restaurants tomsk", "visas", "construct*", "kazan"}
	var search, claimsAPI, indicator []string
	for i, w := range words {
		search = append(search, base+"/search?q="+url.QueryEscape(w))
		claimsAPI = append(claimsAPI, fmt.Sprintf("%s/api/v1/claims?limit=50&offset=%d", base, i*50))
		claimsAPI = append(claimsAPI, fmt.Sprintf("%s/api/v1/claims?indicator=dprk_arrivals_russia&limit=50&offset=%d", base, i*100))
		indicator = append(indicator, fmt.Sprintf("%s/indicators/dprk_arrivals_russia?offset=%d", base, i*50))
	}
	// Warm up: the first request of each cached view computes it.
	for _, u := range []string{base + "/", indicator[0], search[0], claimsAPI[0]} {
		t0 := time.Now()
		resp, err := client.Get(u)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		t.Logf("cold %s: %d in %s", u[len(base):], resp.StatusCode, time.Since(t0).Round(time.Millisecond))
	}
	t.Logf("%d clients, %ds per endpoint", clients, secs)
	t.Log("| endpoint | requests | errors | req/s | p50 ms | p95 ms | p99 ms |")
	for _, tc := range []struct {
		name string
		urls []string
	}{
		{"overview /", []string{base + "/"}},
		{"indicator page", indicator},
		{"search page", search},
		{"claims API", claimsAPI},
	} {
		before := loadAverage()
		r := Run(ctx, client, tc.name, tc.urls, clients, time.Duration(secs)*time.Second)
		t.Logf("%s (load average %s before, %s after)", r.String(), before, loadAverage())
		if r.Errors > 0 {
			t.Errorf("%s: %d errors", tc.name, r.Errors)
		}
	}
}
