package web

import (
	"net/http"

	"github.com/dossier-osint/dossier/internal/store"
)

type articlesData struct {
	F     store.ArticleFilter
	List  []store.ArticleSummary
	Pager pager
}

func (s *Server) pageArticles(w http.ResponseWriter, r *http.Request) {
	p := newParams(r.URL.Query())
	f := store.ArticleFilter{From: p.date("from", false), To: p.date("to", true), Credit: p.str("credit"), Lang: p.str("lang")}
	f.Limit, f.Offset = p.page(50, 500)
	if err := p.err(false); err != nil {
		s.pageError(w, r, http.StatusBadRequest, err.Error())
		return
	}
	list, total, err := s.st.ListArticles(r.Context(), f)
	if err != nil {
		s.log.Error("articles", "err", err)
		s.pageError(w, r, http.StatusInternalServerError, "The articles could not be read.")
		return
	}
	s.render(w, r, http.StatusOK, "articles", "Articles", &articlesData{F: f, List: list,
		Pager: newPager(r.URL, f.Limit, f.Offset, total, len(list))})
}
