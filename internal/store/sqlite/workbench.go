package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

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
	id      INTEGER PRIMARY KEY,
	a_key   TEXT NOT NULL,
	b_key   TEXT NOT NULL,
	claim_a INTEGER NOT NULL,
	claim_b INTEGER NOT NULL,
	state   TEXT NOT NULL CHECK (state IN ('open', 'confirmed', 'dismissed')),
	who     TEXT NOT NULL,
	reason  TEXT NOT NULL,
	at      TEXT NOT NULL,
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
			if err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM group_members WHERE group_id = ?`, g).Scan(&n); err != nil {
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
	err := s.readTx(ctx, what, func(tx *sql.Tx) error {
		var kind string
		err := tx.QueryRowContext(ctx, `SELECT kind FROM article_groups WHERE id = ?`, id).Scan(&kind)
		if errors.Is(err, sql.ErrNoRows) {
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
	at := now()
	err := s.tx(ctx, what, func(tx *wtx) error {
		res, err := tx.ExecContext(ctx, `INSERT INTO contradiction_reviews (a_key, b_key, claim_a, claim_b, state, who, reason, at)
			VALUES (?,?,?,?,?,?,?,?)`, r.A, r.B, r.ClaimA, r.ClaimB, r.State, r.Who, r.Reason, at)
		if err != nil {
			return err
		}
		r.ID, err = res.LastInsertId()
		return err
	})
	r.At = parseTime(sql.NullString{String: at, Valid: true})
	return r, err
}

const contradictionCols = `id, a_key, b_key, claim_a, claim_b, state, who, reason, at`

func (s *Store) contradictionReviews(ctx context.Context, what, query string, args ...any) ([]store.ContradictionReview, error) {
	var out []store.ContradictionReview
	err := each(ctx, s.db, query, args, func(r *sql.Rows) error {
		var x store.ContradictionReview
		var at sql.NullString
		if err := r.Scan(&x.ID, &x.A, &x.B, &x.ClaimA, &x.ClaimB, &x.State, &x.Who, &x.Reason, &at); err != nil {
			return err
		}
		x.At = parseTime(at)
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
		`SELECT `+contradictionCols+` FROM contradiction_reviews WHERE a_key = ? AND b_key = ? ORDER BY id`, a, b)
}

// ContradictionStates implements store.ContradictionStore.
func (s *Store) ContradictionStates(ctx context.Context) ([]store.ContradictionReview, error) {
	return s.contradictionReviews(ctx, "contradiction states", `SELECT `+contradictionCols+
		` FROM contradiction_reviews WHERE id IN (SELECT MAX(id) FROM contradiction_reviews GROUP BY a_key, b_key) ORDER BY id`)
}

// facetCounts runs one GROUP BY per facet over the rows of from+w and
// keeps the FacetValues most frequent values.
func (s *Store) facetCounts(ctx context.Context, what, from string, w where, exprs map[string]string) (map[string][]store.Facet, error) {
	out := map[string][]store.Facet{}
	for name, expr := range exprs {
		var fs []store.Facet
		err := each(ctx, s.db, `SELECT `+expr+` AS v, COUNT(*) AS n`+from+w.String()+
			` GROUP BY v ORDER BY n DESC, v LIMIT ?`, append(append([]any(nil), w.args...), store.FacetValues),
			func(r *sql.Rows) error {
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
	articleWhere(&w, sq.From, sq.To, sq.Credit, sq.Lang)
	if sq.Fold {
		w.add(notLaterCopy(`a.id`))
	}
	var out store.Facets
	if strings.TrimSpace(sq.Text) != "" {
		q, err := store.ParseQuery(sq.Text)
		if err != nil {
			return out, fmt.Errorf("%s: %w", what, err)
		}
		// The newest SearchTotalCap+1 matches, as Search counts them.
		var ids []any
		var mw where
		mw.add(`articles_fts MATCH ?`, ftsQuery(q))
		mw.conds = append(mw.conds, w.conds...)
		mw.args = append(mw.args, w.args...)
		err = each(ctx, s.db, `SELECT a.id FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid`+mw.String()+
			` ORDER BY articles_fts.rowid DESC LIMIT ?`, append(mw.args, store.SearchTotalCap+1), func(r *sql.Rows) error {
			var id int64
			err := r.Scan(&id)
			ids = append(ids, id)
			return err
		})
		if err != nil {
			return out, fmt.Errorf("%s: %w", what, err)
		}
		if len(ids) > store.SearchTotalCap {
			ids, out.Capped = ids[:store.SearchTotalCap], true
		}
		w = where{}
		if len(ids) == 0 {
			w.add(`0`)
		} else {
			w.add(`a.id IN (SELECT value FROM json_each(?))`, idList(ids))
		}
	}
	fields, err := s.facetCounts(ctx, what, ` FROM articles a`, w, articleFacetExprs)
	out.Fields = fields
	return out, err
}

// idList renders ids as a JSON array, for json_each.
func idList(ids []any) string {
	var b strings.Builder
	b.WriteByte('[')
	for i, id := range ids {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprint(&b, id)
	}
	b.WriteByte(']')
	return b.String()
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
