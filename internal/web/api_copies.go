package web

import (
	"errors"
	"net/http"

	"github.com/dossier-osint/dossier/internal/store"
)

// articleGroups is an article's copy group and story (null when in none).
type articleGroups struct {
	ArticleID int64        `json:"article_id"`
	Copies    *store.Group `json:"copies"`
	Story     *store.Group `json:"story"`
}

func (s *Server) apiArticleCopies(w http.ResponseWriter, r *http.Request) {
	id, ok := apiID(w, r)
	if !ok || !apiParams(w, r, func(*params) {}) {
		return
	}
	ctx := r.Context()
	if _, err := s.st.Article(ctx, id); err != nil {
		s.storeError(w, "article "+r.PathValue("id"), err)
		return
	}
	out := articleGroups{ArticleID: id}
	var err error
	if out.Copies, err = s.st.GroupOf(ctx, store.KindCopy, id); err != nil && !errors.Is(err, store.ErrNotFound) {
		s.storeError(w, "copy group", err)
		return
	}
	if out.Story, err = s.st.GroupOf(ctx, store.KindStory, id); err != nil && !errors.Is(err, store.ErrNotFound) {
		s.storeError(w, "story", err)
		return
	}
	writeJSON(w, http.StatusOK, out)
}

func (s *Server) apiCopies(w http.ResponseWriter, r *http.Request) {
	var pg store.Page
	if !apiParams(w, r, func(p *params) { pg.Limit, pg.Offset = p.page(50, 1000) }) {
		return
	}
	gs, total, err := s.st.ListGroups(r.Context(), store.KindCopy, pg)
	if err != nil {
		s.storeError(w, "copy groups", err)
		return
	}
	writeJSON(w, http.StatusOK, list(gs, total, pg.Limit, pg.Offset))
}

func (s *Server) apiStories(w http.ResponseWriter, r *http.Request) {
	var pg store.Page
	if !apiParams(w, r, func(p *params) { pg.Limit, pg.Offset = p.page(50, 1000) }) {
		return
	}
	gs, total, err := s.st.ListGroups(r.Context(), store.KindStory, pg)
	if err != nil {
		s.storeError(w, "stories", err)
		return
	}
	writeJSON(w, http.StatusOK, list(gs, total, pg.Limit, pg.Offset))
}
