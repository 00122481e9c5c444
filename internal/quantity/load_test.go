package quantity

import (
	"context"
	"testing"

	"github.com/dossier-osint/dossier/internal/firstuse"
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
// each entry point, called first (in a child process) on several
// goroutines at once, loads them and gives what it gives once they are
// loaded (firstuse.Check).
func TestTablesLoadAtFirstUse(t *testing.T) {
	firstuse.Check(t, "TestTablesLoadAtFirstUse", firstUseEnv, firstUses, func() bool {
		return startKinds != nil && len(words) != 0
	})
}
