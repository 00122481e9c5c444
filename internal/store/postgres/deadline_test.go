package postgres

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/dossier-osint/dossier/internal/store"
)

// TestStatementStopsAtDeadline (issue 17, 3): a request's deadline cancels
// the statement on the server (pgx sends a cancel request), so one costly
// query cannot hold a backend past the web server's --request-timeout.
func TestStatementStopsAtDeadline(t *testing.T) {
	s := openTemp(t)
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	done := make(chan error, 1)
	go func() { _, err := s.Pool().Exec(ctx, `SELECT pg_sleep(600) /* deadline-test */`); done <- err }()
	select {
	case err := <-done:
		if err == nil || ctx.Err() == nil {
			t.Fatalf("pg_sleep(600) returned %v before the deadline", err)
		}
		t.Logf("stopped: %v", err)
	case <-time.After(2 * time.Minute): // a guard against hanging, not a measure
		t.Fatal("the statement was not cancelled at the deadline")
	}
	// The server is no longer running it (wait for the cancel to land).
	bg := context.Background()
	for i := 0; ; i++ {
		var running int
		if err := s.Pool().QueryRow(bg, `SELECT COUNT(*) FROM pg_stat_activity
			WHERE state = 'active' AND query LIKE '%pg_sleep(600) /* deadline-test */%' AND pid <> pg_backend_pid()`).Scan(&running); err != nil {
			t.Fatal(err)
		}
		if running == 0 {
			break
		}
		if i == 200 {
			t.Fatal("the server still runs the cancelled statement")
		}
		time.Sleep(50 * time.Millisecond)
	}
	if _, err := s.Counts(bg); err != nil {
		t.Fatalf("store after the cancel: %v", err)
	}
	if _, _, err := s.Search(ctx, store.SearchQuery{Text: "workers"}); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("Search past the deadline: %v, want context.DeadlineExceeded", err)
	}
}
