package claim

import (
	"slices"
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

// appendFoldBefore is appendFold as it was before it wrote ASCII runs in
// place and read lower case and white space off tables.
func appendFoldBefore(b []byte, s string, pos []int32) []byte {
	pos = pos[:len(s)+1]
	space := false
	for i := 0; i < len(s); {
		pos[i] = int32(len(b))
		c := s[i]
		if f := asciiFold[c]; f != 0 {
			if space {
				b = append(b, ' ')
				space = false
			}
			b = append(b, f)
			for i++; i < len(s); i++ {
				if f = asciiFold[s[i]]; f == 0 {
					break
				}
				pos[i] = int32(len(b))
				b = append(b, f)
			}
			continue
		}
		if c < utf8.RuneSelf {
			i++
			if c != 0 {
				space = len(b) > 0
				continue
			}
			if space {
				b = append(b, ' ')
				space = false
			}
			b = append(b, c)
			continue
		}
		r, sz := utf8.DecodeRuneInString(s[i:])
		i += sz
		switch r {
		case '’', '‘':
			r = '\''
		case '“', '”', '«', '»':
			r = '"'
		case '–', '—':
			r = '-'
		}
		if unicode.IsSpace(r) {
			space = len(b) > 0
			continue
		}
		if space {
			b = append(b, ' ')
			space = false
		}
		b = utf8.AppendRune(b, unicode.ToLower(r))
	}
	pos[len(s)] = int32(len(b))
	return b
}

var foldSamples = []string{"", " ", "A\x00B \x00 C", "  Lead  \t\n and\u00a0NBSP\u2003EM ", "İSTANBUL ΣΊΣΥΦΟΣ «Q» — x", "Invalid \xff bytes \xc3",
	"ALL CAPS RUN OF ASCII, then: lower; 13,000 [1] (x)", "Ⱥ ȾK Ω \u1680x\u3000y\u0085z", "ПЯТЬ п’ять Ӂ Ԯ ԯ", "a\u200bb"}

func checkFoldAsBefore(t *testing.T, s string, reuse []byte) {
	t.Helper()
	pos, pos0 := make([]int32, len(s)+1), make([]int32, len(s)+1)
	got, want := string(appendFold(reuse[:0], s, pos)), string(appendFoldBefore(nil, s, pos0))
	if got != want || !slices.Equal(runeStartPos(s, pos), runeStartPos(s, pos0)) {
		t.Fatalf("appendFold(%q) = %q %v, before %q %v", s, got, pos, want, pos0)
	}
}

// runeStartPos are the positions foldPos defines: those of the bytes
// that start a rune (an invalid byte is one) and of the end; appendFold
// may leave others as it likes.
func runeStartPos(s string, pos []int32) []int32 {
	var out []int32
	for i := 0; i <= len(s); i++ {
		if i == len(s) || utf8.RuneStart(s[i]) {
			out = append(out, pos[i])
		}
	}
	return out
}

// TestFoldAsBefore: appendFold gives the fold and positions it gave
// before, into a fresh buffer or one a longer text left.
func TestFoldAsBefore(t *testing.T) {
	for _, s := range append(foldSamples, exampleSentences(t)...) {
		checkFoldAsBefore(t, s, nil)
		checkFoldAsBefore(t, s, make([]byte, 7, 64))
	}
	for r := rune(0); r < 0x3100; r++ {
		checkFoldAsBefore(t, "A"+string(r)+"b "+string(r), nil)
	}
}

func FuzzFoldAsBefore(f *testing.F) {
	for _, s := range foldSamples {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkFoldAsBefore(t, s, nil) })
}
