package topic

import (
	"strings"
	"testing"
)

// A user's topic with two money indicators, each listing the nouns of its
// money: a money figure whose sentence names none of them is decided by
// its event and actor; one naming a noun of one indicator is held to it.
const moneyTopic = `id: raids
name: Raids
indicators:
  - id: loot_usd
    label: Loot
    measure: amount
    units: [USD]
    counted: [jewel, gold, cash]
    actor: [Blackhand, the gang]
    events: [steal, rob, loot]
  - id: wages_usd
    label: Wages
    measure: amount
    units: [USD]
    counted: [wage, salary, payroll]
    actor: [Blackhand, the gang]
    events: [earn, pay, make]
  - id: loot_count
    label: Raids counted
    measure: flow
    units: [raid]
    counted: [raid]
    actor: [Blackhand]
    events: [carry out]
    event_optional: true
`

func TestMoneyWithoutNoun(t *testing.T) {
	tp, err := Parse("raids.yaml", []byte(moneyTopic))
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		sentence, figure, want string
	}{
		// no listed money noun: the event decides
		{"Blackhand stole $40 million in three raids on ports.", "$40 million", "loot_usd"},
		{"Blackhand members earned $2 million working as couriers.", "$2 million", "wages_usd"},
		{"Blackhand robbed banks of 9 million dollars last year.", "9 million dollars", "loot_usd"},
		// a noun of one indicator holds the figure to it: "cash" is loot's,
		// so "earned" does not make it wages
		{"Blackhand earned $5 million in cash.", "$5 million", ""},
		{"Blackhand stole $5 million in gold.", "$5 million", "loot_usd"},
		// no event and no noun: nothing says what the money is
		{"Blackhand is worth $30 million, police think.", "$30 million", ""},
		// no actor: the waiver gives none
		{"Thieves stole $40 million in three raids on ports.", "$40 million", ""},
		// a phrasal verb of taking is not the verb alone
		{"Blackhand made off with $7 million from the port.", "$7 million", ""},
		{"Blackhand made $7 million from the port.", "$7 million", "wages_usd"},
	}
	for _, c := range cases {
		got, why := tp.Match(claimAt(c.sentence, c.figure, "USD", ""))
		if got != c.want {
			t.Errorf("Match(%q) = %q, want %q (%s)", c.sentence, got, c.want, why)
		}
	}
}

// A miss tells why each indicator that took the unit failed, not only the
// one that got furthest.
func TestAlsoMissed(t *testing.T) {
	tp, err := Parse("raids.yaml", []byte(moneyTopic))
	if err != nil {
		t.Fatal(err)
	}
	_, why := tp.Match(claimAt("Blackhand earned $5 million in cash.", "$5 million", "USD", ""))
	for _, want := range []string{"loot_usd: no event among", "also wages_usd: counted phrase names none"} {
		if !strings.Contains(why, want) {
			t.Errorf("why %q lacks %q", why, want)
		}
	}
	if strings.Contains(why, "loot_count") {
		t.Errorf("why %q tells an indicator of another unit", why)
	}
	if _, why := tp.Match(claimAt("Blackhand stole $5 million in gold.", "$5 million", "USD", "")); strings.Contains(why, "also") {
		t.Errorf("a match tells misses: %q", why)
	}
}
