package topic

import "testing"

// TestUnitByHead: a compound unit is a kind of its head noun, so an
// indicator listing the head takes it ("oil tanker", "bulk carrier
// delivery"); a unit whose head is another noun does not match ("tanker
// crew" is no tanker). Sentences written for this test.
func TestUnitByHead(t *testing.T) {
	y := `id: port-traffic
name: Port traffic
indicators:
  - id: tankers_seen
    measure: flow
    units: [tanker, delivery]
    counted: [tanker, delivery]
`
	tp, err := Parse("p.yaml", []byte(y))
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		sentence, figure, unit, counted, want string
	}{
		{"Satellites counted 14 oil tankers at the berth.", "14", "oil tanker", "oil tankers", "tankers_seen"},
		{"Officials logged 31 barge deliveries to the tankers.", "31", "barge delivery", "barge deliveries", "tankers_seen"},
		{"Satellites counted 14 tankers at the berth.", "14", "tanker", "tankers", "tankers_seen"},
		{"The company hired 40 tanker crews for the fleet.", "40", "tanker crew", "tanker crews", ""},
	}
	for _, c := range cases {
		if got, why := tp.Match(claimAt(c.sentence, c.figure, c.unit, c.counted)); got != c.want {
			t.Errorf("%q unit %q: indicator %q, want %q (%s)", c.sentence, c.unit, got, c.want, why)
		}
	}
}
