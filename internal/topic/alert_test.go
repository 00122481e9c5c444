package topic

import (
	"strings"
	"testing"
)

const alertTopicHead = `id: alert-test
name: Alert test
indicators:
  - id: crews
    measure: stock
    units: [person]
watchlist:
  - name: Harbour Trading Company
    aliases: [HTC]
alerts:
`

func TestAlertRules(t *testing.T) {
	for _, c := range []struct {
		name, rules string
		wantErr     string // "" for valid
	}{
		{"new claim", "  - id: a\n    indicator: crews\n    when: new_claim\n", ""},
		{"mention watchlist", "  - id: a\n    when: mention\n", ""},
		{"mention entity", "  - id: a\n    when: mention\n    entity: Port Authority\n", ""},
		{"search", "  - id: a\n    when: search\n    query: '\"forced labour\" OR quota'\n", ""},
		{"search without query", "  - id: a\n    when: search\n", "needs a query"},
		{"new claim without indicator", "  - id: a\n    when: new_claim\n", "needs an indicator"},
		{"unknown when", "  - id: a\n    when: sometimes\n", "want above"},
		{"unknown key", "  - id: a\n    when: search\n    query: x\n    colour: red\n", "unknown key"},
	} {
		t.Run(c.name, func(t *testing.T) {
			tp, err := Parse("t.yaml", []byte(alertTopicHead+c.rules))
			if c.wantErr == "" {
				if err != nil {
					t.Fatalf("Parse: %v", err)
				}
				if len(tp.Alerts) != 1 {
					t.Fatalf("alerts = %+v", tp.Alerts)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), c.wantErr) {
				t.Errorf("Parse error %v, want one containing %q", err, c.wantErr)
			}
		})
	}
	tp, err := Parse("t.yaml", []byte(alertTopicHead+"  - id: s\n    when: search\n    query: quota\n  - id: m\n    when: mention\n    entity: HTC\n"))
	if err != nil {
		t.Fatal(err)
	}
	if tp.Alerts[0].Query != "quota" || tp.Alerts[1].Entity != "HTC" {
		t.Errorf("fields not read: %+v", tp.Alerts)
	}
}

func TestMentionNeedsWatchlistOrEntity(t *testing.T) {
	src := strings.Replace(alertTopicHead, "watchlist:\n  - name: Harbour Trading Company\n    aliases: [HTC]\n", "", 1)
	if _, err := Parse("t.yaml", []byte(src+"  - id: m\n    when: mention\n")); err == nil || !strings.Contains(err.Error(), "watchlist") {
		t.Errorf("mention without entity or watchlist: %v", err)
	}
}
