package clean

import (
	"testing"

	"github.com/dossier-osint/dossier/internal/doc"
)

// TestPlainTextFurniture checks page furniture that came without HTML, in
// English, Russian and Ukrainian lines written for the test: each is
// removed with its reason, or relabelled, and the story stays.
func TestPlainTextFurniture(t *testing.T) {
	const head = "Ferry line reopens after a long winter"
	lines := []string{head, "", lead, "", second, "",
		"Read also: Storm closes the northern pier for a week", "",
		"Top news: Ferry fares to rise by 5% in May", "",
		"Читайте также: В порту открылся новый причал на 40 судов", "",
		"Читайте також: У порту відкрили новий причал на 40 суден", "",
		"Популярне: Ціни на квитки за тиждень зросли на 3%", "",
		"Реклама", "",
		"Storm warning in 3 ports · EUR/USD 1.08 · Oslo +2°C", "",
		"Follow the Harbour Ledger on Telegram", "",
		"Подписывайтесь на наш канал в Telegram", "",
		"Читайте Портовий оглядач у Telegram", "",
		"18+", "",
		"Телефон редакции: +7 (4232) 555-77-10", "",
		"Tips: call +44 20 5550 0147 at any hour.", "",
		"newsdesk@harbourledger.example", "",
		"Переглядів: 2 417", "",
		"Reading time: 4 min", "",
		"Фото: пресс-служба порта", "",
		"👁 12.1K · 09:45", "",
		"More on the topic",
		"Crane operators strike for a second day",
		"Island school gets a new boat", "",
		"Беседовала Анна Ветрова",
	}
	a := Clean(txt(lines...))
	removed := map[string]string{
		"Read also:":         "boilerplate:related",
		"Top news:":          "boilerplate:related",
		"Читайте также:":     "boilerplate:related",
		"Читайте також:":     "boilerplate:related",
		"Популярне:":         "boilerplate:related",
		"Реклама":            "boilerplate:ad-placeholder",
		"Storm warning in 3": "boilerplate:ticker",
		"Follow the Harbour": "boilerplate:follow",
		"Подписывайтесь":     "boilerplate:follow",
		"Читайте Портовий":   "boilerplate:follow",
		"18+":                "boilerplate:age-rating",
		"Телефон редакции":   "boilerplate:contact",
		"Tips: call":         "boilerplate:contact",
		"newsdesk@":          "boilerplate:contact",
		"Переглядів":         "boilerplate:counter",
		"Reading time":       "boilerplate:reading-time",
		"More on the topic":  "boilerplate:related",
		"Crane operators":    "boilerplate:related-list",
		"Island school":      "boilerplate:related-list",
	}
	kinds := map[string]string{
		"Фото: пресс-служба":    doc.KindCaption,
		"Беседовала":            doc.KindCredit,
		"👁 12.1K":               doc.KindHeader,
		"The harbour authority": doc.KindBody,
		"Four vessels":          doc.KindBody,
	}
	checkMeta(t, a, metaWant{title: head, removed: removed, kinds: kinds})
}
