package store

import "context"

// SignatureStore keeps each article's copy-detection signature (the bytes
// of a copies.Sig, opaque to the store) so that the copy index can be
// rebuilt without reading texts and extended with new articles only.
type SignatureStore interface {
	// PutSignatures stores the signatures (ArticleID and Sig of each) of
	// stored articles in one transaction, in order (ErrNotFound when there
	// is no such article, ErrInvalid when a sig is empty). A new signature
	// goes after every stored one; storing an article's signature again
	// replaces its bytes and keeps its place.
	PutSignatures(ctx context.Context, sigs []Signature) error
	// Signatures calls fn for every stored signature in the order they
	// were first stored (the order the articles were added to the copy
	// index), with what names the article's outlet. An error from fn stops
	// the walk and is returned wrapped (errors.Is finds it). fn should not
	// write to the store.
	Signatures(ctx context.Context, fn func(Signature) error) error
	// MissingSignatures returns the stored articles without a signature,
	// oldest publication date first, then by id, undated articles last.
	MissingSignatures(ctx context.Context) ([]int64, error)
}

// Signature is a stored signature with the fields of its article that name
// the outlet (see copies.Outlet).
type Signature struct {
	ArticleID int64
	Credit    string
	SiteName  string
	URL       string
	Sig       []byte
}
