package postgres

import (
	"context"
	"errors"
	"fmt"
	"github.com/jackc/pgx/v5"

	"github.com/dossier-osint/dossier/internal/store"
)

// SetCopy implements store.Store.
func (s *Store) SetCopy(ctx context.Context, l store.Link) (int64, error) {
	if err := store.CheckCopyLink(l); err != nil {
		return 0, err
	}
	return s.link(ctx, store.KindCopy, l)
}

// SetStory implements store.Store.
func (s *Store) SetStory(ctx context.Context, l store.Link) (int64, error) {
	l.Relation = store.RelStory
	return s.link(ctx, store.KindStory, l)
}

// CopyGroup implements store.Store.
func (s *Store) CopyGroup(ctx context.Context, articleID int64) (*store.Group, error) {
	return s.groupOf(ctx, store.KindCopy, articleID)
}

// Story implements store.Store.
func (s *Store) Story(ctx context.Context, articleID int64) (*store.Group, error) {
	return s.groupOf(ctx, store.KindStory, articleID)
}

// ListCopyGroups implements store.Store.
func (s *Store) ListCopyGroups(ctx context.Context, p store.Page) ([]store.Group, int, error) {
	return s.listGroups(ctx, store.KindCopy, p)
}

// ListStories implements store.Store.
func (s *Store) ListStories(ctx context.Context, p store.Page) ([]store.Group, int, error) {
	return s.listGroups(ctx, store.KindStory, p)
}

// groupLock is the pg_advisory_xact_lock key that serializes group changes.
const groupLock = 0x67727073 // "grps"

func articleExists(ctx context.Context, q querier, id int64) error {
	var one int
	err := q.QueryRow(ctx, `SELECT 1 FROM articles WHERE id = $1`, id).Scan(&one)
	if errors.Is(err, pgx.ErrNoRows) {
		return fmt.Errorf("article %d: %w", id, store.ErrNotFound)
	}
	return err
}

func groupID(ctx context.Context, q querier, kind string, articleID int64) (int64, error) {
	var g int64
	err := q.QueryRow(ctx, `SELECT group_id FROM group_members WHERE kind = $1 AND article_id = $2`,
		kind, articleID).Scan(&g)
	if errors.Is(err, pgx.ErrNoRows) {
		return 0, nil
	}
	return g, err
}

func (s *Store) link(ctx context.Context, kind string, l store.Link) (int64, error) {
	what := fmt.Sprintf("set %s link %d -> %d", kind, l.ArticleID, l.Of)
	if l.ArticleID == l.Of {
		return 0, fmt.Errorf("%s: %w: an article cannot copy itself", what, store.ErrInvalid)
	}
	if l.Similarity < 0 || l.Similarity > 1 {
		return 0, fmt.Errorf("%s: %w: similarity %v outside [0,1]", what, store.ErrInvalid, l.Similarity)
	}
	var gid int64
	err := s.tx(ctx, what, func(tx pgx.Tx) error {
		// Group changes may merge groups: one at a time.
		if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, groupLock); err != nil {
			return err
		}
		for _, id := range []int64{l.ArticleID, l.Of} {
			if err := articleExists(ctx, tx, id); err != nil {
				return err
			}
		}
		var err error
		if gid, err = groupID(ctx, tx, kind, l.Of); err != nil {
			return err
		}
		if gid == 0 {
			if err := tx.QueryRow(ctx, `INSERT INTO article_groups (kind) VALUES ($1) RETURNING id`, kind).Scan(&gid); err != nil {
				return fmt.Errorf("new group: %w", err)
			}
			rel := store.RelOriginal
			if kind == store.KindStory {
				rel = store.RelStory
			}
			if _, err := tx.Exec(ctx, `INSERT INTO group_members (kind, article_id, group_id, relation,
				similarity, linked_of) VALUES ($1, $2, $3, $4, 1, NULL)`, kind, l.Of, gid, rel); err != nil {
				return fmt.Errorf("add %d: %w", l.Of, err)
			}
		}
		old, err := groupID(ctx, tx, kind, l.ArticleID)
		if err != nil {
			return err
		}
		switch {
		case old == 0:
			_, err = tx.Exec(ctx, `INSERT INTO group_members (kind, article_id, group_id, relation,
				similarity, linked_of) VALUES ($1, $2, $3, $4, $5, $6)`, kind, l.ArticleID, gid, l.Relation,
				l.Similarity, l.Of)
		default:
			if old != gid {
				if _, err := tx.Exec(ctx, `UPDATE group_members SET group_id = $1 WHERE group_id = $2`, gid, old); err != nil {
					return fmt.Errorf("merge group %d into %d: %w", old, gid, err)
				}
				if _, err := tx.Exec(ctx, `DELETE FROM article_groups WHERE id = $1`, old); err != nil {
					return fmt.Errorf("drop group %d: %w", old, err)
				}
			}
			_, err = tx.Exec(ctx, `UPDATE group_members SET relation = $1, similarity = $2, linked_of = $3
				WHERE kind = $4 AND article_id = $5`, l.Relation, l.Similarity, l.Of, kind, l.ArticleID)
		}
		if err != nil {
			return fmt.Errorf("add %d: %w", l.ArticleID, err)
		}
		return nil
	})
	return gid, err
}

func members(ctx context.Context, q querier, gid int64) (*store.Group, error) {
	g := &store.Group{ID: gid}
	err := each(ctx, q, `SELECT g.kind, g.article_id, a.title, a.published, a.credit, g.relation,
		g.similarity, COALESCE(g.linked_of, 0) FROM group_members g JOIN articles a ON a.id = g.article_id
		WHERE g.group_id = $1 ORDER BY a.published = '', a.published, a.id`, []any{gid}, func(r pgx.Rows) error {
		var m store.GroupMember
		if err := r.Scan(&g.Kind, &m.ArticleID, &m.Title, &m.Published, &m.Credit, &m.Relation,
			&m.Similarity, &m.Of); err != nil {
			return err
		}
		g.Members = append(g.Members, m)
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(g.Members) > 0 {
		g.Of = g.Members[0].ArticleID
	}
	return g, nil
}

func (s *Store) groupOf(ctx context.Context, kind string, articleID int64) (*store.Group, error) {
	what := fmt.Sprintf("%s group of article %d", kind, articleID)
	var g *store.Group
	err := s.readTx(ctx, what, func(tx pgx.Tx) error {
		gid, err := groupID(ctx, tx, kind, articleID)
		if err != nil {
			return err
		}
		if gid == 0 {
			return store.ErrNotFound
		}
		g, err = members(ctx, tx, gid)
		return err
	})
	return g, err
}

func (s *Store) listGroups(ctx context.Context, kind string, p store.Page) ([]store.Group, int, error) {
	what := "list " + kind + " groups"
	var out []store.Group
	var total int
	err := s.readTx(ctx, what, func(tx pgx.Tx) error {
		if err := tx.QueryRow(ctx, `SELECT COUNT(*) FROM article_groups WHERE kind = $1`, kind).Scan(&total); err != nil {
			return err
		}
		var ids []int64
		err := each(ctx, tx, `SELECT g.id FROM article_groups g WHERE g.kind = $1
			ORDER BY (SELECT COUNT(*) FROM group_members m WHERE m.group_id = g.id) DESC, g.id
			LIMIT $2 OFFSET $3`, []any{kind, limit(p.Limit), offset(p.Offset)}, func(r pgx.Rows) error {
			var id int64
			err := r.Scan(&id)
			ids = append(ids, id)
			return err
		})
		if err != nil {
			return err
		}
		for _, id := range ids {
			g, err := members(ctx, tx, id)
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
