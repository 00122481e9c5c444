package claim

import (
	"bytes"
	"fmt"
	"reflect"
	"sort"
	"testing"

	"github.com/dossier-osint/dossier/internal/gentest"
)

// TestFilterTable: prefilter_table.go holds specOf of every filtered
// pattern of the package (go generate ./internal/claim rewrites it), and
// its literals read back as the parse's: prepare makes the same tests
// from the table as from the pattern. A pattern not in the table is
// parsed, so a stale table costs time, never a wrong test.
func TestFilterTable(t *testing.T) {
	exprs := filteredExprs()
	var b bytes.Buffer
	b.WriteString("// filterTable holds specOf of the package's filtered patterns, by\n// their source text (see prepare).\n")
	b.WriteString("var filterTable = map[string]filterSpec{\n")
	for _, e := range exprs {
		spec, err := specOf(e)
		if err != nil {
			t.Fatalf("%s: %v", e, err)
		}
		fmt.Fprintf(&b, "%q: {filters: ", e)
		if spec.filters == nil {
			b.WriteString("nil")
		} else {
			b.WriteString("[][]litSpec{")
			for _, ls := range spec.filters {
				writeLitSpecs(&b, ls)
				b.WriteString(", ")
			}
			b.WriteString("}")
		}
		b.WriteString(", head: ")
		writeAnchoredSpec(&b, spec.head)
		b.WriteString(", tail: ")
		writeAnchoredSpec(&b, spec.tail)
		b.WriteString("},\n")
	}
	b.WriteString("}\n")
	if !gentest.Current(t, "prefilter_table.go", "claim", "go generate ./internal/claim", b.Bytes()) {
		return
	}
	if len(filterTable) != len(exprs) || len(exprs) < 20 {
		t.Fatalf("%d patterns in the table, %d in the package", len(filterTable), len(exprs))
	}
	for _, e := range exprs {
		re, err := specOf(e)
		if err != nil {
			t.Fatal(err)
		}
		if got := filterTable[e]; !reflect.DeepEqual(got, re) {
			t.Errorf("%s: the table holds %+v, the parse gives %+v", e, got, re)
		}
		// the literals' runes survive their writing as strings
		for _, ls := range re.filters {
			for i, l := range specLits(ls) {
				if string(l.runes) != ls[i].s || len(l.runes) == 0 {
					t.Errorf("%s: literal %q reads back as %q", e, ls[i].s, string(l.runes))
				}
			}
		}
	}
}

// filteredExprs are the package's filtered patterns, sorted.
func filteredExprs() []string {
	var out []string
	for _, f := range allFiltered {
		out = append(out, f.expr)
	}
	sort.Strings(out)
	return out
}

func writeLitSpecs(b *bytes.Buffer, ls []litSpec) {
	b.WriteString("{")
	for _, l := range ls {
		fmt.Fprintf(b, "{%q, %v}, ", l.s, l.fold)
	}
	b.WriteString("}")
}

func writeAnchoredSpec(b *bytes.Buffer, a *anchoredSpec) {
	if a == nil {
		b.WriteString("nil")
		return
	}
	b.WriteString("&anchoredSpec{lits: []litSpec")
	writeLitSpecs(b, a.lits)
	fmt.Fprintf(b, ", spaces: %v}", a.spaces)
}
