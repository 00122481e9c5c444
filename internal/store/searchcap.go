package store

// Limits that keep a full-text search fast when a query matches a large
// part of the store. Both implementations follow them.
const (
	// SearchTotalCap bounds the matches Search counts. When more articles
	// match, the total it returns is SearchTotalCap+1, which reads "more
	// than SearchTotalCap" (see SearchTotalCapped).
	SearchTotalCap = 2000
	// SearchRankWindow bounds the matches Search ranks or, with SortDate,
	// orders by publication date. When more match,
	// the hits are ranked among the most recently stored matches: the
	// newest SearchRankWindow for windows ending within them, the newest
	// 2*SearchRankWindow for the windows after, and so on. A window
	// without a limit ranks every match.
	SearchRankWindow = 1000
	// ClaimTextCap bounds the matching articles whose claims a
	// ClaimFilter.Text selects: the newest ClaimTextCap of them.
	ClaimTextCap = 10000
)

// SearchTotalCapped reports whether a total returned by Search means
// "more than SearchTotalCap".
func SearchTotalCapped(total int) bool { return total > SearchTotalCap }

// SearchRankSpan returns how many of the newest matches Search ranks for
// a window (0: all of them).
func SearchRankSpan(limit, offset int) int {
	if limit <= 0 {
		return 0
	}
	end := max(0, offset) + limit
	return (end + SearchRankWindow - 1) / SearchRankWindow * SearchRankWindow
}
