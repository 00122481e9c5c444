package postgres

import (
	"testing"

	"github.com/dossier-osint/dossier/internal/store/storetest"
)

func TestWorkbenchConformance(t *testing.T) {
	storetest.PostgresDSN(t)
	storetest.RunWorkbench(t, func(t *testing.T) storetest.Workbench { return openTemp(t) })
}
