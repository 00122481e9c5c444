package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"testing"

	"github.com/dossier-osint/dossier/internal/doc"
	"github.com/dossier-osint/dossier/internal/ingest"
	"github.com/dossier-osint/dossier/internal/queue"
	"github.com/dossier-osint/dossier/internal/store"
	"github.com/dossier-osint/dossier/internal/web"
)

// storedResult is what an entry point stored for one page: the article
// (without its id), its claims (without ids), whether its copy links were
// made, and the alerts it fired.
type storedResult struct {
	Article *doc.Article
	Claims  []doc.Claim
	Linked  bool
	Alerts  int
}

func readResult(t *testing.T, db string) storedResult {
	t.Helper()
	ctx := context.Background()
	st, err := openStore(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	arts, n, err := st.ListArticles(ctx, store.ArticleFilter{})
	if err != nil || n != 1 {
		t.Fatalf("%s: %d articles (%v), want 1", db, n, err)
	}
	a, err := st.Article(ctx, arts[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	a.ID = 0
	var r storedResult
	r.Claims, a.Annotations.Claims = a.Annotations.Claims, nil
	r.Article = a
	missing, err := st.MissingSignatures(ctx)
	r.Linked = err == nil && len(missing) == 0
	alerts, _ := st.ListAlerts(ctx, 0)
	r.Alerts = len(alerts)
	return r
}

// TestEntryPointsStoreAlike: the same page ingested through the CLI, the
// feed watcher, a job worker and the ingest API gives the same stored
// article, claims, copy links and alerts.
func TestEntryPointsStoreAlike(t *testing.T) {
	ctx := context.Background()
	srv, _ := feedSite(t, 1, 0)
	page := srv.URL + "/page/1"
	dir := t.TempDir()
	db := func(name string) string { return filepath.Join(dir, name+".db") }
	// a topic with a search alert rule the page fires, so that alerts are compared too
	writeFiles(t, dir, map[string]string{"topics/yard.yaml": `id: yard
name: Yard crews
indicators:
  - id: fitters
    measure: stock
    units: [person]
alerts:
  - id: brinhaven
    when: search
    query: brinhaven shipyard
    message: The shipyard is in the news.
`})
	topics := filepath.Join(dir, "topics")

	// CLI
	if code, out, errs := runCLI(t, "", "ingest", "--db", db("cli"), "--topics", topics, "--allow-private", "--quiet", page); code != 0 {
		t.Fatalf("ingest: %d %s %s", code, out, errs)
	}
	// watcher
	if code, out, errs := runCLI(t, "", "sources", "add", srv.URL+"/feed.xml", "--db", db("watch")); code != 0 {
		t.Fatalf("sources add: %d %s %s", code, out, errs)
	}
	if code, out, errs := runCLI(t, "", "watch", "--once", "--allow-private", "--per-host", "1ms", "--topics", topics, "--db", db("watch")); code != 0 {
		t.Fatalf("watch: %d %s %s", code, out, errs)
	}
	// The document the page reads as, for the job and the API.
	resp, err := http.Get(page)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	d, err := ingest.FromHTML(page, page, body)
	if err != nil {
		t.Fatal(err)
	}
	// worker
	st, q, err := openQueue(ctx, db("worker"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := q.Enqueue(ctx, []queue.NewJob{queue.IngestJob(d)}); err != nil {
		t.Fatal(err)
	}
	q.Close()
	st.Close()
	if code, out, errs := runCLI(t, "", "worker", "--drain", "--poll", "20ms", "--topics", topics, "--db", db("worker")); code != 0 {
		t.Fatalf("worker: %d %s %s", code, out, errs)
	}
	// API
	st, err = openStore(ctx, db("api"))
	if err != nil {
		t.Fatal(err)
	}
	a, err := newApp(&env{}, st, topics, 0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.CreateToken(ctx, store.RoleAdmin, "test", web.HashToken("s3cret-token")); err != nil {
		t.Fatal(err)
	}
	ws, err := web.New(st, web.Options{Ingest: a.IngestPosted})
	if err != nil {
		t.Fatal(err)
	}
	api := httptest.NewServer(ws.Handler())
	defer api.Close()
	post, _ := json.Marshal(doc.Article{Source: d.Source, Format: d.Format, URL: d.URL, Title: d.Title,
		Published: d.Published, Credit: d.Credit, SiteName: d.SiteName, Byline: d.Byline, Lang: d.Lang, Text: d.Text,
		Warnings: d.Warnings, Removed: d.Removed})
	req, _ := http.NewRequest("POST", api.URL+"/api/v1/articles", bytes.NewReader(post))
	req.Host = "localhost"
	req.Header.Set("Authorization", "Bearer s3cret-token")
	req.Header.Set("Content-Type", "application/json")
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	out, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if res.StatusCode != http.StatusCreated {
		t.Fatalf("API ingest: %d %s", res.StatusCode, out)
	}
	st.Close()

	want := readResult(t, db("cli"))
	if len(want.Claims) == 0 || !want.Linked || want.Alerts != 1 {
		t.Fatalf("the CLI stored %d claims, linked %v, %d alerts: the test page should give claims and fire the rule",
			len(want.Claims), want.Linked, want.Alerts)
	}
	for _, name := range []string{"watch", "worker", "api"} {
		got := readResult(t, db(name))
		if g, w := jsonOf(got), jsonOf(want); g != w {
			t.Errorf("%s stored another result than the CLI:\n%s\nCLI:\n%s", name, g, w)
		}
	}
}

func jsonOf(v any) string {
	b, _ := json.MarshalIndent(v, "", " ")
	return string(b)
}
