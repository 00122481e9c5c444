package meta

import (
	"regexp"
	"strings"
	"sync"
)

// lazy is a regexp compiled at its first use, for the patterns of rare
// paths: behind an exact test most texts fail (the dateline patterns
// behind mayOpenDateline, the author bios behind " is " and a role, the
// lead credits behind their verbs), or read only for a yearless
// dateline (FullDates, PastMentions). A run that never takes the path
// does not pay the compilation at start-up (the dateline patterns alone
// took about 8 ms of it).
type lazy struct {
	expr string
	keys []string // literals one of which every match holds, if given
	once sync.Once
	re   *regexp.Regexp
}

func lazyRE(expr string, keys ...string) *lazy { return &lazy{expr: expr, keys: keys} }

// get returns the compiled pattern.
func (l *lazy) get() *regexp.Regexp {
	l.once.Do(func() { l.re = regexp.MustCompile(l.expr) })
	return l.re
}

// mayHold reports false only when s holds none of the keys, so that the
// pattern cannot match it.
func (l *lazy) mayHold(s string) bool {
	if len(l.keys) == 0 {
		return true
	}
	for _, k := range l.keys {
		if strings.Contains(s, k) {
			return true
		}
	}
	return false
}
