package ingest

import (
	"bytes"
	"fmt"
	nurl "net/url"
	"strings"
	"unicode"

	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
)

// FromHTML extracts the main text and metadata of an HTML page with
// go-trafilatura (precision focus, comments excluded). Paragraphs are kept
// by walking the block elements of the extracted content, one per line.
// Title, date, site name, author and language come from the page metadata.
// url, when given, is the address the page was fetched from.
func FromHTML(source, url string, page []byte) (Document, error) {
	opts := htmlOptions()
	if url != "" {
		if u, err := nurl.Parse(url); err == nil && u.IsAbs() {
			opts.OriginalURL = u
		}
	}
	// Precision first; a page whose article the precise pass finds too
	// short (short news items, unusual markup) is read again with the
	// balanced and then the recall focus before it is given up.
	var res *trafilatura.ExtractResult
	var err error
	d := Document{Source: source, Format: FormatHTML, URL: url}
	for i, focus := range []trafilatura.ExtractionFocus{trafilatura.FavorPrecision, trafilatura.Balanced, trafilatura.FavorRecall} {
		opts.Focus = focus
		res, err = extract(page, opts)
		d.Text = ""
		if err == nil && res != nil && res.ContentNode != nil {
			d.Text = strings.Join(Paragraphs(res.ContentNode), "\n\n")
			// a looser pass must find an article, not a menu
			if n := len(strings.Fields(d.Text)); n > 0 && (i == 0 || n >= minFallbackWords) {
				break
			}
			d.Text = ""
		}
	}
	if err != nil {
		return Document{Source: source}, htmlError(source, err)
	}
	if res == nil || strings.TrimSpace(d.Text) == "" {
		return d, fmt.Errorf("%s: html: no article text found", source)
	}
	m := res.Metadata
	d.Title = collapse(m.Title)
	if !m.Date.IsZero() {
		if h, mi, s := m.Date.Clock(); h == 0 && mi == 0 && s == 0 {
			d.Published = m.Date.Format("2006-01-02")
		} else {
			d.Published = m.Date.Format("2006-01-02T15:04:05")
		}
	}
	d.SiteName = collapse(m.Sitename)
	d.Byline = collapse(m.Author)
	d.Lang = strings.ToLower(strings.TrimSpace(m.Language))
	if d.URL == "" && m.URL != "" {
		d.URL = m.URL
	}
	readPage(&d, page)
	return d, nil
}

// minFallbackWords is the least text a looser extraction pass must find
// to be taken for an article.
const minFallbackWords = 40

// extract runs trafilatura, turning a panic inside it into an error so that
// one malformed page cannot stop a batch.
// htmlOptions are go-trafilatura's options for a page: precision focus,
// comments excluded, page dates from markup alone (htmldate's fast mode),
// no fallback extractors (go.mod replaces go-readability and
// go-domdistiller, which only the fallback calls, with modules of ours
// that find nothing).
func htmlOptions() trafilatura.Options {
	return trafilatura.Options{
		Focus:           trafilatura.FavorPrecision,
		ExcludeComments: true,
		HtmlDateMode:    trafilatura.Fast,
	}
}

func extract(page []byte, opts trafilatura.Options) (res *trafilatura.ExtractResult, err error) {
	defer func() {
		if r := recover(); r != nil {
			res, err = nil, fmt.Errorf("extractor panic: %v", r)
		}
	}()
	return trafilatura.Extract(bytes.NewReader(page), opts)
}

// blockTags start and end a paragraph.
var blockTags = map[string]bool{
	"p": true, "div": true, "section": true, "article": true, "main": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true, "head": true,
	"ul": true, "ol": true, "li": true, "dl": true, "dt": true, "dd": true,
	"blockquote": true, "pre": true, "table": true, "tr": true, "thead": true, "tbody": true,
	"figure": true, "figcaption": true, "hr": true, "br": true, "header": true, "footer": true,
	"list": true, "item": true, "quote": true, "row": true, "code": false, "aside": true,
	"address": true, "caption": true, "summary": true, "details": true, "fieldset": true,
}

// cellTags are separated by a space within a row.
var cellTags = map[string]bool{"td": true, "th": true, "cell": true}

// Paragraphs returns the text of each block element under n, white space
// collapsed, empty blocks dropped.
func Paragraphs(n *html.Node) []string {
	var out []string
	var cur strings.Builder
	flush := func() {
		if s := collapse(cur.String()); s != "" {
			out = append(out, s)
		}
		cur.Reset()
	}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			cur.WriteString(n.Data)
			return
		case html.ElementNode:
			switch n.Data {
			case "script", "style", "noscript", "template":
				return
			}
		}
		block := n.Type == html.ElementNode && blockTags[n.Data]
		if block {
			flush()
		}
		if n.Type == html.ElementNode && cellTags[n.Data] {
			cur.WriteByte(' ')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if block {
			flush()
		}
	}
	walk(n)
	flush()
	return out
}

// collapse folds runs of white space (including no-break spaces) into one
// space and trims the ends.
func collapse(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) || r == '\u00a0' || r == '\u200b' || r == '\ufeff' {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}
