package pipeline

import (
	"encoding/json"
	"testing"

	"github.com/dossier-osint/dossier/internal/ingest"
)

// TestReusedStreamsLeaveNoTrace: the token streams go back to a pool
// after each article, so an article annotated after others (a long one, a
// Cyrillic one) must come out as it does first.
func TestReusedStreamsLeaveNoTrace(t *testing.T) {
	p := builtin(t)
	docs := []ingest.Document{
		{Source: "a.txt", Format: "txt", Text: "Ferry exports rose\n\nPORTVILLE, March 3, 2024 (Testwire) - The harbour board said on Monday that " +
			"exports of refined oil rose to 1.2 million tonnes in 2023, up 14% from the year before, according to its annual report."},
		{Source: "b.txt", Format: "txt", Text: "Паром вернулся\n\nВ понедельник, 4 марта 2024 года, портовое управление сообщило, что экспорт нефти " +
			"вырос до 2,5 млн тонн за 2023 год, на 10% больше, чем годом ранее."},
		{Source: "c.txt", Format: "txt", Text: "Long report\n\n" + longText(300)},
	}
	first := make([]string, len(docs))
	for i, d := range docs {
		first[i] = viewJSON(t, p, d)
	}
	for round := 0; round < 2; round++ {
		for i := len(docs) - 1; i >= 0; i-- {
			if got := viewJSON(t, p, docs[i]); got != first[i] {
				t.Fatalf("%s annotated after the others differs from its first annotation", docs[i].Source)
			}
		}
	}
}

func longText(sentences int) string {
	b := make([]byte, 0, sentences*90)
	for i := 0; i < sentences; i++ {
		b = append(b, "The tug Harbour Star towed 3,400 tonnes of grain on 5 June 2024, the port's pilot said. "...)
	}
	return string(b)
}

func viewJSON(t *testing.T, p *Pipeline, d ingest.Document) string {
	t.Helper()
	b, err := json.Marshal(View(p.Article(d)))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
