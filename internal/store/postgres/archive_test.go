package postgres

import (
	"testing"

	"github.com/dossier-osint/dossier/internal/store"
	"github.com/dossier-osint/dossier/internal/store/storetest"
)

func TestArchive(t *testing.T) {
	storetest.RunArchive(t, func(t *testing.T) store.Store { return openTemp(t) })
}
