package searchq

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestParse(t *testing.T) {
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
		got, err := Parse(c.in)
		if err != nil {
			t.Errorf("Parse(%q): %v", c.in, err)
			continue
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("Parse(%q) = %#v, want %#v", c.in, got, c.want)
		}
	}
}

func TestParseErrors(t *testing.T) {
	for _, in := range []string{"", "  ", `"open`, `workers "open`, "-workers", "NOT a", "***", "- OR AND", `""`} {
		if q, err := Parse(in); !errors.Is(err, ErrBad) {
			t.Errorf("Parse(%q) = %v, %v; want ErrBad", in, q, err)
		} else if !strings.Contains(err.Error(), "bad search query") {
			t.Errorf("Parse(%q) error %q does not say what is wrong", in, err)
		}
	}
}

func TestQueryString(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"a OR b c", "a OR b c"},
		{`"x y"* -z`, `"x y"* -z`},
		{"NOT z Q", "q -z"},
	} {
		q, err := Parse(c.in)
		if err != nil {
			t.Fatal(err)
		}
		if got := q.String(); got != c.want {
			t.Errorf("%q.String() = %q, want %q", c.in, got, c.want)
		}
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"workers", `"a b"* -c OR d`, `"`, "NOT", "a OR", "x*y*", "UNSCR-2397"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		q, err := Parse(s)
		if err != nil {
			if !errors.Is(err, ErrBad) {
				t.Fatalf("error not ErrBad: %v", err)
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
			q2, err := Parse(q.String())
			if err != nil || !reflect.DeepEqual(q, q2) {
				t.Fatalf("%q -> %q -> %v, %v", s, q.String(), q2, err)
			}
		}
	})
}

// TestParseBoundsCost: repeated terms are searched once, and a query
// of many different terms is refused, so one request's cost is bounded
// whatever its 1,000 bytes hold.
func TestParseBoundsCost(t *testing.T) {
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
		got, err := Parse(c.in)
		if err != nil {
			t.Errorf("Parse(%.40q): %v", c.in, err)
			continue
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("Parse(%.40q) = %#v, want %#v", c.in, got, c.want)
		}
	}
	var many []string
	for i := 0; i <= MaxTerms; i++ {
		many = append(many, fmt.Sprintf("w%d", i))
	}
	long := `"` + strings.Repeat("x ", MaxWords+1) + `"`
	for _, in := range []string{strings.Join(many, " "), strings.Join(many, " OR "), long} {
		_, err := Parse(in)
		if !errors.Is(err, ErrBad) || !strings.Contains(err.Error(), "at most") {
			t.Errorf("Parse(%.40q) = %v, want a bad query naming the limit", in, err)
		}
	}
	if _, err := Parse(strings.Join(many[:MaxTerms], " ")); err != nil {
		t.Errorf("%d terms must be accepted: %v", MaxTerms, err)
	}
}
