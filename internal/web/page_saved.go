package web

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"

	"github.com/dossier-osint/dossier/internal/alert"
	"github.com/dossier-osint/dossier/internal/store"
)

// savedView is a saved search as the page lists it.
type savedView struct {
	store.SavedSearch
	Words string // what it searches, in words
	Run   string // its search page
	Feed  string // its alerts as Atom
}

// describeSearch says in words what a faceted query selects.
func (s *Server) describeSearch(q facetedQuery) string {
	what := "articles"
	if q.Kind == kindClaims {
		what = "claims"
	}
	var parts []string
	if q.Text != "" {
		parts = append(parts, "matching “"+q.Text+"”")
	}
	add := func(label, v string) {
		if v != "" {
			parts = append(parts, label+" "+v)
		}
	}
	if q.Indicator != "" {
		add("on", s.indicatorLabel(q.Indicator))
	}
	add("said by", q.SaidBy)
	add("citing", q.Origin)
	if q.Review != "" {
		add("that are", reviewWord(q.Review))
	}
	add("from", q.Credit)
	add("in language", q.Lang)
	if q.From != "" || q.To != "" {
		parts = append(parts, "dated "+orDash(humanDate(q.From))+" to "+orDash(humanDate(q.To)))
	}
	if len(parts) == 0 {
		return "all " + what
	}
	return what + " " + strings.Join(parts, ", ")
}

// canonicalQuery reads a saved search's query as the search page does and
// writes it back, so only known parameters with valid values are kept.
func canonicalQuery(raw string) (facetedQuery, string, error) {
	v, err := url.ParseQuery(strings.TrimPrefix(strings.TrimSpace(raw), "?"))
	if err != nil {
		return facetedQuery{}, "", bad("query %q: %v", raw, err)
	}
	p := newParams(v)
	q := readFaceted(p, 20, 200)
	if err := p.err(true); err != nil {
		return q, "", bad("query: %v", err)
	}
	enc := q.values().Encode()
	if enc == "" {
		return q, "", bad("a saved search needs words or at least one facet")
	}
	return q, enc, nil
}

func (s *Server) savedViews(list []store.SavedSearch) []savedView {
	var out []savedView
	for _, ss := range list {
		v := savedView{SavedSearch: ss, Run: "/search?" + ss.Query,
			Feed: "/alerts.atom?rule=" + url.QueryEscape(alert.SavedRule(ss.ID))}
		if q, _, err := canonicalQuery(ss.Query); err == nil {
			v.Words = s.describeSearch(q)
		} else {
			v.Words = ss.Query
		}
		out = append(out, v)
	}
	return out
}

type savedData struct {
	List []savedView
}

func (s *Server) pageSaved(w http.ResponseWriter, r *http.Request) {
	d := &savedData{}
	list, err := s.st.SavedSearches(r.Context())
	if err != nil {
		s.log.Error("saved searches", "err", err)
		s.pageError(w, r, http.StatusInternalServerError, "The saved searches could not be read.")
		return
	}
	d.List = s.savedViews(list)
	s.render(w, r, http.StatusOK, "saved", "Saved searches", d)
}

// saveSearch validates and stores a saved search.
func (s *Server) saveSearch(r *http.Request, who, name, query string, alertOn bool) (store.SavedSearch, error) {
	name = strings.TrimSpace(name)
	if name == "" {
		return store.SavedSearch{}, bad("give the search a name")
	}
	_, enc, err := canonicalQuery(query)
	if err != nil {
		return store.SavedSearch{}, err
	}
	return s.st.SaveSearch(r.Context(), store.SavedSearch{Name: name, Query: enc, Alert: alertOn, Who: who})
}

func (s *Server) postSaved(w http.ResponseWriter, r *http.Request) {
	x := s.formSession(w, r, "save searches")
	if x == nil {
		return
	}
	_, err := s.saveSearch(r, x.P.Who(), r.PostFormValue("name"), r.PostFormValue("query"), r.PostFormValue("alert") != "")
	var br badRequest
	switch {
	case err == nil:
		http.Redirect(w, r, "/searches?flash=saved", http.StatusSeeOther)
	case errors.As(err, &br) || errors.Is(err, store.ErrInvalid):
		s.pageError(w, r, http.StatusBadRequest, err.Error())
	default:
		s.log.Error("save search", "err", err)
		s.pageError(w, r, http.StatusInternalServerError, "The search could not be saved.")
	}
}

func (s *Server) postSavedDelete(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r.PathValue("id"))
	if err != nil {
		s.pageError(w, r, http.StatusBadRequest, err.Error())
		return
	}
	if s.formSession(w, r, "delete saved searches") == nil {
		return
	}
	switch err := s.st.DeleteSavedSearch(r.Context(), id); {
	case err == nil:
		http.Redirect(w, r, "/searches?flash=deleted", http.StatusSeeOther)
	case errors.Is(err, store.ErrNotFound):
		s.pageError(w, r, http.StatusNotFound, fmt.Sprintf("No saved search %d.", id))
	default:
		s.log.Error("delete saved search", "id", id, "err", err)
		s.pageError(w, r, http.StatusInternalServerError, "The saved search could not be deleted.")
	}
}

// apiSaved lists the saved searches.
func (s *Server) apiSaved(w http.ResponseWriter, r *http.Request) {
	if !apiParams(w, r, func(*params) {}) {
		return
	}
	all, err := s.st.SavedSearches(r.Context())
	if err != nil {
		s.storeError(w, "saved searches", err)
		return
	}
	writeJSON(w, http.StatusOK, list(all, len(all), 0, 0))
}

// savedRequest is the body of POST /api/v1/searches.
type savedRequest struct {
	Name  string `json:"name"`
	Query string `json:"query"` // the search page's URL parameters, e.g. "q=visas&kind=claims"
	Alert bool   `json:"alert"`
}

// apiSavedCreate saves a search (reviewer or admin token).
func (s *Server) apiSavedCreate(w http.ResponseWriter, r *http.Request) {
	p, ok := s.apiAuth(w, r, store.RoleReviewer)
	if !ok || !apiParams(w, r, func(*params) {}) {
		return
	}
	var rq savedRequest
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, 16<<10))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&rq); err != nil {
		writeError(w, http.StatusBadRequest, "body: want JSON {\"name\", \"query\", \"alert\"}: "+err.Error())
		return
	}
	saved, err := s.saveSearch(r, p.Who(), rq.Name, rq.Query, rq.Alert)
	if err != nil {
		s.storeError(w, "saved search", err)
		return
	}
	writeJSON(w, http.StatusCreated, saved)
}
