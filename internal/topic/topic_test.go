package topic

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dossier-osint/dossier/internal/doc"
)

func TestBuiltin(t *testing.T) {
	ts, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	ids := map[string]*Topic{}
	for _, tp := range ts {
		ids[tp.ID] = tp
	}
	lab := ids["dprk-labour-russia"]
	if lab == nil || ids["arms-transfers-dprk-russia"] == nil {
		t.Fatalf("builtin topics = %v", ids)
	}
	for _, want := range []string{"dprk_workers_in_russia", "dprk_arrivals_russia", "work_permits_dprk", "remittances_dprk_usd", "dprk_troops_russia"} {
		if lab.Indicator(want) == nil {
			t.Errorf("indicator %s missing", want)
		}
	}
	if MeasureOf("dprk_workers_in_russia") != Stock || MeasureOf("dprk_arrivals_russia") != Flow {
		t.Errorf("measures not registered")
	}
	if !lab.Relevant("Pyongyang sent them") || lab.Relevant("Coal prices in Chile") {
		t.Error("Relevant")
	}
}

func TestParseErrors(t *testing.T) {
	cases := []struct {
		name, yaml, want string
	}{
		{"not yaml", "id: [unclosed", "t.yaml:1: not valid YAML"},
		{"not a mapping", "- a\n- b\n", "t.yaml:1: a topic file must be a mapping"},
		{"missing id and name", "indicators:\n  - {id: a, measure: flow, units: [person]}\n", "missing id"},
		{"bad id", "id: My Topic\nname: X\nindicators:\n  - {id: a, measure: flow, units: [person]}\n", "t.yaml:1: id \"My Topic\""},
		{"unknown key with line", "id: x\nname: X\nindicators:\n  - id: a\n    measure: flow\n    untis: [person]\n", "t.yaml:6: indicator: unknown key \"untis\""},
		{"bad measure", "id: x\nname: X\nindicators:\n  - id: a\n    measure: level\n    units: [person]\n", "t.yaml:5: indicator \"a\": measure \"level\""},
		{"no units", "id: x\nname: X\nindicators:\n  - id: a\n    measure: flow\n", "units: list at least one unit"},
		{"duplicate indicator", "id: x\nname: X\nindicators:\n  - {id: a, measure: flow, units: [p]}\n  - {id: a, measure: flow, units: [p]}\n", "t.yaml:5: indicator id \"a\" used twice"},
		{"empty term", "id: x\nname: X\nindicators:\n  - id: a\n    measure: flow\n    units: [p]\n    counted: [worker, \"--\"]\n", "t.yaml:7: indicator \"a\": counted: term \"--\" has no words"},
		{"alert on unknown indicator", "id: x\nname: X\nindicators:\n  - {id: a, measure: flow, units: [p]}\nalerts:\n  - {id: al, indicator: b, when: above}\n", "t.yaml:6: alert \"al\": indicator \"b\" is not defined"},
		{"bad alert when", "id: x\nname: X\nindicators:\n  - {id: a, measure: flow, units: [p]}\nalerts:\n  - id: al\n    when: sometimes\n", "t.yaml:7: alert \"al\": when \"sometimes\""},
		{"bad watch type", "id: x\nname: X\nindicators:\n  - {id: a, measure: flow, units: [p]}\nwatchlist:\n  - {name: Foo, type: PERSON}\n", "watchlist \"Foo\": type \"PERSON\""},
		{"wrong type", "id: x\nname: X\nindicators:\n  - id: a\n    measure: flow\n    units: person\n", "t.yaml:6"},
	}
	for _, c := range cases {
		_, err := Parse("t.yaml", []byte(c.yaml))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v, want it to contain %q", c.name, err, c.want)
		}
	}
}

// A new topic is a new file: no Go code names it.
func TestLoadDirNewTopic(t *testing.T) {
	dir := t.TempDir()
	y := `id: coal-exports-dprk
name: North Korean coal exports
indicators:
  - id: dprk_coal_tonnes
    measure: flow
    units: [tonne, ton]
    counted: [coal]
    actor: [North Korea, North Korean]
    events: [export, ship, smuggle]
`
	if err := os.WriteFile(filepath.Join(dir, "coal.yaml"), []byte(y), 0o644); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("ignored"), 0o644)
	ts, err := LoadDir(dir)
	if err != nil || len(ts) != 1 {
		t.Fatalf("LoadDir = %v, %v", ts, err)
	}
	s := "North Korea exported 3,000 tonnes of coal to China in May."
	c := doc.Claim{Start: 21, End: 26, Text: "3,000", Sentence: s, Unit: "tonne", Counted: "tonnes of coal"}
	if id, why := ts[0].Match(c); id != "dprk_coal_tonnes" {
		t.Errorf("Match = %q (%s)", id, why)
	}
	os.WriteFile(filepath.Join(dir, "bad.yml"), []byte("id: x\nname: X\nindicators: []\n"), 0o644)
	_, err = LoadDir(dir)
	var es Errors
	if err == nil || !errors.As(err, &es) || !strings.Contains(err.Error(), "bad.yml:3: indicators") {
		t.Errorf("LoadDir with a bad file: %v", err)
	}
	if _, err := Load(filepath.Join(dir, "missing.yaml")); err == nil || !strings.Contains(err.Error(), "missing.yaml") {
		t.Errorf("Load missing: %v", err)
	}
}

func claimAt(sentence, figure, unit, counted string) doc.Claim {
	i := strings.Index(sentence, figure)
	return doc.Claim{Start: i, End: i + len(figure), Text: figure, Sentence: sentence, Unit: unit, Counted: counted}
}

func TestMatch(t *testing.T) {
	ts, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	var lab, arms *Topic
	for _, tp := range ts {
		switch tp.ID {
		case "dprk-labour-russia":
			lab = tp
		case "arms-transfers-dprk-russia":
			arms = tp
		}
	}
	cases := []struct {
		t    *Topic
		c    doc.Claim
		want string
	}{
		{lab, claimAt("About 3,000 North Korean workers entered Russia in 2023.", "3,000", "person", "North Korean workers"), "dprk_arrivals_russia"},
		{lab, claimAt("About 3,000 North Korean workers remain in Russia.", "3,000", "person", "North Korean workers"), "dprk_workers_in_russia"},
		{lab, claimAt("Some 3,000 North Korean laborers work in Moscow.", "3,000", "person", "North Korean laborers"), "dprk_workers_in_russia"},
		{lab, claimAt("Pyongyang dispatched 800 workers to Vladivostok.", "800", "person", "workers"), "dprk_arrivals_russia"},
		{lab, claimAt("Nearly 5,000 North Koreans working in Russia were sent home.", "5,000", "person", "North Koreans"), "dprk_workers_in_russia"},
		{lab, claimAt("All 5,000 North Koreans were sent home from Russia.", "5,000", "person", "North Koreans"), ""}, // an outflow: no indicator
		{lab, claimAt("Russia granted 900 work permits to North Koreans.", "900", "permit", "work permits"), "work_permits_dprk"},
		{lab, claimAt("North Korean workers in Russia earn $100 million a year for the state.", "$100 million", "USD", ""), "remittances_dprk_usd"},
		{lab, claimAt("The number of North Korean workers arriving in Russia rose 30 percent.", "30 percent", "percent", ""), "dprk_arrivals_russia"},
		{lab, claimAt("North Korea sent 10,000 soldiers to Russia's Kursk region.", "10,000", "person", "soldiers"), "dprk_troops_russia"},
		{lab, claimAt("About 200 North Korean soldiers were killed in Kursk.", "200", "person", "North Korean soldiers"), ""},
		{lab, claimAt("Some 120 Russian tourists arrived in Pyongyang, North Korea.", "120", "person", "Russian tourists"), ""},
		{lab, claimAt("North Korea tested 3 missiles.", "3", "missile", "missiles"), ""},
		{lab, claimAt("Russia exported 2 million tonnes of oil to North Korea.", "2 million", "tonne", "tonnes of oil"), ""},
		{arms, claimAt("North Korea has shipped over 1 million artillery shells to Russia.", "1 million", "artillery shell", "artillery shells"), "dprk_shells_to_russia"},
		{arms, claimAt("Satellite images show 6,700 containers moved from North Korea by rail.", "6,700", "container", "containers"), "dprk_munition_containers"},
		{arms, claimAt("Russia fired 20 North Korean missiles at Ukraine.", "20", "missile", "North Korean missiles"), "dprk_missiles_to_russia"},
		{arms, claimAt("About 3,000 North Korean workers entered Russia.", "3,000", "person", "North Korean workers"), ""},
	}
	for _, c := range cases {
		got, why := c.t.Match(c.c)
		if got != c.want {
			t.Errorf("%s: Match(%q) = %q, want %q (%s)", c.t.ID, c.c.Sentence, got, c.want, why)
		}
		if why == "" {
			t.Errorf("no explanation for %q", c.c.Sentence)
		}
	}
}

func TestForms(t *testing.T) {
	cases := map[string][]string{
		"send":   {"sends", "sent", "sending"},
		"arrive": {"arrives", "arrived", "arriving"},
		"permit": {"permits", "permitted", "permitting"},
		"carry":  {"carries", "carried"},
		"person": {"people"},
		"ship":   {"shipped"},
	}
	for base, forms := range cases {
		got := strings.Join(Forms(base), " ")
		for _, f := range forms {
			if !strings.Contains(" "+got+" ", " "+f+" ") {
				t.Errorf("Forms(%q) = %s, missing %s", base, got, f)
			}
		}
	}
	p := Compile("send back")
	ws := Words("They were sent back in May.")
	if !p.MatchAt(ws, 2) || p.MatchAt(ws, 1) {
		t.Errorf("phrase match on %v", ws)
	}
}

func FuzzParse(f *testing.F) {
	b, _ := os.ReadFile("../../topics/dprk-labour-russia.yaml")
	f.Add(string(b))
	f.Add("id: x\nname: y\nindicators:\n  - {id: a, measure: flow, units: [p]}\n")
	f.Fuzz(func(t *testing.T, s string) {
		tp, err := Parse("f.yaml", []byte(s))
		if err == nil && (tp.ID == "" || len(tp.Indicators) == 0) {
			t.Fatalf("accepted a topic without id or indicators: %q", s)
		}
	})
}
