package clean

import (
	"testing"

	"github.com/dossier-osint/dossier/internal/rx"
)

// TestPatternsTabled: every rx pattern made at init is in rx's analysis
// table (go generate ./internal/rx writes it after a pattern changes).
func TestPatternsTabled(t *testing.T) {
	if u := rx.Untabled(); len(u) > 0 {
		t.Errorf("go generate ./internal/rx: %d patterns are not in its table, the first %q", len(u), u[0])
	}
}
