package web

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/dossier-osint/dossier/internal/store"
)

func TestPages(t *testing.T) {
	e := newEnv(t)
	border, spy := e.fx.IDs["border"], e.fx.IDs["spy"]
	borderClaim := e.claimID("border")
	tests := []struct {
		path   string
		status int
		want   []string // substrings of the HTML
		not    []string
	}{
		{"/", 200, []string{"North Korean labour in Russia", `href="/indicators/dprk_arrivals_russia"`, "<svg",
			"Seoul puts the number of new arrivals far lower", "1</strong> open contradiction<", `href="/contradictions/`,
			`href="/copies"`, `href="/stories"`, `href="/claims?review=machine"`, "North Koreans arriving in Russia, 2023"},
			[]string{"dprk_arrivals_russia, 2023", "1 claims"}},
		{"/indicators/dprk_arrivals_russia", 200, []string{`class="contra"`, "copies folded in", `<table class="claims">`, `class="dot s0 hollow"`},
			nil},
		{"/indicators/dprk_workers_in_russia", 200, []string{`class="bar s0"`, `class="arrow s0"`, "open-up"}, nil},
		{"/indicators/nope", 404, nil, nil},
		{"/claims?indicator=dprk_workers_in_russia", 200, []string{"Between 20,000 and 30,000 North Korean labourers"}, []string{"lawmakers"}},
		{"/claims?review=wrong", 400, nil, nil},
		{fmt.Sprintf("/claims/%d", borderClaim), 200, []string{"Russian border service", "Log in with a reviewer token", "No changes: as extracted"}, nil},
		{"/claims/999999", 404, nil, nil},
		{"/claims/abc", 400, nil, nil},
		{fmt.Sprintf("/articles/%d?claim=%d", border, borderClaim), 200, []string{
			fmt.Sprintf(`<a id="claim-%d" class="anchor"></a>`, borderClaim), `class="cs focus"`, `class="t"`,
			`title="time DATE = 2023"`, "Subscribe to our newsletter", "<details class=\"removed\">", "Copy group", "Daily Relay", "Story",
			`href="/entities/LOC:russia"`}, nil},
		{fmt.Sprintf("/articles/%d", spy), 200, []string{"lawmakers"}, []string{"cs focus"}},
		{"/articles/999999", 404, nil, nil},
		{"/articles", 200, []string{"Estimates of North Korean labourers"}, nil},
		{"/search?q=lawmakers", 200, []string{"<mark>lawmakers</mark>"}, nil},
		{"/search?q=%22broken", 400, []string{"unbalanced"}, nil},
		{"/search", 200, []string{`name="q"`}, []string{"Nothing found"}},
		{"/entities", 200, []string{"Kookmin University"}, nil},
		{"/entities/" + url.PathEscape("ORG:kookmin university"), 200, []string{"Kookmin University", "Between 20,000 and 30,000", "organisation"},
			[]string{"ORG:kookmin university", ">ORG<"}},
		{"/entities/PER:nobody", 404, nil, nil},
		{"/static/style.css", 200, []string{".cs.focus"}, nil},
		{"/static/app.js", 200, []string{"use strict"}, nil},
		{"/static/web.go", 404, nil, nil},
		{"/static/templates.html", 404, nil, nil},
		{"/login", 200, []string{`type="password" name="token"`}, nil},
		// The workbench pages.
		{"/copies", 200, []string{"Harbour Gazette", "Daily Relay", "near copy (syndicated)", "93% alike", "2 articles"}, nil},
		{"/stories", 200, []string{"Peninsula Wire", "2 independent sources", "first reported 10 March 2024"}, nil},
		{"/copies/999999", 404, []string{"No copy group 999999"}, nil},
		{"/contradictions", 200, []string{"North Koreans arriving in Russia, 2023", "versus", "Open"}, nil},
		{"/contradictions?state=confirmed", 200, []string{"No confirmed contradictions"}, nil},
		{"/contradictions?state=maybe", 400, nil, nil},
		{"/sources", 200, []string{"No feeds watched yet"}, nil},
		{"/alerts", 200, []string{"No alerts fired yet", `href="/alerts.atom"`}, nil},
		{"/search?q=arrivals&kind=claims", 200, []string{"about 13,000 people", `id="facet-indicator"`, "Russian border service"}, nil},
		{"/search?q=arrivals", 200, []string{`id="facets"`, "copies folded", `href="/copies/`, "carried by 2 articles"}, []string{"Daily Relay ·"}},
		{"/search?q=arrivals&copies=all", 200, []string{"Daily Relay"}, nil},
		{"/search?q=arrivals&sort=date", 200, []string{"<strong>newest</strong>"}, nil},
		// Unknown routes and wrong methods get the styled page (or JSON under /api/).
		{"/no/such/page", 404, []string{"There is no page at /no/such/page", `<link rel="stylesheet" href="/static/style.css">`}, nil},
		{"/api/v1/nothing", 404, []string{`"error"`}, []string{"<html"}},
	}
	for _, tc := range tests {
		t.Run(tc.path, func(t *testing.T) {
			w := e.get(tc.path)
			if w.Code != tc.status {
				t.Fatalf("status %d, want %d", w.Code, tc.status)
			}
			body := w.Body.String()
			for _, s := range tc.want {
				if !strings.Contains(body, s) {
					t.Errorf("missing %q", s)
				}
			}
			for _, s := range tc.not {
				if strings.Contains(body, s) {
					t.Errorf("unexpected %q", s)
				}
			}
		})
	}
}

func TestSecurityHeadersEverywhere(t *testing.T) {
	e := newEnv(t)
	for _, p := range []string{"/", "/claims", "/api/v1/claims", "/api/v1/claims?bad=1", "/static/app.js", "/nowhere"} {
		w := e.get(p)
		h := w.Header()
		csp := h.Get("Content-Security-Policy")
		for _, d := range []string{"default-src 'self'", "script-src 'self'", "style-src 'self'", "object-src 'none'",
			"base-uri 'none'", "frame-ancestors 'none'"} {
			if !strings.Contains(csp, d) {
				t.Errorf("%s: CSP %q lacks %q", p, csp, d)
			}
		}
		if strings.Contains(csp, "unsafe-inline") || strings.Contains(csp, "unsafe-eval") {
			t.Errorf("%s: CSP allows unsafe: %q", p, csp)
		}
		if h.Get("X-Content-Type-Options") != "nosniff" || h.Get("Referrer-Policy") == "" {
			t.Errorf("%s: headers %v", p, h)
		}
	}
}

// TestNoInlineScriptOrStyle checks the pages carry no inline script,
// event handler attribute or style attribute, which the CSP would block.
func TestNoInlineScriptOrStyle(t *testing.T) {
	e := newEnv(t)
	inline := regexp.MustCompile(`<script>|<script [^>]*>[^<]|<[a-zA-Z][^<>]*\s(on[a-z]+|style)=|<style`)
	for _, p := range []string{"/", "/indicators/dprk_arrivals_russia", "/claims", fmt.Sprintf("/articles/%d", e.fx.IDs["border"]),
		"/search?q=russia", "/entities", "/login", fmt.Sprintf("/claims/%d", e.claimID("spy"))} {
		body := e.get(p).Body.String()
		if m := inline.FindString(body); m != "" {
			t.Errorf("%s: inline %q", p, m)
		}
	}
}

// browser is a cookie-keeping client over the handler.
type browser struct {
	e       *env
	cookies map[string]*http.Cookie
}

func (b *browser) do(method, path string, form url.Values, hdr map[string]string) *httptest.ResponseRecorder {
	var r *http.Request
	if form != nil {
		r = httptest.NewRequest(method, path, strings.NewReader(form.Encode()))
		r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	} else {
		r = httptest.NewRequest(method, path, nil)
	}
	for k, v := range hdr {
		r.Header.Set(k, v)
	}
	for _, c := range b.cookies {
		r.AddCookie(c)
	}
	w := httptest.NewRecorder()
	b.e.srv.Handler().ServeHTTP(w, r)
	for _, c := range w.Result().Cookies() {
		if c.MaxAge < 0 {
			delete(b.cookies, c.Name)
		} else {
			b.cookies[c.Name] = c
		}
	}
	return w
}

var csrfRE = regexp.MustCompile(`name="csrf" value="([^"]+)"`)

func TestLoginReviewAndCSRF(t *testing.T) {
	e := newEnv(t)
	tok := e.token(store.RoleReviewer, "rita")
	b := &browser{e: e, cookies: map[string]*http.Cookie{}}
	id := e.claimID("stock")
	reviewPath := fmt.Sprintf("/claims/%d/review", id)
	form := url.Values{"action": {"rejected"}, "reason": {"a guess, not a count"}}

	// Not logged in: 401.
	if w := b.do("POST", reviewPath, form, nil); w.Code != 401 {
		t.Fatalf("review without session: %d", w.Code)
	}
	// A wrong token does not log in.
	if w := b.do("POST", "/login", url.Values{"token": {"dsr_wrong"}}, nil); w.Code != 401 || len(b.cookies) != 0 {
		t.Fatalf("login with wrong token: %d, cookies %v", w.Code, b.cookies)
	}
	w := b.do("POST", "/login", url.Values{"token": {tok}, "next": {fmt.Sprintf("/claims/%d", id)}}, nil)
	if w.Code != http.StatusSeeOther {
		t.Fatalf("login: %d", w.Code)
	}
	c := b.cookies[sessionCookie]
	if c == nil || !c.HttpOnly || c.SameSite != http.SameSiteStrictMode {
		t.Fatalf("session cookie: %+v", c)
	}
	if loc := w.Header().Get("Location"); !strings.HasPrefix(loc, fmt.Sprintf("/claims/%d", id)) {
		t.Errorf("redirect to %q", loc)
	}
	page := b.do("GET", fmt.Sprintf("/claims/%d", id), nil, nil).Body.String()
	m := csrfRE.FindStringSubmatch(page)
	if m == nil {
		t.Fatal("no CSRF field on the claim page when logged in")
	}
	csrf := m[1]

	// Missing or wrong CSRF token: 403, nothing changes.
	if w := b.do("POST", reviewPath, form, nil); w.Code != 403 {
		t.Errorf("review without csrf: %d", w.Code)
	}
	bad := url.Values{"action": {"rejected"}, "reason": {"x"}, "csrf": {csrf + "x"}}
	if w := b.do("POST", reviewPath, bad, nil); w.Code != 403 {
		t.Errorf("review with wrong csrf: %d", w.Code)
	}
	// A cross-site POST is refused by CrossOriginProtection even with the token.
	good := url.Values{"action": {"rejected"}, "reason": {"a guess, not a count"}, "csrf": {csrf}}
	if w := b.do("POST", reviewPath, good, map[string]string{"Sec-Fetch-Site": "cross-site"}); w.Code != 403 {
		t.Errorf("cross-site review: %d", w.Code)
	}
	if cl, _ := e.fx.Store.Claim(context.Background(), id); cl.Review != store.ReviewMachine {
		t.Fatalf("claim changed by refused requests: %s", cl.Review)
	}
	// A bad correction re-renders the form with the message.
	badCorr := url.Values{"action": {"corrected"}, "reason": {"x"}, "csrf": {csrf}, "value": {"lots"}}
	if w := b.do("POST", reviewPath, badCorr, nil); w.Code != 400 || !strings.Contains(w.Body.String(), "not a number") {
		t.Errorf("bad correction: %d", w.Code)
	}
	// Same-origin POST with the token: saved, audit entry, redirect.
	if w := b.do("POST", reviewPath, good, map[string]string{"Sec-Fetch-Site": "same-origin"}); w.Code != http.StatusSeeOther {
		t.Fatalf("review: %d %s", w.Code, w.Body.String())
	}
	cl, _ := e.fx.Store.Claim(context.Background(), id)
	if cl.Review != store.ReviewRejected || !strings.Contains(cl.Reviewer, "rita") {
		t.Errorf("after review: %s by %q", cl.Review, cl.Reviewer)
	}
	page = b.do("GET", fmt.Sprintf("/claims/%d?flash=reviewed", id), nil, nil).Body.String()
	for _, s := range []string{"Review saved.", "a guess, not a count", `class="badge r-rejected"`} {
		if !strings.Contains(page, s) {
			t.Errorf("claim page after review lacks %q", s)
		}
	}
	// Correct through the form: value, indicator, period, said by.
	corr := url.Values{"action": {"corrected"}, "reason": {"report says 25,000"}, "csrf": {csrf}, "value": {"~25,000"},
		"unit": {"person"}, "indicator": {"dprk_workers_in_russia"}, "period": {"2024"}, "said_by": {"Kookmin researcher"}, "origin": {""}}
	id2 := id + 1
	if w := b.do("POST", fmt.Sprintf("/claims/%d/review", id2), corr, nil); w.Code != http.StatusSeeOther {
		t.Fatalf("correct: %d %s", w.Code, w.Body.String())
	}
	cl, _ = e.fx.Store.Claim(context.Background(), id2)
	if cl.Review != store.ReviewCorrected || cl.Value.Number != 25000 || !cl.Value.Approx || cl.Period != "2024" || cl.SaidBy != "Kookmin researcher" {
		t.Errorf("corrected: %+v", cl)
	}
	// Revoking the token ends the session.
	ts, _ := e.fx.Store.ListTokens(context.Background())
	e.fx.Store.RevokeToken(context.Background(), ts[0].ID)
	if w := b.do("POST", reviewPath, good, nil); w.Code != 401 {
		t.Errorf("review after revoke: %d", w.Code)
	}
	// An expired session is gone.
	b2 := &browser{e: e, cookies: map[string]*http.Cookie{}}
	tok2 := e.token(store.RoleReviewer, "sam")
	b2.do("POST", "/login", url.Values{"token": {tok2}}, nil)
	e.now = e.now.Add(13 * time.Hour)
	if w := b2.do("POST", reviewPath, good, nil); w.Code != 401 {
		t.Errorf("review with expired session: %d", w.Code)
	}
}

func TestSafeNext(t *testing.T) {
	for in, want := range map[string]string{"/claims/3": "/claims/3", "": "/", "//evil.example": "/",
		"https://evil.example": "/", `/\evil`: "/", "/a\r\nSet-Cookie: x": "/"} {
		if got := safeNext(in); got != want {
			t.Errorf("safeNext(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestCheckListen(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	if err := e.srv.CheckListen(ctx, "127.0.0.1:0"); err != nil {
		t.Errorf("loopback refused: %v", err)
	}
	err := e.srv.CheckListen(ctx, "0.0.0.0:8080")
	if err == nil || !strings.Contains(err.Error(), "dossier token create") {
		t.Errorf("non-loopback without tokens: %v", err)
	}
	e.token(store.RoleAdmin, "ops")
	if err := e.srv.CheckListen(ctx, "0.0.0.0:8080"); err != nil {
		t.Errorf("non-loopback with a token: %v", err)
	}
	for addr, want := range map[string]bool{"127.0.0.1:80": true, "[::1]:80": true, "localhost:80": true,
		"0.0.0.0:80": false, ":80": false, "192.168.1.2:80": false} {
		if IsLoopback(addr) != want {
			t.Errorf("IsLoopback(%q) = %v", addr, !want)
		}
	}
}

func TestServeShutsDownOnCancel(t *testing.T) {
	e := newEnv(t)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- e.srv.Serve(ctx, ln) }()
	resp, err := http.Get("http://" + ln.Addr().String() + "/api/v1/counts")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Errorf("status %d", resp.StatusCode)
	}
	cancel()
	if err := <-done; err != nil {
		t.Errorf("Serve after cancel: %v", err)
	}
	if _, err := http.Get("http://" + ln.Addr().String() + "/"); err == nil {
		t.Error("still serving after shutdown")
	}
}

// TestFormPostsNeedSessionAndCSRF checks every form that changes the
// record through the one form gate: without a session the post is refused
// with 401 and a message naming the action; with a session but without the
// page's CSRF token, 403.
func TestFormPostsNeedSessionAndCSRF(t *testing.T) {
	e := newEnv(t)
	id := e.claimID("stock")
	forms := []struct {
		path, doing string
		form        url.Values
	}{
		{fmt.Sprintf("/claims/%d/review", id), "review claims", url.Values{"action": {"rejected"}, "reason": {"x"}}},
		{fmt.Sprintf("/contradictions/%d/%d/review", id, id+1), "review contradictions", url.Values{"state": {"dismissed"}, "reason": {"x"}}},
		{"/searches", "save searches", url.Values{"name": {"n"}, "query": {"workers"}}},
		{"/searches/1/delete", "delete saved searches", url.Values{}},
	}
	anon := &browser{e: e, cookies: map[string]*http.Cookie{}}
	in := &browser{e: e, cookies: map[string]*http.Cookie{}}
	if w := in.do("POST", "/login", url.Values{"token": {e.token(store.RoleReviewer, "rita")}}, nil); w.Code != http.StatusSeeOther {
		t.Fatalf("login: %d", w.Code)
	}
	for _, f := range forms {
		w := anon.do("POST", f.path, f.form, nil)
		if w.Code != http.StatusUnauthorized || !strings.Contains(w.Body.String(), "to "+f.doing+".") {
			t.Errorf("%s without a session: %d, body names the action: %v", f.path, w.Code, strings.Contains(w.Body.String(), f.doing))
		}
		if w := in.do("POST", f.path, f.form, nil); w.Code != http.StatusForbidden {
			t.Errorf("%s without the CSRF token: %d", f.path, w.Code)
		}
	}
	if cl, _ := e.fx.Store.Claim(context.Background(), id); cl.Review != store.ReviewMachine {
		t.Errorf("claim changed by refused posts: %s", cl.Review)
	}
}
