package entity

import (
	"testing"

	"github.com/dossier-osint/dossier/internal/doc"
)

// TestSingleUnknownName checks how a lone capitalised word no list knows is
// typed: an organisation when written mid-sentence, unless it is a
// person's surname, a prefix ("Sino-"), a code with digits, or only ever
// capitalised at a sentence start.
func TestSingleUnknownName(t *testing.T) {
	cases := []struct {
		text, name, typ string
	}{
		{"Deliveries by Harvell fell in May. Harvell blamed the strikes.", "Harvell", doc.ORG},
		{"Shares of Kestrix rose after the results.", "Kestrix", doc.ORG},
		{"Harvell blamed the strikes. Deliveries by Harvell fell.", "Harvell", doc.ORG}, // sentence-initial too, once seen mid-sentence
		{"Maria Hollis chairs the board. The board thanked Hollis for her work.", "Hollis", doc.PER},
		{"Quenby Hollis chairs the board. The board thanked Hollis for her work.", "Hollis", doc.MISC}, // maybe a surname: left untyped
		{"The Sino-Mongolian border stayed shut.", "Sino", doc.MISC},
		{"Trade fell when Zovid-19 closed the border.", "Zovid-19", doc.MISC},
		{"Lumbering trucks crossed the bridge.", "Lumbering", doc.MISC},
		{"The launch came at 0300 UTC on Monday.", "UTC", doc.MISC},
		{"The wage was paid in USD and RUB.", "RUB", doc.MISC},
		{"The ANPK issued a statement.", "ANPK", doc.ORG},
		// a role in apposition makes a lone name a person's
		{"Yeon-hee, a defector from the North, described the camps.", "Yeon-hee", doc.PER},
		{"Talvik, a researcher at the institute, disputed the figure.", "Talvik", doc.PER},
		// an apposition naming no role does not
		{"Deliveries by Harvell, a maker of pumps, fell in May.", "Harvell", doc.ORG},
	}
	for _, c := range cases {
		r := Find(c.text)
		var got []string
		for _, m := range r.Mentions {
			if m.Text == c.name {
				got = append(got, m.Type)
				if m.Type != c.typ {
					t.Errorf("%q: %q typed %s (%s), want %s", c.text, c.name, m.Type, m.Rule, c.typ)
				}
			}
		}
		if len(got) == 0 && c.typ != doc.MISC {
			t.Errorf("%q: %q not found", c.text, c.name)
		}
	}
}
