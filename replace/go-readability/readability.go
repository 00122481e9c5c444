// Package readability stands in for github.com/go-shiori/go-readability in
// dossier's build (see the replace directive in dossier's go.mod and
// docs/architecture.md, "Dependencies").
//
// go-trafilatura calls Readability only as a fallback extractor, when its
// options set EnableFallback; dossier never sets it (internal/ingest), so
// Readability never runs, yet its package initialisation compiled its
// patterns at every start of every dossier process. This module keeps the
// names go-trafilatura refers to; FromDocument finds nothing (an Article
// without a Node), so a fallback, if anything ever asked for one, keeps
// trafilatura's own extraction.
package readability

import (
	nurl "net/url"

	"golang.org/x/net/html"
)

// Article is what FromDocument returns.
type Article struct {
	Node *html.Node
}

// FromDocument finds no content.
func FromDocument(doc *html.Node, pageURL *nurl.URL) (Article, error) { return Article{}, nil }
