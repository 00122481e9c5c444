package web

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/dossier-osint/dossier/internal/doc"
	"github.com/dossier-osint/dossier/internal/store"
	"github.com/dossier-osint/dossier/internal/timeval"
)

// correction holds the fields a reviewer may correct; nil keeps the
// claim's current value.
type correction struct {
	Value     *doc.Value `json:"value,omitempty"`
	Unit      *string    `json:"unit,omitempty"`
	Indicator *string    `json:"indicator,omitempty"`
	Period    *string    `json:"period,omitempty"`
	SaidBy    *string    `json:"said_by,omitempty"`
	Origin    *string    `json:"origin,omitempty"`
}

// reviewRequest is the body of a review: action accepted, rejected,
// corrected or machine (undo); a reason; and for corrections the fields.
type reviewRequest struct {
	Action     string      `json:"action"`
	Reason     string      `json:"reason"`
	Correction *correction `json:"correction,omitempty"`
}

// badRequest is an error caused by the request, shown to the user.
type badRequest struct{ msg string }

func (e badRequest) Error() string { return e.msg }

func bad(f string, a ...any) error { return badRequest{fmt.Sprintf(f, a...)} }

// review validates and applies a review, writing the audit log through
// the store, and clears the cache.
func (s *Server) review(ctx context.Context, id int64, who string, rq reviewRequest) (*store.StoredClaim, error) {
	if !store.ValidReview(rq.Action) {
		return nil, bad("action %q: want accepted, rejected, corrected or machine", rq.Action)
	}
	rq.Reason = strings.TrimSpace(rq.Reason)
	if rq.Reason == "" {
		return nil, bad("give a reason: it is kept in the audit log")
	}
	if len(rq.Reason) > 2000 {
		return nil, bad("the reason is longer than 2000 bytes")
	}
	c, err := s.st.Claim(ctx, id)
	if err != nil {
		return nil, err
	}
	r := store.Review{Action: rq.Action, Who: who, Reason: rq.Reason}
	switch {
	case rq.Action == store.ReviewCorrected:
		if rq.Correction == nil {
			return nil, bad("a correction needs the corrected fields")
		}
		nc, err := s.corrected(c.Claim, *rq.Correction)
		if err != nil {
			return nil, err
		}
		r.Corrected = &nc
	case rq.Correction != nil:
		return nil, bad("only the action \"corrected\" takes corrected fields")
	}
	out, err := s.st.ReviewClaim(ctx, id, r)
	if err != nil {
		return nil, err
	}
	s.cache.clear()
	return out, nil
}

func (s *Server) corrected(c doc.Claim, k correction) (doc.Claim, error) {
	if k.Value != nil {
		if err := checkValue(*k.Value); err != nil {
			return c, err
		}
		c.Value = *k.Value
	}
	if k.Unit != nil {
		c.Unit = strings.TrimSpace(*k.Unit)
	}
	if k.Indicator != nil {
		id := strings.TrimSpace(*k.Indicator)
		if id != "" {
			info, ok := s.indicatorByID(id)
			if !ok && len(s.opt.Topics) > 0 {
				return c, bad("indicator %q is in no loaded topic", id)
			}
			if info.Topic != nil {
				c.Topic = info.Topic.ID
			}
		}
		c.Indicator = id
	}
	if k.Period != nil {
		p := strings.TrimSpace(*k.Period)
		if p != "" {
			if _, _, ok := timeval.Bounds(p); !ok {
				return c, bad("period %q: give a TIMEX value such as 2024, 2024-05, 2024-05-28, 2024-Q1 or 2023-01/2024-06", p)
			}
		}
		c.Period = p
	}
	if k.SaidBy != nil {
		c.SaidBy = strings.TrimSpace(*k.SaidBy)
	}
	if k.Origin != nil {
		c.Origin = strings.TrimSpace(*k.Origin)
	}
	c.Why = append(append([]string(nil), c.Why...), "corrected by a reviewer")
	return c, nil
}

func checkValue(v doc.Value) error {
	switch v.Bound {
	case doc.BoundExact, doc.BoundMin, doc.BoundMax:
	case doc.BoundRange:
		if v.Low > v.High {
			return bad("range %v-%v: low is above high", v.Low, v.High)
		}
	default:
		return bad("value bound %q: want exact, range, min or max", v.Bound)
	}
	return nil
}

// parseValue reads a value as people type it: "300", "1,200", "~300"
// (approximate), "300-500", ">=300", "<=300", with an optional "(vague)".
func parseValue(s string) (doc.Value, error) {
	in := s
	s = strings.TrimSpace(s)
	var v doc.Value
	if rest, ok := strings.CutSuffix(s, "(vague)"); ok {
		v.Vague, s = true, strings.TrimSpace(rest)
	}
	bound := doc.BoundExact
	switch {
	case strings.HasPrefix(s, ">="):
		bound, s = doc.BoundMin, s[2:]
	case strings.HasPrefix(s, "<="):
		bound, s = doc.BoundMax, s[2:]
	}
	s = strings.TrimSpace(s)
	if rest, ok := strings.CutPrefix(s, "~"); ok {
		v.Approx, s = true, strings.TrimSpace(rest)
	}
	num := func(x string) (float64, error) {
		x = strings.ReplaceAll(strings.TrimSpace(x), ",", "")
		f, err := strconv.ParseFloat(x, 64)
		if err != nil || x == "" || f < 0 || f != f {
			return 0, bad("value %q: %q is not a number", in, x)
		}
		return f, nil
	}
	if bound == doc.BoundExact {
		if a, b, ok := strings.Cut(s, "-"); ok && a != "" {
			lo, err := num(a)
			if err != nil {
				return v, err
			}
			hi, err := num(b)
			if err != nil {
				return v, err
			}
			if lo > hi {
				return v, bad("value %q: the range's low end is above its high end", in)
			}
			v.Bound, v.Low, v.High = doc.BoundRange, lo, hi
			return v, nil
		}
	}
	n, err := num(s)
	if err != nil {
		return v, err
	}
	v.Bound, v.Number = bound, n
	return v, nil
}

// reviewForm is the review form's fields, as strings.
type reviewForm struct {
	Value, Unit, Indicator, Period, SaidBy, Origin string
}

func formFromClaim(c *store.StoredClaim) reviewForm {
	v := c.Value.String()
	return reviewForm{Value: v, Unit: c.Unit, Indicator: c.Indicator, Period: c.Period, SaidBy: c.SaidBy, Origin: c.Origin}
}
