package rx_test

import (
	"testing"

	_ "github.com/dossier-osint/dossier/internal/clean" // clean and meta make the patterns
	"github.com/dossier-osint/dossier/internal/gentest"
	"github.com/dossier-osint/dossier/internal/rx"
)

// TestAnalysisTable: analysis_table.go holds the analysis of every
// pattern that clean and meta (the packages that make them) make, as
// analyse works it out now (go generate ./internal/rx rewrites it); it
// fails when the file is stale: a pattern, the analysis or Go's regexp
// parser changed.
//
//go:generate go test -run TestAnalysisTable -update .
func TestAnalysisTable(t *testing.T) {
	if len(patterns) < 20 {
		t.Fatalf("clean and meta made %d patterns", len(patterns))
	}
	if !gentest.Current(t, "analysis_table.go", "rx", "go generate ./internal/rx", rx.AnalysisTableSource(patterns)) {
		return
	}
	for _, p := range patterns {
		if !rx.TabledIsAnalysed(p) {
			t.Errorf("the table's analysis of %q is not analyse's", p)
		}
	}
}

// patterns are the patterns made by the package inits (the tests make
// more).
var patterns = rx.Patterns()
