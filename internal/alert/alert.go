// Package alert owns dossier's alerts: it evaluates the alert rules of the
// topic files against a newly stored article (a new claim for an indicator,
// a figure above or below a value, a new highest figure, a new source, a
// new contradiction, a watched entity mentioned, a search query matching),
// records each firing once in the store (keyed, so a replay after a crash
// fires nothing twice), posts an alert to a webhook (JSON body signed with
// HMAC-SHA256; the job queue, internal/queue, runs each delivery as a job
// with River's retries and dead-letter list) and renders the latest alerts
// as an Atom feed.
//
// An article is judged against the articles stored before it (smaller
// ids), so "dossier alerts test RULE" over the stored articles shows what
// the rule fires while watching.
package alert

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/dossier-osint/dossier/internal/claim"
	"github.com/dossier-osint/dossier/internal/doc"
	"github.com/dossier-osint/dossier/internal/searchq"
	"github.com/dossier-osint/dossier/internal/store"
	"github.com/dossier-osint/dossier/internal/topic"
)

// Rule kinds (topic.Alert.When).
const (
	Above         = "above"
	Below         = "below"
	NewMax        = "new_max"
	NewClaim      = "new_claim"
	NewSource     = "new_source"
	Contradiction = "contradiction"
	Mention       = "mention"
	Search        = "search"
)

// Engine evaluates the rules of a set of topics on stored articles.
type Engine struct {
	Topics []*topic.Topic
	Store  store.Store
	// Now stamps events (time.Now when nil).
	Now func() time.Time
}

// Payload is the JSON body posted to the webhook for one alert.
type Payload struct {
	Key       string     `json:"key"`
	Rule      string     `json:"rule"`
	Topic     string     `json:"topic"`
	When      string     `json:"when"`
	Title     string     `json:"title"`
	Message   string     `json:"message,omitempty"`
	Article   ArticleRef `json:"article"`
	Claim     *ClaimRef  `json:"claim,omitempty"`
	Other     *ClaimRef  `json:"other_claim,omitempty"` // contradiction: the earlier claim
	Detail    string     `json:"detail,omitempty"`
	CreatedAt time.Time  `json:"created_at"`
}

// ArticleRef names the article an alert is about.
type ArticleRef struct {
	ID        int64  `json:"id"`
	Title     string `json:"title"`
	URL       string `json:"url,omitempty"`
	Published string `json:"published,omitempty"`
	Credit    string `json:"credit,omitempty"`
}

// ClaimRef is a claim in an alert.
type ClaimRef struct {
	ID        int64   `json:"id"`
	ArticleID int64   `json:"article_id"`
	Indicator string  `json:"indicator"`
	Text      string  `json:"text"`
	Value     string  `json:"value"`
	Number    float64 `json:"number"`
	Unit      string  `json:"unit"`
	Period    string  `json:"period,omitempty"`
	SaidBy    string  `json:"said_by,omitempty"`
	Sentence  string  `json:"sentence"`
}

func claimRef(c store.StoredClaim) *ClaimRef {
	return &ClaimRef{ID: c.ID, ArticleID: c.ArticleID, Indicator: c.Indicator, Text: c.Text, Value: c.Value.String(),
		Number: figure(c.Value), Unit: c.Unit, Period: c.Period, SaidBy: c.SaidBy, Sentence: c.Sentence}
}

// figure is the number a claim states: its value, or the high end of a
// range.
func figure(v doc.Value) float64 {
	if v.Bound == doc.BoundRange {
		return v.High
	}
	return v.Number
}

// Rule finds a rule by id ("ID" or "TOPIC/ID") among the topics.
func Rule(topics []*topic.Topic, id string) (*topic.Topic, *topic.Alert, error) {
	tid, rid, scoped := strings.Cut(id, "/")
	if !scoped {
		rid, tid = tid, ""
	}
	var foundT *topic.Topic
	var found *topic.Alert
	n := 0
	for _, t := range topics {
		if tid != "" && t.ID != tid {
			continue
		}
		for i := range t.Alerts {
			if t.Alerts[i].ID == rid {
				foundT, found = t, &t.Alerts[i]
				n++
			}
		}
	}
	switch {
	case n == 0:
		return nil, nil, fmt.Errorf("alert rule %q: %w", id, store.ErrNotFound)
	case n > 1:
		return nil, nil, fmt.Errorf("alert rule %q is defined in several topics: write TOPIC/%s", id, rid)
	}
	return foundT, found, nil
}

// evaluate returns the events the rules fire on the stored article a (its
// ID set), judged against the articles stored before it, read once for all
// the rules. Nothing is recorded.
func (e *Engine) evaluate(ctx context.Context, a *doc.Article) ([]store.AlertEvent, error) {
	articleID := a.ID
	var out []store.AlertEvent
	claims := &articleClaims{}
	for _, t := range e.Topics {
		for i := range t.Alerts {
			evs, err := e.rule(ctx, t, &t.Alerts[i], a, claims)
			if err != nil {
				return nil, err
			}
			out = append(out, evs...)
		}
	}
	evs, err := e.savedSearches(ctx, a)
	if err != nil {
		return nil, fmt.Errorf("alerts of article %d: %w", articleID, err)
	}
	return append(out, evs...), nil
}

// Fire evaluates the rules on the article and records new events. It is
// idempotent: events already recorded (same key) are not added again. It
// returns the events newly recorded.
func (e *Engine) Fire(ctx context.Context, as store.AlertStore, articleID int64) ([]store.AlertEvent, error) {
	a, err := e.Store.Article(ctx, articleID)
	if err != nil {
		return nil, fmt.Errorf("alerts of article %d: %w", articleID, err)
	}
	return e.FireArticle(ctx, as, a)
}

// FireArticle is Fire for a stored article the caller holds (its ID set,
// as PutArticle leaves it), which is then not read again.
func (e *Engine) FireArticle(ctx context.Context, as store.AlertStore, a *doc.Article) ([]store.AlertEvent, error) {
	articleID := a.ID
	evs, err := e.evaluate(ctx, a)
	if err != nil {
		return nil, err
	}
	var added []store.AlertEvent
	for _, ev := range evs {
		id, created, err := as.AddAlert(ctx, ev)
		if err != nil {
			return added, fmt.Errorf("alerts of article %d: %w", articleID, err)
		}
		if created {
			ev.ID = id
			added = append(added, ev)
		}
	}
	return added, nil
}

// Test returns what one rule fires over every stored article, oldest
// first, each judged against the articles stored before it.
func (e *Engine) Test(ctx context.Context, ruleID string) ([]store.AlertEvent, error) {
	t, r, err := Rule(e.Topics, ruleID)
	if err != nil {
		return nil, err
	}
	arts, _, err := e.Store.ListArticles(ctx, store.ArticleFilter{})
	if err != nil {
		return nil, fmt.Errorf("alert test %s: %w", ruleID, err)
	}
	ids := make([]int64, len(arts))
	for i, a := range arts {
		ids[i] = a.ID
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	var out []store.AlertEvent
	for _, id := range ids {
		a, err := e.Store.Article(ctx, id)
		if err != nil {
			return nil, fmt.Errorf("alert test %s on article %d: %w", ruleID, id, err)
		}
		evs, err := e.rule(ctx, t, r, a, &articleClaims{})
		if err != nil {
			return nil, err
		}
		out = append(out, evs...)
	}
	return out, nil
}

func (e *Engine) now() time.Time {
	if e.Now != nil {
		return e.Now()
	}
	return time.Now()
}

// live drops rejected claims: a reviewer said they are wrong.
func live(cs []store.StoredClaim) []store.StoredClaim {
	out := cs[:0:0]
	for _, c := range cs {
		if c.Review != store.ReviewRejected {
			out = append(out, c)
		}
	}
	return out
}

// articleClaims are the stored claims of one article, read once for all
// the rules evaluated on it (a read per claim rule was most of the cost of
// firing the rules at ingest).
type articleClaims struct {
	read bool
	all  []store.StoredClaim
}

// of returns the article's claims of the indicator (all of them for ""),
// in ListClaims order, as a new slice.
func (ac *articleClaims) of(ctx context.Context, st store.Store, articleID int64, indicator string) ([]store.StoredClaim, error) {
	if !ac.read {
		all, _, err := st.ListClaims(ctx, store.ClaimFilter{ArticleID: articleID})
		if err != nil {
			return nil, err
		}
		ac.all, ac.read = all, true
	}
	var out []store.StoredClaim
	for _, c := range ac.all {
		if indicator == "" || c.Indicator == indicator {
			out = append(out, c)
		}
	}
	return out, nil
}

// hasIndicator reports whether a claim has the rule's indicator (any of the
// topic's when the rule names none).
// inUnit keeps the claims of cs in unit u (both normalized).
func inUnit(cs []store.StoredClaim, u string) []store.StoredClaim {
	u = topic.NormalizeUnit(u)
	var out []store.StoredClaim
	for _, c := range cs {
		if topic.NormalizeUnit(c.Unit) == u {
			out = append(out, c)
		}
	}
	return out
}

func hasIndicator(t *topic.Topic, r *topic.Alert, cs []doc.Claim) bool {
	for _, c := range cs {
		if r.Indicator != "" && c.Indicator == r.Indicator ||
			r.Indicator == "" && c.Indicator != "" && t.Indicator(c.Indicator) != nil {
			return true
		}
	}
	return false
}

// rule evaluates one rule on one stored article, whose stored claims
// claims reads.
func (e *Engine) rule(ctx context.Context, t *topic.Topic, r *topic.Alert, a *doc.Article, claims *articleClaims) ([]store.AlertEvent, error) {
	aref := ArticleRef{ID: a.ID, Title: a.Title, URL: a.URL, Published: a.Published, Credit: a.Credit}
	name := a.Title
	if name == "" {
		name = fmt.Sprintf("article %d", a.ID)
	}
	mk := func(key, title string, c, other *store.StoredClaim, detail string) store.AlertEvent {
		p := Payload{Key: key, Rule: r.ID, Topic: t.ID, When: r.When, Title: title, Message: r.Message,
			Article: aref, Detail: detail, CreatedAt: e.now().UTC()}
		ev := store.AlertEvent{Key: key, Rule: r.ID, Topic: t.ID, When: r.When, Title: title, Message: r.Message,
			ArticleID: a.ID, URL: a.URL, CreatedAt: p.CreatedAt}
		if c != nil {
			p.Claim = claimRef(*c)
			ev.ClaimID = c.ID
		}
		if other != nil {
			p.Other = claimRef(*other)
		}
		ev.Payload, _ = json.Marshal(p)
		return ev
	}
	base := t.ID + "/" + r.ID + "/a" + strconv.FormatInt(a.ID, 10)

	switch r.When {
	case Mention:
		names := []string{r.Entity}
		if r.Entity == "" {
			names = names[:0]
			for _, w := range t.Watchlist {
				names = append(names, w.Name)
				names = append(names, w.Aliases...)
			}
		}
		ws := topic.Words(a.Title + "\n" + a.Text)
		var hit []string
		for _, n := range names {
			if topic.Contains(ws, topic.NewPhraseSet([]string{n})) {
				hit = append(hit, n)
			}
		}
		if len(hit) == 0 {
			return nil, nil
		}
		return []store.AlertEvent{mk(base, fmt.Sprintf("%s mentioned in %s", strings.Join(hit, ", "), name), nil, nil, "")}, nil
	case Search:
		q, err := searchq.Parse(r.Query)
		if err != nil {
			return nil, fmt.Errorf("alert %s/%s: %w", t.ID, r.ID, err)
		}
		if !Match(q, a.Title+"\n"+a.Text) {
			return nil, nil
		}
		return []store.AlertEvent{mk(base, fmt.Sprintf("%s matches %q", name, r.Query), nil, nil, "")}, nil
	}

	// Claim rules. The claims in hand (those stored, as the article was
	// stored or read) tell whether any has the rule's indicator; only then
	// are the stored ones (ids, reviews) read.
	if a.Annotations != nil && !hasIndicator(t, r, a.Annotations.Claims) {
		return nil, nil
	}
	mine, err := claims.of(ctx, e.Store, a.ID, r.Indicator)
	if err != nil {
		return nil, fmt.Errorf("alert %s/%s on article %d: %w", t.ID, r.ID, a.ID, err)
	}
	mine = live(mine)
	if r.Unit != "" {
		mine = inUnit(mine, r.Unit)
	}
	if r.Indicator == "" {
		// contradiction over any indicator of the topic
		kept := mine[:0]
		for _, c := range mine {
			if c.Indicator != "" && t.Indicator(c.Indicator) != nil {
				kept = append(kept, c)
			}
		}
		mine = kept
	}
	if len(mine) == 0 {
		return nil, nil
	}
	priorOf := map[string][]store.StoredClaim{}
	prior := func(ind string) ([]store.StoredClaim, error) {
		if p, ok := priorOf[ind]; ok {
			return p, nil
		}
		all, _, err := e.Store.ListClaims(ctx, store.ClaimFilter{Indicator: ind})
		if err != nil {
			return nil, fmt.Errorf("alert %s/%s: claims of %s: %w", t.ID, r.ID, ind, err)
		}
		var p []store.StoredClaim
		for _, c := range live(all) {
			if c.ArticleID < a.ID {
				p = append(p, c)
			}
		}
		priorOf[ind] = p
		return p, nil
	}
	var out []store.AlertEvent
	key := func(c store.StoredClaim) string { return base + "/" + c.MatchKey }
	label := func(c store.StoredClaim) string {
		s := c.Value.String() + " " + c.Unit
		if ind := t.Indicator(c.Indicator); ind != nil && ind.Label != "" {
			s += " (" + ind.Label + ")"
		} else {
			s += " (" + c.Indicator + ")"
		}
		return s
	}
	switch r.When {
	case NewClaim:
		for i := range mine {
			out = append(out, mk(key(mine[i]), "New claim: "+label(mine[i])+" in "+name, &mine[i], nil, ""))
		}
	case Above, Below:
		for i := range mine {
			lo, hi, _, _ := mine[i].Value.Interval()
			if r.When == Above && hi > r.Value || r.When == Below && lo < r.Value {
				out = append(out, mk(key(mine[i]), fmt.Sprintf("%s %s %s in %s", label(mine[i]), r.When, fmtNum(r.Value), name), &mine[i], nil, ""))
			}
		}
	case NewMax:
		p, err := prior(r.Indicator)
		if err != nil {
			return nil, err
		}
		// a record is the highest figure of its unit: 14,000 tonnes beat
		// no count of barrels, and the first figure of a unit is none
		type record struct {
			max float64
			c   store.StoredClaim
		}
		maxOf := map[string]record{}
		for _, c := range p {
			u := topic.NormalizeUnit(c.Unit)
			if m, ok := maxOf[u]; !ok || figure(c.Value) > m.max {
				maxOf[u] = record{figure(c.Value), c}
			}
		}
		best, bestGain := -1, 0.0
		var bestRec record
		for i := range mine {
			m, ok := maxOf[topic.NormalizeUnit(mine[i].Unit)]
			f := figure(mine[i].Value)
			if !ok || !(f > m.max) {
				continue
			}
			// of two records in different units, the one further above its own
			gain := math.Inf(1)
			if m.max > 0 {
				gain = f / m.max
			}
			if best < 0 || gain > bestGain {
				best, bestGain, bestRec = i, gain, m
			}
		}
		if best >= 0 {
			out = append(out, mk(key(mine[best]), fmt.Sprintf("New highest figure: %s in %s (previous %s)", label(mine[best]), name, fmtNum(bestRec.max)),
				&mine[best], &bestRec.c, ""))
		}
	case NewSource:
		p, err := prior(r.Indicator)
		if err != nil {
			return nil, err
		}
		seen := map[string]bool{}
		for _, c := range p {
			seen[sourceOf(c)] = true
		}
		for i := range mine {
			s := sourceOf(mine[i])
			if s == "" || seen[s] {
				continue
			}
			seen[s] = true
			out = append(out, mk(key(mine[i]), fmt.Sprintf("New source for %s: %s (%s)", mine[i].Indicator, displaySource(mine[i]), label(mine[i])), &mine[i], nil, ""))
		}
	case Contradiction:
		byInd := map[string][]store.StoredClaim{}
		for _, c := range mine {
			byInd[c.Indicator] = append(byInd[c.Indicator], c)
		}
		inds := make([]string, 0, len(byInd))
		for ind := range byInd {
			inds = append(inds, ind)
		}
		sort.Strings(inds)
		for _, ind := range inds {
			p, err := prior(ind)
			if err != nil {
				return nil, err
			}
			all := append(append([]store.StoredClaim{}, byInd[ind]...), p...)
			byID := map[int64]store.StoredClaim{}
			refs := make([]claim.ClaimRef, len(all))
			for i, c := range all {
				byID[c.ID] = c
				refs[i] = claim.ClaimRef{ID: c.ID, ArticleID: c.ArticleID, CopyGroup: c.CopyGroup, Claim: c.Claim, Published: c.ArticlePublished}
			}
			for _, x := range claim.Contradictions(refs) {
				ca, cb := byID[x.A], byID[x.B]
				if ca.ArticleID != a.ID {
					ca, cb = cb, ca
				}
				if ca.ArticleID != a.ID || cb.ArticleID == a.ID {
					continue // not between this article and an earlier one
				}
				k := key(ca) + "/vs-c" + strconv.FormatInt(cb.ID, 10)
				out = append(out, mk(k, fmt.Sprintf("Contradiction on %s: %s vs %s", ind, label(ca), cb.Value.String()+" "+cb.Unit),
					&ca, &cb, x.Explanation))
			}
		}
	}
	return out, nil
}

func sourceOf(c store.StoredClaim) string {
	return strings.ToLower(strings.Join(strings.Fields(displaySource(c)), " "))
}

func displaySource(c store.StoredClaim) string {
	for _, s := range []string{c.Origin, c.SaidBy, c.ArticleCredit} {
		if strings.TrimSpace(s) != "" {
			return strings.TrimSpace(s)
		}
	}
	return ""
}

func fmtNum(f float64) string {
	if f == math.Trunc(f) && math.Abs(f) < 1e15 {
		return strconv.FormatFloat(f, 'f', 0, 64)
	}
	return strconv.FormatFloat(f, 'g', -1, 64)
}
