package web

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strconv"

	"github.com/dossier-osint/dossier/internal/store"
)

// facetedQuery is the faceted search over articles or claims: words, the
// facets chosen, the sort and the window. The page, the API and saved
// searches read and write it as URL parameters.
type facetedQuery struct {
	Kind      string // "articles" (default) or "claims"
	Text      string
	Credit    string
	Lang      string
	From, To  string
	Indicator string
	SaidBy    string
	Origin    string
	Review    string
	Sort      string // "" (relevance; newest for claims) or "date"
	AllCopies bool   // show copies instead of folding them into their group's first article
	Limit     int
	Offset    int
}

const (
	kindArticles = "articles"
	kindClaims   = "claims"
)

// readFaceted reads the faceted search parameters.
func readFaceted(p *params, defLimit, maxLimit int) facetedQuery {
	q := facetedQuery{Kind: p.enum("kind", kindArticles, kindClaims), Text: p.str("q"),
		Credit: p.str("credit"), Lang: p.str("lang"), From: p.date("from", false), To: p.date("to", true),
		Indicator: p.str("indicator"), SaidBy: p.str("said_by"), Origin: p.str("origin"),
		Review: p.enum("review", store.ReviewMachine, store.ReviewAccepted, store.ReviewRejected, store.ReviewCorrected),
		Sort:   p.enum("sort", "relevance", store.SortDate), AllCopies: p.enum("copies", "all", "folded") == "all"}
	if q.Kind == "" {
		q.Kind = kindArticles
	}
	if q.Sort == "relevance" {
		q.Sort = ""
	}
	q.Limit, q.Offset = p.page(defLimit, maxLimit)
	return q
}

// values renders the query as URL parameters (without the window).
func (q facetedQuery) values() url.Values {
	v := url.Values{}
	set := func(k, s string) {
		if s != "" {
			v.Set(k, s)
		}
	}
	if q.Kind != kindArticles {
		set("kind", q.Kind)
	}
	set("q", q.Text)
	set("credit", q.Credit)
	set("lang", q.Lang)
	set("from", q.From)
	set("to", q.To)
	set("indicator", q.Indicator)
	set("said_by", q.SaidBy)
	set("origin", q.Origin)
	set("review", q.Review)
	set("sort", q.Sort)
	if q.AllCopies {
		v.Set("copies", "all")
	}
	return v
}

// queryKey is the query as cache keys name it: its values with the text's
// key (parseText), so texts that search the same thing share entries.
func (s *Server) queryKey(q facetedQuery) string {
	v := q.values()
	if q.Text != "" {
		v.Set("q", s.texts.get(q.Text).key)
	}
	return v.Encode()
}

func (q facetedQuery) search() store.SearchQuery {
	return store.SearchQuery{Text: q.Text, From: q.From, To: q.To, Credit: q.Credit, Lang: q.Lang, Sort: q.Sort,
		Fold: !q.AllCopies, Limit: q.Limit, Offset: q.Offset}
}

func (q facetedQuery) claims() store.ClaimFilter {
	return store.ClaimFilter{Text: q.Text, From: q.From, To: q.To, Credit: q.Credit, Indicator: q.Indicator,
		SaidBy: q.SaidBy, Origin: q.Origin, Review: q.Review, Fold: !q.AllCopies, Limit: q.Limit, Offset: q.Offset}
}

// facetGroup is one facet as the page lists it: values with counts and
// the link that narrows the search to each (or widens it again).
type facetGroup struct {
	Name, Label string
	Chosen      string // the value the search is narrowed to
	Clear       string // link without this facet
	Values      []facetValue
}

type facetValue struct {
	Label string
	Count int
	Href  string
	On    bool
}

// facetLabels name the facets, in the order the page shows them.
var facetOrder = []struct{ name, param, label string }{
	{store.FacetIndicator, "indicator", "Indicator"},
	{store.FacetSaidBy, "said_by", "Said by"},
	{store.FacetOrigin, "origin", "Origin (cited source)"},
	{store.FacetReview, "review", "Review"},
	{store.FacetCredit, "credit", "Outlet"},
	{store.FacetLang, "lang", "Language"},
	{store.FacetYear, "year", "Year published"},
}

type searchData struct {
	Q         facetedQuery
	Hits      []store.SearchHit
	Claims    []store.StoredClaim
	Facets    []facetGroup
	Capped    bool // facet counts are over the newest matches only
	Pager     pager
	Err       string
	Done      bool
	KindHref  map[string]string
	SortHref  map[string]string
	CopyHref  string
	SaveQuery string // the query a saved search keeps
}

// facetsOf reads the facets for the query.
func (s *Server) facetsOf(ctx context.Context, q facetedQuery) (store.Facets, error) {
	// Counts are reused for the cache's time to live: counting a broad
	// query's facets reads every match.
	ctx = context.WithoutCancel(ctx)
	return cached(s.cache, "facets:"+s.queryKey(q), func() (store.Facets, error) {
		if q.Kind == kindClaims {
			return s.st.ClaimFacets(ctx, q.claims())
		}
		return s.st.ArticleFacets(ctx, q.search())
	})
}

// results are a faceted search's window of hits or claims and the total.
type results struct {
	hits   []store.SearchHit
	claims []store.StoredClaim
	total  int
}

// runFaceted runs the search and its facets. Results are reused, as the
// facet counts are, until the store changes or the cache's time to live
// ends: readers paging the same search share one query.
func (s *Server) runFaceted(ctx context.Context, u *url.URL, q facetedQuery) (*searchData, error) {
	d := &searchData{Q: q}
	cctx := context.WithoutCancel(ctx)
	key := fmt.Sprintf("search:%s:%d:%d", s.queryKey(q), q.Limit, q.Offset)
	res, err := cached(s.cache, key, func() (results, error) {
		var r results
		var err error
		r.hits, r.claims, r.total, err = s.search(cctx, q)
		return r, err
	})
	if err != nil {
		return nil, err
	}
	d.Hits, d.Claims = res.hits, res.claims
	total := res.total
	d.Done = true
	d.Pager = newPager(u, q.Limit, q.Offset, total, len(d.Hits)+len(d.Claims))
	if q.Kind != kindClaims && store.SearchTotalCapped(total) {
		d.Pager.Total, d.Pager.Capped = store.SearchTotalCap, true
	}
	f, err := s.facetsOf(ctx, q)
	if err != nil {
		return nil, err
	}
	d.Capped = f.Capped
	d.Facets = s.facetGroups(q, f)
	return d, nil
}

// search runs a faceted search's list in the store.
func (s *Server) search(ctx context.Context, q facetedQuery) (hits []store.SearchHit, claims []store.StoredClaim, total int, err error) {
	d := &struct {
		Hits   []store.SearchHit
		Claims []store.StoredClaim
	}{}
	if q.Kind == kindClaims {
		d.Claims, total, err = s.st.ListClaims(ctx, q.claims())
	} else if q.Text != "" {
		d.Hits, total, err = s.st.Search(ctx, q.search())
	} else {
		var list []store.ArticleSummary
		list, total, err = s.st.ListArticles(ctx, store.ArticleFilter{From: q.From, To: q.To, Credit: q.Credit, Lang: q.Lang,
			Limit: q.Limit, Offset: q.Offset})
		for _, a := range list {
			d.Hits = append(d.Hits, store.SearchHit{ArticleID: a.ID, Title: a.Title, Published: a.Published,
				Credit: a.Credit, Lang: a.Lang, CopyGroup: a.CopyGroup})
		}
	}
	return d.Hits, d.Claims, total, err
}

// facetGroups lays out the facets with their links.
func (s *Server) facetGroups(q facetedQuery, f store.Facets) []facetGroup {
	v := q.values()
	var out []facetGroup
	for _, fo := range facetOrder {
		vals, ok := f.Fields[fo.name]
		if !ok {
			continue
		}
		g := facetGroup{Name: fo.name, Label: fo.label, Chosen: v.Get(fo.param)}
		if fo.name == store.FacetYear {
			if q.From != "" && len(q.From) >= 4 && q.To != "" && q.From[:4] == q.To[:4] {
				g.Chosen = q.From[:4]
			}
		}
		clear := url.Values{}
		for k, x := range v {
			clear[k] = x
		}
		if fo.name == store.FacetYear {
			clear.Del("from")
			clear.Del("to")
		} else {
			clear.Del(fo.param)
		}
		g.Clear = "/search?" + clear.Encode()
		for _, fv := range vals {
			n := url.Values{}
			for k, x := range clear {
				n[k] = x
			}
			label := fv.Value
			switch fo.name {
			case store.FacetYear:
				if fv.Value == "" {
					continue // undated articles cannot be chosen by year
				}
				n.Set("from", fv.Value+"-01-01")
				n.Set("to", fv.Value+"-12-31")
			default:
				if fv.Value == "" {
					continue
				}
				n.Set(fo.param, fv.Value)
			}
			switch fo.name {
			case store.FacetIndicator:
				label = s.indicatorLabel(fv.Value)
			case store.FacetReview:
				label = reviewWord(fv.Value)
			case store.FacetLang:
				label = language(fv.Value)
			}
			g.Values = append(g.Values, facetValue{Label: label, Count: fv.Count, Href: "/search?" + n.Encode(),
				On: g.Chosen != "" && g.Chosen == fv.Value})
		}
		if len(g.Values) > 0 || g.Chosen != "" {
			out = append(out, g)
		}
	}
	return out
}

// with returns the query's link with one parameter set (or removed).
func (q facetedQuery) with(k, val string) string {
	v := q.values()
	if val == "" {
		v.Del(k)
	} else {
		v.Set(k, val)
	}
	if k == "kind" { // facets of one kind mean nothing for the other
		for _, f := range []string{"indicator", "said_by", "origin", "review", "lang"} {
			v.Del(f)
		}
		if val == kindClaims {
			v.Del("sort")
		}
	}
	return "/search?" + v.Encode()
}

func (s *Server) pageSearch(w http.ResponseWriter, r *http.Request) {
	p := newParams(r.URL.Query())
	q := readFaceted(p, 20, 200)
	flash := p.str("flash")
	if err := p.err(false); err != nil {
		s.pageError(w, r, http.StatusBadRequest, err.Error())
		return
	}
	if flash == "" && s.costlyText(q.Text) && s.session(r) == nil {
		s.costlySearchPage(w, r, q)
		return
	}
	status := http.StatusOK
	d, err := s.runFaceted(r.Context(), r.URL, q)
	switch {
	case errors.Is(err, store.ErrBadQuery) || errors.Is(err, store.ErrInvalid):
		d, status = &searchData{Q: q, Err: err.Error()}, http.StatusBadRequest
	case err != nil:
		s.log.Error("search", "err", err)
		s.pageError(w, r, http.StatusInternalServerError, "The search failed.")
		return
	}
	s.searchLinks(d, q)
	s.render(w, r, status, "search", "Search", d)
}

// searchLinks sets the page's links to the same search with another kind,
// sort or copy choice.
func (s *Server) searchLinks(d *searchData, q facetedQuery) {
	d.KindHref = map[string]string{kindArticles: q.with("kind", ""), kindClaims: q.with("kind", kindClaims)}
	d.SortHref = map[string]string{"relevance": q.with("sort", ""), store.SortDate: q.with("sort", store.SortDate)}
	if q.AllCopies {
		d.CopyHref = q.with("copies", "")
	} else {
		d.CopyHref = q.with("copies", "all")
	}
	d.SaveQuery = q.values().Encode()
}

// costlySearchPage answers a costly search (costlyText) to a reader
// without a session from the rendered page, kept as the results are until
// the store changes: most of such a page's cost is rendering its snippets
// and the links that each carry the whole text, and the page is the same
// for every anonymous reader. A search the store refuses is not kept.
func (s *Server) costlySearchPage(w http.ResponseWriter, r *http.Request, q facetedQuery) {
	key := fmt.Sprintf("search-page:%s:%d:%d", q.values().Encode(), q.Limit, q.Offset)
	page, err := cached(s.cache, key, func() ([]byte, error) {
		d, err := s.runFaceted(context.WithoutCancel(r.Context()), r.URL, q)
		if err != nil {
			return nil, err
		}
		s.searchLinks(d, q)
		return s.renderPage("search", pageData{Title: "Search", Nav: "search", D: d})
	})
	switch {
	case errors.Is(err, store.ErrBadQuery) || errors.Is(err, store.ErrInvalid):
		d := &searchData{Q: q, Err: err.Error()}
		s.searchLinks(d, q)
		s.render(w, r, http.StatusBadRequest, "search", "Search", d)
		return
	case err != nil:
		s.log.Error("search", "err", err)
		s.pageError(w, r, http.StatusInternalServerError, "The search failed.")
		return
	}
	writePage(w, http.StatusOK, page)
}

// itoa renders an int for templates and links.
func itoa(n int) string { return strconv.Itoa(n) }
