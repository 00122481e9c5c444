// Package claimeval scores extracted claims against an answer key exactly
// as shared/gold/README.md says: a prediction matches a gold claim of the
// same document when its sentence contains the cue and the values agree;
// precision leaves out predictions matched to optional claims; attributes
// are scored over matched required claims.
package claimeval

import (
	"fmt"
	"math"
	"strings"
	"time"

	"github.com/dossier-osint/dossier/internal/doc"
	"github.com/dossier-osint/dossier/internal/gold"
)

// Scores are the counts and figures of one or more documents. Add sums
// documents; Finish computes the fractions.
type Scores struct {
	Gold      int `json:"gold"`      // required gold claims
	Predicted int `json:"predicted"` // predictions, less those matched to optional claims
	Matched   int `json:"matched"`   // required gold claims matched

	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
	Unit      float64 `json:"unit"`
	Indicator float64 `json:"indicator"`
	Period    float64 `json:"period"`
	SaidBy    float64 `json:"said_by"`
	Origin    float64 `json:"origin"`

	// correct attribute counts over Matched
	UnitOK, IndicatorOK, PeriodOK, SaidByOK, OriginOK int `json:"-"`

	// Misses lists unmatched required claims and wrong attributes;
	// FalsePositives lists unmatched predictions, each with its sentence.
	Misses         []string `json:"misses,omitempty"`
	FalsePositives []string `json:"false_positives,omitempty"`
}

// Score scores one document's predictions against its gold claims.
func Score(golds []gold.Claim, pred []doc.Claim, aliases [][]string) Scores {
	var s Scores
	used := make([]bool, len(golds))
	matchedTo := make([]int, len(pred))
	for i := range matchedTo {
		matchedTo[i] = -1
	}
	for pi, p := range pred {
		fs := gold.Fold(p.Sentence)
		for gi, g := range golds {
			if used[gi] || !strings.Contains(fs, gold.Fold(g.Cue)) || !ValuesAgree(g.Value, p.Value) {
				continue
			}
			used[gi], matchedTo[pi] = true, gi
			break
		}
	}
	for _, g := range golds {
		if g.IsRequired() {
			s.Gold++
		}
	}
	for pi, p := range pred {
		gi := matchedTo[pi]
		if gi >= 0 && !golds[gi].IsRequired() {
			continue
		}
		s.Predicted++
		if gi < 0 {
			s.FalsePositives = append(s.FalsePositives, fmt.Sprintf("%s %s [%s] in %q", p.Value, p.Unit, p.Text, p.Sentence))
			continue
		}
		g := golds[gi]
		s.Matched++
		miss := func(attr, want, got string) {
			s.Misses = append(s.Misses, fmt.Sprintf("%s of %q: want %q, got %q (why: %s)", attr, g.Cue, want, got, strings.Join(p.Why, " | ")))
		}
		if strings.EqualFold(g.Unit, p.Unit) {
			s.UnitOK++
		} else {
			miss("unit", g.Unit, p.Unit)
		}
		if gold.Str(g.Indicator) == p.Indicator {
			s.IndicatorOK++
		} else {
			miss("indicator", gold.Str(g.Indicator), p.Indicator)
		}
		if PeriodsAgree(gold.Str(g.Period), p.Period) {
			s.PeriodOK++
		} else {
			miss("period", gold.Str(g.Period), p.Period)
		}
		if gold.SameEntity(gold.Str(g.SaidBy), p.SaidBy, aliases) {
			s.SaidByOK++
		} else {
			miss("said_by", gold.Str(g.SaidBy), p.SaidBy)
		}
		if gold.SameEntity(gold.Str(g.Origin), p.Origin, aliases) {
			s.OriginOK++
		} else {
			miss("origin", gold.Str(g.Origin), p.Origin)
		}
	}
	for gi, g := range golds {
		if g.IsRequired() && !used[gi] {
			s.Misses = append(s.Misses, fmt.Sprintf("missed %s %q (%s)", g.Value, g.Cue, g.What))
		}
	}
	s.Finish()
	return s
}

// Add adds another document's counts (call Finish after).
func (s *Scores) Add(o Scores) {
	s.Gold += o.Gold
	s.Predicted += o.Predicted
	s.Matched += o.Matched
	s.UnitOK += o.UnitOK
	s.IndicatorOK += o.IndicatorOK
	s.PeriodOK += o.PeriodOK
	s.SaidByOK += o.SaidByOK
	s.OriginOK += o.OriginOK
	s.Misses = append(s.Misses, o.Misses...)
	s.FalsePositives = append(s.FalsePositives, o.FalsePositives...)
}

// Finish computes the fractions from the counts.
func (s *Scores) Finish() {
	frac := func(a, b int) float64 {
		if b == 0 {
			return 1
		}
		return math.Round(float64(a)/float64(b)*1000) / 1000
	}
	s.Precision = frac(s.Matched, s.Predicted)
	s.Recall = frac(s.Matched, s.Gold)
	if s.Precision+s.Recall > 0 {
		s.F1 = math.Round(2*s.Precision*s.Recall/(s.Precision+s.Recall)*1000) / 1000
	}
	s.Unit = frac(s.UnitOK, s.Matched)
	s.Indicator = frac(s.IndicatorOK, s.Matched)
	s.Period = frac(s.PeriodOK, s.Matched)
	s.SaidBy = frac(s.SaidByOK, s.Matched)
	s.Origin = frac(s.OriginOK, s.Matched)
}

// ValuesAgree applies the key's value rule: equal number for exact, equal
// bounds for ranges, min and max; a vague gold value needs a vague
// prediction of the same word class (same number).
func ValuesAgree(g, p doc.Value) bool {
	if g.Vague {
		return p.Vague && p.Number == g.Number
	}
	switch g.Bound {
	case doc.BoundRange:
		return p.Bound == doc.BoundRange && p.Low == g.Low && p.High == g.High
	case doc.BoundMin, doc.BoundMax:
		return p.Bound == g.Bound && p.Number == g.Number
	default:
		return (p.Bound == doc.BoundExact || p.Bound == "") && p.Number == g.Number
	}
}

// PeriodsAgree: equal, or intervals overlapping by at least half of their
// union; an empty gold period only matches an empty prediction.
func PeriodsAgree(g, p string) bool {
	if g == "" || p == "" {
		return g == p
	}
	if g == p {
		return true
	}
	gs, ge, ok1 := Interval(g)
	ps, pe, ok2 := Interval(p)
	if !ok1 || !ok2 {
		return false
	}
	inter := minT(ge, pe).Sub(maxT(gs, ps))
	if inter <= 0 {
		return false
	}
	union := maxT(ge, pe).Sub(minT(gs, ps))
	return inter*2 >= union
}

// Interval turns a period ("2024", "2024-02", "2024-02-09", "2024-Q1",
// "2024-H2", "A/B") into a half-open time interval.
func Interval(v string) (time.Time, time.Time, bool) {
	if a, b, ok := strings.Cut(v, "/"); ok {
		s, _, ok1 := Interval(a)
		_, e, ok2 := Interval(b)
		return s, e, ok1 && ok2 && s.Before(e)
	}
	if len(v) == 7 && v[4] == '-' && (v[5] == 'Q' || v[5] == 'H') {
		y, err := time.Parse("2006", v[:4])
		n := int(v[6] - '0')
		months := 3
		if v[5] == 'H' {
			months = 6
		}
		if err != nil || n < 1 || n > 12/months {
			return time.Time{}, time.Time{}, false
		}
		s := y.AddDate(0, (n-1)*months, 0)
		return s, s.AddDate(0, months, 0), true
	}
	for _, f := range []struct {
		layout string
		add    func(time.Time) time.Time
	}{
		{"2006-01-02", func(t time.Time) time.Time { return t.AddDate(0, 0, 1) }},
		{"2006-01", func(t time.Time) time.Time { return t.AddDate(0, 1, 0) }},
		{"2006", func(t time.Time) time.Time { return t.AddDate(1, 0, 0) }},
	} {
		if t, err := time.Parse(f.layout, v); err == nil {
			return t, f.add(t), true
		}
	}
	return time.Time{}, time.Time{}, false
}

func minT(a, b time.Time) time.Time {
	if a.Before(b) {
		return a
	}
	return b
}

func maxT(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}
