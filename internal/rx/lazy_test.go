package rx

import (
	"regexp"
	"slices"
	"testing"
)

// captureCases are patterns with groups of each kind, parentheses in
// classes and escapes, and the syntax captureNames leaves to regexp.
var captureCases = []string{
	``, `a`, `(a)`, `(?:a)(b)`, `(?P<x>a)|(?<y>b)(c)`, `(?i)(a)(?i:b)(?s:c)`, `\((a)\)`, `[(](b)[)]`, `[]()](c)`,
	`[^]()](d)`, `[\]()](e)`, `[[:alpha:]](f)`, `\Q(\E(g)`, `\p{L}(h)\x{28}`, `((?P<a>x)(?P<b>y))`, `(?P<iy>\d{4})(?P<is1>[-.])`,
	`(?:^|[^\p{L}\p{N}])((?:(?i:mon|tue)\.?,?[\s\p{Z}]+)?(?P<d>\d{1,2}))`, `a\\(b)`, `[a\\](b)`, `(?P<ω>x)`,
}

// TestCaptureNamesAreSubexpNames: what captureNames reads is regexp's
// SubexpNames, and a Lazy answers the group questions without compiling
// its pattern.
func TestCaptureNamesAreSubexpNames(t *testing.T) {
	read := 0
	for _, expr := range captureCases {
		if checkCaptureNames(t, expr) {
			read++
		}
	}
	if read < len(captureCases)-3 {
		t.Errorf("captureNames read only %d of %d patterns", read, len(captureCases))
	}
	l := &Lazy{expr: `(?P<a>x)(y)(?P<b>z)`}
	if l.NumSubexp() != 3 || l.SubexpIndex("b") != 3 || l.SubexpIndex("c") != -1 || l.SubexpIndex("") != -1 {
		t.Errorf("NumSubexp %d, SubexpIndex(b) %d", l.NumSubexp(), l.SubexpIndex("b"))
	}
	if l.re != nil {
		t.Error("the group questions compiled the pattern")
	}
	if re := regexp.MustCompile(l.expr); re.SubexpIndex("b") != l.SubexpIndex("b") {
		t.Error("SubexpIndex differs from regexp's")
	}
}

// checkCaptureNames fails t when captureNames reads a valid pattern
// otherwise than regexp, and reports whether it read it.
func checkCaptureNames(t *testing.T, expr string) bool {
	t.Helper()
	re, err := regexp.Compile(expr)
	if err != nil {
		return false
	}
	names, ok := captureNames(expr)
	if ok && !slices.Equal(names, re.SubexpNames()) {
		t.Fatalf("captureNames(%q) = %q, regexp %q", expr, names, re.SubexpNames())
	}
	if l := (&Lazy{expr: expr}); !slices.Equal(l.SubexpNames(), re.SubexpNames()) {
		t.Fatalf("Lazy(%q).SubexpNames() = %q, regexp %q", expr, l.SubexpNames(), re.SubexpNames())
	}
	return ok
}

func FuzzCaptureNames(f *testing.F) {
	for _, expr := range captureCases {
		f.Add(expr)
	}
	f.Fuzz(func(t *testing.T, expr string) { checkCaptureNames(t, expr) })
}
