package storetest

import (
	"bytes"
	"context"
	"errors"
	"regexp"
	"strings"
	"testing"

	"github.com/dossier-osint/dossier/internal/doc"
	"github.com/dossier-osint/dossier/internal/export"
	"github.com/dossier-osint/dossier/internal/store"
)

var fraction = regexp.MustCompile(`(T\d\d:\d\d:\d\d)\.(\d+)Z"`)

// jsonMicro is jsonOf with times cut to microseconds, the precision the
// export keeps (PostgreSQL's).
func jsonMicro(v any) string {
	return fraction.ReplaceAllStringFunc(jsonOf(v), func(m string) string {
		p := fraction.FindStringSubmatch(m)
		f := (p[2] + "000000")[:6]
		f = strings.TrimRight(f, "0")
		if f == "" {
			return p[1] + `Z"`
		}
		return p[1] + "." + f + `Z"`
	})
}

// RunArchive is the conformance suite for the archive methods: a
// collection with reviews, an audit log (including entries about claims
// since deleted), copy groups and stories is exported, imported into a
// fresh store and exported again. open must return a new empty store.
func RunArchive(t *testing.T, open func(t *testing.T) store.Store) {
	ctx := context.Background()
	src := open(t)
	a, b, c, d := putAll(t, src)
	review := func(id int64, r store.Review) {
		t.Helper()
		if _, err := src.ReviewClaim(ctx, id, r); err != nil {
			t.Fatal(err)
		}
	}
	x := claimByText(t, src, b, "About 5,000")
	corrected := x.Claim
	corrected.Indicator = "workers-present"
	corrected.Period = "2024-01"
	review(x.ID, store.Review{Action: store.ReviewAccepted, Who: "ann", Reason: "matches the text"})
	review(x.ID, store.Review{Action: store.ReviewCorrected, Who: "bob", Reason: "indicator", Corrected: &corrected})
	y := claimByText(t, src, b, "300-500")
	review(y.ID, store.Review{Action: store.ReviewRejected, Who: "ann"})
	// Undone, then deleted by a re-extraction: its audit entries outlive it.
	z := claimByText(t, src, a, "More than 12,000")
	review(z.ID, store.Review{Action: store.ReviewRejected, Who: "cy", Reason: "unsure"})
	review(z.ID, store.Review{Action: store.ReviewMachine, Who: "cy", Reason: "undo"})
	if _, err := replaceClaims(ctx, src, a, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := src.SetLink(ctx, store.KindCopy, store.Link{ArticleID: c, Of: a, Relation: store.RelNear, Similarity: 0.875}); err != nil {
		t.Fatal(err)
	}
	if _, err := src.SetLink(ctx, store.KindStory, store.Link{ArticleID: d, Of: b, Similarity: 0.5}); err != nil {
		t.Fatal(err)
	}

	var first bytes.Buffer
	n, err := export.Write(ctx, src, &first)
	if err != nil {
		t.Fatal(err)
	}
	if want := (export.Counts{Articles: 4, Claims: 3, Audit: 5, Tombstones: 1, Groups: 2}); n != want {
		t.Errorf("export counts %+v, want %+v", n, want)
	}
	dst := open(t)
	got, err := export.Read(ctx, dst, bytes.NewReader(first.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if got != n {
		t.Errorf("import counts %+v, export %+v", got, n)
	}
	var second bytes.Buffer
	if _, err := export.Write(ctx, dst, &second); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(first.Bytes(), second.Bytes()) {
		t.Errorf("export after import differs:\nfirst:\n%s\nsecond:\n%s", first.Bytes(), second.Bytes())
	}

	// What the Store interface shows is the same in both.
	for _, id := range []int64{a, b, c, d} {
		x, err1 := src.Article(ctx, id)
		y, err2 := dst.Article(ctx, id)
		if err1 != nil || err2 != nil {
			t.Fatalf("Article(%d): %v, %v", id, err1, err2)
		}
		if jsonOf(norm(x)) != jsonOf(norm(y)) || jsonOf(x.Annotations) != jsonOf(y.Annotations) {
			t.Errorf("article %d differs after import:\n%s\n%s", id, jsonOf(y.Annotations), jsonOf(x.Annotations))
		}
	}
	c1, _, _ := src.ListClaims(ctx, store.ClaimFilter{})
	c2, _, _ := dst.ListClaims(ctx, store.ClaimFilter{})
	if jsonMicro(c1) != jsonMicro(c2) {
		t.Errorf("claims differ after import:\n%s\n%s", jsonOf(c2), jsonOf(c1))
	}
	// The claim the re-extraction removed is gone in both.
	if _, err := dst.Claim(ctx, z.ID); !errors.Is(err, store.ErrGone) {
		t.Errorf("removed claim %d after import: %v, want ErrGone", z.ID, err)
	}
	for _, id := range []int64{x.ID, y.ID, z.ID} {
		l1, _ := src.AuditLog(ctx, id)
		l2, err := dst.AuditLog(ctx, id)
		if err != nil || len(l2) == 0 || jsonMicro(l1) != jsonMicro(l2) {
			t.Errorf("audit log of claim %d differs after import (%v):\n%s\n%s", id, err, jsonOf(l2), jsonOf(l1))
		}
	}
	for _, f := range []func(store.Store) (any, error){
		func(s store.Store) (any, error) { return s.GroupOf(ctx, store.KindCopy, c) },
		func(s store.Store) (any, error) { return s.GroupOf(ctx, store.KindStory, d) },
		func(s store.Store) (any, error) { n, err := s.Counts(ctx); return n, err },
		func(s store.Store) (any, error) { e, err := s.Entity(ctx, "ORG:regional ministry"); return e, err },
	} {
		g1, err1 := f(src)
		g2, err2 := f(dst)
		if err1 != nil || err2 != nil || jsonMicro(g1) != jsonMicro(g2) {
			t.Errorf("differs after import (%v, %v):\n%s\n%s", err1, err2, jsonOf(g2), jsonOf(g1))
		}
	}
	hits, _, err := dst.Search(ctx, store.SearchQuery{Text: "dormitories"})
	if err != nil || len(hits) != 1 || hits[0].ArticleID != c {
		t.Errorf("search after import: %v %v", hits, err)
	}

	// New rows take ids above the imported ones.
	e := newArticle("e.txt", "A later report", "2024-07-01", "Harbor News", "en",
		"Some 70 welders were seen at the shipyard, a witness said.").
		quantity("Some 70", doc.QCount, doc.Value{Number: 70, Approx: true}, "welders").
		claim("Some 70", doc.Value{Number: 70, Approx: true}, "welders", "entries", "", "a witness").done()
	eid := put(t, dst, e)
	if eid <= d {
		t.Errorf("new article id %d after import, want above %d", eid, d)
	}
	w := claimByText(t, dst, eid, "Some 70")
	if w.ID <= x.ID || w.ID <= y.ID || w.ID <= z.ID {
		t.Errorf("new claim id %d after import", w.ID)
	}
	if _, err := dst.ReviewClaim(ctx, w.ID, store.Review{Action: store.ReviewAccepted, Who: "dee"}); err != nil {
		t.Fatal(err)
	}
	if log, _ := dst.AuditLog(ctx, w.ID); len(log) != 1 || log[0].ID <= 5 {
		t.Errorf("new audit entry: %+v", log)
	}
	if _, err := dst.SetLink(ctx, store.KindCopy, store.Link{ArticleID: eid, Of: d, Relation: store.RelExact, Similarity: 1}); err != nil {
		t.Errorf("new copy group after import: %v", err)
	}

	// An import that fails part-way stores nothing: the store stays empty
	// and takes the whole stream afterwards.
	bad := strings.Replace(first.String(), `"review":"rejected"`, `"review":"maybe"`, 1)
	partial := open(t)
	if _, err := export.Read(ctx, partial, strings.NewReader(bad)); err == nil {
		t.Errorf("import of a stream with a bad review state succeeded")
	}
	isEmpty(t, partial, "after a failed import")
	if _, err := export.Read(ctx, partial, bytes.NewReader(first.Bytes())); err != nil {
		t.Errorf("import after a failed one: %v", err)
	}

	// Refusals.
	if _, err := export.Read(ctx, src, bytes.NewReader(first.Bytes())); !errors.Is(err, export.ErrNotEmpty) {
		t.Errorf("import into a non-empty store: %v", err)
	}
	lines := strings.SplitAfter(strings.TrimSuffix(first.String(), "\n"), "\n")
	for _, tc := range []struct {
		name, stream, want string
	}{
		{"truncated", strings.Join(lines[:len(lines)-1], ""), "truncated"},
		{"newer version", `{"format":"dossier-export","version":99}` + "\n", "version 99"},
		{"not an export", `{"title":"x"}` + "\n", "not a dossier-export stream"},
		{"orphan claim", lines[0] + `{"type":"claim","id":1,"article_id":7,"review":"machine"}` + "\n", "does not follow"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := export.Read(ctx, open(t), strings.NewReader(tc.stream))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("Read = %v, want an error saying %q", err, tc.want)
			}
		})
	}
}
