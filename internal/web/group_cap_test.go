package web

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/dossier-osint/dossier/internal/doc"
	"github.com/dossier-osint/dossier/internal/store"
)

// TestArticlePageCapsCopyGroup stores a copy group three times larger
// than maxMembersShown in the real SQLite store and wants the article page
// of a member to list maxMembersShown members, say how many articles the
// group has and link the rest to the group's page.
func TestArticlePageCapsCopyGroup(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	n := 3*maxMembersShown + 1
	arts := make([]*doc.Article, n)
	for i := range arts {
		text := fmt.Sprintf("Copy %d of a wire story about labourers sent abroad.", i)
		arts[i] = &doc.Article{Source: fmt.Sprintf("capped:%d", i), URL: fmt.Sprintf("https://outlet%d.example.org/story", i),
			Format: "txt", Lang: "en", Title: fmt.Sprintf("Copy %d", i), Credit: fmt.Sprintf("Outlet %d", i),
			Published: fmt.Sprintf("2024-03-%02d", 1+i%28), Text: text,
			Paragraphs: []doc.Paragraph{{Kind: doc.KindBody, Start: 0, End: len(text), Text: text}}}
	}
	puts, err := e.fx.Store.PutArticles(ctx, arts)
	if err != nil {
		t.Fatal(err)
	}
	var gid int64
	for _, p := range puts[1:] {
		if gid, err = e.fx.Store.SetLink(ctx, store.KindCopy, store.Link{ArticleID: p.ID, Of: puts[0].ID, Relation: store.RelExact, Similarity: 1}); err != nil {
			t.Fatal(err)
		}
	}
	for _, id := range []int64{puts[0].ID, puts[n-1].ID} {
		w := e.get(fmt.Sprintf("/articles/%d", id))
		if w.Code != 200 {
			t.Fatalf("article %d: %d", id, w.Code)
		}
		body := w.Body.String()
		i := strings.Index(body, `id="copies"`)
		if i < 0 {
			t.Fatalf("article %d: no copy group section", id)
		}
		sec := body[i:]
		sec = sec[:strings.Index(sec, "</section>")]
		if got := strings.Count(sec, "<li>"); got != maxMembersShown {
			t.Errorf("article %d: %d members listed, want the cap %d", id, got, maxMembersShown)
		}
		if want := fmt.Sprintf("%d articles", n); !strings.Contains(sec, want) {
			t.Errorf("article %d: the heading does not say %q", id, want)
		}
		more := fmt.Sprintf(`<a href="/copies/%d">%d more articles in this copy group`, gid, n-maxMembersShown)
		if !strings.Contains(sec, more) {
			t.Errorf("article %d: no link %q in %s", id, more, clip(sec[max(0, len(sec)-400):], 400))
		}
	}
	if w := e.get(fmt.Sprintf("/copies/%d", gid)); w.Code != 200 {
		t.Errorf("the group page /copies/%d: %d", gid, w.Code)
	}
}
