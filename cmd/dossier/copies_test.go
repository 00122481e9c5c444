package main

import (
	"context"
	"encoding/json"
	"path/filepath"
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
