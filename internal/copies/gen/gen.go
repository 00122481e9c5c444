// Package gen produces labelled variants of news articles for evaluating
// and benchmarking the copies package: the ways text is copied on the web
// (boilerplate wrapping, paragraphs dropped or added, sentences reordered,
// whitespace and quotes changed, synonym spinning) and a generator of
// synthetic articles for scale tests. It owns no data beyond its own word
// lists; everything is deterministic for a given *rand.Rand.
package gen

import (
	"math/rand/v2"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Paragraphs splits text at blank lines.
func Paragraphs(text string) []string {
	var out []string
	for _, p := range strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func join(ps []string) string { return strings.Join(ps, "\n\n") }

// Header and footer lines that aggregators and syndication partners put
// around a copied story.
var (
	headers = []string{
		"Advertisement",
		"Home > World > Asia",
		"Share this article on social media",
		"Listen to this story",
		"This article was first published by our partner agency and is republished with permission.",
		"Updated 5 minutes ago",
		"Skip to main content",
	}
	footers = []string{
		"Subscribe to our daily newsletter for the latest headlines.",
		"Comments are closed for this article.",
		"Copyright all rights reserved. Redistribution without permission is prohibited.",
		"Related stories: markets close higher; weather warning for the coast",
		"Follow us on our channels for breaking news and analysis.",
		"Have a news tip? Write to our editors.",
		"Read more from our world desk",
		"Tags: politics, Asia, labour, sanctions",
	}
)

// Wrap puts one to three boilerplate lines before and after the text.
func Wrap(r *rand.Rand, text string) string {
	var ps []string
	for range 1 + r.IntN(3) {
		ps = append(ps, headers[r.IntN(len(headers))])
	}
	ps = append(ps, Paragraphs(text)...)
	for range 1 + r.IntN(3) {
		ps = append(ps, footers[r.IntN(len(footers))])
	}
	return join(ps)
}

// Drop removes up to n paragraphs other than the first (a trimmed
// syndicated copy keeps its lead), keeping at least three.
func Drop(r *rand.Rand, text string, n int) string {
	ps := Paragraphs(text)
	for range n {
		if len(ps) <= 3 {
			break
		}
		i := 1 + r.IntN(len(ps)-1)
		ps = append(ps[:i], ps[i+1:]...)
	}
	return join(ps)
}

// Background paragraphs an outlet adds to a story it republishes.
var background = []string{
	"The United Nations banned the employment of North Korean workers abroad in 2017, giving member states two years to send them home.",
	"Estimates of the number of North Koreans working overseas vary widely, from tens of thousands to more than one hundred thousand.",
	"Relations between Moscow and Pyongyang have grown closer since the start of the war in Ukraine, with both sides trading visits by senior officials.",
	"Human rights groups say North Korean workers abroad often live under close surveillance and surrender most of their earnings.",
	"Our correspondent adds that local officials were reluctant to discuss the issue on the record.",
	"Editor's note: an earlier version of this story misspelled the name of a regional official.",
}

// Extend inserts n background paragraphs at random places after the lead.
func Extend(r *rand.Rand, text string, n int) string {
	ps := Paragraphs(text)
	for range n {
		i := 1 + r.IntN(len(ps))
		if i > len(ps) {
			i = len(ps)
		}
		p := background[r.IntN(len(background))]
		ps = append(ps[:i], append([]string{p}, ps[i:]...)...)
	}
	return join(ps)
}

// Sentences splits a paragraph into sentences at ". ", "! ", "? " before an
// upper-case letter or a quote.
func Sentences(p string) []string {
	var out []string
	start := 0
	for i := 0; i < len(p); i++ {
		c := p[i]
		if (c == '.' || c == '!' || c == '?') && i+2 < len(p) && p[i+1] == ' ' {
			n, _ := utf8.DecodeRuneInString(p[i+2:])
			prev := p[max(0, i-2):i]
			if (unicode.IsUpper(n) || n == '"' || n == '“') && !strings.ContainsRune(prev, '.') && !strings.HasSuffix(p[:i], " U") {
				out = append(out, p[start:i+1])
				start = i + 2
			}
		}
	}
	return append(out, p[start:])
}

// Reorder shuffles the sentences inside each paragraph of more than one
// sentence, and swaps two body paragraphs (not the lead).
func Reorder(r *rand.Rand, text string) string {
	ps := Paragraphs(text)
	for i, p := range ps {
		ss := Sentences(p)
		if len(ss) > 1 {
			r.Shuffle(len(ss), func(a, b int) { ss[a], ss[b] = ss[b], ss[a] })
			ps[i] = strings.Join(ss, " ")
		}
	}
	if len(ps) > 3 {
		a, b := 1+r.IntN(len(ps)-1), 1+r.IntN(len(ps)-1)
		ps[a], ps[b] = ps[b], ps[a]
	}
	return join(ps)
}

// Reformat changes only what normalization removes: curly quotes, line
// breaks inside paragraphs, double spaces, a dash style.
func Reformat(r *rand.Rand, text string) string {
	rep := strings.NewReplacer("\"", "\u201c", "'", "\u2019", " - ", " \u2013 ")
	if r.IntN(2) == 0 {
		rep = strings.NewReplacer("\u201c", "\"", "\u201d", "\"", "\u2019", "'", ". ", ".  ")
	}
	ps := Paragraphs(rep.Replace(text))
	for i, p := range ps {
		if r.IntN(2) == 0 {
			if k := strings.Index(p[len(p)/2:], " "); k >= 0 {
				k += len(p) / 2
				ps[i] = p[:k] + "\n" + p[k+1:]
			}
		}
	}
	return join(ps) + "\n"
}

// Spin replaces each word that has an entry in the synonym list with one
// of its synonyms, with probability rate, keeping the capitalisation of a
// sentence opener. It never touches figures or names that are not in the
// list, which is how spinners behave.
func Spin(r *rand.Rand, text string, rate float64) string {
	var b strings.Builder
	i := 0
	for i < len(text) {
		rn, size := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(rn) {
			b.WriteString(text[i : i+size])
			i += size
			continue
		}
		j := i
		for j < len(text) {
			c, s := utf8.DecodeRuneInString(text[j:])
			if !unicode.IsLetter(c) {
				break
			}
			j += s
		}
		w := text[i:j]
		lw := strings.ToLower(w)
		alts, ok := synonyms[lw]
		if ok && (w == lw || w[1:] == lw[1:]) && r.Float64() < rate {
			s := alts[r.IntN(len(alts))]
			if w != lw {
				s = strings.ToUpper(s[:1]) + s[1:]
			}
			b.WriteString(s)
		} else {
			b.WriteString(w)
		}
		i = j
	}
	return b.String()
}

// Synonyms is the number of words the spinner knows.
func Synonyms() int { return len(synonyms) }
