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

	"github.com/dossier-osint/dossier/internal/doc"
	"github.com/dossier-osint/dossier/internal/gold"
	"github.com/dossier-osint/dossier/internal/timeval"
)

// Scores are the counts and figures of one or more documents. Add sums
// documents; Finish computes the fractions.
type Scores struct {
	Gold      int `json:"gold"`      // required gold claims
	Predicted int `json:"predicted"` // predictions, less those matched to optional claims
	Matched   int `json:"matched"`   // required gold claims matched
	Complete  int `json:"-"`         // matched with all five attributes right

	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
	// CompleteShare is the share of required gold claims matched with
	// unit, indicator, period, said_by and origin all right.
	CompleteShare float64 `json:"complete"`
	Unit          float64 `json:"unit"`
	Indicator     float64 `json:"indicator"`
	Period        float64 `json:"period"`
	SaidBy        float64 `json:"said_by"`
	Origin        float64 `json:"origin"`

	// correct attribute counts over Matched
	UnitOK, IndicatorOK, PeriodOK, SaidByOK, OriginOK int `json:"-"`

	// Misses lists unmatched required claims and wrong attributes;
	// FalsePositives lists unmatched predictions, each with its sentence.
	// Errors holds the same misses as records, for grouping by attribute.
	Misses         []string `json:"misses,omitempty"`
	Errors         []Error  `json:"errors,omitempty"`
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
			s.Errors = append(s.Errors, Error{Attr: "false positive", Cue: p.Text, Got: p.Value.String() + " " + p.Unit, Rule: strings.Join(p.Why, " | "), Sentence: p.Sentence})
			continue
		}
		g := golds[gi]
		s.Matched++
		wrong := 0
		miss := func(attr, want, got string) {
			wrong++
			why := RuleFor(p.Why, attr)
			s.Misses = append(s.Misses, fmt.Sprintf("%s of %q: want %q, got %q (why: %s)", attr, g.Cue, want, got, strings.Join(p.Why, " | ")))
			s.Errors = append(s.Errors, Error{Attr: attr, Cue: g.Cue, Want: want, Got: got, Rule: why, Sentence: p.Sentence})
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
		if wrong == 0 {
			s.Complete++
		}
	}
	for gi, g := range golds {
		if g.IsRequired() && !used[gi] {
			s.Misses = append(s.Misses, fmt.Sprintf("missed %s %q (%s)", g.Value, g.Cue, g.What))
			s.Errors = append(s.Errors, Error{Attr: "missed", Cue: g.Cue, Want: g.Value.String()})
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
	s.Complete += o.Complete
	s.UnitOK += o.UnitOK
	s.IndicatorOK += o.IndicatorOK
	s.PeriodOK += o.PeriodOK
	s.SaidByOK += o.SaidByOK
	s.OriginOK += o.OriginOK
	s.Misses = append(s.Misses, o.Misses...)
	s.FalsePositives = append(s.FalsePositives, o.FalsePositives...)
	s.Errors = append(s.Errors, o.Errors...)
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
	s.CompleteShare = frac(s.Complete, s.Gold)
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
// union (TIMEX3 quarters, halves and weeks stand for their intervals); an
// empty gold period only matches an empty prediction.
func PeriodsAgree(g, p string) bool {
	if g == "" || p == "" {
		return g == p
	}
	if g == p {
		return true
	}
	return timeval.Overlap(g, p) >= 0.5
}

// Error is one scoring error: a wrong attribute of a matched claim (Attr is
// the attribute), a missed gold claim ("missed") or an unmatched prediction
// ("false positive"), with the rule that set the field.
type Error struct {
	Attr     string `json:"attr"`
	Cue      string `json:"cue"`
	Want     string `json:"want,omitempty"`
	Got      string `json:"got,omitempty"`
	Rule     string `json:"rule,omitempty"`
	Sentence string `json:"sentence,omitempty"`
}

// RuleFor returns the entries of a claim's Why that explain attr: those
// that start with the attribute's name ("said_by: ..."), or all of them
// joined when none does.
func RuleFor(why []string, attr string) string {
	var out []string
	for _, w := range why {
		if strings.HasPrefix(w, attr) || (attr == "said_by" && strings.HasPrefix(w, "said by")) {
			out = append(out, w)
		}
	}
	if len(out) == 0 {
		return strings.Join(why, " | ")
	}
	return strings.Join(out, " | ")
}
