package web

import (
	"net/http"

	"github.com/dossier-osint/dossier/internal/doc"
	"github.com/dossier-osint/dossier/internal/store"
)

// articleJSON is an article with its annotations and its claims with ids.
type articleJSON struct {
	*doc.Article
	Annotations *doc.Annotations    `json:"annotations"`
	Claims      []store.StoredClaim `json:"claims"`
}

func (s *Server) apiArticle(w http.ResponseWriter, r *http.Request) {
	id, ok := apiID(w, r)
	if !ok || !apiParams(w, r, func(*params) {}) {
		return
	}
	a, err := s.st.Article(r.Context(), id)
	if err != nil {
		s.storeError(w, "article "+r.PathValue("id"), err)
		return
	}
	cs, _, err := s.st.ListClaims(r.Context(), store.ClaimFilter{ArticleID: id})
	if err != nil {
		s.storeError(w, "claims of article "+r.PathValue("id"), err)
		return
	}
	if cs == nil {
		cs = []store.StoredClaim{}
	}
	writeJSON(w, http.StatusOK, articleJSON{Article: a, Annotations: a.Annotations, Claims: cs})
}
