package storetest

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/dossier-osint/dossier/internal/store"
)

// RunDeadline checks that a request's deadline stops a statement running
// on the store's database (issue 17: one costly query must not hold the
// database past the web server's --request-timeout). slow runs, with ctx, a
// statement that never ends by itself; it must fail once ctx's deadline has
// passed. Then after (the dialect's own checks that the statement no longer
// runs) is called, the store must answer, and a Search past the deadline
// must return the context's error.
func RunDeadline(t *testing.T, s store.Store, slow func(ctx context.Context) error, after func(t *testing.T)) {
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	done := make(chan error, 1)
	go func() { done <- slow(ctx) }()
	select {
	case err := <-done:
		if err == nil || ctx.Err() == nil {
			t.Fatalf("the endless statement returned %v before the deadline", err)
		}
		t.Logf("stopped: %v", err)
	case <-time.After(2 * time.Minute): // a guard against hanging, not a measure
		t.Fatal("the statement was not stopped at the deadline")
	}
	after(t)
	if _, err := s.Counts(context.Background()); err != nil {
		t.Fatalf("store after the deadline: %v", err)
	}
	if _, _, err := s.Search(ctx, store.SearchQuery{Text: "workers"}); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("Search past the deadline: %v, want context.DeadlineExceeded", err)
	}
}
