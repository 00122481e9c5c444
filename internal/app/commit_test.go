package app

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/dossier-osint/dossier/internal/doc"
	"github.com/dossier-osint/dossier/internal/ingest"
	"github.com/dossier-osint/dossier/internal/store"
)

// heldStore holds its first PutArticles until released, and counts the
// PutArticles calls and the texts read.
type heldStore struct {
	store.Store
	mu       sync.Mutex
	puts     []int // articles per PutArticles call
	articles int
	entered  chan struct{}
	release  chan struct{}
}

func (h *heldStore) PutArticles(ctx context.Context, arts []*doc.Article) ([]store.Put, error) {
	h.mu.Lock()
	h.puts = append(h.puts, len(arts))
	first := len(h.puts) == 1
	h.mu.Unlock()
	if first {
		close(h.entered)
		<-h.release
	}
	return h.Store.PutArticles(ctx, arts)
}

func (h *heldStore) Articles(ctx context.Context, ids []int64, fn func(*doc.Article) error) error {
	return h.Store.Articles(ctx, ids, func(a *doc.Article) error {
		h.mu.Lock()
		h.articles++
		h.mu.Unlock()
		return fn(a)
	})
}

func (h *heldStore) Article(ctx context.Context, id int64) (*doc.Article, error) {
	h.mu.Lock()
	h.articles++
	h.mu.Unlock()
	return h.Store.Article(ctx, id)
}

// TestIngestQueuedGroupCommit: the documents that wait while a batch is
// being stored go together into the next transaction, each caller gets its
// own article, the copy signatures computed at extraction serve copy
// linking (no text is read back), and a replay stores nothing again.
func TestIngestQueuedGroupCommit(t *testing.T) {
	ctx := context.Background()
	h := &heldStore{Store: openTemp(t), entered: make(chan struct{}), release: make(chan struct{})}
	a := newApp(t, h)
	const n = 12
	docs := make([]ingest.Document, n)
	for i := range docs {
		docs[i] = ingest.Document{Source: "queued-" + string(rune('a'+i)), Format: "text",
			Text: queueText(i)}
	}
	results := make([]Result, n)
	var wg sync.WaitGroup
	run := func() {
		for i := range docs {
			wg.Add(1)
			go func() { defer wg.Done(); results[i] = a.IngestQueued(ctx, docs[i]) }()
		}
	}
	run()
	<-h.entered
	for { // until every other document waits for the next batch
		a.commits.mu.Lock()
		waiting := len(a.commits.waiting)
		a.commits.mu.Unlock()
		h.mu.Lock()
		first := h.puts[0]
		h.mu.Unlock()
		if first+waiting == n {
			break
		}
		time.Sleep(time.Millisecond)
	}
	close(h.release)
	wg.Wait()
	if len(h.puts) != 2 {
		t.Fatalf("PutArticles calls %v, want 2 (the first document alone, then the %d that waited)", h.puts, n-h.puts[0])
	}
	ids := map[int64]bool{}
	for i, r := range results {
		if r.Err != nil || r.ID == 0 || !r.Created || r.Source != docs[i].Source {
			t.Fatalf("document %d: %+v, want its article created", i, r)
		}
		ids[r.ID] = true
	}
	if len(ids) != n {
		t.Fatalf("%d distinct ids for %d documents", len(ids), n)
	}
	if _, err := a.LinkCopies(ctx); err != nil {
		t.Fatal(err)
	}
	if h.articles != 0 {
		t.Errorf("copy linking read %d texts back; want the signatures kept at extraction", h.articles)
	}
	again := make([]Result, n)
	copy(again, results)
	run()
	wg.Wait()
	for i, r := range results {
		if r.Err != nil || r.Created || r.ID != again[i].ID {
			t.Errorf("replay of document %d: %+v, want article %d found stored", i, r, again[i].ID)
		}
	}
}

// queueText is a short article of our own wording, distinct for each i.
func queueText(i int) string {
	return "Harbour officials in Testport said on Monday that " + string(rune('2'+i%8)) +
		"00 dock workers from abroad had arrived at the northern yards, case " + string(rune('a'+i)) + ".\n\n" +
		"A spokesman said the yards expected more crews before the winter.\n"
}
