// Package fetch is dossier's outbound HTTP client for feeds and pages. It
// owns the manners and the safety of every request dossier makes:
// conditional GET (ETag, Last-Modified), robots.txt, per-host politeness,
// timeouts, retries with backoff and jitter, response size and redirect
// limits, a clear User-Agent, and refusal of loopback, private, link-local
// and metadata addresses (checked on the address actually dialled, so after
// DNS resolution and on every redirect) unless AllowPrivate is set.
package fetch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"
)

// UserAgent identifies dossier to the sites it reads.
const UserAgent = "dossier/0.1 (+https://github.com/dossier-osint/dossier; news monitoring)"

// Options configure a Client. Zero values take the defaults shown.
type Options struct {
	UserAgent       string        // UserAgent
	Timeout         time.Duration // whole request, 30 s
	MaxBytes        int64         // response body, 16 MiB
	MaxRedirects    int           // 5
	Retries         int           // extra tries after a failure that may pass, 3
	PerHostInterval time.Duration // at least this long between requests to a host, 1 s
	// AllowPrivate lifts the refusal of loopback, private, link-local and
	// metadata addresses (for tests and sources on the user's own network).
	AllowPrivate bool
	// AllowAddrs lists host:port addresses allowed even when private; the
	// tests use it to reach their httptest servers while keeping the guard.
	AllowAddrs []string
	// IgnoreRobots skips robots.txt (never the default).
	IgnoreRobots bool
	// Backoff returns the wait before retry n (1-based); default exponential
	// from 500 ms with full jitter, capped at 30 s.
	Backoff func(n int) time.Duration
}

// Conditional carries the validators of a previous response.
type Conditional struct {
	ETag         string
	LastModified string
}

// Response is a fetched resource.
type Response struct {
	URL          string // after redirects
	Status       int
	NotModified  bool // 304: the caller's copy is current; Body is empty
	Body         []byte
	ContentType  string
	ETag         string
	LastModified string
	Attempts     int
}

// Errors callers may test with errors.Is.
var (
	ErrBlockedAddress = errors.New("address not allowed (loopback, private, link-local or metadata; use --allow-private to permit)")
	ErrRobots         = errors.New("disallowed by robots.txt")
	ErrTooLarge       = errors.New("response too large")
	ErrTooManyRedirs  = errors.New("too many redirects")
	ErrRedirectLoop   = errors.New("redirect loop")
	ErrRedirectScheme = errors.New("redirect to a scheme other than http or https")
	ErrCredentials    = errors.New("URL holds a user name or password")
)

// StatusError is an HTTP error status.
type StatusError struct {
	URL    string
	Status int
}

func (e *StatusError) Error() string {
	return fmt.Sprintf("%s: HTTP %d %s", e.URL, e.Status, http.StatusText(e.Status))
}

// Client fetches with the options' manners. Safe for concurrent use.
type Client struct {
	opt   Options
	http  *http.Client
	mu    sync.Mutex
	next  map[string]time.Time // per host: earliest time of the next request
	robot map[string]*robots   // per scheme://host
	now   func() time.Time
	sleep func(ctx context.Context, d time.Duration) error
}

// New returns a client.
func New(opt Options) *Client {
	if opt.UserAgent == "" {
		opt.UserAgent = UserAgent
	}
	if opt.Timeout <= 0 {
		opt.Timeout = 30 * time.Second
	}
	if opt.MaxBytes <= 0 {
		opt.MaxBytes = 16 << 20
	}
	if opt.MaxRedirects <= 0 {
		opt.MaxRedirects = 5
	}
	if opt.Retries < 0 {
		opt.Retries = 0
	} else if opt.Retries == 0 {
		opt.Retries = 3
	}
	if opt.PerHostInterval == 0 {
		opt.PerHostInterval = time.Second
	}
	if opt.Backoff == nil {
		opt.Backoff = func(n int) time.Duration {
			d := 500 * time.Millisecond << (n - 1)
			if d > 30*time.Second || d <= 0 {
				d = 30 * time.Second
			}
			return d/2 + rand.N(d/2+1)
		}
	}
	c := &Client{opt: opt, next: map[string]time.Time{}, robot: map[string]*robots{}, now: time.Now, sleep: sleepCtx}
	allowed := map[string]bool{}
	for _, a := range opt.AllowAddrs {
		allowed[a] = true
	}
	dialer := &net.Dialer{Timeout: 10 * time.Second, Control: func(network, address string, _ syscall.RawConn) error {
		if opt.AllowPrivate || allowed[address] {
			return nil
		}
		ap, err := netip.ParseAddrPort(address)
		if err != nil {
			return fmt.Errorf("dial %s: %w", address, ErrBlockedAddress)
		}
		if blocked(ap.Addr()) {
			return fmt.Errorf("dial %s: %w", address, ErrBlockedAddress)
		}
		return nil
	}}
	tr := &http.Transport{
		Proxy:                 nil,
		DialContext:           dialer.DialContext,
		MaxIdleConnsPerHost:   2,
		IdleConnTimeout:       60 * time.Second,
		TLSHandshakeTimeout:   10 * time.Second,
		ResponseHeaderTimeout: opt.Timeout,
	}
	c.http = &http.Client{Transport: tr, Timeout: opt.Timeout, CheckRedirect: func(req *http.Request, via []*http.Request) error {
		for _, v := range via {
			if v.URL.String() == req.URL.String() {
				return fmt.Errorf("%s: %w", req.URL, ErrRedirectLoop)
			}
		}
		if len(via) > opt.MaxRedirects {
			return fmt.Errorf("%s: %w (more than %d)", via[0].URL, ErrTooManyRedirs, opt.MaxRedirects)
		}
		if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
			return fmt.Errorf("redirect to %s: %w", req.URL.Redacted(), ErrRedirectScheme)
		}
		if req.URL.User != nil {
			return fmt.Errorf("redirect to %s: %w", req.URL.Redacted(), ErrCredentials)
		}
		return nil
	}}
	return c
}

// blocked reports whether a is an address dossier must not reach by
// default: loopback, private, link-local and the rest, also when written
// as an IPv6 address that carries an IPv4 one (IPv4-mapped, IPv4-compatible,
// NAT64 64:ff9b::/96, 6to4 2002::/16, Teredo), which a NAT64 or 6to4
// gateway would deliver to that IPv4 address.
func blocked(a netip.Addr) bool {
	a = a.Unmap()
	if a.IsLoopback() || a.IsPrivate() || a.IsLinkLocalUnicast() || a.IsLinkLocalMulticast() ||
		a.IsUnspecified() || a.IsMulticast() || a.IsInterfaceLocalMulticast() {
		return true
	}
	for _, p := range blockedPrefixes {
		if p.Contains(a) {
			return true
		}
	}
	if v4, ok := embeddedIPv4(a); ok {
		return blocked(v4)
	}
	return false
}

var blockedPrefixes = []netip.Prefix{
	netip.MustParsePrefix("100.64.0.0/10"),     // carrier-grade NAT
	netip.MustParsePrefix("0.0.0.0/8"),         // this network
	netip.MustParsePrefix("192.0.0.0/24"),      // IETF protocol assignments
	netip.MustParsePrefix("198.18.0.0/15"),     // benchmarking
	netip.MustParsePrefix("240.0.0.0/4"),       // reserved, and broadcast
	netip.MustParsePrefix("fd00:ec2::254/128"), // AWS metadata over IPv6
	netip.MustParsePrefix("64:ff9b:1::/48"),    // local-use NAT64 (RFC 8215): a local network
	netip.MustParsePrefix("fec0::/10"),         // deprecated site-local
}

var (
	nat64      = netip.MustParsePrefix("64:ff9b::/96")
	sixToFour  = netip.MustParsePrefix("2002::/16")
	teredo     = netip.MustParsePrefix("2001::/32")
	ipv4Compat = netip.MustParsePrefix("::/96")
)

// embeddedIPv4 returns the IPv4 address an IPv6 address carries for a
// translation or tunnel mechanism.
func embeddedIPv4(a netip.Addr) (netip.Addr, bool) {
	if !a.Is6() {
		return netip.Addr{}, false
	}
	b := a.As16()
	switch {
	case nat64.Contains(a), ipv4Compat.Contains(a):
		return netip.AddrFrom4([4]byte{b[12], b[13], b[14], b[15]}), true
	case sixToFour.Contains(a):
		return netip.AddrFrom4([4]byte{b[2], b[3], b[4], b[5]}), true
	case teredo.Contains(a): // the client address, inverted
		return netip.AddrFrom4([4]byte{^b[12], ^b[13], ^b[14], ^b[15]}), true
	}
	return netip.Addr{}, false
}

// CheckURL reports whether rawURL is one dossier may be told to fetch: an
// absolute http(s) URL with a host and without a user name or password
// (credentials in a stored source would be printed and logged with it).
func CheckURL(rawURL string) error {
	u, err := url.Parse(strings.TrimSpace(rawURL))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return fmt.Errorf("%s: not an http(s) URL", Redact(rawURL))
	}
	if u.User != nil {
		return fmt.Errorf("%s: %w: give the feed's URL without them", Redact(rawURL), ErrCredentials)
	}
	return nil
}

// Redact returns rawURL with any password replaced by "xxxxx" and any
// user name too, for printing and logging a URL that may hold them.
func Redact(rawURL string) string {
	u, err := url.Parse(rawURL)
	if err != nil {
		if i := strings.Index(rawURL, "@"); i >= 0 {
			if j := strings.Index(rawURL, "://"); j >= 0 && j < i {
				return rawURL[:j+3] + "xxxxx@" + rawURL[i+1:]
			}
		}
		return rawURL
	}
	if u.User == nil {
		return rawURL
	}
	u.User = url.User("xxxxx")
	return u.String()
}

// Get fetches rawURL with retries, politeness and robots.txt.
func (c *Client) Get(ctx context.Context, rawURL string, cond Conditional) (*Response, error) {
	if err := CheckURL(rawURL); err != nil {
		return nil, err
	}
	u, _ := url.Parse(strings.TrimSpace(rawURL))
	if !c.opt.IgnoreRobots {
		ok, err := c.allowedByRobots(ctx, u)
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, fmt.Errorf("%s: %w", rawURL, ErrRobots)
		}
	}
	var lastErr error
	for attempt := 1; attempt <= c.opt.Retries+1; attempt++ {
		if attempt > 1 {
			wait := c.opt.Backoff(attempt - 1)
			var se *retryAfterError
			if errors.As(lastErr, &se) && se.after > wait {
				wait = min(se.after, 60*time.Second)
			}
			if err := c.sleep(ctx, wait); err != nil {
				return nil, fmt.Errorf("%s: %w (after %v)", rawURL, err, lastErr)
			}
		}
		resp, err := c.once(ctx, u, cond)
		if err == nil {
			resp.Attempts = attempt
			return resp, nil
		}
		lastErr = err
		if !retryable(err) || ctx.Err() != nil {
			break
		}
	}
	return nil, lastErr
}

type retryAfterError struct {
	*StatusError
	after time.Duration
}

func (e *retryAfterError) Unwrap() error { return e.StatusError }

func retryable(err error) bool {
	var se *StatusError
	if errors.As(err, &se) {
		return se.Status == http.StatusTooManyRequests || se.Status >= 500
	}
	for _, final := range []error{ErrBlockedAddress, ErrRobots, ErrTooLarge, ErrTooManyRedirs, ErrRedirectLoop, ErrRedirectScheme, ErrCredentials} {
		if errors.Is(err, final) {
			return false
		}
	}
	return true // network errors and timeouts may pass
}

func (c *Client) once(ctx context.Context, u *url.URL, cond Conditional) (*Response, error) {
	if err := c.wait(ctx, u.Host); err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", u, err)
	}
	req.Header.Set("User-Agent", c.opt.UserAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/feed+json,application/json;q=0.9,*/*;q=0.5")
	if cond.ETag != "" {
		req.Header.Set("If-None-Match", cond.ETag)
	}
	if cond.LastModified != "" {
		req.Header.Set("If-Modified-Since", cond.LastModified)
	}
	resp, err := c.http.Do(req)
	if err != nil {
		var ue *url.Error
		if errors.As(err, &ue) {
			ue.URL = Redact(ue.URL) // a redirect's URL may hold a password
		}
		return nil, fmt.Errorf("%s: %w", u, err)
	}
	defer resp.Body.Close()
	out := &Response{URL: resp.Request.URL.String(), Status: resp.StatusCode, ContentType: resp.Header.Get("Content-Type"),
		ETag: resp.Header.Get("ETag"), LastModified: resp.Header.Get("Last-Modified")}
	if resp.StatusCode == http.StatusNotModified {
		out.NotModified = true
		if out.ETag == "" {
			out.ETag = cond.ETag
		}
		if out.LastModified == "" {
			out.LastModified = cond.LastModified
		}
		return out, nil
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
		se := &StatusError{URL: u.String(), Status: resp.StatusCode}
		if s, err := strconv.Atoi(resp.Header.Get("Retry-After")); err == nil && s > 0 {
			return nil, &retryAfterError{StatusError: se, after: time.Duration(s) * time.Second}
		}
		return nil, se
	}
	if resp.ContentLength > c.opt.MaxBytes {
		return nil, fmt.Errorf("%s: %w: %d bytes announced, limit %d", u, ErrTooLarge, resp.ContentLength, c.opt.MaxBytes)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, c.opt.MaxBytes+1))
	if err != nil {
		return nil, fmt.Errorf("%s: reading body: %w", u, err)
	}
	if int64(len(body)) > c.opt.MaxBytes {
		return nil, fmt.Errorf("%s: %w: over %d bytes", u, ErrTooLarge, c.opt.MaxBytes)
	}
	out.Body = body
	return out, nil
}

// wait holds the caller until the host may be asked again.
func (c *Client) wait(ctx context.Context, host string) error {
	c.mu.Lock()
	now := c.now()
	at := c.next[host]
	if at.Before(now) {
		at = now
	}
	c.next[host] = at.Add(c.opt.PerHostInterval)
	c.mu.Unlock()
	return c.sleep(ctx, at.Sub(now))
}

func sleepCtx(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// agentToken is the product token robots.txt groups are matched against.
func (c *Client) agentToken() string {
	ua := strings.ToLower(c.opt.UserAgent)
	if i := strings.IndexAny(ua, "/ "); i > 0 {
		ua = ua[:i]
	}
	return ua
}
