package clean

import (
	"testing"

	"github.com/dossier-osint/dossier/internal/doc"
)

// TestMastheadAndCredit checks the outlet's name set above or below the
// headline, wire credits in the lead and the date lines of print editions
// and breadcrumbs, in English, Russian and Ukrainian.
func TestMastheadAndCredit(t *testing.T) {
	const head = "Ferry line reopens after a long winter"
	const ruHead = "Паромная линия на острова открылась после зимы"
	const ruLead = "Паромная линия между городом и северными островами снова открылась в понедельник, сообщила администрация порта, и первые пассажиры уже добрались до причала."
	const ukHead = "Поромна лінія на острови відновила роботу після зими"
	const ukLead = "Поромна лінія між містом і північними островами знову запрацювала в понеділок, повідомила адміністрація порту, і перші пасажири вже дісталися до причалу."
	tests := []struct {
		name             string
		lines            []string
		title, pub, cred string
		kinds            map[string]string
	}{
		{
			name:  "outlet name alone above the headline",
			lines: []string{"Harbour Ledger", "", head, "", lead, second},
			title: head, cred: "Harbour Ledger",
			kinds: map[string]string{"Harbour Ledger": doc.KindCredit},
		},
		{
			name:  "outlet and section above the headline",
			lines: []string{"The Island Courier | Europe", head, "Published: 3 Mar 2024 09:10", lead, second},
			title: head, pub: "2024-03-03", cred: "The Island Courier",
		},
		{
			name:  "outlet and series label joined by a dash",
			lines: []string{"PORT WATCH - Weekly Brief No. 7", "", head, "Mar. 3, 2024", lead, second},
			title: head, pub: "2024-03-03", cred: "PORT WATCH",
		},
		{
			name:  "breadcrumb starting at the outlet",
			lines: []string{"The Island Courier > World > Europe", "", head, "By Lena Park in Oslo", "3 March 2024 • 8:05am", lead, second},
			title: head, pub: "2024-03-03", cred: "The Island Courier",
		},
		{
			name:  "breadcrumb ending at the date",
			lines: []string{"Harbour Ledger", "News › Transport › 03.03.2024 09:10", "", head, lead, second},
			title: head, pub: "2024-03-03", cred: "Harbour Ledger",
		},
		{
			name:  "a category label is no masthead",
			lines: []string{"Transport", head, "03.03.2024 09:10", lead, second},
			title: head, pub: "2024-03-03", cred: "",
		},
		{
			name:  "a byline's person is never the credit",
			lines: []string{head, "By Lena Park", "2024-03-03", lead, second},
			title: head, pub: "2024-03-03", cred: "",
		},
		{
			name:  "agency credited at the end of the lead",
			lines: []string{head, "Posted by editor | March 3, 2024 | Transport | 2 Comments", "[ad_1]", lead[:len(lead)-1] + ", UNN reports.", second},
			title: head, pub: "2024-03-03", cred: "UNN",
		},
		{
			name:  "author bio naming the outlet after the role",
			lines: []string{"About the Author", "Lena Park", "Lena Park is a transport reporter at Harbour Monitor covering the Baltic ports.", "", head, lead, second},
			title: head, cred: "Harbour Monitor",
		},
		{
			name:  "yearless dateline after the events the text reports",
			lines: []string{head, "OSLO, Feb 3 (Harbour Wire) - " + lead, "The operator had bought the vessels in June 2023 and tested them in October 2023."},
			title: head, pub: "2024-02-03", cred: "Harbour Wire",
		},
		{
			name:  "yearless dateline after a range of months the text reports",
			lines: []string{head, "OSLO, Nov 14 (Harbour Wire) - " + lead, "Tolls were waived between March and October 2023, the operator said."},
			title: head, pub: "2023-11-14", cred: "Harbour Wire",
		},
		{
			name:  "yearless dateline after a range from one month to another",
			lines: []string{head, "OSLO, Jan 9 (Harbour Wire) - " + lead, "Crossings fell from May to December 2023, the operator said."},
			title: head, pub: "2024-01-09", cred: "Harbour Wire",
		},
		{
			name:  "Russian masthead with section and a wire dateline",
			lines: []string{"ТАСС | Транспорт", "", "3 марта 2024, 10:15", "", ruHead, "", "МУРМАНСК, 3 марта. /ТАСС/. " + ruLead},
			title: ruHead, pub: "2024-03-03", cred: "ТАСС",
		},
		{
			name:  "Russian agency masthead and a dotted dateline in capitals",
			lines: []string{"Интерфакс", "", "03.03.2024 12:41", "", ruHead, "", "МУРМАНСК. 3 марта. INTERFAX.RU - " + ruLead},
			title: ruHead, pub: "2024-03-03", cred: "Интерфакс",
		},
		{
			name:  "Russian print edition line",
			lines: []string{"Северный навигатор № 17 от 03.03.2024, стр. 4", "", ruHead, "", ruLead},
			title: ruHead, pub: "2024-03-03", cred: "Северный навигатор",
		},
		{
			name:  "Russian regional site: masthead under the date line",
			lines: []string{ruHead, "", "03.03.2024, 10:05", "Портовая лента", "", "МУРМАНСК, 3 марта. /Портовая лента/. " + ruLead},
			title: ruHead, pub: "2024-03-03", cred: "Портовая лента",
		},
		{
			name:  "Russian story retelling a wire",
			lines: []string{"Морской обозреватель | Новости", "", ruHead, "03.03.2024 09:05", ruLead[:len(ruLead)-1] + ", передает РИА Новости."},
			title: ruHead, pub: "2024-03-03", cred: "РИА Новости",
		},
		{
			name:  "Russian story retelling a publication keeps the masthead",
			lines: []string{"Морской обозреватель · Приморье", "", ruHead, "03.03.2024 09:05", ruLead[:len(ruLead)-1] + ", пишет издание «Порт»."},
			title: ruHead, pub: "2024-03-03", cred: "Морской обозреватель",
		},
		{
			name:  "Telegram channel: name, date, no headline",
			lines: []string{"Северный порт", "3 марта 2024", "⚓ Паромная линия снова открылась, пишет местное издание.", ruLead},
			title: "", pub: "2024-03-03", cred: "Северный порт",
		},
		{
			name:  "an outlet after the headline is no part of it",
			lines: []string{head + " | Harbour Ledger", "", lead, second},
			title: head, cred: "Harbour Ledger",
		},
		{
			name:  "a person after a dash stays in the headline",
			lines: []string{"No ferry will sail after the deadline - harbour master", "", lead, second},
			title: "No ferry will sail after the deadline - harbour master",
		},
		{
			name:  "a today banner is no publication date",
			lines: []string{"Today: Friday, 8 March 2024", head, lead, second},
			title: head, pub: "",
		},
		{
			name:  "Ukrainian agency dateline in its own paragraph",
			lines: []string{"Укрінформ", "", ukHead, "", "Одеса, 3 березня 2024 — Укрінформ.", "", ukLead},
			title: ukHead, pub: "2024-03-03", cred: "Укрінформ",
		},
		{
			name:  "Ukrainian site with a weekday date line",
			lines: []string{"Портовий оглядач", "", "Неділя, 3 березня 2024", "", ukHead, "", ukLead},
			title: ukHead, pub: "2024-03-03", cred: "Портовий оглядач",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkMeta(t, Clean(txt(tt.lines...)), metaWant{title: tt.title, pub: tt.pub, cred: tt.cred, checkCred: true, kinds: tt.kinds})
		})
	}
}
