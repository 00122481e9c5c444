package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/dossier-osint/dossier/internal/store"
)

var _ store.TokenStore = (*Store)(nil)

// CreateToken implements store.TokenStore.
func (s *Store) CreateToken(ctx context.Context, role, name, hash string) (int64, error) {
	if !store.ValidRole(role) {
		return 0, fmt.Errorf("create token %q: %w: role %q (want reviewer or admin)", name, store.ErrInvalid, role)
	}
	if hash == "" {
		return 0, fmt.Errorf("create token %q: %w: empty hash", name, store.ErrInvalid)
	}
	res, err := s.db.ExecContext(ctx, `INSERT INTO api_tokens (role, name, hash, created_at) VALUES (?,?,?,?)`,
		role, name, hash, now())
	if err != nil {
		return 0, fmt.Errorf("create token %q: %w", name, err)
	}
	return res.LastInsertId()
}

const tokenCols = `id, role, name, hash, created_at, revoked_at`

func scanToken(r interface{ Scan(...any) error }) (store.Token, error) {
	var t store.Token
	var created string
	var revoked sql.NullString
	if err := r.Scan(&t.ID, &t.Role, &t.Name, &t.Hash, &created, &revoked); err != nil {
		return t, err
	}
	t.CreatedAt = parseTime(sql.NullString{String: created, Valid: true})
	t.RevokedAt = parseTime(revoked)
	return t, nil
}

// TokenByHash implements store.TokenStore.
func (s *Store) TokenByHash(ctx context.Context, hash string) (*store.Token, error) {
	t, err := scanToken(s.db.QueryRowContext(ctx, `SELECT `+tokenCols+` FROM api_tokens
		WHERE hash = ? AND revoked_at IS NULL`, hash))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("token by hash: %w", store.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("token by hash: %w", err)
	}
	return &t, nil
}

// ListTokens implements store.TokenStore.
func (s *Store) ListTokens(ctx context.Context) ([]store.Token, error) {
	var out []store.Token
	err := each(ctx, s.db, `SELECT `+tokenCols+` FROM api_tokens ORDER BY id`, nil, func(r *sql.Rows) error {
		t, err := scanToken(r)
		if err == nil {
			out = append(out, t)
		}
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("list tokens: %w", err)
	}
	return out, nil
}

// RevokeToken implements store.TokenStore.
func (s *Store) RevokeToken(ctx context.Context, id int64) error {
	res, err := s.db.ExecContext(ctx, `UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL`, now(), id)
	if err != nil {
		return fmt.Errorf("revoke token %d: %w", id, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return fmt.Errorf("revoke token %d: %w", id, store.ErrNotFound)
	}
	return nil
}
