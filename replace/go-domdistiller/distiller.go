// Package distiller stands in for github.com/markusmobius/go-domdistiller in
// dossier's build (see the replace directive in dossier's go.mod and
// docs/architecture.md, "Dependencies").
//
// go-trafilatura calls DOM Distiller only as a fallback extractor, when
// its options set EnableFallback; dossier never sets it (internal/ingest),
// so the distiller never runs. Its package initialisation still ran at
// every start of every dossier process: the pagination patterns and the
// word counter's Unicode tables, some 33 million instructions, a fifth of
// the start of `dossier extract`. This module keeps the names
// go-trafilatura refers to; Apply finds nothing, so a fallback, if
// anything ever asked for one, keeps trafilatura's own extraction.
package distiller

import (
	nurl "net/url"

	"golang.org/x/net/html"
)

// Options are the options go-trafilatura passes.
type Options struct {
	OriginalURL    *nurl.URL
	SkipPagination bool
}

// Result is what Apply returns.
type Result struct {
	Node *html.Node
}

// Apply finds no content: nil and no error (go-trafilatura then keeps its
// own extraction).
func Apply(doc *html.Node, opts *Options) (*Result, error) { return nil, nil }
