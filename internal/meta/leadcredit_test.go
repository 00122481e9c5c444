package meta

import "testing"

// TestLeadCreditQuotedAndCiting: the outlet credited at the end of the
// lead may be named in quotes, with a colon in its name, and may be
// followed by the source it cites; a quoted generic source or a bare
// name that is no agency is no credit.
func TestLeadCreditQuotedAndCiting(t *testing.T) {
	tests := []struct {
		p, want string
		ok      bool
	}{
		{"Паромная линия снова открылась в понедельник, сообщает «Волжский вестник».", "Волжский вестник", true},
		{"Паромная линия снова открылась в понедельник, сообщает «Вести: Самара» со ссылкой на пресс-службу порта.", "Вести: Самара", true},
		{"Поромна лінія знову запрацювала в понеділок, повідомляє видання «Волзький вісник» з посиланням на джерела в порту.", "Волзький вісник", true},
		{"Паромная линия снова открылась в понедельник, передает РИА Новости со ссылкой на администрацию.", "РИА Новости", true},
		// near misses
		{"Паромная линия снова открылась в понедельник, сообщает «СМИ».", "", false},
		{"Паромная линия снова открылась в понедельник, сообщает Минтранс области.", "", false},
		{"Паромная линия снова открылась в понедельник, пишет «Волжский вестник».", "", false},
	}
	for _, tt := range tests {
		got, ok := LeadCredit(tt.p)
		if ok != tt.ok || got != tt.want {
			t.Errorf("LeadCredit(%q) = %q, %v; want %q, %v", tt.p, got, ok, tt.want, tt.ok)
		}
	}
}
