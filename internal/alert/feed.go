package alert

import (
	"context"
	"encoding/xml"
	"fmt"
	"strconv"
	"time"

	"github.com/dossier-osint/dossier/internal/store"
)

// FeedOptions describe the Atom feed. Zero values take defaults.
type FeedOptions struct {
	Title   string // "dossier alerts"
	SelfURL string // the feed's own address, e.g. https://host/alerts.atom
	BaseURL string // links to articles are BaseURL + "/articles/ID" when set; else the article's URL
	Limit   int    // entries, default 50
	Rule    string // only the alerts of this rule (e.g. a saved search's "saved-3"), when set
}

type atomFeed struct {
	XMLName xml.Name    `xml:"http://www.w3.org/2005/Atom feed"`
	Title   string      `xml:"title"`
	ID      string      `xml:"id"`
	Updated string      `xml:"updated"`
	Links   []atomLink  `xml:"link"`
	Author  atomAuthor  `xml:"author"`
	Entries []atomEntry `xml:"entry"`
}

type atomLink struct {
	Rel  string `xml:"rel,attr,omitempty"`
	Href string `xml:"href,attr"`
}

type atomAuthor struct {
	Name string `xml:"name"`
}

type atomEntry struct {
	Title    string       `xml:"title"`
	ID       string       `xml:"id"`
	Updated  string       `xml:"updated"`
	Links    []atomLink   `xml:"link,omitempty"`
	Category atomCategory `xml:"category"`
	Summary  string       `xml:"summary"`
}

type atomCategory struct {
	Term string `xml:"term,attr"`
}

// Feed renders the latest alerts of st as an Atom feed (newest first).
// The web server serves it at /alerts.atom.
func Feed(ctx context.Context, st store.AlertStore, opt FeedOptions) ([]byte, error) {
	if opt.Limit <= 0 {
		opt.Limit = 50
	}
	if opt.Title == "" {
		opt.Title = "dossier alerts"
	}
	read := opt.Limit
	if opt.Rule != "" {
		read = 0 // every alert, to keep the rule's newest
	}
	evs, err := st.ListAlerts(ctx, read)
	if err != nil {
		return nil, fmt.Errorf("alerts feed: %w", err)
	}
	if opt.Rule != "" {
		kept := evs[:0]
		for _, ev := range evs {
			if ev.Rule == opt.Rule && len(kept) < opt.Limit {
				kept = append(kept, ev)
			}
		}
		evs = kept
	}
	f := atomFeed{Title: opt.Title, ID: "urn:dossier:alerts", Author: atomAuthor{Name: "dossier"},
		Updated: time.Unix(0, 0).UTC().Format(time.RFC3339)}
	if opt.SelfURL != "" {
		f.ID = opt.SelfURL
		f.Links = append(f.Links, atomLink{Rel: "self", Href: opt.SelfURL})
	}
	if len(evs) > 0 {
		f.Updated = evs[0].CreatedAt.UTC().Format(time.RFC3339)
	}
	for _, ev := range evs {
		e := atomEntry{Title: ev.Title, ID: "urn:dossier:alert:" + ev.Key, Updated: ev.CreatedAt.UTC().Format(time.RFC3339),
			Category: atomCategory{Term: ev.Topic + "/" + ev.Rule}, Summary: ev.Message}
		href := ev.URL
		if opt.BaseURL != "" && ev.ArticleID != 0 {
			href = opt.BaseURL + "/articles/" + strconv.FormatInt(ev.ArticleID, 10)
		}
		if href != "" {
			e.Links = append(e.Links, atomLink{Rel: "alternate", Href: href})
		}
		if e.Summary == "" {
			e.Summary = ev.Title
		}
		f.Entries = append(f.Entries, e)
	}
	out, err := xml.MarshalIndent(f, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("alerts feed: %w", err)
	}
	return append([]byte(xml.Header), append(out, '\n')...), nil
}
