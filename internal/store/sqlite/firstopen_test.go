package sqlite

import (
	"context"
	"fmt"
	"path/filepath"
	"sync"
	"testing"
)

// TestFirstOpenRace opens a brand-new file from several stores at once,
// as several processes started together do (each Store has its own
// connections, so this is what separate processes see). Each open must
// wait its turn rather than fail with "database is locked": turning a new
// file to WAL takes a lock SQLite's busy timeout does not wait for. Without
// the retry in ping about one round in fifty failed, so a hundred rounds
// catch it most of the time.
func TestFirstOpenRace(t *testing.T) {
	const rounds, opens = 100, 4
	for r := range rounds {
		path := filepath.Join(t.TempDir(), fmt.Sprintf("race%d.db", r))
		var wg sync.WaitGroup
		errs := make([]error, opens)
		for i := range opens {
			wg.Add(1)
			go func() {
				defer wg.Done()
				s, err := Open(context.Background(), path)
				if err == nil {
					err = s.Close()
				}
				errs[i] = err
			}()
		}
		wg.Wait()
		for i, err := range errs {
			if err != nil {
				t.Fatalf("round %d, open %d of a new file: %v", r, i, err)
			}
		}
	}
}
