package fetch

import (
	"bufio"
	"context"
	"errors"
	"net/url"
	"strings"
)

// robots is a parsed robots.txt reduced to the rules for one agent.
type robots struct {
	rules []robotsRule // longest match wins; Allow wins ties
}

type robotsRule struct {
	allow bool
	path  string
}

// allowedByRobots fetches (once per host) and applies robots.txt. A missing
// or unreadable robots.txt (404, 5xx after retries, network error) allows all,
// as the robots exclusion protocol says for 4xx; an unreachable one too, so
// a site's broken robots.txt does not hide its feed.
func (c *Client) allowedByRobots(ctx context.Context, u *url.URL) (bool, error) {
	key := u.Scheme + "://" + u.Host
	c.mu.Lock()
	r, ok := c.robot[key]
	c.mu.Unlock()
	if !ok {
		r = &robots{}
		resp, err := c.once(ctx, &url.URL{Scheme: u.Scheme, Host: u.Host, Path: "/robots.txt"}, Conditional{})
		if err != nil && (errors.Is(err, ErrBlockedAddress) || ctx.Err() != nil) {
			return false, err
		}
		if err == nil {
			r = parseRobots(string(resp.Body), c.agentToken())
		}
		c.mu.Lock()
		c.robot[key] = r
		c.mu.Unlock()
	}
	p := u.EscapedPath()
	if p == "" {
		p = "/"
	}
	if u.RawQuery != "" {
		p += "?" + u.RawQuery
	}
	return r.allowed(p), nil
}

func (r *robots) allowed(path string) bool {
	best, allow := -1, true
	for _, rule := range r.rules {
		if matchRobots(rule.path, path) {
			if l := len(rule.path); l > best || (l == best && rule.allow) {
				best, allow = l, rule.allow
			}
		}
	}
	return allow
}

// matchRobots matches a robots.txt path pattern with * and a final $.
func matchRobots(pattern, path string) bool {
	if pattern == "" {
		return false
	}
	anchored := strings.HasSuffix(pattern, "$")
	pattern = strings.TrimSuffix(pattern, "$")
	parts := strings.Split(pattern, "*")
	if !strings.HasPrefix(path, parts[0]) {
		return false
	}
	rest := path[len(parts[0]):]
	for _, part := range parts[1:] {
		i := strings.Index(rest, part)
		if i < 0 {
			return false
		}
		rest = rest[i+len(part):]
	}
	return !anchored || rest == "" || strings.HasSuffix(pattern, "*")
}

// parseRobots keeps the group for agent, or the "*" group when there is none.
func parseRobots(body, agent string) *robots {
	type group struct {
		agents []string
		rules  []robotsRule
	}
	var groups []*group
	var cur *group
	lastWasAgent := false
	sc := bufio.NewScanner(strings.NewReader(body))
	for sc.Scan() {
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		k, v, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		k, v = strings.ToLower(strings.TrimSpace(k)), strings.TrimSpace(v)
		switch k {
		case "user-agent":
			if cur == nil || !lastWasAgent {
				cur = &group{}
				groups = append(groups, cur)
			}
			cur.agents = append(cur.agents, strings.ToLower(v))
			lastWasAgent = true
		case "allow", "disallow":
			lastWasAgent = false
			if cur == nil {
				continue
			}
			if v == "" { // "Disallow:" with nothing allows all
				continue
			}
			cur.rules = append(cur.rules, robotsRule{allow: k == "allow", path: v})
		default:
			lastWasAgent = false
		}
	}
	var star *group
	for _, g := range groups {
		for _, a := range g.agents {
			if a == agent || (a != "*" && strings.Contains(agent, a)) {
				return &robots{rules: g.rules}
			}
			if a == "*" && star == nil {
				star = g
			}
		}
	}
	if star != nil {
		return &robots{rules: star.rules}
	}
	return &robots{}
}
