package postgres

import (
	"testing"

	"github.com/dossier-osint/dossier/internal/store/storetest"
)

func TestSourcesConformance(t *testing.T) {
	storetest.PostgresDSN(t)
	storetest.RunSources(t, func(t *testing.T) storetest.SourcesAndAlerts { return openTemp(t) })
}
