package web

import (
	"context"
	"net/url"
	"sort"
	"strings"

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

// run executes the query. When neither source nor sort is set, the store
// pages; otherwise every matching claim is read, filtered and sorted here.
// all ignores the window (exports).
func (q claimQuery) run(ctx context.Context, st store.Store, all bool) ([]store.StoredClaim, int, error) {
	f := store.ClaimFilter{ArticleID: q.Article, Topic: q.Topic, Indicator: q.Indicator, From: q.From, To: q.To,
		SaidBy: q.SaidBy, Origin: q.Origin, Credit: q.Credit, Review: q.Review}
	if q.Source == "" && q.Sort == "" {
		if all {
			f.Limit = maxExport
		} else {
			f.Limit, f.Offset = q.Limit, q.Offset
		}
		return st.ListClaims(ctx, f)
	}
	cs, _, err := st.ListClaims(ctx, f)
	if err != nil {
		return nil, 0, err
	}
	if q.Source != "" {
		needle := strings.ToLower(q.Source)
		kept := cs[:0]
		for _, c := range cs {
			if strings.Contains(strings.ToLower(c.SaidBy), needle) || strings.Contains(strings.ToLower(c.Origin), needle) ||
				strings.Contains(strings.ToLower(c.ArticleCredit), needle) {
				kept = append(kept, c)
			}
		}
		cs = kept
	}
	if q.Sort != "" {
		less := claimLess(q.Sort)
		desc := q.Order == "desc"
		sort.SliceStable(cs, func(i, j int) bool {
			if desc {
				return less(&cs[j], &cs[i])
			}
			return less(&cs[i], &cs[j])
		})
	}
	total := len(cs)
	if all {
		return cs[:min(total, maxExport)], total, nil
	}
	lo := min(q.Offset, total)
	hi := min(lo+q.Limit, total)
	return cs[lo:hi], total, nil
}

func claimLess(key string) func(a, b *store.StoredClaim) bool {
	// Unknowns ("") sort last in ascending order.
	str := func(a, b string) bool {
		if (a == "") != (b == "") {
			return b == ""
		}
		return a < b
	}
	switch key {
	case "period":
		return func(a, b *store.StoredClaim) bool {
			af, _, _ := store.PeriodBounds(a.Period)
			bf, _, _ := store.PeriodBounds(b.Period)
			return str(af, bf)
		}
	case "value":
		return func(a, b *store.StoredClaim) bool {
			al, _, _, _ := a.Value.Interval()
			bl, _, _, _ := b.Value.Interval()
			return al < bl
		}
	case "source":
		return func(a, b *store.StoredClaim) bool {
			return str(strings.ToLower(sourceOf(a)), strings.ToLower(sourceOf(b)))
		}
	case "indicator":
		return func(a, b *store.StoredClaim) bool { return str(a.Indicator, b.Indicator) }
	case "review":
		return func(a, b *store.StoredClaim) bool { return a.Review < b.Review }
	default: // published
		return func(a, b *store.StoredClaim) bool { return str(a.ArticlePublished, b.ArticlePublished) }
	}
}
