package clean

import (
	"strings"
	"testing"

	"github.com/dossier-osint/dossier/internal/doc"
)

// TestLeadOpensWithHeaderDate: a scraped page whose date line runs
// straight into its long lead paragraph. The date opening the lead is the
// article's date and a header of its own, not part of the lead sentence;
// a date later in the lead, or a bare date in words opening it, is not.
func TestLeadOpensWithHeaderDate(t *testing.T) {
	ruLead := "Городская администрация открыла новую паромную линию между старым городом и северными островами, и время переправы сократилось вдвое, сообщили в порту."
	tests := []struct {
		name, text, pub string
		header          string // the header paragraph split off, "" for none
		leadStart       string // how the lead paragraph must start
	}{
		{name: "label and ISO date", text: "date 2024-03-05 " + lead, pub: "2024-03-05", header: "date 2024-03-05", leadStart: "The harbour authority"},
		{name: "published label, month name", text: "Published: March 5, 2024 " + lead, pub: "2024-03-05", header: "Published: March 5, 2024", leadStart: "The harbour authority"},
		{name: "bare ISO date with a time", text: "2024-03-05 09:30 " + lead, pub: "2024-03-05", header: "2024-03-05 09:30", leadStart: "The harbour authority"},
		// a lead of well over a thousand bytes, in Cyrillic
		{name: "Russian label, long lead", text: "Опубликовано 12.03.2024 " + strings.Repeat(ruLead+" ", 8), pub: "2024-03-12", header: "Опубликовано 12.03.2024", leadStart: "Городская администрация"},
		{name: "a date later in the lead is its own", text: "The harbour authority said on 2024-03-05 that it opened a new ferry line that links the old town with the northern islands, cutting the crossing by half.", pub: "", leadStart: "The harbour authority said"},
		{name: "a bare date in words opens a sentence", text: "5 March 2024 was the day the harbour authority opened a new ferry line that links the old town with the northern islands, cutting the crossing by half.", pub: "", leadStart: "5 March 2024 was"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := Clean(txt(tt.text, "", second))
			if a.Published != tt.pub {
				t.Errorf("published %q (%s), want %q", a.Published, a.DateRule, tt.pub)
			}
			var hdr, body []string
			for _, p := range a.Paragraphs {
				switch p.Kind {
				case doc.KindHeader:
					hdr = append(hdr, p.Text)
				case doc.KindBody:
					body = append(body, p.Text)
				}
			}
			if tt.header == "" && len(hdr) > 0 || tt.header != "" && (len(hdr) != 1 || hdr[0] != tt.header) {
				t.Errorf("header paragraphs %q, want %q", hdr, tt.header)
			}
			if len(body) == 0 || !strings.HasPrefix(body[0], tt.leadStart) {
				t.Errorf("body paragraphs %q, want the lead to start %q", body, tt.leadStart)
			}
			checkOffsets(t, a.Text, a.Paragraphs)
		})
	}
}
