// Package doc holds the plain data that flows between dossier's pipeline
// stages: an article with its clean text and provenance, and the annotations
// (time expressions, quantities, names, legal references, claims) that later
// stages attach to it. It has no behaviour beyond small helpers, so every
// stage can depend on it without depending on another stage.
//
// All Start/End offsets are byte offsets into Article.Text, End exclusive.
package doc

// Paragraph kinds. Only body, title and quote-like text carries claims;
// captions and credits are kept for display but never yield claims.
const (
	KindTitle    = "title"    // the headline
	KindHeader   = "header"   // metadata lines kept for provenance ("DATE: 2024-06-02 01:18:18")
	KindDateline = "dateline" // reserved: a dateline standing alone as a paragraph
	KindBody     = "body"     // article text
	KindCaption  = "caption"  // photo caption
	KindCredit   = "credit"   // photo or reporting credit, byline, editor line
)

// Article is one ingested document after reading and cleaning.
type Article struct {
	ID     int64  `json:"id,omitempty"`
	Source string `json:"source"` // file path, "-" or URL it was read from
	URL    string `json:"url,omitempty"`
	Format string `json:"format"` // txt, html, jsonl, warc, feed

	Title string `json:"title"` // "" when the text has no headline
	// Published is the publication date, "YYYY-MM-DD", or "" when the text
	// gives none. PublishedTime keeps a time of day when one was given
	// ("2024-06-02T01:18:18").
	Published     string `json:"published"`
	PublishedTime string `json:"published_time,omitempty"`
	DateRule      string `json:"date_rule,omitempty"` // how Published was found
	Credit        string `json:"credit"`              // agency or outlet credited
	CreditRule    string `json:"credit_rule,omitempty"`
	Byline        string `json:"byline,omitempty"`
	SiteName      string `json:"site_name,omitempty"`
	Lang          string `json:"lang"`

	// Text is the clean text: kept paragraphs joined by "\n\n".
	Text       string      `json:"text"`
	Paragraphs []Paragraph `json:"paragraphs"`
	Removed    []Removed   `json:"removed,omitempty"`
	Warnings   []string    `json:"warnings,omitempty"`
	// Hash identifies the normalized clean text (hex); equal hashes mean
	// the same content was ingested before.
	Hash string `json:"hash"`

	Annotations *Annotations `json:"-"`
}

// Paragraph is a kept piece of clean text.
type Paragraph struct {
	Kind  string   `json:"kind"`
	Start int      `json:"start"`
	End   int      `json:"end"`
	Text  string   `json:"text"`
	Flags []string `json:"flags,omitempty"` // e.g. "spinner-residue"
}

// Removed is a piece of the raw text that cleaning dropped, with the reason,
// so that nothing disappears without a trace.
type Removed struct {
	Text   string `json:"text"`
	Reason string `json:"reason"` // boilerplate:cookie, repeated-paragraph, repeated-caption, ...
	Index  int    `json:"index"`  // position among the raw paragraphs
}

// Annotations are what the annotate and claim stages find in Article.Text.
type Annotations struct {
	Times      []Time     `json:"times"`
	Quantities []Quantity `json:"quantities"`
	Mentions   []Mention  `json:"mentions"`
	Entities   []Entity   `json:"entities"`
	LegalRefs  []LegalRef `json:"legal_refs"`
	Claims     []Claim    `json:"claims"`
	// RemovedMentions are names in removed related-links pieces (offsets
	// into the piece, see RemovedMention); claims never use them.
	RemovedMentions []RemovedMention `json:"removed_mentions,omitempty"`
}

// Span is a byte range of Article.Text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Overlaps reports whether two spans share at least one byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }
