package postgres

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/dossier-osint/dossier/internal/store"
)

var (
	_ store.GroupStore         = (*Store)(nil)
	_ store.ContradictionStore = (*Store)(nil)
	_ store.FacetStore         = (*Store)(nil)
)

// contradictionReviewsMigration: the append-only reviews of
// contradictions, keyed by the two claims' keys (store.ClaimKey).
const contradictionReviewsMigration = `
CREATE TABLE contradiction_reviews (
	id      bigserial PRIMARY KEY,
	a_key   text NOT NULL,
	b_key   text NOT NULL,
	claim_a bigint NOT NULL,
	claim_b bigint NOT NULL,
	state   text NOT NULL CHECK (state IN ('open', 'confirmed', 'dismissed')),
	who     text NOT NULL,
	reason  text NOT NULL,
	at      timestamptz NOT NULL DEFAULT now(),
	CHECK (a_key < b_key)
);
CREATE INDEX contradiction_reviews_pair ON contradiction_reviews (a_key, b_key, id);
`

// notLaterCopy is the condition that the article whose id is col is not a
// later member of a copy group (SearchQuery.Fold, ClaimFilter.Fold).
func notLaterCopy(col string) string {
	return `NOT EXISTS (SELECT 1 FROM group_members gm WHERE gm.kind = 'copy' AND gm.article_id = ` + col +
		` AND gm.relation <> '` + store.RelOriginal + `')`
}

// copiesOfHits fills the size of each hit's copy group.
func (s *Store) copiesOfHits(ctx context.Context, hits []store.SearchHit) error {
	sizes := map[int64]int{}
	for i := range hits {
		g := hits[i].CopyGroup
		if g == 0 {
			continue
		}
		n, ok := sizes[g]
		if !ok {
			if err := s.pool.QueryRow(ctx, `SELECT COUNT(*) FROM group_members WHERE group_id = $1`, g).Scan(&n); err != nil {
				return fmt.Errorf("copies of group %d: %w", g, err)
			}
			sizes[g] = n
		}
		hits[i].Copies = n
	}
	return nil
}

// Group implements store.GroupStore.
func (s *Store) Group(ctx context.Context, id int64) (*store.Group, error) {
	what := fmt.Sprintf("group %d", id)
	var g *store.Group
	err := s.readTx(ctx, what, func(tx pgx.Tx) error {
		var kind string
		err := tx.QueryRow(ctx, `SELECT kind FROM article_groups WHERE id = $1`, id).Scan(&kind)
		if errors.Is(err, pgx.ErrNoRows) {
			return store.ErrNotFound
		}
		if err != nil {
			return err
		}
		g, err = members(ctx, tx, id)
		if err == nil {
			g.Kind = kind
		}
		return err
	})
	return g, err
}

// ReviewContradiction implements store.ContradictionStore.
func (s *Store) ReviewContradiction(ctx context.Context, r store.ContradictionReview) (store.ContradictionReview, error) {
	if r.B < r.A {
		r.A, r.B, r.ClaimA, r.ClaimB = r.B, r.A, r.ClaimB, r.ClaimA
	}
	what := fmt.Sprintf("review contradiction %s / %s", r.A, r.B)
	if err := store.CheckContradictionReview(r); err != nil {
		return r, fmt.Errorf("%s: %w", what, err)
	}
	err := s.pool.QueryRow(ctx, `INSERT INTO contradiction_reviews (a_key, b_key, claim_a, claim_b, state, who, reason)
		VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id, at`, r.A, r.B, r.ClaimA, r.ClaimB, r.State, r.Who, r.Reason).Scan(&r.ID, &r.At)
	if err != nil {
		return r, fmt.Errorf("%s: %w", what, err)
	}
	r.At = r.At.UTC()
	return r, nil
}

const contradictionCols = `id, a_key, b_key, claim_a, claim_b, state, who, reason, at`

func (s *Store) contradictionReviews(ctx context.Context, what, query string, args ...any) ([]store.ContradictionReview, error) {
	var out []store.ContradictionReview
	err := each(ctx, s.pool, query, args, func(r pgx.Rows) error {
		var x store.ContradictionReview
		var at time.Time
		if err := r.Scan(&x.ID, &x.A, &x.B, &x.ClaimA, &x.ClaimB, &x.State, &x.Who, &x.Reason, &at); err != nil {
			return err
		}
		x.At = at.UTC()
		out = append(out, x)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	return out, nil
}

// ContradictionAudit implements store.ContradictionStore.
func (s *Store) ContradictionAudit(ctx context.Context, a, b string) ([]store.ContradictionReview, error) {
	a, b = store.PairKeys(a, b)
	return s.contradictionReviews(ctx, "contradiction audit "+a+" / "+b,
		`SELECT `+contradictionCols+` FROM contradiction_reviews WHERE a_key = $1 AND b_key = $2 ORDER BY id`, a, b)
}

// ContradictionStates implements store.ContradictionStore.
func (s *Store) ContradictionStates(ctx context.Context) ([]store.ContradictionReview, error) {
	return s.contradictionReviews(ctx, "contradiction states", `SELECT DISTINCT ON (a_key, b_key) `+contradictionCols+
		` FROM contradiction_reviews ORDER BY a_key, b_key, id DESC`)
}

// facetCounts runs one GROUP BY per facet over the rows of from+w and
// keeps the FacetValues most frequent values.
func (s *Store) facetCounts(ctx context.Context, what, from string, w where, exprs map[string]string) (map[string][]store.Facet, error) {
	out := map[string][]store.Facet{}
	for name, expr := range exprs {
		var fs []store.Facet
		err := each(ctx, s.pool, `SELECT `+expr+` AS v, COUNT(*) AS n`+from+w.String()+
			` GROUP BY v ORDER BY n DESC, v LIMIT `+w.next(1), append(append([]any(nil), w.args...), store.FacetValues),
			func(r pgx.Rows) error {
				var f store.Facet
				if err := r.Scan(&f.Value, &f.Count); err != nil {
					return err
				}
				fs = append(fs, f)
				return nil
			})
		if err != nil {
			return nil, fmt.Errorf("%s: facet %s: %w", what, name, err)
		}
		out[name] = fs
	}
	return out, nil
}

var articleFacetExprs = map[string]string{
	store.FacetCredit: `a.credit`, store.FacetLang: `a.lang`, store.FacetYear: `substr(a.published, 1, 4)`,
}

// ArticleFacets implements store.FacetStore.
func (s *Store) ArticleFacets(ctx context.Context, sq store.SearchQuery) (store.Facets, error) {
	what := fmt.Sprintf("facets of %q", sq.Text)
	var w where
	if strings.TrimSpace(sq.Text) != "" {
		q, err := store.ParseQuery(sq.Text)
		if err != nil {
			return store.Facets{}, fmt.Errorf("%s: %w", what, err)
		}
		w.add(`a.tsv @@ to_tsquery('simple', ?)`, tsQuery(q))
	}
	articleWhere(&w, sq.From, sq.To, sq.Credit, sq.Lang)
	if sq.Fold {
		w.add(notLaterCopy(`a.id`))
	}
	var out store.Facets
	from := ` FROM articles a`
	if strings.TrimSpace(sq.Text) != "" {
		// The newest SearchTotalCap+1 matches, as Search counts them.
		var n int
		if err := s.pool.QueryRow(ctx, `SELECT COUNT(*) FROM (SELECT 1 FROM articles a`+w.String()+` LIMIT `+w.next(1)+`) m`,
			append(w.args, store.SearchTotalCap+1)...).Scan(&n); err != nil {
			return out, fmt.Errorf("%s: count: %w", what, err)
		}
		out.Capped = n > store.SearchTotalCap
		from = ` FROM (SELECT a.* FROM articles a` + w.String() + ` ORDER BY a.id DESC LIMIT ` + w.next(1) + `) a`
		w.args = append(w.args, store.SearchTotalCap)
		w.conds = nil
	}
	fields, err := s.facetCounts(ctx, what, from, w, articleFacetExprs)
	out.Fields = fields
	return out, err
}

var claimFacetExprs = map[string]string{
	store.FacetIndicator: `c.indicator`, store.FacetSaidBy: `c.said_by`, store.FacetOrigin: `c.origin`,
	store.FacetReview: `c.review`, store.FacetCredit: `c.credit`, store.FacetYear: `substr(c.published, 1, 4)`,
}

// ClaimFacets implements store.FacetStore.
func (s *Store) ClaimFacets(ctx context.Context, f store.ClaimFilter) (store.Facets, error) {
	w, err := claimWhere(f)
	if err != nil {
		return store.Facets{}, fmt.Errorf("claim facets: %w", err)
	}
	fields, err := s.facetCounts(ctx, "claim facets", ` FROM claims c`, w, claimFacetExprs)
	return store.Facets{Fields: fields}, err
}
