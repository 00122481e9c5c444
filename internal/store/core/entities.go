package core

import (
	"context"
	"fmt"

	"github.com/dossier-osint/dossier/internal/store"
)

// ListEntities implements store.Store. Entities come most seen first.
func (s *Store) ListEntities(ctx context.Context, f store.EntityFilter) ([]store.EntitySummary, int, error) {
	var w Where
	if f.Type != "" {
		w.Add(`e.type = ?`, f.Type)
	}
	if f.ArticleID != 0 {
		w.Add(`EXISTS (SELECT 1 FROM article_entities x WHERE x.entity_key = e.key AND x.article_id = ?)`, f.ArticleID)
	}
	var total int
	var out []store.EntitySummary
	err := s.read(ctx, "list entities", func(q Querier) error {
		if err := q.QueryRow(ctx, `SELECT COUNT(*) FROM entities e`+w.String(), w.Args...).Scan(&total); err != nil {
			return fmt.Errorf("count: %w", err)
		}
		return collect(ctx, q, `SELECT e.key, e.name, e.type,
			(SELECT COUNT(DISTINCT x.article_id) FROM article_entities x WHERE x.entity_key = e.key) AS n_articles,
			(SELECT COUNT(*) FROM mentions m WHERE m.entity = e.key) AS n_mentions
			FROM entities e`+w.String()+` ORDER BY n_articles DESC, n_mentions DESC, e.name, e.key`+Page(f.Limit, f.Offset),
			w.Args, &out, func(r Row) (store.EntitySummary, error) {
				var e store.EntitySummary
				err := r.Scan(&e.Key, &e.Name, &e.Type, &e.Articles, &e.Mentions)
				return e, err
			})
	})
	if err != nil {
		return nil, 0, err
	}
	return out, total, nil
}

func scanString(r Row) (string, error) {
	var v string
	err := r.Scan(&v)
	return v, err
}

// Entity implements store.Store.
func (s *Store) Entity(ctx context.Context, key string) (*store.EntityDetail, error) {
	d := &store.EntityDetail{}
	err := s.read(ctx, fmt.Sprintf("entity %q", key), func(q Querier) error {
		if err := one(q.QueryRow(ctx, `SELECT key, name, type FROM entities WHERE key = ?`, key),
			&d.Key, &d.Name, &d.Type); err != nil {
			return err
		}
		args := []any{key}
		if err := collect(ctx, q, `SELECT variant FROM entity_variants WHERE entity_key = ? ORDER BY variant`,
			args, &d.Variants, scanString); err != nil {
			return fmt.Errorf("variants: %w", err)
		}
		if err := collect(ctx, q, `SELECT link FROM entity_links WHERE entity_key = ? ORDER BY link`,
			args, &d.Links, scanString); err != nil {
			return fmt.Errorf("links: %w", err)
		}
		if err := collect(ctx, q, `SELECT `+summaryCols+` FROM articles a WHERE a.id IN
			(SELECT article_id FROM article_entities WHERE entity_key = ?) ORDER BY `+newestFirst,
			args, &d.Articles, scanSummary); err != nil {
			return fmt.Errorf("articles: %w", err)
		}
		var w Where
		w.Add(`c.said_by <> '' AND lower(c.said_by) IN
			(SELECT lower(variant) FROM entity_variants WHERE entity_key = ?)`, key)
		var err error
		if d.Claims, err = queryClaims(ctx, q, &w, newestFirst+`, c.span_start, c.id`, 0, 0); err != nil {
			return fmt.Errorf("claims: %w", err)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return d, nil
}
