package store

import "context"

// SeriesLister (part of Store) reads an indicator's claims with only what
// a series needs to be drawn and compared (package indicator uses it when
// asked to read lean). ListSeriesClaims selects claims as ListClaims does
// but ignores Limit and Offset and returns them in no particular order.
// Each claim carries its id, article id, span, value, unit, per, topic,
// indicator, period, said_by, origin, review state, the article's
// publication date and credit, and its copy group; other fields are left
// empty.
type SeriesLister interface {
	ListSeriesClaims(ctx context.Context, f ClaimFilter) ([]StoredClaim, error)
}
