package web

import (
	"net/http"

	"github.com/dossier-osint/dossier/internal/store"
)

func (s *Server) apiClaim(w http.ResponseWriter, r *http.Request) {
	id, ok := apiID(w, r)
	if !ok || !apiParams(w, r, func(*params) {}) {
		return
	}
	c, err := s.st.Claim(r.Context(), id)
	if err != nil {
		s.storeError(w, "claim "+r.PathValue("id"), err)
		return
	}
	writeJSON(w, http.StatusOK, c)
}

func (s *Server) apiAudit(w http.ResponseWriter, r *http.Request) {
	id, ok := apiID(w, r)
	if !ok || !apiParams(w, r, func(*params) {}) {
		return
	}
	if _, err := s.st.Claim(r.Context(), id); err != nil {
		s.storeError(w, "claim "+r.PathValue("id"), err)
		return
	}
	log, err := s.st.AuditLog(r.Context(), id)
	if err != nil {
		s.storeError(w, "audit log", err)
		return
	}
	if log == nil {
		log = []store.AuditEntry{}
	}
	writeJSON(w, http.StatusOK, list(log, len(log), 0, 0))
}
