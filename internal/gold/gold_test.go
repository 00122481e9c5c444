package gold

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

func TestLoad(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "k.json")
	key := `{"topic":"t","documents":[{"file":"a.txt","published":null,"credit":"EFE","title":"T",
	 "claims":[{"cue":"some 40 ships","value":{"exact":40,"approx":true},"unit":"ship","indicator":null,"period":"2020","said_by":null,"origin":null,"required":false}],
	 "times":[{"cue":"in 2020","value":"2020"},{"cue":"Friday","value":null}]}]}`
	if err := os.WriteFile(p, []byte(key), 0o644); err != nil {
		t.Fatal(err)
	}
	k, err := Load(p)
	if err != nil {
		t.Fatal(err)
	}
	d := k.Documents[0]
	if d.Published != nil || Str(d.Credit) != "EFE" || d.Claims[0].IsRequired() {
		t.Errorf("bad document: %+v", d)
	}
	if v := d.Claims[0].Value; v.Number != 40 || !v.Approx {
		t.Errorf("value = %+v", v)
	}
	if d.Times[1].Value != nil || Str(d.Times[0].Value) != "2020" {
		t.Errorf("times = %+v", d.Times)
	}
	b, _ := json.Marshal(d.Claims[0].Value)
	if string(b) != `{"exact":40,"approx":true}` {
		t.Errorf("round trip = %s", b)
	}
	if _, err := Load(filepath.Join(dir, "missing.json")); err == nil {
		t.Error("missing file: no error")
	}
	os.WriteFile(p, []byte(`{"documents":[]}`), 0o644)
	if _, err := Load(p); err == nil {
		t.Error("empty key: no error")
	}
}

func TestFoldAndSameEntity(t *testing.T) {
	if got := Fold("the  country’s\n“diligence”"); got != `the country's "diligence"` {
		t.Errorf("Fold = %q", got)
	}
	aliases := [][]string{{"Wall Street Journal", "WSJ", "the Journal"}}
	cases := []struct {
		a, b string
		want bool
	}{
		{"Wall Street Journal", "wall street journal", true},
		{"U.S. State Department", "State Department", true},
		{"WSJ", "Wall Street Journal", true},
		{"Reuters", "Wall Street Journal", false},
		{"", "Reuters", false},
	}
	for _, c := range cases {
		if got := SameEntity(c.a, c.b, aliases); got != c.want {
			t.Errorf("SameEntity(%q, %q) = %v", c.a, c.b, got)
		}
	}
}
