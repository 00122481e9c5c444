package app

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/dossier-osint/dossier/internal/store"
)

// errKilled stands for the process dying in the middle of copy linking.
var errKilled = errors.New("killed during copy linking")

// dyingStore is a real store whose process "dies" at its second copy
// link: from then on every write fails, as nothing more reaches the
// database after a SIGKILL.
type dyingStore struct {
	store.Store
	links int
	dead  bool
}

func (d *dyingStore) SetLink(ctx context.Context, kind string, l store.Link) (int64, error) {
	if d.links++; d.links > 1 {
		d.dead = true
	}
	if d.dead {
		return 0, errKilled
	}
	return d.Store.SetLink(ctx, kind, l)
}

func (d *dyingStore) JoinStory(ctx context.Context, of int64, members []int64) (int, error) {
	if d.dead {
		return 0, errKilled
	}
	return d.Store.JoinStory(ctx, of, members)
}

func (d *dyingStore) PutSignatures(ctx context.Context, sigs []store.Signature) error {
	if d.dead {
		return errKilled
	}
	return d.Store.PutSignatures(ctx, sigs)
}

// groupsBySource describes a store's copy groups and stories by the
// sources of their members (ids may differ between databases).
func groupsBySource(t *testing.T, ctx context.Context, st store.Store) []string {
	t.Helper()
	arts, _, err := st.ListArticles(ctx, store.ArticleFilter{})
	if err != nil {
		t.Fatal(err)
	}
	src := map[int64]string{}
	for _, a := range arts {
		src[a.ID] = a.Source + " " + a.URL
	}
	var out []string
	for _, kind := range []string{store.KindCopy, store.KindStory} {
		groups, _, err := st.ListGroups(ctx, kind, store.Page{})
		if err != nil {
			t.Fatal(err)
		}
		for _, g := range groups {
			var ms []string
			for _, m := range g.Members {
				ms = append(ms, fmt.Sprintf("%s %s of %q", src[m.ArticleID], m.Relation, src[m.Of]))
			}
			sort.Strings(ms)
			out = append(out, kind+": "+strings.Join(ms, "; "))
		}
	}
	sort.Strings(out)
	return out
}

// TestCopyLinkingResumedAfterCrash (issue 17, 4): a run that dies while
// linking copies leaves every article stored and most without copy links;
// the next run, which finds nothing new to store, finishes the linking,
// and the groups are those of a run that was never stopped.
func TestCopyLinkingResumedAfterCrash(t *testing.T) {
	ctx := context.Background()

	ref := openTemp(t)
	if _, err := newApp(t, ref).IngestAll(ctx, examplesFeed, nil); err != nil {
		t.Fatal(err)
	}
	want := groupsBySource(t, ctx, ref)
	if n := strings.Count(strings.Join(want, "\n"), "exact of") + strings.Count(strings.Join(want, "\n"), "near of") + strings.Count(strings.Join(want, "\n"), "spun of"); n < 2 {
		t.Fatalf("the samples give %d copy links; the test needs two or more:\n%s", n, strings.Join(want, "\n"))
	}

	st := openTemp(t)
	dying := &dyingStore{Store: st}
	crashed := newApp(t, dying)
	stored := 0
	_, err := crashed.IngestAll(ctx, examplesFeed, func(r Result) {
		if r.Created {
			stored++
		}
	})
	if !errors.Is(err, errKilled) {
		t.Fatalf("the crashed run returned %v, want the crash", err)
	}
	missing, err := st.MissingSignatures(ctx)
	if err != nil || len(missing) == 0 {
		t.Fatalf("after the crash: %d articles left to link (%v); the crash came too late to test anything", len(missing), err)
	}
	if got := groupsBySource(t, ctx, st); strings.Join(got, "\n") == strings.Join(want, "\n") {
		t.Fatal("the crashed run linked everything: the test crashes too late")
	}

	// The rerun stores nothing new, yet repairs the links.
	again := newApp(t, st)
	created := 0
	stats, err := again.IngestAll(ctx, examplesFeed, func(r Result) {
		if r.Err != nil {
			t.Errorf("rerun: %v", r.Err)
		}
		if r.Created {
			created++
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	if created != 0 || stored == 0 {
		t.Errorf("rerun created %d articles (the crashed run stored %d); want 0", created, stored)
	}
	if stats.Computed != len(missing) {
		t.Errorf("rerun linked %d articles, want the %d the crash left", stats.Computed, len(missing))
	}
	if m, err := st.MissingSignatures(ctx); err != nil || len(m) != 0 {
		t.Errorf("after the rerun %d articles are still unlinked (%v)", len(m), err)
	}
	if got := groupsBySource(t, ctx, st); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("groups after crash and rerun:\n%s\nwant (a run never stopped):\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
