package rx

import (
	"regexp"
	"strings"
	"sync"
)

// Lazy is a regular expression compiled at its first use, with the
// methods of *regexp.Regexp that dossier calls: a package's patterns cost
// nothing at the start of a process, and those no text reaches (a rare
// path's, another language's) nothing at all. Compiling the patterns of
// the packages' inits was most of the start of every dossier process.
type Lazy struct {
	expr string
	once sync.Once
	re   *regexp.Regexp
	// the names of the capture groups (SubexpNames), read at the first
	// call that asks for them
	namesOnce sync.Once
	names     []string
}

// MustCompileLazy returns expr as a Lazy. Nothing is parsed before the
// first use: a pattern regexp refuses panics there, as regexp.MustCompile
// does, and at Check.
func MustCompileLazy(expr string) *Lazy {
	l := &Lazy{expr: expr}
	all.Lock()
	all.lazy = append(all.lazy, l)
	all.Unlock()
	return l
}

// Regexp returns the compiled pattern, compiling it at the first call.
func (l *Lazy) Regexp() *regexp.Regexp {
	l.once.Do(func() { l.re = regexp.MustCompile(l.expr) })
	return l.re
}

// String is the pattern's source text (nothing is compiled).
func (l *Lazy) String() string { return l.expr }

// The methods of regexp.Regexp, on the compiled pattern.

func (l *Lazy) MatchString(s string) bool            { return l.Regexp().MatchString(s) }
func (l *Lazy) FindString(s string) string           { return l.Regexp().FindString(s) }
func (l *Lazy) FindStringIndex(s string) []int       { return l.Regexp().FindStringIndex(s) }
func (l *Lazy) FindStringSubmatch(s string) []string { return l.Regexp().FindStringSubmatch(s) }
func (l *Lazy) FindStringSubmatchIndex(s string) []int {
	return l.Regexp().FindStringSubmatchIndex(s)
}
func (l *Lazy) FindAllString(s string, n int) []string { return l.Regexp().FindAllString(s, n) }
func (l *Lazy) FindAllStringIndex(s string, n int) [][]int {
	return l.Regexp().FindAllStringIndex(s, n)
}
func (l *Lazy) FindAllStringSubmatch(s string, n int) [][]string {
	return l.Regexp().FindAllStringSubmatch(s, n)
}
func (l *Lazy) FindAllStringSubmatchIndex(s string, n int) [][]int {
	return l.Regexp().FindAllStringSubmatchIndex(s, n)
}
func (l *Lazy) ReplaceAllString(src, repl string) string {
	return l.Regexp().ReplaceAllString(src, repl)
}
func (l *Lazy) ReplaceAllStringFunc(src string, repl func(string) string) string {
	return l.Regexp().ReplaceAllStringFunc(src, repl)
}
func (l *Lazy) Split(s string, n int) []string { return l.Regexp().Split(s, n) }

// SubexpNames is the compiled pattern's SubexpNames, read off the
// pattern's parentheses (captureNames) without compiling it: a caller
// that lays out its groups before the first match (meta's date reading)
// does not compile a pattern that no text then reaches.
func (l *Lazy) SubexpNames() []string {
	l.namesOnce.Do(func() {
		names, ok := captureNames(l.expr)
		if !ok {
			names = l.Regexp().SubexpNames()
		}
		l.names = names
	})
	return l.names
}

// SubexpIndex is the compiled pattern's SubexpIndex: the index of the
// first group of the name, -1 if none has it.
func (l *Lazy) SubexpIndex(name string) int {
	if name != "" {
		for i, n := range l.SubexpNames() {
			if n == name {
				return i
			}
		}
	}
	return -1
}

// NumSubexp is the compiled pattern's NumSubexp.
func (l *Lazy) NumSubexp() int { return len(l.SubexpNames()) - 1 }

// captureNames returns the names of the capture groups of the pattern
// expr as regexp's SubexpNames gives them ("" first, for the whole match,
// and for each group without a name), reading only its parentheses: a
// "(" neither escaped nor in a class opens a group, which captures
// unless "?" follows, named when "?P<" or "?<" does. ok is false for a
// pattern it does not read so (\Q...\E quoting, a class holding "[",
// a class or name not closed).
func captureNames(expr string) (names []string, ok bool) {
	names = []string{""}
	for i := 0; i < len(expr); i++ {
		switch expr[i] {
		case '\\':
			if i+1 < len(expr) && expr[i+1] == 'Q' {
				return nil, false
			}
			i++ // the escaped byte: "\p{L}" and "\x{28}" hold no parenthesis
		case '[':
			end := classEnd(expr, i)
			if end < 0 {
				return nil, false
			}
			i = end
		case '(':
			rest := expr[i+1:]
			switch {
			case strings.HasPrefix(rest, "?P<") || strings.HasPrefix(rest, "?<"):
				start := strings.IndexByte(rest, '<') + 1
				n := strings.IndexByte(rest[start:], '>')
				if n < 0 {
					return nil, false
				}
				names = append(names, rest[start:start+n])
			case strings.HasPrefix(rest, "?"):
			default:
				names = append(names, "")
			}
		}
	}
	return names, true
}

// classEnd is the place of the "]" closing the class that opens at
// expr[i], -1 if there is none or the class holds a "[" (a POSIX class
// such as "[:alpha:]"): a "]" right after "[" or "[^" is a member.
func classEnd(expr string, i int) int {
	j := i + 1
	if j < len(expr) && expr[j] == '^' {
		j++
	}
	if j < len(expr) && expr[j] == ']' {
		j++
	}
	for ; j < len(expr); j++ {
		switch expr[j] {
		case '\\':
			j++
		case '[':
			return -1
		case ']':
			return j
		}
	}
	return -1
}
