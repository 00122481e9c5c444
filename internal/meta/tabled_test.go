package meta

import (
	"slices"
	"testing"

	"github.com/dossier-osint/dossier/internal/rx"
)

// TestPatternsTabled: every rx pattern made at init is in rx's analysis
// table (go generate ./internal/rx writes it after a pattern changes);
// reAloneTag is the tests' own.
func TestPatternsTabled(t *testing.T) {
	u := slices.DeleteFunc(rx.Untabled(), func(p string) bool { return p == reAloneTag.String() })
	if len(u) > 0 {
		t.Errorf("go generate ./internal/rx: %d patterns are not in its table, the first %q", len(u), u[0])
	}
}
