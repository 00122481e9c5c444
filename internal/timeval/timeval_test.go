package timeval

import (
	"testing"
	"time"
)

func TestBounds(t *testing.T) {
	for _, c := range []struct {
		in, from, to string
		ok           bool
	}{
		{"2024", "2024-01-01", "2024-12-31", true},
		{"2024-02", "2024-02-01", "2024-02-29", true},
		{"2023-02-28", "2023-02-28", "2023-02-28", true},
		{"2024-02-09T08:15", "2024-02-09", "2024-02-09", true},
		{"2024-02-09TEV", "2024-02-09", "2024-02-09", true},
		{"2024-06-02T01:18:18", "2024-06-02", "2024-06-02", true},
		{"2024-06-02T01:18+09:00", "2024-06-02", "2024-06-02", true},
		{"2024-Q3", "2024-07-01", "2024-09-30", true},
		{"2024-H1", "2024-01-01", "2024-06-30", true},
		{"2024-WI", "2024-12-01", "2025-02-28", true},
		{"2024-W01", "2024-01-01", "2024-01-07", true},
		{"2021-W01", "2021-01-04", "2021-01-10", true},
		{"201X", "2010-01-01", "2019-12-31", true},
		{"19XX", "1900-01-01", "1999-12-31", true},
		{"2024-01/2024-06", "2024-01-01", "2024-06-30", true},
		{"2022/2024-Q1", "2022-01-01", "2024-03-31", true},
		{"2024-06/2024-01", "", "", false},
		{"2023-02-30", "", "", false},
		{"2024-13", "", "", false},
		{"2024-W54", "", "", false},
		{"P3Y", "", "", false},
		{"PRESENT_REF", "", "", false},
		{"XXXX-12", "", "", false},
		{"", "", "", false},
		{"0000", "", "", false},
	} {
		from, to, ok := Bounds(c.in)
		if from != c.from || to != c.to || ok != c.ok {
			t.Errorf("Bounds(%q) = %q, %q, %v; want %q, %q, %v", c.in, from, to, ok, c.from, c.to, c.ok)
		}
	}
}

func TestSame(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"2024-Q3", "2024-07/2024-09", true},
		{"2024-H2", "2024-07/2024-12", true},
		{"2024-W05", "2024-01-29/2024-02-04", true},
		{"2024", "2024-01/2024-12", true},
		{"2024-Q3", "2024-07/2024-08", false},
		{"2024", "2025", false},
		{"P1Y", "P1Y", true},
		{"P1Y", "P2Y", false},
	} {
		if got := Same(c.a, c.b); got != c.want {
			t.Errorf("Same(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

func TestOverlap(t *testing.T) {
	if got := Overlap("2024", "2024-H1"); got < 0.49 || got > 0.51 {
		t.Errorf("Overlap(2024, 2024-H1) = %.3f, want about 0.5", got)
	}
	if got := Overlap("2024", "2025"); got != 0 {
		t.Errorf("disjoint years overlap %.3f", got)
	}
	if got := Overlap("2024", "nonsense"); got != 0 {
		t.Errorf("unparsable value overlaps %.3f", got)
	}
}

func TestFormatInterval(t *testing.T) {
	d := func(s string) time.Time {
		t, err := time.Parse(DayLayout, s)
		if err != nil {
			panic(err)
		}
		return t
	}
	for _, c := range []struct {
		s, e, want string
	}{
		{"2024-01-01", "2025-01-01", "2024"},
		{"2024-03-01", "2024-04-01", "2024-03"},
		{"2024-03-05", "2024-03-06", "2024-03-05"},
		{"2024-01-01", "2024-07-01", "2024-01/2024-06"},
		{"2022-01-01", "2025-01-01", "2022/2024"},
		{"2024-01-03", "2024-02-11", "2024-01-03/2024-02-10"},
		{"2024-02-11", "2024-01-03", ""},
	} {
		if got := FormatInterval(d(c.s), d(c.e)); got != c.want {
			t.Errorf("FormatInterval(%s, %s) = %q, want %q", c.s, c.e, got, c.want)
		}
	}
	// String round-trips through Parse for every granularity it names.
	for _, v := range []string{"2024", "2024-03", "2024-03-05", "2024-01/2024-06"} {
		p, err := Parse(v)
		if err != nil {
			t.Fatal(err)
		}
		if p.String() != v {
			t.Errorf("Parse(%q).String() = %q", v, p.String())
		}
	}
}

func TestJoin(t *testing.T) {
	if got := Join("2024-01", "2024-06"); got != "2024-01/2024-06" {
		t.Errorf("Join = %q", got)
	}
	if got := Join("2024-06", "2024-01"); got != "" {
		t.Errorf("Join of a reversed pair = %q, want empty", got)
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"2024", "2024-Q3", "2024-W05", "2024-02-09T08:15", "201X", "2024-01/2024-06", "2024-02-30"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := Parse(s)
		if err != nil {
			return
		}
		if !v.Start.Before(v.End) {
			t.Fatalf("Parse(%q) gave an empty interval %v..%v", s, v.Start, v.End)
		}
		from, to, ok := Bounds(s)
		if !ok || from > to {
			t.Fatalf("Bounds(%q) = %q, %q, %v after a successful Parse", s, from, to, ok)
		}
		if !Same(s, v.String()) {
			t.Fatalf("String() of %q is %q, which stands for another interval", s, v.String())
		}
	})
}
