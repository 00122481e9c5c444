package meta

import "testing"

// TestRussianLeadCreditForms: the outlet a Russian or Ukrainian lead
// credits in the forms wire retellings use: a sentence "Об этом сообщает
// X." / "Про це повідомляє X." closing the lead, "Как сообщает X, ..."
// opening it, a correspondent or a kind of outlet before the name, a
// dash after a quote. Offices, people and "пишет" (a retold paper) are
// none.
func TestRussianLeadCreditForms(t *testing.T) {
	const b = "Паромная линия снова открылась в понедельник"
	ends := []struct {
		p, want string
	}{
		{b + ". Об этом сообщает Волга Ньюс.", ""},
		{b + ". Об этом сообщает ТАСС.", "ТАСС"},
		{b + ". Об этом сообщает «Волжский вестник».", "Волжский вестник"},
		{b + ". Про це повідомляє кореспондент Укрінформу.", "Укрінформ"},
		{b + ", передает корреспондент ТАСС.", "ТАСС"},
		{b + ", сообщает агентство Волга Ньюс.", "Волга Ньюс"},
		{b + ", сообщает ИА «Волга».", "Волга"},
		{b + ", - передает ТАСС.", "ТАСС"},
		{"Об этом сообщило агентство Волга Ньюс.", "Волга Ньюс"},
		// near misses
		{b + ". Об этом сообщает пресс-служба порта.", ""},
		{b + ". Об этом сообщил Иван Петров.", ""},
		{b + ", сообщает Минтранс.", ""},
		{b + ", пишет «Волжский вестник».", ""},
	}
	for _, tt := range ends {
		got, _ := LeadCredit(tt.p)
		if got != tt.want {
			t.Errorf("LeadCredit(%q) = %q, want %q", tt.p, got, tt.want)
		}
	}
	starts := []struct {
		p, want string
	}{
		{"Как сообщает ТАСС, " + b + ".", "ТАСС"},
		{"Как передает «Волжский вестник», " + b + ".", "Волжский вестник"},
		{"Як повідомляє Укрінформ з посиланням на порт, пороми вийшли на лінію.", "Укрінформ"},
		// near misses
		{"Как сообщает пресс-служба порта, " + b + ".", ""},
		{"Как сообщил Иван Петров, " + b + ".", ""},
	}
	for _, tt := range starts {
		got, _ := LeadCreditStart(tt.p)
		if got != tt.want {
			t.Errorf("LeadCreditStart(%q) = %q, want %q", tt.p, got, tt.want)
		}
	}
}
