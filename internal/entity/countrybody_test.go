package entity

import (
	"testing"

	"github.com/dossier-osint/dossier/internal/doc"
)

// TestCountryBodies: a body described by its kind and its country (an
// adjective, a possessive, or the country in the genitive after a Russian
// or Ukrainian noun) is that country's body, an organisation, linked to the
// listed body when there is one; the country stays a place of its own.
// The sentences are written for this test.
func TestCountryBodies(t *testing.T) {
	cases := []struct {
		text, body, key string
	}{
		{"South Korea's intelligence service told lawmakers on Monday that 200 engineers had gone north.", "South Korea's intelligence service", "org:national intelligence service"},
		{"Розвідка Південної Кореї оцінила кількість відправлених інженерів у двісті осіб.", "Розвідка Південної Кореї", "org:national intelligence service"},
		{"Як повідомила розвідка Південної Кореї, інженерів стало більше.", "розвідка Південної Кореї", "org:national intelligence service"},
		{"Как считает разведка Южной Кореи, инженеров отправили двести.", "разведка Южной Кореи", "org:national intelligence service"},
		{"Russian border authorities turned back a fishing boat on Sunday.", "Russian border authorities", "org:fsb border service"},
		{"The crew was held by Russian border guards for a week.", "Russian border guards", "org:fsb border service"},
		{"Российские пограничники задержали рыболовное судно.", "Российские пограничники", "org:fsb border service"},
		{"Polish customs impounded two lorries at the crossing.", "Polish customs", "org:customs service poland"},
	}
	for _, c := range cases {
		r := Find(c.text)
		found := false
		for _, m := range r.Mentions {
			if m.Text != c.body {
				continue
			}
			found = true
			if m.Type != doc.ORG || m.Entity != c.key {
				t.Errorf("%q: %q is %s %s (%s), want ORG %s", c.text, m.Text, m.Type, m.Entity, m.Rule, c.key)
			}
		}
		if !found {
			t.Errorf("%q: no mention %q in %+v", c.text, c.body, r.Mentions)
		}
	}
	// a border or a customs post is no body: nothing is made an organisation
	for _, text := range []string{
		"Trade across the Russian border fell by half.",
		"The border between Russia and China is long.",
		"Russian border regions reported more crossings.",
	} {
		for _, m := range Find(text).Mentions {
			if m.Type == doc.ORG {
				t.Errorf("%q: %q made an organisation (%s)", text, m.Text, m.Rule)
			}
		}
	}
}
