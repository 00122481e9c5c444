package main

import (
	"context"
	"fmt"
	"sort"
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

// findCopies groups every stored article into copy groups and stories and
// records the links. Articles are added oldest first, so a group's first
// member is its original. The index is rebuilt from the stored texts; each
// article costs work in proportion to its length, not to the collection.
func findCopies(ctx context.Context, st store.Store) error {
	arts, _, err := st.ListArticles(ctx, store.ArticleFilter{})
	if err != nil {
		return err
	}
	sort.SliceStable(arts, func(i, j int) bool {
		a, b := arts[i].Published, arts[j].Published
		if (a == "") != (b == "") {
			return b == ""
		}
		if a != b {
			return a < b
		}
		return arts[i].ID < arts[j].ID
	})
	ix := copies.NewIndex(copies.Options{})
	for _, s := range arts {
		if err := ctx.Err(); err != nil {
			return err
		}
		a, err := st.Article(ctx, s.ID)
		if err != nil {
			return err
		}
		src := a.Credit
		if src == "" {
			src = a.SiteName
		}
		m := ix.Add(copies.Doc{ID: a.ID, Source: src, Published: a.Published, Text: a.Text})
		if m.Relation != copies.Original && m.Of != 0 {
			if _, err := st.SetCopy(ctx, store.Link{ArticleID: a.ID, Of: m.Of, Relation: m.Relation, Similarity: m.Similarity}); err != nil {
				return fmt.Errorf("copy link %d -> %d: %w", a.ID, m.Of, err)
			}
		}
	}
	for _, s := range arts {
		info, ok := ix.Story(s.ID)
		if !ok || len(info.Articles) < 2 || info.Story == s.ID {
			continue
		}
		if _, err := st.SetStory(ctx, store.Link{ArticleID: s.ID, Of: info.Story, Relation: store.RelStory}); err != nil {
			return fmt.Errorf("story link %d -> %d: %w", s.ID, info.Story, err)
		}
	}
	return nil
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
// is the loosest relation among its copies (spun, then near, then exact).
func groupView(ctx context.Context, st store.Store, g store.Group) groupJSON {
	rank := map[string]int{store.RelExact: 1, store.RelNear: 2, store.RelSpun: 3}
	out := groupJSON{ID: g.ID, Members: []groupMemberJSON{}}
	outlets := map[string]bool{}
	for _, m := range g.Members {
		src := ""
		if a, err := st.Article(ctx, m.ArticleID); err == nil {
			src = a.Source
			if a.URL != "" {
				src = a.URL
			}
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
		outlets[m.Credit] = true
	}
	if g.Kind == store.KindStory {
		out.Relation, out.Outlets = "", len(outlets)
	}
	return out
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
		g, err := st.CopyGroup(ctx, id)
		if err == nil {
			groups = append(groups, *g)
		} else if !isNotFound(err) {
			return err
		}
	} else {
		groups, _, err = st.ListCopyGroups(ctx, store.Page{})
		if err != nil {
			return err
		}
	}
	views := []groupJSON{}
	for _, g := range groups {
		views = append(views, groupView(ctx, st, g))
	}
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
	groups, _, err := st.ListStories(ctx, store.Page{})
	if err != nil {
		return err
	}
	views := []groupJSON{}
	for _, g := range groups {
		views = append(views, groupView(ctx, st, g))
	}
	if *asJSON {
		return writeJSON(e.stdout, map[string]any{"stories": views})
	}
	if len(views) == 0 {
		fmt.Fprintln(e.stdout, "no stories with more than one article")
		return nil
	}
	for _, g := range views {
		indep := map[int64]bool{}
		for _, m := range g.Members {
			if cg, err := st.CopyGroup(ctx, m.ID); err == nil {
				indep[cg.ID] = true
			} else {
				indep[-m.ID] = true
			}
		}
		if len(indep) < 2 {
			continue // copies of one article are a copy group, not a story
		}
		fmt.Fprintf(e.stdout, "story %d: reported by %d outlets, %d independent\n", g.ID, g.Outlets, len(indep))
		for _, m := range g.Members {
			fmt.Fprintf(e.stdout, "  #%-4d %s  %s\n", m.ID, orUndated(m.Published), orNone(m.Title, m.Source))
		}
	}
	return nil
}
