package csvsafe

import (
	"bytes"
	"encoding/csv"
	"testing"
)

func TestCell(t *testing.T) {
	for in, want := range map[string]string{
		`=HYPERLINK("http://evil.example/","x")`: `'=HYPERLINK("http://evil.example/","x")`,
		"+1+cmd|' /C calc'!A0":                   "'+1+cmd|' /C calc'!A0",
		"-2+3":                                   "'-2+3",
		"@SUM(A1:A9)":                            "'@SUM(A1:A9)",
		"\t=1+1":                                 "'\t=1+1",
		"\r=1+1":                                 "'\r=1+1",
		"\n=1+1":                                 "'\n=1+1",
		"  =1+1":                                 "'  =1+1",
		"＝1+1":                                   "'＝1+1",
		"-5":                                     "-5",
		"+3.5":                                   "+3.5",
		"-1e6":                                   "-1e6",
		"12,000 workers":                         "12,000 workers",
		"person":                                 "person",
		"":                                       "",
		" ":                                      " ",
		"a=b":                                    "a=b",
	} {
		if got := Cell(in); got != want {
			t.Errorf("Cell(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestWriterDefusesEveryCell writes a record whose every cell is hostile
// and reads it back: no cell starts a formula.
func TestWriterDefusesEveryCell(t *testing.T) {
	var b bytes.Buffer
	w := NewWriter(&b)
	row := []string{"=1", "+1+1", "-1+1", "@x", "\tx", "\rx", "ok"}
	if err := w.Write(row); err != nil {
		t.Fatal(err)
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	if row[0] != "=1" {
		t.Error("Write changed the caller's record")
	}
	got, err := csv.NewReader(&b).Read()
	if err != nil {
		t.Fatal(err)
	}
	for i, c := range got[:6] {
		if c[0] != '\'' {
			t.Errorf("cell %d %q not defused", i, c)
		}
	}
	if got[6] != "ok" {
		t.Errorf("harmless cell changed: %q", got[6])
	}
}

func FuzzCell(f *testing.F) {
	for _, s := range []string{"=1", "-5", " \t", "＝", "a"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c := Cell(s)
		if c != s && c != "'"+s {
			t.Fatalf("Cell(%q) = %q: only an apostrophe may be added", s, c)
		}
		if c == s && !number.MatchString(s) {
			for _, r := range s {
				if r == ' ' {
					continue
				}
				for _, x := range triggers {
					if r == x {
						t.Fatalf("Cell(%q) left a formula start", s)
					}
				}
				break
			}
		}
	})
}
