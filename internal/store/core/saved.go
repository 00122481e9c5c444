package core

import (
	"context"
	"fmt"
	"time"

	"github.com/dossier-osint/dossier/internal/store"
)

// SaveSearch implements store.SavedSearchStore.
func (s *Store) SaveSearch(ctx context.Context, ss store.SavedSearch) (store.SavedSearch, error) {
	what := fmt.Sprintf("save search %q", ss.Name)
	if err := store.CheckSavedSearch(ss); err != nil {
		return ss, fmt.Errorf("%s: %w", what, err)
	}
	ss.CreatedAt = time.Now().UTC()
	err := s.writeQuiet(ctx, what, func(tx Tx) error {
		return tx.QueryRow(ctx, `INSERT INTO saved_searches (name, query, alert, who, created_at) VALUES (?,?,?,?,?) RETURNING id`,
			ss.Name, ss.Query, ss.Alert, ss.Who, ss.CreatedAt).Scan(&ss.ID)
	})
	return ss, err
}

// SavedSearches implements store.SavedSearchStore.
func (s *Store) SavedSearches(ctx context.Context) ([]store.SavedSearch, error) {
	var out []store.SavedSearch
	err := collect(ctx, s.d, `SELECT id, name, query, alert, who, created_at FROM saved_searches ORDER BY id`, nil, &out,
		func(r Row) (store.SavedSearch, error) {
			var x store.SavedSearch
			err := r.Scan(&x.ID, &x.Name, &x.Query, &x.Alert, &x.Who, tm(&x.CreatedAt))
			return x, err
		})
	if err != nil {
		return nil, fmt.Errorf("saved searches: %w", err)
	}
	return out, nil
}

// DeleteSavedSearch implements store.SavedSearchStore.
func (s *Store) DeleteSavedSearch(ctx context.Context, id int64) error {
	return s.writeQuiet(ctx, fmt.Sprintf("delete saved search %d", id), func(tx Tx) error {
		n, err := tx.Exec(ctx, `DELETE FROM saved_searches WHERE id = ?`, id)
		if err != nil {
			return err
		}
		if n == 0 {
			return store.ErrNotFound
		}
		return nil
	})
}
