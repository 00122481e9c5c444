// Package pipeline chains dossier's pure stages on one article: clean ->
// annotate (time expressions, quantities, names, legal references) -> claims.
// It does no I/O: readers feed it ingest.Documents and the store keeps what
// it returns. The CLI, the web server and the workers all use it, so every
// entry point extracts the same way.
package pipeline

import (
	"strings"

	"github.com/dossier-osint/dossier/internal/claim"
	"github.com/dossier-osint/dossier/internal/clean"
	"github.com/dossier-osint/dossier/internal/doc"
	"github.com/dossier-osint/dossier/internal/entity"
	"github.com/dossier-osint/dossier/internal/ingest"
	"github.com/dossier-osint/dossier/internal/quantity"
	"github.com/dossier-osint/dossier/internal/timex"
	"github.com/dossier-osint/dossier/internal/topic"
)

// Pipeline runs the stages with a fixed set of topics.
type Pipeline struct {
	Topics []*topic.Topic
}

// New returns a pipeline mapping claims to the given topics' indicators.
func New(topics []*topic.Topic) *Pipeline { return &Pipeline{Topics: topics} }

// Article cleans a read document and annotates it.
func (p *Pipeline) Article(d ingest.Document) *doc.Article {
	a := clean.Clean(d)
	p.Annotate(a)
	return a
}

// Annotate (re)computes every annotation of a clean article, replacing
// a.Annotations. It is what `dossier reextract` runs on stored articles.
func (p *Pipeline) Annotate(a *doc.Article) {
	ref := a.PublishedTime
	if ref == "" {
		ref = a.Published
	}
	ann := &doc.Annotations{
		Times:      timex.Find(a.Text, timex.Ref{Published: ref, Lang: a.Lang}),
		Quantities: quantity.Find(a.Text, a.Lang),
	}
	names := entity.Find(a.Text)
	ann.Mentions, ann.Entities, ann.LegalRefs = names.Mentions, names.Entities, names.LegalRefs
	ann.Claims = claim.Extract(a, ann, p.Topics)
	// names in the related-links lists cleaning removed: known, never actors
	ann.RemovedMentions = relatedMentions(a.Removed)
	a.Annotations = ann
}

// RelatedRule prefixes the Rule of names found in removed related-links text.
const RelatedRule = "related-links (removed text)"

// relatedMentions finds the names in the removed related-links pieces
// (reasons "boilerplate:related..."), resolved among themselves.
func relatedMentions(removed []doc.Removed) []doc.RemovedMention {
	var idx []int
	var pieces []string
	for i, r := range removed {
		if strings.HasPrefix(r.Reason, "boilerplate:related") {
			idx = append(idx, i)
			pieces = append(pieces, r.Text)
		}
	}
	var out []doc.RemovedMention
	for _, m := range entity.FindPieces(pieces) {
		m.Rule = RelatedRule + "; " + m.Rule
		out = append(out, doc.RemovedMention{Piece: idx[m.Piece], Mention: m.Mention})
	}
	return out
}
