package quantity

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestLexiconLines checks that a malformed data line is refused with the
// file and line in the error, and that a good one is read.
func TestLexiconLines(t *testing.T) {
	for _, c := range []struct {
		text string
		ok   bool
	}{
		{"unit 5: пять, пяти", true},
		{"# a comment\n\napprox: около, где-то", true},
		{"unit 5 пять", false},
		{"unit 5 6: пять", false},
		{"unit 5: , ,", false},
	} {
		es, err := parseLexicon("test.txt", c.text)
		if (err == nil) != c.ok {
			t.Errorf("%q: err %v, want ok=%v", c.text, err, c.ok)
		}
		if c.ok && len(es) != 1 {
			t.Errorf("%q: %d entries, want 1", c.text, len(es))
		}
	}
	loadTables() // the second entry below must find "пять" taken
	if err := applyEntry(lexEntry{file: "x", class: "nosuch", forms: []string{"a"}}); err == nil {
		t.Error("unknown class accepted")
	}
	if err := applyEntry(lexEntry{file: "x", class: "unit", value: "7", forms: []string{"пять"}}); err == nil {
		t.Error("a form given two values accepted")
	}
}

func FuzzParseLexicon(f *testing.F) {
	f.Add("unit 5: пять, пяти\nmin-open: более чем")
	f.Add("ratio 2: вдвое\n#x\nbad line")
	f.Fuzz(func(t *testing.T, text string) {
		es, err := parseLexicon("fuzz.txt", text)
		if err != nil {
			return
		}
		for _, e := range es {
			if e.class == "" || len(e.forms) == 0 {
				t.Fatalf("entry without class or forms from %q", text)
			}
		}
	})
}

// normFormReference is normForm as first written: lower case, the
// apostrophes folded, the fields joined by single spaces.
func normFormReference(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.NewReplacer("’", "'", "ʼ", "'").Replace(s)
	return strings.Join(strings.Fields(s), " ")
}

var normFormCases = []string{"", "metre", "cubic metres", "  Cubic  Metres ", "tonne\tof oil", "п’ять", "пʼять тисяч",
	"тысяча\u00a0тонн", "тонн\u2009нефти", "мільйон тонн", "тонна ", "\u3000тонна", "\xffтонн\x85", "тонн\u0085",
	"billion\u00a0dollars", " a", "a ", "a  b", "ДОЛЛАРОВ США", "x\u2028y", "\xff bad"}

func TestNormFormAgreesWithReference(t *testing.T) {
	for _, s := range normFormCases {
		if got, want := normForm(s), normFormReference(s); got != want {
			t.Errorf("normForm(%q) = %q, want %q", s, got, want)
		}
	}
}

func FuzzNormForm(f *testing.F) {
	for _, s := range normFormCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := normForm(s), normFormReference(s); got != want {
			t.Fatalf("normForm(%q) = %q, want %q", s, got, want)
		}
		if got, want := lowerCase(s), lowerCaseReference(s); got != want {
			t.Fatalf("lowerCase(%q) = %v, want %v", s, got, want)
		}
		if got, want := plainForm(s), normFormReference(s) == s && utf8.ValidString(s); got != want {
			t.Fatalf("plainForm(%q) = %v, want %v", s, got, want)
		}
	})
}

// lowerCaseReference is lowerCase by its definition.
func lowerCaseReference(s string) bool { return utf8.ValidString(s) && strings.ToLower(s) == s }

// TestPlainForm: plainForm holds of exactly the valid forms that
// normFormReference gives back as they are.
func TestPlainForm(t *testing.T) {
	for _, s := range append(normFormCases, "п'ять", "тысяча тонн", "İstanbul", "ǅ", "\ufffd", "тонн\xd0", "x\u205fy", "x\u1680y") {
		if got, want := plainForm(s), normFormReference(s) == s && utf8.ValidString(s); got != want {
			t.Errorf("plainForm(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestLowerCaseAgreesWithReference(t *testing.T) {
	for _, s := range append(normFormCases, "İstanbul", "ǅ", "\ufffd", "тонн\xd0", "ΣΑΣ", "ⱥ", "Ⱥ") {
		if got, want := lowerCase(s), lowerCaseReference(s); got != want {
			t.Errorf("lowerCase(%q) = %v, want %v", s, got, want)
		}
	}
}

// splitWordsReference is splitWords as first written, rune by rune.
func splitWordsReference(s string) []string {
	var out []string
	cur := ""
	for _, r := range s {
		if r == ' ' {
			if cur != "" {
				out = append(out, cur)
			}
			cur = ""
			continue
		}
		cur += string(r)
	}
	if cur != "" {
		out = append(out, cur)
	}
	return out
}

// TestSplitWordsAgreesWithReference on the forms normForm gives, the
// phrases addModifier splits (valid UTF-8: the reference also turned an
// invalid byte into U+FFFD, which normForm has already done).
func TestSplitWordsAgreesWithReference(t *testing.T) {
	for _, s := range append(normFormCases, "более чем", "  по  меньшей мере ", "\xff \xfe") {
		s = normForm(s)
		got, want := splitWords(s), splitWordsReference(s)
		if len(got) != len(want) || strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("splitWords(%q) = %q, want %q", s, got, want)
		}
	}
}
