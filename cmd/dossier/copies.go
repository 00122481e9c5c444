package main

import (
	"context"
	"fmt"
	"io"
	"strconv"

	"github.com/dossier-osint/dossier/internal/copies"
	"github.com/dossier-osint/dossier/internal/store"
)

func init() {
	register(&command{
		name:    "copies",
		summary: "copy groups: exact, syndicated (near) and spun copies of an article, or of all",
		usage:   "[ID] [--json]",
		run:     runCopies,
	})
	register(&command{
		name:    "stories",
		summary: "stories: different articles reporting one event; outlets and independent sources",
		usage:   "[--json]",
		run:     runStories,
	})
}

type groupMemberJSON struct {
	ID         int64   `json:"id"`
	Source     string  `json:"source"`
	Title      string  `json:"title"`
	Published  string  `json:"published"`
	Relation   string  `json:"relation"`
	Similarity float64 `json:"similarity"`
}

type groupJSON struct {
	ID       int64             `json:"id"`
	Relation string            `json:"relation,omitempty"`
	Outlets  int               `json:"outlets,omitempty"`
	Members  []groupMemberJSON `json:"members"`
}

// groupView turns a stored group into the JSON form; the group's relation
// is the loosest relation among its copies (translated, spun, near, then
// exact).
func groupView(ctx context.Context, st store.Store, g store.Group) groupJSON {
	rank := map[string]int{store.RelExact: 1, store.RelNear: 2, store.RelSpun: 3, store.RelTranslated: 4}
	out := groupJSON{ID: g.ID, Members: []groupMemberJSON{}}
	outlets := map[string]bool{}
	for _, m := range g.Members {
		src, outlet := "", ""
		if a, err := st.Article(ctx, m.ArticleID); err == nil {
			src = a.Source
			if a.URL != "" {
				src = a.URL
			}
			outlet = copies.Outlet(a)
		}
		if outlet == "" {
			outlet = fmt.Sprintf("#%d", m.ArticleID) // unknown: its own outlet
		}
		sim := m.Similarity
		if m.Relation == store.RelOriginal {
			sim = 1
		}
		out.Members = append(out.Members, groupMemberJSON{ID: m.ArticleID, Source: src, Title: m.Title, Published: m.Published,
			Relation: m.Relation, Similarity: sim})
		if rank[m.Relation] > rank[out.Relation] {
			out.Relation = m.Relation
		}
		outlets[outlet] = true
	}
	if g.Kind == store.KindStory {
		out.Relation, out.Outlets = "", len(outlets)
	}
	return out
}

// groupViews turns stored groups into their JSON form (never nil, so an
// empty list prints as []).
func groupViews(ctx context.Context, st store.Store, groups []store.Group) []groupJSON {
	views := []groupJSON{}
	for _, g := range groups {
		views = append(views, groupView(ctx, st, g))
	}
	return views
}

func runCopies(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "copies")
	dsn := dbFlag(fs)
	asJSON := fs.Bool("json", false, `print {"groups": [...]}`)
	pos, err := parseInterspersed(fs, args)
	if err != nil {
		return err
	}
	st, err := openStore(ctx, *dsn)
	if err != nil {
		return err
	}
	defer st.Close()
	var groups []store.Group
	if len(pos) > 0 {
		id, err := strconv.ParseInt(pos[0], 10, 64)
		if err != nil || id <= 0 {
			return fmt.Errorf("article ID %q: want a positive number", pos[0])
		}
		g, err := st.GroupOf(ctx, store.KindCopy, id)
		if err == nil {
			groups = append(groups, *g)
		} else if !isNotFound(err) {
			return err
		}
	} else {
		groups, _, err = st.ListGroups(ctx, store.KindCopy, store.Page{})
		if err != nil {
			return err
		}
	}
	views := groupViews(ctx, st, groups)
	if *asJSON {
		return writeJSON(e.stdout, map[string]any{"groups": views})
	}
	if len(views) == 0 {
		fmt.Fprintln(e.stdout, "no copies found")
		return nil
	}
	for _, g := range views {
		fmt.Fprintf(e.stdout, "copy group %d (%s), %d articles\n", g.ID, g.Relation, len(g.Members))
		for _, m := range g.Members {
			fmt.Fprintf(e.stdout, "  #%-4d %-8s %.2f  %s  %s\n", m.ID, m.Relation, m.Similarity, orUndated(m.Published), orNone(m.Title, m.Source))
		}
	}
	return nil
}

func runStories(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "stories")
	dsn := dbFlag(fs)
	asJSON := fs.Bool("json", false, `print {"stories": [...]}`)
	if _, err := parseInterspersed(fs, args); err != nil {
		return err
	}
	st, err := openStore(ctx, *dsn)
	if err != nil {
		return err
	}
	defer st.Close()
	groups, _, err := st.ListGroups(ctx, store.KindStory, store.Page{})
	if err != nil {
		return err
	}
	views := storyViews(ctx, st, groups)
	if *asJSON {
		return writeJSON(e.stdout, map[string]any{"stories": views})
	}
	printStories(e.stdout, views)
	return nil
}

// storyJSON is a story as `dossier stories` shows it: its articles, how
// many outlets carried it, how many independent sources it has (distinct
// copy groups: a reprint, a spun copy or a translation of one report is one
// source), and the dates of the first and last report.
type storyJSON struct {
	groupJSON
	Independent int    `json:"independent"`
	First       string `json:"first,omitempty"`
	Last        string `json:"last,omitempty"`
}

// storyViews turns stored stories into their JSON form (never nil).
func storyViews(ctx context.Context, st store.Store, groups []store.Group) []storyJSON {
	views := []storyJSON{}
	for _, g := range groups {
		v := storyJSON{groupJSON: groupView(ctx, st, g)}
		sources := map[int64]bool{}
		for _, m := range v.Members {
			src := m.ID // an article in no copy group is its own source
			if cg, err := st.GroupOf(ctx, store.KindCopy, m.ID); err == nil {
				src = -cg.ID
			}
			sources[src] = true
			if m.Published == "" {
				continue
			}
			if v.First == "" || m.Published < v.First {
				v.First = m.Published
			}
			if m.Published > v.Last {
				v.Last = m.Published
			}
		}
		v.Independent = len(sources)
		views = append(views, v)
	}
	return views
}

// printStories prints stories in words: "story 3: 2 articles from 2
// outlets, 2 independent sources; first report 2019-12-18, last report
// 2019-12-20", then one line per article.
func printStories(w io.Writer, views []storyJSON) {
	if len(views) == 0 {
		fmt.Fprintln(w, "no stories with more than one article")
		return
	}
	for i, v := range views {
		if i > 0 {
			fmt.Fprintln(w)
		}
		fmt.Fprintf(w, "story %d: %s from %s, %s", v.ID, count(len(v.Members), "article", "articles"),
			count(v.Outlets, "outlet", "outlets"), count(v.Independent, "independent source", "independent sources"))
		switch {
		case v.First == "":
			fmt.Fprint(w, "; no report dated")
		case v.First == v.Last:
			fmt.Fprintf(w, "; reported on %s", v.First)
		default:
			fmt.Fprintf(w, "; first report %s, last report %s", v.First, v.Last)
		}
		fmt.Fprintln(w)
		for _, m := range v.Members {
			fmt.Fprintf(w, "  #%-4d %s  %s\n", m.ID, orUndated(m.Published), orNone(m.Title, m.Source))
		}
	}
}

// count says "1 article" or "3 articles".
func count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
