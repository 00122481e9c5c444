package web

import (
	"encoding/json"
	"errors"
	"net/http"

	"github.com/dossier-osint/dossier/internal/store"
)

// contradictionJSON is a contradiction with both claims and its review
// trail, as /api/v1/contradictions/{a}/{b} serves it.
type contradictionJSON struct {
	Contradiction
	ClaimA *store.StoredClaim          `json:"claim_a"`
	ClaimB *store.StoredClaim          `json:"claim_b"`
	Audit  []store.ContradictionReview `json:"audit"`
}

func (s *Server) contradictionError(w http.ResponseWriter, err error) {
	if errors.Is(err, errNoContradiction) {
		writeError(w, http.StatusNotFound, err.Error())
		return
	}
	s.storeError(w, "contradiction", err)
}

func (s *Server) apiContradiction(w http.ResponseWriter, r *http.Request) {
	a, b, err := pairIDs(r)
	if err != nil {
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	if !apiParams(w, r, func(*params) {}) {
		return
	}
	d, err := s.findContradiction(r.Context(), a, b)
	if err != nil {
		s.contradictionError(w, err)
		return
	}
	writeJSON(w, http.StatusOK, toContradictionJSON(d))
}

func toContradictionJSON(d *contradictionDetail) contradictionJSON {
	out := contradictionJSON{Contradiction: d.C, ClaimA: d.A, ClaimB: d.B, Audit: d.Audit}
	if out.Audit == nil {
		out.Audit = []store.ContradictionReview{}
	}
	return out
}

// apiContradictionReview confirms, dismisses or reopens a contradiction;
// it needs a reviewer (or admin) bearer token.
func (s *Server) apiContradictionReview(w http.ResponseWriter, r *http.Request) {
	a, b, err := pairIDs(r)
	if err != nil {
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	p, ok := s.apiAuth(w, r, store.RoleReviewer)
	if !ok || !apiParams(w, r, func(*params) {}) {
		return
	}
	var rq contradictionReviewRequest
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, 64<<10))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&rq); err != nil {
		writeError(w, http.StatusBadRequest, "body: want JSON {\"state\", \"reason\"}: "+err.Error())
		return
	}
	d, err := s.reviewContradiction(r.Context(), a, b, p.Who(), rq)
	if err != nil {
		s.contradictionError(w, err)
		return
	}
	writeJSON(w, http.StatusOK, toContradictionJSON(d))
}

// apiFacets counts the matches of a faceted search per facet value.
func (s *Server) apiFacets(w http.ResponseWriter, r *http.Request) {
	var q facetedQuery
	if !apiParams(w, r, func(p *params) { q = readFaceted(p, 20, 200) }) {
		return
	}
	f, err := s.facetsOf(r.Context(), q)
	if err != nil {
		s.storeError(w, "facets", err)
		return
	}
	if f.Fields == nil {
		f.Fields = map[string][]store.Facet{}
	}
	writeJSON(w, http.StatusOK, f)
}

// apiAlerts lists fired alerts with their delivery state, newest first.
func (s *Server) apiAlerts(w http.ResponseWriter, r *http.Request) {
	var limit int
	var state string
	if !apiParams(w, r, func(p *params) {
		limit = p.int("limit", 50, 1, 1000)
		state = p.enum("state", alertStates...)
	}) {
		return
	}
	evs, err := s.alerts(r.Context(), limit)
	if err != nil {
		s.storeError(w, "alerts", err)
		return
	}
	var kept []store.AlertEvent
	for _, ev := range evs {
		if state == "" || state == "all" || ev.Delivery == state {
			kept = append(kept, ev)
		}
	}
	writeJSON(w, http.StatusOK, list(kept, len(kept), limit, 0))
}
