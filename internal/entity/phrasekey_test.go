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

// checkPhraseIs: phraseIs(toks, p) is phraseKey(toks) == p, for the key
// itself, keys of the tokens' prefixes and suffixes, and p cut or grown.
func checkPhraseIs(t *testing.T, name string) {
	t.Helper()
	toks := append([]token(nil), tokenizeLoad(name)...)
	key := phraseKey(toks)
	ps := []string{key, "", " ", key + " ", " " + key, strings.ToUpper(key), key + "s"}
	for i := range len(key) {
		ps = append(ps, key[:i], key[i:], key[:i]+" "+key[i:])
	}
	for i := range toks {
		ps = append(ps, phraseKey(toks[:i]), phraseKey(toks[i:]))
	}
	for _, p := range ps {
		if got, want := phraseIs(toks, p), key == p; got != want {
			t.Errorf("phraseIs(%q, %q) = %v, want %v", name, p, got, want)
		}
	}
}

func TestPhraseIsPhraseKey(t *testing.T) {
	for _, name := range []string{
		"", "Kremlin", "State Department", "Ministry of Transport of Kazakhstan", "U.S. State Department",
		"Служба внешней разведки", "the Korea-Russia  Trade Office", strings.Repeat("International Committee ", 5),
	} {
		checkPhraseIs(t, name)
	}
}

func FuzzPhraseIs(f *testing.F) {
	f.Add("Ministry of Transport of Kazakhstan")
	f.Add("Служба внешней разведки")
	f.Fuzz(func(t *testing.T, name string) {
		if len(name) > 200 {
			return
		}
		checkPhraseIs(t, name)
	})
}
