package web

import (
	"fmt"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"time"
)

// params reads query parameters, collecting every problem so that one 400
// names them all. In strict mode (the API) a parameter nobody read is an
// error too, which keeps the OpenAPI document honest.
type params struct {
	v    url.Values
	used map[string]bool
	errs []string
}

func newParams(v url.Values) *params { return &params{v: v, used: map[string]bool{}} }

func (p *params) bad(f string, a ...any) { p.errs = append(p.errs, fmt.Sprintf(f, a...)) }

func (p *params) str(name string) string {
	p.used[name] = true
	vs := p.v[name]
	if len(vs) > 1 {
		p.bad("parameter %s given %d times", name, len(vs))
	}
	if len(vs) == 0 {
		return ""
	}
	s := strings.TrimSpace(vs[0])
	if len(s) > maxParamBytes {
		p.bad("parameter %s is longer than %d bytes", name, maxParamBytes)
		return ""
	}
	return s
}

func (p *params) int(name string, def, lo, hi int) int {
	s := p.str(name)
	if s == "" {
		return def
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		p.bad("parameter %s: %q is not a whole number", name, s)
		return def
	}
	if n < lo || n > hi {
		p.bad("parameter %s: %d is outside %d..%d", name, n, lo, hi)
		return def
	}
	return n
}

func (p *params) int64(name string) int64 {
	s := p.str(name)
	if s == "" {
		return 0
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n < 1 {
		p.bad("parameter %s: %q is not a positive id", name, s)
		return 0
	}
	return n
}

// date reads "YYYY-MM-DD"; "YYYY" and "YYYY-MM" are accepted and widened to
// the first (or, when end is set, last) day.
func (p *params) date(name string, end bool) string {
	s := p.str(name)
	if s == "" {
		return ""
	}
	for _, layout := range []string{"2006-01-02", "2006-01", "2006"} {
		t, err := time.Parse(layout, s)
		if err != nil {
			continue
		}
		if end {
			switch layout {
			case "2006-01":
				t = t.AddDate(0, 1, -1)
			case "2006":
				t = t.AddDate(1, 0, -1)
			}
		}
		return t.Format("2006-01-02")
	}
	p.bad("parameter %s: %q is not a date (YYYY-MM-DD, YYYY-MM or YYYY)", name, s)
	return ""
}

func (p *params) enum(name string, allowed ...string) string {
	s := p.str(name)
	if s == "" {
		return ""
	}
	for _, a := range allowed {
		if s == a {
			return s
		}
	}
	p.bad("parameter %s: %q is not one of %s", name, s, strings.Join(allowed, ", "))
	return ""
}

// page reads limit and offset.
func (p *params) page(def, max int) (limit, offset int) {
	return p.int("limit", def, 1, max), p.int("offset", 0, 0, 1<<30)
}

// err returns the problems found; strict adds unread parameters.
func (p *params) err(strict bool) error {
	errs := p.errs
	if strict {
		var unknown []string
		for k := range p.v {
			if !p.used[k] {
				unknown = append(unknown, k)
			}
		}
		sort.Strings(unknown)
		for _, k := range unknown {
			errs = append(errs, fmt.Sprintf("unknown parameter %q", k))
		}
	}
	if len(errs) == 0 {
		return nil
	}
	return fmt.Errorf("%s", strings.Join(errs, "; "))
}

// pathID parses a positive integer path value.
func pathID(s string) (int64, error) {
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n < 1 {
		return 0, fmt.Errorf("id %q is not a positive whole number", s)
	}
	return n, nil
}
