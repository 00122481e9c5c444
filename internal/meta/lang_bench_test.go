package meta

import (
	"testing"

	"github.com/dossier-osint/dossier/internal/sharedtest"
)

// BenchmarkScanTextWikinews: language detection's one pass over what Lang
// reads of each Wikinews article.
func BenchmarkScanTextWikinews(b *testing.B) {
	arts := sharedtest.Wikinews(b)
	n := 0
	var texts []string
	for _, a := range arts {
		t := a.Text
		if len(t) > langBytes {
			t = t[:langBytes]
		}
		texts = append(texts, t)
		n += len(t)
	}
	b.SetBytes(int64(n))
	for b.Loop() {
		for _, t := range texts {
			scanText(t)
		}
	}
}
