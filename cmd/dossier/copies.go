package main

import (
	"context"
	"fmt"
	"io"
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

// findCopies groups the stored articles into copy groups and stories and
// records the links (see copyFinder.run).
func findCopies(ctx context.Context, st store.Store) error {
	_, err := findCopiesStats(ctx, st)
	return err
}

// findCopiesStats is findCopies with a fresh index, reporting what it did.
func findCopiesStats(ctx context.Context, st store.Store) (copyStats, error) {
	return new(copyFinder).run(ctx, st)
}

// copyStats says what a copy run did.
type copyStats struct {
	Loaded   int // signatures read from the store and added to the index
	Computed int // signatures computed from texts: new articles, and stored ones that no longer decode
	Copies   int // copy links written
	Stories  int // story links written
}

// copyBatch is the number of new articles added to the index, linked and
// given their signatures before the next ones are read.
const copyBatch = 256

// copyFinder keeps the copy index of a long-running command (dossier
// watch) between runs, so that a run reads only the signatures it does not
// hold and adds only the new articles. The zero value is ready; it is not
// safe for concurrent use.
type copyFinder struct {
	ix *copies.Index
}

// run updates the copy groups and stories with the articles stored since
// the last run, without reading the texts of the others.
//
// With a store.SignatureStore, the copy index is built from the stored
// signatures (copies.Index.AddSig, in the order they were stored, which is
// the order the articles were first added; a finder that already holds
// the index adds only the signatures other processes stored since), then
// the articles without a signature are added oldest publication date first
// (undated last): each one's copy link is written, then the story links of
// the stories it joined, then its signature, so that a run stopped at any
// point is resumed by the next (an article without a signature is added
// again and its links written again as they were).
//
// The earliest member of a copy group is the first article added to the
// index, not the oldest by date: within a run articles are added in
// publication order, but an article ingested in a later run joins as a
// copy of the one already indexed even when it was published before it.
// The stored group's "original" stays the first added article.
//
// Two processes running at once (two ingests, or an ingest and a watcher)
// add the same new articles in the same order and write the same links;
// a signature stored twice keeps its first place.
//
// Stores without signatures fall back to rebuildCopies, which reads every
// text on each run.
func (f *copyFinder) run(ctx context.Context, st store.Store) (copyStats, error) {
	ss, ok := st.(store.SignatureStore)
	if !ok {
		return rebuildCopies(ctx, st)
	}
	var stats copyStats
	if f.ix == nil {
		f.ix = copies.NewIndex(copies.Options{})
	}
	ix := f.ix
	// signatures that no longer decode (the format changed) are computed
	// again from the text and replaced in place
	stale := map[int64]copies.Sig{}
	var staleOrder []int64
	err := ss.Signatures(ctx, func(id int64, source string, b []byte) error {
		if _, ok := ix.Match(id); ok {
			return nil
		}
		var sig copies.Sig
		if err := sig.UnmarshalBinary(b); err != nil {
			a, err := st.Article(ctx, id)
			if err != nil {
				return err
			}
			sig = ix.Signature(copies.DocOf(a))
			stale[id] = sig
			staleOrder = append(staleOrder, id)
			stats.Computed++
		} else {
			stats.Loaded++
		}
		ix.AddSig(id, source, sig)
		return nil
	})
	if err != nil {
		return stats, fmt.Errorf("copy index: %w", err)
	}
	for _, id := range staleOrder {
		if err := putSig(ctx, ss, id, stale[id]); err != nil {
			return stats, err
		}
	}
	ids, err := ss.MissingSignatures(ctx)
	if err != nil {
		return stats, err
	}
	type added struct {
		id  int64
		sig copies.Sig
	}
	for len(ids) > 0 {
		n := min(len(ids), copyBatch)
		var batch []added
		for _, id := range ids[:n] {
			if err := ctx.Err(); err != nil {
				return stats, err
			}
			a, err := st.Article(ctx, id)
			if isNotFound(err) {
				continue // deleted since listed
			}
			if err != nil {
				return stats, err
			}
			d := copies.DocOf(a)
			sig := ix.Signature(d)
			stats.Computed++
			m := ix.AddSig(d.ID, d.Source, sig)
			if err := setCopy(ctx, st, m); err != nil {
				return stats, err
			}
			if m.Relation != copies.Original && m.Of != 0 {
				stats.Copies++
			}
			batch = append(batch, added{id, sig})
		}
		touched := make([]int64, len(batch))
		for i, b := range batch {
			touched[i] = b.id
		}
		nl, err := linkStories(ctx, st, ix, touched)
		stats.Stories += nl
		if err != nil {
			return stats, err
		}
		for _, b := range batch {
			if err := putSig(ctx, ss, b.id, b.sig); err != nil {
				return stats, err
			}
		}
		ids = ids[n:]
	}
	return stats, nil
}

func putSig(ctx context.Context, ss store.SignatureStore, id int64, sig copies.Sig) error {
	b, err := sig.MarshalBinary()
	if err != nil {
		return fmt.Errorf("signature of article %d: %w", id, err)
	}
	return ss.PutSignature(ctx, id, b)
}

// setCopy records the copy link of a match, if it is a copy.
func setCopy(ctx context.Context, st store.Store, m copies.Match) error {
	if m.Relation == copies.Original || m.Of == 0 {
		return nil
	}
	if _, err := st.SetCopy(ctx, store.Link{ArticleID: m.ID, Of: m.Of, Relation: m.Relation, Similarity: m.Similarity}); err != nil {
		return fmt.Errorf("copy link %d -> %d: %w", m.ID, m.Of, err)
	}
	return nil
}

// linkStories records the stories of the given articles: every member of
// a story with two or more articles not yet in the stored story of its
// first article is linked to it (which merges stored stories that the
// index merged). It returns the number of links written.
func linkStories(ctx context.Context, st store.Store, ix *copies.Index, ids []int64) (int, error) {
	done := map[int64]bool{}
	n := 0
	for _, id := range ids {
		info, ok := ix.Story(id)
		if !ok || len(info.Articles) < 2 || done[info.Story] {
			continue
		}
		done[info.Story] = true
		in := map[int64]bool{}
		g, err := st.Story(ctx, info.Story)
		switch {
		case err == nil:
			for _, m := range g.Members {
				in[m.ArticleID] = true
			}
		case !isNotFound(err):
			return n, fmt.Errorf("story of %d: %w", info.Story, err)
		}
		for _, m := range info.Articles {
			if m == info.Story || in[m] {
				continue
			}
			if _, err := st.SetStory(ctx, store.Link{ArticleID: m, Of: info.Story, Relation: store.RelStory}); err != nil {
				return n, fmt.Errorf("story link %d -> %d: %w", m, info.Story, err)
			}
			n++
		}
	}
	return n, nil
}

// rebuildCopies groups every stored article into copy groups and stories
// and records the links, reading every text. Articles are added oldest
// first, so a group's first member is its original. Each article costs
// work in proportion to its length, not to the collection.
func rebuildCopies(ctx context.Context, st store.Store) (copyStats, error) {
	var stats copyStats
	arts, _, err := st.ListArticles(ctx, store.ArticleFilter{})
	if err != nil {
		return stats, err
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
			return stats, err
		}
		a, err := st.Article(ctx, s.ID)
		if err != nil {
			return stats, err
		}
		m := ix.Add(copies.DocOf(a))
		stats.Computed++
		if err := setCopy(ctx, st, m); err != nil {
			return stats, err
		}
		if m.Relation != copies.Original && m.Of != 0 {
			stats.Copies++
		}
	}
	for _, s := range arts {
		info, ok := ix.Story(s.ID)
		if !ok || len(info.Articles) < 2 || info.Story == s.ID {
			continue
		}
		if _, err := st.SetStory(ctx, store.Link{ArticleID: s.ID, Of: info.Story, Relation: store.RelStory}); err != nil {
			return stats, fmt.Errorf("story link %d -> %d: %w", s.ID, info.Story, err)
		}
		stats.Stories++
	}
	return stats, nil
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
	groups, _, err := st.ListStories(ctx, store.Page{})
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
			if cg, err := st.CopyGroup(ctx, m.ID); err == nil {
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
