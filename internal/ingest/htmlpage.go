package ingest

import (
	"bytes"
	"hash/maphash"
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/dossier-osint/dossier/internal/doc"
	"github.com/dossier-osint/dossier/internal/meta"
)

// The page around the article: what the extractor left out is recorded
// with the reason its place on the page gives (navigation, cookie notice,
// footer, related stories, ...), the page's visible date line is kept as a
// header paragraph, and the site's name is read from a " | Outlet" title
// suffix.

// maxRemoved caps the pieces recorded for one page.
const maxRemoved = 300

// pageReasons maps words of an element's tag, class, id or role to the
// reason its text is page furniture. Short words must equal a word of the
// attribute ("ad" in "ad-slot", not in "header"); long ones may occur
// inside one ("cookie-banner").
var pageReasons = []struct {
	words  []string
	reason string
}{
	{[]string{"cookie", "consent", "gdpr", "privacy"}, "boilerplate:cookie"},
	{[]string{"comment", "comments", "reply", "respond", "discussion", "disqus"}, "boilerplate:comments"},
	{[]string{"share", "sharing", "social", "sharebar"}, "boilerplate:share"},
	{[]string{"related", "recommend", "recommended", "popular", "most-read", "mostread", "trending", "teaser", "more-stories",
		"read-also", "see-also", "sidebar", "widget", "recent-posts", "aside"}, "boilerplate:related"},
	{[]string{"ticker", "breaking", "marquee"}, "boilerplate:ticker"},
	{[]string{"ad", "ads", "advert", "advertisement", "sponsor", "sponsored", "promo", "ad-slot"}, "boilerplate:ad"},
	{[]string{"subscribe", "newsletter", "signup", "paywall", "membership", "support"}, "boilerplate:membership"},
	{[]string{"nav", "navbar", "menu", "breadcrumb", "breadcrumbs", "topbar", "search", "pagination"}, "boilerplate:navigation"},
	{[]string{"footer", "site-info", "copyright", "colophon"}, "boilerplate:footer"},
	{[]string{"masthead", "logo", "brand", "site-header", "header"}, "boilerplate:masthead"},
}

// elementReason returns the furniture reason an element's own tag, class,
// id or role names, or "".
func elementReason(n *html.Node) string {
	var attrs []string
	attrs = append(attrs, n.Data)
	for _, a := range n.Attr {
		switch a.Key {
		case "class", "id", "role", "itemprop":
			attrs = append(attrs, strings.ToLower(a.Val))
		}
	}
	for _, pr := range pageReasons {
		for _, w := range pr.words {
			for _, a := range attrs {
				if attrHas(a, w) {
					return pr.reason
				}
			}
		}
	}
	return ""
}

// attrHas reports whether an attribute value names w: as one of its words
// (split at spaces, dashes and underscores) or, for words of five letters
// or more, anywhere inside it.
func attrHas(a, w string) bool {
	if len(w) >= 5 && strings.Contains(a, w) {
		return true
	}
	for _, f := range strings.FieldsFunc(a, func(r rune) bool { return r == ' ' || r == '-' || r == '_' }) {
		if f == w {
			return true
		}
	}
	return strings.Contains(w, "-") && strings.Contains(a, w)
}

type pageBlock struct {
	text   string
	reason string
	node   *html.Node // the block element
}

// pageBlocks returns the visible text blocks of a page's body with the
// furniture reason of their nearest classified ancestor ("" = none).
func pageBlocks(root *html.Node) []pageBlock {
	var out []pageBlock
	var cur strings.Builder
	var curReason string
	var curNode *html.Node
	flush := func() {
		if s := collapse(cur.String()); s != "" {
			out = append(out, pageBlock{text: s, reason: curReason, node: curNode})
		}
		cur.Reset()
	}
	var walk func(n *html.Node, reason string, blockEl *html.Node)
	walk = func(n *html.Node, reason string, blockEl *html.Node) {
		switch n.Type {
		case html.TextNode:
			if strings.TrimSpace(n.Data) == "" && cur.Len() == 0 {
				return
			}
			if cur.Len() == 0 {
				curReason, curNode = reason, blockEl
			}
			cur.WriteString(n.Data)
			return
		case html.ElementNode:
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Head, atom.Title, atom.Button, atom.Select, atom.Option:
				return
			}
			if r := elementReason(n); r != "" {
				reason = r
			}
		}
		block := n.Type == html.ElementNode && (blockTags[n.Data] || n.Data == "nav" || n.Data == "form")
		if block {
			flush()
			blockEl = n
		}
		if n.Type == html.ElementNode && cellTags[n.Data] {
			cur.WriteByte(' ')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, reason, blockEl)
		}
		if block {
			flush()
		}
	}
	walk(root, "", root)
	flush()
	return out
}

// pageFurniture returns what the extracted text leaves out of the page's
// visible text, each piece with its reason; runs of short pieces with one
// reason (menu items) are joined by " · ". It is linear in the page: a
// block is in the text when it is one of the text's paragraphs or all its
// three-word shingles (its words, for shorter blocks) occur in the text.
func pageFurniture(blocks []pageBlock, extracted string) []doc.Removed {
	have := newTextIndex(extracted)
	var out []doc.Removed
	short := func(s string) bool { return len(strings.Fields(s)) <= 5 }
	for _, b := range blocks {
		if have.contains(b.text) {
			continue
		}
		reason := b.reason
		if reason == "" {
			reason = "boilerplate:page"
		}
		if n := len(out); n > 0 && out[n-1].Reason == reason && short(b.text) && !strings.HasSuffix(out[n-1].Text, ".") &&
			len(out[n-1].Text) < 400 {
			out[n-1].Text += " · " + b.text
			continue
		}
		if len(out) == maxRemoved {
			break
		}
		out = append(out, doc.Removed{Text: b.text, Reason: reason, Index: -1})
	}
	return out
}

// textIndex answers whether a block's text occurs in the extracted text,
// without searching the text for each block.
type textIndex struct {
	seed     maphash.Seed
	paras    map[string]bool // folded paragraphs
	words    map[uint64]bool // folded words
	shingles map[uint64]bool // runs of three folded words
}

func newTextIndex(text string) textIndex {
	x := textIndex{seed: maphash.MakeSeed(), paras: map[string]bool{}, words: map[uint64]bool{}, shingles: map[uint64]bool{}}
	for _, p := range strings.Split(text, "\n") {
		if f := foldText(p); f != "" {
			x.paras[f] = true
		}
	}
	ws := foldWords(text)
	for i, w := range ws {
		x.words[maphash.String(x.seed, w)] = true
		if i >= 2 {
			x.shingles[x.shingle(ws[i-2:i+1])] = true
		}
	}
	return x
}

func (x textIndex) shingle(ws []string) uint64 {
	return maphash.String(x.seed, ws[0]+" "+ws[1]+" "+ws[2])
}

func (x textIndex) contains(block string) bool {
	if x.paras[foldText(block)] {
		return true
	}
	ws := foldWords(block)
	if len(ws) < 3 {
		for _, w := range ws {
			if !x.words[maphash.String(x.seed, w)] {
				return false
			}
		}
		return true
	}
	for i := 2; i < len(ws); i++ {
		if !x.shingles[x.shingle(ws[i-2:i+1])] {
			return false
		}
	}
	return true
}

// foldWords returns the lower-case words and numbers of s.
func foldWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

func foldText(s string) string { return strings.ToLower(collapse(s)) }

// dateHints are words of a class, id or itemprop naming a date line.
var dateHints = []string{"date", "time", "publish", "posted", "dateline", "meta", "byline", "info"}

// pageDateLine finds the date line the page shows its reader: the
// smallest element holding the publication day (a <time> element, or one
// whose class names a date, or the article's meta line), not a "today"
// banner nor a date in navigation, related stories or the footer. day is
// the publication date the page's metadata gives ("YYYY-MM-DD"), or "".
func pageDateLine(blocks []pageBlock, day string) string {
	best, bestScore := "", 0
	for _, b := range blocks {
		if b.reason != "" && b.reason != "boilerplate:masthead" || len(b.text) > 160 {
			continue
		}
		score := 0
		if hasElement(b.node, atom.Time) {
			score += 10
		}
		for n := b.node; n != nil && n.Type == html.ElementNode; n = n.Parent {
			hint := n.Data == "time"
			for _, a := range n.Attr {
				v := strings.ToLower(a.Val)
				if strings.Contains(v, "today") || strings.Contains(v, "current-date") {
					score = -1000
				}
				if a.Key == "class" || a.Key == "id" || a.Key == "itemprop" {
					for _, h := range dateHints {
						if strings.Contains(v, h) {
							hint = true
						}
					}
				}
			}
			if hint {
				score += 10
			}
			if n.DataAtom == atom.Article || n.DataAtom == atom.Main {
				score += 5
			}
		}
		if score <= 0 {
			continue
		}
		ds := meta.FindDates(b.text)
		if len(ds) == 0 || day != "" && ds[0].Day != day {
			continue
		}
		if score > bestScore {
			best, bestScore = segmentedText(b.node), score
		}
	}
	return best
}

// segmentedText is the text of an element with the pieces its child
// elements hold joined by " | " ("21.01.2025 18:40 | Oksana Hrytsenko"),
// as a date line shows them side by side.
func segmentedText(n *html.Node) string {
	if n == nil {
		return ""
	}
	var pieces []string
	var cur strings.Builder
	flush := func() {
		if s := strings.Trim(collapse(cur.String()), " |·•"); s != "" {
			pieces = append(pieces, s)
		}
		cur.Reset()
	}
	var text func(*html.Node)
	text = func(n *html.Node) {
		if n.Type == html.TextNode {
			cur.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			text(c)
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			flush()
			text(c)
			flush()
			continue
		}
		text(c)
	}
	flush()
	return strings.Join(pieces, " | ")
}

// titleSuffixSite reads the site name from a page title that is the
// headline followed by " | Outlet" (or " - ", " — ", " – ").
func titleSuffixSite(root *html.Node, headline string) string {
	var title string
	var find func(*html.Node)
	find = func(n *html.Node) {
		if title != "" {
			return
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.Title {
			var b strings.Builder
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				if c.Type == html.TextNode {
					b.WriteString(c.Data)
				}
			}
			title = collapse(b.String())
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			find(c)
		}
	}
	find(root)
	h := foldText(headline)
	for _, sep := range []string{" | ", " — ", " – ", " - "} {
		i := strings.LastIndex(title, sep)
		if i <= 0 {
			continue
		}
		left, right := title[:i], strings.TrimSpace(title[i+len(sep):])
		if foldText(left) == h && right != "" && len(strings.Fields(right)) <= 6 {
			return right
		}
	}
	return ""
}

// readPage parses page and fills what the page itself shows around the
// article: the removed furniture, the date line and the site name.
func readPage(d *Document, page []byte) {
	root, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		return
	}
	if foldText(d.SiteName) == foldText(d.Title) {
		d.SiteName = "" // an extractor's guess that is the headline
	}
	if d.SiteName == "" && d.Title != "" {
		d.SiteName = titleSuffixSite(root, d.Title)
	}
	var body *html.Node
	var findBody func(*html.Node)
	findBody = func(n *html.Node) {
		if body != nil {
			return
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.Body {
			body = n
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			findBody(c)
		}
	}
	findBody(root)
	if body == nil {
		return
	}
	blocks := pageBlocks(body)
	day := d.Published
	if len(day) > 10 {
		day = day[:10]
	}
	if dl := pageDateLine(blocks, day); dl != "" && !strings.Contains(foldText(d.Text), foldText(dl)) {
		d.Text = dl + "\n\n" + d.Text
	}
	d.Removed = pageFurniture(blocks, d.Text+"\n"+d.Title)
}

// hasElement reports an element of kind a under n.
func hasElement(n *html.Node, a atom.Atom) bool {
	if n == nil {
		return false
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (c.DataAtom == a || hasElement(c, a)) {
			return true
		}
	}
	return false
}
