package lexicon

import (
	"bytes"
	"fmt"
	"io/fs"
	"path"
	"reflect"
	"strings"
	"testing"

	"github.com/dossier-osint/dossier/internal/gentest"
)

// TestListTable: list_table.go holds every embedded file as Parse reads
// it, with its content (go generate ./internal/lexicon rewrites it), and
// fromTable gives Parse's list for that content and none for another; it
// fails when the file is stale. A stale table costs the parse, never a
// wrong list.
func TestListTable(t *testing.T) {
	src, parsed := listTableSource(t)
	if !gentest.Current(t, "list_table.go", "lexicon", "go generate ./internal/lexicon", src) {
		return
	}
	for p, want := range parsed {
		b, _ := files.ReadFile(p)
		got, ok := fromTable(p, b)
		if !ok {
			t.Fatalf("%s: not in the table", p)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: the table's list differs from Parse's:\n%#v\n%#v", p, got, want)
		}
		if _, ok := fromTable(p, append(b, '\n')); ok {
			t.Errorf("%s: the table answers for other content", p)
		}
	}
	if len(parsed) != len(listTable) || len(parsed) < 40 {
		t.Errorf("%d files, %d in the table", len(parsed), len(listTable))
	}
}

// listTableSource writes the declaration of listTable and returns the
// lists it holds, by path.
func listTableSource(t *testing.T) ([]byte, map[string]*List) {
	parsed := map[string]*List{}
	var b bytes.Buffer
	b.WriteString("// listTable holds the embedded files as Parse reads them, by path.\n")
	var body bytes.Buffer
	n := 0
	err := fs.WalkDir(files, "data", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || path.Ext(p) != ".txt" {
			return err
		}
		src, err := files.ReadFile(p)
		if err != nil {
			return err
		}
		l, err := Parse(path.Base(path.Dir(p)), strings.TrimSuffix(path.Base(p), ".txt"), string(src))
		if err != nil {
			return err
		}
		parsed[p] = l
		n++
		fmt.Fprintf(&body, "{path: %q, src: %q,\nlist: List{Lang: %q, Name: %q, maxWords: %d, entries: []Entry{\n", p, src, l.Lang, l.Name, l.maxWords)
		seen := map[string]bool{}
		var forms bytes.Buffer
		for _, e := range l.entries {
			fmt.Fprintf(&body, "{%q, %q, %q},\n", e.Form, e.Key, e.Tag)
			if !seen[e.Form] {
				seen[e.Form] = true
				fmt.Fprintf(&forms, "{%q, []int{%s}},\n", e.Form, strings.Trim(strings.Join(strings.Fields(fmt.Sprint(l.byForm[e.Form])), ", "), "[]"))
			}
		}
		fmt.Fprintf(&body, "}},\nforms: []tableForm{\n%s}},\n", forms.Bytes())
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	fmt.Fprintf(&b, "var listTable = [%d]tableList{\n%s}\n", n, body.Bytes())
	return b.Bytes(), parsed
}
