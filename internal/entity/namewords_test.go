package entity

import (
	"reflect"
	"testing"
)

func TestNameWordsDropsMarksInsideWords(t *testing.T) {
	cases := map[string][]string{
		"Kim Jong-un":     {"Kim", "Jong", "un"},
		"U.S. Treasury":   {"US", "Treasury"},
		"O'Brien":         {"OBrien"},
		"'Ali . .":        {"Ali"},
		"ʼAli":            {"ʼAli"}, // U+02BC is a letter: kept
		"Rosneft, 2024":   {"Rosneft", "2024"},
		"Зюганов Г.А.":    {"Зюганов", "ГА"},
		"":                nil,
		"--":              nil,
		"N.\u00a0Korea’s": {"N", "Korea", "s"},
	}
	for in, want := range cases {
		if got := nameWordsInto(nil, in); !reflect.DeepEqual(got, want) {
			t.Errorf("nameWordsInto(nil, %q) = %q, want %q", in, got, want)
		}
	}
}

func TestFoldQuotesMatchesReplacer(t *testing.T) {
	for _, s := range []string{"O’Brien", "‘Ali", "plain", "Зюганов", "a—b’c"} {
		if got, want := foldQuotes(s), quoteFolder.Replace(s); got != want {
			t.Errorf("foldQuotes(%q) = %q, want %q", s, got, want)
		}
	}
}
