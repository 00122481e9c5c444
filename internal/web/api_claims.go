package web

import (
	"net/http"
)

func (s *Server) apiClaims(w http.ResponseWriter, r *http.Request) {
	var q claimQuery
	if !apiParams(w, r, func(p *params) { q = readClaimQuery(p, 50, 1000) }) {
		return
	}
	cs, total, err := s.claimsOf(r.Context(), q)
	if err != nil {
		s.storeError(w, "claims", err)
		return
	}
	writeJSON(w, http.StatusOK, list(cs, total, q.Limit, q.Offset))
}
