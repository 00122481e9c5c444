package claim

import (
	"fmt"
	"math"
	"sort"
	"strings"
	"time"

	"github.com/dossier-osint/dossier/internal/doc"
	"github.com/dossier-osint/dossier/internal/entity"
	"github.com/dossier-osint/dossier/internal/timeval"
	"github.com/dossier-osint/dossier/internal/topic"
)

// ClaimRef is a stored claim with what comparisons across articles need.
type ClaimRef struct {
	ID        int64
	ArticleID int64
	CopyGroup int64 // articles that are copies of one another share it; 0 = none
	Claim     doc.Claim
	Published string // the article's publication date, "" when unknown
}

// Contradiction is a pair of claims that cannot both be true.
type Contradiction struct {
	A, B        int64 // claim ids
	Indicator   string
	Explanation string
}

// Tolerances applied before two figures are said to contradict.
const (
	tolExact  = 0.05 // reported exact figures are often rounded
	tolApprox = 0.25 // "about", "some", "roughly"
)

// bounds widens a value into the interval of numbers it allows.
func bounds(v doc.Value) (lo, hi float64) {
	lo, hi, openLo, openHi := v.Interval()
	tol := tolExact
	if v.Approx {
		tol = tolApprox
	}
	lo, hi = lo*(1-tol), hi*(1+tol)
	if v.Vague {
		// "thousands" is at least 2,000 in the key's convention but may mean
		// somewhat fewer; it is below a thousand times that
		lo, hi = v.Number*0.5, v.Number*500
		openHi = false
	}
	if openLo {
		lo = 0
	}
	if openHi {
		hi = math.Inf(1)
	}
	return lo, hi
}

// when returns the time interval a claim refers to: its period, or for a
// stock without period the publication day. ok is false when unknown.
func when(r ClaimRef, stock bool) (time.Time, time.Time, bool) {
	if r.Claim.Period != "" {
		return timeval.Interval(r.Claim.Period)
	}
	if stock && r.Published != "" {
		return timeval.Interval(r.Published)
	}
	return time.Time{}, time.Time{}, false
}

// countries are places a figure for a whole country names; any other place
// (a region, a city, "abroad") makes a figure regional.
var countries = set(`russia russian federation china north korea dprk south korea japan ukraine united states
mongolia vietnam kazakhstan uzbekistan tajikistan kyrgyzstan belarus poland germany france britain
united kingdom india iran syria laos cambodia thailand malaysia indonesia philippines myanmar
nepal bangladesh pakistan turkey qatar kuwait uae united arab emirates oman saudi arabia libya
nigeria angola equatorial guinea`)

// PlacesCompatible reports whether figures about two places can be
// compared: the same place, or a country-wide figure (or one with no
// place) beside another country-wide figure or one with no place. A
// regional figure ("about 600 workers in Sakhalin") is only compared with
// figures for the same region.
func PlacesCompatible(a, b string) bool {
	fa, fb := foldPlace(a), foldPlace(b)
	if fa == fb {
		return true
	}
	national := func(p string) bool { return p == "" || countries[p] }
	if fa == "" || fb == "" {
		return national(fa) && national(fb)
	}
	return false
}

// ScopesCompatible reports whether figures of two scopes can be compared:
// only figures of one scope are (a part never contradicts its whole, nor
// another part).
func ScopesCompatible(a, b string) bool {
	return foldScope(a) == foldScope(b)
}

func foldScope(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(quoteFolder.Replace(s))), " ")
}

func foldPlace(p string) string {
	p = strings.ToLower(strings.TrimSpace(quoteFolder.Replace(p)))
	p = strings.TrimPrefix(p, "the ")
	p = strings.TrimSuffix(p, "'s")
	switch p {
	case "russian federation", "russian":
		p = "russia"
	case "dprk", "n. korea":
		p = "north korea"
	}
	return p
}

// Contradictions returns the pairs of claims on one indicator, in one unit,
// in compatible places (see PlacesCompatible), of one scope (see
// ScopesCompatible),
// from different articles (not copies of one another), whose periods
// overlap and whose figures cannot both be true after allowing for
// rounding (5%), approximation (25%), vague figures and open bounds. Stock
// figures are compared with stock figures over overlapping periods; flows
// and amounts only over the same period.
func Contradictions(claims []ClaimRef) []Contradiction {
	var out []Contradiction
	for i := 0; i < len(claims); i++ {
		a := claims[i]
		if a.Claim.Indicator == "" {
			continue
		}
		stock := topic.MeasureOf(a.Claim.Indicator) == topic.Stock
		for j := i + 1; j < len(claims); j++ {
			b := claims[j]
			if b.Claim.Indicator != a.Claim.Indicator || !strings.EqualFold(b.Claim.Unit, a.Claim.Unit) || b.Claim.Per != a.Claim.Per {
				continue
			}
			if a.ArticleID == b.ArticleID || a.CopyGroup != 0 && a.CopyGroup == b.CopyGroup {
				continue
			}
			if !PlacesCompatible(a.Claim.Place, b.Claim.Place) {
				continue // a regional figure does not contradict a national one
			}
			if !ScopesCompatible(a.Claim.Scope, b.Claim.Scope) {
				continue // a part ("on student visas") does not contradict its whole
			}
			as, ae, ok1 := when(a, stock)
			bs, be, ok2 := when(b, stock)
			if !ok1 || !ok2 {
				continue
			}
			inter := minTime(ae, be).Sub(maxTime(as, bs))
			if inter <= 0 {
				continue
			}
			if !stock {
				union := maxTime(ae, be).Sub(minTime(as, bs))
				if float64(inter) < 0.9*float64(union) {
					continue // flows over different periods are not comparable
				}
			}
			alo, ahi := bounds(a.Claim.Value)
			blo, bhi := bounds(b.Claim.Value)
			if ahi >= blo && bhi >= alo {
				continue
			}
			lowRef, highRef := a, b
			if alo > bhi {
				lowRef, highRef = b, a
			}
			_, lh := bounds(lowRef.Claim.Value)
			out = append(out, Contradiction{A: a.ID, B: b.ID, Indicator: a.Claim.Indicator,
				Explanation: fmt.Sprintf("%s says %s%s, but %s says %s%s, for an overlapping period: the first allows at most %s, the second at least %s",
					source(lowRef), HumanValue(lowRef.Claim.Value, lowRef.Claim.Unit, lowRef.Claim.Per), periodNote(lowRef),
					source(highRef), HumanValue(highRef.Claim.Value, highRef.Claim.Unit, highRef.Claim.Per), periodNote(highRef),
					fmtNum(lh), fmtNum(boundsLo(highRef.Claim.Value)))})
		}
	}
	return out
}

func boundsLo(v doc.Value) float64 { lo, _ := bounds(v); return lo }

func fmtNum(f float64) string {
	if math.IsInf(f, 1) {
		return "no limit"
	}
	return HumanNumber(math.Round(f))
}

func source(r ClaimRef) string {
	s := r.Claim.SaidBy
	if s == "" {
		s = fmt.Sprintf("article %d", r.ArticleID)
	}
	return s
}

func periodNote(r ClaimRef) string {
	if r.Claim.Period != "" {
		return " (" + HumanPeriod(r.Claim.Period) + ")"
	}
	if r.Published != "" {
		return " (as of " + HumanPeriod(r.Published) + ")"
	}
	return ""
}

func minTime(a, b time.Time) time.Time {
	if a.Before(b) {
		return a
	}
	return b
}

func maxTime(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}

var originNoise = set(`the of a an russian russia's russia federal state country's national`)

// foldOrigin reduces a source name to its distinctive words.
func foldOrigin(s string) string {
	if l := entity.ListedName(s); l != "" {
		s = l // "FSB" and "Federal Security Service" are one source
	}
	var ws []string
	for _, w := range strings.Fields(strings.ToLower(quoteFolder.Replace(s))) {
		w = strings.Trim(w, ".,;:()'\"")
		w = strings.TrimSuffix(w, "'s")
		if w == "" || originNoise[w] {
			continue
		}
		ws = append(ws, w)
	}
	return strings.Join(ws, " ")
}

// IndependentSources counts the independent sources behind claims: claims
// from one article or its copies (same CopyGroup) are one source, and so
// are claims citing the same origin (names folded: "the Russian Interior
// Ministry" and "Interior Ministry" are one).
func IndependentSources(claims []ClaimRef) int {
	parent := make([]int, len(claims))
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	union := func(a, b int) { parent[find(a)] = find(b) }
	origins := make([]string, len(claims))
	for i, c := range claims {
		origins[i] = foldOrigin(c.Claim.Origin)
	}
	for i := range claims {
		for j := i + 1; j < len(claims); j++ {
			a, b := claims[i], claims[j]
			same := a.ArticleID == b.ArticleID && a.ArticleID != 0 ||
				a.CopyGroup != 0 && a.CopyGroup == b.CopyGroup
			if oa, ob := origins[i], origins[j]; oa != "" && ob != "" && (oa == ob || strings.Contains(oa, ob) || strings.Contains(ob, oa)) {
				same = true
			}
			if same {
				union(i, j)
			}
		}
	}
	roots := map[int]bool{}
	for i := range claims {
		roots[find(i)] = true
	}
	return len(roots)
}

// Point is one claim of a series.
type Point struct {
	ClaimID   int64
	ArticleID int64
	Period    string // the claim's period, or the publication date for a stock without one
	Start     time.Time
	End       time.Time
	// FromPublished is set when Period is the publication date standing in
	// for a missing period.
	FromPublished bool
	Value         doc.Value
	Unit          string
	SaidBy        string
	Origin        string
}

// Series returns the claims on an indicator as points ordered by the start
// of their period (claims with no period and no publication date are left
// out).
func Series(claims []ClaimRef, indicator string) []Point {
	var out []Point
	for _, r := range claims {
		if r.Claim.Indicator != indicator {
			continue
		}
		p := Point{ClaimID: r.ID, ArticleID: r.ArticleID, Period: r.Claim.Period, Value: r.Claim.Value,
			Unit: r.Claim.Unit, SaidBy: r.Claim.SaidBy, Origin: r.Claim.Origin}
		var ok bool
		p.Start, p.End, ok = when(r, true)
		if !ok {
			continue
		}
		if r.Claim.Period == "" {
			p.Period, p.FromPublished = r.Published, true
		}
		out = append(out, p)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if !out[i].Start.Equal(out[j].Start) {
			return out[i].Start.Before(out[j].Start)
		}
		return out[i].ClaimID < out[j].ClaimID
	})
	return out
}
