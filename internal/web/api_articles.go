package web

import (
	"net/http"

	"github.com/dossier-osint/dossier/internal/store"
)

func (s *Server) apiArticles(w http.ResponseWriter, r *http.Request) {
	var f store.ArticleFilter
	if !apiParams(w, r, func(p *params) {
		f = store.ArticleFilter{From: p.date("from", false), To: p.date("to", true), Credit: p.str("credit"), Lang: p.str("lang")}
		f.Limit, f.Offset = p.page(50, 1000)
	}) {
		return
	}
	items, total, err := s.st.ListArticles(r.Context(), f)
	if err != nil {
		s.storeError(w, "articles", err)
		return
	}
	writeJSON(w, http.StatusOK, list(items, total, f.Limit, f.Offset))
}
