package copies

import (
	"net/url"

	"github.com/dossier-osint/dossier/internal/doc"
	"github.com/dossier-osint/dossier/internal/entity"
)

// Outlet is who published an article, for counting the outlets that
// carried a story: the site's name, else the host of its URL, else the
// agency credited, else "" (unknown). A wire text saved from a feed is
// the agency's; the same text on a reseller's page is the reseller's.
func Outlet(a *doc.Article) string {
	if a.SiteName != "" {
		return a.SiteName
	}
	if u, err := url.Parse(a.URL); err == nil && u.Host != "" {
		return u.Host
	}
	return a.Credit
}

// DocOf is what the index reads of a stored or extracted article: its
// text, date, outlet and language, the names its annotations found with
// their entity keys (descriptions such as "the agency" left out), and the
// numbers they found:
// amounts, years and resolution numbers by value (so that figures compare
// across languages and digit groupings), and the spans of the other
// numbers (days of a date, clock times, phone numbers, ordinals, vague
// amounts), which are then no figures at all.
func DocOf(a *doc.Article) Doc {
	d := Doc{ID: a.ID, Source: Outlet(a), Published: a.Published, Lang: a.Lang, Text: a.Text}
	if a.Annotations == nil {
		return d
	}
	for _, m := range a.Annotations.Mentions {
		if m.Entity == "" || !entity.IsName(m) || m.Start < 0 || m.End > len(a.Text) || m.Start >= m.End {
			continue
		}
		d.Names = append(d.Names, Name{Start: m.Start, End: m.End, Key: m.Entity})
	}
	for _, q := range a.Annotations.Quantities {
		if q.Start < 0 || q.End > len(a.Text) || q.Start >= q.End {
			continue
		}
		f := Figure{Start: q.Start, End: q.End}
		switch {
		case !q.IsAmount() && q.Kind != doc.QYear && q.Kind != doc.QResolution, q.Value.Vague:
			// not a figure ("dozens", "thousands" are read and written
			// too freely to compare): Values stay empty
		case q.Value.Bound == doc.BoundRange:
			f.Values = []float64{q.Value.Low, q.Value.High}
		default:
			f.Values = []float64{q.Value.Number}
		}
		d.Figures = append(d.Figures, f)
	}
	return d
}
