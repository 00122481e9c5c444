package entity

import (
	"strings"
	"testing"
)

// phraseKey and appendPhraseKey are the tokens' normal forms joined by
// spaces, for one token, a few, and a key longer than phraseKey's stack
// buffer.
func TestPhraseKeyJoinsNorms(t *testing.T) {
	for _, name := range []string{
		"Kremlin",
		"State Department",
		"Ministry of Transport of Kazakhstan",
		"Federal Customs Service",
		"Служба внешней разведки",
		strings.Repeat("International Committee ", 5),
	} {
		toks := append([]token(nil), tokenizeLoad(name)...)
		norms := make([]string, len(toks))
		for i := range toks {
			norms[i] = toks[i].norm()
		}
		want := strings.Join(norms, " ")
		if got := phraseKey(toks); got != want {
			t.Errorf("phraseKey(%q) = %q, want %q", name, got, want)
		}
		if got := string(appendPhraseKey([]byte("x"), toks)); got != "x"+want {
			t.Errorf("appendPhraseKey(%q) = %q, want %q", name, got, "x"+want)
		}
	}
}

// orgMidSentence is rule+ruleOrgMidSentence, its constant case too.
func TestOrgMidSentence(t *testing.T) {
	for _, rule := range []string{"capitalised word", "capitalised word; acronym defined in parentheses", ""} {
		if got, want := orgMidSentence(rule), rule+ruleOrgMidSentence; got != want {
			t.Errorf("orgMidSentence(%q) = %q, want %q", rule, got, want)
		}
	}
}
