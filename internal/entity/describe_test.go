package entity

import (
	"testing"

	"github.com/dossier-osint/dossier/internal/doc"
)

// Descriptions linked to the names they describe. The sentences are
// written for this test.
func TestDescriptions(t *testing.T) {
	cases := []struct {
		text  string
		names []string
	}{
		// apposition after and before the name
		{"Irina Volkova, the mayor of Nakhodka, opened the port. The mayor said cargo had doubled.", []string{"Irina Volkova", "the mayor of Nakhodka", "The mayor"}},
		{"Britain's envoy to Seoul, Paul Hargreaves, met officials. The diplomat declined to comment.", []string{"Paul Hargreaves", "The diplomat"}},
		// description before the name, no comma
		{"Finnish shipping group Nordvik said 40 vessels were idle.", []string{"Nordvik", "Finnish shipping group"}},
		// the last fitting body named before
		{"The National Intelligence Service briefed lawmakers. The spy agency said 300 crew had left.", []string{"National Intelligence Service", "The spy agency"}},
		{"Officials at the Federal Statistics Service revised the data. According to the statistics service, 900 arrived.", []string{"Federal Statistics Service", "the statistics service"}},
		// a country's possessive before a name
		{"Japan's NHK broadcast the footage. NHK did not name its source.", []string{"Japan's NHK", "NHK"}},
		// a headline's description and the person the article names
		{"Trade rules will not change: minister\n\nTrade Minister Anna Lindqvist said on Monday that rules would stay.", []string{"minister", "Anna Lindqvist"}},
		// a described speaker, named in the next sentence with the same role
		{"A senior port official said 500 crew had left. Ivan Petrov, the official in charge of the terminal, added that more would go.", []string{"senior port official", "Ivan Petrov"}},
		// a capital's possessive spy agency
		{"Seoul's spy agency said 1,000 troops had moved. The National Intelligence Service gave no source.", []string{"Seoul's spy agency", "National Intelligence Service"}},
		// one word of a body's name
		{"The Panel of Experts met in March. The Panel said its mandate would end.", []string{"Panel of Experts", "Panel"}},
		// acronym with a digit for a small word
		{"The Centre for Maritime Security Research (C4MSR) tracked the ships. C4MSR said 12 ships sailed.", []string{"Centre for Maritime Security Research", "C4MSR"}},
	}
	for _, c := range cases {
		sameEntity(t, c.text, c.names...)
	}
}

// TestDescriptionsNotLinked: a description with no fitting name stays
// unlinked and is dropped.
func TestDescriptionsNotLinked(t *testing.T) {
	for _, c := range []struct{ text, desc, not string }{
		// an indefinite description is someone new, not the person named before
		{"Maria Lund wrote the report.\n\nA senior Russian diplomat said most workers had left.", "senior Russian diplomat", "Maria Lund"},
		// a ministry of another field is another ministry
		{"Russia's foreign ministry issued the figures. The interior ministry froze permits.", "The interior ministry", "Russia's foreign ministry"},
		// the agency is not a news outlet named before it
		{"Yonhap reported the move. The spy agency gave no figures.", "The spy agency", "Yonhap"},
	} {
		r := Find(c.text)
		d, okd := mentionOf(r, c.desc)
		n, okn := mentionOf(r, c.not)
		if okd && okn && d.Entity != "" && d.Entity == n.Entity {
			t.Errorf("%q: %q linked to %q (%s)", c.text, c.desc, c.not, d.Rule)
		}
	}
}

// TestCapitalMetonymy: a capital stands for its state after diplomatic
// and transfer cues, and is a place after "arrived in".
func TestCapitalMetonymy(t *testing.T) {
	state := Key("North Korea", doc.LOC)
	for _, c := range []struct {
		text    string
		isState bool
	}{
		{"Moscow's ambassador in Pyongyang said the workers left.", true},
		{"The firms were sending $40 million a year to Pyongyang, the report said.", true},
		{"The regime in Pyongyang kept most of the wages.", true},
		{"The delegation arrived in Pyongyang on Tuesday.", false},
	} {
		r := Find(c.text)
		m, ok := mentionOf(r, "Pyongyang")
		if !ok {
			t.Errorf("%q: no mention of Pyongyang", c.text)
			continue
		}
		if (m.Entity == state) != c.isState {
			t.Errorf("%q: Pyongyang is %s (%s), state %v", c.text, m.Entity, m.Rule, c.isState)
		}
	}
}
