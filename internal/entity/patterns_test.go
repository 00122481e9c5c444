package entity

import (
	"testing"

	"github.com/dossier-osint/dossier/internal/rx"
)

// TestPatternsCompile compiles the patterns compiled at their first use.
func TestPatternsCompile(t *testing.T) { rx.Check() }
