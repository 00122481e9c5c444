package sqlite

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/dossier-osint/dossier/internal/store"
)

// TestStatementStopsAtDeadline (issue 17, 3): a request's deadline stops
// the statement running on the store's connection (modernc's interrupt), so
// one costly query cannot hold the database past the web server's
// --request-timeout; the connection is usable afterwards.
func TestStatementStopsAtDeadline(t *testing.T) {
	s := openTemp(t)
	bg := context.Background()
	conn, err := s.DB().Conn(bg) // one connection, to reuse after the interrupt
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	done := make(chan error, 1)
	go func() {
		// counts forever unless interrupted
		var n int64
		done <- conn.QueryRowContext(ctx, `WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c)
			SELECT COUNT(*) FROM c`).Scan(&n)
	}()
	select {
	case err := <-done:
		if err == nil {
			t.Fatal("an endless statement returned without error")
		}
		if ctx.Err() == nil {
			t.Fatalf("the statement failed before the deadline: %v", err)
		}
		t.Logf("stopped: %v", err)
	case <-time.After(2 * time.Minute): // a guard against hanging, not a measure
		t.Fatal("the statement was not interrupted at the deadline")
	}
	// The connection is free again (the statement no longer runs on it), the
	// store answers, and a request past its deadline gets the context's
	// error, not a result.
	go func() { var one int; done <- conn.QueryRowContext(bg, `SELECT 1`).Scan(&one) }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("the connection after the interrupt: %v", err)
		}
	case <-time.After(2 * time.Minute):
		t.Fatal("the interrupted statement still holds its connection")
	}
	if _, err := s.Counts(bg); err != nil {
		t.Fatalf("store after the interrupt: %v", err)
	}
	if _, _, err := s.Search(ctx, store.SearchQuery{Text: "workers"}); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("Search past the deadline: %v, want context.DeadlineExceeded", err)
	}
}
