package pipeline

import "github.com/dossier-osint/dossier/internal/doc"

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

func nullable(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// View returns the JSON form of a processed article.
func View(a *doc.Article) ArticleView {
	v := ArticleView{
		ID: a.ID, Source: a.Source, URL: a.URL, Format: a.Format,
		Published: nullable(a.Published), PublishedTime: a.PublishedTime, DateRule: a.DateRule,
		Credit: nullable(a.Credit), CreditRule: a.CreditRule, Title: nullable(a.Title),
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
	v.Claims = make([]ClaimView, 0, len(ann.Claims)) // [], not null, when there is none
	v.Times = make([]TimeView, 0, len(ann.Times))
	for _, c := range ann.Claims {
		v.Claims = append(v.Claims, ClaimView{
			Sentence: c.Sentence, SentenceStart: c.SentenceStart, Start: c.Start, End: c.End, Text: c.Text,
			Value: c.Value, Unit: c.Unit, Per: c.Per, Counted: c.Counted, Event: c.Event, Place: c.Place, Topic: c.Topic,
			Indicator: nullable(c.Indicator), Period: nullable(c.Period),
			SaidBy: nullable(c.SaidBy), Origin: nullable(c.Origin), Why: c.Why,
		})
	}
	for _, t := range ann.Times {
		v.Times = append(v.Times, TimeView{Text: t.Text, Start: t.Start, End: t.End, Value: nullable(t.Value),
			Type: t.Type, Granularity: t.Granularity, Rule: t.Rule, Anchor: t.Anchor, Mod: t.Mod})
	}
	return v
}
