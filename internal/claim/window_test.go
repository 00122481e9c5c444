package claim

import "testing"

// TestWindowPeriod: a flow figure with no time takes the window a figure
// of the sentences just before stated with "from ... to" or "since"; a
// month named, another indicator, a time between or a plan stop it
// (sentences written for this test).
func TestWindowPeriod(t *testing.T) {
	cases := []struct {
		name, published string
		paras           []string
		want            []want
	}{
		{"the window of the voyages dates the containers", "2025-06-10",
			[]string{"Monitors tracked 52 voyages between the two ports from October 2023 to February 2025.",
				"Researchers have counted about 9,000 containers of North Korean ammunition on the ships."},
			[]want{{"52", "52", "voyage", "", "2023-10/2025-02", "-", "-"},
				{"9,000", "~9000", "container", "dprk_munition_containers", "2023-10/2025-02", "-", "-"}}},
		{"a window opened by since, for the same indicator", "2025-06-10",
			[]string{"North Korea has shipped some 8,000 containers of munitions to Russia since March 2024.",
				"Analysts believe about 1,200 more containers of North Korean shells went by rail."},
			[]want{{"8,000", "~8000", "container", "dprk_munition_containers", "2024-03/2025-06-10", "-", "-"},
				{"1,200", "~1200", "container", "dprk_munition_containers", "2024-03/2025-06-10", "-", "-"}}},
		{"the window goes on through a passage on one flow", "2025-06-10",
			[]string{"Monitors tracked 52 voyages of North Korean freighters to Russia from October 2023 to February 2025.",
				"Researchers have counted about 9,000 containers of North Korean ammunition on the ships.",
				"Most of them were loaded at a northern pier.",
				"By a cautious reckoning, that comes to about 2 million shells."},
			[]want{{"52", "52", "voyage", "", "2023-10/2025-02", "-", "-"},
				{"9,000", "~9000", "container", "dprk_munition_containers", "2023-10/2025-02", "-", "-"},
				{"2 million", "~2000000", "shell", "dprk_shells_to_russia", "2023-10/2025-02", "-", "-"}}},
		// near misses
		{"months named are no window", "2025-06-10",
			[]string{"Monitors tracked 52 voyages between the two ports in October and November.",
				"Researchers have counted about 9,000 containers of North Korean ammunition on the ships."},
			[]want{{"52", "52", "voyage", "", "-", "-", "-"},
				{"9,000", "~9000", "container", "dprk_munition_containers", "", "-", "-"}}},
		{"a plan takes no window", "2025-06-10",
			[]string{"Monitors tracked 52 voyages between the two ports from October 2023 to February 2025.",
				"North Korea could ship about 9,000 more containers of ammunition to Russia."},
			[]want{{"52", "52", "voyage", "", "2023-10/2025-02", "-", "-"},
				{"9,000", "~9000", "container", "dprk_munition_containers", "", "-", "-"}}},
		{"another indicator's window is not carried", "2025-06-10",
			[]string{"North Korea has shipped some 8,000 containers of munitions to Russia since March 2024.",
				"Ukraine says Russia has fired about 60 North Korean missiles at its cities."},
			[]want{{"8,000", "~8000", "container", "dprk_munition_containers", "2024-03/2025-06-10", "-", "-"},
				{"60", "~60", "missile", "dprk_missiles_to_russia", "", "-", "-"}}},
		{"a time between ends the window", "2025-06-10",
			[]string{"Monitors tracked 52 voyages between the two ports from October 2023 to February 2025.",
				"The port was expanded in 2022.",
				"Researchers have counted about 9,000 containers of North Korean ammunition on the ships."},
			[]want{{"52", "52", "voyage", "", "2023-10/2025-02", "-", "-"},
				{"9,000", "~9000", "container", "dprk_munition_containers", "", "-", "-"}}},
	}
	tops := builtin(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			expectClaims(t, article(tc.published, tc.paras...), tops, tc.want)
		})
	}
}
