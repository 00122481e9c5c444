package entity

import (
	"strings"
	"testing"

	"github.com/dossier-osint/dossier/internal/sharedtest"
)

// slavicSurnameOld is slavicSurname as it was read before slavicEndsBy:
// every ending tried in turn.
func slavicSurnameOld(w string) bool {
	if hasCyrillic(w) {
		return cyrSurnameStem(w)
	}
	if len(w) < 5 {
		return false
	}
	for _, s := range slavicEnds {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

// TestSlavicSurnameByLastByte: slavicSurname by the endings of a word's
// last byte answers as the reading of every ending does, on each ending
// after stems of several lengths, on near misses and on every word of
// the Wikinews sample.
func TestSlavicSurnameByLastByte(t *testing.T) {
	words := []string{"", "ov", "petrov", "ivanova", "zelensky", "tkachenko", "kovalchuk", "saakashvili", "abc", "shoigu"}
	for _, e := range slavicEnds {
		for _, stem := range []string{"", "a", "kar", "kuzne", "ivanovi"} {
			words = append(words, stem+e, stem+e[:len(e)-1], stem+e+"s", stem+strings.ToUpper(e))
		}
	}
	if sharedtest.Dir("data/wikinews-sample") != "" {
		for _, a := range sharedtest.Wikinews(t) {
			for _, tok := range tokenize(a.Text) {
				words = append(words, tok.norm(), tok.text)
			}
		}
	}
	for _, w := range words {
		if got, want := slavicSurname(w), slavicSurnameOld(w); got != want {
			t.Errorf("slavicSurname(%q) = %v, every ending tried says %v", w, got, want)
		}
	}
}

// TestKeyTypeIndex: keyTypeIndex gives each of keyTypes its place, -1 to
// another type.
func TestKeyTypeIndex(t *testing.T) {
	for i, typ := range keyTypes {
		if got := keyTypeIndex(typ); got != i {
			t.Errorf("keyTypeIndex(%q) = %d, want %d", typ, got, i)
		}
	}
	for _, typ := range []string{"per", "EVENT", " PER", "X"} {
		if got := keyTypeIndex(typ); got != -1 {
			t.Errorf("keyTypeIndex(%q) = %d, want -1", typ, got)
		}
	}
}
