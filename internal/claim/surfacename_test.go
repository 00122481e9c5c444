package claim

import "testing"

// TestSourceAsWritten: a source is named as the article writes it when the
// article never writes the listed name ("FSB" stays "FSB"; a capital for
// its country stays the capital); where it does write the full name, that
// name is given.
func TestSourceAsWritten(t *testing.T) {
	cases := []articleCase{
		{"an acronym the article never spells out",
			[]string{"Some 2,100 North Korean nationals entered Russia during the first quarter, FSB border data show."},
			[]want{{"2,100", "~2100", "person", "-", "-", "", "FSB"}}},
		{"the full name written before the acronym",
			[]string{"The Federal Security Service publishes border data each quarter.", "Some 2,100 North Korean nationals entered Russia during the first quarter, FSB border data show."},
			[]want{{"2,100", "~2100", "person", "-", "-", "", "Federal Security Service"}}},
		{"a capital for its government",
			[]string{"North Korea sent 900 containers of shells to Russia, Kyiv said."},
			[]want{{"900", "900", "container", "-", "-", "Kyiv", ""}}},
	}
	runArticleCases(t, "2025-05-20", cases)
}
