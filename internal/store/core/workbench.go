package core

import (
	"cmp"
	"context"
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/dossier-osint/dossier/internal/searchq"
	"github.com/dossier-osint/dossier/internal/store"
)

// notLaterCopy is the condition that the article whose id is col is not a
// later member of a copy group (SearchQuery.Fold, ClaimFilter.Fold).
// The later members form one small set, read once per query, rather than
// a look-up per matching row.
func notLaterCopy(col string) string {
	return col + ` NOT IN (SELECT gm.article_id FROM group_members gm WHERE gm.kind = 'copy' AND gm.relation <> '` +
		store.RelOriginal + `')`
}

// ReviewContradiction implements store.Store.
func (s *Store) ReviewContradiction(ctx context.Context, r store.ContradictionReview) (store.ContradictionReview, error) {
	if r.B < r.A {
		r.A, r.B, r.ClaimA, r.ClaimB = r.B, r.A, r.ClaimB, r.ClaimA
	}
	what := fmt.Sprintf("review contradiction %s / %s", r.A, r.B)
	if err := store.CheckContradictionReview(r); err != nil {
		return r, fmt.Errorf("%s: %w", what, err)
	}
	r.At = time.Now().UTC()
	err := s.write(ctx, what, shown, func(tx Tx) error {
		return tx.QueryRow(ctx, `INSERT INTO contradiction_reviews (a_key, b_key, claim_a, claim_b, state, who, reason, at)
			VALUES (?,?,?,?,?,?,?,?) RETURNING id`, r.A, r.B, r.ClaimA, r.ClaimB, r.State, r.Who, r.Reason, r.At).Scan(&r.ID)
	})
	return r, err
}

func (s *Store) contradictionReviews(ctx context.Context, what, where string, args ...any) ([]store.ContradictionReview, error) {
	return list(ctx, s.d, what, `SELECT id, a_key, b_key, claim_a, claim_b, state, who, reason, at
		FROM contradiction_reviews `+where+` ORDER BY id`, args, fields(func(x *store.ContradictionReview) []any {
		return []any{&x.ID, &x.A, &x.B, &x.ClaimA, &x.ClaimB, &x.State, &x.Who, &x.Reason, tm(&x.At)}
	}))
}

// ContradictionAudit implements store.Store.
func (s *Store) ContradictionAudit(ctx context.Context, a, b string) ([]store.ContradictionReview, error) {
	a, b = store.PairKeys(a, b)
	return s.contradictionReviews(ctx, "contradiction audit "+a+" / "+b, `WHERE a_key = ? AND b_key = ?`, a, b)
}

// ContradictionStates implements store.Store.
func (s *Store) ContradictionStates(ctx context.Context) ([]store.ContradictionReview, error) {
	return s.contradictionReviews(ctx, "contradiction states",
		`WHERE id IN (SELECT MAX(id) FROM contradiction_reviews GROUP BY a_key, b_key)`)
}

// facetCounts reads the facets' columns of the rows of from+w in one pass
// (one scan of the matches, not one per facet) and keeps the FacetValues
// most frequent values of each, ties by value.
func (s *Store) facetCounts(ctx context.Context, what, from string, w Where, exprs map[string]string) (map[string][]store.Facet, error) {
	names := slices.Sorted(maps.Keys(exprs))
	cols, counts := make([]string, len(names)), make([]map[string]int, len(names))
	vals, dest := make([]string, len(names)), make([]any, len(names))
	for i, n := range names {
		cols[i], counts[i], dest[i] = exprs[n], map[string]int{}, &vals[i]
	}
	err := Each(ctx, s.d, `SELECT `+strings.Join(cols, ", ")+from+w.String(), w.Args, func(r Row) error {
		if err := r.Scan(dest...); err != nil {
			return err
		}
		for i, v := range vals {
			counts[i][v]++
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("%s: facets: %w", what, err)
	}
	out := make(map[string][]store.Facet, len(names))
	for i, n := range names {
		fs := make([]store.Facet, 0, len(counts[i]))
		for v, c := range counts[i] {
			fs = append(fs, store.Facet{Value: v, Count: c})
		}
		slices.SortFunc(fs, func(a, b store.Facet) int {
			return cmp.Or(cmp.Compare(b.Count, a.Count), strings.Compare(a.Value, b.Value))
		})
		out[n] = fs[:min(len(fs), store.FacetValues)]
	}
	return out, nil
}

var articleFacetExprs = map[string]string{
	store.FacetCredit: `a.credit`, store.FacetLang: `a.lang`, store.FacetYear: `substr(a.published, 1, 4)`,
}

// ArticleFacets implements store.Store.
func (s *Store) ArticleFacets(ctx context.Context, sq store.SearchQuery) (store.Facets, error) {
	what := fmt.Sprintf("facets of %q", sq.Text)
	var w Where
	articleWhere(&w, sq.From, sq.To, sq.Credit, sq.Lang)
	w.AddIf(sq.Fold, notLaterCopy(`a.id`))
	var out store.Facets
	if strings.TrimSpace(sq.Text) != "" {
		q, err := searchq.Parse(sq.Text)
		if err != nil {
			return out, fmt.Errorf("%s: %w", what, err)
		}
		// The newest SearchTotalCap matches, as Search counts them.
		sd := s.d.Search()
		var mw Where
		cond, args := sd.Match(q)
		mw.Add(cond, args...)
		mw.conds, mw.Args = append(mw.conds, w.conds...), append(mw.Args, w.Args...)
		matches := `SELECT ` + sd.ID() + ` AS id` + sd.From(mw.Len() == 1) + mw.String()
		var n int
		if err := s.d.QueryRow(ctx, `SELECT COUNT(*) FROM (`+matches+Page(store.SearchTotalCap+1, 0)+`) m`,
			mw.Args...).Scan(&n); err != nil {
			return out, fmt.Errorf("%s: count: %w", what, err)
		}
		out.Capped = n > store.SearchTotalCap
		w = Where{}
		w.Add(`a.id IN (SELECT m.id FROM (`+matches+` ORDER BY `+sd.ID()+` DESC`+Page(store.SearchTotalCap, 0)+`) m)`,
			mw.Args...)
	}
	fields, err := s.facetCounts(ctx, what, ` FROM articles a`, w, articleFacetExprs)
	out.Fields = fields
	return out, err
}

var claimFacetExprs = map[string]string{
	store.FacetIndicator: `c.indicator`, store.FacetSaidBy: `c.said_by`, store.FacetOrigin: `c.origin`,
	store.FacetReview: `c.review`, store.FacetCredit: `c.credit`, store.FacetYear: `substr(c.published, 1, 4)`,
}

// ClaimFacets implements store.Store.
func (s *Store) ClaimFacets(ctx context.Context, f store.ClaimFilter) (store.Facets, error) {
	w, err := s.claimWhere(f)
	if err != nil {
		return store.Facets{}, fmt.Errorf("claim facets: %w", err)
	}
	fields, err := s.facetCounts(ctx, "claim facets", ` FROM claims c`, w, claimFacetExprs)
	return store.Facets{Fields: fields}, err
}
