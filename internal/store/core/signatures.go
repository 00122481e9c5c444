package core

import (
	"context"
	"fmt"
	"slices"

	"github.com/dossier-osint/dossier/internal/store"
)

// PutSignatures implements store.Store.
func (s *Store) PutSignatures(ctx context.Context, sigs []store.Signature) error {
	for _, x := range sigs {
		if len(x.Sig) == 0 {
			return fmt.Errorf("put signature of article %d: %w: empty signature", x.ArticleID, store.ErrInvalid)
		}
	}
	return s.write(ctx, fmt.Sprintf("put %d signatures", len(sigs)), quiet, func(tx Tx) error {
		ids := make([]int64, len(sigs))
		for i, x := range sigs {
			ids[i] = x.ArticleID
		}
		if err := articlesExist(ctx, tx, ids); err != nil {
			return err
		}
		for _, x := range sigs {
			tx.Queue(fmt.Sprintf("signature of article %d", x.ArticleID), `INSERT INTO article_signatures
				(article_id, sig) VALUES (?, ?) ON CONFLICT (article_id) DO UPDATE SET sig = excluded.sig`, x.ArticleID, x.Sig)
		}
		return nil
	})
}

// Signatures implements store.Store.
func (s *Store) Signatures(ctx context.Context, fn func(store.Signature) error) error {
	return walk(ctx, s.d, "signatures", `SELECT g.article_id, a.credit, a.site_name, a.url, g.sig
		FROM article_signatures g JOIN articles a ON a.id = g.article_id ORDER BY g.seq`,
		fields(func(x *store.Signature) []any { return []any{&x.ArticleID, &x.Credit, &x.SiteName, &x.URL, &x.Sig} }),
		func(x store.Signature) error {
			if err := fn(x); err != nil {
				return fmt.Errorf("article %d: %w", x.ArticleID, err)
			}
			return nil
		})
}

// MissingSignatures implements store.Store.
func (s *Store) MissingSignatures(ctx context.Context) ([]int64, error) {
	return list(ctx, s.d, "missing signatures", `SELECT a.id FROM articles a
		WHERE NOT EXISTS (SELECT 1 FROM article_signatures g WHERE g.article_id = a.id)
		ORDER BY a.published = '', a.published, a.id`, nil, scalar[int64])
}

// articlesExist returns ErrNotFound naming the first of ids not stored: one
// query for 500 (a query per signature was a round trip each).
func articlesExist(ctx context.Context, q Querier, ids []int64) error {
	found := map[int64]bool{}
	for part := range slices.Chunk(ids, 500) {
		got, err := list(ctx, q, "articles", `SELECT id FROM articles WHERE id IN (`+Marks(len(part))+`)`, anys(part), scalar[int64])
		if err != nil {
			return err
		}
		for _, id := range got {
			found[id] = true
		}
	}
	for _, id := range ids {
		if !found[id] {
			return fmt.Errorf("article %d: %w", id, store.ErrNotFound)
		}
	}
	return nil
}
