package pipeline

import (
	"strings"
	"testing"

	"github.com/dossier-osint/dossier/internal/ingest"
)

// TestRelatedLinksNames checks that names in a removed related-links list
// are found (offsets into the removed piece) and never touch the clean-text
// annotations or the claims.
func TestRelatedLinksNames(t *testing.T) {
	body := `Ferry operator says 350 passengers crossed on the first day

LISBON, April 2, 2025 (Harbour Wire) - About 350 passengers crossed on the first day of the new ferry line, the operator said on Wednesday.

The port authority said the line would carry 1,200 passengers a day by the summer, when a second boat joins the route.`
	related := "\n\nYou may also like\n\nAntonio Costa opens a bridge in Porto\n\nEmmanuel Macron\n\nMacron"
	p := New(nil)
	with := p.Article(ingest.Document{Source: "with.txt", Format: "txt", Text: body + related})
	without := p.Article(ingest.Document{Source: "without.txt", Format: "txt", Text: body})
	if with.Text != without.Text {
		t.Fatalf("the related list was not removed by cleaning:\n%s", with.Text)
	}
	an := with.Annotations
	if len(an.RemovedMentions) == 0 {
		t.Fatalf("no names found in the removed related list; removed: %+v", with.Removed)
	}
	keys := map[string]string{}
	for _, m := range an.RemovedMentions {
		if m.Piece < 0 || m.Piece >= len(with.Removed) {
			t.Fatalf("piece %d out of range", m.Piece)
		}
		r := with.Removed[m.Piece]
		if !strings.HasPrefix(r.Reason, "boilerplate:related") {
			t.Errorf("name %q found in a piece removed as %s", m.Text, r.Reason)
		}
		if r.Text[m.Start:m.End] != m.Text {
			t.Errorf("span %d-%d of %q is not %q", m.Start, m.End, r.Text, m.Text)
		}
		if !strings.HasPrefix(m.Rule, RelatedRule) {
			t.Errorf("rule %q does not say the name is from removed text", m.Rule)
		}
		keys[m.Text] = m.Entity
	}
	if keys["Macron"] == "" || keys["Macron"] != keys["Emmanuel Macron"] {
		t.Errorf("Macron and Emmanuel Macron not one entity: %v", keys)
	}
	// the clean-text annotations are those of the article without the list
	if len(an.Mentions) != len(without.Annotations.Mentions) || len(an.Entities) != len(without.Annotations.Entities) {
		t.Errorf("related list changed the clean-text names: %d/%d mentions, %d/%d entities",
			len(an.Mentions), len(without.Annotations.Mentions), len(an.Entities), len(without.Annotations.Entities))
	}
	for _, m := range an.Mentions {
		if strings.Contains(m.Text, "Macron") || strings.Contains(m.Text, "Costa") {
			t.Errorf("removed name %q among the clean-text mentions", m.Text)
		}
	}
	for _, c := range an.Claims {
		if strings.Contains(c.SaidBy, "Macron") || strings.Contains(c.SaidBy, "Costa") || strings.Contains(c.Sentence, "Macron") {
			t.Errorf("claim uses a removed name: %+v", c)
		}
	}
	if len(an.Claims) != len(without.Annotations.Claims) {
		t.Errorf("%d claims with the related list, %d without", len(an.Claims), len(without.Annotations.Claims))
	}
	if len(an.Claims) == 0 {
		t.Error("no claims from the test article: the claim checks above test nothing")
	}
}
