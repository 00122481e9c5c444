package web

import (
	"fmt"
	"testing"
)

func TestSmokePages(t *testing.T) {
	e := newEnv(t)
	for _, p := range []string{"/", "/indicators/dprk_arrivals_russia", "/claims", fmt.Sprintf("/articles/%d", e.fx.IDs["border"]), "/search?q=russia", "/entities", "/entities/LOC:russia", fmt.Sprintf("/claims/%d", e.claimID("spy"))} {
		w := e.get(p)
		if w.Code != 200 {
			t.Errorf("%s: %d %s", p, w.Code, w.Body.String())
		}
	}
}
