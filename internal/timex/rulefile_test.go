package timex

import (
	"strings"
	"testing"

	"github.com/dossier-osint/dossier/internal/timeval"
)

// TestRuleFiles checks every rule of the rule files on its own example: the
// example, resolved against a publication date of 2025-02-10, must hold a
// time the rule produced, with the value the file states.
func TestRuleFiles(t *testing.T) {
	if _, err := loadRules(); err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, r := range rules.all {
		if len(r.examples) == 0 {
			t.Errorf("%s (line %d) has no example", r.name, r.line)
			continue
		}
		n++
		for _, ex := range r.examples {
			got := Find(ex.text, Ref{Published: "2025-02-10", Lang: r.lang})
			ok := false
			for _, g := range got {
				if g.Rule == r.name && (g.Value == ex.value || timeval.Same(g.Value, ex.value)) {
					ok = true
				}
			}
			if !ok {
				t.Errorf("%s (line %d): %q gave %+v, want a %s time = %s", r.name, r.line, ex.text, got, r.name, ex.value)
			}
		}
	}
	if n < 40 {
		t.Errorf("only %d rules with examples", n)
	}
}

func TestParseRulesErrors(t *testing.T) {
	for _, bad := range []string{
		"rule x: $NOPE TIME => since TIME",
		"rule x: since TIME => nosuchaction TIME",
		"rule x since TIME",
		"rule x: <nolist> => year YEAR",
		"something else",
		`rule x: since TIME => since TIME # "no value"`,
	} {
		if _, err := parseRules("en", bad); err == nil {
			t.Errorf("parseRules(%q) gave no error", bad)
		}
	}
	rs, err := parseRules("en", "pattern IN = in | during\nrule y: $IN? YEAR => year YEAR # \"in 2020\" = 2020\n")
	if err != nil || len(rs) != 1 || !rs[0].elems[0].opt || !rs[0].elems[0].words["during"] || rs[0].examples[0].value != "2020" {
		t.Fatalf("parseRules = %+v, %v", rs, err)
	}
	if !strings.HasPrefix(rs[0].name, "en:") {
		t.Errorf("rule name %q", rs[0].name)
	}
}
