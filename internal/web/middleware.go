package web

import (
	"context"
	"log/slog"
	"net"
	"net/http"
	"net/netip"
	"strings"
	"sync"
	"time"
)

// csp is the Content-Security-Policy of every response: only this origin's
// scripts, styles and images, no inline script or style, no plugins, no
// <base>, no framing.
const csp = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
	"object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"

func (s *Server) securityHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", csp)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Cross-Origin-Opener-Policy", "same-origin")
		next.ServeHTTP(w, r)
	})
}

// statusWriter records the status and size of a response.
type statusWriter struct {
	http.ResponseWriter
	status int
	size   int
}

func (w *statusWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	n, err := w.ResponseWriter.Write(b)
	w.size += n
	return n, err
}

func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// logRequests logs one structured line per request. The query string is
// left out: search terms and tokens do not belong in logs.
func (s *Server) logRequests(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		sw := &statusWriter{ResponseWriter: w}
		next.ServeHTTP(sw, r)
		level := slog.LevelInfo
		if sw.status >= 500 {
			level = slog.LevelError
		}
		s.log.LogAttrs(r.Context(), level, "http request",
			slog.String("method", r.Method),
			slog.String("path", r.URL.Path),
			slog.Int("status", sw.status),
			slog.Int("bytes", sw.size),
			slog.Duration("took", time.Since(start)),
			slog.Time("at", s.now()))
	})
}

// recoverer turns a panic in a handler into a 500 and a log line.
func (s *Server) recoverer(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				s.log.Error("panic in handler", "path", r.URL.Path, "panic", v)
				if isAPI(r) {
					writeError(w, http.StatusInternalServerError, "internal error")
					return
				}
				http.Error(w, "internal error", http.StatusInternalServerError)
			}
		}()
		next.ServeHTTP(w, r)
	})
}

func isAPI(r *http.Request) bool { return strings.HasPrefix(r.URL.Path, "/api/") }

// hostList is the Host allow-list: the names this server answers to. A
// loopback-bound server that answers any Host can be read by a web page
// through DNS rebinding (evil.example resolving to 127.0.0.1), so requests
// naming another host get 421 Misdirected Request. The list holds the
// listening address's host, "localhost" and Options.Hosts; a server
// listening on every interface (0.0.0.0, ::) also answers IP literals, which
// no rebinding can forge. Empty (a Handler used without Serve and without
// Options.Hosts), nothing is checked.
type hostList struct {
	mu      sync.RWMutex
	names   map[string]bool
	anyIP   bool
	enabled bool
}

// normHost lower-cases a Host value and strips its port, brackets and a
// trailing dot.
func normHost(h string) string {
	h = strings.ToLower(strings.TrimSpace(h))
	if host, _, err := net.SplitHostPort(h); err == nil {
		h = host
	}
	h = strings.TrimSuffix(strings.Trim(h, "[]"), ".")
	return h
}

// add allows names (host or host:port).
func (l *hostList) add(names ...string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.names == nil {
		l.names = map[string]bool{}
	}
	for _, n := range names {
		if n = normHost(n); n != "" {
			l.names[n] = true
			l.enabled = true
		}
	}
}

// listen allows the host of the listening address (with "localhost"); an
// unspecified address allows every IP literal.
func (l *hostList) listen(addr net.Addr) {
	host := normHost(addr.String())
	l.add(host, "localhost")
	if ip, err := netip.ParseAddr(host); err == nil && ip.IsUnspecified() {
		l.mu.Lock()
		l.anyIP = true
		l.mu.Unlock()
	}
}

func (l *hostList) allows(hostHeader string) bool {
	l.mu.RLock()
	defer l.mu.RUnlock()
	if !l.enabled {
		return true
	}
	h := normHost(hostHeader)
	if l.names[h] {
		return true
	}
	_, err := netip.ParseAddr(h)
	return l.anyIP && err == nil
}

// checkHost answers 421 to a request whose Host is not on the allow-list.
func (s *Server) checkHost(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !s.hosts.allows(r.Host) {
			msg := "this server does not answer to the host " + quoteHost(r.Host) +
				"; start it with --host NAME to allow that name"
			if isAPI(r) {
				writeError(w, http.StatusMisdirectedRequest, msg)
				return
			}
			http.Error(w, msg, http.StatusMisdirectedRequest)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// quoteHost quotes a Host value for a message, clipped.
func quoteHost(h string) string {
	if len(h) > 100 {
		h = h[:100] + "..."
	}
	return `"` + strings.Map(func(r rune) rune {
		if r < ' ' || r == 0x7f || r == '"' {
			return '?'
		}
		return r
	}, h) + `"`
}

// DefaultRequestTimeout bounds the work of one request (Options.RequestTimeout).
const DefaultRequestTimeout = 30 * time.Second

// requestTimeout gives every request's context a deadline. Every statement
// a handler runs gets that context, so the deadline is a statement timeout
// on both databases: SQLite interrupts the statement, pgx asks PostgreSQL
// to cancel it. Extraction in the ingest API stops at it too.
func (s *Server) requestTimeout(next http.Handler) http.Handler {
	d := s.opt.RequestTimeout
	if d == 0 {
		d = DefaultRequestTimeout
	}
	if d < 0 {
		return next
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), d)
		defer cancel()
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

// baseURL is where feed links point: Options.PublicURL, never the
// request's Host header.
func (s *Server) baseURL() string {
	if s.opt.PublicURL != "" {
		return strings.TrimRight(s.opt.PublicURL, "/")
	}
	return "http://localhost"
}
