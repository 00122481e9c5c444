package app

import (
	"context"
	"encoding/json"
	"io/fs"
	"path/filepath"
	"sort"
	"testing"
	"time"

	"github.com/dossier-osint/dossier/examples"
	"github.com/dossier-osint/dossier/internal/copies"
	"github.com/dossier-osint/dossier/internal/doc"
	"github.com/dossier-osint/dossier/internal/ingest"
	"github.com/dossier-osint/dossier/internal/store"
	"github.com/dossier-osint/dossier/internal/store/sqlite"
	"github.com/dossier-osint/dossier/internal/topic"
)

// openTemp opens a fresh SQLite store.
func openTemp(t testing.TB) store.Store {
	t.Helper()
	st, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "app.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// newApp is the service layer on st with the built-in topics.
func newApp(t testing.TB, st store.Store) *App {
	t.Helper()
	ts, err := topic.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	return New(st, ts)
}

// examplesFeed pushes the sample articles (examples/).
func examplesFeed(push func(Item) error) error {
	names, err := fs.Glob(examples.Files, "*")
	if err != nil {
		return err
	}
	sort.Strings(names)
	for _, name := range names {
		data, err := examples.Files.ReadFile(name)
		if err != nil {
			return err
		}
		ds, _ := ingest.Parse("examples/"+name, data, ingest.Options{})
		for _, d := range ds {
			if err := push(Item{Doc: d}); err != nil {
				return err
			}
		}
	}
	return nil
}

// countingStore counts the texts read and the signature walks.
type countingStore struct {
	store.Store
	articles, walks int
}

func (c *countingStore) Article(ctx context.Context, id int64) (*doc.Article, error) {
	c.articles++
	return c.Store.Article(ctx, id)
}

func (c *countingStore) Articles(ctx context.Context, ids []int64, fn func(*doc.Article) error) error {
	return c.Store.Articles(ctx, ids, func(a *doc.Article) error { c.articles++; return fn(a) })
}

func (c *countingStore) Signatures(ctx context.Context, fn func(store.Signature) error) error {
	c.walks++
	return c.Store.Signatures(ctx, fn)
}

// nearGroupOriginal returns the original of the first stored copy group
// holding a near copy.
func nearGroupOriginal(t *testing.T, ctx context.Context, st store.Store) *doc.Article {
	t.Helper()
	groups, _, err := st.ListGroups(ctx, store.KindCopy, store.Page{})
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
	st := openTemp(t)
	ss := st
	ap := newApp(t, st)
	if _, err := ap.IngestAll(ctx, examplesFeed, nil); err != nil {
		t.Fatal(err)
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
	r := ap.Ingest(ctx, docs[0])
	if r.Err != nil || !r.Created {
		t.Fatalf("ingest the reprint: %+v", r)
	}
	a, err := st.Article(ctx, r.ID)
	if err != nil {
		t.Fatal(err)
	}

	cs := &countingStore{Store: st}
	stats, err := new(copyFinder).run(ctx, cs)
	if err != nil {
		t.Fatal(err)
	}
	if stats.Loaded != n || stats.Computed != 1 || stats.Copies != 1 || cs.articles != 1 || cs.walks != 1 {
		t.Errorf("incremental run: %+v, %d texts read, %d signature walks; want %d loaded, 1 computed, 1 copy, 1 text, 1 walk",
			stats, cs.articles, cs.walks, n)
	}
	g, err := st.GroupOf(ctx, store.KindCopy, a.ID)
	if err != nil {
		t.Fatalf("the reprint (published %s) is in no copy group: %v", published, err)
	}
	og, err := st.GroupOf(ctx, store.KindCopy, orig.ID)
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
	cs = &countingStore{Store: st}
	if stats, err := new(copyFinder).run(ctx, cs); err != nil || stats != (CopyStats{Loaded: n + 1}) || cs.articles != 0 {
		t.Errorf("run with nothing new: %+v, %d texts read, %v", stats, cs.articles, err)
	}

	// a stored signature that no longer decodes is computed again, in place
	if err := ss.PutSignatures(ctx, []store.Signature{{ArticleID: a.ID, Sig: []byte{0xee, 1}}}); err != nil {
		t.Fatal(err)
	}
	if stats, err := new(copyFinder).run(ctx, st); err != nil || stats.Loaded != n || stats.Computed != 1 || stats.Copies != 0 {
		t.Errorf("run with a stale signature: %+v, %v", stats, err)
	}
	err = ss.Signatures(ctx, func(x store.Signature) error {
		var sig copies.Sig
		if err := sig.UnmarshalBinary(x.Sig); err != nil {
			t.Errorf("signature of %d: %v", x.ArticleID, err)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	// LinkCopies reads nothing when every article has its signature.
	cs = &countingStore{Store: st}
	ap.Store = cs
	if stats, err := ap.LinkCopies(ctx); err != nil || stats != (CopyStats{}) || cs.walks != 0 || cs.articles != 0 {
		t.Errorf("LinkCopies with nothing new: %+v, %d walks, %d texts, %v", stats, cs.walks, cs.articles, err)
	}
	_ = g
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
	r := newApp(t, st).Ingest(ctx, docs[0])
	if r.Err != nil || !r.Created {
		t.Fatalf("ingest %s: %+v", name, r)
	}
	a, err := st.Article(ctx, r.ID)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// TestCopyFinderKeepsIndex: a finder that holds the index (dossier watch)
// adds only new articles, and picks up signatures another process stored.
func TestCopyFinderKeepsIndex(t *testing.T) {
	ctx := context.Background()
	st := openTemp(t)
	base := "Port officials in the invented town of Kelmar said on Monday that 640 contract welders had arrived for the winter season.\n\n" +
		"The welders will work on two ferries under construction, the yard's director told reporters, adding that more crews could follow in March.\n\n" +
		"A union spokesman in Kelmar said the contracts had not been published and asked the port authority to release them."
	first := ingestText(t, ctx, st, "welders", "2024-01-08", base)
	var f copyFinder
	if stats, err := f.run(ctx, st); err != nil || stats != (CopyStats{Computed: 1}) {
		t.Fatalf("first run: %+v %v", stats, err)
	}
	// another process adds an article and its signature
	other := ingestText(t, ctx, st, "ferries", "2024-02-02",
		"Kelmar's shipyard launched the first of its two ferries on Friday, six weeks late, after a winter of storms delayed welding.")
	if stats, err := new(copyFinder).run(ctx, st); err != nil || stats.Loaded != 1 || stats.Computed != 1 {
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
	g, err := st.GroupOf(ctx, store.KindCopy, reprint.ID)
	if err != nil || g.Of == 0 || len(g.Members) != 2 {
		t.Fatalf("reprint group: %+v %v", g, err)
	}
	for _, m := range g.Members {
		if m.ArticleID == first.ID && m.Relation != store.RelOriginal {
			t.Errorf("first article is %s in its group, want original", m.Relation)
		}
	}
	if stats, err := f.run(ctx, st); err != nil || stats != (CopyStats{}) {
		t.Errorf("run with nothing new: %+v %v", stats, err)
	}
}
