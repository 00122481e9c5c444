package main

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dossier-osint/dossier/internal/ingest"
	"github.com/dossier-osint/dossier/internal/store/sqlite"
)

// TestRerunSkipsAnnotatingUnchangedFiles: a rerun recognizes a stored
// file by its clean text's hash before the annotators run. The second
// run's pipeline has no work budget, so any article it annotates gets a
// warning: the unchanged file must get none, the new one must.
func TestRerunSkipsAnnotatingUnchangedFiles(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "d.db")
	writeFiles(t, dir, map[string]string{"in/a.txt": permitsArticle})
	if code, out, errs := runCLI(t, "", "ingest", "--db", db, filepath.Join(dir, "in")); code != 0 {
		t.Fatalf("ingest: %d %s %s", code, out, errs)
	}
	writeFiles(t, dir, map[string]string{"in/b.txt": "Ships seen in Rajin\n\nSome 40 ships were seen in Rajin on 3 May 2021, analysts said.\n"})
	ctx := context.Background()
	st, err := sqlite.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	p, err := loadPipeline("")
	if err != nil {
		t.Fatal(err)
	}
	p.Budget = time.Nanosecond
	var errb bytes.Buffer
	in := &ingester{ctx: ctx, st: st, p: p, stderr: &errb}
	err = ingest.Walk(ctx, []string{filepath.Join(dir, "in")}, nil, ingest.Options{}, func(d ingest.Document, err error) error {
		if err != nil {
			t.Errorf("%s: %v", d.Source, err)
			return nil
		}
		in.document(d)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if in.sum.Unchanged != 1 || in.sum.New != 1 {
		t.Errorf("rerun: %+v", in.sum)
	}
	if strings.Contains(errb.String(), "a.txt") || !strings.Contains(errb.String(), "b.txt: warning: work budget") {
		t.Errorf("the unchanged file went through the annotators, or the new one did not:\n%s", errb.String())
	}
}
