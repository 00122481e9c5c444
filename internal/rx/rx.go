// Package rx puts an exact, cheap test before a regular expression
// anchored at the start of the text: the pattern can only match a text
// whose first rune one of its first instructions takes. Go's regexp
// clears a bit map as long as the text before it tries a pattern, so a
// long paragraph costs a pattern that fails at its first rune as much as
// a match; the test answers those at once.
package rx

import (
	"regexp"
	"regexp/syntax"
	"unicode/utf8"
)

// Anchored is a regexp with a first-rune test when every way through it
// starts at the start of the text (^ without (?m)).
type Anchored struct {
	*regexp.Regexp
	ok    bool           // the test applies
	ascii [128]bool      // first runes below 128 the pattern may start with
	first []*syntax.Inst // the instructions that read the first rune
	empty bool           // the pattern may match without reading a rune
}

// MustCompile compiles expr as regexp.MustCompile does and works out its
// first-rune test.
func MustCompile(expr string) *Anchored {
	a := &Anchored{Regexp: regexp.MustCompile(expr)}
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return a
	}
	prog, err := syntax.Compile(re.Simplify())
	if err != nil {
		return a
	}
	a.ok = a.walk(prog, uint32(prog.Start), false, map[uint32]bool{})
	if a.ok {
		for c := rune(0); c < 128; c++ {
			a.ascii[c] = a.takes(c)
		}
	}
	return a
}

// walk follows the instructions that read no rune from pc, collecting
// the first rune-reading ones; it reports false when one of them can be
// reached without passing the start-of-text assertion.
func (a *Anchored) walk(prog *syntax.Prog, pc uint32, anchored bool, seen map[uint32]bool) bool {
	key := pc << 1
	if anchored {
		key |= 1
	}
	if seen[key] {
		return true
	}
	seen[key] = true
	in := &prog.Inst[pc]
	switch in.Op {
	case syntax.InstAlt, syntax.InstAltMatch:
		return a.walk(prog, in.Out, anchored, seen) && a.walk(prog, in.Arg, anchored, seen)
	case syntax.InstCapture, syntax.InstNop:
		return a.walk(prog, in.Out, anchored, seen)
	case syntax.InstEmptyWidth:
		if syntax.EmptyOp(in.Arg)&syntax.EmptyBeginText != 0 {
			anchored = true
		}
		return a.walk(prog, in.Out, anchored, seen)
	case syntax.InstMatch:
		a.empty = true
		return anchored
	case syntax.InstFail:
		return true
	default: // a rune-reading instruction
		if !anchored {
			return false
		}
		a.first = append(a.first, in)
		return true
	}
}

// takes reports whether one of the first instructions reads r.
func (a *Anchored) takes(r rune) bool {
	for _, in := range a.first {
		switch in.Op {
		case syntax.InstRuneAny:
			return true
		case syntax.InstRuneAnyNotNL:
			if r != '\n' {
				return true
			}
		default:
			if in.MatchRune(r) {
				return true
			}
		}
	}
	return false
}

// MayMatch reports false only when the pattern cannot match s.
func (a *Anchored) MayMatch(s string) bool {
	if !a.ok || a.empty {
		return true
	}
	if s == "" {
		return false
	}
	if c := s[0]; c < utf8.RuneSelf {
		return a.ascii[c]
	}
	r, _ := utf8.DecodeRuneInString(s)
	return a.takes(r)
}

// MatchString is regexp's MatchString, answered by the first-rune test
// when it rules the text out.
func (a *Anchored) MatchString(s string) bool { return a.MayMatch(s) && a.Regexp.MatchString(s) }

// FindStringSubmatch is regexp's FindStringSubmatch behind the test.
func (a *Anchored) FindStringSubmatch(s string) []string {
	if !a.MayMatch(s) {
		return nil
	}
	return a.Regexp.FindStringSubmatch(s)
}

// Applies reports whether the pattern is anchored, so that the test can
// rule texts out.
func (a *Anchored) Applies() bool { return a.ok && !a.empty }
