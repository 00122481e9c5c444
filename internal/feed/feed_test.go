package feed

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"
)

const rss = `<?xml version="1.0"?>
<rss version="2.0"><channel><title>Border Desk</title>
<item><title>Workers cross at Khasan</title><link>/news/1</link><guid>n1</guid>
<pubDate>Tue, 05 Mar 2024 08:00:00 GMT</pubDate><description>&lt;p&gt;Some 200 workers.&lt;/p&gt;</description></item>
<item><title>No guid</title><link>https://other.example/2</link></item>
</channel></rss>`

const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Desk</title>
<entry><title>Permits issued</title><id>tag:a.example,2024:3</id><link href="https://a.example/3"/>
<updated>2024-06-01T10:00:00Z</updated><content type="html">&lt;p&gt;700 permits&lt;/p&gt;</content></entry>
</feed>`

const jsonFeed = `{"version":"https://jsonfeed.org/version/1.1","title":"JSON Desk",
"items":[{"id":"j1","url":"https://j.example/1","title":"Remittances","date_published":"2025-01-02T00:00:00Z","content_html":"<p>$150 million</p>"}]}`

func TestParse(t *testing.T) {
	cases := []struct {
		name, data, typ string
		want            []Entry
	}{
		{"rss", rss, "rss", []Entry{
			{ID: "n1", URL: "https://base.example/news/1", Title: "Workers cross at Khasan", Published: "2024-03-05", Content: "<p>Some 200 workers.</p>"},
			{ID: "https://other.example/2", URL: "https://other.example/2", Title: "No guid"}}},
		{"atom", atom, "atom", []Entry{
			{ID: "tag:a.example,2024:3", URL: "https://a.example/3", Title: "Permits issued", Published: "2024-06-01", Content: "<p>700 permits</p>"}}},
		{"json", jsonFeed, "json", []Entry{
			{ID: "j1", URL: "https://j.example/1", Title: "Remittances", Published: "2025-01-02", Content: "<p>$150 million</p>"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f, err := Parse("test-"+c.name, "https://base.example/feed.xml", []byte(c.data))
			if err != nil {
				t.Fatal(err)
			}
			if f.Type != c.typ || len(f.Entries) != len(c.want) {
				t.Fatalf("type %s, %d entries: %+v", f.Type, len(f.Entries), f.Entries)
			}
			for i, w := range c.want {
				if f.Entries[i] != w {
					t.Errorf("entry %d = %+v\nwant %+v", i, f.Entries[i], w)
				}
			}
		})
	}
}

func TestMalformed(t *testing.T) {
	for name, data := range map[string]string{
		"empty":     "  ",
		"html":      "<html><body>not a feed</body></html>",
		"truncated": rss[:120],
		"garbage":   "\x00\x01{{{",
	} {
		_, err := Parse("src-"+name, "", []byte(data))
		if err == nil || !strings.Contains(err.Error(), "src-"+name) {
			t.Errorf("%s: err = %v, want an error naming the source", name, err)
		}
	}
}

func FuzzParse(f *testing.F) {
	f.Add([]byte(rss))
	f.Add([]byte(atom))
	f.Add([]byte(jsonFeed))
	f.Fuzz(func(t *testing.T, data []byte) {
		fd, err := Parse("fuzz", "https://base.example/", data)
		if err != nil {
			return
		}
		for _, e := range fd.Entries {
			if e.ID == "" {
				t.Fatal("entry without id")
			}
		}
	})
}

// TestParseBounds: a feed of more items than MaxEntries yields
// MaxEntries, long titles are clipped, and items whose link is too long
// to be an address are dropped and counted.
func TestParseBounds(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>Flood</title>`)
	b.WriteString(`<item><title>` + strings.Repeat("é", MaxTitleBytes) + `</title><link>https://f.example/long-title</link></item>`)
	b.WriteString(`<item><title>x</title><link>https://f.example/` + strings.Repeat("a", MaxLinkBytes) + `</link></item>`)
	for i := 0; i < MaxEntries+50; i++ {
		fmt.Fprintf(&b, "<item><title>t%d</title><link>https://f.example/%d</link></item>", i, i)
	}
	b.WriteString(`</channel></rss>`)
	f, err := Parse("flood", "https://f.example/feed", []byte(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Entries) != MaxEntries || f.Dropped != 52 { // the long link and 51 past the cap
		t.Errorf("%d entries, %d dropped; want %d and 52", len(f.Entries), f.Dropped, MaxEntries)
	}
	if title := f.Entries[0].Title; len(title) > MaxTitleBytes || !utf8.ValidString(title) || title == "" {
		t.Errorf("title of %d bytes, valid %v", len(title), utf8.ValidString(title))
	}
	if f.Entries[1].URL != "https://f.example/0" {
		t.Errorf("the over-long link was kept: %.60s", f.Entries[1].URL)
	}
}
