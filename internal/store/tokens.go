package store

import (
	"context"
	"time"
)

// Token roles. A reviewer may review claims; an admin may also ingest.
const (
	RoleReviewer = "reviewer"
	RoleAdmin    = "admin"
)

// ValidRole reports whether s is a token role.
func ValidRole(s string) bool { return s == RoleReviewer || s == RoleAdmin }

// Token is an API token as stored: only the SHA-256 of the secret is kept.
type Token struct {
	ID        int64     `json:"id"`
	Role      string    `json:"role"`
	Name      string    `json:"name"`
	Hash      string    `json:"-"` // hex SHA-256 of the secret
	CreatedAt time.Time `json:"created_at"`
	RevokedAt time.Time `json:"revoked_at,omitzero"`
}

// Revoked reports whether the token was revoked.
func (t Token) Revoked() bool { return !t.RevokedAt.IsZero() }

// TokenStore keeps API tokens (part of Store).
type TokenStore interface {
	// CreateToken stores a token with the hash of its secret; role must be
	// RoleReviewer or RoleAdmin (ErrInvalid otherwise), hash non-empty.
	CreateToken(ctx context.Context, role, name, hash string) (int64, error)
	// TokenByHash returns the live (not revoked) token with that hash, or
	// ErrNotFound.
	TokenByHash(ctx context.Context, hash string) (*Token, error)
	// ListTokens lists every token, revoked ones included, oldest first.
	ListTokens(ctx context.Context) ([]Token, error)
	// RevokeToken revokes the token; ErrNotFound when there is none live
	// with that id.
	RevokeToken(ctx context.Context, id int64) error
}
