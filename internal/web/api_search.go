package web

import (
	"net/http"

	"github.com/dossier-osint/dossier/internal/store"
)

func (s *Server) apiSearch(w http.ResponseWriter, r *http.Request) {
	var q store.SearchQuery
	if !apiParams(w, r, func(p *params) {
		q = readSearch(p, 20, 200)
		if q.Text == "" {
			p.bad("parameter q is required")
		}
	}) {
		return
	}
	hits, total, err := s.st.Search(r.Context(), q)
	if err != nil {
		s.storeError(w, "search", err)
		return
	}
	l := list(hits, total, q.Limit, q.Offset)
	if store.SearchTotalCapped(total) {
		l.Total, l.TotalCapped = store.SearchTotalCap, true
	}
	writeJSON(w, http.StatusOK, l)
}
