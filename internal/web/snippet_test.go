package web

import (
	"reflect"
	"testing"
)

func TestSplitSnippet(t *testing.T) {
	cases := []struct {
		in   string
		want []SnippetPart
	}{
		{"plain", []SnippetPart{{"plain", false}}},
		{"a \x02b\x03 c", []SnippetPart{{"a ", false}, {"b", true}, {" c", false}}},
		{"\x02x\x03\x02y\x03", []SnippetPart{{"x", true}, {"y", true}}},
		{"open \x02end", []SnippetPart{{"open ", false}, {"end", true}}},
		{"stray \x03 close", []SnippetPart{{"stray  close", false}}},
		{"", nil},
	}
	for _, c := range cases {
		if got := SplitSnippet(c.in); !reflect.DeepEqual(got, c.want) {
			t.Errorf("SplitSnippet(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}
