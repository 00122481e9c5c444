package clean

import "testing"

// TestSiteClockIsNoHeadline: a site's clock line above the headline (the
// reader's time in a city) is dropped, so the headline under it is the
// title and the dated line under that gives the publication date, share
// buttons and all. A line that only starts like the clock is kept.
func TestSiteClockIsNoHeadline(t *testing.T) {
	const ruHead = "Паромная линия вновь открылась после зимы"
	const ruLead = "Паромная линия снова открылась в понедельник, и порт сообщил, что движение восстановлено полностью и без задержек."
	tests := []struct {
		name  string
		lines []string
		title string
		pub   string
		clock string // the line dropped as the clock, "" for none
	}{
		{"Russian city clock", []string{"В Самаре:  09:05, 11 мая 2024, сб", "", ruHead, "3 марта 2024  10:15 Отправить по email", "Печать", "", ruLead},
			ruHead, "2024-03-03", "В Самаре:"},
		{"Ukrainian city clock", []string{"У Львові: 09:05, 11 травня 2024", ruHead, "3 марта 2024 10:15", ruLead}, ruHead, "2024-03-03", "У Львові:"},
		{"English local time", []string{"Local time: 09:05, May 11, 2024", "Ferry line reopens after a long winter", "March 3, 2024 10:15 Share", lead, second},
			"Ferry line reopens after a long winter", "2024-03-03", "Local time:"},
		{"a place and a figure, no clock", []string{ruHead, "3 марта 2024", "В Самаре: 12 паромов вышли на линию после ремонта", ruLead}, ruHead, "2024-03-03", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := Clean(txt(tt.lines...))
			checkMeta(t, a, metaWant{title: tt.title, pub: tt.pub})
			if tt.clock != "" {
				if got := reasonOf(a, tt.clock); got != "boilerplate:site-clock" {
					t.Errorf("%q removed as %q", tt.clock, got)
				}
			}
			for _, r := range a.Removed {
				if r.Reason == "boilerplate:site-clock" && tt.clock == "" {
					t.Errorf("%q removed as the clock", r.Text)
				}
			}
		})
	}
}
