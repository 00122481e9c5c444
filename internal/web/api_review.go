package web

import (
	"encoding/json"
	"net/http"

	"github.com/dossier-osint/dossier/internal/store"
)

// apiReview applies a review; it needs a reviewer (or admin) bearer token.
func (s *Server) apiReview(w http.ResponseWriter, r *http.Request) {
	id, ok := apiID(w, r)
	if !ok {
		return
	}
	p, ok := s.apiAuth(w, r, store.RoleReviewer)
	if !ok || !apiParams(w, r, func(*params) {}) {
		return
	}
	var rq reviewRequest
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, 64<<10))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&rq); err != nil {
		writeError(w, http.StatusBadRequest, "body: want JSON {\"action\", \"reason\", \"correction\"}: "+err.Error())
		return
	}
	c, err := s.review(r.Context(), id, p.Who(), rq)
	if err != nil {
		s.storeError(w, "claim "+r.PathValue("id"), err)
		return
	}
	writeJSON(w, http.StatusOK, c)
}
