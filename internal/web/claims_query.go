package web

import (
	"bytes"
	"context"
	"fmt"
	"html/template"
	"net/url"

	"github.com/dossier-osint/dossier/internal/store"
)

// claimQuery is the claims table's filter, sort and window, shared by the
// page, the exports and the API.
type claimQuery struct {
	Topic, Indicator string
	Source           string // said_by, origin or outlet contains this, ignoring case
	SaidBy           string // said_by equals this, ignoring case
	Origin           string // origin equals this, ignoring case
	Credit           string // the outlet equals this, ignoring case
	From, To         string
	Review           string
	Article          int64
	Sort, Order      string
	Limit, Offset    int
}

var claimSorts = []string{"published", "period", "value", "source", "indicator", "review"}

// readClaimQuery reads the claim filter parameters.
func readClaimQuery(p *params, defLimit, maxLimit int) claimQuery {
	q := claimQuery{
		Topic:     p.str("topic"),
		Indicator: p.str("indicator"),
		Source:    p.str("source"),
		SaidBy:    p.str("said_by"),
		Origin:    p.str("origin"),
		Credit:    p.str("credit"),
		From:      p.date("from", false),
		To:        p.date("to", true),
		Review:    p.enum("review", store.ReviewMachine, store.ReviewAccepted, store.ReviewRejected, store.ReviewCorrected),
		Article:   p.int64("article"),
		Sort:      p.enum("sort", claimSorts...),
		Order:     p.enum("order", "asc", "desc"),
	}
	q.Limit, q.Offset = p.page(defLimit, maxLimit)
	return q
}

// values renders the query back as URL parameters (without the window).
func (q claimQuery) values() url.Values {
	v := url.Values{}
	set := func(k, s string) {
		if s != "" {
			v.Set(k, s)
		}
	}
	set("topic", q.Topic)
	set("indicator", q.Indicator)
	set("source", q.Source)
	set("said_by", q.SaidBy)
	set("origin", q.Origin)
	set("credit", q.Credit)
	set("from", q.From)
	set("to", q.To)
	set("review", q.Review)
	if q.Article != 0 {
		v.Set("article", itoa64(q.Article))
	}
	set("sort", q.Sort)
	set("order", q.Order)
	return v
}

// maxExport caps the rows of an unwindowed read.
const maxExport = 100000

// run executes the query in the store (filter, sort and window); all
// ignores the window (exports, capped at maxExport).
func (q claimQuery) run(ctx context.Context, st store.Store, all bool) ([]store.StoredClaim, int, error) {
	f := store.ClaimFilter{ArticleID: q.Article, Topic: q.Topic, Indicator: q.Indicator, From: q.From, To: q.To,
		SaidBy: q.SaidBy, Origin: q.Origin, Credit: q.Credit, Source: q.Source, Review: q.Review,
		Sort: q.Sort, Desc: q.Order == "desc"}
	if all {
		f.Limit = maxExport
	} else {
		f.Limit, f.Offset = q.Limit, q.Offset
	}
	return st.ListClaims(ctx, f)
}

// claimList is a window of claims and the total count.
type claimList struct {
	claims []store.StoredClaim
	total  int
}

// claimsOf runs a windowed claim query through the cache: lists are
// reused until the store changes (the generation check) or the cache's
// time to live ends, so readers paging the same list share one query.
func (s *Server) claimsOf(ctx context.Context, q claimQuery) ([]store.StoredClaim, int, error) {
	ctx = context.WithoutCancel(ctx)
	key := fmt.Sprintf("claims:%s:%d:%d", q.values().Encode(), q.Limit, q.Offset)
	v, err := cached(s.cache, key, func() (claimList, error) {
		cs, n, err := q.run(ctx, s.st, false)
		return claimList{cs, n}, err
	})
	return v.claims, v.total, err
}

// claimsTable is claimsOf with the claims table rendered once per list
// (like charts): the table's cells call a dozen template functions each,
// which made most of a claims page's cost.
func (s *Server) claimsTable(ctx context.Context, q claimQuery) ([]store.StoredClaim, int, template.HTML, error) {
	cs, total, err := s.claimsOf(ctx, q)
	if err != nil {
		return nil, 0, "", err
	}
	key := fmt.Sprintf("claims-html:%s:%d:%d", q.values().Encode(), q.Limit, q.Offset)
	type laid struct {
		cs []store.StoredClaim
		h  template.HTML
	}
	build := func() (laid, error) {
		var buf bytes.Buffer
		if err := s.pages["claims"].ExecuteTemplate(&buf, "claims-table", cs); err != nil {
			return laid{}, err
		}
		return laid{cs, template.HTML(buf.String())}, nil
	}
	v, err := cached(s.cache, key, build)
	if err == nil && len(v.cs) > 0 && len(cs) > 0 && &v.cs[0] != &cs[0] { // the list was refreshed since
		s.cache.mu.Lock()
		delete(s.cache.m, key)
		s.cache.mu.Unlock()
		v, err = cached(s.cache, key, build)
	}
	return cs, total, v.h, err
}
