package store

import "testing"

func TestSearchRankSpan(t *testing.T) {
	w := SearchRankWindow
	tests := []struct{ limit, offset, want int }{
		{0, 0, 0}, {0, 50, 0}, {20, 0, w}, {20, w - 20, w}, {20, w - 10, 2 * w}, {w, 0, w}, {20, -5, w},
	}
	for _, tc := range tests {
		if got := SearchRankSpan(tc.limit, tc.offset); got != tc.want {
			t.Errorf("SearchRankSpan(%d, %d) = %d, want %d", tc.limit, tc.offset, got, tc.want)
		}
	}
	if SearchTotalCapped(SearchTotalCap) || !SearchTotalCapped(SearchTotalCap+1) {
		t.Error("SearchTotalCapped")
	}
}
