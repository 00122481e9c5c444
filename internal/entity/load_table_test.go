package entity

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"maps"
	"os"
	"os/exec"
	"slices"
	"strings"
	"testing"

	"github.com/dossier-osint/dossier/internal/gentest"
)

// loadTableChild names the child process of TestLoadTableRead, in which
// load reads load_table.go as the program does.
const loadTableChild = "ENTITY_LOAD_TABLE_CHILD"

// recorded is every name's nameToks as load tokenized them, in order.
var recorded []nameToks

// The package's tests (TestMain loads the lists first) load by
// tokenizing every name, so that TestLoadTable sees what tokenizing gives.
func init() {
	if os.Getenv(loadTableChild) == "" {
		loadRecord = func(t nameToks) { recorded = append(recorded, t) }
	}
}

// TestLoadTable: load_table.go holds what tokenizing gives of every name
// load reads, in its order (go generate ./internal/entity rewrites it);
// it fails when the file is stale: a data file or the tokens changed.
func TestLoadTable(t *testing.T) {
	if os.Getenv(loadTableChild) != "" {
		t.Skip("the child of TestLoadTableRead")
	}
	load()
	if len(recorded) < 1000 {
		t.Fatalf("load read %d names", len(recorded))
	}
	gentest.Current(t, "load_table.go", "entity", "go generate ./internal/entity", loadTableSource(recorded))
}

// TestLoadTableRead: loading from load_table.go, as the program does
// (in a child process of the test binary), reads every name from it and
// builds the same lists as tokenizing every name (this process).
func TestLoadTableRead(t *testing.T) {
	if os.Getenv(loadTableChild) != "" {
		load()
		if loadNext != len(loadTable) || len(recorded) != 0 {
			t.Fatalf("read %d of the table's %d names (%d tokenized)", loadNext, len(loadTable), len(recorded))
		}
		fmt.Printf("digest %x\n", loadDigest())
		return
	}
	cmd := exec.Command(os.Args[0], "-test.run", "^TestLoadTableRead$", "-test.v")
	cmd.Env = append(os.Environ(), loadTableChild+"=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("child: %v\n%s", err, out)
	}
	if want := fmt.Sprintf("digest %x\n", loadDigest()); !strings.Contains(string(out), want) {
		t.Fatalf("the lists built from the table differ from the tokenized ones:\n%s\nwant %s", out, want)
	}
}

// loadDigest is a hash of the lists load builds from the names.
func loadDigest() []byte {
	h := sha256.New()
	for _, k := range slices.Sorted(maps.Keys(gaz)) {
		fmt.Fprintf(h, "gaz %q %v\n", k, gaz[k])
	}
	for _, k := range slices.Sorted(maps.Keys(gazPrefix)) {
		fmt.Fprintf(h, "prefix %q\n", k)
	}
	for _, k := range slices.Sorted(maps.Keys(wordClasses)) {
		fmt.Fprintf(h, "class %q %d\n", k, wordClasses[k])
	}
	fmt.Fprintf(h, "max %d\n", gazMax)
	return h.Sum(nil)
}

// loadTableSource is the declaration of loadTable.
func loadTableSource(names []nameToks) []byte {
	var b bytes.Buffer
	b.WriteString("// loadTable is what tokenizing gives of each name load reads, in order.\n")
	b.WriteString("var loadTable = []nameToks{\n")
	for _, n := range names {
		ends := "nil"
		if len(n.ends) > 0 {
			ends = strings.ReplaceAll(fmt.Sprintf("[]uint16{%v}", n.ends), " ", ", ")
			ends = strings.NewReplacer("{[", "{", "]}", "}").Replace(ends)
		}
		fmt.Fprintf(&b, "\t{%q, %q, %s, %q, %d, %t},\n", n.name, n.key, ends, n.words, n.n, n.lower)
	}
	b.WriteString("}\n")
	return b.Bytes()
}
