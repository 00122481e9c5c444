package core

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/dossier-osint/dossier/internal/store"
)

// JoinStory implements store.Store.
func (s *Store) JoinStory(ctx context.Context, of int64, members []int64) (int, error) {
	n := 0
	err := s.write(ctx, fmt.Sprintf("join story of article %d", of), shown, func(tx Tx) error {
		// the members' ids alone: the group reader's join with their
		// articles, sorted, was 2-3 s of the PostgreSQL server's time in a
		// Reuters ingest (3,500 stories joined)
		ids, err := list(ctx, tx, "story members", `SELECT article_id FROM group_members WHERE group_id = (`+groupOf+`)`,
			[]any{store.KindStory, of}, scalar[int64])
		if err != nil {
			return err
		}
		for _, m := range members {
			if m == of || slices.Contains(ids, m) {
				continue
			}
			if _, err := s.link(ctx, tx, store.KindStory, store.Link{ArticleID: m, Of: of, Relation: store.RelStory}); err != nil {
				return fmt.Errorf("story link %d -> %d: %w", m, of, err)
			}
			n++
		}
		if n == 0 {
			return errUnchanged
		}
		return nil
	})
	if err != nil {
		n = 0
	}
	return n, err
}

// groupOf selects the group of kind (the first argument) holding an article.
const groupOf = `SELECT group_id FROM group_members WHERE kind = ? AND article_id = ?`

// groupID is the group of kind holding the article, 0 when none does.
func groupID(ctx context.Context, q Querier, kind string, articleID int64) (int64, error) {
	var g int64
	err := q.QueryRow(ctx, `SELECT COALESCE((`+groupOf+`), 0)`, kind, articleID).Scan(&g)
	return g, err
}

// SetLink implements store.Store.
func (s *Store) SetLink(ctx context.Context, kind string, l store.Link) (int64, error) {
	what := fmt.Sprintf("set %s link %d -> %d", kind, l.ArticleID, l.Of)
	switch {
	case kind == store.KindStory:
		l.Relation = store.RelStory
	case kind != store.KindCopy:
		return 0, fmt.Errorf("%s: %w: group kind %q (want copy or story)", what, store.ErrInvalid, kind)
	case !slices.Contains([]string{store.RelExact, store.RelNear, store.RelSpun, store.RelTranslated}, l.Relation):
		return 0, fmt.Errorf("%s: %w: relation %q (want exact, near, spun or translated)", what, store.ErrInvalid,
			l.Relation)
	}
	var gid int64
	err := s.write(ctx, what, shown, func(tx Tx) error {
		var err error
		gid, err = s.link(ctx, tx, kind, l)
		return err
	})
	return gid, err
}

const memberInsert = `INSERT INTO group_members (kind, article_id, group_id, relation, similarity, linked_of)
	VALUES (?,?,?,?,?,?)`

// link puts l.ArticleID in the group of l.Of (making one, or merging two).
func (s *Store) link(ctx context.Context, tx Tx, kind string, l store.Link) (int64, error) {
	if l.ArticleID == l.Of {
		return 0, fmt.Errorf("%w: an article cannot copy itself", store.ErrInvalid)
	}
	if l.Similarity < 0 || l.Similarity > 1 {
		return 0, fmt.Errorf("%w: similarity %v outside [0,1]", store.ErrInvalid, l.Similarity)
	}
	s.d.Lock(tx, lockGroups)
	// single-table look-ups: a join of articles and group_members kept
	// the plan PostgreSQL made for it while the tables were empty (a scan
	// of group_members, 0.7 ms a link at the end of a Reuters ingest)
	if err := articlesExist(ctx, tx, []int64{l.ArticleID, l.Of}); err != nil {
		return 0, err
	}
	gid, err := groupID(ctx, tx, kind, l.Of)
	if err != nil {
		return 0, err
	}
	old, err := groupID(ctx, tx, kind, l.ArticleID)
	if err != nil {
		return 0, err
	}
	if gid == 0 {
		if err := tx.QueryRow(ctx, `INSERT INTO article_groups (kind, created_at) VALUES (?, ?) RETURNING id`,
			kind, time.Now()).Scan(&gid); err != nil {
			return 0, fmt.Errorf("new group: %w", err)
		}
		rel := store.RelOriginal
		if kind == store.KindStory {
			rel = store.RelStory
		}
		tx.Queue(fmt.Sprintf("add %d", l.Of), memberInsert, kind, l.Of, gid, rel, 1.0, nil)
	}
	what := fmt.Sprintf("add %d", l.ArticleID)
	if old == 0 {
		tx.Queue(what, memberInsert, kind, l.ArticleID, gid, l.Relation, l.Similarity, l.Of)
		return gid, nil
	}
	if old != gid {
		tx.Queue(fmt.Sprintf("merge group %d into %d", old, gid), `UPDATE group_members SET group_id = ?
			WHERE group_id = ?`, gid, old)
		tx.Queue(fmt.Sprintf("drop group %d", old), `DELETE FROM article_groups WHERE id = ?`, old)
	}
	tx.Queue(what, `UPDATE group_members SET relation = ?, similarity = ?, linked_of = ?
		WHERE kind = ? AND article_id = ?`, l.Relation, l.Similarity, l.Of, kind, l.ArticleID)
	return gid, nil
}

// group reads the group whose id the subquery in (or ?) gives; an empty
// group and ErrNotFound when it has no members.
func group(ctx context.Context, q Querier, in string, args ...any) (*store.Group, error) {
	g := &store.Group{}
	err := Each(ctx, q, `SELECT g.group_id, g.kind, g.article_id, a.title, a.published, a.credit, g.relation,
		g.similarity, COALESCE(g.linked_of, 0) FROM group_members g JOIN articles a ON a.id = g.article_id
		WHERE g.group_id = (`+in+`) ORDER BY a.published = '', a.published, a.id`, args, func(r Row) error {
		var m store.GroupMember
		err := r.Scan(&g.ID, &g.Kind, &m.ArticleID, &m.Title, &m.Published, &m.Credit, &m.Relation, &m.Similarity, &m.Of)
		g.Members = append(g.Members, m)
		return err
	})
	if err != nil {
		return nil, err
	}
	if len(g.Members) == 0 {
		return g, store.ErrNotFound
	}
	g.Of = g.Members[0].ArticleID
	return g, nil
}

// GroupOf implements store.Store.
func (s *Store) GroupOf(ctx context.Context, kind string, articleID int64) (*store.Group, error) {
	g, err := group(ctx, s.d, groupOf, kind, articleID)
	if err != nil {
		return nil, fmt.Errorf("%s group of article %d: %w", kind, articleID, err)
	}
	return g, nil
}

// Group implements store.Store.
func (s *Store) Group(ctx context.Context, id int64) (*store.Group, error) {
	g, err := group(ctx, s.d, `?`, id)
	if err != nil {
		return nil, fmt.Errorf("group %d: %w", id, err)
	}
	return g, nil
}

// ListGroups implements store.Store.
func (s *Store) ListGroups(ctx context.Context, kind string, p store.Page) ([]store.Group, int, error) {
	var out []store.Group
	var total int
	err := s.read(ctx, "list "+kind+" groups", func(q Querier) error {
		if err := q.QueryRow(ctx, `SELECT COUNT(*) FROM article_groups WHERE kind = ?`, kind).Scan(&total); err != nil {
			return err
		}
		ids, err := list(ctx, q, "groups", `SELECT g.id FROM article_groups g WHERE g.kind = ?
			ORDER BY (SELECT COUNT(*) FROM group_members m WHERE m.group_id = g.id) DESC, g.id`+Page(p.Limit, p.Offset),
			[]any{kind}, scalar[int64])
		if err != nil {
			return err
		}
		for _, id := range ids {
			g, err := group(ctx, q, `?`, id)
			if err != nil {
				return err
			}
			out = append(out, *g)
		}
		return nil
	})
	if err != nil {
		return nil, 0, err
	}
	return out, total, nil
}
