package pipeline

import (
	"slices"

	"github.com/dossier-osint/dossier/internal/doc"
)

// ArticleView is the JSON form of a processed article that `dossier extract`
// prints and the API serves: the answer key's field names, with null where
// the text gives no value (no invented date, credit or title).
type ArticleView struct {
	ID            int64           `json:"id,omitempty"`
	Source        string          `json:"source"`
	URL           string          `json:"url,omitempty"`
	Format        string          `json:"format"`
	Published     *string         `json:"published"`
	PublishedTime string          `json:"published_time,omitempty"`
	DateRule      string          `json:"date_rule,omitempty"`
	Credit        *string         `json:"credit"`
	CreditRule    string          `json:"credit_rule,omitempty"`
	Title         *string         `json:"title"`
	Byline        string          `json:"byline,omitempty"`
	Lang          string          `json:"lang"`
	Hash          string          `json:"hash"`
	Warnings      []string        `json:"warnings,omitempty"`
	Paragraphs    []doc.Paragraph `json:"paragraphs"`
	Removed       []doc.Removed   `json:"removed"`
	Claims        []ClaimView     `json:"claims"`
	Times         []TimeView      `json:"times"`
	Quantities    []doc.Quantity  `json:"quantities"`
	Mentions      []doc.Mention   `json:"mentions"`
	Entities      []doc.Entity    `json:"entities"`
	LegalRefs     []doc.LegalRef  `json:"legal_refs"`
	// RemovedMentions are names found in removed related-links lists;
	// their offsets are into Removed[Piece].Text.
	RemovedMentions []doc.RemovedMention `json:"removed_mentions,omitempty"`
}

// ClaimView is a claim with the answer key's field names.
type ClaimView struct {
	Sentence      string    `json:"sentence"`
	SentenceStart int       `json:"sentence_start"`
	Start         int       `json:"start"`
	End           int       `json:"end"`
	Text          string    `json:"text"`
	Value         doc.Value `json:"value"`
	Unit          string    `json:"unit"`
	Per           string    `json:"per,omitempty"`
	Counted       string    `json:"counted,omitempty"`
	Event         string    `json:"event,omitempty"`
	Place         string    `json:"place,omitempty"`
	Topic         string    `json:"topic,omitempty"`
	Indicator     *string   `json:"indicator"`
	Period        *string   `json:"period"`
	SaidBy        *string   `json:"said_by"`
	Origin        *string   `json:"origin"`
	Why           []string  `json:"why,omitempty"`
}

// TimeView is a time expression; Value is null when unresolved.
type TimeView struct {
	Text        string  `json:"text"`
	Start       int     `json:"start"`
	End         int     `json:"end"`
	Value       *string `json:"value"`
	Type        string  `json:"type"`
	Granularity string  `json:"granularity,omitempty"`
	Rule        string  `json:"rule,omitempty"`
	Anchor      string  `json:"anchor,omitempty"`
	Mod         string  `json:"mod,omitempty"`
}

// nullableAt is s itself, or nil when *s is empty: a view's optional
// field points at the article's string rather than at a copy made for it
// (one allocation a field).
func nullableAt(s *string) *string {
	if *s == "" {
		return nil
	}
	return s
}

// View returns the JSON form of a processed article (ViewInto).
func View(a *doc.Article) ArticleView {
	var v ArticleView
	ViewInto(&v, a)
	return v
}

// ViewInto fills *v with the JSON form of a processed article, reusing
// the arrays of v's Claims and Times (emptied first, so nothing of the
// article v showed before is held). v's nullable fields (Published,
// Title, a claim's Indicator, a time's Value, ...) point at a's strings:
// v shows a as it is, so a is not to be changed while v is read.
func ViewInto(v *ArticleView, a *doc.Article) {
	claims, times := v.Claims, v.Times
	clear(claims)
	clear(times)
	*v = ArticleView{
		ID: a.ID, Source: a.Source, URL: a.URL, Format: a.Format,
		Published: nullableAt(&a.Published), PublishedTime: a.PublishedTime, DateRule: a.DateRule,
		Credit: nullableAt(&a.Credit), CreditRule: a.CreditRule, Title: nullableAt(&a.Title),
		Byline: a.Byline, Lang: a.Lang, Hash: a.Hash, Warnings: a.Warnings,
		Paragraphs: a.Paragraphs, Removed: a.Removed,
	}
	if v.Paragraphs == nil {
		v.Paragraphs = []doc.Paragraph{}
	}
	if v.Removed == nil {
		v.Removed = []doc.Removed{}
	}
	ann := a.Annotations
	if ann == nil {
		ann = &doc.Annotations{}
	}
	v.Quantities, v.Mentions, v.Entities, v.LegalRefs = ann.Quantities, ann.Mentions, ann.Entities, ann.LegalRefs
	v.RemovedMentions = ann.RemovedMentions
	v.Claims = slices.Grow(claims[:0], len(ann.Claims)) // [], not null, when there is none
	v.Times = slices.Grow(times[:0], len(ann.Times))
	if v.Claims == nil {
		v.Claims = []ClaimView{}
	}
	if v.Times == nil {
		v.Times = []TimeView{}
	}
	for i := range ann.Claims {
		c := &ann.Claims[i]
		v.Claims = append(v.Claims, ClaimView{
			Sentence: c.Sentence, SentenceStart: c.SentenceStart, Start: c.Start, End: c.End, Text: c.Text,
			Value: c.Value, Unit: c.Unit, Per: c.Per, Counted: c.Counted, Event: c.Event, Place: c.Place, Topic: c.Topic,
			Indicator: nullableAt(&c.Indicator), Period: nullableAt(&c.Period),
			SaidBy: nullableAt(&c.SaidBy), Origin: nullableAt(&c.Origin), Why: c.Why,
		})
	}
	for i := range ann.Times {
		t := &ann.Times[i]
		v.Times = append(v.Times, TimeView{Text: t.Text, Start: t.Start, End: t.End, Value: nullableAt(&t.Value),
			Type: t.Type, Granularity: t.Granularity, Rule: t.Rule, Anchor: t.Anchor, Mod: t.Mod})
	}
}
