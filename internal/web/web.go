// Package web owns dossier's HTTP interface: the server-rendered pages
// (overview, indicator charts, claims table, article, search, entity,
// review), the JSON API under /api/v1/ with its OpenAPI document, the
// security around them (escaping, Content-Security-Policy, tokens, sessions,
// CSRF) and graceful serving. Templates, CSS and the little JavaScript it
// uses are embedded, so one binary serves everything with no build step.
// Charts are SVG drawn by Go, so they work without JavaScript.
//
// Reading is open; writing (review, ingest) needs an API token (see
// store.TokenStore): "Authorization: Bearer TOKEN" on the API, or a login
// that turns the token into a session cookie for the HTML forms, whose
// POSTs also carry a per-session CSRF token.
package web

import (
	"context"
	"errors"
	"fmt"
	"html/template"
	"log/slog"
	"net"
	"net/http"
	"sort"
	"sync"
	"time"

	"github.com/dossier-osint/dossier/internal/doc"
	"github.com/dossier-osint/dossier/internal/store"
	"github.com/dossier-osint/dossier/internal/topic"
)

// Options configure a Server. Every field is optional.
type Options struct {
	// Topics give the overview its sections and the indicators their labels.
	Topics []*topic.Topic
	// Clock returns the current time (time.Now when nil); sessions, caches
	// and logs use it, so tests can move time.
	Clock  func() time.Time
	Logger *slog.Logger
	// Tokens keeps API tokens; when nil the store keeps them (store.Store
	// embeds store.TokenStore).
	Tokens store.TokenStore
	// Process, when set, is run on an article posted to the ingest API
	// before it is stored (clean, annotate, extract claims). When nil the
	// article is stored as posted.
	Process func(ctx context.Context, a *doc.Article) error
	// Ingest, when set, stores an article posted to the ingest API through
	// the service layer (internal/app: the pipeline, copy links and alerts
	// every entry point shares); Process is then not used.
	Ingest func(ctx context.Context, a *doc.Article) (id int64, created bool, claims int, err error)
	// AlertStates, when set, completes the delivery state of alerts read
	// from the store with the job queue's (queue.AlertStates: which are
	// dead, attempts, last error); without it an alert not delivered reads
	// as pending.
	AlertStates func(ctx context.Context, evs []store.AlertEvent) error
	// CacheTTL is how long computed series, contradictions, facet counts
	// and lists are reused at most (default 10 minutes: a safety net). A
	// write through this server drops them; a write by another process is
	// seen through the store's generation, checked at most once a second,
	// and refreshes them (readers get the old value meanwhile).
	CacheTTL time.Duration
	// SessionTTL is how long a login lasts (default 12h).
	SessionTTL time.Duration
	// SecureCookies marks the session cookie Secure (set it behind HTTPS).
	SecureCookies bool
	// Hosts are the names (besides the listening address and localhost)
	// the server answers to in the Host header; others get 421. See hostList.
	Hosts []string
	// PublicURL is the server's address as others reach it
	// ("https://dossier.example.org"): feed links are built from it.
	// Default "http://localhost".
	PublicURL string
	// RequestTimeout bounds each request, every database statement and
	// extraction it runs included (default DefaultRequestTimeout; < 0: none).
	RequestTimeout time.Duration
	// CostlyConcurrency is how many costly searches (costlyText: a
	// short prefix, many terms, a long text) are answered at once (default
	// half the processors, at least 1); CostlyQueue how many more may wait
	// (default 64), others get 503. Every other request bypasses the lane.
	CostlyConcurrency int
	CostlyQueue       int
}

// Server serves dossier's pages and API from a store.
type Server struct {
	st       store.Store
	tokens   store.TokenStore
	opt      Options
	log      *slog.Logger
	now      func() time.Time
	mux      *http.ServeMux
	routes   []Route
	pages    map[string]*template.Template
	sessions *sessions
	cache    *cache
	gen      generation
	// The topics' indicators, listed once (series.go).
	indOnce sync.Once
	indList []indicatorInfo
	indByID map[string]indicatorInfo
	hosts   hostList
	lane    *lane    // the costly searches' lane (admission.go)
	texts   textMemo // search texts parsed (admission.go)
	handler http.Handler
}

// Route is one registered method and path pattern.
type Route struct {
	Method  string
	Pattern string // net/http pattern path, e.g. /api/v1/claims/{id}
}

// New builds a server on st.
func New(st store.Store, opt Options) (*Server, error) {
	if st == nil {
		return nil, errors.New("web: nil store")
	}
	s := &Server{st: st, opt: opt, log: opt.Logger, now: opt.Clock, tokens: opt.Tokens}
	if s.log == nil {
		s.log = slog.New(slog.DiscardHandler)
	}
	if s.now == nil {
		s.now = time.Now
	}
	if s.tokens == nil {
		s.tokens = st
	}
	if s.opt.CacheTTL == 0 {
		s.opt.CacheTTL = 10 * time.Minute
	}
	if s.opt.SessionTTL == 0 {
		s.opt.SessionTTL = 12 * time.Hour
	}
	pages, err := parsePages(s.funcs())
	if err != nil {
		return nil, err
	}
	s.pages = pages
	if s.opt.CostlyConcurrency <= 0 {
		s.opt.CostlyConcurrency = defaultCostlyConcurrency()
	}
	if s.opt.CostlyQueue <= 0 {
		s.opt.CostlyQueue = 64
	}
	s.lane = newLane(s.opt.CostlyConcurrency, s.opt.CostlyQueue)
	s.sessions = newSessions(s.now, s.opt.SessionTTL)
	s.cache = newCache(s.now, s.opt.CacheTTL)
	s.hosts.add(opt.Hosts...)
	s.mux = http.NewServeMux()
	s.registerRoutes()
	cop := http.NewCrossOriginProtection()
	var h http.Handler = s.errorPages(s.mux)
	h = cop.Handler(h)
	h = s.requestTimeout(h)
	h = s.checkHost(h)
	h = s.securityHeaders(h)
	h = s.recoverer(h)
	h = s.logRequests(h)
	s.handler = h
	return s, nil
}

// Handler returns the server's root handler with all middleware.
func (s *Server) Handler() http.Handler { return s.handler }

// Routes returns the registered routes, sorted.
func (s *Server) Routes() []Route {
	out := append([]Route(nil), s.routes...)
	sort.Slice(out, func(i, j int) bool {
		if out[i].Pattern != out[j].Pattern {
			return out[i].Pattern < out[j].Pattern
		}
		return out[i].Method < out[j].Method
	})
	return out
}

func (s *Server) handle(method, pattern string, h http.HandlerFunc) {
	s.routes = append(s.routes, Route{Method: method, Pattern: pattern})
	s.mux.HandleFunc(method+" "+pattern, h)
}

func (s *Server) registerRoutes() {
	// Pages.
	s.handle("GET", "/{$}", s.pageOverview)
	s.handle("GET", "/indicators/{id}", s.pageIndicator)
	s.handle("GET", "/claims", s.pageClaims)
	s.handle("GET", "/claims.csv", s.exportClaimsCSV)
	s.handle("GET", "/claims.json", s.exportClaimsJSON)
	s.handle("GET", "/claims/{id}", s.pageClaim)
	s.handle("POST", "/claims/{id}/review", s.postReview)
	s.handle("GET", "/articles", s.pageArticles)
	s.handle("GET", "/articles/{id}", s.pageArticle)
	s.handle("GET", "/search", s.costGate(s.pageSearch))
	s.handle("GET", "/entities", s.pageEntities)
	s.handle("GET", "/entities/{key...}", s.pageEntity)
	s.handle("GET", "/login", s.pageLogin)
	s.handle("POST", "/login", s.postLogin)
	s.handle("POST", "/logout", s.postLogout)
	s.handle("GET", "/static/{file...}", s.static)
	s.handle("GET", "/alerts.atom", s.alertsFeed)
	s.handle("GET", "/copies", s.pageGroups(store.KindCopy))
	s.handle("GET", "/copies/{id}", s.pageGroup(store.KindCopy))
	s.handle("GET", "/stories", s.pageGroups(store.KindStory))
	s.handle("GET", "/stories/{id}", s.pageGroup(store.KindStory))
	s.handle("GET", "/contradictions", s.pageContradictions)
	s.handle("GET", "/contradictions/{a}/{b}", s.pageContradiction)
	s.handle("POST", "/contradictions/{a}/{b}/review", s.postContradictionReview)
	s.handle("GET", "/sources", s.pageSources)
	s.handle("GET", "/alerts", s.pageAlerts)
	s.handle("GET", "/api", s.pageAPIRef)
	s.handle("GET", "/searches", s.pageSaved)
	s.handle("POST", "/searches", s.postSaved)
	s.handle("POST", "/searches/{id}/delete", s.postSavedDelete)

	// API.
	s.handle("GET", "/api/v1/openapi.json", s.apiOpenAPI)
	s.handle("GET", "/api/v1/counts", s.apiCounts)
	s.handle("GET", "/api/v1/articles", s.apiArticles)
	s.handle("POST", "/api/v1/articles", s.apiIngest)
	s.handle("GET", "/api/v1/articles/{id}", s.apiArticle)
	s.handle("GET", "/api/v1/articles/{id}/copies", s.apiArticleCopies)
	s.handle("GET", "/api/v1/search", s.costGate(s.apiSearch))
	s.handle("GET", "/api/v1/claims", s.apiClaims)
	s.handle("GET", "/api/v1/claims/{id}", s.apiClaim)
	s.handle("GET", "/api/v1/claims/{id}/audit", s.apiAudit)
	s.handle("POST", "/api/v1/claims/{id}/review", s.apiReview)
	s.handle("GET", "/api/v1/indicators", s.apiIndicators)
	s.handle("GET", "/api/v1/indicators/{id}", s.apiIndicator)
	s.handle("GET", "/api/v1/contradictions", s.apiContradictions)
	s.handle("GET", "/api/v1/contradictions/{a}/{b}", s.apiContradiction)
	s.handle("POST", "/api/v1/contradictions/{a}/{b}/review", s.apiContradictionReview)
	s.handle("GET", "/api/v1/facets", s.costGate(s.apiFacets))
	s.handle("GET", "/api/v1/alerts", s.apiAlerts)
	s.handle("GET", "/api/v1/searches", s.apiSaved)
	s.handle("POST", "/api/v1/searches", s.apiSavedCreate)
	s.handle("GET", "/api/v1/entities", s.apiEntities)
	s.handle("GET", "/api/v1/entities/{key...}", s.apiEntity)
	s.handle("GET", "/api/v1/entity", s.apiEntityByName)
	s.handle("GET", "/api/v1/copies", s.apiCopies)
	s.handle("GET", "/api/v1/stories", s.apiStories)
	s.handle("GET", "/api/v1/sources", s.apiSources)
}

// IsLoopback reports whether addr (host:port) listens only on loopback.
func IsLoopback(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return false
	}
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// CheckListen refuses a non-loopback address when no live token exists:
// such a server could be reached by others while nobody could write to it
// safely, which usually means a mistake.
func (s *Server) CheckListen(ctx context.Context, addr string) error {
	if IsLoopback(addr) {
		return nil
	}
	ts, err := s.tokens.ListTokens(ctx)
	if err != nil {
		return fmt.Errorf("refusing to listen on %s: %w", addr, err)
	}
	for _, t := range ts {
		if !t.Revoked() {
			return nil
		}
	}
	return fmt.Errorf("refusing to listen on %s: not a loopback address and no API token is configured; create one with \"dossier token create --role admin --name NAME\" first, or listen on 127.0.0.1", addr)
}

// ListenAndServe checks addr with CheckListen, listens and serves until ctx
// is cancelled, then shuts down gracefully.
func (s *Server) ListenAndServe(ctx context.Context, addr string, ready func(net.Addr)) error {
	if err := s.CheckListen(ctx, addr); err != nil {
		return err
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("listen %s: %w", addr, err)
	}
	if ready != nil {
		ready(ln.Addr())
	}
	return s.Serve(ctx, ln)
}

// Serve serves on ln until ctx is cancelled, then stops accepting, waits up
// to 10 seconds for requests in flight and returns nil.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	s.hosts.listen(ln.Addr())
	hs := &http.Server{
		Handler:           s.handler,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
		BaseContext:       func(net.Listener) context.Context { return context.WithoutCancel(ctx) },
	}
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("serve %s: %w", ln.Addr(), err)
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
	defer cancel()
	if err := hs.Shutdown(sctx); err != nil {
		return fmt.Errorf("shutdown %s: %w", ln.Addr(), err)
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("serve %s: %w", ln.Addr(), err)
	}
	return nil
}
