package quantity

import (
	"testing"

	"github.com/dossier-osint/dossier/internal/doc"
)

// TestHouseStyleNumbers covers number forms of editors' and broadcasters'
// house styles: typographic hyphens where a plain one goes, a multiplier
// word joined to its digits by hyphens, and a bare "minimum"/"maximum" as
// the bound of a telegraphic line. The near misses keep their old reading.
func TestHouseStyleNumbers(t *testing.T) {
	checkFind(t, []findCase{
		// U+2011 (non-breaking hyphen) and U+2010 (hyphen) in a range
		{"en", "The ferry fund lost $20\u2011$45 million last winter.", []want{{"$20\u2011$45 million", doc.QMoney, `{"low":20000000,"high":45000000}`, "USD", ""}}},
		{"en", "Between 40\u201060 loggers quit.", []want{{"Between 40\u201060", doc.QCount, `{"low":40,"high":60}`, "loggers", ""}}},
		// digits joined to a multiplier word, and the digits after it
		{"en", "some 12-thousand sailors", []want{{"some 12-thousand", doc.QCount, `{"exact":12000,"approx":true}`, "sailors", ""}}},
		{"en", "another three-thousand-250 were hurt", []want{{"three-thousand-250", doc.QCount, `{"exact":3250}`, "", ""}}},
		{"en", "at least 2-million barrels", []want{{"at least 2-million barrels", doc.QDimension, `{"min":2000000}`, "bbl", ""}}},
		// a bare bound word, as a bullet or headline writes it
		{"en", "- Minimum 350 new licences issued", []want{{"Minimum 350", doc.QCount, `{"min":350}`, "licences", ""}}},
		{"en", "Maximum 80 guests a night", []want{{"Maximum 80", doc.QCount, `{"max":80}`, "guests", ""}}},
		// near misses: spaced dashes stay ranges, a joined word that is no
		// multiplier stays out of the number
		{"en", "some 20 - 30 thousand labourers", []want{{"20 - 30 thousand", doc.QCount, `{"low":20000,"high":30000}`, "labourers", ""}}},
		{"en", "a 12-strong crew", []want{{"12", doc.QCount, `{"exact":12}`, "", ""}}},
		{"en", "the minimum wage rose", nil},
	})
}
