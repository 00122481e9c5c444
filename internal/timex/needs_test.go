package timex

import (
	"context"
	"strings"
	"testing"

	tok "github.com/dossier-osint/dossier/internal/token"
)

// refNeedsMet is needsMet as it was: each rule's need looked for in the
// window on its own.
func (p *parser) refNeedsMet(r *tRule, i int) bool {
	if r.need < 0 {
		return true
	}
	for k := i; k < p.hi && k <= i+needWindow; k++ {
		if e := p.toks[k].e; e != nil && e.needs.has(r.need) {
			return true
		}
		if p.toks[k].kind == kPunct && !p.isDash(k) && p.raw(k) != "'" && p.raw(k) != "’" {
			if s := p.raw(k); s == "." || s == "!" || s == "?" || s == ";" {
				return false // the sentence ends first
			}
		}
	}
	return false
}

// sameNeeds fails t where needsMet and refNeedsMet differ for a rule at a
// token of text.
func sameNeeds(t *testing.T, name, text string) {
	t.Helper()
	p := parser{text: text}
	var err error
	if err = p.tokenize(context.Background(), tok.New(text)); err != nil {
		t.Fatal(err)
	}
	for i := range p.toks {
		if i == 0 || p.toks[i].nl() {
			p.hi = p.nextLine(i)
		}
		for _, r := range rules.all {
			if r.need < 0 {
				continue
			}
			if got, want := p.needsMet(r, i), p.refNeedsMet(r, i); got != want {
				t.Fatalf("%s: rule %s at token %d (%q): needsMet %v, the scan %v", name, r.name, i, p.raw(i), got, want)
			}
		}
	}
}

// TestNeedsMetAsScan: the needs read once per token answer every rule as
// the scan of each rule's need did, on the rules' examples and the
// Wikinews sample.
func TestNeedsMetAsScan(t *testing.T) {
	for _, r := range rules.all {
		for _, ex := range r.examples {
			sameNeeds(t, r.name, ex.text)
		}
	}
	texts, _ := wikinews(t)
	for _, s := range texts {
		sameNeeds(t, "wikinews", s)
	}
}

// TestHasCyrillicAsByteScan: the byte searches find what the byte scan
// finds, with the Cyrillic letter at every place of a block.
func TestHasCyrillicAsByteScan(t *testing.T) {
	ref := func(s string) bool {
		for i := 0; i < len(s); i++ {
			if s[i] >= 0xD0 && s[i] <= 0xD4 {
				return true
			}
		}
		return false
	}
	texts, _ := wikinews(t)
	for _, base := range []string{"", "plain ASCII text", "é ü ß", "ж", "Ԁ", "\xd0", "ferry 渡し", "ё"} {
		for k := 0; k < 17; k++ {
			texts = append(texts, strings.Repeat("x", k)+base, base+strings.Repeat("y", k), strings.Repeat("é", k)+base)
		}
	}
	for _, s := range texts {
		if got, want := hasCyrillic(s), ref(s); got != want {
			t.Fatalf("hasCyrillic(%q) = %v, the byte scan %v", s, got, want)
		}
	}
}
