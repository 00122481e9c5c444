package app

import (
	"context"
	"fmt"

	"github.com/dossier-osint/dossier/internal/doc"
	"github.com/dossier-osint/dossier/internal/store"
)

// Reextracted is what re-extracting one article did.
type Reextracted struct {
	ID int64
	store.ReplaceResult
	Err error
}

// Reextract recomputes the annotations of the stored articles ids (every
// article when ids is empty, oldest first): articles are read and annotated
// in parallel and their annotations replaced in order, each in its own
// transaction, keeping claim ids and reviewed claims. fn (when set) sees
// every article's result. It returns the sums; the first error stops it.
func (a *App) Reextract(ctx context.Context, ids []int64, fn func(Reextracted)) (store.ReplaceResult, error) {
	var sum store.ReplaceResult
	if len(ids) == 0 {
		arts, _, err := a.Store.ListArticles(ctx, store.ArticleFilter{})
		if err != nil {
			return sum, err
		}
		for i := len(arts) - 1; i >= 0; i-- {
			ids = append(ids, arts[i].ID)
		}
	}
	type got struct {
		art *doc.Article
		err error
	}
	err := Ordered(ctx, a.Workers, func(push func(int64) error) error {
		for _, id := range ids {
			if err := push(id); err != nil {
				return err
			}
		}
		return nil
	}, func(ctx context.Context, id int64) got {
		art, err := a.Store.Article(ctx, id)
		if err == nil {
			err = a.annotate(ctx, art)
		}
		return got{art, err}
	}, func(id int64, g got) error {
		r := Reextracted{ID: id, Err: g.err}
		if g.err == nil {
			r.ReplaceResult, r.Err = a.Store.ReplaceAnnotations(ctx, id, g.art.Annotations)
		}
		if fn != nil {
			fn(r)
		}
		if r.Err != nil {
			return fmt.Errorf("article %d: %w", id, r.Err)
		}
		sum.Deleted += r.Deleted
		sum.Kept += r.Kept
		sum.Inserted += r.Inserted
		sum.KeptReviewed += r.KeptReviewed
		sum.Skipped += r.Skipped
		return nil
	})
	return sum, err
}

// ReextractOne recomputes one stored article's annotations (a job).
func (a *App) ReextractOne(ctx context.Context, id int64) (store.ReplaceResult, error) {
	art, err := a.Store.Article(ctx, id)
	if err != nil {
		return store.ReplaceResult{}, err
	}
	if err := a.annotate(ctx, art); err != nil {
		return store.ReplaceResult{}, err
	}
	return a.Store.ReplaceAnnotations(ctx, id, art.Annotations)
}

func (a *App) annotate(ctx context.Context, art *doc.Article) (err error) {
	defer a.slot()()
	defer a.recovered(fmt.Sprintf("article %d", art.ID), &err)
	return a.Pipeline.AnnotateContext(ctx, art)
}
