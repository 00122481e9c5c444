package eval

import (
	"testing"

	"github.com/dossier-osint/dossier/internal/doc"
)

// TestAliasesInRemovedText checks that an alias group is looked up in the
// removed related-links pieces only for names absent from the clean text.
func TestAliasesInRemovedText(t *testing.T) {
	const clean, cleanMacron = "The ferry opened. Costa spoke.", "The ferry opened. Macron spoke."
	removed := []doc.Removed{{Text: "You may also like", Reason: "boilerplate:related"},
		{Text: "Emmanuel Macron", Reason: "boilerplate:related-list"}, {Text: "Macron", Reason: "boilerplate:related-list"}}
	rm := func(piece, s, e int, key string) doc.RemovedMention {
		return doc.RemovedMention{Piece: piece, Mention: doc.Mention{Start: s, End: e, Text: removed[piece].Text[s:e], Type: doc.PER, Entity: key}}
	}
	cases := []struct {
		name     string
		text     string
		mentions []doc.Mention
		removed  []doc.RemovedMention
		group    []string
		want     bool
	}{
		{"both names only in removed text, one key", clean,
			nil, []doc.RemovedMention{rm(1, 0, 15, "per:macron"), rm(2, 0, 6, "per:macron")},
			[]string{"Emmanuel Macron", "Macron"}, true},
		{"removed names with different keys", clean,
			nil, []doc.RemovedMention{rm(0, 0, 3, "misc:you"), rm(2, 0, 6, "per:macron")},
			[]string{"You", "Macron"}, false},
		{"clean-text name unresolved is not rescued by removed text", cleanMacron,
			nil, []doc.RemovedMention{rm(2, 0, 6, "per:macron")},
			[]string{"Macron"}, false},
		{"clean-text mention and removed-text mention of one entity", cleanMacron,
			[]doc.Mention{{Start: 18, End: 24, Text: "Macron", Type: doc.PER, Entity: "per:macron"}},
			[]doc.RemovedMention{rm(1, 0, 15, "per:macron")},
			[]string{"Emmanuel Macron", "Macron"}, true},
		{"mention in a piece whose text does not hold the name", clean,
			nil, []doc.RemovedMention{rm(2, 0, 6, "per:macron")},
			[]string{"Emmanuel Macron"}, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := &doc.Article{Text: c.text, Removed: removed,
				Annotations: &doc.Annotations{Mentions: c.mentions, RemovedMentions: c.removed}}
			got, why := resolvedTogether(c.group, []*doc.Article{a})
			if got != c.want {
				t.Errorf("resolvedTogether(%v) = %v (%s), want %v", c.group, got, why, c.want)
			}
		})
	}
}

// TestAliasNameInsideDescription checks that a name occurrence is scored by
// the mention that is the name, not by a longer description holding it.
func TestAliasNameInsideDescription(t *testing.T) {
	const text = "The envoy to Lisbon, Rui Sousa, met officials of Portugal."
	desc := doc.Mention{Start: 0, End: 19, Text: text[0:19], Type: doc.PER, Entity: "per:rui sousa"}
	city := doc.Mention{Start: 13, End: 19, Text: "Lisbon", Type: doc.LOC, Entity: "loc:portugal"}
	country := doc.Mention{Start: 49, End: 57, Text: "Portugal", Type: doc.LOC, Entity: "loc:portugal"}
	for _, order := range [][]doc.Mention{{desc, city, country}, {city, desc, country}} {
		a := &doc.Article{Text: text, Annotations: &doc.Annotations{Mentions: order}}
		if ok, why := resolvedTogether([]string{"Lisbon", "Portugal"}, []*doc.Article{a}); !ok {
			t.Errorf("mentions in order %s, %s: not resolved: %s", order[0].Text, order[1].Text, why)
		}
	}
}
