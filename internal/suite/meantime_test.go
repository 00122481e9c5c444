package suite

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestMeantimeSmall(t *testing.T) {
	dir := t.TempDir()
	doc := `<?xml version="1.0" ?><Document doc_id="1" lang="en">
<token t_id="1" sentence="0" number="0">Sales</token><token t_id="2" sentence="0" number="1">news</token>
<token t_id="3" sentence="1" number="2">March</token><token t_id="4" sentence="1" number="3">3</token><token t_id="5" sentence="1" number="4">,</token><token t_id="6" sentence="1" number="5">2009</token>
<token t_id="7" sentence="2" number="6">Sales</token><token t_id="8" sentence="2" number="7">fell</token><token t_id="9" sentence="2" number="8">last</token><token t_id="10" sentence="2" number="9">year</token><token t_id="11" sentence="2" number="10">by</token><token t_id="12" sentence="2" number="11">$</token><token t_id="13" sentence="2" number="12">5</token><token t_id="14" sentence="2" number="13">.</token>
<Markables>
<TIMEX3 m_id="1" type="DATE" value="2009-03-03" functionInDocument="CREATION_TIME"><token_anchor t_id="3"/><token_anchor t_id="4"/><token_anchor t_id="5"/><token_anchor t_id="6"/></TIMEX3>
<TIMEX3 m_id="2" type="DATE" value="2008" functionInDocument="NONE"><token_anchor t_id="9"/><token_anchor t_id="10"/></TIMEX3>
<TIMEX3 m_id="3" type="DATE" value="2058" functionInDocument="NONE"/>
<VALUE m_id="4" type="MONEY"><token_anchor t_id="12"/><token_anchor t_id="13"/></VALUE>
</Markables></Document>`
	if err := os.WriteFile(filepath.Join(dir, "a.xml"), []byte(doc), 0o644); err != nil {
		t.Fatal(err)
	}
	old := meantimeAmounts
	defer func() { meantimeAmounts = old }()
	meantimeAmounts = func(text string) []span {
		i := strings.Index(text, "$ 5")
		if i < 0 {
			return nil
		}
		return []span{{i, i + 3}}
	}
	r, err := Meantime(dir)
	if err != nil {
		t.Fatal(err)
	}
	if r.TimesGold != 1 || r.TimesMatched != 1 || r.TimesPredicted != 1 || r.TimesValueAccuracy != 1 {
		t.Errorf("times: %+v", r)
	}
	if r.ValuesGold != 1 || r.ValuesMatched != 1 || r.ValuesF1 != 1 {
		t.Errorf("values: %+v", r)
	}
	// an amount no VALUE covers is listed as spurious
	meantimeAmounts = func(text string) []span {
		i, j := strings.Index(text, "$ 5"), strings.Index(text, "fell")
		if i < 0 || j < 0 {
			return nil
		}
		return []span{{i, i + 3}, {j, j + 4}}
	}
	if r, err = Meantime(dir); err != nil {
		t.Fatal(err)
	}
	if r.ValuesPredicted != 2 || !strings.Contains(strings.Join(r.Misses, "\n"), `spurious value "fell"`) {
		t.Errorf("spurious amount not listed: predicted %d, misses %q", r.ValuesPredicted, r.Misses)
	}
}

func TestMeantime(t *testing.T) {
	dir := sharedData("meantime-en/intra-doc_annotation")
	if dir == "" {
		t.Skip("shared/data/meantime-en not found above the package directory")
	}
	r, err := Meantime(dir)
	if err != nil {
		t.Fatal(err)
	}
	if testing.Verbose() {
		t.Log("\n" + strings.Join(r.Misses, "\n"))
	}
	t.Logf("MEANTIME: %d docs; times gold %d predicted %d matched %d P %.4f R %.4f F1 %.4f value accuracy %.4f; values gold %d predicted %d matched %d F1 %.4f",
		r.Documents, r.TimesGold, r.TimesPredicted, r.TimesMatched, r.TimesPrecision, r.TimesRecall, r.TimesF1, r.TimesValueAccuracy,
		r.ValuesGold, r.ValuesPredicted, r.ValuesMatched, r.ValuesF1)
	if r.Documents != 120 {
		t.Errorf("documents = %d, want 120", r.Documents)
	}
	if r.TimesF1 < 0.7 {
		t.Errorf("times F1 %.4f below 0.7", r.TimesF1)
	}
}
