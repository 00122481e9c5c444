package entity

import (
	"testing"

	"github.com/dossier-osint/dossier/internal/doc"
)

// TestNameBoundaries: a body named after a place keeps its whole name; a
// compound modifier is not part of a name. The sentences are written for
// this test.
func TestNameBoundaries(t *testing.T) {
	checkTypes(t, []typeCase{
		{"The Far East Migration Monitor counted 400 arrivals.", "Far East Migration Monitor", doc.ORG},
		{"Reporters for the Kyiv Ledger saw the trucks.", "Kyiv Ledger", doc.ORG},
		{"The Pacific Fleet held drills near Nakhodka.", "Pacific Fleet", doc.ORG},
		{"The Seoul-based Center for Labour Studies disagreed.", "Center for Labour Studies", doc.ORG},
		{"The Seoul-based Center for Labour Studies disagreed.", "Seoul", doc.LOC},
		{"Officials said Seo-yeon Cho had left.", "Seo-yeon Cho", doc.PER},
		{"The study by Agnieszka Kowalczyk was cited.", "Agnieszka Kowalczyk", doc.PER},
		{"Lars Hendriksen, who runs the port, agreed.", "Lars Hendriksen", doc.PER},
		{"The Ministry of Labour and Social Protection issued the quota.", "Ministry of Labour and Social Protection", doc.ORG},
		{"Both sides signed the Northern Cooperation Treaty last year.", "Northern Cooperation Treaty", doc.MISC},
		{"Rockets were launched from the Plesetsk Cosmodrome.", "Plesetsk Cosmodrome", doc.LOC},
	})
}

// TestNotNamesInLists: words capitalised only by their place, wire tags,
// document parts and units are not names; a surname after "in" is a
// person's, not a place.
func TestNotNamesInLists(t *testing.T) {
	for _, c := range []struct {
		text string
		not  []string
	}{
		{"Views\n\nSend your tips to the desk.\n\nThe port reopened. (END)", []string{"Views", "Send", "END"}},
		{"See Figure 3 and Paragraph 12 of the report. It was minus 5 degrees Celsius.", []string{"Figure", "Paragraph", "Celsius"}},
		{"The Asia Desk edited the report.", []string{"Desk"}},
		{"Thirteen Council members voted for it.", []string{"Thirteen Council"}},
	} {
		r := Find(c.text)
		for _, n := range c.not {
			if m, ok := mentionOf(r, n); ok && m.Entity != "" {
				t.Errorf("%q: %q is a name (%s, %s)", c.text, n, m.Type, m.Rule)
			}
		}
	}
	r := Find("Life in Putin's Russia has changed, Vladimir Putin's critics say.")
	if m, _ := mentionOf(r, "Putin"); m.Type == doc.LOC {
		t.Errorf("Putin before 's typed as a place (%s)", m.Rule)
	}
}

func TestBodyVariants(t *testing.T) {
	sameEntity(t, "The Ministry of Transport of Kazakhstan issued rules. Later the Ministry of Transport revised them.",
		"Ministry of Transport of Kazakhstan", "Ministry of Transport")
	sameEntity(t, "Ukraine's military intelligence said 40 ships sailed. HUR gave no source.",
		"Ukraine's military intelligence", "HUR")
}
