package alert

import (
	"context"
	"encoding/json"
	"fmt"
	"net/url"
	"strconv"
	"strings"

	"github.com/dossier-osint/dossier/internal/doc"
	"github.com/dossier-osint/dossier/internal/searchq"
	"github.com/dossier-osint/dossier/internal/store"
)

// SavedTopic is the topic of the alerts saved searches fire.
const SavedTopic = "saved-searches"

// SavedRule is the rule id of a saved search's alerts.
func SavedRule(id int64) string { return "saved-" + strconv.FormatInt(id, 10) }

// savedSearches fires the saved searches marked as alerts on a stored
// article: an article search fires once for a
// matching article, a claim search once for each matching claim of it.
func (e *Engine) savedSearches(ctx context.Context, a *doc.Article) ([]store.AlertEvent, error) {
	articleID := a.ID
	list, err := e.Store.SavedSearches(ctx)
	if err != nil {
		return nil, fmt.Errorf("saved searches on article %d: %w", articleID, err)
	}
	var out []store.AlertEvent
	for _, s := range list {
		if !s.Alert {
			continue
		}
		evs, err := e.savedSearch(ctx, s, a)
		if err != nil {
			return nil, err
		}
		out = append(out, evs...)
	}
	return out, nil
}

// savedSearch evaluates one saved search on one article.
func (e *Engine) savedSearch(ctx context.Context, s store.SavedSearch, a *doc.Article) ([]store.AlertEvent, error) {
	what := fmt.Sprintf("saved search %d (%s) on article %d", s.ID, s.Name, a.ID)
	v, err := url.ParseQuery(s.Query)
	if err != nil {
		return nil, fmt.Errorf("%s: query %q: %w", what, s.Query, err)
	}
	if text := strings.TrimSpace(v.Get("q")); text != "" {
		q, err := searchq.Parse(text)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", what, err)
		}
		if !Match(q, a.Title+"\n"+a.Text) {
			return nil, nil
		}
	}
	same := func(param, have string) bool {
		want := strings.TrimSpace(v.Get(param))
		return want == "" || strings.EqualFold(want, strings.TrimSpace(have))
	}
	if !same("credit", a.Credit) || !same("lang", a.Lang) {
		return nil, nil
	}
	name := a.Title
	if name == "" {
		name = fmt.Sprintf("article %d", a.ID)
	}
	rule := SavedRule(s.ID)
	mk := func(key, title string, claimID int64) store.AlertEvent {
		p := Payload{Key: key, Rule: rule, Topic: SavedTopic, When: Search, Title: title, Message: "saved search: " + s.Name,
			Article: ArticleRef{ID: a.ID, Title: a.Title, URL: a.URL, Published: a.Published, Credit: a.Credit},
			Detail:  s.Query, CreatedAt: e.now().UTC()}
		ev := store.AlertEvent{Key: key, Rule: rule, Topic: SavedTopic, When: Search, Title: title, Message: p.Message,
			ArticleID: a.ID, ClaimID: claimID, URL: a.URL, CreatedAt: p.CreatedAt}
		ev.Payload, _ = json.Marshal(p)
		return ev
	}
	base := SavedTopic + "/" + rule + "/a" + strconv.FormatInt(a.ID, 10)
	if v.Get("kind") != store.SavedClaims {
		return []store.AlertEvent{mk(base, fmt.Sprintf("%s matches the saved search %q", name, s.Name), 0)}, nil
	}
	cs, _, err := e.Store.ListClaims(ctx, store.ClaimFilter{ArticleID: a.ID, Indicator: v.Get("indicator"),
		SaidBy: v.Get("said_by"), Origin: v.Get("origin"), Review: v.Get("review")})
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	var out []store.AlertEvent
	for _, c := range live(cs) {
		out = append(out, mk(base+"/c"+strconv.FormatInt(c.ID, 10),
			fmt.Sprintf("%s %s in %s (saved search %q)", c.Value.String(), c.Unit, name, s.Name), c.ID))
	}
	return out, nil
}
