package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"path/filepath"
	"strings"
	"testing"
)

// signedArticles counts the articles and those without a signature.
func signedArticles(t *testing.T, ctx context.Context, dsn string) (articles, missing int) {
	t.Helper()
	st, err := openStore(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	c, err := st.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	ids, err := st.MissingSignatures(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return c.Articles, len(ids)
}

func TestWatchOnceFindsCopies(t *testing.T) {
	srv, _ := feedSite(t, 3, 0)
	db := filepath.Join(t.TempDir(), "w.db")
	runCLI(t, "", "sources", "add", srv.URL+"/feed.xml", "--db", db)
	if code, out, errOut := runCLI(t, "", "watch", "--once", "--allow-private", "--db", db, "--per-host", "1ms"); code != 0 {
		t.Fatalf("watch: %d %s %s", code, out, errOut)
	}
	if n, missing := signedArticles(t, context.Background(), db); n != 3 || missing != 0 {
		t.Errorf("after watch --once: %d articles, %d without a signature; want 3 and 0", n, missing)
	}
}

func TestWorkerDrainFindsCopies(t *testing.T) {
	dsn, _ := tempPostgres(t)
	dir := t.TempDir()
	base := queueDoc(3)
	writeFiles(t, dir, map[string]string{
		"a.txt": base,
		"b.txt": "Reprinted by the Valley Monitor from its partner wire.\n\n" + base +
			"\nThe Valley Monitor covers building sites and labour in the river towns.\n",
		"c.txt": "Ferry timetable changes for the lake crossing\n\nThe lake ferry will run twice a day from next month, the operator said, because the older of its two boats needs a new engine.\n",
	})
	if code, out, errOut := runCLI(t, "", "jobs", "enqueue", "--db", dsn, dir); code != 0 {
		t.Fatalf("enqueue: %d %s %s", code, out, errOut)
	}
	var out, errb bytes.Buffer
	e := &env{stdin: strings.NewReader(""), stdout: &out, stderr: &errb,
		log: slog.New(slog.NewTextHandler(&errb, &slog.HandlerOptions{Level: slog.LevelWarn}))}
	if code := run(context.Background(), e, []string{"worker", "--db", dsn, "--drain", "--poll", "10ms"}); code != 0 {
		t.Fatalf("worker: %d %s %s", code, out.String(), errb.String())
	}
	if n, missing := signedArticles(t, context.Background(), dsn); n != 3 || missing != 0 {
		t.Errorf("after worker --drain: %d articles, %d without a signature; want 3 and 0", n, missing)
	}
	code, groups, _ := runCLI(t, "", "copies", "--db", dsn, "--json")
	var g struct {
		Groups []struct {
			Members []struct{ ID int64 } `json:"members"`
		} `json:"groups"`
	}
	if code != 0 || json.Unmarshal([]byte(groups), &g) != nil || len(g.Groups) != 1 || len(g.Groups[0].Members) != 2 {
		t.Errorf("copies after the worker: want one group of two (the reprint): %d %s", code, groups)
	}
}

// TestStoriesPlain: the plain listing shows every story the JSON lists,
// in words (articles, outlets, independent sources, first and last
// report), including a story whose articles are all copies of one report.
func TestStoriesPlain(t *testing.T) {
	db := filepath.Join(t.TempDir(), "stories.db")
	if code, out, errOut := runCLI(t, "", "demo", "--db", db, "--no-serve"); code != 0 {
		t.Fatalf("demo: %d\n%s\n%s", code, out, errOut)
	}
	code, out, _ := runCLI(t, "", "stories", "--db", db, "--json")
	var js struct {
		Stories []struct {
			ID          int64  `json:"id"`
			Independent int    `json:"independent"`
			First       string `json:"first"`
			Last        string `json:"last"`
			Members     []struct {
				ID int64 `json:"id"`
			} `json:"members"`
		} `json:"stories"`
	}
	if code != 0 || json.Unmarshal([]byte(out), &js) != nil {
		t.Fatalf("stories --json: %d %s", code, out)
	}
	if len(js.Stories) == 0 {
		t.Fatal("the samples hold no story")
	}
	code, plain, _ := runCLI(t, "", "stories", "--db", db)
	if code != 0 {
		t.Fatalf("stories: %d %s", code, plain)
	}
	for _, s := range js.Stories {
		if s.Independent < 1 || s.Independent > len(s.Members) || s.First == "" || s.Last < s.First {
			t.Errorf("story %d: independent %d of %d articles, first %q last %q", s.ID, s.Independent, len(s.Members), s.First, s.Last)
		}
		head := fmt.Sprintf("story %d: %d articles from ", s.ID, len(s.Members))
		if !strings.Contains(plain, head) {
			t.Errorf("plain listing lacks %q:\n%s", head, plain)
		}
		for _, m := range s.Members {
			if !strings.Contains(plain, fmt.Sprintf("#%-4d", m.ID)) {
				t.Errorf("plain listing lacks article #%d of story %d", m.ID, s.ID)
			}
		}
	}
	for _, want := range []string{"independent source", "first report "} {
		if !strings.Contains(plain, want) {
			t.Errorf("plain listing lacks %q:\n%s", want, plain)
		}
	}
}

// TestTranslatedCopy (issue 14): a Russian translation of a sample article
// (written for this test: internal/copies/testdata) ingested with the
// samples is linked to it as a translated copy, in the same copy group
// and story, so that it counts as the same independent source; no other
// article is taken for a translation.
func TestTranslatedCopy(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "translated.db")
	const orig, trans = "04-troops-kursk-date-header.txt", "04-troops-kursk-ru.txt"
	if code, out, errOut := runCLI(t, "", "ingest", "--db", db, filepath.Join("..", "..", "examples"),
		filepath.Join("..", "..", "internal", "copies", "testdata", trans)); code != 0 {
		t.Fatalf("ingest: %d\n%s\n%s", code, out, errOut)
	}
	code, out, _ := runCLI(t, "", "copies", "--db", db, "--json")
	var g struct {
		Groups []struct {
			Members []struct {
				ID       int64  `json:"id"`
				Source   string `json:"source"`
				Relation string `json:"relation"`
			} `json:"members"`
		} `json:"groups"`
	}
	if code != 0 || json.Unmarshal([]byte(out), &g) != nil {
		t.Fatalf("copies --json: %d %s", code, out)
	}
	found := false
	var transID int64
	for _, gr := range g.Groups {
		for _, m := range gr.Members {
			if m.Relation != "translated" {
				continue
			}
			if filepath.Base(m.Source) != trans || filepath.Base(gr.Members[0].Source) != orig {
				t.Errorf("%s listed as a translation of %s", m.Source, gr.Members[0].Source)
				continue
			}
			found, transID = true, m.ID
		}
	}
	if !found {
		t.Fatalf("%s is not listed as a translated copy of %s:\n%s", trans, orig, out)
	}
	code, out, _ = runCLI(t, "", "stories", "--db", db, "--json")
	var s struct {
		Stories []struct {
			Independent int `json:"independent"`
			Members     []struct {
				ID     int64  `json:"id"`
				Source string `json:"source"`
			} `json:"members"`
		} `json:"stories"`
	}
	if code != 0 || json.Unmarshal([]byte(out), &s) != nil {
		t.Fatalf("stories --json: %d %s", code, out)
	}
	for _, st := range s.Stories {
		hasTrans, hasOrig := false, false
		for _, m := range st.Members {
			hasTrans = hasTrans || m.ID == transID
			hasOrig = hasOrig || filepath.Base(m.Source) == orig
		}
		if !hasTrans {
			continue
		}
		if !hasOrig || st.Independent >= len(st.Members) {
			t.Errorf("story of the translation: %d articles, %d independent sources, original in it: %v",
				len(st.Members), st.Independent, hasOrig)
		}
		return
	}
	t.Errorf("the translation is in no story:\n%s", out)
}
