package core

import (
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/dossier-osint/dossier/internal/doc"
	"github.com/dossier-osint/dossier/internal/store"
)

func articleName(a *doc.Article) string { return cmp.Or(a.Source, a.URL, a.Title, a.Hash) }

// recordKey identifies an article record: its text (hash) from its source
// (path or URL). The same text from another source is another record.
func recordKey(a *doc.Article) any {
	if a.Hash == "" {
		return nil
	}
	h := sha256.Sum256([]byte(a.Source + "\x00" + a.URL))
	return a.Hash + ":" + hex.EncodeToString(h[:16])
}

// unstorableWarning is added to an article whose text holds what Text
// replaces.
const unstorableWarning = "the text held NUL bytes or invalid UTF-8: stored as spaces and '?'"

// PutArticle implements store.Store.
func (s *Store) PutArticle(ctx context.Context, a *doc.Article) (int64, bool, error) {
	res, err := s.PutArticles(ctx, []*doc.Article{a})
	if err != nil {
		return 0, false, err
	}
	return res[0].ID, res[0].Created, nil
}

// PutArticles implements store.Store.
func (s *Store) PutArticles(ctx context.Context, arts []*doc.Article) ([]store.Put, error) {
	for _, a := range arts {
		if a == nil {
			return nil, fmt.Errorf("put article: %w: nil article", store.ErrInvalid)
		}
		if Text(a.Text) != a.Text && !slices.Contains(a.Warnings, unstorableWarning) {
			a.Warnings = append(a.Warnings, unstorableWarning)
		}
	}
	what := fmt.Sprintf("put %d articles", len(arts))
	if len(arts) == 1 {
		what = fmt.Sprintf("put article %q", articleName(arts[0]))
	}
	out := make([]store.Put, len(arts))
	changed := false
	err := s.write(ctx, what, shown, func(tx Tx) error {
		known, err := storedByHash(ctx, tx, arts)
		if err != nil {
			return err
		}
		var ids []int64
		var ans []*doc.Annotations
		b := &batchRows{Tx: tx, tables: map[string]*tableRows{}}
		for i, a := range arts {
			id, created, err := s.putOne(ctx, b, a, known)
			if err != nil {
				if len(arts) > 1 {
					err = fmt.Errorf("article %q: %w", articleName(a), err)
				}
				return err
			}
			out[i], changed = store.Put{ID: id, Created: created}, changed || created
			if created && a.Annotations != nil {
				ids, ans = append(ids, id), append(ans, a.Annotations)
			}
		}
		if !changed {
			return errUnchanged
		}
		for _, t := range b.order {
			QueueRows(tx, what, t.table, t.cols, t.conflict, t.rows)
		}
		return queueEntities(tx, what, ids, ans)
	})
	if err != nil {
		return nil, err
	}
	for i, a := range arts {
		a.ID = out[i].ID
	}
	return out, nil
}

// stored is an article row found by its text's hash.
type stored struct {
	id          int64
	source, url string
}

// storedByHash reads the stored articles with the texts of arts, by hash
// in id order, in one query (a look-up per article was a round trip each).
func storedByHash(ctx context.Context, q Querier, arts []*doc.Article) (map[string][]stored, error) {
	known := map[string][]stored{}
	var hashes []any
	for _, a := range arts {
		if _, ok := known[a.Hash]; a.Hash != "" && !ok {
			known[a.Hash] = nil
			hashes = append(hashes, a.Hash)
		}
	}
	for part := range slices.Chunk(hashes, 500) {
		err := Each(ctx, q, `SELECT id, hash, source, url FROM articles WHERE hash IN (`+Marks(len(part))+`) ORDER BY id`,
			part, func(r Row) error {
				var x stored
				var h string
				err := r.Scan(&x.id, &h, &x.source, &x.url)
				known[h] = append(known[h], x)
				return err
			})
		if err != nil {
			return nil, fmt.Errorf("articles with the same texts: %w", err)
		}
	}
	return known, nil
}

// putOne stores one article of PutArticles; known (storedByHash) gets the
// article's row.
func (s *Store) putOne(ctx context.Context, tx Tx, a *doc.Article, known map[string][]stored) (id int64, created bool, err error) {
	var first int64
	for _, x := range known[a.Hash] {
		first = cmp.Or(first, x.id)
		if x.source == Text(a.Source) && x.url == Text(a.URL) {
			return x.id, false, nil
		}
	}
	defer func() {
		if err == nil && a.Hash != "" {
			known[a.Hash] = append(known[a.Hash], stored{id, Text(a.Source), Text(a.URL)})
			slices.SortFunc(known[a.Hash], func(x, y stored) int { return cmp.Compare(x.id, y.id) })
		}
	}()
	if id, err = s.insertArticle(ctx, tx, a, 0); errors.Is(err, store.ErrNotFound) {
		// stored just now by another writer
		err = tx.QueryRow(ctx, `SELECT id FROM articles WHERE record_key = ?`, recordKey(a)).Scan(&id)
		return id, false, err
	}
	if err != nil {
		return 0, false, err
	}
	if a.Annotations != nil {
		of := &doc.Article{ID: id, Published: a.Published, Credit: a.Credit}
		var rows [][]any
		for i, c := range a.Annotations.Claims {
			rows = append(rows, newClaimArgs(of, i, c))
		}
		QueueRows(tx, articleName(a), "claims", claimInsertCols, "", rows)
	}
	if first != 0 {
		if _, err := s.link(ctx, tx, store.KindCopy, store.Link{ArticleID: id, Of: first, Relation: store.RelExact,
			Similarity: 1}); err != nil {
			return 0, false, fmt.Errorf("copy of article %d: %w", first, err)
		}
	}
	return id, true, nil
}

// insertArticle writes the article row (with id when id > 0), its
// paragraphs, removed pieces, full-text entry and annotations except
// claims. An error matching store.ErrNotFound means its record key is
// taken.
func (s *Store) insertArticle(ctx context.Context, tx Tx, a *doc.Article, id int64) (int64, error) {
	cols := `source, url, format, title, published, published_time, date_rule, credit, credit_rule, byline,
		site_name, lang, text, warnings, hash, record_key, created_at`
	args := []any{a.Source, a.URL, a.Format, a.Title, a.Published, a.PublishedTime, a.DateRule, a.Credit,
		a.CreditRule, a.Byline, a.SiteName, a.Lang, a.Text, jsonList(a.Warnings), null(a.Hash), recordKey(a),
		time.Now()}
	if id > 0 {
		cols, args = "id, "+cols, append([]any{id}, args...)
	}
	err := tx.QueryRow(ctx, `INSERT INTO articles (`+cols+`) VALUES (`+Marks(len(args))+`)
		ON CONFLICT (record_key) DO NOTHING RETURNING id`, args...).Scan(&id)
	if err != nil {
		return 0, fmt.Errorf("insert article: %w", err)
	}
	var rows [][]any
	for i, p := range a.Paragraphs {
		rows = append(rows, []any{id, i, p.Kind, p.Start, p.End, p.Text, jsonList(p.Flags)})
	}
	QueueRows(tx, articleName(a), "paragraphs", strings.Fields(`article_id ord kind span_start span_end text flags`), "", rows)
	rows = rows[:0]
	for i, r := range a.Removed {
		rows = append(rows, []any{id, i, r.Index, r.Reason, r.Text})
	}
	QueueRows(tx, articleName(a), "removed", strings.Fields(`article_id ord raw_index reason text`), "", rows)
	own := tx // the driver's
	if b, ok := tx.(*batchRows); ok {
		own = b.Tx
	}
	s.d.IndexArticle(own, id, a.Title, a.Text)
	if a.Annotations != nil {
		queueAnnotations(tx, id, a.Annotations)
	}
	return id, nil
}

// Marks is n placeholders.
func Marks(n int) string { return strings.TrimSuffix(strings.Repeat("?,", n), ",") }

// anys is the arguments of the values of xs.
func anys[T any](xs []T) []any {
	args := make([]any, len(xs))
	for i, x := range xs {
		args[i] = x
	}
	return args
}

// rowsPerInsert bounds the rows of one multi-row INSERT: one statement per
// row was most of the cost of storing an article's annotations.
const rowsPerInsert = 64

// batchRows is a transaction of PutArticles: the rows its articles queue
// are kept per table, in the order first queued, and written at the end,
// rows of several articles in each INSERT (a statement per article and
// table was two thirds of the statements of a batch on PostgreSQL, and each
// article's INSERT of its row sent the queued rows of the one before).
type batchRows struct {
	Tx
	order  []*tableRows
	tables map[string]*tableRows
}

type tableRows struct {
	table, conflict string
	cols            []string
	rows            [][]any
}

// QueueRows writes rows (each len(cols) values) into table, several rows
// per statement; conflict ("" or " ON CONFLICT ...") ends each statement.
func QueueRows(tx Tx, what, table string, cols []string, conflict string, rows [][]any) {
	if b, ok := tx.(*batchRows); ok && len(rows) > 0 {
		t := b.tables[table]
		if t == nil {
			t = &tableRows{table: table, conflict: conflict, cols: cols}
			b.tables[table] = t
			b.order = append(b.order, t)
		}
		t.rows = append(t.rows, rows...)
		return
	}
	if c, ok := tx.(Copier); ok && conflict == "" && len(rows) > 0 {
		c.Copy(what, table, cols, rows)
		return
	}
	row := "(" + Marks(len(cols)) + ")"
	for len(rows) > 0 {
		n := min(len(rows), rowsPerInsert)
		var args []any
		for _, r := range rows[:n] {
			args = append(args, r...)
		}
		tx.Queue(fmt.Sprintf("insert %s of %s", table, what), `INSERT INTO `+table+` (`+strings.Join(cols, ", ")+
			`) VALUES `+strings.TrimSuffix(strings.Repeat(row+",", n), ",")+conflict, args...)
		rows = rows[n:]
	}
}

// queueEntities writes the article_entities rows of the articles ids
// (with their annotations ans) and, before them, the entities they name with
// their variants and links: each row once and in key order, so that two
// transactions writing the same entities (two job workers' batches) wait for
// one another instead of deadlocking; last in a transaction, so that they
// hold those rows' locks only to the commit. Of a key named twice the first
// name and type are kept, as the first insert kept them.
func queueEntities(tx Tx, what string, ids []int64, ans []*doc.Annotations) error {
	ents := map[string][]any{}
	variants, links := map[[2]string]bool{}, map[[2]string]bool{}
	var rows [][]any
	for k, an := range ans {
		for i, e := range an.Entities {
			if e.Key == "" {
				return fmt.Errorf("article %d: entity %d %q: %w: empty key", ids[k], i, e.Name, store.ErrInvalid)
			}
			if ents[e.Key] == nil {
				ents[e.Key] = []any{e.Key, e.Name, e.Type}
			}
			for _, v := range append([]string{e.Name}, e.Variants...) {
				if v != "" {
					variants[[2]string{e.Key, v}] = true
				}
			}
			for _, l := range e.Links {
				links[[2]string{e.Key, l}] = true
			}
			rows = append(rows, []any{ids[k], i, e.Key, e.Name, e.Type, jsonList(e.Variants), jsonList(e.Links)})
		}
	}
	var entRows [][]any
	for _, k := range slices.Sorted(maps.Keys(ents)) {
		entRows = append(entRows, ents[k])
	}
	QueueRows(tx, what, "entities", strings.Fields(`key name type`), " ON CONFLICT (key) DO NOTHING", entRows)
	QueueRows(tx, what, "entity_variants", strings.Fields(`entity_key variant`), " ON CONFLICT DO NOTHING", pairRows(variants))
	QueueRows(tx, what, "entity_links", strings.Fields(`entity_key link`), " ON CONFLICT DO NOTHING", pairRows(links))
	QueueRows(tx, what, "article_entities", strings.Fields(`article_id ord entity_key name type variants links`), "", rows)
	return nil
}

// pairRows is a set of (key, value) rows in order.
func pairRows(set map[[2]string]bool) [][]any {
	var rows [][]any
	for _, k := range slices.SortedFunc(maps.Keys(set), func(a, b [2]string) int {
		return cmp.Or(strings.Compare(a[0], b[0]), strings.Compare(a[1], b[1]))
	}) {
		rows = append(rows, []any{k[0], k[1]})
	}
	return rows
}

// queueAnnotations writes everything in an except claims and the entity
// rows (queueEntities, after it).
func queueAnnotations(tx Tx, id int64, an *doc.Annotations) {
	what := fmt.Sprintf("article %d", id)
	var rows [][]any
	for i, t := range an.Times {
		rows = append(rows, []any{id, i, t.Start, t.End, t.Text, t.Type, t.Value, t.Granularity, t.Rule, t.Anchor, t.Mod})
	}
	QueueRows(tx, what, "times", strings.Fields(`article_id ord span_start span_end text type value granularity
		rule anchor mod`), "", rows)
	rows = rows[:0]
	for i, q := range an.Quantities {
		v := q.Value
		rows = append(rows, []any{id, i, q.Start, q.End, q.Text, q.Kind, bound(v), v.Number, v.Low, v.High,
			v.Approx, v.Vague, q.Unit, q.Per, q.Rule})
	}
	QueueRows(tx, what, "quantities", strings.Fields(`article_id ord span_start span_end text kind bound number
		low high approx vague unit per rule`), "", rows)
	rows = rows[:0]
	for i, m := range an.Mentions {
		rows = append(rows, []any{id, i, m.Start, m.End, m.Text, m.Type, m.Entity, m.Rule})
	}
	QueueRows(tx, what, "mentions", strings.Fields(`article_id ord span_start span_end text type entity rule`), "", rows)
	rows = rows[:0]
	for i, l := range an.LegalRefs {
		rows = append(rows, []any{id, i, l.Start, l.End, l.Text, l.Instrument, l.Paragraph})
	}
	QueueRows(tx, what, "legal_refs", strings.Fields(`article_id ord span_start span_end text instrument paragraph`), "", rows)
}

// StoredRecordID implements store.Store.
func (s *Store) StoredRecordID(ctx context.Context, hash, source, url string) (int64, error) {
	var id int64
	if err := s.d.QueryRow(ctx, `SELECT MIN(id) FROM articles WHERE hash = ? AND source = ? AND url = ?
		HAVING COUNT(*) > 0`, hash, source, url).Scan(&id); err != nil {
		return 0, fmt.Errorf("article %s from %s: %w", hash, source, err)
	}
	return id, nil
}

// Article implements store.Store.
func (s *Store) Article(ctx context.Context, id int64) (*doc.Article, error) {
	var a *doc.Article
	err := s.articles(ctx, []int64{id}, true, func(x *doc.Article) error { a = x; return nil })
	if err == nil && a == nil {
		err = fmt.Errorf("article %d: %w", id, store.ErrNotFound)
	}
	return a, err
}

// Articles implements store.Store: up to 500 articles read together, a
// query per part (Article per id, for the articles copy linking reads back,
// was a transaction of ten queries each), claims left out (their query, a
// join with the articles and copy groups, was 5 s of the PostgreSQL
// server's time in a Reuters ingest, for copy linking that reads none).
func (s *Store) Articles(ctx context.Context, ids []int64, fn func(*doc.Article) error) error {
	for part := range slices.Chunk(ids, 500) {
		if err := s.articles(ctx, part, false, fn); err != nil {
			return err
		}
	}
	return nil
}

func (s *Store) articles(ctx context.Context, ids []int64, claims bool, fn func(*doc.Article) error) error {
	// byID[0] takes what a row that fails to scan held: its error ends the read
	byID := map[int64]*doc.Article{0: {Annotations: &doc.Annotations{}}}
	var aid int64 // the article of the row scanned
	in := `article_id IN (` + Marks(len(ids)) + `)`
	args := anys(ids)
	parts := []struct {
		table, cols string // read with article_id first, in order
		scan        func(Row) error
	}{
		{"paragraphs", "kind, span_start, span_end, text, flags", part(byID, &aid, func(p *doc.Paragraph) []any {
			return []any{&aid, &p.Kind, &p.Start, &p.End, &p.Text, strs(&p.Flags)}
		}, func(a *doc.Article, p doc.Paragraph) { a.Paragraphs = append(a.Paragraphs, p) })},
		{"removed", "text, reason, raw_index", part(byID, &aid, func(x *doc.Removed) []any {
			return []any{&aid, &x.Text, &x.Reason, &x.Index}
		}, func(a *doc.Article, x doc.Removed) { a.Removed = append(a.Removed, x) })},
		{"times", "span_start, span_end, text, type, value, granularity, rule, anchor, mod", part(byID, &aid,
			func(t *doc.Time) []any {
				return []any{&aid, &t.Start, &t.End, &t.Text, &t.Type, &t.Value, &t.Granularity, &t.Rule, &t.Anchor, &t.Mod}
			}, func(a *doc.Article, t doc.Time) { a.Annotations.Times = append(a.Annotations.Times, t) })},
		{"quantities", "span_start, span_end, text, kind, bound, number, low, high, approx, vague, unit, per, rule",
			part(byID, &aid, func(q *doc.Quantity) []any {
				v := &q.Value
				return []any{&aid, &q.Start, &q.End, &q.Text, &q.Kind, &v.Bound, &v.Number, &v.Low, &v.High, &v.Approx,
					&v.Vague, &q.Unit, &q.Per, &q.Rule}
			}, func(a *doc.Article, q doc.Quantity) { a.Annotations.Quantities = append(a.Annotations.Quantities, q) })},
		{"mentions", "span_start, span_end, text, type, entity, rule", part(byID, &aid, func(m *doc.Mention) []any {
			return []any{&aid, &m.Start, &m.End, &m.Text, &m.Type, &m.Entity, &m.Rule}
		}, func(a *doc.Article, m doc.Mention) { a.Annotations.Mentions = append(a.Annotations.Mentions, m) })},
		{"article_entities", "entity_key, name, type, variants, links", part(byID, &aid, func(e *doc.Entity) []any {
			return []any{&aid, &e.Key, &e.Name, &e.Type, strs(&e.Variants), strs(&e.Links)}
		}, func(a *doc.Article, e doc.Entity) { a.Annotations.Entities = append(a.Annotations.Entities, e) })},
		{"legal_refs", "span_start, span_end, text, instrument, paragraph", part(byID, &aid, func(l *doc.LegalRef) []any {
			return []any{&aid, &l.Start, &l.End, &l.Text, &l.Instrument, &l.Paragraph}
		}, func(a *doc.Article, l doc.LegalRef) { a.Annotations.LegalRefs = append(a.Annotations.LegalRefs, l) })},
	}
	what := fmt.Sprintf("article %d", ids[0])
	if len(ids) > 1 {
		what = fmt.Sprintf("%d articles", len(ids))
	}
	return s.read(ctx, what, func(q Querier) error {
		err := Each(ctx, q, `SELECT id, source, url, format, title, published, published_time, date_rule, credit,
			credit_rule, byline, site_name, lang, text, warnings, COALESCE(hash, '') FROM articles WHERE id IN (`+Marks(len(ids))+`)`,
			args, func(r Row) error {
				a := &doc.Article{Annotations: &doc.Annotations{}}
				err := r.Scan(&aid, &a.Source, &a.URL, &a.Format, &a.Title, &a.Published, &a.PublishedTime, &a.DateRule,
					&a.Credit, &a.CreditRule, &a.Byline, &a.SiteName, &a.Lang, &a.Text, strs(&a.Warnings), &a.Hash)
				a.ID, byID[aid] = aid, a
				return err
			})
		if err != nil || len(byID) == 1 {
			return err
		}
		for _, p := range parts {
			if err := Each(ctx, q, `SELECT article_id, `+p.cols+` FROM `+p.table+` WHERE `+in+` ORDER BY article_id, ord`,
				args, p.scan); err != nil {
				return fmt.Errorf("%s: %w", p.table, err)
			}
		}
		var cs []store.StoredClaim
		if claims {
			if cs, err = list(ctx, q, "claims", `SELECT `+claimCols+claimFrom+` WHERE c.`+in+`
				ORDER BY c.article_id, c.span_start, c.span_end, c.ord, c.id`, args, scanClaims); err != nil {
				return err
			}
		}
		for _, c := range cs {
			an := byID[c.ArticleID].Annotations
			an.Claims = append(an.Claims, c.Claim)
		}
		for _, id := range ids {
			if a := byID[id]; a != nil && id != 0 {
				if err := fn(a); err != nil {
					return err
				}
			}
		}
		return nil
	})
}

// part scans a row of an article's part (the pointers of ptrs, the
// article's id first into aid) and gives it to add with its article.
func part[T any](byID map[int64]*doc.Article, aid *int64, ptrs func(*T) []any, add func(*doc.Article, T)) func(Row) error {
	return func(r Row) error {
		var x T
		err := r.Scan(ptrs(&x)...)
		add(byID[*aid], x)
		return err
	}
}

const summaryCols = `a.id, a.title, a.published, a.credit, a.lang, a.source, a.url, COALESCE(a.hash, ''),
	(SELECT COUNT(*) FROM claims c WHERE c.article_id = a.id),
	COALESCE((SELECT group_id FROM group_members g WHERE g.kind = 'copy' AND g.article_id = a.id), 0),
	COALESCE((SELECT group_id FROM group_members g WHERE g.kind = 'story' AND g.article_id = a.id), 0)`

var scanSummary = fields(func(x *store.ArticleSummary) []any {
	return []any{&x.ID, &x.Title, &x.Published, &x.Credit, &x.Lang, &x.Source, &x.URL, &x.Hash, &x.Claims,
		&x.CopyGroup, &x.Story}
})

// newestFirst orders articles newest first, undated last.
const newestFirst = `a.published = '', a.published DESC, a.id DESC`

func articleWhere(w *Where, from, to, credit, lang string) {
	w.AddIf(from != "", `a.published <> '' AND a.published >= ?`, from)
	w.AddIf(to != "", `a.published <> '' AND substr(a.published, 1, 10) <= ?`, to)
	w.AddIf(credit != "", `lower(a.credit) = lower(?)`, credit)
	w.AddIf(lang != "", `a.lang = ?`, lang)
}

// ListArticles implements store.Store.
func (s *Store) ListArticles(ctx context.Context, f store.ArticleFilter) ([]store.ArticleSummary, int, error) {
	var w Where
	articleWhere(&w, f.From, f.To, f.Credit, f.Lang)
	return pageOf(ctx, s, "list articles", `SELECT COUNT(*) FROM articles a`+w.String(), `SELECT `+summaryCols+
		` FROM articles a`+w.String()+` ORDER BY `+newestFirst, w.Args, f.Limit, f.Offset, scanSummary)
}

// ReplaceAnnotations implements store.Store.
func (s *Store) ReplaceAnnotations(ctx context.Context, articleID int64, an *doc.Annotations) (store.ReplaceResult, error) {
	var res store.ReplaceResult
	if an == nil {
		return res, fmt.Errorf("replace annotations of article %d: %w: nil annotations", articleID, store.ErrInvalid)
	}
	err := s.write(ctx, fmt.Sprintf("replace annotations of article %d", articleID), shown, func(tx Tx) error {
		// the article's row, locked on PostgreSQL so that concurrent
		// replacements of its annotations queue
		art := &doc.Article{ID: articleID}
		if err := tx.QueryRow(ctx, `SELECT published, credit FROM articles WHERE id = ?`+s.d.ForUpdate(""),
			articleID).Scan(&art.Published, &art.Credit); err != nil {
			return fmt.Errorf("article %d: %w", articleID, err)
		}
		for _, t := range []string{"times", "quantities", "mentions", "article_entities", "legal_refs"} {
			tx.Queue("delete "+t, `DELETE FROM `+t+` WHERE article_id = ?`, articleID)
		}
		queueAnnotations(tx, articleID, an)
		if err := queueEntities(tx, fmt.Sprintf("article %d", articleID), []int64{articleID},
			[]*doc.Annotations{an}); err != nil {
			return err
		}
		var err error
		res, err = s.replaceMachineClaims(ctx, tx, art, an.Claims)
		return err
	})
	return res, err
}

// Counts implements store.Store.
func (s *Store) Counts(ctx context.Context) (store.Counts, error) {
	c := store.Counts{ByReview: map[string]int{}}
	err := s.read(ctx, "counts", func(q Querier) error {
		err := q.QueryRow(ctx, `SELECT
			(SELECT COUNT(*) FROM articles), (SELECT COUNT(*) FROM paragraphs), (SELECT COUNT(*) FROM times),
			(SELECT COUNT(*) FROM quantities), (SELECT COUNT(*) FROM mentions), (SELECT COUNT(*) FROM entities),
			(SELECT COUNT(*) FROM legal_refs), (SELECT COUNT(*) FROM claims),
			(SELECT COUNT(*) FROM article_groups WHERE kind = 'copy'),
			(SELECT COUNT(*) FROM article_groups WHERE kind = 'story')`).Scan(&c.Articles, &c.Paragraphs,
			&c.Times, &c.Quantities, &c.Mentions, &c.Entities, &c.LegalRefs, &c.Claims, &c.CopyGroups, &c.Stories)
		if err != nil {
			return err
		}
		return Each(ctx, q, `SELECT review, COUNT(*) FROM claims GROUP BY review`, nil, func(r Row) error {
			var k string
			var n int
			err := r.Scan(&k, &n)
			c.ByReview[k] = n
			return err
		})
	})
	return c, err
}
