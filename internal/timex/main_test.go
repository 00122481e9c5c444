package timex

import (
	"context"
	"os"
	"testing"

	"github.com/dossier-osint/dossier/internal/firstuse"
	tok "github.com/dossier-osint/dossier/internal/token"
)

// firstUseEnv names the entry point TestTablesAtFirstUse's child process
// calls first.
const firstUseEnv = "TIMEX_FIRST_USE"

// TestMain builds the tables first, as findIn does, for the tests that
// read them without a Find (not in TestTablesAtFirstUse's child).
func TestMain(m *testing.M) {
	if !firstuse.InChild(firstUseEnv) {
		tablesOnce.Do(buildTables)
	}
	os.Exit(m.Run())
}

// firstUses are the entry points, each on a text with two times.
var firstUses = map[string]func() any{
	"Find": func() any {
		return Find("He left on 3 March 2021 and came back last week.", Ref{Published: "2021-06-02"})
	},
	"FindStream": func() any {
		ts, _ := FindStream(context.Background(), tok.New("He left on 3 March 2021 and came back last week."), Ref{Published: "2021-06-02"})
		return ts
	},
}

// TestTablesAtFirstUse: package init builds no table, and each entry
// point, called first (in a child process) on four goroutines at once,
// builds them and finds what it finds once they are built
// (firstuse.Check).
func TestTablesAtFirstUse(t *testing.T) {
	firstuse.Check(t, "TestTablesAtFirstUse", firstUseEnv, firstUses, func() bool {
		return vocab != nil && rules != nil
	})
}
