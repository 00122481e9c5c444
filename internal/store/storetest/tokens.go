package storetest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"testing"

	"github.com/dossier-osint/dossier/internal/store"
)

// RunTokens is the conformance suite for store.TokenStore. open must
// return a new empty token store for each call.
func RunTokens(t *testing.T, open func(t *testing.T) store.TokenStore) {
	ctx := context.Background()
	t.Run("CreateFindRevoke", func(t *testing.T) {
		s := open(t)
		h1, h2 := hashOf("secret-one"), hashOf("secret-two")
		id1, err := s.CreateToken(ctx, store.RoleReviewer, "rita", h1)
		if err != nil {
			t.Fatal(err)
		}
		id2, err := s.CreateToken(ctx, store.RoleAdmin, "", h2)
		if err != nil || id2 == id1 {
			t.Fatalf("second token: %d %v", id2, err)
		}
		tok, err := s.TokenByHash(ctx, h1)
		if err != nil || tok.ID != id1 || tok.Role != store.RoleReviewer || tok.Name != "rita" || tok.CreatedAt.IsZero() || tok.Revoked() {
			t.Fatalf("TokenByHash: %+v %v", tok, err)
		}
		if _, err := s.TokenByHash(ctx, hashOf("other")); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("unknown hash: %v", err)
		}
		if err := s.RevokeToken(ctx, id1); err != nil {
			t.Fatal(err)
		}
		if _, err := s.TokenByHash(ctx, h1); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("revoked token still found: %v", err)
		}
		if err := s.RevokeToken(ctx, id1); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("revoking twice: %v", err)
		}
		if err := s.RevokeToken(ctx, 999999); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("revoking unknown: %v", err)
		}
		list, err := s.ListTokens(ctx)
		if err != nil || len(list) != 2 || list[0].ID != id1 || !list[0].Revoked() || list[1].Revoked() {
			t.Errorf("ListTokens: %+v %v", list, err)
		}
	})
	t.Run("Invalid", func(t *testing.T) {
		s := open(t)
		if _, err := s.CreateToken(ctx, "root", "x", hashOf("a")); !errors.Is(err, store.ErrInvalid) {
			t.Errorf("bad role: %v", err)
		}
		if _, err := s.CreateToken(ctx, store.RoleAdmin, "x", ""); !errors.Is(err, store.ErrInvalid) {
			t.Errorf("empty hash: %v", err)
		}
		h := hashOf("dup")
		if _, err := s.CreateToken(ctx, store.RoleAdmin, "a", h); err != nil {
			t.Fatal(err)
		}
		if _, err := s.CreateToken(ctx, store.RoleAdmin, "b", h); err == nil {
			t.Error("duplicate hash accepted")
		}
	})
}

// hashOf stands for a token's stored hash (opaque to the store).
func hashOf(secret string) string {
	h := sha256.Sum256([]byte(secret))
	return hex.EncodeToString(h[:])
}
