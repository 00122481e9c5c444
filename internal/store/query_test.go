package store

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dossier-osint/dossier/internal/doc"
)

func TestParseQuery(t *testing.T) {
	w := func(words ...string) Term { return Term{Words: words} }
	p := func(words ...string) Term { return Term{Words: words, Prefix: true} }
	cases := []struct {
		in   string
		want Query
	}{
		{"workers", Query{Clauses: [][]Term{{w("workers")}}}},
		{"Workers  VISA", Query{Clauses: [][]Term{{w("workers")}, {w("visa")}}}},
		{"workers AND visa", Query{Clauses: [][]Term{{w("workers")}, {w("visa")}}}},
		{"workers OR laborers visa", Query{Clauses: [][]Term{{w("workers"), w("laborers")}, {w("visa")}}}},
		{"a OR b OR c", Query{Clauses: [][]Term{{w("a"), w("b"), w("c")}}}},
		{`"forced labour"`, Query{Clauses: [][]Term{{w("forced", "labour")}}}},
		{`"forced lab"*`, Query{Clauses: [][]Term{{p("forced", "lab")}}}},
		{"repatriat*", Query{Clauses: [][]Term{{p("repatriat")}}}},
		{"port -freight NOT traders", Query{Clauses: [][]Term{{w("port")}}, Not: []Term{w("freight"), w("traders")}}},
		{"UNSCR-2397", Query{Clauses: [][]Term{{w("unscr", "2397")}}}},
		{"12,000 workers", Query{Clauses: [][]Term{{w("12", "000")}, {w("workers")}}}},
		{"OR workers", Query{Clauses: [][]Term{{w("workers")}}}},
		{`"OR"`, Query{Clauses: [][]Term{{w("or")}}}},
		{`port -"freight volumes"`, Query{Clauses: [][]Term{{w("port")}}, Not: []Term{w("freight", "volumes")}}},
		{"Pjöngjang", Query{Clauses: [][]Term{{w("pjöngjang")}}}},
		// Cyrillic words stand for their inflections; quoted ones do not.
		{"Переселенцы", Query{Clauses: [][]Term{{p("переселенц")}}}},
		{"будівельників -Минтруд", Query{Clauses: [][]Term{{p("будівельник")}}, Not: []Term{p("минтруд")}}},
		{`"переселенцы"`, Query{Clauses: [][]Term{{w("переселенцы")}}}},
		{"трудов*", Query{Clauses: [][]Term{{p("трудов")}}}},
	}
	for _, c := range cases {
		got, err := ParseQuery(c.in)
		if err != nil {
			t.Errorf("ParseQuery(%q): %v", c.in, err)
			continue
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("ParseQuery(%q) = %#v, want %#v", c.in, got, c.want)
		}
	}
}

func TestParseQueryErrors(t *testing.T) {
	for _, in := range []string{"", "  ", `"open`, `workers "open`, "-workers", "NOT a", "***", "- OR AND", `""`} {
		if q, err := ParseQuery(in); !errors.Is(err, ErrBadQuery) {
			t.Errorf("ParseQuery(%q) = %v, %v; want ErrBadQuery", in, q, err)
		} else if !strings.Contains(err.Error(), "bad search query") {
			t.Errorf("ParseQuery(%q) error %q does not say what is wrong", in, err)
		}
	}
}

func TestQueryString(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"a OR b c", "a OR b c"},
		{`"x y"* -z`, `"x y"* -z`},
		{"NOT z Q", "q -z"},
	} {
		q, err := ParseQuery(c.in)
		if err != nil {
			t.Fatal(err)
		}
		if got := q.String(); got != c.want {
			t.Errorf("%q.String() = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestPeriodBounds(t *testing.T) {
	cases := []struct {
		in       string
		from, to string
		ok       bool
	}{
		{"2024", "2024-01-01", "2024-12-31", true},
		{"2024-02", "2024-02-01", "2024-02-29", true},
		{"2023-02", "2023-02-01", "2023-02-28", true},
		{"2024-05-28", "2024-05-28", "2024-05-28", true},
		{"2024-06-02T01:18:18", "2024-06-02", "2024-06-02", true},
		{"2024-Q1", "2024-01-01", "2024-03-31", true},
		{"2024-Q4", "2024-10-01", "2024-12-31", true},
		{"2024-H2", "2024-07-01", "2024-12-31", true},
		{"2024-SU", "2024-06-01", "2024-08-31", true},
		{"2024-WI", "2024-12-01", "2025-02-28", true},
		{"2024-W01", "2024-01-01", "2024-01-07", true},
		{"2024-W22", "2024-05-27", "2024-06-02", true},
		{"2021-W01", "2021-01-04", "2021-01-10", true},
		{"202X", "2020-01-01", "2029-12-31", true},
		{"20XX", "2000-01-01", "2099-12-31", true},
		{"2024-02-09/2025-02-09", "2024-02-09", "2025-02-09", true},
		{"2019/2021-06", "2019-01-01", "2021-06-30", true},
		{"2025/2024", "", "", false},
		{"XXXX-09", "", "", false},
		{"P1Y", "", "", false},
		{"", "", "", false},
		{"2024-13", "", "", false},
		{"2024-02-30", "", "", false},
		{"2024-W60", "", "", false},
		{"24", "", "", false},
		{"PRESENT_REF", "", "", false},
	}
	for _, c := range cases {
		from, to, ok := PeriodBounds(c.in)
		if from != c.from || to != c.to || ok != c.ok {
			t.Errorf("PeriodBounds(%q) = %q, %q, %v; want %q, %q, %v", c.in, from, to, ok, c.from, c.to, c.ok)
		}
	}
}

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

func TestMatchKey(t *testing.T) {
	a := doc.Claim{Start: 3, End: 9, Indicator: "entries", Text: "x", SaidBy: "a"}
	b := doc.Claim{Start: 3, End: 9, Indicator: "entries", Text: "y", SaidBy: "b", Value: doc.Exact(4)}
	c := doc.Claim{Start: 3, End: 9, Indicator: "exits"}
	if MatchKey(a) != MatchKey(b) {
		t.Errorf("same span and indicator, keys differ: %q %q", MatchKey(a), MatchKey(b))
	}
	if MatchKey(a) == MatchKey(c) {
		t.Errorf("other indicator, same key %q", MatchKey(a))
	}
}

func FuzzParseQuery(f *testing.F) {
	for _, s := range []string{"workers", `"a b"* -c OR d`, `"`, "NOT", "a OR", "x*y*", "UNSCR-2397"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		q, err := ParseQuery(s)
		if err != nil {
			if !errors.Is(err, ErrBadQuery) {
				t.Fatalf("error not ErrBadQuery: %v", err)
			}
			return
		}
		if len(q.Clauses) == 0 {
			t.Fatalf("no clauses without error for %q", s)
		}
		for _, c := range q.Clauses {
			for _, term := range c {
				for _, w := range term.Words {
					if w == "" || strings.ContainsAny(w, "\"*() -") {
						t.Fatalf("word %q from %q", w, s)
					}
					if utf8.ValidString(s) && !utf8.ValidString(w) {
						t.Fatalf("invalid UTF-8 word %q", w)
					}
				}
			}
		}
		// The normalized form parses to the same query.
		if utf8.ValidString(s) {
			q2, err := ParseQuery(q.String())
			if err != nil || !reflect.DeepEqual(q, q2) {
				t.Fatalf("%q -> %q -> %v, %v", s, q.String(), q2, err)
			}
		}
	})
}

func FuzzPeriodBounds(f *testing.F) {
	for _, s := range []string{"2024", "2024-W22", "2024-02-09/2025-02-09", "202X", "2024-Q3", "XXXX"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		from, to, ok := PeriodBounds(s)
		if !ok {
			if from != "" || to != "" {
				t.Fatalf("not ok but %q %q", from, to)
			}
			return
		}
		if len(from) != 10 || len(to) != 10 || from > to {
			t.Fatalf("PeriodBounds(%q) = %q, %q", s, from, to)
		}
	})
}

// TestParseQueryBoundsCost: repeated terms are searched once, and a query
// of many different terms is refused, so one request's cost is bounded
// whatever its 1,000 bytes hold.
func TestParseQueryBoundsCost(t *testing.T) {
	w := func(words ...string) Term { return Term{Words: words} }
	p := func(words ...string) Term { return Term{Words: words, Prefix: true} }
	cases := []struct {
		in   string
		want Query
	}{
		{strings.Repeat("a* ", 333), Query{Clauses: [][]Term{{p("a")}}}},
		{"port OR port OR dock port", Query{Clauses: [][]Term{{w("port"), w("dock")}, {w("port")}}}},
		{"dock OR port port OR dock", Query{Clauses: [][]Term{{w("dock"), w("port")}}}},
		{"ship -rust -rust NOT rust", Query{Clauses: [][]Term{{w("ship")}}, Not: []Term{w("rust")}}},
		{`"cargo ship" "cargo ship" cargo`, Query{Clauses: [][]Term{{w("cargo", "ship")}, {w("cargo")}}}},
	}
	for _, c := range cases {
		got, err := ParseQuery(c.in)
		if err != nil {
			t.Errorf("ParseQuery(%.40q): %v", c.in, err)
			continue
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("ParseQuery(%.40q) = %#v, want %#v", c.in, got, c.want)
		}
	}
	var many []string
	for i := 0; i <= MaxQueryTerms; i++ {
		many = append(many, fmt.Sprintf("w%d", i))
	}
	long := `"` + strings.Repeat("x ", MaxQueryWords+1) + `"`
	for _, in := range []string{strings.Join(many, " "), strings.Join(many, " OR "), long} {
		_, err := ParseQuery(in)
		if !errors.Is(err, ErrBadQuery) || !strings.Contains(err.Error(), "at most") {
			t.Errorf("ParseQuery(%.40q) = %v, want a bad query naming the limit", in, err)
		}
	}
	if _, err := ParseQuery(strings.Join(many[:MaxQueryTerms], " ")); err != nil {
		t.Errorf("%d terms must be accepted: %v", MaxQueryTerms, err)
	}
}
