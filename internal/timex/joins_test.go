package timex

import (
	"testing"

	tok "github.com/dossier-osint/dossier/internal/token"
)

// formerJoin is the test rangeExpr and timeRange made of the token after
// a range's first end before joinAt.
func formerJoin(p *parser, k int, and bool) bool {
	cw := p.w(k)
	switch {
	case cw == "to" || cw == "till" || cw == "until" || cw == "through" || cw == "thru" || cw == "til":
	case cw == "and" && and:
	case p.isDash(k):
	default:
		return false
	}
	return true
}

// TestJoinAt: joinAt is the former test at every token, and joinAhead
// finds a token it holds for on the line, on phrases and on every
// Wikinews text.
func TestJoinAt(t *testing.T) {
	texts := []string{"from 5 to 6 pm", "May 5 till May 9, 5 until 6, 1990 through 1995, 3 thru 4 and 5 til 6",
		"between 2 and 4 - 1999–2001 — 3 ~ 4", "TO Till UNTIL Through", "toll tilt and-or", "up\nto\n-"}
	w, _ := wikinews(t)
	for _, s := range append(texts, w...) {
		p := &parser{text: s}
		_ = p.tokenize(nil, tok.New(s))
		for i := 0; i < len(p.toks); i = p.hi {
			p.hi = p.nextLine(i)
			for _, and := range []bool{false, true} {
				for k := i; k < p.hi; k++ {
					if got, want := p.joinAt(k, and), formerJoin(p, k, and); got != want {
						t.Fatalf("%q token %d %q and %v: joinAt %v, former %v", s, k, p.raw(k), and, got, want)
					}
				}
				// up the line (joinAhead's memo read) and down it (scanned anew)
				for _, up := range []bool{true, false} {
					for n := 0; n < p.hi-i; n++ {
						k := i + n
						if !up {
							k = p.hi - 1 - n
						}
						ahead := false
						for j := k; j < p.hi && !ahead; j++ {
							ahead = formerJoin(p, j, and)
						}
						if got := p.joinAhead(k, and); got != ahead {
							t.Fatalf("%q token %d and %v: joinAhead %v, want %v", s, k, and, got, ahead)
						}
					}
				}
			}
		}
	}
}
