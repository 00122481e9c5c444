package claim

import (
	"strings"
	"testing"

	"github.com/dossier-osint/dossier/internal/topic"
)

// fishTopic is a topic a user might write about catches at sea, with no
// word about limits: quotas and needs stay out of its indicator by
// default.
const fishTopic = `id: fish-catch
name: Fish landed
indicators:
  - id: catch_landed
    label: Fish landed by the fleet
    measure: flow
    units: [tonne]
    counted: [cod, herring, fish]
`

// quotaTopic has an indicator of the quotas themselves, which takes them
// with keep_scopes.
const quotaTopic = `id: fish-quotas
name: Fishing quotas
indicators:
  - id: quota_set
    label: Quota set for the fleet
    measure: amount
    units: [tonne]
    counted: [cod, herring, fish]
    keep_scopes: [limit]
`

// TestLimitScope: a figure a cap, ceiling, quota, "can only" or a need
// governs is a limit or a need, not what happened; a figure the limit is
// compared with, or exceeded by, or the object of another verb is none.
// Sentences written for this test.
func TestLimitScope(t *testing.T) {
	tp, err := topic.Parse("fish.yaml", []byte(fishTopic))
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		text, figure, scope, indicator string
	}{
		{"The agreement sets a quota of 40,000 tonnes of cod for the fleet.", "40,000", "limit", ""},
		{"Ministers capped the herring catch in the northern zone at 12,000 tonnes.", "12,000", "limit", ""},
		{"The annual ceiling on cod landings has remained at 9,000 tonnes since 2019.", "9,000", "limit", ""},
		{"Herring landings are limited to up to 5,000 tonnes a month.", "5,000", "limit", ""},
		{"Under the deal the trawlers can only land 3,000 tonnes of cod.", "3,000", "limit", ""},
		{"The canneries are said to require 20,000 tonnes of herring a year.", "20,000", "need", ""},
		{"В этом году квота на вылов трески составила 40 тысяч тонн.", "40 тысяч", "limit", ""},
		// near misses: what happened, next to a limit
		{"The fleet landed 14,000 tonnes of cod, far above the quota.", "14,000", "", "catch_landed"},
		{"The trawlers exceeded the cap by 2,000 tonnes of cod.", "2,000", "", "catch_landed"},
		{"Despite the quota the fleet landed 16,000 tonnes of herring.", "16,000", "", "catch_landed"},
		{"The fleet needs new boats and has landed 8,000 tonnes of cod this year.", "8,000", "", "catch_landed"},
		{"Trawlers landed 7,000 tonnes of herring in May.", "7,000", "", "catch_landed"},
	}
	qt, err := topic.Parse("quota.yaml", []byte(quotaTopic))
	if err != nil {
		t.Fatal(err)
	}
	t.Run("keep_scopes", func(t *testing.T) {
		a := article("2024-06-01", "The agreement sets a quota of 40,000 tonnes of cod for the fleet.")
		found := false
		for _, cl := range Extract(a, annotate(a), []*topic.Topic{qt}) {
			if strings.Contains(cl.Text, "40,000") {
				found = true
				if cl.Indicator != "quota_set" {
					t.Errorf("indicator %q, want quota_set (why: %s)", cl.Indicator, strings.Join(cl.Why, " | "))
				}
			}
		}
		if !found {
			t.Error("no claim for 40,000")
		}
	})
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			lang := "en"
			if hasCyrillic(c.text) {
				lang = "ru"
			}
			a := articleIn(lang, "2024-06-01", c.text)
			for _, cl := range Extract(a, annotate(a), []*topic.Topic{tp}) {
				if strings.Contains(cl.Text, c.figure) {
					if cl.Scope != c.scope || cl.Indicator != c.indicator {
						t.Errorf("scope %q indicator %q, want %q %q (why: %s)", cl.Scope, cl.Indicator, c.scope, c.indicator, strings.Join(cl.Why, " | "))
					}
					return
				}
			}
			t.Errorf("no claim for %q", c.figure)
		})
	}
}

// grainTopic is a topic a user might write about grain shipments.
const grainTopic = `id: grain
name: Grain shipped
indicators:
  - id: grain_shipped
    label: Grain shipped from the port
    measure: flow
    units: [tonne]
    counted: [wheat, barley, grain]
    events: [ship, load, export]
    event_optional: true
`

// TestMeasureReadWithContext: a measure with no noun of what it measures
// ("shipped 90,000 tonnes through ...") takes what the sentences before
// name; with no such noun before, or with a noun of its own that is not
// listed, it matches nothing. Sentences written for this test.
func TestMeasureReadWithContext(t *testing.T) {
	tp, err := topic.Parse("grain.yaml", []byte(grainTopic))
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		paras     []string
		figure    string
		indicator string
	}{
		{[]string{"The port's wheat trade recovered in spring.", "Traders shipped 90,000 tonnes through the new terminal in May."}, "90,000", "grain_shipped"},
		{[]string{"The port's car trade recovered in spring.", "Traders shipped 90,000 tonnes through the new terminal in May."}, "90,000", ""},
		{[]string{"The port's wheat trade recovered in spring.", "Traders shipped 90,000 tonnes of scrap through the new terminal in May."}, "90,000", ""},
	}
	for _, c := range cases {
		t.Run(strings.Join(c.paras, " "), func(t *testing.T) {
			a := article("2024-06-01", strings.Join(c.paras, " "))
			for _, cl := range Extract(a, annotate(a), []*topic.Topic{tp}) {
				if strings.Contains(cl.Text, c.figure) {
					if cl.Indicator != c.indicator {
						t.Errorf("indicator %q, want %q (why: %s)", cl.Indicator, c.indicator, strings.Join(cl.Why, " | "))
					}
					return
				}
			}
			t.Errorf("no claim for %q", c.figure)
		})
	}
}

// TestPermitQuotas: the shipped labour topic counts quotas of permits and
// hires as permits (keep_scopes: [limit]), while its other indicators
// keep them out. Sentences written for this test.
func TestPermitQuotas(t *testing.T) {
	tops := builtin(t)
	for _, c := range []struct{ lang, text, figure, indicator string }{
		{"en", "Russia set a quota of 5,000 work permits for North Korean workers this year.", "5,000", "work_permits_dprk"},
		{"ru", "Правительство утвердило квоту в 5 000 разрешений на работу для граждан КНДР в России.", "5 000", "work_permits_dprk"},
		{"en", "Russia is estimated to need 40,000 North Korean workers in Russia's construction sector.", "40,000", ""},
	} {
		t.Run(c.text, func(t *testing.T) {
			a := articleIn(c.lang, "2025-03-01", c.text)
			for _, cl := range Extract(a, annotate(a), tops) {
				if strings.Contains(cl.Text, c.figure) {
					if cl.Indicator != c.indicator {
						t.Errorf("indicator %q, want %q (why: %s)", cl.Indicator, c.indicator, strings.Join(cl.Why, " | "))
					}
					return
				}
			}
			t.Errorf("no claim for %q", c.figure)
		})
	}
}
