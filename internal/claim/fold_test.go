package claim

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

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

// TestFoldIsItsDefinition: the fold is the text with each rune lowered
// (quotes and dashes made ASCII) and its white space runs made one space,
// trimmed; pos[i] is the length of the fold of the text before byte i.
func TestFoldIsItsDefinition(t *testing.T) {
	def := func(s string) string {
		return strings.Join(strings.Fields(strings.Map(func(r rune) rune {
			switch r {
			case '’', '‘':
				return '\''
			case '“', '”', '«', '»':
				return '"'
			case '–', '—':
				return '-'
			}
			return unicode.ToLower(r)
		}, s)), " ")
	}
	texts := append(exampleSentences(t), "", " ", "A\x00B \x00 C", "  Lead  \t\n and\u00a0NBSP\u2003EM ", "İSTANBUL ΣΊΣΥΦΟΣ «Q» — x",
		"Invalid \xff bytes \xc3", "ALL CAPS RUN OF ASCII, then: lower; 13,000 [1] (x)")
	for _, s := range texts {
		pos := make([]int32, len(s)+1)
		if got, want := foldPos(s, pos), def(s); got != want {
			t.Fatalf("foldPos(%q) = %q, want %q", s, got, want)
		}
		if len(s) > 400 {
			continue
		}
		for i := 0; i <= len(s); i++ {
			if i < len(s) && !utf8.RuneStart(s[i]) {
				continue
			}
			if want := len(def(s[:i])); int(pos[i]) != want {
				t.Fatalf("%q: pos[%d] = %d, the fold of %q is %d bytes", s, i, pos[i], s[:i], want)
			}
		}
	}
}
