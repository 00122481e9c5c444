package web

import (
	"context"
	"errors"
	"net/http"
	"net/url"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"

	"github.com/dossier-osint/dossier/internal/searchq"
)

// Admission by cost. The query parser bounds what one search costs
// (searchq.Parse drops repeated terms and refuses more than
// searchq.MaxTerms), but inside that bound a search can still cost a
// hundred ordinary ones: a prefix of one letter matches most of the index
// and marks most words of every snippet, and every link of the results page
// (facets, sort, kind, pages) carries the whole text of the query. Such
// searches are answered in a lane of limited concurrency (the costly lane)
// and queue there, so a few clients sending them take at most the lane's
// share of the processors, while ordinary searches and every other page and
// endpoint never wait behind them.

// Weights of searchCost, in units of an ordinary one-word search.
const (
	// costlyAt is the estimate from which a search goes through the lane.
	costlyAt = 8
	// costBytes: one unit per this many bytes of text (the page's links
	// repeat the text, and html/template escapes each copy).
	costBytes = 100
	// shortPrefix: a prefix term of fewer letters matches a large share of
	// the vocabulary; it weighs costShortPrefix units.
	shortPrefix     = 3
	costShortPrefix = 8
)

// parsedText is what the server reads from a search text: the estimated
// cost of answering it and its cache key.
type parsedText struct {
	cost int
	key  string
}

// parseText parses a search text once for both. The cost is one unit per
// term, costShortPrefix more for a prefix of fewer than shortPrefix
// letters, and one per costBytes bytes of text; a text the parser refuses
// costs nothing (it is answered with a 400 before any work). The key is the
// parsed query written back (searchq.Query.String), so texts that search
// the same thing ("a* a* a*" and "a*") share one computation; a refused
// text keeps its own key (its error message quotes it).
func parseText(text string) parsedText {
	text = strings.TrimSpace(text)
	if text == "" || len(text) > maxParamBytes {
		return parsedText{key: "raw:" + text}
	}
	q, err := searchq.Parse(text)
	if err != nil {
		return parsedText{key: "raw:" + text}
	}
	cost := len(text) / costBytes
	term := func(t searchq.Term) {
		cost++
		if t.Prefix && len(t.Words) > 0 && utf8.RuneCountInString(t.Words[len(t.Words)-1]) < shortPrefix {
			cost += costShortPrefix
		}
	}
	for _, c := range q.Clauses {
		for _, t := range c {
			term(t)
		}
	}
	for _, t := range q.Not {
		term(t)
	}
	return parsedText{cost: cost, key: "q:" + q.String()}
}

// searchCost estimates the cost of answering a search text (parseText).
func searchCost(text string) int { return parseText(text).cost }

// queryKey is a search text as cache keys name it (parseText).
func queryKey(text string) string { return parseText(text).key }

// costlySearch reports whether a search text goes through the costly lane.
func costlySearch(text string) bool { return searchCost(text) >= costlyAt }

// textMemo keeps parseText's answers for the texts last seen: parsing the
// longest text the search box accepts costs a few hundred microseconds,
// more than answering it from the cache, and a request needs the answer
// two or three times. At most maxTexts are kept; a full memo is emptied.
type textMemo struct {
	mu sync.Mutex
	m  map[string]parsedText // by text
	e  map[string]parsedText // by the value as the query string holds it, escaped
}

const maxTexts = 1024

// get is parseText(text), from the memo.
func (t *textMemo) get(text string) parsedText {
	return t.lookup(&t.m, strings.TrimSpace(text), parseText)
}

// getEscaped is get for a value still escaped as in the query string, so
// that the lane check reads one parameter, not the whole query string (a
// 999-byte text of escapes costs tens of microseconds to unescape). A
// value that does not unescape is one net/url drops: no search, no cost.
func (t *textMemo) getEscaped(raw string) parsedText {
	return t.lookup(&t.e, raw, func(raw string) parsedText {
		text, err := url.QueryUnescape(raw)
		if err != nil {
			return parsedText{}
		}
		return parseText(text)
	})
}

func (t *textMemo) lookup(m *map[string]parsedText, key string, parse func(string) parsedText) parsedText {
	t.mu.Lock()
	p, ok := (*m)[key]
	t.mu.Unlock()
	if ok {
		return p
	}
	p = parse(key)
	t.mu.Lock()
	if *m == nil || len(*m) >= maxTexts {
		*m = make(map[string]parsedText, 64)
	}
	(*m)[key] = p
	t.mu.Unlock()
	return p
}

// rawParam returns the first value of the parameter name in a raw query
// string, still escaped, read as url.ParseQuery reads it (pairs split at
// "&", pairs holding ";" or a bad escape dropped, the name unescaped).
func rawParam(rawQuery, name string) string {
	for rawQuery != "" {
		var pair string
		pair, rawQuery, _ = strings.Cut(rawQuery, "&")
		if strings.Contains(pair, ";") {
			continue
		}
		k, v, _ := strings.Cut(pair, "=")
		if k != name {
			if !strings.ContainsAny(k, "%+") {
				continue
			}
			if uk, err := url.QueryUnescape(k); err != nil || uk != name {
				continue
			}
		}
		if !validEscapes(v) {
			continue
		}
		return v
	}
	return ""
}

// validEscapes reports whether every "%" in s starts a hexadecimal pair,
// as url.QueryUnescape requires.
func validEscapes(s string) bool {
	for i := strings.IndexByte(s, '%'); i >= 0; i = strings.IndexByte(s, '%') {
		if i+2 >= len(s) || !isHex(s[i+1]) || !isHex(s[i+2]) {
			return false
		}
		s = s[i+3:]
	}
	return true
}

func isHex(c byte) bool { return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F' }

// costlyText reports whether a search text goes through the costly lane,
// from the memo.
func (s *Server) costlyText(text string) bool { return s.texts.get(text).cost >= costlyAt }

// costlyRequest reports whether a request's q parameter is a costly search.
func (s *Server) costlyRequest(r *http.Request) bool {
	return s.texts.getEscaped(rawParam(r.URL.RawQuery, "q")).cost >= costlyAt
}

// maxParamBytes is the longest parameter value params accepts.
const maxParamBytes = 1000

// errLaneFull: the costly lane's queue is full.
var errLaneFull = errors.New("too many costly searches waiting")

// lane runs at most cap(slots) requests at once and lets at most
// cap(queue)-cap(slots) more wait; others are refused at once.
type lane struct {
	slots chan struct{}
	queue chan struct{}
	// Counters, read by tests and kept for logs.
	running, waiting, served, refused atomic.Int64
}

func newLane(concurrency, waiting int) *lane {
	concurrency = max(concurrency, 1)
	return &lane{slots: make(chan struct{}, concurrency), queue: make(chan struct{}, concurrency+max(waiting, 0))}
}

// enter waits for a slot until ctx ends; release frees it.
func (l *lane) enter(ctx context.Context) (release func(), err error) {
	select {
	case l.queue <- struct{}{}:
	default:
		l.refused.Add(1)
		return nil, errLaneFull
	}
	l.waiting.Add(1)
	select {
	case l.slots <- struct{}{}:
		l.waiting.Add(-1)
		l.running.Add(1)
	case <-ctx.Done():
		l.waiting.Add(-1)
		l.refused.Add(1)
		<-l.queue
		return nil, ctx.Err()
	}
	return func() {
		l.running.Add(-1)
		l.served.Add(1)
		<-l.slots
		<-l.queue
	}, nil
}

// defaultCostlyConcurrency is half the processors, at least one.
func defaultCostlyConcurrency() int { return max(1, runtime.GOMAXPROCS(0)/2) }

// costGate sends requests whose q parameter is a costly search through the
// costly lane; every other request goes straight to h. A request that
// finds the lane's queue full, or whose deadline passes while it waits, is
// answered 503 with Retry-After.
func (s *Server) costGate(h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if !s.costlyRequest(r) {
			h(w, r)
			return
		}
		release, err := s.lane.enter(r.Context())
		if err != nil {
			s.log.Warn("costly search refused", "path", r.URL.Path, "err", err)
			w.Header().Set("Retry-After", "2")
			const msg = "Too many costly searches are being answered; try again in a moment, or narrow the search (longer prefixes, fewer terms)."
			if isAPI(r) {
				writeError(w, http.StatusServiceUnavailable, msg)
			} else {
				s.pageError(w, r, http.StatusServiceUnavailable, msg)
			}
			return
		}
		defer release()
		h(w, r)
	}
}
