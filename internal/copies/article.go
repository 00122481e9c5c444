package copies

import (
	"net/url"

	"github.com/dossier-osint/dossier/internal/doc"
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

// DocOf is what the index reads of a stored or extracted article.
func DocOf(a *doc.Article) Doc {
	return Doc{ID: a.ID, Source: Outlet(a), Published: a.Published, Text: a.Text}
}
