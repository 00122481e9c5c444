package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dossier-osint/dossier/internal/ftm"
	"github.com/dossier-osint/dossier/internal/store"
)

// Articles written for these tests.
var entityTestTexts = map[string]string{
	"seoul.txt": `Seoul says thousands of North Korean laborers reached Russia

SEOUL, March 3, 2025 (Harbour Wire) - South Korea's National Intelligence Service (NIS) said on Monday that about 5,000 North Korean workers entered Russia in 2024, in breach of UN Security Council resolution 2397.

The NIS said most of the workers were sent to building sites in Vladivostok. Kim Jong Un met Vladimir Putin in Pyongyang in June.

Putin praised the "<b>friendship</b> & trust" between the two countries.`,
	"moscow.txt": `Russian visas for North Korean students jump

MOSCOW, May 9, 2025 (Harbour Wire) - Russia issued 1,200 student visas to citizens of North Korea in the first quarter of 2025, the interior ministry said.

Analysts say many of the students work on building sites. Kim Jong-un has not commented.`,
}

// testDB ingests the test articles with the real pipeline into a new
// SQLite database and returns its path.
func entityTestDB(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	var files []string
	for _, name := range []string{"seoul.txt", "moscow.txt"} {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(entityTestTexts[name]), 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, p)
	}
	db := filepath.Join(dir, "test.db")
	out, errOut, code := runEntCLI(t, append([]string{"ingest", "--quiet", "--db", db}, files...)...)
	if code != 0 || !strings.Contains(out, "2 new") {
		t.Fatalf("ingest: exit %d\n%s\n%s", code, out, errOut)
	}
	return db
}

func runEntCLI(t *testing.T, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var o, e bytes.Buffer
	env := &env{stdin: strings.NewReader(""), stdout: &o, stderr: &e, log: slog.New(slog.NewTextHandler(&e, nil))}
	code = run(context.Background(), env, args)
	return o.String(), e.String(), code
}

func TestEntitiesCommand(t *testing.T) {
	db := entityTestDB(t)
	cases := []struct {
		name     string
		args     []string
		code     int
		want     []string // in stdout
		wantNot  []string
		stderrIn string
	}{
		{"all", []string{"entities", "--db", db}, 0,
			[]string{"Kim Jong", "North Korea", "National Intelligence Service", "type", "articles"}, nil, ""},
		{"type filter", []string{"entities", "--db", db, "--type", "per"}, 0,
			[]string{"Kim Jong", "Vladimir Putin"}, []string{"North Korea", "National Intelligence Service"}, ""},
		{"limit", []string{"entities", "--db", db, "--limit", "1"}, 0,
			[]string{"showing 1", "more: use --limit"}, nil, ""},
		{"bad type", []string{"entities", "--db", db, "--type", "THING"}, 1, nil, nil, "want one of PER, ORG, LOC, MISC"},
		{"unknown article", []string{"entities", "--db", db, "--article", "99"}, 1, nil, nil, "article 99"},
		{"stray argument", []string{"entities", "--db", db, "Kim"}, 1, nil, nil, "dossier entity NAME"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			out, errOut, code := runEntCLI(t, c.args...)
			if code != c.code {
				t.Fatalf("exit %d, want %d\nstdout:\n%s\nstderr:\n%s", code, c.code, out, errOut)
			}
			for _, w := range c.want {
				if !strings.Contains(out, w) {
					t.Errorf("stdout lacks %q:\n%s", w, out)
				}
			}
			for _, w := range c.wantNot {
				if strings.Contains(out, w) {
					t.Errorf("stdout holds %q:\n%s", w, out)
				}
			}
			if !strings.Contains(errOut, c.stderrIn) {
				t.Errorf("stderr lacks %q:\n%s", c.stderrIn, errOut)
			}
		})
	}
}

func TestEntitiesArticleFilterJSON(t *testing.T) {
	db := entityTestDB(t)
	out, errOut, code := runEntCLI(t, "entities", "--db", db, "--json", "--limit", "0")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var all struct {
		Total    int                   `json:"total"`
		Entities []store.EntitySummary `json:"entities"`
	}
	if err := json.Unmarshal([]byte(out), &all); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if all.Total != len(all.Entities) || all.Total < 5 {
		t.Fatalf("total %d, %d listed", all.Total, len(all.Entities))
	}
	kim := false
	for _, e := range all.Entities {
		if e.Key == "per:kim jonun" || strings.HasPrefix(e.Name, "Kim Jong") {
			kim = true
			if e.Articles != 2 {
				t.Errorf("Kim Jong Un in %d articles, want 2 (one entity across spellings)", e.Articles)
			}
		}
	}
	if !kim {
		t.Errorf("Kim Jong Un not listed: %+v", all.Entities)
	}
	// the Moscow article names no Vladivostok
	out, _, code = runEntCLI(t, "entities", "--db", db, "--article", "2", "--json", "--limit", "0")
	out1, _, _ := runEntCLI(t, "entities", "--db", db, "--article", "1", "--json", "--limit", "0")
	if code != 0 {
		t.Fatal("entities --article failed")
	}
	if strings.Contains(out, "Vladivostok") == strings.Contains(out1, "Vladivostok") {
		t.Errorf("Vladivostok should be listed for exactly one of the two articles")
	}
}

func TestEntityCommand(t *testing.T) {
	db := entityTestDB(t)
	cases := []struct {
		name    string
		args    []string
		code    int
		stdout  []string
		stderr  []string
		notJSON bool
	}{
		{"spelling variant finds the entity", []string{"entity", "--db", db, "Kim Jong-un"}, 0,
			[]string{"Kim Jong", "PER", "variants:", "Kim Jong Un", "Kim Jong-un", "articles mentioning it: 2"}, nil, true},
		{"acronym variant", []string{"entity", "--db", db, "NIS"}, 0,
			[]string{"National Intelligence Service", "ORG", "acronym defined in parentheses", "claims said by it:"}, nil, true},
		{"country alias", []string{"entity", "--db", db, "DPRK"}, 0,
			[]string{"North Korea", "LOC"}, nil, true},
		{"key", []string{"entity", "--db", db, "per:Vladimir Putin"}, 0,
			[]string{"Vladimir Putin", "Putin <- surname of Vladimir Putin"}, nil, true},
		{"unknown with suggestion", []string{"entity", "--db", db, "Vladimir Pution"}, 1,
			nil, []string{`no entity named "Vladimir Pution"`, "did you mean:", "Vladimir Putin"}, true},
		{"unknown surname suggests the person", []string{"entity", "--db", db, "Jong"}, 1,
			nil, []string{"did you mean:", "Kim Jong"}, true},
		{"unknown without match", []string{"entity", "--db", db, "Xqzzv Wplk"}, 1,
			nil, []string{"no close match", "dossier entities"}, true},
		{"no name", []string{"entity", "--db", db}, 1, nil, []string{"no name"}, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			out, errOut, code := runEntCLI(t, c.args...)
			if code != c.code {
				t.Fatalf("exit %d, want %d\nstdout:\n%s\nstderr:\n%s", code, c.code, out, errOut)
			}
			for _, w := range c.stdout {
				if !strings.Contains(out, w) {
					t.Errorf("stdout lacks %q:\n%s", w, out)
				}
			}
			for _, w := range c.stderr {
				if !strings.Contains(errOut, w) {
					t.Errorf("stderr lacks %q:\n%s", w, errOut)
				}
			}
		})
	}
}

func TestEntityJSONClaims(t *testing.T) {
	db := entityTestDB(t)
	out, errOut, code := runEntCLI(t, "entity", "--db", db, "--json", "National Intelligence Service")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var d store.EntityDetail
	if err := json.Unmarshal([]byte(out), &d); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if d.Type != "ORG" || len(d.Articles) != 1 {
		t.Errorf("got type %s, %d articles; want ORG in 1", d.Type, len(d.Articles))
	}
	found := false
	for _, c := range d.Claims {
		if strings.Contains(c.Sentence, "5,000") {
			found = true
		}
	}
	if !found {
		t.Errorf("the 5,000 workers claim is not among the NIS's claims: %+v", d.Claims)
	}
}

func TestExportFTMCommand(t *testing.T) {
	db := entityTestDB(t)
	out, errOut, code := runEntCLI(t, "export-ftm", "--db", db)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	allowed := map[string]bool{}
	for _, s := range ftm.Schemas {
		allowed[s] = true
	}
	ids := map[string]string{}
	var ents []ftm.Entity
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var e ftm.Entity
		if err := json.Unmarshal(sc.Bytes(), &e); err != nil {
			t.Fatalf("line is not JSON: %v: %s", err, sc.Bytes())
		}
		if !allowed[e.Schema] {
			t.Errorf("schema %q not allowed", e.Schema)
		}
		ids[e.ID] = e.Schema
		ents = append(ents, e)
	}
	articles, notes := 0, 0
	for _, e := range ents {
		for _, p := range ftm.EntityProps[e.Schema] {
			for _, ref := range e.Properties[p] {
				if ids[ref] == "" {
					t.Errorf("%s %s refers to missing %s", e.Schema, p, ref)
				}
			}
		}
		switch e.Schema {
		case ftm.SchemaArticle:
			articles++
			// cleaning drops the markup; the export must keep the rest as stored
			if d := strings.Join(e.Properties["description"], ""); strings.Contains(d, "friendship") &&
				!strings.Contains(d, `"friendship & trust" between`) {
				t.Errorf("article text altered: %q", d)
			}
		case ftm.SchemaNote:
			notes++
		}
	}
	if !strings.Contains(out, `\"friendship & trust\"`) {
		t.Errorf("the JSON escapes the ampersand or the quotes differently than JSON requires")
	}
	if articles != 2 || notes == 0 {
		t.Errorf("%d articles and %d notes exported, want 2 and some", articles, notes)
	}

	// --out writes the same lines to a file; filters select articles
	file := filepath.Join(t.TempDir(), "out.ftm.json")
	if _, errOut, code := runEntCLI(t, "export-ftm", "--db", db, "--out", file); code != 0 || !strings.Contains(errOut, "exported 2 articles") {
		t.Fatalf("--out: exit %d: %s", code, errOut)
	}
	data, err := os.ReadFile(file)
	if err != nil || string(data) != out {
		t.Errorf("--out file differs from standard output (%v)", err)
	}
	out, _, code = runEntCLI(t, "export-ftm", "--db", db, "--from", "2025-04-01")
	if code != 0 || strings.Count(out, `"schema":"Article"`) != 1 {
		t.Errorf("--from 2025-04-01: exit %d, %d articles, want 1", code, strings.Count(out, `"schema":"Article"`))
	}
	if _, errOut, code := runEntCLI(t, "export-ftm", "--db", db, "--from", "April"); code != 1 || !strings.Contains(errOut, "YYYY-MM-DD") {
		t.Errorf("bad date: exit %d: %s", code, errOut)
	}
}
