package web

import (
	"errors"
	"net/http"

	"github.com/dossier-osint/dossier/internal/store"
)

type searchData struct {
	Q     store.SearchQuery
	Hits  []store.SearchHit
	Pager pager
	Err   string
	Done  bool
}

// readSearch reads the search parameters.
func readSearch(p *params, defLimit, maxLimit int) store.SearchQuery {
	q := store.SearchQuery{Text: p.str("q"), From: p.date("from", false), To: p.date("to", true),
		Credit: p.str("credit"), Lang: p.str("lang")}
	q.Limit, q.Offset = p.page(defLimit, maxLimit)
	return q
}

func (s *Server) pageSearch(w http.ResponseWriter, r *http.Request) {
	p := newParams(r.URL.Query())
	q := readSearch(p, 20, 200)
	if err := p.err(false); err != nil {
		s.pageError(w, r, http.StatusBadRequest, err.Error())
		return
	}
	d := &searchData{Q: q}
	status := http.StatusOK
	if q.Text != "" {
		hits, total, err := s.st.Search(r.Context(), q)
		switch {
		case errors.Is(err, store.ErrBadQuery) || errors.Is(err, store.ErrInvalid):
			d.Err, status = err.Error(), http.StatusBadRequest
		case err != nil:
			s.log.Error("search", "err", err)
			s.pageError(w, r, http.StatusInternalServerError, "The search failed.")
			return
		default:
			d.Hits, d.Done = hits, true
			d.Pager = newPager(r.URL, q.Limit, q.Offset, total, len(hits))
			if store.SearchTotalCapped(total) {
				d.Pager.Total, d.Pager.Capped = store.SearchTotalCap, true
			}
		}
	}
	s.render(w, r, status, "search", "Search", d)
}
