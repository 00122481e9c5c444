package app

import (
	"context"
	"fmt"

	"github.com/dossier-osint/dossier/internal/copies"
	"github.com/dossier-osint/dossier/internal/doc"
	"github.com/dossier-osint/dossier/internal/store"
)

// CopyStats says what a copy-linking run did.
type CopyStats struct {
	Loaded   int // signatures read from the store and added to the index
	Computed int // signatures computed from texts: new articles, and stored ones that no longer decode
	Copies   int // copy links written
	Stories  int // story links written
}

// copyBatch is the number of new articles added to the index, linked and
// given their signatures before the next ones are read.
const copyBatch = 256

// LinkCopies links the stored articles that have no copy-detection
// signature yet (those stored since the last run, and any a run stopped
// before finishing them) into copy groups and stories. An article's
// missing signature is its "pending" mark: the run that stores it is the
// one that finished it, so a crash at any point is repaired by the next
// run. It reads nothing when every article has its signature. The copy
// index stays in memory between runs of one App (dossier watch), so that
// a run reads only the signatures it does not hold.
func (a *App) LinkCopies(ctx context.Context) (CopyStats, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	missing, err := a.Store.MissingSignatures(ctx)
	if err != nil || len(missing) == 0 {
		return CopyStats{}, err
	}
	a.copies.signed = a.takeSigned
	return a.copies.run(ctx, a.Store)
}

// signed is a signature computed when the article was extracted, with its
// outlet, kept until copy linking takes it.
type signed struct {
	sig    copies.Sig
	outlet string
}

// maxSigned bounds the signatures kept for copy linking (the others are
// computed again from the stored text).
const maxSigned = 50000

// sign computes the copy signature of an article being ingested, in the
// extraction worker (signatures are pure; the index is not needed).
func (a *App) sign(art *doc.Article) signed {
	a.signOnce.Do(func() { a.signer = copies.NewIndex(copies.Options{}) })
	d := copies.DocOf(art)
	return signed{a.signer.Signature(d), d.Source}
}

// keepSigned keeps the signature of a stored article for copy linking.
func (a *App) keepSigned(id int64, s signed) {
	a.sigMu.Lock()
	defer a.sigMu.Unlock()
	if a.pending == nil {
		a.pending = map[int64]signed{}
	}
	if len(a.pending) < maxSigned {
		a.pending[id] = s
	}
}

func (a *App) takeSigned(id int64) (signed, bool) {
	a.sigMu.Lock()
	defer a.sigMu.Unlock()
	s, ok := a.pending[id]
	delete(a.pending, id)
	return s, ok
}

// copyFinder keeps the copy index between runs. The zero value is ready; it
// is not safe for concurrent use.
type copyFinder struct {
	ix *copies.Index
	// signed, when set, gives the signatures computed at extraction.
	signed func(id int64) (signed, bool)
}

// run updates the copy groups and stories with the articles stored since
// the last run, without reading the texts of the others.
//
// The copy index is built from the stored signatures (copies.Index.AddSig,
// in the order they were stored, which is the order the articles were
// first added; a finder that already holds the index adds only the
// signatures other processes stored since), then the articles without a
// signature are added oldest publication date first (undated last): each
// one's copy link is written, then the story links of the stories it
// joined, then its signature, so that a run stopped at any point is resumed
// by the next (an article without a signature is added again and its links
// written again as they were).
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
func (f *copyFinder) run(ctx context.Context, st store.Store) (CopyStats, error) {
	var stats CopyStats
	if f.ix == nil {
		f.ix = copies.NewIndex(copies.Options{})
	}
	ix := f.ix
	// signatures that no longer decode (the format changed) are computed
	// again from the text and replaced in place
	stale := map[int64]copies.Sig{}
	var staleOrder []int64
	err := st.Signatures(ctx, func(x store.Signature) error {
		id := x.ArticleID
		if _, ok := ix.Match(id); ok {
			return nil
		}
		var sig copies.Sig
		if err := sig.UnmarshalBinary(x.Sig); err != nil {
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
		ix.AddSig(id, copies.Outlet(&doc.Article{Credit: x.Credit, SiteName: x.SiteName, URL: x.URL}), sig)
		return nil
	})
	if err != nil {
		return stats, fmt.Errorf("copy index: %w", err)
	}
	for _, id := range staleOrder {
		if err := putSig(ctx, st, id, stale[id]); err != nil {
			return stats, err
		}
	}
	ids, err := st.MissingSignatures(ctx)
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
		// the signatures not kept from extraction (articles another process
		// stored, or stored before a restart) are computed from the texts,
		// read together
		kept := map[int64]signed{}
		var read []int64
		for _, id := range ids[:n] {
			sg, ok := signed{}, f.signed != nil
			if ok {
				sg, ok = f.signed(id)
			}
			if ok {
				kept[id] = sg
			} else {
				read = append(read, id)
			}
		}
		err := st.Articles(ctx, read, func(a *doc.Article) error {
			d := copies.DocOf(a)
			kept[a.ID] = signed{ix.Signature(d), d.Source}
			return nil
		})
		if err != nil {
			return stats, err
		}
		for _, id := range ids[:n] {
			if err := ctx.Err(); err != nil {
				return stats, err
			}
			sg, ok := kept[id]
			if !ok {
				continue // deleted since listed
			}
			sig := sg.sig
			stats.Computed++
			m := ix.AddSig(id, sg.outlet, sig)
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
		// the batch is finished when its signatures are stored, together
		sigs := make([]store.Signature, len(batch))
		for i, b := range batch {
			if sigs[i], err = sigRow(b.id, b.sig); err != nil {
				return stats, err
			}
		}
		if err := st.PutSignatures(ctx, sigs); err != nil {
			return stats, err
		}
		ids = ids[n:]
	}
	return stats, nil
}

func putSig(ctx context.Context, st store.Store, id int64, sig copies.Sig) error {
	x, err := sigRow(id, sig)
	if err != nil {
		return err
	}
	return st.PutSignatures(ctx, []store.Signature{x})
}

func sigRow(id int64, sig copies.Sig) (store.Signature, error) {
	b, err := sig.MarshalBinary()
	if err != nil {
		return store.Signature{}, fmt.Errorf("signature of article %d: %w", id, err)
	}
	return store.Signature{ArticleID: id, Sig: b}, nil
}

// setCopy records the copy link of a match, if it is a copy.
func setCopy(ctx context.Context, st store.Store, m copies.Match) error {
	if m.Relation == copies.Original || m.Of == 0 {
		return nil
	}
	if _, err := st.SetLink(ctx, store.KindCopy, store.Link{ArticleID: m.ID, Of: m.Of, Relation: m.Relation, Similarity: m.Similarity}); err != nil {
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
		k, err := st.JoinStory(ctx, info.Story, info.Articles)
		n += k
		if err != nil {
			return n, err
		}
	}
	return n, nil
}
