package entity

import (
	"sync"
	"testing"
)

func TestStripAccents(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Pyongyang", "Pyongyang"},
		{"Sergéi Lavróv", "Sergei Lavrov"},
		{"Ñandú Müller", "Nandu Muller"},
		{"Шойгу", "Шоигу"}, // й is и with a breve: folded like any mark
		{"São Tomé", "Sao Tome"},
	} {
		if got := stripAccents(c.in); got != c.want {
			t.Errorf("stripAccents(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestKeyConcurrent calls Key from several goroutines at once, as the
// parallel extraction of app.Ordered does: with -race it fails on any
// state the folding shares between calls (a shared transform.Chain did).
func TestKeyConcurrent(t *testing.T) {
	names := []string{"Sergéi Lavróv", "José Martí", "Łukasz Nowak", "Ángela Müller", "Kim Jong-un"}
	want := make([]string, len(names))
	for i, n := range names {
		want[i] = Key(n, "PER")
	}
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 200; k++ {
				i := k % len(names)
				if got := Key(names[i], "PER"); got != want[i] {
					t.Errorf("Key(%q) = %q on a second goroutine, want %q", names[i], got, want[i])
					return
				}
			}
		}()
	}
	wg.Wait()
}
