package web

import (
	"context"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/dossier-osint/dossier/internal/store"
	"github.com/dossier-osint/dossier/internal/web/webtest"
)

// TestNextAcceptsOnlySameOriginPaths: the post-login redirect never
// leaves the site, including by the tricks browsers allow (tabs and
// newlines dropped from URLs, backslashes read as slashes).
func TestNextAcceptsOnlySameOriginPaths(t *testing.T) {
	for in, want := range map[string]string{
		"/claims/3":                     "/claims/3",
		"/search?q=visa&from=1":         "/search?q=visa&from=1",
		"/articles/%2F%2Fx":             "/articles/%2F%2Fx",
		"/\t/evil.example/":             "/",
		"/%09/evil.example/":            "/%09/evil.example/", // still encoded: a path on this site
		"/\n/evil.example":              "/",
		"/ /evil.example":               "/",
		`/\evil.example`:                "/",
		`/x\..\..\evil`:                 "/",
		"//evil.example":                "/",
		"///evil.example":               "/",
		"https://evil.example/":         "/",
		"javascript:alert(1)":           "/",
		"evil.example":                  "/",
		"":                              "/",
		"/a\r\nSet-Cookie: x=1":         "/",
		"/caf\u00e9":                    "/",
		"/\u202e/evil.example":          "/",
		"/" + strings.Repeat("a", 3000): "/",
	} {
		if got := safeNext(in); got != want {
			t.Errorf("safeNext(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestLoginRedirectStaysOnSite posts a login whose next is the decoded
// form of next=/%09/evil.example/: the Location is "/", never a path a
// browser reads as //evil.example/.
func TestLoginRedirectStaysOnSite(t *testing.T) {
	e := newEnv(t)
	secret := e.token(store.RoleReviewer, "ann")
	body := "token=" + secret + "&next=%2F%09%2Fevil.example%2F"
	w := e.do("POST", "/login", strings.NewReader(body), map[string]string{"Content-Type": "application/x-www-form-urlencoded"})
	if w.Code != http.StatusSeeOther {
		t.Fatalf("login: %d %s", w.Code, w.Body.String())
	}
	if loc := w.Header().Get("Location"); !strings.HasPrefix(loc, "/?") {
		t.Errorf("Location %q, want the home page", loc)
	}
}

// TestHostAllowList serves on loopback and sends requests naming other
// hosts, as a DNS-rebinding page would: only the listening address,
// localhost and the configured names are answered.
func TestHostAllowList(t *testing.T) {
	fx := webtest.New(t)
	srv, err := New(fx.Store, Options{Topics: fx.Topics, Hosts: []string{"dossier.example.org"}})
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ctx, ln) }()
	defer func() { cancel(); <-done }()
	_, port, _ := net.SplitHostPort(ln.Addr().String())
	for host, want := range map[string]int{
		"127.0.0.1:" + port:                200,
		"localhost:" + port:                200,
		"LOCALHOST.":                       200,
		"dossier.example.org":              200,
		"dossier.example.org:8443":         200,
		"evil.example":                     421,
		"evil.example:" + port:             421,
		"127.0.0.2:" + port:                421,
		"dossier.example.org.evil.example": 421,
	} {
		for _, path := range []string{"/", "/api/v1/counts"} {
			req, _ := http.NewRequest("GET", "http://"+ln.Addr().String()+path, nil)
			req.Host = host
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			b, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode != want {
				t.Errorf("Host %q %s: %d, want %d", host, path, resp.StatusCode, want)
			}
			if want == 421 && !strings.Contains(string(b), "--host") {
				t.Errorf("Host %q %s: the refusal does not say how to allow the name: %s", host, path, b)
			}
		}
	}
}

// TestHostAllowListOnEveryInterface: a server on 0.0.0.0 answers IP
// literals (no rebinding can forge one) but not other names.
func TestHostAllowListOnEveryInterface(t *testing.T) {
	var l hostList
	l.listen(&net.TCPAddr{IP: net.IPv4zero, Port: 8080})
	for host, want := range map[string]bool{"10.1.2.3:8080": true, "[fe80::1]:8080": true, "localhost": true, "evil.example": false} {
		if l.allows(host) != want {
			t.Errorf("allows(%q) = %v", host, !want)
		}
	}
}

// TestFeedLinksFromConfiguration: the Atom feed's links come from
// Options.PublicURL, whatever Host the request names.
func TestFeedLinksFromConfiguration(t *testing.T) {
	fx := webtest.New(t)
	srv, err := New(fx.Store, Options{Topics: fx.Topics, PublicURL: "https://dossier.example.org/"})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if _, _, err := fx.Store.AddAlert(ctx, store.AlertEvent{Key: "k", Rule: "r", Topic: "dprk-labour-russia", When: "above",
		Title: "A new high", ArticleID: 1, CreatedAt: time.Date(2024, 7, 1, 0, 0, 0, 0, time.UTC)}); err != nil {
		t.Fatal(err)
	}
	r := httptest.NewRequest("GET", "/alerts.atom", nil)
	r.Host = "evil.example"
	w := httptest.NewRecorder()
	srv.Handler().ServeHTTP(w, r)
	body := w.Body.String()
	if w.Code != 200 || strings.Contains(body, "evil.example") || !strings.Contains(body, "https://dossier.example.org/alerts.atom") {
		t.Errorf("feed: %d\n%s", w.Code, body)
	}
}

// TestRequestTimeout: a request's context carries the configured
// deadline, which every statement and extraction it runs inherits.
func TestRequestTimeout(t *testing.T) {
	s := &Server{opt: Options{RequestTimeout: 20 * time.Millisecond}}
	var left time.Duration
	var ok bool
	h := s.requestTimeout(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var dl time.Time
		dl, ok = r.Context().Deadline()
		left = time.Until(dl)
		<-r.Context().Done()
	}))
	h.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest("GET", "/", nil))
	if !ok || left > 20*time.Millisecond {
		t.Errorf("deadline %v %v, want within 20ms", ok, left)
	}
	s.opt.RequestTimeout = -1
	h = s.requestTimeout(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_, ok = r.Context().Deadline()
	}))
	h.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest("GET", "/", nil))
	if ok {
		t.Error("RequestTimeout < 0 must leave requests without a deadline")
	}
}

// TestIsolateBidi: text holding a direction control is escaped and put in
// a <bdi> element; other text is only escaped.
func TestIsolateBidi(t *testing.T) {
	for in, want := range map[string]string{
		"Workers arrived":            "Workers arrived",
		"<b>&amp;":                   "&lt;b&gt;&amp;amp;",
		"Workers\u202e 0003 arrived": "<bdi>Workers\u202e 0003 arrived</bdi>",
		"\u2067x\u2069<":             "<bdi>\u2067x\u2069&lt;</bdi>",
		"a\u200fb":                   "<bdi>a\u200fb</bdi>",
	} {
		if got := string(isolateBidi(in)); got != want {
			t.Errorf("isolateBidi(%q) = %q, want %q", in, got, want)
		}
	}
	if _, ok := baseFuncs["bdi"]; !ok {
		t.Error("the bdi template func is not registered")
	}
}

// FuzzSafeNext: whatever next holds, the redirect target stays on this
// origin as a browser reads it (tabs and newlines dropped, backslashes
// taken for slashes, resolved against the login page's URL).
func FuzzSafeNext(f *testing.F) {
	for _, s := range []string{"/claims/3", "/\t/evil.example/", `/\evil`, "//x", "/a?b=//c", "/%2F%2Fx", "https://x/"} {
		f.Add(s)
	}
	base, _ := url.Parse("http://dossier.test/login")
	f.Fuzz(func(t *testing.T, s string) {
		got := safeNext(s)
		if got == "/" {
			return
		}
		if got != s {
			t.Fatalf("safeNext(%q) = %q: it must return its input or /", s, got)
		}
		browser := strings.NewReplacer("\t", "", "\n", "", "\r", "", `\`, "/").Replace(s)
		u, err := base.Parse(browser)
		if err != nil {
			t.Fatalf("safeNext accepted %q, which does not parse: %v", s, err)
		}
		if u.Scheme != "http" || u.Host != "dossier.test" {
			t.Fatalf("safeNext accepted %q, which a browser sends to %s://%s", s, u.Scheme, u.Host)
		}
	})
}

// TestHashToken: a token is kept as the hex SHA-256 of its secret.
func TestHashToken(t *testing.T) {
	if h := HashToken("abc"); h != "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad" {
		t.Errorf("HashToken(abc) = %s", h)
	}
}
