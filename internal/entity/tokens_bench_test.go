package entity

import (
	"testing"

	"github.com/dossier-osint/dossier/internal/sharedtest"
	tk "github.com/dossier-osint/dossier/internal/token"
)

// WikinewsStreams returns the Wikinews sample split into token streams
// (title, blank line, text, as the pipeline joins them) and their size in
// bytes: the input of the package's benchmarks (exported for those of
// package entity_test).
func WikinewsStreams(tb testing.TB) ([]*tk.Stream, int) {
	arts := sharedtest.Wikinews(tb)
	sts := make([]*tk.Stream, len(arts))
	size := 0
	for i, a := range arts {
		sts[i] = tk.New(a.Title + "\n\n" + a.Text)
		size += len(sts[i].Text)
	}
	return sts, size
}

// BenchmarkTokens measures tokensUntil alone on the Wikinews sample, the
// streams' folds made beforehand (as FindStream finds them after the
// other annotators), the tokens written into one array.
func BenchmarkTokens(b *testing.B) {
	sts, size := WikinewsStreams(b)
	for _, st := range sts {
		for k := range st.Toks {
			st.Fold(k)
		}
	}
	var toks []token
	b.SetBytes(int64(size))
	b.ResetTimer()
	for b.Loop() {
		for _, st := range sts {
			toks = tokensUntil(toks, st, nil)
		}
	}
}

// BenchmarkTokenizeNames measures tokenizeInto on short names, as Key and
// the memos call it once per name they have not seen (into an array of
// the caller's stack).
func BenchmarkTokenizeNames(b *testing.B) {
	names := []string{"Kim Jong Un", "Ministry of Foreign Affairs", "Russia", "the United Nations", "Sergei Shoigu", "KCNA", "Шойгу", "South Korea's spy agency"}
	for b.Loop() {
		for _, n := range names {
			var buf nameBuf
			tokenizeInto(buf[:0], n)
		}
	}
}

// BenchmarkKeysCold measures Key on the mentions FindStream finds in the
// Wikinews sample with every memo emptied first: what one run over the
// articles pays for the names it has not seen.
func BenchmarkKeysCold(b *testing.B) {
	type q struct{ name, typ string }
	var qs []q
	for _, a := range sharedtest.Wikinews(b) {
		r := Find(a.Title + "\n\n" + a.Text)
		for _, e := range r.Entities {
			qs = append(qs, q{e.Name, e.Type})
		}
		for _, m := range r.Mentions {
			qs = append(qs, q{m.Text, m.Type})
		}
	}
	seen := map[q]bool{}
	for _, x := range qs {
		seen[x] = true
	}
	b.Logf("%d queries, %d distinct", len(qs), len(seen))
	b.ResetTimer()
	for b.Loop() {
		keyMemo.reset()
		for _, m := range []*memo[string]{foldPartMemo, surnameMemo} {
			m.mu.Lock()
			m.m = nil
			m.mu.Unlock()
		}
		gazNames.mu.Lock()
		gazNames.m = nil
		gazNames.mu.Unlock()
		for _, x := range qs {
			Key(x.name, x.typ)
		}
	}
}
