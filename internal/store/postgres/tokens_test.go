package postgres

import (
	"testing"

	"github.com/dossier-osint/dossier/internal/store"
	"github.com/dossier-osint/dossier/internal/store/storetest"
)

func TestTokensConformance(t *testing.T) {
	storetest.RunTokens(t, func(t *testing.T) store.TokenStore { return openTemp(t) })
}
