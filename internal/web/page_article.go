package web

import (
	"errors"
	"net/http"
	"strconv"

	"github.com/dossier-osint/dossier/internal/doc"
	"github.com/dossier-osint/dossier/internal/store"
)

type articleData struct {
	A      *doc.Article
	Paras  []Para
	Claims []store.StoredClaim
	Copies *store.Group
	Story  *store.Group
	Focus  int64
}

func (s *Server) pageArticle(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r.PathValue("id"))
	if err != nil {
		s.pageError(w, r, http.StatusBadRequest, err.Error())
		return
	}
	var focus int64
	if c := r.URL.Query().Get("claim"); c != "" {
		focus, _ = strconv.ParseInt(c, 10, 64)
	}
	ctx := r.Context()
	a, err := s.st.Article(ctx, id)
	if errors.Is(err, store.ErrNotFound) {
		s.pageError(w, r, http.StatusNotFound, "No article "+r.PathValue("id")+".")
		return
	}
	if err != nil {
		s.log.Error("article", "id", id, "err", err)
		s.pageError(w, r, http.StatusInternalServerError, "The article could not be read from the store.")
		return
	}
	cs, _, err := s.st.ListClaims(ctx, store.ClaimFilter{ArticleID: id})
	if err != nil {
		s.log.Error("article claims", "id", id, "err", err)
		s.pageError(w, r, http.StatusInternalServerError, "The article's claims could not be read.")
		return
	}
	d := &articleData{A: a, Claims: cs, Focus: focus, Paras: highlight(a, cs, focus)}
	if g, err := s.st.GroupOf(ctx, store.KindCopy, id); err == nil {
		d.Copies = g
	} else if !errors.Is(err, store.ErrNotFound) {
		s.log.Warn("copy group", "id", id, "err", err)
	}
	if g, err := s.st.GroupOf(ctx, store.KindStory, id); err == nil {
		d.Story = g
	} else if !errors.Is(err, store.ErrNotFound) {
		s.log.Warn("story", "id", id, "err", err)
	}
	title := a.Title
	if title == "" {
		title = "Article " + r.PathValue("id")
	}
	s.render(w, r, http.StatusOK, "article", title, d)
}
