package claim

import (
	"strings"
	"testing"

	"github.com/dossier-osint/dossier/internal/sentence"
)

// TestSpanFold: the fold of each sentence read from its paragraph's fold
// is the fold of the sentence itself.
func TestSpanFold(t *testing.T) {
	long := strings.Repeat("Some 300 workers came, ", 60) + "and more left."
	for _, p := range []string{
		"",
		"One sentence.",
		"  Leading  and   inner   spaces.  Then  another   one!  ",
		"Tabs\tand\u00a0no-break\u2003spaces. «Quotes» and “curly” ones — dashes.",
		"ВНИМАНИЕ: Рабочие ПРИБЫЛИ в марте. Ещё 300 человек — позже.",
		"Invalid \xff bytes. And \xc3 a cut rune. Fine.",
		"• A bullet item. · Another one.",
		"U.S. officials said 1,200 arrived. The ministry said so.",
		long,
		"İstanbul’s ΣΊΣΥΦΟΣ said so. K and ſ too.",
	} {
		pos := make([]int32, len(p)+1)
		f := foldPos(p, pos)
		if f != fold(p) {
			t.Fatalf("foldPos(%q) = %q, fold %q", p, f, fold(p))
		}
		for _, sp := range sentence.Split(p) {
			if got, want := spanFold(f, pos, sp.Start, sp.End), fold(p[sp.Start:sp.End]); got != want {
				t.Errorf("sentence %q of %q: spanFold %q, fold %q", p[sp.Start:sp.End], p, got, want)
			}
		}
	}
}
