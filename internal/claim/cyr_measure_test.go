package claim

import (
	"strings"
	"testing"
)

// TestCyrillicMeasures: a Russian or Ukrainian measure of an amount
// (тонна, баррель, литр, килограмм, кубометр) gives its unit, as in
// English, and the noun right after it, in the genitive, is what is
// measured; a preposition after the measure leaves the measure itself.
// Sentences written for this test.
func TestCyrillicMeasures(t *testing.T) {
	cases := []struct {
		lang, text, figure, unit, counted string
	}{
		{"ru", "Порт принял 40 тыс. тонн угля в мае.", "40 тыс", "tonne", "угля"},
		{"ru", "Экспорт составил 12 тыс. кубометров газа.", "12 тыс", "cubic metre", "газа"},
		{"ru", "Суда вывезли 2 млн тонн через соседние порты.", "2 млн", "tonne", "тонн"},
		{"uk", "Танкери доставили понад 300 тисяч барелів до порту.", "300 тисяч", "barrel", "барелів"},
		{"uk", "Склад отримав 800 тисяч літрів пального.", "800 тисяч", "litre", "пального"},
		{"uk", "Комбінат відвантажив 5 тисяч тонн чорного вугілля.", "5 тисяч", "tonne", "чорного вугілля"},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			a := articleIn(c.lang, "2024-06-01", c.text)
			for _, cl := range Extract(a, annotate(a), nil) {
				if strings.Contains(cl.Text, c.figure) {
					if cl.Unit != c.unit || cl.Counted != c.counted {
						t.Errorf("unit %q counted %q, want %q %q (why: %s)", cl.Unit, cl.Counted, c.unit, c.counted, strings.Join(cl.Why, " | "))
					}
					return
				}
			}
			t.Errorf("no claim for %q", c.figure)
		})
	}
}
