package clean

import (
	"compress/gzip"
	"encoding/csv"
	"os"
	"path/filepath"
	"testing"

	"github.com/dossier-osint/dossier/internal/ingest"
	"github.com/dossier-osint/dossier/internal/meta"
	"github.com/dossier-osint/dossier/internal/sharedtest"
)

// TestWikinewsHeaders measures headline and date detection on real news
// text the rules were not written from (the Wikinews sample in
// shared/data): each article is given as plain text, its title line, then
// its text as scraped (which often opens with a date line). The test
// fails when a date is found that is not the publication date, or when
// fewer than 90% of the titles or of the dates that the text states are
// found.
func TestWikinewsHeaders(t *testing.T) {
	dir := filepath.Join(sharedDir(t), "data", "wikinews-sample")
	files, _ := filepath.Glob(filepath.Join(dir, "wikinews_*.csv.gz"))
	if len(files) == 0 {
		t.Skip("shared/data/wikinews-sample not found")
	}
	var n, titles, stated, found, wrong int
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		zr, err := gzip.NewReader(fh)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		rows, err := csv.NewReader(zr).ReadAll()
		fh.Close()
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		for _, row := range rows[1:] {
			date, title, text := row[1], row[2], row[3]
			n++
			a := Clean(ingest.Document{Source: "w.txt", Format: ingest.FormatText, Text: title + "\n\n" + text})
			if a.Title == collapseSpace(title) {
				titles++
			}
			if containsDate(text, date) {
				stated++
				if a.Published == date {
					found++
				}
			}
			if a.Published != "" && a.Published != date {
				wrong++
				t.Logf("wrong date %s (%s), want %s: %.80q", a.Published, a.DateRule, date, text)
			}
		}
	}
	t.Logf("%d articles: titles %d, dates stated %d found %d, wrong dates %d", n, titles, stated, found, wrong)
	if wrong > 0 {
		t.Errorf("%d wrong publication dates", wrong)
	}
	if titles*10 < n*9 || found*10 < stated*9 {
		t.Errorf("titles %d/%d, dates %d/%d: below 90%%", titles, n, found, stated)
	}
}

// containsDate reports whether the opening of text states the date as
// "Month D, YYYY".
func containsDate(text, day string) bool {
	if len(text) > 200 {
		text = text[:200]
	}
	for _, d := range FindDatesIn(text) {
		if d == day {
			return true
		}
	}
	return false
}

// FindDatesIn lists the days of the complete dates written in s.
func FindDatesIn(s string) []string {
	var out []string
	for _, d := range meta.FindDates(s) {
		out = append(out, d.Day)
	}
	return out
}

// BenchmarkClean measures cleaning and metadata (Clean) on the Wikinews
// sample as the pipeline benchmark gives it: title line, then the text.
func BenchmarkClean(b *testing.B) {
	arts := sharedtest.Wikinews(b)
	docs := make([]ingest.Document, len(arts))
	size := 0
	for i, a := range arts {
		docs[i] = ingest.Document{Source: a.URL, Format: "txt", Title: a.Title, Published: a.Date, Text: a.Title + "\n\n" + a.Text}
		size += len(docs[i].Text)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			Clean(d)
		}
	}
}
