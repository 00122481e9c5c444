package claim

import "testing"

// TestCountedHead: what the counted phrase after a figure keeps and where
// it ends. "worth" ends it; a size adjective is no part of the unit; noun
// modifiers before the head are kept however many; an adverb and
// participle before the noun, a calibre and a hyphenated participle in it
// do not end it; an irregular participle after the head does. Each case
// has a near miss.
func TestCountedHead(t *testing.T) {
	cases := []articleCase{
		{"worth ends the phrase",
			[]string{"Satellite photos showed 450 containers worth of munitions leaving North Korea for Russia."},
			[]want{{"450", "450", "container", "-", "-", "-", "-"}}},
		{"a worth of money is money",
			[]string{"North Korea shipped shells worth $20 million to Russia."},
			[]want{{"20 million", "-", "USD", "-", "-", "-", "-"}}},
		{"a size adjective is no part of the unit",
			[]string{"Analysts saw three large ships and two huge barges loading at the pier."},
			[]want{{"three", "3", "ship", "-", "-", "-", "-"}, {"two", "2", "barge", "-", "-", "-", "-"}}},
		{"a noun modifier is kept",
			[]string{"Analysts saw three cargo ships loading at the pier."},
			[]want{{"three", "3", "cargo ship", "-", "-", "-", "-"}}},
		{"every noun modifier of a compound is kept",
			[]string{"North Korea handed 24 multiple launch rocket systems to Russia, officials said."},
			[]want{{"24", "24", "multiple launch rocket system", "-", "-", "-", "-"}}},
		{"an adverb and participle before the noun, a calibre and a hyphenated participle in it",
			[]string{"North Korea sent some 60 locally assembled 122mm self-propelled guns to Russia."},
			[]want{{"some 60", "~60", "gun", "-", "-", "-", "-"}}},
		{"an adverb after the head still ends the phrase",
			[]string{"About 60 guns reportedly reached Russia by rail."},
			[]want{{"About 60", "~60", "gun", "-", "-", "-", "-"}}},
		{"an irregular participle after the head ends it",
			[]string{"At least four ships bound for Vladivostok left the port.",
				"Some 300 labourers known to be in Russia returned home."},
			[]want{{"four", ">=4", "ship", "-", "-", "-", "-"}, {"300", "~300", "person", "-", "-", "-", "-"}}},
	}
	runArticleCases(t, "2025-05-20", cases)
}
