package main

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
)

func TestExportImportSQLite(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{}
	for i := 0; i < 4; i++ {
		files[fmt.Sprintf("e%d.txt", i)] = queueDoc(100 + i)
	}
	writeFiles(t, dir, files)
	a, b := filepath.Join(dir, "a.db"), filepath.Join(dir, "b.db")
	if code, out, errs := runCLI(t, "", "ingest", "--db", a, "--quiet", dir); code != 0 {
		t.Fatalf("ingest: %d %s %s", code, out, errs)
	}
	code, first, errs := runCLI(t, "", "export", "--db", a)
	if code != 0 || !strings.HasPrefix(first, `{"format":"dossier-export","version":2}`+"\n") ||
		!strings.Contains(errs, "exported 4 articles") {
		t.Fatalf("export: %d %q %s", code, first, errs)
	}
	if code, out, errs := runCLI(t, first, "import", "--db", b); code != 0 || !strings.Contains(out, "imported 4 articles") {
		t.Fatalf("import: %d %s %s", code, out, errs)
	}
	if _, second, _ := runCLI(t, "", "export", "--db", b); second != first {
		t.Errorf("export of the imported database differs:\n%s\n---\n%s", second, first)
	}
	if code, _, errs := runCLI(t, first, "import", "--db", a); code != 1 || !strings.Contains(errs, "not empty") {
		t.Errorf("import into a filled database: %d %s", code, errs)
	}
	// Half a stream stores nothing, so the whole one is imported after it.
	c := filepath.Join(dir, "c.db")
	if code, _, errs := runCLI(t, first[:len(first)/2], "import", "--db", c); code != 1 || errs == "" {
		t.Errorf("import of half a stream: %d %s", code, errs)
	}
	if code, out, errs := runCLI(t, first, "import", "--db", c); code != 0 || !strings.Contains(out, "imported 4 articles") {
		t.Errorf("import after a failed one: %d %s %s", code, out, errs)
	}
	if code, out, _ := runCLI(t, "", "migrate", "--db", b); code != 0 || !strings.HasPrefix(out, "schema version ") {
		t.Errorf("migrate: %d %s", code, out)
	}
}
