package core

import (
	"context"
	"fmt"
	"time"

	"github.com/dossier-osint/dossier/internal/store"
)

// CreateToken implements store.TokenStore.
func (s *Store) CreateToken(ctx context.Context, role, name, hash string) (int64, error) {
	if !store.ValidRole(role) {
		return 0, fmt.Errorf("create token %q: %w: role %q (want reviewer or admin)", name, store.ErrInvalid, role)
	}
	if hash == "" {
		return 0, fmt.Errorf("create token %q: %w: empty hash", name, store.ErrInvalid)
	}
	var id int64
	err := s.write(ctx, fmt.Sprintf("create token %q", name), quiet, func(tx Tx) error {
		return tx.QueryRow(ctx, `INSERT INTO api_tokens (role, name, hash, created_at) VALUES (?,?,?,?) RETURNING id`,
			role, name, hash, time.Now()).Scan(&id)
	})
	return id, err
}

const tokenCols = `id, role, name, hash, created_at, revoked_at`

var scanToken = fields(func(t *store.Token) []any {
	return []any{&t.ID, &t.Role, &t.Name, &t.Hash, tm(&t.CreatedAt), tm(&t.RevokedAt)}
})

// TokenByHash implements store.TokenStore.
func (s *Store) TokenByHash(ctx context.Context, hash string) (*store.Token, error) {
	t, err := scanToken(s.d.QueryRow(ctx, `SELECT `+tokenCols+` FROM api_tokens WHERE hash = ? AND revoked_at IS NULL`, hash))
	if err != nil {
		return nil, fmt.Errorf("token by hash: %w", err)
	}
	return &t, nil
}

// ListTokens implements store.TokenStore.
func (s *Store) ListTokens(ctx context.Context) ([]store.Token, error) {
	return list(ctx, s.d, "list tokens", `SELECT `+tokenCols+` FROM api_tokens ORDER BY id`, nil, scanToken)
}

// RevokeToken implements store.TokenStore.
func (s *Store) RevokeToken(ctx context.Context, id int64) error {
	return s.update(ctx, fmt.Sprintf("revoke token %d", id), quiet,
		`UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL`, time.Now(), id)
}
