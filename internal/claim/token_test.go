package claim

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestTokenLower: a token's lower form, sliced from the fold of its text
// (ASCII) or lowered on its own, is strings.ToLower of the token, on the
// lines of examples/ and on texts with the runes the fold rewrites.
func TestTokenLower(t *testing.T) {
	texts := []string{"“Quoted” Words’ — and «ДАННЫЕ» U.S. N. 13,000\t\tTabs\u00a0NBSP İstanbul ΣΟΦΊΑ"}
	files, _ := filepath.Glob(filepath.Join("..", "..", "examples", "*.txt"))
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, strings.Split(string(raw), "\n")...)
	}
	n := 0
	for _, tx := range texts {
		for _, tk := range tokenize(tx) {
			n++
			if tk.text != tx[tk.start:tk.end] || tk.lower != strings.ToLower(tk.text) {
				t.Fatalf("%q: token %q lower %q at %d-%d", tx, tk.text, tk.lower, tk.start, tk.end)
			}
		}
	}
	if n < 2000 {
		t.Errorf("%d tokens checked", n)
	}
}
