package core

import (
	"context"
	"fmt"
	"time"

	"github.com/dossier-osint/dossier/internal/store"
)

// SaveSearch implements store.Store.
func (s *Store) SaveSearch(ctx context.Context, ss store.SavedSearch) (store.SavedSearch, error) {
	what := fmt.Sprintf("save search %q", ss.Name)
	if err := store.CheckSavedSearch(ss); err != nil {
		return ss, fmt.Errorf("%s: %w", what, err)
	}
	ss.CreatedAt = time.Now().UTC()
	err := s.write(ctx, what, quiet, func(tx Tx) error {
		return tx.QueryRow(ctx, `INSERT INTO saved_searches (name, query, alert, who, created_at) VALUES (?,?,?,?,?) RETURNING id`,
			ss.Name, ss.Query, ss.Alert, ss.Who, ss.CreatedAt).Scan(&ss.ID)
	})
	return ss, err
}

// SavedSearches implements store.Store.
func (s *Store) SavedSearches(ctx context.Context) ([]store.SavedSearch, error) {
	return list(ctx, s.d, "saved searches", `SELECT id, name, query, alert, who, created_at FROM saved_searches ORDER BY id`,
		nil, fields(func(x *store.SavedSearch) []any {
			return []any{&x.ID, &x.Name, &x.Query, &x.Alert, &x.Who, tm(&x.CreatedAt)}
		}))
}

// DeleteSavedSearch implements store.Store.
func (s *Store) DeleteSavedSearch(ctx context.Context, id int64) error {
	return s.update(ctx, fmt.Sprintf("delete saved search %d", id), quiet, `DELETE FROM saved_searches WHERE id = ?`, id)
}
