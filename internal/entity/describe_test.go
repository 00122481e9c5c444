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

// TestBodyHeadClass: a description of a body stands for a body whose
// name's head noun is of its class ("the agency" for a "... Service"),
// never for one of another class ("the agency" after a parliament's
// "... Committee"); a country's bare "intelligence" names its intelligence
// service. The sentences are written for this test.
func TestBodyHeadClass(t *testing.T) {
	same := []struct {
		text  string
		names []string
	}{
		{"The Federal Border Service met the Audit Committee on Friday. The agency said 80 guards had left.", []string{"Federal Border Service", "The agency"}},
		{"According to South Korean intelligence, 900 soldiers moved. The National Intelligence Service gave no date.", []string{"South Korean intelligence", "National Intelligence Service"}},
		{"The South Korean intelligence agency said two ships sailed. The National Intelligence Service gave no date.", []string{"South Korean intelligence agency", "National Intelligence Service"}},
	}
	for _, c := range same {
		sameEntity(t, c.text, c.names...)
	}
	for _, c := range []struct{ text, desc, not string }{
		// the committee is nearer, but is no agency
		{"The NIS briefed the Intelligence Oversight Committee. The spy agency said 50 officers left.", "The spy agency", "Intelligence Oversight Committee"},
		{"The Customs Service wrote to the Intelligence Review Council. The agency gave no figures.", "The agency", "Intelligence Review Council"},
	} {
		r := Find(c.text)
		d, okd := mentionOf(r, c.desc)
		n, okn := mentionOf(r, c.not)
		if okd && okn && d.Entity != "" && d.Entity == n.Entity {
			t.Errorf("%q: %q linked to %q (%s)", c.text, c.desc, c.not, d.Rule)
		}
	}
	sameEntity(t, "The Audit Committee met on Friday. The committee said 80 guards had left.", "Audit Committee", "The committee")
	// "intelligence" alone after no country names nothing
	r := Find("The intelligence was shared with Oslo on Monday.")
	if m, ok := mentionOf(r, "intelligence"); ok && m.Entity != "" {
		t.Errorf("bare intelligence is %s (%s)", m.Entity, m.Rule)
	}
}
