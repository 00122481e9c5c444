package claim

import (
	"math/rand"
	"strings"
	"testing"
)

// TestScope: the part of the whole a figure covers, from the clause
// around it. Sentences written for this test.
func TestScope(t *testing.T) {
	cases := []struct {
		lang, text, figure, scope string
	}{
		{"en", "Of the 5,200 arrivals, 1,900 came on business and 800 for private reasons.", "1,900", "on business"},
		{"en", "Of the 5,200 arrivals, 1,900 came on business and 800 for private reasons.", "800", "for private reasons"},
		{"en", "About 3,100 North Koreans entered Russia on student visas in 2024.", "3,100", "on student visas"},
		{"en", "Tourist visas accounted for 640 of the entries.", "640", "tourist visas"},
		{"en", "Officials counted 7,000 North Korean arrivals. Some 2,300 of them gave study as the purpose of the trip.", "2,300", "study"},
		{"en", "The ministry said 450 North Korean soldiers had been killed or wounded.", "450", "killed or wounded"},
		{"en", "The yards employ 4,000 North Korean workers, roughly 900 of them in shipbuilding.", "900", "in shipbuilding"},
		{"en", "Each crew numbers 30 North Korean workers.", "30", "each crew"},
		{"ru", "Из 6 000 въехавших по учебным визам въехали 4 100 граждан КНДР.", "4 100", "по учебным визам"},
		{"ru", "Всего въехали 6 000 граждан КНДР, из них 4 100 — по учебным визам.", "4 100", "по учебным визам"},
		{"ru", "Туристами назвались 300 человек.", "300", "туристами"},
		{"uk", "Кожна бригада налічує 25 працівників.", "25", "each бригада"},
		{"en", "About 3,100 North Koreans entered Russia in 2024.", "3,100", ""},
	}
	tops := builtin(t)
	for _, c := range cases {
		t.Run(c.text+" "+c.figure, func(t *testing.T) {
			a := article("2025-02-01", c.text)
			a.Lang = c.lang
			for _, cl := range Extract(a, annotate(a), tops) {
				if strings.Contains(cl.Text, c.figure) {
					if cl.Scope != c.scope {
						t.Errorf("scope %q, want %q (why: %s)", cl.Scope, c.scope, strings.Join(cl.Why, " | "))
					}
					return
				}
			}
			t.Errorf("no claim for %q", c.figure)
		})
	}
}

// TestTrimWords: trimWords is strings.TrimSpace(strings.TrimSuffix(s, " "+w))
// for each word in turn, on texts ending in hedges, bare hedges and
// hedges glued to the word before.
func TestTrimWords(t *testing.T) {
	def := func(s string, words []string) string {
		for _, w := range words {
			s = strings.TrimSpace(strings.TrimSuffix(s, " "+w))
		}
		return s
	}
	r := rand.New(rand.NewSource(5))
	parts := append([]string{"the toll at", "workers", "put it", " ", "", "xabout", "\t"}, predicateHedges...)
	for n := 0; n < 3000; n++ {
		var b strings.Builder
		for k := r.Intn(5); k >= 0; k-- {
			b.WriteString(parts[r.Intn(len(parts))])
			b.WriteString([]string{" ", "", "  ", " \t"}[r.Intn(4)])
		}
		s := b.String()
		for _, ws := range [][]string{predicateHedges, tollHedges} {
			if got, want := trimWords(s, ws), def(s, ws); got != want {
				t.Fatalf("trimWords(%q) = %q, want %q", s, got, want)
			}
		}
	}
}
