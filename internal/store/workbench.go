package store

import (
	"fmt"
	"time"
)

// The types of what the analyst's workbench (the web pages of copies,
// stories, contradictions and faceted search) keeps in a store.

// Contradiction review states. A contradiction nobody reviewed is open; a
// reviewer confirms it (the two figures really disagree) or dismisses it
// (they do not: different scope, a misreading), and may reopen it.
const (
	ContradictionOpen      = "open"
	ContradictionConfirmed = "confirmed"
	ContradictionDismissed = "dismissed"
)

// ValidContradictionState reports whether s is a contradiction review state.
func ValidContradictionState(s string) bool {
	return s == ContradictionOpen || s == ContradictionConfirmed || s == ContradictionDismissed
}

// PairKeys orders the keys of a contradiction's two claims: a review is
// about the pair, whichever claim is named first.
func PairKeys(a, b string) (string, string) {
	if b < a {
		return b, a
	}
	return a, b
}

// ContradictionReview is one review of a contradiction, as the audit trail
// keeps it. A and B are the claims' keys (opaque here; the pages name a
// claim by its article and MatchKey, A < B); ClaimA and
// ClaimB their ids when reviewed, for display.
type ContradictionReview struct {
	ID     int64     `json:"id"`
	A      string    `json:"a"`
	B      string    `json:"b"`
	ClaimA int64     `json:"claim_a"`
	ClaimB int64     `json:"claim_b"`
	State  string    `json:"state"` // ContradictionOpen (reopened), ContradictionConfirmed or ContradictionDismissed
	Who    string    `json:"who"`
	Reason string    `json:"reason"`
	At     time.Time `json:"at"`
}

// CheckContradictionReview reports a review the stores refuse, as
// ErrInvalid: a state, both keys, who and a reason are required.
func CheckContradictionReview(r ContradictionReview) error {
	switch {
	case !ValidContradictionState(r.State):
		return fmt.Errorf("%w: contradiction state %q (want open, confirmed or dismissed)", ErrInvalid, r.State)
	case r.A == "" || r.B == "" || r.A == r.B:
		return fmt.Errorf("%w: a contradiction needs two different claims (%q, %q)", ErrInvalid, r.A, r.B)
	case r.Who == "":
		return fmt.Errorf("%w: a review needs who made it", ErrInvalid)
	case r.Reason == "":
		return fmt.Errorf("%w: a review needs a reason", ErrInvalid)
	}
	return nil
}

// Facet is one value of a facet and how many matches have it.
type Facet struct {
	Value string `json:"value"`
	Count int    `json:"count"`
}

// Facets are counts per value of each facet, most frequent first (at most
// FacetValues values each). Capped is set when the counts are over the
// newest SearchTotalCap matches only.
type Facets struct {
	Fields map[string][]Facet `json:"fields"`
	Capped bool               `json:"capped,omitempty"`
}

// FacetValues bounds the values listed per facet.
const FacetValues = 30

// Facet names.
const (
	FacetCredit    = "credit"    // outlet
	FacetLang      = "lang"      // language
	FacetYear      = "year"      // of publication
	FacetIndicator = "indicator" // claims only
	FacetSaidBy    = "said_by"
	FacetOrigin    = "origin"
	FacetReview    = "review"
)

// Saved search kinds: what a saved search lists.
const (
	SavedArticles = "articles"
	SavedClaims   = "claims"
)

// SavedSearch is a faceted search kept under a name. Query holds its URL
// parameters (q, kind, credit, lang, indicator, said_by, origin, review,
// ...) as the search page writes them. With Alert set, articles stored
// afterwards that match it fire alerts, as a topic's alert rule does.
type SavedSearch struct {
	ID        int64     `json:"id"`
	Name      string    `json:"name"`
	Query     string    `json:"query"`
	Alert     bool      `json:"alert"`
	Who       string    `json:"who"`
	CreatedAt time.Time `json:"created_at"`
}

// CheckSavedSearch reports a saved search the stores refuse, as
// ErrInvalid: a name (at most 200 bytes), a query and who saved it.
func CheckSavedSearch(s SavedSearch) error {
	switch {
	case s.Name == "" || len(s.Name) > 200:
		return fmt.Errorf("%w: a saved search needs a name of at most 200 bytes", ErrInvalid)
	case s.Query == "" || len(s.Query) > 4000:
		return fmt.Errorf("%w: a saved search needs a query of at most 4000 bytes", ErrInvalid)
	case s.Who == "":
		return fmt.Errorf("%w: a saved search needs who saved it", ErrInvalid)
	}
	return nil
}
