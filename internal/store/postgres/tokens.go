package postgres

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/dossier-osint/dossier/internal/store"
)

var _ store.TokenStore = (*Store)(nil)

// tokensMigration holds API tokens; only the SHA-256 of a secret is kept.
const tokensMigration = `
CREATE TABLE api_tokens (
	id         bigserial PRIMARY KEY,
	role       text NOT NULL CHECK (role IN ('reviewer', 'admin')),
	name       text NOT NULL DEFAULT '',
	hash       text NOT NULL UNIQUE,
	created_at timestamptz NOT NULL DEFAULT now(),
	revoked_at timestamptz
);
`

// CreateToken implements store.TokenStore.
func (s *Store) CreateToken(ctx context.Context, role, name, hash string) (int64, error) {
	if !store.ValidRole(role) {
		return 0, fmt.Errorf("create token %q: %w: role %q (want reviewer or admin)", name, store.ErrInvalid, role)
	}
	if hash == "" {
		return 0, fmt.Errorf("create token %q: %w: empty hash", name, store.ErrInvalid)
	}
	var id int64
	if err := s.pool.QueryRow(ctx, `INSERT INTO api_tokens (role, name, hash) VALUES ($1, $2, $3) RETURNING id`,
		role, name, hash).Scan(&id); err != nil {
		return 0, fmt.Errorf("create token %q: %w", name, err)
	}
	return id, nil
}

const tokenCols = `id, role, name, hash, created_at, revoked_at`

func scanToken(r pgx.Row) (store.Token, error) {
	var t store.Token
	var revoked *time.Time
	if err := r.Scan(&t.ID, &t.Role, &t.Name, &t.Hash, &t.CreatedAt, &revoked); err != nil {
		return t, err
	}
	t.CreatedAt = t.CreatedAt.UTC()
	if revoked != nil {
		t.RevokedAt = revoked.UTC()
	}
	return t, nil
}

// TokenByHash implements store.TokenStore.
func (s *Store) TokenByHash(ctx context.Context, hash string) (*store.Token, error) {
	t, err := scanToken(s.pool.QueryRow(ctx, `SELECT `+tokenCols+` FROM api_tokens WHERE hash = $1 AND revoked_at IS NULL`, hash))
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, fmt.Errorf("token by hash: %w", store.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("token by hash: %w", err)
	}
	return &t, nil
}

// ListTokens implements store.TokenStore.
func (s *Store) ListTokens(ctx context.Context) ([]store.Token, error) {
	rows, err := s.pool.Query(ctx, `SELECT `+tokenCols+` FROM api_tokens ORDER BY id`)
	if err != nil {
		return nil, fmt.Errorf("list tokens: %w", err)
	}
	defer rows.Close()
	var out []store.Token
	for rows.Next() {
		t, err := scanToken(rows)
		if err != nil {
			return nil, fmt.Errorf("list tokens: %w", err)
		}
		out = append(out, t)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list tokens: %w", err)
	}
	return out, nil
}

// RevokeToken implements store.TokenStore.
func (s *Store) RevokeToken(ctx context.Context, id int64) error {
	tag, err := s.pool.Exec(ctx, `UPDATE api_tokens SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL`, id)
	if err != nil {
		return fmt.Errorf("revoke token %d: %w", id, err)
	}
	if tag.RowsAffected() == 0 {
		return fmt.Errorf("revoke token %d: %w", id, store.ErrNotFound)
	}
	return nil
}
