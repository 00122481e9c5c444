package rx

import (
	"regexp"
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
func (l *Lazy) SubexpNames() []string          { return l.Regexp().SubexpNames() }
func (l *Lazy) SubexpIndex(name string) int    { return l.Regexp().SubexpIndex(name) }
func (l *Lazy) NumSubexp() int                 { return l.Regexp().NumSubexp() }
