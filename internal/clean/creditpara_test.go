package clean

import "testing"

// TestCreditParagraphAfterLead: "Об этом сообщает X." set as a paragraph
// of its own right after the lead credits X; a long paragraph there, or
// an office, does not.
func TestCreditParagraphAfterLead(t *testing.T) {
	const head = "Паромная линия вновь открылась после зимы"
	const ruLead = "Паромная линия снова открылась в понедельник, и порт сообщил, что движение восстановлено полностью и без задержек."
	tests := []struct {
		name, para, cred string
	}{
		{"agency", "Об этом сообщает ТАСС.", "ТАСС"},
		{"quoted outlet", "Про це повідомляє «Волзький вісник».", "Волзький вісник"},
		{"an office", "Об этом сообщает пресс-служба порта.", ""},
		{"a long paragraph", "Об этом сообщает ТАСС, и порт добавил, что в мае на линию выйдут ещё два парома, а летом откроется второй причал.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := Clean(txt(head, "", ruLead, tt.para, second))
			if a.Credit != tt.cred {
				t.Errorf("credit %q (%s), want %q", a.Credit, a.CreditRule, tt.cred)
			}
		})
	}
}
