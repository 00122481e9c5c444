package web

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"html/template"
	"net/http"
	"strings"

	"github.com/dossier-osint/dossier/internal/store"
)

// contradictionStates are the states the list filters by, in tab order.
var contradictionStates = []string{store.ContradictionOpen, store.ContradictionConfirmed, store.ContradictionDismissed, stateResolved, "all"}

type contradictionsData struct {
	State      string
	Indicator  string
	Counts     map[string]int
	States     []string
	List       []Contradiction
	Pager      pager
	Capped     bool // some indicator has more contradictions than were looked for
	Indicators []indicatorInfo
	Cards      template.HTML // the list, rendered once per window
}

func (s *Server) pageContradictions(w http.ResponseWriter, r *http.Request) {
	p := newParams(r.URL.Query())
	state := p.enum("state", contradictionStates...)
	ind := p.str("indicator")
	limit, offset := p.page(50, 500)
	p.str("flash")
	if err := p.err(false); err != nil {
		s.pageError(w, r, http.StatusBadRequest, err.Error())
		return
	}
	if state == "" {
		state = store.ContradictionOpen
	}
	parts, capped, err := s.contradictionsOf(r.Context(), ind)
	if err != nil {
		s.log.Error("contradictions", "err", err)
		s.pageError(w, r, http.StatusInternalServerError, "The contradictions could not be read.")
		return
	}
	d := &contradictionsData{State: state, Indicator: ind, Counts: map[string]int{}, States: contradictionStates,
		Capped: capped, Indicators: s.indicators()}
	n := 0 // count every match, copy only the window's
	for _, part := range parts {
		for i := range part {
			c := &part[i]
			d.Counts[c.State]++
			d.Counts["all"]++
			if state != "all" && c.State != state {
				continue
			}
			if n >= offset && len(d.List) < limit {
				d.List = append(d.List, *c)
			}
			n++
		}
	}
	d.Pager = newPager(r.URL, limit, offset, n, len(d.List))
	// The cards are rendered once per list until the store or a review
	// changes them (the cache), as charts and claims tables are.
	// The fingerprint (each listed pair and its state) tells a rendering
	// made from an older list.
	var fp strings.Builder
	for _, c := range d.List {
		fmt.Fprintf(&fp, "%d-%d-%s-%d;", c.A.ClaimID, c.B.ClaimID, c.State, len(c.A.Source)+len(c.B.Source))
	}
	type laid struct {
		fp string
		h  template.HTML
	}
	key := fmt.Sprintf("contradiction-cards:%s:%s:%d:%d", state, ind, limit, offset)
	build := func() (laid, error) {
		var buf bytes.Buffer
		if err := s.pages["contradictions"].ExecuteTemplate(&buf, "contradiction-cards", d); err != nil {
			return laid{}, err
		}
		return laid{fp.String(), template.HTML(buf.String())}, nil
	}
	v, err := cached(s.cache, key, build)
	if err == nil && v.fp != fp.String() {
		s.cache.mu.Lock()
		delete(s.cache.m, key)
		s.cache.mu.Unlock()
		v, err = cached(s.cache, key, build)
	}
	cards := v.h
	if err != nil {
		s.log.Error("contradiction cards", "err", err)
		s.pageError(w, r, http.StatusInternalServerError, "The contradictions could not be shown.")
		return
	}
	d.Cards = cards
	s.render(w, r, http.StatusOK, "contradictions", "Contradictions", d)
}

// contradictionsOf lists the contradictions of one indicator, or of all
// when ind is "", as the series hold them (one slice per indicator, not
// copied).
func (s *Server) contradictionsOf(ctx context.Context, ind string) ([][]Contradiction, bool, error) {
	var out [][]Contradiction
	capped := false
	for _, info := range s.indicators() {
		if ind != "" && info.ID != ind {
			continue
		}
		se, err := s.series(ctx, info.ID)
		if err != nil {
			return nil, false, err
		}
		out = append(out, se.Contradictions)
		capped = capped || se.ContradictionsCapped
	}
	if ind != "" && len(out) == 0 {
		if _, known := s.indicatorByID(ind); !known {
			se, err := s.series(ctx, ind)
			if err != nil {
				return nil, false, err
			}
			out, capped = [][]Contradiction{se.Contradictions}, se.ContradictionsCapped
		}
	}
	return out, capped, nil
}

// contradictionDetail is a contradiction with both claims whole and the
// review trail.
type contradictionDetail struct {
	C      Contradiction
	A, B   *store.StoredClaim
	Sides  []*store.StoredClaim // A and B, for the template
	Audit  []store.ContradictionReview
	Err    string
	Reason string
}

var errNoContradiction = errors.New("no contradiction")

// findContradiction finds the contradiction between claims a and b (in
// either order) and reads both claims and the review trail.
func (s *Server) findContradiction(ctx context.Context, a, b int64) (*contradictionDetail, error) {
	ca, err := s.st.Claim(ctx, a)
	if err != nil {
		return nil, err
	}
	cb, err := s.st.Claim(ctx, b)
	if err != nil {
		return nil, err
	}
	d := &contradictionDetail{A: ca, B: cb, Sides: []*store.StoredClaim{ca, cb}}
	found := false
	for _, ind := range []string{ca.Indicator, cb.Indicator} {
		if ind == "" || found {
			continue
		}
		se, err := s.series(ctx, ind)
		if err != nil {
			return nil, err
		}
		for _, c := range se.Contradictions {
			if c.A.ClaimID == a && c.B.ClaimID == b || c.A.ClaimID == b && c.B.ClaimID == a {
				d.C, found = c, true
				break
			}
		}
	}
	if !found {
		return nil, fmt.Errorf("claims %d and %d: %w", a, b, errNoContradiction)
	}
	if d.C.A.ClaimID != a { // show the claims in the order of the URL
		d.C.A, d.C.B = d.C.B, d.C.A
	}
	if d.Audit, err = s.st.ContradictionAudit(ctx, d.C.A.Key, d.C.B.Key); err != nil {
		return nil, err
	}
	return d, nil
}

// pairIDs reads the {a} and {b} path values.
func pairIDs(r *http.Request) (int64, int64, error) {
	a, err := pathID(r.PathValue("a"))
	if err != nil {
		return 0, 0, err
	}
	b, err := pathID(r.PathValue("b"))
	if err != nil {
		return 0, 0, err
	}
	if a == b {
		return 0, 0, fmt.Errorf("a claim does not contradict itself (%d)", a)
	}
	return a, b, nil
}

func (s *Server) contradictionPage(w http.ResponseWriter, r *http.Request, status int, d *contradictionDetail) {
	s.render(w, r, status, "contradiction", "Contradiction: "+s.indicatorLabel(d.C.Indicator), d)
}

func (s *Server) pageContradiction(w http.ResponseWriter, r *http.Request) {
	a, b, err := pairIDs(r)
	if err != nil {
		s.pageError(w, r, http.StatusBadRequest, err.Error())
		return
	}
	d, err := s.findContradiction(r.Context(), a, b)
	switch {
	case errors.Is(err, store.ErrNotFound):
		s.pageError(w, r, http.StatusNotFound, fmt.Sprintf("No claim %d or %d.", a, b))
	case errors.Is(err, errNoContradiction):
		s.pageError(w, r, http.StatusNotFound, fmt.Sprintf("Claims %d and %d do not contradict each other (any more: a review may have changed one).", a, b))
	case err != nil:
		s.log.Error("contradiction", "a", a, "b", b, "err", err)
		s.pageError(w, r, http.StatusInternalServerError, "The contradiction could not be read.")
	default:
		s.contradictionPage(w, r, http.StatusOK, d)
	}
}

// contradictionReviewRequest is the body of a contradiction review.
type contradictionReviewRequest struct {
	State  string `json:"state"` // confirmed, dismissed or open (reopen)
	Reason string `json:"reason"`
}

// reviewContradiction validates and stores a review of the contradiction
// between claims a and b, and clears the cache.
func (s *Server) reviewContradiction(ctx context.Context, a, b int64, who string, rq contradictionReviewRequest) (*contradictionDetail, error) {
	if !store.ValidContradictionState(rq.State) {
		return nil, bad("state %q: want confirmed, dismissed or open", rq.State)
	}
	rq.Reason = strings.TrimSpace(rq.Reason)
	if rq.Reason == "" {
		return nil, bad("give a reason: it is kept in the audit log")
	}
	if len(rq.Reason) > 2000 {
		return nil, bad("the reason is longer than 2000 bytes")
	}
	d, err := s.findContradiction(ctx, a, b)
	if err != nil {
		return nil, err
	}
	if _, err := s.st.ReviewContradiction(ctx, store.ContradictionReview{A: d.C.A.Key, B: d.C.B.Key, ClaimA: d.C.A.ClaimID,
		ClaimB: d.C.B.ClaimID, State: rq.State, Who: who, Reason: rq.Reason}); err != nil {
		return nil, err
	}
	s.cache.clear()
	return s.findContradiction(ctx, a, b)
}

// postContradictionReview handles the contradiction review form (a
// reviewer session and its CSRF token).
func (s *Server) postContradictionReview(w http.ResponseWriter, r *http.Request) {
	a, b, err := pairIDs(r)
	if err != nil {
		s.pageError(w, r, http.StatusBadRequest, err.Error())
		return
	}
	x := s.formSession(w, r, "review contradictions")
	if x == nil {
		return
	}
	rq := contradictionReviewRequest{State: r.PostFormValue("state"), Reason: r.PostFormValue("reason")}
	_, err = s.reviewContradiction(r.Context(), a, b, x.P.Who(), rq)
	var br badRequest
	switch {
	case err == nil:
		http.Redirect(w, r, fmt.Sprintf("/contradictions/%d/%d?flash=reviewed", a, b), http.StatusSeeOther)
	case errors.As(err, &br) || errors.Is(err, store.ErrInvalid):
		d, ferr := s.findContradiction(r.Context(), a, b)
		if ferr != nil {
			s.pageError(w, r, http.StatusNotFound, fmt.Sprintf("No contradiction between claims %d and %d.", a, b))
			return
		}
		d.Err, d.Reason = err.Error(), rq.Reason
		s.contradictionPage(w, r, http.StatusBadRequest, d)
	case errors.Is(err, store.ErrNotFound) || errors.Is(err, errNoContradiction):
		s.pageError(w, r, http.StatusNotFound, fmt.Sprintf("No contradiction between claims %d and %d.", a, b))
	default:
		s.log.Error("contradiction review", "a", a, "b", b, "err", err)
		s.pageError(w, r, http.StatusInternalServerError, "The review could not be saved.")
	}
}
