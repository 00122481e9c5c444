package topic

import "testing"

// TestCheckOrder: each check's place is its place in the order the checks
// are made, as the map that held them gave it; another string is 0.
func TestCheckOrder(t *testing.T) {
	for i, c := range []string{CheckUnit, CheckExclude, CheckCounted, CheckForeign, CheckActor, CheckPlace, CheckEvent} {
		if got := checkOrder(c); got != i {
			t.Errorf("checkOrder(%q) = %d, want %d", c, got, i)
		}
	}
	for _, c := range []string{"", "units", "Event"} {
		if got := checkOrder(c); got != 0 {
			t.Errorf("checkOrder(%q) = %d, want 0", c, got)
		}
	}
}
