// Package feed reads RSS, Atom and JSON Feed documents (through gofeed) into
// the plain list of entries dossier follows: each entry's link, id, title,
// date and any full content the feed carries. Fetching and scheduling are
// the watcher's job; this package only parses.
package feed

import (
	"bytes"
	"fmt"
	"net/url"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/mmcdole/gofeed"
)

// Entry is one feed item.
type Entry struct {
	ID        string // guid or id, else the link: stable key for "seen before"
	URL       string // absolute link to the page
	Title     string
	Published string // YYYY-MM-DD, "" when the feed gives none
	Content   string // HTML content or summary, may be ""
}

// Feed is a parsed feed.
type Feed struct {
	Title   string
	Type    string // rss, atom, json
	Entries []Entry
	// Dropped counts the items left out: past MaxEntries, or with an id
	// or link longer than MaxLinkBytes.
	Dropped int
}

// Bounds on what one feed yields, whatever the document holds (its size
// is bounded by the fetcher): a feed is followed item by item, so a
// 16 MB feed of 100,000 one-line items would otherwise become 100,000
// pages to fetch at every poll.
const (
	MaxEntries    = 1000    // items kept, in the feed's order (newest first in most feeds)
	MaxLinkBytes  = 8 << 10 // an id or link longer than this is no address
	MaxTitleBytes = 1 << 10 // titles are clipped here
)

// Parse reads a feed. source names it in errors; base resolves relative links.
func Parse(source, base string, data []byte) (*Feed, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, fmt.Errorf("feed %s: empty document", source)
	}
	f, err := gofeed.NewParser().Parse(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("feed %s: %w", source, err)
	}
	out := &Feed{Title: clip(strings.TrimSpace(f.Title), MaxTitleBytes), Type: f.FeedType}
	baseURL, _ := url.Parse(base)
	for _, it := range f.Items {
		if it == nil {
			continue
		}
		link := strings.TrimSpace(it.Link)
		if link == "" && len(it.Links) > 0 {
			link = strings.TrimSpace(it.Links[0])
		}
		if link != "" && baseURL != nil {
			if u, err := baseURL.Parse(link); err == nil {
				link = u.String()
			}
		}
		e := Entry{ID: strings.TrimSpace(it.GUID), URL: link, Title: clip(strings.TrimSpace(it.Title), MaxTitleBytes), Content: it.Content}
		if e.Content == "" {
			e.Content = it.Description
		}
		if e.ID == "" {
			e.ID = link
		}
		if e.ID == "" {
			continue // nothing to follow or remember
		}
		if len(e.ID) > MaxLinkBytes || len(e.URL) > MaxLinkBytes || len(out.Entries) >= MaxEntries {
			out.Dropped++
			continue
		}
		if t := firstTime(it.PublishedParsed, it.UpdatedParsed); t != nil {
			e.Published = t.UTC().Format("2006-01-02")
		}
		out.Entries = append(out.Entries, e)
	}
	return out, nil
}

// clip cuts s to at most n bytes at a character boundary.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

func firstTime(ts ...*time.Time) *time.Time {
	for _, t := range ts {
		if t != nil && !t.IsZero() {
			return t
		}
	}
	return nil
}
