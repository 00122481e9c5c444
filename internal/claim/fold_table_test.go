package claim

import (
	"bytes"
	"fmt"
	"testing"

	"github.com/dossier-osint/dossier/internal/gentest"
)

// TestFoldTable: fold_table.go is orbitMin of every rune below U+0530
// (go generate ./internal/claim rewrites it); it fails when the file is
// stale, say after a Go release changes the Unicode tables.
func TestFoldTable(t *testing.T) {
	var b bytes.Buffer
	b.WriteString("// foldTable is orbitMin of the runes below U+0530.\n")
	fmt.Fprintf(&b, "var foldTable = [%#x]uint16{", len(foldTable))
	for r := range rune(len(foldTable)) {
		if r%12 == 0 {
			b.WriteString("\n")
		}
		fmt.Fprintf(&b, "%#04x, ", orbitMin(r))
	}
	b.WriteString("\n}\n")
	if !gentest.Current(t, "fold_table.go", "claim", "go generate ./internal/claim", b.Bytes()) {
		return
	}
	for r := range rune(len(foldTable)) {
		if got, want := foldRune(r), orbitMin(r); got != want {
			t.Fatalf("foldRune(%U) = %U, want %U", r, got, want)
		}
	}
}
