package postgres

import (
	"context"
	"errors"
	"fmt"
	"github.com/jackc/pgx/v5"

	"github.com/dossier-osint/dossier/internal/store"
)

// ListEntities implements store.Store. Entities come most seen first.
func (s *Store) ListEntities(ctx context.Context, f store.EntityFilter) ([]store.EntitySummary, int, error) {
	var w where
	if f.Type != "" {
		w.add(`e.type = ?`, f.Type)
	}
	if f.ArticleID != 0 {
		w.add(`EXISTS (SELECT 1 FROM article_entities x WHERE x.entity_key = e.key AND x.article_id = ?)`, f.ArticleID)
	}
	var total int
	if err := s.pool.QueryRow(ctx, `SELECT COUNT(*) FROM entities e`+w.String(), w.args...).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("list entities: count: %w", err)
	}
	var out []store.EntitySummary
	err := each(ctx, s.pool, `SELECT e.key, e.name, e.type,
		(SELECT COUNT(DISTINCT x.article_id) FROM article_entities x WHERE x.entity_key = e.key) AS n_articles,
		(SELECT COUNT(*) FROM mentions m WHERE m.entity = e.key) AS n_mentions
		FROM entities e`+w.String()+` ORDER BY n_articles DESC, n_mentions DESC, e.name, e.key LIMIT `+w.next(1)+` OFFSET `+w.next(2),
		append(w.args, limit(f.Limit), offset(f.Offset)), func(r pgx.Rows) error {
			var e store.EntitySummary
			if err := r.Scan(&e.Key, &e.Name, &e.Type, &e.Articles, &e.Mentions); err != nil {
				return err
			}
			out = append(out, e)
			return nil
		})
	if err != nil {
		return nil, 0, fmt.Errorf("list entities: %w", err)
	}
	return out, total, nil
}

// Entity implements store.Store.
func (s *Store) Entity(ctx context.Context, key string) (*store.EntityDetail, error) {
	d := &store.EntityDetail{}
	err := s.readTx(ctx, fmt.Sprintf("entity %q", key), func(tx pgx.Tx) error {
		err := tx.QueryRow(ctx, `SELECT key, name, type FROM entities WHERE key = $1`, key).
			Scan(&d.Key, &d.Name, &d.Type)
		if errors.Is(err, pgx.ErrNoRows) {
			return store.ErrNotFound
		}
		if err != nil {
			return err
		}
		str := func(dst *[]string) func(pgx.Rows) error {
			return func(r pgx.Rows) error {
				var v string
				if err := r.Scan(&v); err != nil {
					return err
				}
				*dst = append(*dst, v)
				return nil
			}
		}
		if err := each(ctx, tx, `SELECT variant FROM entity_variants WHERE entity_key = $1 ORDER BY variant`,
			[]any{key}, str(&d.Variants)); err != nil {
			return fmt.Errorf("variants: %w", err)
		}
		if err := each(ctx, tx, `SELECT link FROM entity_links WHERE entity_key = $1 ORDER BY link`,
			[]any{key}, str(&d.Links)); err != nil {
			return fmt.Errorf("links: %w", err)
		}
		err = each(ctx, tx, `SELECT `+summaryCols+` FROM articles a WHERE a.id IN
			(SELECT article_id FROM article_entities WHERE entity_key = $1) ORDER BY `+newestFirst,
			[]any{key}, func(r pgx.Rows) error {
				x, err := scanSummary(r)
				if err == nil {
					d.Articles = append(d.Articles, x)
				}
				return err
			})
		if err != nil {
			return fmt.Errorf("articles: %w", err)
		}
		var w where
		w.add(`c.said_by <> '' AND lower(c.said_by) IN
			(SELECT lower(variant) FROM entity_variants WHERE entity_key = ?)`, key)
		d.Claims, err = queryClaims(ctx, tx, &w, newestFirst+`, c.span_start, c.id`, 0, 0)
		if err != nil {
			return fmt.Errorf("claims: %w", err)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return d, nil
}
