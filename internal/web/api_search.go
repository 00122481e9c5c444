package web

import (
	"context"
	"fmt"
	"net/http"

	"github.com/dossier-osint/dossier/internal/store"
)

// readSearch reads the API's search parameters: copies are listed unless
// copies=folded.
func readSearch(p *params, defLimit, maxLimit int) store.SearchQuery {
	q := store.SearchQuery{Text: p.str("q"), From: p.date("from", false), To: p.date("to", true),
		Credit: p.str("credit"), Lang: p.str("lang"), Sort: p.enum("sort", store.SortDate),
		Fold: p.enum("copies", "all", "folded") == "folded"}
	q.Limit, q.Offset = p.page(defLimit, maxLimit)
	return q
}

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
	ctx := context.WithoutCancel(r.Context())
	kq := q
	kq.Text = s.texts.get(q.Text).key
	key := fmt.Sprintf("api-search:%+v", kq)
	res, err := cached(s.cache, key, func() (results, error) {
		hits, total, err := s.st.Search(ctx, q)
		return results{hits: hits, total: total}, err
	})
	if err != nil {
		s.storeError(w, "search", err)
		return
	}
	hits, total := res.hits, res.total
	l := list(hits, total, q.Limit, q.Offset)
	if store.SearchTotalCapped(total) {
		l.Total, l.TotalCapped = store.SearchTotalCap, true
	}
	writeJSON(w, http.StatusOK, l)
}
