package rx

import "strings"

// containsWindow is the longest text strings.Contains searches by brute
// force (bytealg.MaxBruteForce on amd64).
const containsWindow = 64

// Contains is strings.Contains(s, sub) for a short sub whose first byte
// is frequent in texts (" is "): strings.Contains searches a text longer
// than 64 bytes for the first byte of sub and compares at each place it
// finds, a call a space of the text; a window of up to 64 bytes it
// searches at once. Contains searches s in such windows, each overlapping
// the one before by len(sub)-1 bytes so that every place of sub lies in
// one of them.
func Contains(s, sub string) bool {
	if len(sub) == 0 || len(sub) >= containsWindow {
		return strings.Contains(s, sub)
	}
	for len(s) > containsWindow {
		if strings.Contains(s[:containsWindow], sub) {
			return true
		}
		s = s[containsWindow-len(sub)+1:]
	}
	return strings.Contains(s, sub)
}
