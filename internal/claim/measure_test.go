package claim

import (
	"strings"
	"testing"
)

// unitOfFigure extracts the claims of one English sentence (no topic)
// and returns the claim whose text holds figure, and whether there is
// one.
func unitOfFigure(t *testing.T, text, figure string) (unit, counted, why string, ok bool) {
	t.Helper()
	a := article("2024-03-01", text)
	for _, cl := range Extract(a, annotate(a), nil) {
		if strings.Contains(cl.Text, figure) {
			return cl.Unit, cl.Counted, strings.Join(cl.Why, " | "), true
		}
	}
	return "", "", "", false
}

// TestMeasureWithoutNoun: a figure in a unit of mass, volume, area or energy
// counts that unit, whatever follows it (a preposition, a verb, "a year",
// the end of the sentence); the thing measured is the noun after "of". A
// length with no noun after it is a distance, still no claim, and a
// measure joined to its noun by a hyphen is a size of it.
func TestMeasureWithoutNoun(t *testing.T) {
	cases := []struct {
		text, figure, unit, counted string
	}{
		{"The freighter unloaded 40,000 tonnes at the port last week.", "40,000", "tonne", ""},
		{"Investigators say the fleet moved about 3 million barrels through transfers at sea.", "3 million", "barrel", ""},
		{"Exports were capped at 200,000 barrels a year.", "200,000", "barrel", ""},
		{"The smugglers hid 12 kilograms inside the spare tyre.", "12", "kilogram", ""},
		{"Customs officers seized 9,000 litres.", "9,000", "litre", ""},
		{"A verb after the measure is no counted noun: 750,000 barrels left the terminal.", "750,000", "barrel", ""},
		{"The mine shipped 60,000 tons of anthracite in May.", "60,000", "tonne", "anthracite"},
		// a list of goods or ingredients: the noun right after the measure
		{"Each family received 10 kg flour and 2 litres oil at the depot.", "10 kg", "kilogram", "flour"},
		{"Add 2 cups spinach and 1 tbsp butter to the pan.", "2 cups", "cup", "spinach"},
		{"Rebels took 900 square kilometres in the spring offensive.", "900", "square kilometre", ""},
		{"Fires burned 7,500 hectares near the lake.", "7,500", "hectare", ""},
		{"The dam delivered 2,400 GWh to the grid in 2022.", "2,400", "gigawatt hour", ""},
	}
	// near misses: a measure hyphen-joined to a noun sizes that thing ("a
	// 12-ounce jar"), and "pounds" with no word of weight may be money
	for _, c := range []struct{ text, figure string }{
		{"The co-op sells its honey in 12-ounce jars at the market.", "12-ounce"},
		{"Its new 1.6-litre engine runs quieter than the old one.", "1.6-litre"},
		{"The firm leased a 40,000 square foot warehouse near the port.", "40,000"},
	} {
		if unit, _, why, ok := unitOfFigure(t, c.text, c.figure); ok {
			t.Errorf("%q in %q is a claim in %q (why: %s)", c.figure, c.text, unit, why)
		}
	}
	if unit, _, why, ok := unitOfFigure(t, "At fiscal year-end, the unsold stock carried a value of 540 million pounds in the accounts.", "540 million"); ok && unit == "pound" {
		t.Errorf("540 million pounds of value read as a mass (why: %s)", why)
	}
	if unit, _, why, ok := unitOfFigure(t, "The boxes of cigarettes found in the van weigh 900 pounds in all.", "900"); !ok || unit != "pound" {
		t.Errorf("900 pounds weighed: unit %q ok %v (why: %s)", unit, ok, why)
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			unit, counted, why, ok := unitOfFigure(t, c.text, c.figure)
			if !ok {
				t.Fatalf("no claim for %q", c.figure)
			}
			if unit != c.unit || counted != c.counted {
				t.Errorf("unit %q counted %q, want %q %q (why: %s)", unit, counted, c.unit, c.counted, why)
			}
		})
	}
	// near misses: a distance or a length is no amount of anything
	for _, text := range []string{
		"The convoy stopped 30 km from the border.",
		"The tanker was seen 200 metres off the coast.",
		// a measure written as a compound adjective is a size of its noun
		"A 3,000-tonne freighter docked at the pier.",
		"The family sold a 400-hectare estate.",
	} {
		if unit, _, why, ok := unitOfFigure(t, text, "0"); ok {
			t.Errorf("%q: claim in %q, want none (why: %s)", text, unit, why)
		}
	}
}

// TestStatusAndGerundModifiers: an adjective that judges what is counted
// (illicit, clandestine, fake) is no part of the unit, and an -ing word
// between an adjective and a noun modifies the noun (so the noun, not the
// adjective, is the head); an -ing word after a plural noun is still the
// verb that ends the counted phrase. Sentences written for this test.
func TestStatusAndGerundModifiers(t *testing.T) {
	cases := []struct {
		text, figure, unit string
	}{
		{"Inspectors logged 31 clandestine landings on the island.", "31", "landing"},
		{"Police found 240 fake passports in the flat.", "240", "passport"},
		{"Coast guards detained four Vietnamese fishing boats near the reef.", "four", "boat"},
		{"The ministry fined three Greek shipping firms last month.", "three", "firm"},
		{"The agency listed 12 illegal mining sites in the province.", "12", "site"},
		// near misses: a plural noun before the -ing word keeps it a verb;
		// a noun modifier stays in the unit
		{"The port has 40 cranes loading the new freighters.", "40", "crane"},
		{"The yard delivered 14 container ships this year.", "14", "container ship"},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			unit, counted, why, ok := unitOfFigure(t, c.text, c.figure)
			if !ok {
				t.Fatalf("no claim for %q", c.figure)
			}
			if unit != c.unit {
				t.Errorf("unit %q (counted %q), want %q (why: %s)", unit, counted, c.unit, why)
			}
		})
	}
}

// TestCoordinatedFigures: a bare figure coordinated with a later one
// ("A and then B tons", "A, B or C ships") takes that figure's unit and
// counted noun, not the unit of a figure before it; "N times" after a
// verb of travel counts trips. Sentences written for this test.
func TestCoordinatedFigures(t *testing.T) {
	cases := []struct {
		text, figure, unit, counted string
	}{
		{"The two barges made three crossings, in which 800 and then 1,200 tonnes were unloaded.", "800", "tonne", ""},
		{"Over the summer, 900 and later 1,400 tonnes of grain left the silo.", "900", "tonne", "grain"},
		{"Reports put the fleet at 40, 55 or 70 trawlers.", "40", "trawler", "trawlers"},
		{"Reports put the fleet at 40, 55 or 70 trawlers.", "55", "trawler", "trawlers"},
		{"The ferry sailed 212 times between the islands last year.", "212", "trip", ""},
		// near misses: no coordinator, or another verb between the figures
		{"The firm moved 300 crates and 2,000 tonnes of salt were stored.", "300", "crate", "crates"},
	}
	for _, c := range cases {
		t.Run(c.text+" "+c.figure, func(t *testing.T) {
			unit, counted, why, ok := unitOfFigure(t, c.text, c.figure)
			if !ok {
				t.Fatalf("no claim for %q", c.figure)
			}
			if unit != c.unit || counted != c.counted && c.counted != "" {
				t.Errorf("unit %q counted %q, want %q %q (why: %s)", unit, counted, c.unit, c.counted, why)
			}
		})
	}
	// near misses: figures set side by side by commas alone (ages, scores,
	// counting aloud) share no unit with a later figure that has a noun
	for _, c := range []struct{ text, figure, wrong string }{
		{"The patients were aged six, eight, twelve, three aged fifteen, 51, and 77.", "six", "aged fifteen"},
		{"The motion failed 48-41, eleven short of the 59 it needed.", "41", "short"},
		{"She counts the beats: one, two, four [steps].", "two", "step"},
	} {
		if unit, _, why, ok := unitOfFigure(t, c.text, c.figure); ok && strings.Contains(unit, c.wrong) {
			t.Errorf("%q in %q got unit %q (why: %s)", c.figure, c.text, unit, why)
		}
	}
	// a bare figure with a scale its partner lacks is left alone: "2 or 3
	// million tonnes" would give 2 tonnes
	if unit, _, why, ok := unitOfFigure(t, "Estimates range from 2 or 3 million tonnes upward.", "2"); ok && unit == "tonne" {
		t.Errorf("2 got unit tonne (why: %s)", why)
	}
}

// TestBoundOverCurrencyCode: a bound before a figure keeps it when a
// currency code stands between them ("at least USD $40 million"); a code
// alone adds no bound. Sentences written for this test.
func TestBoundOverCurrencyCode(t *testing.T) {
	cases := []struct{ text, figure, value string }{
		{"The fund spent at least USD $40 million on the port.", "$40 million", ">=40000000"},
		{"Sales reached more than US $7 billion.", "$7 billion", ">=7000000000"},
		{"The fund spent USD $40 million on the port.", "$40 million", "40000000"},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			a := article("2024-03-01", c.text)
			for _, cl := range Extract(a, annotate(a), nil) {
				if strings.Contains(cl.Text, c.figure) {
					if got := cl.Value.String(); got != c.value {
						t.Errorf("value %s, want %s (why: %s)", got, c.value, strings.Join(cl.Why, " | "))
					}
					return
				}
			}
			t.Errorf("no claim for %q", c.figure)
		})
	}
}

// TestYearBeforeNoun: four digits that read as a year before a singular
// noun date it ("a 2019 census", "the 2016 accord"): no count; before a
// plural or a noun that counts in the singular they are a count.
// Sentences written for this test.
func TestYearBeforeNoun(t *testing.T) {
	for _, c := range []struct {
		text, figure string
		claim        bool
	}{
		{"A 2019 census found the island half empty.", "2019", false},
		{"Under the 2016 fisheries accord the quotas were cut.", "2016", false},
		{"The ministry said 2017 sailors had signed up.", "2017", true},
		{"The yard employs 1900 staff on two shifts.", "1900", true},
		{"Officials counted 2,018 vessel inspection.", "2,018", true},
	} {
		t.Run(c.text, func(t *testing.T) {
			_, _, why, ok := unitOfFigure(t, c.text, c.figure)
			if ok != c.claim {
				t.Errorf("claim %v, want %v (why: %s)", ok, c.claim, why)
			}
		})
	}
}

// TestMeasureRateAfterNoun: a rate after the noun of what is measured is
// the figure's rate ("tonnes of grain a year"); a count keeps its own
// reading. Sentences written for this test.
func TestMeasureRateAfterNoun(t *testing.T) {
	for _, c := range []struct{ text, figure, per string }{
		{"The mill grinds 80,000 tonnes of grain a year.", "80,000", "year"},
		{"The refinery takes in 40,000 barrels of crude per day.", "40,000", "day"},
		{"The mill ground 80,000 tonnes of grain in May.", "80,000", ""},
	} {
		t.Run(c.text, func(t *testing.T) {
			a := article("2024-03-01", c.text)
			for _, cl := range Extract(a, annotate(a), nil) {
				if strings.Contains(cl.Text, c.figure) {
					if cl.Per != c.per {
						t.Errorf("per %q, want %q (why: %s)", cl.Per, c.per, strings.Join(cl.Why, " | "))
					}
					return
				}
			}
			t.Errorf("no claim for %q", c.figure)
		})
	}
}

// TestLyNounIsNoAdverb: a word in -ly before a participle modifies the
// counted noun only as an adverb ("locally built"); a noun in -ly
// ("assembly", "jelly") is no such adverb. Words written for this test.
func TestLyNounIsNoAdverb(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"locally built drones", true},
		{"newly recruited workers", true},
		{"assembly trained workers", false},
		{"jelly filled doughnuts", false},
		{"family owned farms", false},
	} {
		if got := adverbParticiple(tokenize(c.text), 0); got != c.want {
			t.Errorf("adverbParticiple(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
