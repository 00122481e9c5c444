package quantity

import (
	"context"
	"os"
	"os/exec"
	"reflect"
	"sync"
	"testing"

	tk "github.com/dossier-osint/dossier/internal/token"
)

// firstUseEnv names the entry point the child test process calls first.
const firstUseEnv = "QUANTITY_FIRST_USE"

const firstUseText = "Более 3 тыс. строителей, about 1,200 welders, 20% of $4.5 million, 10 to 20 km."

// firstUses are the package's entry points, each called on a fresh
// process's unloaded tables.
var firstUses = map[string]func() any{
	"Find":        func() any { return Find(firstUseText, "ru") },
	"FindContext": func() any { qs, _ := FindContext(context.Background(), firstUseText, "en"); return qs },
	"FindStream": func() any {
		st := tk.Get(firstUseText)
		defer tk.Put(st)
		qs, _ := FindStream(context.Background(), st, "en")
		return qs
	},
	"Numbers":    func() any { return Numbers(firstUseText, "en", false) },
	"Percents":   func() any { return Percents(firstUseText, "en") },
	"Currencies": func() any { return Currencies(firstUseText, "en") },
	"Dimensions": func() any { return Dimensions(firstUseText, "en") },
	"Ranges":     func() any { return Ranges(firstUseText, "en") },
}

// TestTablesLoadAtFirstUse: the tables are empty after package init, and
// each entry point, called first and on several goroutines at once (under
// -race this checks the tables are published safely), loads them and
// gives what it gives once they are loaded. Each entry point runs in a
// child process of this test binary, whose tables are not yet loaded.
func TestTablesLoadAtFirstUse(t *testing.T) {
	if name := os.Getenv(firstUseEnv); name != "" {
		if startKinds != nil || len(words) != 0 {
			t.Fatal("tables built at package init")
		}
		call := firstUses[name]
		got := make([]any, 4)
		var wg sync.WaitGroup
		for g := range got {
			wg.Add(1)
			go func() { defer wg.Done(); got[g] = call() }()
		}
		wg.Wait()
		if startKinds == nil || len(words) == 0 {
			t.Fatalf("%s did not load the tables", name)
		}
		want := call()
		if reflect.ValueOf(want).Len() == 0 {
			t.Fatalf("%s found nothing in %q", name, firstUseText)
		}
		for g := range got {
			if !reflect.DeepEqual(got[g], want) {
				t.Errorf("%s at first use on goroutine %d: %v, want %v", name, g, got[g], want)
			}
		}
		return
	}
	if testing.Short() {
		t.Skip("runs a child process per entry point")
	}
	for name := range firstUses {
		cmd := exec.Command(os.Args[0], "-test.run", "^TestTablesLoadAtFirstUse$")
		cmd.Env = append(os.Environ(), firstUseEnv+"="+name)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Errorf("%s: %v\n%s", name, err, out)
		}
	}
}
