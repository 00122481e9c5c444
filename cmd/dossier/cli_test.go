package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// runCLI runs dossier in-process and returns its exit status and output.
func runCLI(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	e := &env{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errb}
	code := run(context.Background(), e, args)
	return code, out.String(), errb.String()
}

// writeFiles writes name -> content under dir.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func gzipped(s string) string {
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	w.Write([]byte(s))
	w.Close()
	return b.String()
}

const permitsArticle = `Russia issued 900 work permits to North Koreans in 2018, ministry says

MOSCOW, March 4, 2019 (Testwire) - Russia issued about 900 work permits to North Korean citizens in 2018, the Russian labour ministry said on Monday, down from 3,000 the year before.

The ministry said the remaining workers would leave by the end of 2019 under UN Security Council resolution 2397.
`

const remittanceArticle = `<html><head><title>Remittances fall</title>
<meta property="article:published_time" content="2020-05-06T10:00:00Z"><meta property="og:site_name" content="Test Ledger"></head>
<body><article><h1>Remittances fall</h1>
<p>North Korean workers in Russia sent home between $100 million and $120 million in 2019, according to an estimate by a Seoul research institute published on Tuesday.</p>
<p>The institute said the figure had halved since 2017 as workers left the country under the sanctions regime.</p>
</article></body></html>`

func TestIngestSearchShow(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "d.db")
	writeFiles(t, dir, map[string]string{
		"in/a.txt":         permitsArticle,
		"in/sub/b.html":    remittanceArticle,
		"in/sub/c.txt.gz":  gzipped(strings.Replace(permitsArticle, "900", "950", -1)),
		"in/broken.txt.gz": gzipped(permitsArticle)[:30],
		"in/empty.txt":     "",
		"in/notes.md":      "not an article format",
	})
	code, out, _ := runCLI(t, "", "ingest", "--db", db, filepath.Join(dir, "in"))
	if code != 1 {
		t.Errorf("exit status %d, want 1 (two inputs failed)", code)
	}
	if !strings.Contains(out, "3 new, 0 unchanged, 2 failed") || !strings.Contains(out, "broken.txt.gz: truncated gzip") || !strings.Contains(out, "empty.txt") {
		t.Errorf("summary:\n%s", out)
	}
	// Idempotent: the same content again is unchanged.
	code, out, _ = runCLI(t, "", "ingest", "--db", db, filepath.Join(dir, "in", "a.txt"), filepath.Join(dir, "in", "sub"))
	if code != 0 || !strings.Contains(out, "0 new, 3 unchanged, 0 failed") {
		t.Errorf("re-ingest: %d\n%s", code, out)
	}
	// Standard input.
	code, out, _ = runCLI(t, "Stdin headline about 40 ships\n\nSome 40 ships were seen in Rajin on 3 May 2021, analysts said.\n", "ingest", "--db", db, "-")
	if code != 0 || !strings.Contains(out, "1 new") {
		t.Errorf("stdin: %d %s", code, out)
	}

	code, out, _ = runCLI(t, "", "search", "--db", db, "work", "permits", "--from", "2019-01-01")
	if code != 0 || !strings.Contains(out, "«work»") || !strings.Contains(out, "2019-03-04") {
		t.Errorf("search: %d\n%s", code, out)
	}
	code, out, _ = runCLI(t, "", "search", "--db", db, "remittances", "--credit", "Nobody")
	if code != 0 || !strings.Contains(out, "no article matches") {
		t.Errorf("filtered search: %d\n%s", code, out)
	}
	code, _, errOut := runCLI(t, "", "search", "--db", db, `"unbalanced`)
	if code != 1 || errOut == "" {
		t.Errorf("bad query: %d %q", code, errOut)
	}

	code, out, _ = runCLI(t, "", "show", "--db", db, "1", "--removed", "--annotations")
	if code != 0 || !strings.Contains(out, "published: 2019-03-04") || !strings.Contains(out, "credit:    Testwire") ||
		!strings.Contains(out, "--- claims:") {
		t.Errorf("show:\n%s", out)
	}
	code, out, _ = runCLI(t, "", "show", "--db", db, "4")
	if code != 0 || !strings.Contains(out, "(no date found in the text)") {
		t.Errorf("undated article must say so:\n%s", out)
	}
	if code, _, errOut := runCLI(t, "", "show", "--db", db, "99"); code != 1 || !strings.Contains(errOut, "not found") {
		t.Errorf("unknown id: %d %q", code, errOut)
	}

	code, out, _ = runCLI(t, "", "claims", "--db", db, "--indicator", "work_permits_dprk", "--format", "jsonl")
	if code != 0 {
		t.Fatalf("claims: %d", code)
	}
	var n int
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var c struct {
			Indicator string `json:"indicator"`
			Sentence  string `json:"sentence"`
		}
		if err := json.Unmarshal([]byte(line), &c); err != nil {
			t.Fatalf("claims jsonl: %v: %s", err, line)
		}
		if c.Indicator != "work_permits_dprk" || c.Sentence == "" {
			t.Errorf("claim %+v", c)
		}
		n++
	}
	if n < 2 {
		t.Errorf("%d permit claims, want the two articles' figures", n)
	}
	if code, out, _ := runCLI(t, "", "indicator", "--db", db, "work_permits_dprk"); code != 0 || !strings.Contains(out, "independent sources") {
		t.Errorf("indicator: %d\n%s", code, out)
	}
	if code, _, _ := runCLI(t, "", "indicator", "--db", db, "no_such_indicator"); code != 1 {
		t.Errorf("unknown indicator: exit %d", code)
	}
	code, out, _ = runCLI(t, "", "reextract", "--db", db)
	if code != 0 || !strings.Contains(out, "re-extracted 4 articles") {
		t.Errorf("reextract: %d %s", code, out)
	}
}

func TestExtractPrintsKeyFields(t *testing.T) {
	code, out, _ := runCLI(t, permitsArticle, "extract", "-")
	if code != 0 {
		t.Fatalf("extract: %d", code)
	}
	var a struct {
		Published *string `json:"published"`
		Credit    *string `json:"credit"`
		Title     *string `json:"title"`
		Claims    []struct {
			Sentence string          `json:"sentence"`
			Start    int             `json:"start"`
			End      int             `json:"end"`
			Text     string          `json:"text"`
			Value    json.RawMessage `json:"value"`
		} `json:"claims"`
		Times []struct {
			Text  string  `json:"text"`
			Value *string `json:"value"`
		} `json:"times"`
	}
	if err := json.Unmarshal([]byte(out), &a); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if a.Published == nil || *a.Published != "2019-03-04" || a.Credit == nil || *a.Credit != "Testwire" || a.Title == nil {
		t.Errorf("metadata: %s", out)
	}
	if len(a.Claims) == 0 || len(a.Times) == 0 {
		t.Fatalf("no claims or times: %s", out)
	}
	for _, c := range a.Claims {
		if !strings.Contains(c.Sentence, c.Text) || c.End <= c.Start {
			t.Errorf("claim span %+v", c)
		}
	}
	// An article without a date: published is null, never invented.
	code, out, _ = runCLI(t, "A headline\n\nAbout 40 ships were seen last week, analysts said.\n", "extract", "-")
	if code != 0 || !strings.Contains(out, `"published":null`) {
		t.Errorf("undated: %s", out)
	}
}

func TestEvalOnOwnKey(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"docs/a.txt": permitsArticle,
		"key.json": `{"topic":"dprk-labour-russia","documents":[{"file":"a.txt","published":"2019-03-04","credit":"Testwire",
		 "title":"Russia issued 900 work permits to North Koreans in 2018, ministry says",
		 "claims":[{"cue":"about 900 work permits","value":{"exact":900,"approx":true},"unit":"permit","indicator":"work_permits_dprk","period":"2018","said_by":"Russian labour ministry","origin":null}],
		 "times":[{"cue":"in 2018","value":"2018"}],
		 "legal_refs":[{"cue":"resolution 2397","instrument":"UNSCR 2397"}]}]}`,
	})
	code, out, _ := runCLI(t, "", "eval", "--gold", filepath.Join(dir, "key.json"), "--docs", filepath.Join(dir, "docs"), "--json")
	if code != 0 {
		t.Fatalf("eval: %d %s", code, out)
	}
	var r struct {
		Documents int `json:"documents"`
		Metadata  struct{ Published, Credit, Title float64 }
		Claims    struct{ Recall float64 }
		Names     struct {
			LegalRefs float64 `json:"legal_refs"`
		}
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatal(err)
	}
	if r.Documents != 1 || r.Metadata.Published != 1 || r.Metadata.Credit != 1 || r.Metadata.Title != 1 || r.Names.LegalRefs != 1 {
		t.Errorf("report: %s", out)
	}
	code, out, _ = runCLI(t, "", "eval", "--gold", filepath.Join(dir, "key.json"), "--docs", filepath.Join(dir, "docs"))
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if code != 0 || !strings.HasPrefix(lines[len(lines)-1], "summary: 1 documents") {
		t.Errorf("last line must be the summary:\n%s", out)
	}
	if code, _, errOut := runCLI(t, "", "eval", "--gold", filepath.Join(dir, "missing.json"), "--docs", dir); code != 1 || !strings.Contains(errOut, "missing.json") {
		t.Errorf("missing key: %d %q", code, errOut)
	}
}

func TestDemoAndCopies(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "demo.db")
	code, out, errOut := runCLI(t, "", "demo", "--db", db, "--no-serve")
	if code != 0 {
		t.Fatalf("demo: %d\n%s\n%s", code, out, errOut)
	}
	for _, want := range []string{"0 failed", "contradiction:", "dossier search"} {
		if !strings.Contains(out, want) {
			t.Errorf("demo output lacks %q:\n%s", want, out)
		}
	}
	code, out, _ = runCLI(t, "", "copies", "--db", db, "--json")
	var g struct {
		Groups []struct {
			Relation string `json:"relation"`
			Members  []struct {
				ID         int64   `json:"id"`
				Source     string  `json:"source"`
				Similarity float64 `json:"similarity"`
			} `json:"members"`
		} `json:"groups"`
	}
	if code != 0 || json.Unmarshal([]byte(out), &g) != nil {
		t.Fatalf("copies --json: %d %s", code, out)
	}
	rel := map[string]bool{}
	for _, gr := range g.Groups {
		rel[gr.Relation] = true
		if len(gr.Members) < 2 || gr.Members[0].Source == "" {
			t.Errorf("group %+v", gr)
		}
	}
	// The samples hold a syndicated copy and a spun copy.
	if !rel["near"] || !rel["spun"] {
		t.Errorf("relations found: %v\n%s", rel, out)
	}
	if code, out, _ := runCLI(t, "", "stories", "--db", db, "--json"); code != 0 || !strings.Contains(out, `"stories"`) {
		t.Errorf("stories: %d %s", code, out)
	}
}

func TestUsageErrors(t *testing.T) {
	cases := [][]string{
		{"nosuchcommand"},
		{"ingest"},
		{"search", "--db", filepath.Join(t.TempDir(), "x.db")},
		{"search", "x", "--from", "2024-13"},
		{"show", "abc"},
		{"claims", "--format", "xml", "--db", filepath.Join(t.TempDir(), "x.db")},
		{"eval"},
	}
	for _, args := range cases {
		if code, _, errOut := runCLI(t, "", args...); code == 0 || errOut == "" {
			t.Errorf("%v: exit %d, stderr %q", args, code, errOut)
		}
	}
	if code, out, _ := runCLI(t, "", "help"); code != 0 || !strings.Contains(out, "ingest") {
		t.Errorf("help: %d %s", code, out)
	}
}

func TestEvalCopies(t *testing.T) {
	code, out, _ := runCLI(t, "", "eval", "copies", "--seeds", "1", "--json")
	if code != 0 {
		t.Fatalf("eval copies: %d", code)
	}
	var r struct {
		Articles  int `json:"articles"`
		Relations map[string]struct {
			Gold      int     `json:"gold"`
			Precision float64 `json:"precision"`
			Recall    float64 `json:"recall"`
		} `json:"relations"`
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatal(err)
	}
	for _, rel := range []string{"exact", "near", "spun"} {
		p := r.Relations[rel]
		if p.Gold == 0 || p.Precision < 0.9 || p.Recall < 0.9 {
			t.Errorf("%s: %+v", rel, p)
		}
	}
	if code, _, _ := runCLI(t, "", "eval", "copies", "--seeds", "0"); code == 0 {
		t.Error("--seeds 0 accepted")
	}
}
