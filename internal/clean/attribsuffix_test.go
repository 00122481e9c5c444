package clean

import "testing"

// TestHeadlineAttributionSuffix: "Headline – ЗМІ", "Headline — СМИ",
// "Headline - media" attribute the story to unnamed media: the suffix
// stays in the title and is no credit. "Headline | Harbour Ledger" is
// the outlet's name and is split off.
func TestHeadlineAttributionSuffix(t *testing.T) {
	const ukLead = "Поромна лінія знову запрацювала в понеділок, і порт повідомив, що рух відновлено повністю і без затримок на всіх рейсах."
	tests := []struct {
		name, head, title, cred string
		body                    string
	}{
		{"Ukrainian media", "Порт відновив поромне сполучення з островами – ЗМІ", "Порт відновив поромне сполучення з островами – ЗМІ", "", ukLead},
		{"Russian media", "Порт возобновил паромное сообщение с островами — СМИ", "Порт возобновил паромное сообщение с островами — СМИ", "", ukLead},
		{"English media with an adjective", "Ferry line reopens after a long winter - local media", "Ferry line reopens after a long winter - local media", "", lead},
		{"an outlet's name", "Ferry line reopens after a long winter | Harbour Ledger", "Ferry line reopens after a long winter", "Harbour Ledger", lead},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := Clean(txt(tt.head, "", tt.body, second))
			checkMeta(t, a, metaWant{title: tt.title, cred: tt.cred, checkCred: true})
		})
	}
}
