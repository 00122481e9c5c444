package web

import (
	"net/http"
	"net/url"
	"strings"

	"github.com/dossier-osint/dossier/internal/alert"
	"github.com/dossier-osint/dossier/internal/store"
)

// alertsFeed serves the alerts as an Atom feed (topic alert rules fired by
// `dossier watch`), for feed readers.
func (s *Server) alertsFeed(w http.ResponseWriter, r *http.Request) {
	base := s.baseURL() // from configuration: the Host header is the client's to choose
	rule := strings.TrimSpace(r.URL.Query().Get("rule"))
	self := base + "/alerts.atom"
	title := ""
	if rule != "" {
		self += "?rule=" + url.QueryEscape(rule)
		title = "dossier alerts: " + rule
	}
	b, err := alert.Feed(r.Context(), s.st, alert.FeedOptions{SelfURL: self, BaseURL: base, Rule: rule, Title: title})
	if err != nil {
		s.log.Error("alerts feed", "err", err)
		http.Error(w, "alerts feed: internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/atom+xml; charset=utf-8")
	w.Write(b)
}

// apiSources lists the watched feeds with their health.
func (s *Server) apiSources(w http.ResponseWriter, r *http.Request) {
	if !apiParams(w, r, func(*params) {}) {
		return
	}
	srcs, err := s.st.ListSources(r.Context())
	if err != nil {
		s.storeError(w, "sources", err)
		return
	}
	if srcs == nil {
		srcs = []store.Source{}
	}
	writeJSON(w, http.StatusOK, list(srcs, len(srcs), 0, 0))
}
