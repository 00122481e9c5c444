package core

import (
	"context"
	"fmt"

	"github.com/dossier-osint/dossier/internal/store"
)

// ListEntities implements store.Store. Entities come most seen first.
func (s *Store) ListEntities(ctx context.Context, f store.EntityFilter) ([]store.EntitySummary, int, error) {
	var w Where
	w.AddIf(f.Type != "", `e.type = ?`, f.Type)
	w.AddIf(f.ArticleID != 0, `EXISTS (SELECT 1 FROM article_entities x WHERE x.entity_key = e.key AND x.article_id = ?)`, f.ArticleID)
	return pageOf(ctx, s, "list entities", `SELECT COUNT(*) FROM entities e`+w.String(), `SELECT e.key, e.name, e.type,
		(SELECT COUNT(DISTINCT x.article_id) FROM article_entities x WHERE x.entity_key = e.key) AS n_articles,
		(SELECT COUNT(*) FROM mentions m WHERE m.entity = e.key) AS n_mentions
		FROM entities e`+w.String()+` ORDER BY n_articles DESC, n_mentions DESC, e.name, e.key`, w.Args, f.Limit, f.Offset,
		fields(func(e *store.EntitySummary) []any { return []any{&e.Key, &e.Name, &e.Type, &e.Articles, &e.Mentions} }))
}

// Entity implements store.Store.
func (s *Store) Entity(ctx context.Context, key string) (*store.EntityDetail, error) {
	d := &store.EntityDetail{}
	err := s.read(ctx, fmt.Sprintf("entity %q", key), func(q Querier) error {
		if err := q.QueryRow(ctx, `SELECT key, name, type FROM entities WHERE key = ?`, key).Scan(&d.Key, &d.Name,
			&d.Type); err != nil {
			return err
		}
		args := []any{key}
		var err error
		if d.Variants, err = list(ctx, q, "variants", `SELECT variant FROM entity_variants WHERE entity_key = ?
			ORDER BY variant`, args, scalar[string]); err != nil {
			return err
		}
		if d.Links, err = list(ctx, q, "links", `SELECT link FROM entity_links WHERE entity_key = ? ORDER BY link`,
			args, scalar[string]); err != nil {
			return err
		}
		if d.Articles, err = list(ctx, q, "articles", `SELECT `+summaryCols+` FROM articles a WHERE a.id IN
			(SELECT article_id FROM article_entities WHERE entity_key = ?) ORDER BY `+newestFirst,
			args, scanSummary); err != nil {
			return err
		}
		d.Claims, err = list(ctx, q, "claims", `SELECT `+claimCols+claimFrom+` WHERE c.said_by <> '' AND lower(c.said_by)
			IN (SELECT lower(variant) FROM entity_variants WHERE entity_key = ?) ORDER BY `+newestFirst+
			`, c.span_start, c.id`, args, scanClaims)
		return err
	})
	if err != nil {
		return nil, err
	}
	return d, nil
}
