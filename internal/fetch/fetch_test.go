package fetch

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/netip"
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

// TestPoliteness records the waits the per-host limiter asks for on a
// fake clock: no timing of the real requests, so a loaded machine cannot
// make it fail.
func TestPoliteness(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {}))
	defer srv.Close()
	c := testClient(Options{PerHostInterval: 150 * time.Millisecond, IgnoreRobots: true}, srv)
	clock := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	var waits []time.Duration
	c.now = func() time.Time { return clock }
	c.sleep = func(ctx context.Context, d time.Duration) error {
		waits = append(waits, d)
		if d > 0 {
			clock = clock.Add(d)
		}
		return nil
	}
	for i := 0; i < 3; i++ {
		if _, err := c.Get(context.Background(), srv.URL+"/p", Conditional{}); err != nil {
			t.Fatal(err)
		}
	}
	clock = clock.Add(time.Second) // a pause longer than the interval: no wait
	if _, err := c.Get(context.Background(), srv.URL+"/q", Conditional{}); err != nil {
		t.Fatal(err)
	}
	want := []time.Duration{0, 150 * time.Millisecond, 150 * time.Millisecond, 0}
	if fmt.Sprint(waits) != fmt.Sprint(want) {
		t.Errorf("waits %v, want %v", waits, want)
	}
}

// TestBlockedAddresses: private addresses are refused in every form,
// including IPv6 forms that carry them (NAT64, 6to4, Teredo,
// IPv4-compatible, IPv4-mapped).
func TestBlockedAddresses(t *testing.T) {
	for addr, want := range map[string]bool{
		"127.0.0.1": true, "10.1.2.3": true, "169.254.169.254": true, "100.64.0.1": true, "::1": true,
		"fe80::1": true, "fc00::1": true, "fd00:ec2::254": true, "255.255.255.255": true,
		"::ffff:127.0.0.1":                     true,
		"::127.0.0.1":                          true,
		"64:ff9b::7f00:1":                      true, // NAT64 of 127.0.0.1
		"64:ff9b::a9fe:a9fe":                   true, // NAT64 of 169.254.169.254
		"64:ff9b::c0a8:101":                    true, // NAT64 of 192.168.1.1
		"64:ff9b:1::8.8.8.8":                   true, // local-use NAT64 prefix
		"2002:7f00:1::":                        true, // 6to4 of 127.0.0.1
		"2002:a00:1::1":                        true, // 6to4 of 10.0.0.1
		"2002:a9fe:a9fe::1":                    true, // 6to4 of 169.254.169.254
		"2001:0:4136:e378:8000:63bf:80ff:fffe": true, // Teredo of 127.0.0.1
		"8.8.8.8":                              false,
		"2606:4700::1111":                      false,
		"64:ff9b::808:808":                     false, // NAT64 of 8.8.8.8
		"2002:808:808::1":                      false, // 6to4 of 8.8.8.8
		"2001:0:4136:e378:8000:63bf:f7f7:f7f7": false, // Teredo of 8.8.8.8
	} {
		if got := blocked(netip.MustParseAddr(addr)); got != want {
			t.Errorf("blocked(%s) = %v, want %v", addr, got, want)
		}
	}
}

// TestRedirectSchemeNotRetried: a redirect to another scheme is final,
// and so is a redirect to a URL with credentials.
func TestRedirectSchemeNotRetried(t *testing.T) {
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		switch r.URL.Path {
		case "/ftp":
			http.Redirect(w, r, "ftp://files.example/feed.xml", http.StatusFound)
		case "/file":
			http.Redirect(w, r, "file:///etc/passwd", http.StatusFound)
		case "/creds":
			http.Redirect(w, r, "http://user:secret@"+r.Host+"/x", http.StatusFound)
		}
	}))
	defer srv.Close()
	c := testClient(Options{Retries: 3, IgnoreRobots: true}, srv)
	for path, want := range map[string]error{"/ftp": ErrRedirectScheme, "/file": ErrRedirectScheme, "/creds": ErrCredentials} {
		hits.Store(0)
		_, err := c.Get(context.Background(), srv.URL+path, Conditional{})
		if !errors.Is(err, want) {
			t.Errorf("%s: err = %v, want %v", path, err, want)
		}
		if err != nil && strings.Contains(err.Error(), "secret") {
			t.Errorf("%s: error %q prints the password", path, err)
		}
		if hits.Load() != 1 {
			t.Errorf("%s: %d requests, want 1 (not retried)", path, hits.Load())
		}
	}
}

// TestCredentialsRefused: URLs holding a user name or password are
// refused, and Redact never prints them.
func TestCredentialsRefused(t *testing.T) {
	for _, u := range []string{"https://user:pass@news.example/feed", "https://user@news.example/feed", "http://:pass@news.example/"} {
		err := CheckURL(u)
		if !errors.Is(err, ErrCredentials) || strings.Contains(err.Error(), "pass@") {
			t.Errorf("CheckURL(%q) = %v", u, err)
		}
		if r := Redact(u); strings.Contains(r, "pass") || strings.Contains(r, "user") {
			t.Errorf("Redact(%q) = %q", u, r)
		}
	}
	if err := CheckURL("https://news.example/feed?user=a@b"); err != nil {
		t.Errorf("plain URL refused: %v", err)
	}
	if r := Redact("https://news.example/feed"); r != "https://news.example/feed" {
		t.Errorf("Redact changed a plain URL: %q", r)
	}
	if _, err := New(Options{}).Get(context.Background(), "https://a:b@news.example/", Conditional{}); !errors.Is(err, ErrCredentials) {
		t.Errorf("Get with credentials: %v", err)
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
