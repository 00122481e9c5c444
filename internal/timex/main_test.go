package timex

import (
	"context"
	"os"
	"os/exec"
	"reflect"
	"sync"
	"testing"

	"github.com/dossier-osint/dossier/internal/doc"
	tok "github.com/dossier-osint/dossier/internal/token"
)

// firstUseEnv names the entry point TestTablesAtFirstUse's child process
// calls first.
const firstUseEnv = "TIMEX_FIRST_USE"

// TestMain builds the tables first, as findIn does, for the tests that
// read them without a Find (not in TestTablesAtFirstUse's child).
func TestMain(m *testing.M) {
	if os.Getenv(firstUseEnv) == "" {
		tablesOnce.Do(buildTables)
	}
	os.Exit(m.Run())
}

// firstUses are the entry points, each on a text with two times.
var firstUses = map[string]func() []doc.Time{
	"Find": func() []doc.Time {
		return Find("He left on 3 March 2021 and came back last week.", Ref{Published: "2021-06-02"})
	},
	"FindStream": func() []doc.Time {
		ts, _ := FindStream(context.Background(), tok.New("He left on 3 March 2021 and came back last week."), Ref{Published: "2021-06-02"})
		return ts
	},
}

// TestTablesAtFirstUse: package init builds no table, and each entry
// point, called first on four goroutines at once (under -race this checks
// the tables are published safely), builds them and finds what it finds
// once they are built. Each runs in a child process of the test binary.
func TestTablesAtFirstUse(t *testing.T) {
	if name := os.Getenv(firstUseEnv); name != "" {
		if vocab != nil || rules != nil {
			t.Fatal("tables built at package init")
		}
		got := make([][]doc.Time, 4)
		var wg sync.WaitGroup
		for g := range got {
			wg.Go(func() { got[g] = firstUses[name]() })
		}
		wg.Wait()
		want := firstUses[name]()
		if len(want) != 2 {
			t.Fatalf("%s: %d times, want 2: %+v", name, len(want), want)
		}
		for g := range got {
			if !reflect.DeepEqual(got[g], want) {
				t.Errorf("%s at first use on goroutine %d: %+v, want %+v", name, g, got[g], want)
			}
		}
		return
	}
	for name := range firstUses {
		cmd := exec.Command(os.Args[0], "-test.run", "^TestTablesAtFirstUse$")
		cmd.Env = append(os.Environ(), firstUseEnv+"="+name)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Errorf("%s: %v\n%s", name, err, out)
		}
	}
}
