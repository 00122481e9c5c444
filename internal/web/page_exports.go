package web

import (
	"encoding/json"
	"net/http"
	"strconv"

	"github.com/dossier-osint/dossier/internal/csvsafe"
	"github.com/dossier-osint/dossier/internal/store"
)

// readExport reads the claim filter of an export (no window: every row).
func (s *Server) readExport(w http.ResponseWriter, r *http.Request) ([]store.StoredClaim, bool) {
	p := newParams(r.URL.Query())
	q := readClaimQuery(p, 50, maxExport)
	if err := p.err(true); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return nil, false
	}
	cs, _, err := q.run(r.Context(), s.st, true)
	if err != nil {
		s.log.Error("export", "err", err)
		http.Error(w, "the claims could not be read", http.StatusInternalServerError)
		return nil, false
	}
	return cs, true
}

var csvHeader = []string{"id", "article_id", "review", "value", "bound", "number", "low", "high", "approx", "vague",
	"unit", "per", "indicator", "topic", "period", "period_text", "said_by", "origin", "counted", "event", "place",
	"scope", "text", "sentence", "article_title", "article_published", "article_credit", "copy_group", "reviewer", "review_reason"}

func (s *Server) exportClaimsCSV(w http.ResponseWriter, r *http.Request) {
	cs, ok := s.readExport(w, r)
	if !ok {
		return
	}
	w.Header().Set("Content-Type", "text/csv; charset=utf-8")
	w.Header().Set("Content-Disposition", `attachment; filename="claims.csv"`)
	cw := csvsafe.NewWriter(w) // every cell defused
	cw.Write(csvHeader)
	f := func(x float64) string { return strconv.FormatFloat(x, 'f', -1, 64) }
	for _, c := range cs {
		v := c.Value
		row := []string{itoa64(c.ID), itoa64(c.ArticleID), c.Review, v.String(), v.Bound, f(v.Number), f(v.Low),
			f(v.High), strconv.FormatBool(v.Approx), strconv.FormatBool(v.Vague), c.Unit, c.Per, c.Indicator, c.Topic,
			c.Period, c.PeriodText, c.SaidBy, c.Origin, c.Counted, c.Event, c.Place, c.Scope, c.Text, c.Sentence,
			c.ArticleTitle, c.ArticlePublished, c.ArticleCredit, itoa64(c.CopyGroup), c.Reviewer, c.ReviewReason}
		cw.Write(row)
	}
	cw.Flush()
}

func (s *Server) exportClaimsJSON(w http.ResponseWriter, r *http.Request) {
	cs, ok := s.readExport(w, r)
	if !ok {
		return
	}
	if cs == nil {
		cs = []store.StoredClaim{}
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Content-Disposition", `attachment; filename="claims.json"`)
	enc := json.NewEncoder(w)
	enc.SetIndent("", " ")
	enc.Encode(cs)
}
