package clean

import "testing"

// TestTagLineIsNoHeadline: a line of topic tags above the headline is
// boilerplate, so the headline under it is the title and the dateline
// under that gives the credit, in the text's own script. Headlines with
// many names, in either script, are kept.
func TestTagLineIsNoHeadline(t *testing.T) {
	const ruHead = "Паромная линия вновь открылась после зимы"
	const ruLead = "Самара. 5 марта. INTERFAX.RU - Паромная линия снова открылась в понедельник, и порт сообщил, что движение восстановлено полностью и без задержек."
	tests := []struct {
		name        string
		lines       []string
		title, cred string
		tags        string // the line dropped as tags, "" for none
	}{
		{"Cyrillic tags printed twice", []string{"Самара Россия Волга Порт Паромы Самара Россия Волга Порт Паромы", "", ruHead, "", ruLead, second},
			ruHead, "Интерфакс", "Самара Россия"},
		{"Cyrillic tags once", []string{"Самара Россия Волга Транспорт", ruHead, ruLead, second}, ruHead, "Интерфакс", "Самара Россия"},
		{"Latin tags printed twice", []string{"Oslo Norway Ferries Ports Winter (Storms) Oslo Norway Ferries Ports Winter (Storms)", "Ferry line reopens after a long winter", lead, second},
			"Ferry line reopens after a long winter", "", "Oslo Norway"},
		// near misses: headlines
		{"Russian headline full of names", []string{"Ким Чен Ын и Путин встретились в Пхеньяне", ruLead, second}, "Ким Чен Ын и Путин встретились в Пхеньяне", "Интерфакс", ""},
		{"Russian headline in title case", []string{"Паромная Линия Открылась На Две Недели", ruLead, second}, "Паромная Линия Открылась На Две Недели", "Интерфакс", ""},
		{"a list of names is no tag line", []string{ruHead, ruLead, "Иван Петров, Сергей Сидоров, Анна Иванова", second}, ruHead, "Интерфакс", ""},
		{"English title case", []string{"North Korea Sends Thousands Of Workers To Russia", lead, second}, "North Korea Sends Thousands Of Workers To Russia", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := Clean(txt(tt.lines...))
			checkMeta(t, a, metaWant{title: tt.title, cred: tt.cred, checkCred: true})
			for _, r := range a.Removed {
				if r.Reason == "boilerplate:tags" && (tt.tags == "" || r.Text[:len(tt.tags)] != tt.tags) {
					t.Errorf("%q removed as tags", r.Text)
				}
			}
			if tt.tags != "" && reasonOf(a, tt.tags) != "boilerplate:tags" {
				t.Errorf("%q removed as %q", tt.tags, reasonOf(a, tt.tags))
			}
		})
	}
}
