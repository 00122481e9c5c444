package web

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"time"
)

// Chart is an SVG timeline of an indicator's claims, laid out in Go and
// drawn by the chart template: x is the period (a span when the period is
// longer than a day), y the value (a bar for ranges, an arrow-ended line for
// bounds), hollow markers for approximate or vague values, a colour per
// source, a red ring for contradicted claims.
type Chart struct {
	W, H       int
	Small      bool
	X0, X1     float64 // plot area
	Y0, Y1     float64 // Y0 top, Y1 bottom
	XTicks     []Tick
	YTicks     []Tick
	Marks      []Mark
	Legend     []LegendItem
	Empty      bool
	Aggregated int // claims drawn as aggregated bars (too many to draw one by one)
	Undated    int
	Label      string // accessible description
	Unit       string // the unit every point of the chart has ("" when mixed or none)
	UnitLabel  string // the unit in words, for the axis
	Log        bool   // logarithmic value axis
	Bands      []Band // lowest to highest independent figure per period
	Others     int    // sources beyond the palette, drawn grey
	OtherUnits int    // points of other units, drawn in their own charts
}

// Band is the spread of the figures given for one period: a rectangle
// from the lowest to the highest figure, over the period.
type Band struct {
	X, Y, W, H float64
	Title      string
}

// chartOpt selects what a chart draws.
type chartOpt struct {
	Unit string // only points with this unit (see chartUnits); "" draws all
	Log  bool
}

// chartUnits lists the units of a series' dated points, most points first:
// one chart is drawn per unit, since a ratio and a head-count share no axis.
func chartUnits(se *Series) []string {
	n := map[string]int{}
	var order []string
	for i := range se.Points {
		u := se.Points[i].Unit
		if n[u] == 0 {
			order = append(order, u)
		}
		n[u]++
	}
	sort.SliceStable(order, func(i, j int) bool { return n[order[i]] > n[order[j]] })
	return order
}

// Tick is an axis tick.
type Tick struct {
	Pos   float64
	Label string
}

// LegendItem is a source and its colour class.
type LegendItem struct {
	Class string
	Label string
	Y     float64
}

// Mark is one claim (or an aggregate of claims) in the chart.
type Mark struct {
	Href     string
	Title    string
	Class    string
	Span     bool
	SX1, SX2 float64
	Bar      bool
	BY1, BY2 float64
	CX, CY   float64
	R        float64
	Arrow    string // "up" or "down" for open bounds
	Contra   bool
	Carried  int // articles carrying the claim (copies folded into it), 0 when none
}

// bands spans, for each period with figures from two or more independent
// sources, the lowest to the highest figure given for it.
func bands(pts []drawn, xs func(time.Time) float64, ys func(float64) float64) []Band {
	type acc struct {
		from, to time.Time
		lo, hi   float64
		n        int
		srcs     map[string]bool
	}
	m := map[string]*acc{}
	var keys []string
	for _, p := range pts {
		k := p.Period
		if k == "" {
			continue
		}
		a := m[k]
		if a == nil {
			a = &acc{from: p.from, to: p.to, lo: p.lo, hi: p.hi, srcs: map[string]bool{}}
			m[k] = a
			keys = append(keys, k)
		}
		a.lo, a.hi = math.Min(a.lo, p.lo), math.Max(a.hi, p.hi)
		a.n = max(a.n, p.Independent)
		a.srcs[p.Source] = true
	}
	var out []Band
	for _, k := range keys {
		a := m[k]
		if a.n < 2 || len(a.srcs) < 2 || a.hi <= a.lo {
			continue
		}
		x1, x2 := xs(a.from), xs(a.to)
		y1, y2 := ys(a.hi), ys(a.lo)
		out = append(out, Band{X: x1, Y: y1, W: math.Max(2, x2-x1), H: math.Max(1, y2-y1),
			Title: fmt.Sprintf("%s: from %s to %s, %s", humanPeriod(k), thousands(a.lo), thousands(a.hi), plural(a.n, "independent source"))})
	}
	return out
}

// palette size: colour classes s0..s19 in style.css; sources past it are
// drawn grey ("other sources").
const paletteSize = 20

// maxMarks is how many claims a chart draws one by one; above it, claims
// are aggregated per source and pixel column.
const maxMarks = 1500

// aggColumn is the width in pixels of the columns an aggregated chart
// draws one bar per source in: about 90 columns on the indicator page,
// which keeps the page near 200 KB for any number of claims.
const aggColumn = 8

func sourceClass(i int) string {
	if i >= paletteSize {
		return "s-other"
	}
	return "s" + strconv.Itoa(i)
}

// newChart lays out the series in a w x h box; small charts have no axes.
func newChart(se *Series, w, h int, small bool) *Chart {
	return newChartWith(se, w, h, small, chartOpt{})
}

// newChartWith lays out the points of one unit (o.Unit) of the series.
func newChartWith(se *Series, w, h int, small bool, o chartOpt) *Chart {
	c := &Chart{W: w, H: h, Small: small, Undated: se.Undated, Label: se.Label, Unit: o.Unit, Log: o.Log && !small}
	c.UnitLabel = unitLabel(o.Unit)
	if small {
		c.X0, c.X1, c.Y0, c.Y1 = 3, float64(w-3), 3, float64(h-3)
	} else {
		c.X0, c.X1, c.Y0, c.Y1 = 78, float64(w-16), 28, float64(h-34)
	}
	// Colours go to the sources of this chart's points, most points first.
	srcN := map[string]int{}
	var srcs []string
	for i := range se.Points {
		p := &se.Points[i]
		if o.Unit != "" && p.Unit != o.Unit {
			continue
		}
		if srcN[p.Source] == 0 {
			srcs = append(srcs, p.Source)
		}
		srcN[p.Source]++
	}
	sort.SliceStable(srcs, func(i, j int) bool { return srcN[srcs[i]] > srcN[srcs[j]] })
	cls := map[string]string{}
	for i, src := range srcs {
		cls[src] = sourceClass(i)
		if i < paletteSize {
			c.Legend = append(c.Legend, LegendItem{Class: sourceClass(i), Label: src})
		} else {
			c.Others++
		}
	}
	var pts []drawn
	var tmin, tmax time.Time
	ymax, ymin := 0.0, math.Inf(1)
	for i := range se.Points {
		p := &se.Points[i]
		if o.Unit != "" && p.Unit != o.Unit {
			c.OtherUnits++
			continue
		}
		f, ok1 := parseDay(p.From)
		t, ok2 := parseDay(p.To)
		if !ok1 || !ok2 {
			continue
		}
		t = t.AddDate(0, 0, 1)
		if len(pts) == 0 || f.Before(tmin) {
			tmin = f
		}
		if len(pts) == 0 || t.After(tmax) {
			tmax = t
		}
		d := drawn{Point: p, from: f, to: t}
		d.lo, d.hi, d.openLo, d.openHi = p.Value.Interval()
		ymax = math.Max(ymax, math.Max(d.lo, d.hi))
		if d.lo > 0 {
			ymin = math.Min(ymin, d.lo)
		}
		pts = append(pts, d)
	}
	if len(pts) == 0 {
		c.Empty = true
		return c
	}
	if tmax.Sub(tmin) < 60*24*time.Hour {
		tmin, tmax = tmin.AddDate(0, -1, 0), tmax.AddDate(0, 1, 0)
	}
	if ymax <= 0 {
		ymax = 1
	}
	ymax = niceCeil(ymax * 1.08)
	xs := func(t time.Time) float64 {
		return c.X0 + (c.X1-c.X0)*float64(t.Sub(tmin))/float64(tmax.Sub(tmin))
	}
	ys := func(v float64) float64 {
		v = math.Max(0, math.Min(v, ymax))
		return c.Y1 - (c.Y1-c.Y0)*v/ymax
	}
	if c.Log {
		// Powers of ten from below the smallest figure to above the largest.
		if math.IsInf(ymin, 1) {
			ymin = 1
		}
		lo := math.Pow(10, math.Floor(math.Log10(ymin)))
		hi := math.Pow(10, math.Ceil(math.Log10(ymax)))
		if hi <= lo {
			hi = lo * 10
		}
		ys = func(v float64) float64 {
			v = math.Max(lo, math.Min(v, hi))
			return c.Y1 - (c.Y1-c.Y0)*(math.Log10(v)-math.Log10(lo))/(math.Log10(hi)-math.Log10(lo))
		}
		if !small {
			for v := lo; v <= hi*1.0001; v *= 10 {
				c.YTicks = append(c.YTicks, Tick{Pos: ys(v), Label: bigNumber(v)})
			}
		}
	} else if !small {
		for i := 0; i <= 4; i++ {
			v := ymax * float64(i) / 4
			c.YTicks = append(c.YTicks, Tick{Pos: ys(v), Label: bigNumber(v)})
		}
	}
	if !small {
		c.XTicks = timeTicks(tmin, tmax, xs)
		c.Bands = bands(pts, xs, ys)
	}
	r := 4.5
	if small {
		r = 2.2
	}
	if small && len(pts) > 100 {
		// A thumbnail: one grey bar per 5-pixel column, all sources together.
		one := map[string]string{}
		for src := range cls {
			one[src] = "agg"
		}
		c.Marks = aggregate(pts, one, xs, ys, r, 5, true)
		c.Aggregated = len(pts)
		return c
	}
	if len(pts) > maxMarks {
		c.Marks = aggregate(pts, cls, xs, ys, r, aggColumn, false)
		c.Aggregated = len(pts)
		return c
	}
	for _, p := range pts {
		x1, x2 := xs(p.from), xs(p.to)
		m := Mark{R: r, CX: (x1 + x2) / 2, Contra: len(p.Contradicts) > 0}
		m.Class = cls[p.Source]
		if p.Value.Approx || p.Value.Vague {
			m.Class += " hollow"
		}
		if x2-x1 > 2*r {
			m.Span, m.SX1, m.SX2 = true, x1, x2
		}
		switch {
		case p.openHi: // at least
			m.CY = ys(p.lo)
			m.Bar, m.BY1, m.BY2, m.Arrow = true, ys(p.lo), math.Max(c.Y0, ys(p.lo)-28), "up"
		case p.openLo: // at most
			m.CY = ys(p.hi)
			m.Bar, m.BY1, m.BY2, m.Arrow = true, ys(p.hi), math.Min(c.Y1, ys(p.hi)+28), "down"
		case p.hi > p.lo:
			m.CY = ys((p.lo + p.hi) / 2)
			m.Bar, m.BY1, m.BY2 = true, ys(p.lo), ys(p.hi)
		default:
			m.CY = ys(p.lo)
		}
		if !small {
			m.Href = fmt.Sprintf("/articles/%d?claim=%d#claim-%d", p.ArticleID, p.ID, p.ID)
		}
		m.Title = pointTitle(p.Point)
		if len(p.Copies) > 0 {
			m.Carried = 1 + len(p.Copies)
		}
		c.Marks = append(c.Marks, m)
	}
	return c
}

// drawn is a dated point with the interval its value allows.
type drawn struct {
	*Point
	from, to       time.Time // [from, to)
	lo, hi         float64
	openLo, openHi bool
}

func pointTitle(p *Point) string {
	var b strings.Builder
	period := orDash(p.Period)
	if p.FromPublished {
		period = "none, as of publication"
	}
	fmt.Fprintf(&b, "%s — %s, period %s", humanValue(p.Value, p.Unit, p.Per), p.Source, humanPeriod(period))
	if p.ArticlePublished != "" {
		fmt.Fprintf(&b, ", published %s", p.ArticlePublished)
	}
	if p.Independent > 1 {
		fmt.Fprintf(&b, "; %d independent sources for this period", p.Independent)
	}
	fmt.Fprintf(&b, " [%s]", p.Review)
	if len(p.Copies) > 0 {
		fmt.Fprintf(&b, "; carried by %d articles (copies folded in, drawn once)", 1+len(p.Copies))
	}
	if len(p.Contradicts) > 0 {
		fmt.Fprintf(&b, "; contradicts %d claim(s)", len(p.Contradicts))
	}
	return b.String()
}

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}

// aggregate draws many points as one bar per source and pixel column.
func aggregate(pts []drawn, cls map[string]string, xs func(time.Time) float64, ys func(float64) float64, r float64, colW int, pooled bool) []Mark {
	type key struct {
		src string
		col int
	}
	type agg struct {
		lo, hi float64
		n      int
		x      float64
	}
	m := map[key]*agg{}
	var keys []key
	for _, p := range pts {
		x := (xs(p.from) + xs(p.to)) / 2
		src := p.Source
		if pooled {
			src = "all sources"
		}
		k := key{src, int(x) / colW}
		a := m[k]
		if a == nil {
			a = &agg{lo: p.lo, hi: p.hi, x: float64(k.col*colW) + float64(colW)/2}
			m[k] = a
			keys = append(keys, k)
		}
		a.lo, a.hi = math.Min(a.lo, p.lo), math.Max(a.hi, p.hi)
		a.n++
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].col != keys[j].col {
			return keys[i].col < keys[j].col
		}
		return keys[i].src < keys[j].src
	})
	out := make([]Mark, 0, len(keys))
	for _, k := range keys {
		a := m[k]
		class := cls[k.src]
		if pooled {
			class = "agg"
		}
		mk := Mark{Class: class, CX: a.x, CY: ys((a.lo + a.hi) / 2), R: r * 0.6,
			Title: fmt.Sprintf("%s by %s, %s to %s", plural(a.n, "claim"), k.src, thousands(a.lo), thousands(a.hi))}
		if a.hi > a.lo {
			mk.Bar, mk.BY1, mk.BY2 = true, ys(a.lo), ys(a.hi)
		}
		out = append(out, mk)
	}
	return out
}

// timeTicks puts ticks on years, or on months for short spans.
func timeTicks(a, b time.Time, xs func(time.Time) float64) []Tick {
	var out []Tick
	years := b.Year() - a.Year()
	if years >= 2 {
		step := max(1, (years+7)/8)
		for y := a.Year() + 1; y <= b.Year(); y += step {
			t := time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
			if t.After(a) && t.Before(b) {
				out = append(out, Tick{Pos: xs(t), Label: strconv.Itoa(y)})
			}
		}
		return out
	}
	months := int(b.Sub(a).Hours()/24/30) + 1
	step := max(1, (months+7)/8)
	t := time.Date(a.Year(), a.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, 1, 0)
	for ; t.Before(b); t = t.AddDate(0, step, 0) {
		out = append(out, Tick{Pos: xs(t), Label: t.Format("Jan 2006")})
	}
	return out
}

// niceCeil rounds up to 1, 2, 2.5 or 5 times a power of ten.
func niceCeil(v float64) float64 {
	if v <= 0 {
		return 1
	}
	p := math.Pow(10, math.Floor(math.Log10(v)))
	for _, m := range []float64{1, 2, 2.5, 5, 10} {
		if v <= m*p {
			return m * p
		}
	}
	return 10 * p
}

// shortNumber renders 12500 as "12.5k", 3000000 as "3M".
func shortNumber(v float64) string {
	a := math.Abs(v)
	f := func(x float64, suf string) string {
		return strconv.FormatFloat(math.Round(x*10)/10, 'f', -1, 64) + suf
	}
	switch {
	case a >= 1e9:
		return f(v/1e9, "B")
	case a >= 1e6:
		return f(v/1e6, "M")
	case a >= 1e4:
		return f(v/1e3, "k")
	}
	return f(v, "")
}

func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
