package web

import (
	"html/template"
	"net/http"
	"strconv"
	"strings"

	"github.com/dossier-osint/dossier/internal/store"
)

func itoa64(n int64) string { return strconv.FormatInt(n, 10) }

type claimsData struct {
	Q          claimQuery
	Claims     []store.StoredClaim
	Pager      pager
	Indicators []indicatorInfo
	Sorts      []string
	ExportCSV  string
	ExportJSON string
	Err        string
	Table      template.HTML // the claims table, rendered once per list
}

// claimsPage reads the filter, runs it and fills claimsData; it writes a
// 400 page and returns nil when the parameters are bad.
func (s *Server) claimsPage(w http.ResponseWriter, r *http.Request, fixedIndicator string) *claimsData {
	p := newParams(r.URL.Query())
	q := readClaimQuery(p, 50, 500)
	if sb := p.enum("sortby", sortChoiceValues()...); sb != "" {
		q.Sort, q.Order, _ = strings.Cut(sb, "-")
		if q.Sort == "newest" {
			q.Sort, q.Order = "", ""
		}
	}
	p.str("claim")
	p.str("flash")
	if err := p.err(false); err != nil {
		s.pageError(w, r, http.StatusBadRequest, err.Error())
		return nil
	}
	if fixedIndicator != "" {
		q.Indicator = fixedIndicator
	}
	cs, total, table, err := s.claimsTable(r.Context(), q)
	if err != nil {
		s.log.Error("claims", "err", err)
		s.pageError(w, r, http.StatusInternalServerError, "The claims could not be read from the store.")
		return nil
	}
	v := q.values()
	return &claimsData{Q: q, Claims: cs, Table: table, Pager: newPager(r.URL, q.Limit, q.Offset, total, len(cs)),
		Indicators: s.indicators(), Sorts: claimSorts,
		ExportCSV: "/claims.csv?" + v.Encode(), ExportJSON: "/claims.json?" + v.Encode()}
}

func (s *Server) pageClaims(w http.ResponseWriter, r *http.Request) {
	d := s.claimsPage(w, r, "")
	if d == nil {
		return
	}
	s.render(w, r, http.StatusOK, "claims", "Claims", d)
}

// sortChoice is one way to order the claims table, in words.
type sortChoice struct{ Value, Label string }

// sortChoices are the claims table's orders: sort key and direction as
// one choice ("sortby=value-desc"), named as people say them.
var sortChoices = []sortChoice{
	{"newest", "newest article first"}, {"published-asc", "oldest article first"},
	{"value-desc", "highest figure first"}, {"value-asc", "lowest figure first"},
	{"period-desc", "latest period first"}, {"period-asc", "earliest period first"},
	{"source-asc", "source, A to Z"}, {"indicator-asc", "indicator, A to Z"}, {"review-asc", "review state"},
}

func sortChoiceValues() []string {
	var out []string
	for _, c := range sortChoices {
		out = append(out, c.Value)
	}
	return out
}

// currentSort names the query's order as a sortChoice value.
func currentSort(sort, order string) string {
	if sort == "" {
		return "newest"
	}
	if order == "" {
		order = "asc"
	}
	return sort + "-" + order
}
