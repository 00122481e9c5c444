package token

import "testing"

// TestIn: In is what the set holds for a word, false for a word it lacks.
func TestIn(t *testing.T) {
	set := NewTable(map[string]bool{"yesterday": true, "never": false})
	for w, want := range map[string]bool{"yesterday": true, "never": false, "today": false, "": false} {
		if got := In(set, w); got != want {
			t.Errorf("In(%q) = %v, want %v", w, got, want)
		}
	}
}
