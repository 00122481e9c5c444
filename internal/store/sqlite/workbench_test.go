package sqlite

import (
	"testing"

	"github.com/dossier-osint/dossier/internal/store/storetest"
)

func TestWorkbenchConformance(t *testing.T) {
	storetest.RunWorkbench(t, func(t *testing.T) storetest.Workbench { return openTemp(t) })
}
