package web

import (
	"net/http"

	"github.com/dossier-osint/dossier/internal/store"
)

func (s *Server) apiEntities(w http.ResponseWriter, r *http.Request) {
	var f store.EntityFilter
	if !apiParams(w, r, func(p *params) { f = readEntityFilter(p, 100, 1000) }) {
		return
	}
	items, total, err := s.entities(r.Context(), f)
	if err != nil {
		s.storeError(w, "entities", err)
		return
	}
	writeJSON(w, http.StatusOK, list(items, total, f.Limit, f.Offset))
}

func (s *Server) apiEntity(w http.ResponseWriter, r *http.Request) {
	if !apiParams(w, r, func(*params) {}) {
		return
	}
	key := r.PathValue("key")
	e, err := s.st.Entity(r.Context(), key)
	if err != nil {
		s.storeError(w, "entity "+key, err)
		return
	}
	writeJSON(w, http.StatusOK, e)
}
