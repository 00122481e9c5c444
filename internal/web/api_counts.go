package web

import (
	"context"
	"net/http"

	"github.com/dossier-osint/dossier/internal/store"
)

func (s *Server) apiCounts(w http.ResponseWriter, r *http.Request) {
	if !apiParams(w, r, func(*params) {}) {
		return
	}
	ctx := context.WithoutCancel(r.Context())
	c, err := cached(s.cache, "counts", func() (store.Counts, error) { return s.st.Counts(ctx) })
	if err != nil {
		s.storeError(w, "counts", err)
		return
	}
	writeJSON(w, http.StatusOK, c)
}
