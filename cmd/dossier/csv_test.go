package main

import (
	"context"
	"encoding/csv"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dossier-osint/dossier/internal/store"
	"github.com/dossier-osint/dossier/internal/store/sqlite"
)

// TestClaimsCSVDefusesEveryCell: a reviewer's corrected unit holding a
// formula reaches `dossier claims --format csv` as text, like every
// other cell.
func TestClaimsCSVDefusesEveryCell(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "d.db")
	writeFiles(t, dir, map[string]string{"in/a.txt": permitsArticle})
	if code, out, errs := runCLI(t, "", "ingest", "--db", db, filepath.Join(dir, "in")); code != 0 {
		t.Fatalf("ingest: %d %s %s", code, out, errs)
	}
	ctx := context.Background()
	st, err := sqlite.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	cs, _, err := st.ListClaims(ctx, store.ClaimFilter{})
	if err != nil || len(cs) == 0 {
		t.Fatalf("claims: %v %d", err, len(cs))
	}
	c := cs[0].Claim
	c.Unit = `=HYPERLINK("http://evil.example/","x")`
	c.Per = "\t=1+1"
	c.Indicator = "@SUM(A1)"
	if _, err := st.ReviewClaim(ctx, cs[0].ID, store.Review{Action: store.ReviewCorrected, Who: "mallory", Corrected: &c}); err != nil {
		t.Fatal(err)
	}
	st.Close()
	code, out, errs := runCLI(t, "", "claims", "--db", db, "--format", "csv")
	if code != 0 {
		t.Fatalf("claims: %d %s", code, errs)
	}
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, row := range rows[1:] {
		for _, cell := range row {
			if cell != "" && strings.ContainsAny(cell[:1], "=+@\t\r") {
				t.Errorf("cell %q starts a formula", cell)
			}
			if strings.Contains(cell, "HYPERLINK") {
				found = true
			}
		}
	}
	if !found {
		t.Errorf("the corrected unit is missing from the export:\n%s", out)
	}
}

// TestSourcesNeverHoldCredentials: `sources add` refuses a URL with
// user:pass@, and `sources list` prints no credentials of a source
// stored before that check (here written straight into the store).
func TestSourcesNeverHoldCredentials(t *testing.T) {
	db := filepath.Join(t.TempDir(), "s.db")
	code, out, errs := runCLI(t, "", "sources", "add", "https://reader:hunter2@news.example.org/rss", "--db", db)
	if code == 0 || !strings.Contains(errs, "user name or password") || strings.Contains(out+errs, "hunter2") {
		t.Fatalf("add with credentials: %d %q %q", code, out, errs)
	}
	ctx := context.Background()
	st, err := sqlite.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := st.AddSource(ctx, "https://reader:hunter2@old.example.org/rss", 0); err != nil {
		t.Fatal(err)
	}
	st.Close()
	for _, args := range [][]string{{"sources", "list", "--db", db}, {"sources", "list", "--json", "--db", db}} {
		code, out, _ := runCLI(t, "", args...)
		if code != 0 || strings.Contains(out, "hunter2") || strings.Contains(out, "reader") || !strings.Contains(out, "old.example.org/rss") {
			t.Errorf("%v: %d %q", args, code, out)
		}
	}
}
