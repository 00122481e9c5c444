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
	"time"

	"github.com/dossier-osint/dossier/internal/copies"
	"github.com/dossier-osint/dossier/internal/doc"
	"github.com/dossier-osint/dossier/internal/ingest"
	"github.com/dossier-osint/dossier/internal/store"
)

// countingStore counts the texts read and the signature walks.
type countingStore struct {
	store.Store
	store.SignatureStore
	articles, walks int
}

func (c *countingStore) Article(ctx context.Context, id int64) (*doc.Article, error) {
	c.articles++
	return c.Store.Article(ctx, id)
}

func (c *countingStore) Signatures(ctx context.Context, fn func(int64, string, []byte) error) error {
	c.walks++
	return c.SignatureStore.Signatures(ctx, fn)
}

// plainStore hides the SignatureStore methods.
type plainStore struct{ store.Store }

// nearGroupOriginal returns the original of the first stored copy group
// holding a near copy.
func nearGroupOriginal(t *testing.T, ctx context.Context, st store.Store) *doc.Article {
	t.Helper()
	groups, _, err := st.ListCopyGroups(ctx, store.Page{})
	if err != nil {
		t.Fatal(err)
	}
	for _, g := range groups {
		for _, m := range g.Members {
			if m.Relation != store.RelNear {
				continue
			}
			for _, o := range g.Members {
				if o.Relation == store.RelOriginal {
					a, err := st.Article(ctx, o.ArticleID)
					if err != nil {
						t.Fatal(err)
					}
					return a
				}
			}
		}
	}
	t.Fatal("the samples hold no near copy group")
	return nil
}

// TestCopiesIncremental ingests the samples, then one more article that
// wraps a sample's text in other boilerplate and is dated a week before
// it: only the new article's signature is computed, and it joins the
// sample's group as a copy of it (the first added stays the original).
func TestCopiesIncremental(t *testing.T) {
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "copies.db")
	if code, out, errOut := runCLI(t, "", "demo", "--db", db, "--no-serve"); code != 0 {
		t.Fatalf("demo: %d\n%s\n%s", code, out, errOut)
	}
	st, err := openStore(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ss, ok := st.(store.SignatureStore)
	if !ok {
		t.Fatalf("%T is not a store.SignatureStore", st)
	}
	counts, err := st.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	n := counts.Articles
	if missing, err := ss.MissingSignatures(ctx); err != nil || len(missing) != 0 {
		t.Fatalf("after the demo ingest: articles without a signature %v, %v", missing, err)
	}

	orig := nearGroupOriginal(t, ctx, st)
	published := "2020-01-01"
	if day, err := time.Parse(time.DateOnly, orig.Published); err == nil {
		published = day.AddDate(0, 0, -7).Format(time.DateOnly)
	}
	rec, _ := json.Marshal(map[string]string{
		"url":       "https://coastal-observer.example/reprints/1",
		"title":     "Reprint: " + orig.Title,
		"published": published,
		"credit":    "Coastal Observer",
		"text": "This report is carried by the Coastal Observer under a content-sharing agreement.\n\n" +
			orig.Text +
			"\n\nThe Coastal Observer is an independent news service covering shipping, ports and labour along the Pacific coast.",
	})
	docs, err := ingest.Parse("reprint.jsonl", append(rec, '\n'), ingest.Options{})
	if err != nil || len(docs) != 1 {
		t.Fatalf("parse the reprint: %d docs, %v", len(docs), err)
	}
	p, err := loadPipeline("")
	if err != nil {
		t.Fatal(err)
	}
	in := &ingester{ctx: ctx, st: st, p: p}
	a := in.document(docs[0])
	if a == nil || in.sum.New != 1 {
		t.Fatalf("ingest the reprint: %+v", in.sum)
	}

	cs := &countingStore{Store: st, SignatureStore: ss}
	stats, err := findCopiesStats(ctx, cs)
	if err != nil {
		t.Fatal(err)
	}
	if stats.Loaded != n || stats.Computed != 1 || stats.Copies != 1 || cs.articles != 1 || cs.walks != 1 {
		t.Errorf("incremental run: %+v, %d texts read, %d signature walks; want %d loaded, 1 computed, 1 copy, 1 text, 1 walk",
			stats, cs.articles, cs.walks, n)
	}
	g, err := st.CopyGroup(ctx, a.ID)
	if err != nil {
		t.Fatalf("the reprint (published %s) is in no copy group: %v", published, err)
	}
	og, err := st.CopyGroup(ctx, orig.ID)
	if err != nil || og.ID != g.ID {
		t.Fatalf("reprint in group %d, its source %d in %+v (%v)", g.ID, orig.ID, og, err)
	}
	for _, m := range g.Members {
		switch m.ArticleID {
		case a.ID:
			if (m.Relation != store.RelNear && m.Relation != store.RelExact) || m.Of != orig.ID {
				t.Errorf("reprint: relation %s of %d, want near (or exact) of %d", m.Relation, m.Of, orig.ID)
			}
		case orig.ID:
			if m.Relation != store.RelOriginal {
				t.Errorf("the earlier added sample is now %s; want original", m.Relation)
			}
		}
	}

	// nothing new: nothing computed, nothing written
	cs = &countingStore{Store: st, SignatureStore: ss}
	if stats, err := findCopiesStats(ctx, cs); err != nil || stats != (copyStats{Loaded: n + 1}) || cs.articles != 0 {
		t.Errorf("run with nothing new: %+v, %d texts read, %v", stats, cs.articles, err)
	}

	// a stored signature that no longer decodes is computed again, in place
	if err := ss.PutSignature(ctx, a.ID, []byte{0xee, 1}); err != nil {
		t.Fatal(err)
	}
	if stats, err := findCopiesStats(ctx, st); err != nil || stats.Loaded != n || stats.Computed != 1 || stats.Copies != 0 {
		t.Errorf("run with a stale signature: %+v, %v", stats, err)
	}
	err = ss.Signatures(ctx, func(id int64, _ string, b []byte) error {
		var sig copies.Sig
		if err := sig.UnmarshalBinary(b); err != nil {
			t.Errorf("signature of %d: %v", id, err)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}

	// a store without signatures rebuilds from every text, same groups
	stats, err = findCopiesStats(ctx, plainStore{st})
	if err != nil || stats.Loaded != 0 || stats.Computed != n+1 {
		t.Errorf("full rebuild: %+v, %v", stats, err)
	}
	if g2, err := st.CopyGroup(ctx, a.ID); err != nil || g2.ID != g.ID || len(g2.Members) != len(g.Members) {
		t.Errorf("after a full rebuild the reprint is in %+v (%v), want group %d of %d", g2, err, g.ID, len(g.Members))
	}
}

// ingestText stores one more article through the ingest pipeline.
func ingestText(t *testing.T, ctx context.Context, st store.Store, name, published, text string) *doc.Article {
	t.Helper()
	rec, _ := json.Marshal(map[string]string{"url": "https://finder.example/" + name, "title": name,
		"published": published, "credit": "Finder Test Wire", "text": text})
	docs, err := ingest.Parse(name+".jsonl", append(rec, '\n'), ingest.Options{})
	if err != nil || len(docs) != 1 {
		t.Fatalf("parse %s: %d docs, %v", name, len(docs), err)
	}
	p, err := loadPipeline("")
	if err != nil {
		t.Fatal(err)
	}
	in := &ingester{ctx: ctx, st: st, p: p}
	a := in.document(docs[0])
	if a == nil || in.sum.New != 1 {
		t.Fatalf("ingest %s: %+v", name, in.sum)
	}
	return a
}

// TestCopyFinderKeepsIndex: a finder that holds the index (dossier watch)
// adds only new articles, and picks up signatures another process stored.
func TestCopyFinderKeepsIndex(t *testing.T) {
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "finder.db")
	st, err := openStore(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	base := "Port officials in the invented town of Kelmar said on Monday that 640 contract welders had arrived for the winter season.\n\n" +
		"The welders will work on two ferries under construction, the yard's director told reporters, adding that more crews could follow in March.\n\n" +
		"A union spokesman in Kelmar said the contracts had not been published and asked the port authority to release them."
	first := ingestText(t, ctx, st, "welders", "2024-01-08", base)
	var f copyFinder
	if stats, err := f.run(ctx, st); err != nil || stats != (copyStats{Computed: 1}) {
		t.Fatalf("first run: %+v %v", stats, err)
	}
	// another process adds an article and its signature
	other := ingestText(t, ctx, st, "ferries", "2024-02-02",
		"Kelmar's shipyard launched the first of its two ferries on Friday, six weeks late, after a winter of storms delayed welding.")
	if stats, err := findCopiesStats(ctx, st); err != nil || stats.Loaded != 1 || stats.Computed != 1 {
		t.Fatalf("other process: %+v %v", stats, err)
	}
	// the held index reads that one signature and adds the new reprint only
	reprint := ingestText(t, ctx, st, "welders-reprint", "2024-01-09",
		"Shared from the Kelmar Gazette with permission; see our partners page for details.\n\n"+base+
			"\n\nThe Regional Courier publishes news from the northern ports every weekday morning.")
	if stats, err := f.run(ctx, st); err != nil || stats.Loaded != 1 || stats.Computed != 1 || stats.Copies != 1 {
		t.Fatalf("held index: %+v %v; want 1 loaded (ferries), 1 computed and 1 copy (reprint)", stats, err)
	}
	if _, ok := f.ix.Match(other.ID); !ok {
		t.Errorf("the held index lacks the article another process added")
	}
	g, err := st.CopyGroup(ctx, reprint.ID)
	if err != nil || g.Of == 0 || len(g.Members) != 2 {
		t.Fatalf("reprint group: %+v %v", g, err)
	}
	for _, m := range g.Members {
		if m.ArticleID == first.ID && m.Relation != store.RelOriginal {
			t.Errorf("first article is %s in its group, want original", m.Relation)
		}
	}
	if stats, err := f.run(ctx, st); err != nil || stats != (copyStats{}) {
		t.Errorf("run with nothing new: %+v %v", stats, err)
	}
}

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
	ids, err := st.(store.SignatureStore).MissingSignatures(ctx)
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
