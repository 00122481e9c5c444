package lexicon

import (
	"bytes"
	"fmt"
	"testing"
	"unicode"

	"github.com/dossier-osint/dossier/internal/gentest"
)

// TestLowerTable: lower_table.go is unicode.ToLower of every rune below
// U+2200 as lowerTableSource writes it (go generate ./internal/lexicon,
// or this test with -update, rewrites it); it fails when the file is
// stale, say after a Go release changes the Unicode tables.
func TestLowerTable(t *testing.T) {
	if !gentest.Current(t, "lower_table.go", "lexicon", "go generate ./internal/lexicon", lowerTableSource(t)) {
		return
	}
	for r := range lowerTable {
		if got, want := LowerRune(rune(r)), unicode.ToLower(rune(r)); got != want {
			t.Fatalf("LowerRune(%U) = %U, want %U", r, got, want)
		}
	}
}

// lowerTableSource is the declaration of lowerTable.
func lowerTableSource(t *testing.T) []byte {
	var b bytes.Buffer
	b.WriteString("// lowerTable is unicode.ToLower of the runes below U+2200.\n")
	b.WriteString("var lowerTable = [0x2200]uint16{")
	for r := rune(0); r < 0x2200; r++ {
		l := unicode.ToLower(r)
		if l > 0xffff {
			t.Fatalf("%U lowers to %U, outside the Basic Multilingual Plane", r, l)
		}
		if r%12 == 0 {
			b.WriteString("\n")
		}
		fmt.Fprintf(&b, "%#04x, ", l)
	}
	b.WriteString("\n}\n")
	return b.Bytes()
}
