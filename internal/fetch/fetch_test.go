package fetch

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// testClient reaches only the given servers among private addresses.
func testClient(opt Options, servers ...*httptest.Server) *Client {
	for _, s := range servers {
		opt.AllowAddrs = append(opt.AllowAddrs, s.Listener.Addr().String())
	}
	if opt.PerHostInterval == 0 {
		opt.PerHostInterval = time.Millisecond
	}
	opt.Backoff = func(int) time.Duration { return time.Millisecond }
	return New(opt)
}

func TestConditionalGet(t *testing.T) {
	var full, notModified atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		if r.Header.Get("User-Agent") != UserAgent {
			t.Errorf("User-Agent = %q", r.Header.Get("User-Agent"))
		}
		if r.Header.Get("If-None-Match") == `"v1"` || r.Header.Get("If-Modified-Since") == "Mon, 02 Jan 2024 10:00:00 GMT" {
			notModified.Add(1)
			w.WriteHeader(http.StatusNotModified)
			return
		}
		full.Add(1)
		w.Header().Set("ETag", `"v1"`)
		w.Header().Set("Last-Modified", "Mon, 02 Jan 2024 10:00:00 GMT")
		fmt.Fprint(w, "<rss/>")
	}))
	defer srv.Close()
	c := testClient(Options{}, srv)
	ctx := context.Background()
	r, err := c.Get(ctx, srv.URL+"/feed", Conditional{})
	if err != nil || string(r.Body) != "<rss/>" || r.ETag != `"v1"` {
		t.Fatalf("first get: %v %+v", err, r)
	}
	r2, err := c.Get(ctx, srv.URL+"/feed", Conditional{ETag: r.ETag})
	if err != nil || !r2.NotModified || len(r2.Body) != 0 || r2.ETag != `"v1"` {
		t.Fatalf("etag get: %v %+v", err, r2)
	}
	r3, err := c.Get(ctx, srv.URL+"/feed", Conditional{LastModified: r.LastModified})
	if err != nil || !r3.NotModified {
		t.Fatalf("last-modified get: %v %+v", err, r3)
	}
	if full.Load() != 1 || notModified.Load() != 2 {
		t.Errorf("full fetches %d, not-modified %d; want 1 and 2", full.Load(), notModified.Load())
	}
}

func TestFailures(t *testing.T) {
	var flaky atomic.Int32
	mux := http.NewServeMux()
	mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "User-agent: *\nDisallow: /private/\nAllow: /private/open\n\nUser-agent: otherbot\nDisallow: /\n")
	})
	mux.HandleFunc("/flaky", func(w http.ResponseWriter, r *http.Request) {
		if flaky.Add(1) == 1 {
			http.Error(w, "oops", http.StatusInternalServerError)
			return
		}
		fmt.Fprint(w, "ok")
	})
	mux.HandleFunc("/always500", func(w http.ResponseWriter, r *http.Request) { http.Error(w, "down", 500) })
	mux.HandleFunc("/missing", http.NotFound)
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(2 * time.Second):
		case <-r.Context().Done():
		}
	})
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop2", http.StatusFound) })
	mux.HandleFunc("/loop2", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop", http.StatusFound) })
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) { w.Write([]byte(strings.Repeat("x", 5000))) })
	mux.HandleFunc("/private/open", func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "open") })
	mux.HandleFunc("/private/secret", func(w http.ResponseWriter, r *http.Request) { t.Error("robots.txt ignored") })
	srv := httptest.NewServer(mux)
	defer srv.Close()
	// A second loopback server that is not allowed: a redirect to it must be refused.
	other := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { t.Error("private address reached") }))
	defer other.Close()
	mux.HandleFunc("/to-private", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, other.URL+"/x", http.StatusFound) })
	mux.HandleFunc("/to-metadata", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "http://169.254.169.254/latest/meta-data/", http.StatusFound)
	})

	c := testClient(Options{Timeout: 300 * time.Millisecond, MaxBytes: 1000, Retries: 2}, srv)
	ctx := context.Background()
	r, err := c.Get(ctx, srv.URL+"/flaky", Conditional{})
	if err != nil || string(r.Body) != "ok" || r.Attempts != 2 {
		t.Errorf("500 then success: %v %+v", err, r)
	}
	cases := []struct {
		path  string
		is    error
		words string
	}{
		{"/always500", nil, "HTTP 500"},
		{"/missing", nil, "HTTP 404"},
		{"/slow", nil, "Client.Timeout"},
		{"/loop", ErrRedirectLoop, "redirect loop"},
		{"/big", ErrTooLarge, "over 1000 bytes"},
		{"/private/secret", ErrRobots, "robots.txt"},
		{"/to-private", ErrBlockedAddress, "not allowed"},
		{"/to-metadata", ErrBlockedAddress, "169.254.169.254"},
	}
	for _, tc := range cases {
		t.Run(tc.path, func(t *testing.T) {
			_, err := c.Get(ctx, srv.URL+tc.path, Conditional{})
			if err == nil {
				t.Fatal("no error")
			}
			if tc.is != nil && !errors.Is(err, tc.is) {
				t.Errorf("err = %v, want %v", err, tc.is)
			}
			if !strings.Contains(err.Error(), tc.words) || !strings.Contains(err.Error(), srv.URL[7:]) && tc.path != "/to-metadata" && tc.path != "/to-private" {
				t.Errorf("err = %q, want it to mention %q and the URL", err, tc.words)
			}
		})
	}
	if r, err := c.Get(ctx, srv.URL+"/private/open", Conditional{}); err != nil || string(r.Body) != "open" {
		t.Errorf("allowed path: %v", err)
	}
	// Without the allow-list the test server itself, on loopback, is refused.
	strict := New(Options{Backoff: func(int) time.Duration { return 0 }})
	if _, err := strict.Get(ctx, srv.URL+"/flaky", Conditional{}); !errors.Is(err, ErrBlockedAddress) {
		t.Errorf("loopback by default: %v", err)
	}
	if _, err := strict.Get(ctx, "ftp://example.org/x", Conditional{}); err == nil {
		t.Error("ftp URL accepted")
	}
}

func TestPoliteness(t *testing.T) {
	var times []time.Time
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/robots.txt" {
			times = append(times, time.Now())
		}
	}))
	defer srv.Close()
	c := testClient(Options{PerHostInterval: 150 * time.Millisecond}, srv)
	for i := 0; i < 3; i++ {
		if _, err := c.Get(context.Background(), srv.URL+"/p", Conditional{}); err != nil {
			t.Fatal(err)
		}
	}
	for i := 1; i < len(times); i++ {
		if gap := times[i].Sub(times[i-1]); gap < 140*time.Millisecond {
			t.Errorf("requests %d and %d only %v apart", i-1, i, gap)
		}
	}
}

func TestRobotsMatching(t *testing.T) {
	r := parseRobots("User-agent: dossier\nDisallow: /*.pdf$\nDisallow: /search\nAllow: /search/about\n", "dossier")
	cases := map[string]bool{"/a.pdf": false, "/a.pdf?x": true, "/search?q=1": false, "/search/about": true, "/news": true}
	for p, want := range cases {
		if got := r.allowed(p); got != want {
			t.Errorf("allowed(%q) = %v", p, got)
		}
	}
}

func FuzzParseRobots(f *testing.F) {
	f.Add("User-agent: *\nDisallow: /x*y$\n", "/xay")
	f.Fuzz(func(t *testing.T, body, path string) {
		parseRobots(body, "dossier").allowed(path)
	})
}
