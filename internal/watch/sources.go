package watch

import (
	"bufio"
	"bytes"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/dossier-osint/dossier/internal/fetch"
)

// FileSource is one line of a sources file.
type FileSource struct {
	URL      string
	Interval time.Duration // 0: the watcher's default
	Line     int
}

// MinInterval is the shortest polling interval accepted.
const MinInterval = time.Second

// ParseSourcesFile reads a sources file: one feed URL per line, optionally
// followed by a polling interval ("15m", "1h30m", or "every 15m"); blank
// lines and lines starting with # are ignored, as is anything after " #".
// name is used in errors, which give the line. A URL listed twice is an
// error, and so is a URL holding a user name or password (fetch.CheckURL).
func ParseSourcesFile(name string, data []byte) ([]FileSource, error) {
	var out []FileSource
	seen := map[string]int{}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if i := strings.Index(line, " #"); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(strings.TrimPrefix(line, "\ufeff"))
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Fields(line)
		src := FileSource{URL: f[0], Line: n}
		u, err := url.Parse(src.URL)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return nil, fmt.Errorf("%s:%d: %q is not an http(s) URL", name, n, fetch.Redact(src.URL))
		}
		if err := fetch.CheckURL(src.URL); err != nil { // user:pass@ would be stored and printed
			return nil, fmt.Errorf("%s:%d: %w", name, n, err)
		}
		src.URL = u.String() // scheme and host case normalized
		rest := f[1:]
		if len(rest) > 0 && strings.EqualFold(rest[0], "every") {
			rest = rest[1:]
			if len(rest) == 0 {
				return nil, fmt.Errorf("%s:%d: \"every\" without an interval", name, n)
			}
		}
		switch len(rest) {
		case 0:
		case 1:
			d, err := time.ParseDuration(rest[0])
			if err != nil {
				return nil, fmt.Errorf("%s:%d: interval %q: want a duration such as 15m or 1h", name, n, rest[0])
			}
			if d < MinInterval {
				return nil, fmt.Errorf("%s:%d: interval %s is shorter than %s", name, n, d, MinInterval)
			}
			src.Interval = d
		default:
			return nil, fmt.Errorf("%s:%d: unexpected %q after the interval", name, n, strings.Join(rest[1:], " "))
		}
		if prev, dup := seen[src.URL]; dup {
			return nil, fmt.Errorf("%s:%d: %s already listed on line %d", name, n, src.URL, prev)
		}
		seen[src.URL] = n
		out = append(out, src)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s:%d: %w", name, n+1, err)
	}
	return out, nil
}
