package topic

import "testing"

// findByAt is Find asking At at every word, as it did before it passed
// over the words no phrase may start at.
func findByAt(ws []Word, s PhraseSet) (int, int) {
	if len(s.List) == 0 {
		return -1, -1
	}
	for i := range ws {
		if k := s.At(ws, i); k >= 0 {
			return i, k
		}
	}
	return -1, -1
}

// TestFindAsByAt: Find finds the word and phrase At at every word does,
// for English and stemmed terms, in sentences that hold them, hold them
// inflected, or hold none.
func TestFindAsByAt(t *testing.T) {
	sets := []PhraseSet{{}, NewPhraseSet([]string{"worker", "send back", "labour migrant", "sent"})}
	ru := NewPhraseSet([]string{"worker"})
	ru.Add([]string{"рабочий", "трудовой мигрант", "направить"}, "ru")
	sets = append(sets, ru)
	found := 0
	for _, text := range []string{
		"", "Workers were sent back in 2024.", "The labour migrants arrived; workers followed.", "No term here at all.",
		"Около 13 тысяч рабочих были направлены в Россию", "трудовых мигрантов стало больше", "x y z worker",
	} {
		for _, lang := range []string{"en", "ru"} {
			ws := WordsLang(text, lang)
			for _, s := range sets {
				at, k := Find(ws, s)
				wat, wk := findByAt(ws, s)
				if at != wat || k != wk {
					t.Fatalf("%q (%s): Find = %d, %d; At at every word %d, %d", text, lang, at, k, wat, wk)
				}
				if at >= 0 {
					found++
				}
			}
		}
	}
	if found < 6 {
		t.Errorf("only %d finds checked", found)
	}
}
