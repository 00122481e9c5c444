package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/dossier-osint/dossier/internal/store"
)

func init() {
	register(&command{
		name:    "search",
		summary: "full-text search of stored articles, best first, with highlighted snippets",
		usage:   "QUERY [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--credit NAME] [--lang CODE] [--limit N] [--json]",
		run:     runSearch,
	})
}

func runSearch(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "search")
	dsn := dbFlag(fs)
	var q store.SearchQuery
	fs.StringVar(&q.From, "from", "", "published on or after (YYYY-MM-DD)")
	fs.StringVar(&q.To, "to", "", "published on or before (YYYY-MM-DD)")
	fs.StringVar(&q.Credit, "credit", "", "credited agency or outlet")
	fs.StringVar(&q.Lang, "lang", "", "language code (en, ru, uk, ko)")
	fs.IntVar(&q.Limit, "limit", 10, "results to show")
	fs.IntVar(&q.Offset, "offset", 0, "results to skip")
	asJSON := fs.Bool("json", false, "print JSON")
	words, err := parseInterspersed(fs, args)
	if err != nil {
		return err
	}
	q.Text = strings.Join(words, " ")
	if strings.TrimSpace(q.Text) == "" {
		return fmt.Errorf("no query: dossier search QUERY")
	}
	for _, d := range []string{q.From, q.To} {
		if d != "" && !validDate(d) {
			return fmt.Errorf("date %q: want YYYY-MM-DD", d)
		}
	}
	st, err := openStore(ctx, *dsn)
	if err != nil {
		return err
	}
	defer st.Close()
	hits, total, err := st.Search(ctx, q)
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSON(e.stdout, map[string]any{"total": total, "hits": hits})
	}
	if total == 0 {
		fmt.Fprintf(e.stdout, "no article matches %q\n", q.Text)
		return nil
	}
	fmt.Fprintf(e.stdout, "%d articles match %q; showing %d\n\n", total, q.Text, len(hits))
	on, off := "«", "»"
	if isTerminal(e.stdout) {
		on, off = "\x1b[1;33m", "\x1b[0m"
	}
	for _, h := range hits {
		fmt.Fprintf(e.stdout, "#%d  %s  %s  %s\n", h.ArticleID, orUndated(h.Published), orNone(h.Credit, "no credit"), orNone(h.Title, "(untitled)"))
		fmt.Fprintf(e.stdout, "    %s\n\n", renderSnippet(h.Snippet, on, off))
	}
	return nil
}

// renderSnippet replaces the store's highlight markers for a terminal; the
// text itself is printed as it is (a terminal is not a browser), but
// control characters other than the markers are dropped.
func renderSnippet(s, on, off string) string {
	s = strings.Map(func(r rune) rune {
		if r < 0x20 && r != '\x02' && r != '\x03' || r == 0x7f {
			return ' '
		}
		return r
	}, s)
	return strings.NewReplacer(store.HighlightStart, on, store.HighlightEnd, off).Replace(s)
}

func orUndated(d string) string {
	if d == "" {
		return "undated   "
	}
	return d
}

func orNone(s, none string) string {
	if s == "" {
		return none
	}
	return s
}

func validDate(s string) bool {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return false
	}
	for i, r := range s {
		if i != 4 && i != 7 && (r < '0' || r > '9') {
			return false
		}
	}
	return true
}

func printKV(w io.Writer, k, v string) { fmt.Fprintf(w, "%-10s %s\n", k+":", v) }
