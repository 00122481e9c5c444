package postgres

import (
	"testing"

	"github.com/dossier-osint/dossier/internal/store/storetest"
)

func TestSignaturesConformance(t *testing.T) {
	storetest.PostgresDSN(t)
	storetest.RunSignatures(t, func(t *testing.T) storetest.Signatures { return openTemp(t) })
}
