package quantity

import (
	"testing"

	"github.com/dossier-osint/dossier/internal/doc"
)

// TestScaledUnits: "m" glued to digits before a unit noun of a measure or
// a count is million ("4m tonnes", "6m people"), while before other words
// or alone it stays metres; a symbol that holds a scale ("MMbbl", "bcm",
// "tcf") multiplies the figure. Sentences written for this test.
func TestScaledUnits(t *testing.T) {
	checkFind(t, []findCase{
		{"en", "The refinery handled 4m tonnes last year.", []want{{"4m tonnes", doc.QDimension, `{"exact":4000000}`, "t", ""}}},
		{"en", "Storage rose to 1.5m barrels.", []want{{"1.5m barrels", doc.QDimension, `{"exact":1500000}`, "bbl", ""}}},
		{"en", "Some 6m people live on the coast.", []want{{"Some 6m", doc.QCount, `{"exact":6000000,"approx":true}`, "people", ""}}},
		{"en", "Tankers carried 2.4 MMbbl of diesel.", []want{{"2.4 MMbbl", doc.QDimension, `{"exact":2400000}`, "bbl", ""}}},
		{"en", "The field holds 12 bcm of gas.", []want{{"12 bcm", doc.QDimension, `{"exact":12000000000}`, "m3", ""}}},
		{"en", "The terminal loads 350,000 bpd.", []want{{"350,000 bpd", doc.QDimension, `{"exact":350000}`, "bbl", "day"}}},
		{"en", "Output fell to 1.1 mb/d in June.", []want{{"1.1 mb/d", doc.QDimension, `{"exact":1100000}`, "bbl", "day"}}},
		{"en", "Traders bought 60,000 mt of wheat.", []want{{"60,000 mt", doc.QDimension, `{"exact":60000}`, "t", ""}}},
		{"en", "The plant emits 4 Mt a year.", []want{{"4 Mt a year", doc.QDimension, `{"exact":4000000}`, "t", "year"}}},
		{"en", "The ship carried 800 MT.", []want{{"800 MT", doc.QDimension, `{"exact":800}`, "t", ""}}},
		// near misses: metres stay metres
		{"en", "The fence is 2m high.", []want{{"2m", doc.QDimension, `{"exact":2}`, "m", ""}}},
		{"en", "A 3m wall surrounds the yard.", []want{{"3m", doc.QDimension, `{"exact":3}`, "m", ""}}},
	})
}

// TestHyphenedFractions: "X-and-a-half" reads as "X and a half", and a
// mixed number before "times" or "fold" is an amount (a ratio before a
// comparison, else "N times" the claim stage types), while a fraction
// below one stays a share, no amount. Sentences written for this test.
func TestHyphenedFractions(t *testing.T) {
	checkFind(t, []findCase{
		{"en", "Exports were three-and-a-half times higher.", []want{{"three-and-a-half times higher", doc.QRatio, `{"exact":3.5}`, "ratio", ""}}},
		{"en", "The harbour took in two-and-a-half million tonnes.", []want{{"two-and-a-half million tonnes", doc.QDimension, `{"exact":2500000}`, "t", ""}}},
		{"en", "Prices rose four and a half times in a year.", []want{{"four and a half times", doc.QCount, `{"exact":4.5}`, "times", ""}}},
		// near misses: a hyphen with a space is no joint, a share is none
		{"en", "Two-thirds of the boats were idle.", []want{{"Two-thirds", doc.QOther, "", "", ""}}},
	})
}
