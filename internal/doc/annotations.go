package doc

import (
	"encoding/json"
	"fmt"
	"strconv"
)

// Time is a time expression normalized to a TIMEX3-style value.
type Time struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	// Type is DATE, TIME, DURATION or SET.
	Type string `json:"type"`
	// Value is the TIMEX3 value ("2024-05-28", "2024-05", "2024", "2024-W22",
	// "XXXX-09", "2024-02-09/2025-02-09", "P1Y", "2024-06-02T01:18:18");
	// "" when the expression cannot be resolved from the text.
	Value string `json:"value"`
	// Granularity of Value: second, minute, hour, day, week, month, quarter,
	// season, half, year, decade, century, interval, duration, set.
	Granularity string `json:"granularity,omitempty"`
	// Rule names the rule that normalized the expression; Anchor says what
	// it was resolved against ("publication date 2024-06-02", "context 2024",
	// "none: no publication date").
	Rule   string `json:"rule,omitempty"`
	Anchor string `json:"anchor,omitempty"`
	// Mod keeps a qualifier TIMEX3 would put in MOD: START, END, MID,
	// BEFORE, AFTER, ON_OR_AFTER ("since September").
	Mod string `json:"mod,omitempty"`
	// Duration is the TIMEX3 duration of a DURATION expression whose Value
	// is the interval it covers ("the past two years" in an article of
	// 2013-03-22: Value "2011-03-22/2013-03-22", Duration "P2Y"); "" otherwise.
	Duration string `json:"duration,omitempty"`
}

// Resolved reports whether the expression has a value.
func (t Time) Resolved() bool { return t.Value != "" }

// Quantity kinds. Only count, money, percent, ratio and dimension are
// amounts; the others are numbers typed so that they are not taken for one.
const (
	QCount      = "count"
	QMoney      = "money"
	QPercent    = "percent"
	QRatio      = "ratio"
	QDimension  = "dimension"
	QYear       = "year"
	QDate       = "date"
	QTime       = "time"
	QResolution = "resolution" // "resolution 2397"
	QOrdinal    = "ordinal"
	QOther      = "number" // a number that is none of the above (phone, code, name part)
)

// Bounds of a Value.
const (
	BoundExact = "exact"
	BoundRange = "range"
	BoundMin   = "min"
	BoundMax   = "max"
)

// Value is a figure with its bounds and approximation. It marshals to the
// answer-key form: {"exact":N}, {"exact":N,"approx":true}, {"low":A,"high":B},
// {"min":N}, {"max":N}, {"min":N,"vague":true}.
type Value struct {
	Bound  string  // BoundExact, BoundRange, BoundMin, BoundMax
	Number float64 // the exact value, or the min or max bound
	Low    float64 // range only
	High   float64 // range only
	Approx bool    // "some", "about", "roughly"
	Vague  bool    // "hundreds of", "thousands of"
}

// Exact returns an exact value.
func Exact(n float64) Value { return Value{Bound: BoundExact, Number: n} }

// Range returns a range value.
func Range(lo, hi float64) Value { return Value{Bound: BoundRange, Low: lo, High: hi} }

// Interval returns the smallest and largest numbers the value allows; an
// open bound is returned as the bound itself with open set.
func (v Value) Interval() (lo, hi float64, openLow, openHigh bool) {
	switch v.Bound {
	case BoundRange:
		return v.Low, v.High, false, false
	case BoundMin:
		return v.Number, v.Number, false, true
	case BoundMax:
		return v.Number, v.Number, true, false
	default:
		return v.Number, v.Number, false, false
	}
}

// String renders the value for people: "~300", "300-500", ">=10,000".
func (v Value) String() string {
	f := func(x float64) string { return strconv.FormatFloat(x, 'f', -1, 64) }
	p := ""
	if v.Approx {
		p = "~"
	}
	s := ""
	switch v.Bound {
	case BoundRange:
		s = p + f(v.Low) + "-" + f(v.High)
	case BoundMin:
		s = ">=" + p + f(v.Number)
	case BoundMax:
		s = "<=" + p + f(v.Number)
	default:
		s = p + f(v.Number)
	}
	if v.Vague {
		s += " (vague)"
	}
	return s
}

type valueJSON struct {
	Exact  *float64 `json:"exact,omitempty"`
	Low    *float64 `json:"low,omitempty"`
	High   *float64 `json:"high,omitempty"`
	Min    *float64 `json:"min,omitempty"`
	Max    *float64 `json:"max,omitempty"`
	Approx bool     `json:"approx,omitempty"`
	Vague  bool     `json:"vague,omitempty"`
}

// MarshalJSON writes the answer-key form.
func (v Value) MarshalJSON() ([]byte, error) {
	j := valueJSON{Approx: v.Approx, Vague: v.Vague}
	n, lo, hi := v.Number, v.Low, v.High
	switch v.Bound {
	case BoundRange:
		j.Low, j.High = &lo, &hi
	case BoundMin:
		j.Min = &n
	case BoundMax:
		j.Max = &n
	default:
		j.Exact = &n
	}
	return json.Marshal(j)
}

// UnmarshalJSON reads the answer-key form.
func (v *Value) UnmarshalJSON(b []byte) error {
	var j valueJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	*v = Value{Approx: j.Approx, Vague: j.Vague}
	switch {
	case j.Exact != nil:
		v.Bound, v.Number = BoundExact, *j.Exact
	case j.Low != nil && j.High != nil:
		v.Bound, v.Low, v.High = BoundRange, *j.Low, *j.High
	case j.Min != nil:
		v.Bound, v.Number = BoundMin, *j.Min
	case j.Max != nil:
		v.Bound, v.Number = BoundMax, *j.Max
	default:
		return fmt.Errorf("value %s: none of exact, low/high, min, max", b)
	}
	return nil
}

// Quantity is a number found in the text, typed and normalized.
type Quantity struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Kind  string `json:"kind"` // QCount, QMoney, ...
	Value Value  `json:"value"`
	// Unit: currency code for money ("USD", "RUB"), "percent", "ratio",
	// a dimension unit ("km"), or the counted noun for counts when it
	// directly follows ("workers"); "" when unknown.
	Unit string `json:"unit,omitempty"`
	// Per is the rate period for money and counts: "year", "month", "day".
	Per string `json:"per,omitempty"`
	// Rule names the rule that produced it, for explanations.
	Rule string `json:"rule,omitempty"`
}

// IsAmount reports whether the quantity is an amount that can state a claim.
func (q Quantity) IsAmount() bool {
	switch q.Kind {
	case QCount, QMoney, QPercent, QRatio, QDimension:
		return true
	}
	return false
}

// Entity types.
const (
	PER  = "PER"
	ORG  = "ORG"
	LOC  = "LOC"
	MISC = "MISC"
)

// Mention is a name found in the text.
type Mention struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Type  string `json:"type"` // PER, ORG, LOC, MISC
	// Entity is the key of the Entity this mention was resolved to.
	Entity string `json:"entity"`
	// Rule says why the span is a name and why it links to its entity.
	Rule string `json:"rule,omitempty"`
}

// RemovedMention is a name found in a piece of text that cleaning removed
// (Article.Removed[Piece]), such as a "More on the topic" related-links
// list. Start and End are byte offsets into that piece's Text, never into
// Article.Text. These names are known to belong to the page, but they are
// not part of the article: they are never actors or places of its claims.
type RemovedMention struct {
	Piece int `json:"piece"` // index into Article.Removed
	Mention
}

// Entity is an actor or place with its canonical name and the variants seen.
type Entity struct {
	Key      string   `json:"key"` // stable across articles: type + folded canonical name
	Name     string   `json:"name"`
	Type     string   `json:"type"`
	Variants []string `json:"variants"`
	// Links explain why variants were joined: "KCNA <- acronym defined in parentheses".
	Links []string `json:"links,omitempty"`
}

// LegalRef is a reference to a legal instrument.
type LegalRef struct {
	Start      int    `json:"start"`
	End        int    `json:"end"`
	Text       string `json:"text"`
	Instrument string `json:"instrument"`          // "UNSCR 2397"
	Paragraph  int    `json:"paragraph,omitempty"` // 8 for "the eighth paragraph of ..."
}

// Claim is a quantity statement: who states what figure about what, when.
type Claim struct {
	Start         int    `json:"start"` // the quantity's span
	End           int    `json:"end"`
	Text          string `json:"text"`
	Sentence      string `json:"sentence"`
	SentenceStart int    `json:"sentence_start"`
	SentenceEnd   int    `json:"sentence_end"`

	Value Value  `json:"value"`
	Unit  string `json:"unit"`
	Per   string `json:"per,omitempty"`
	// Counted is the counted phrase ("North Korean citizens"); Event the
	// verb phrase ("entered Russia").
	Counted string `json:"counted,omitempty"`
	Event   string `json:"event,omitempty"`
	Place   string `json:"place,omitempty"`
	// Scope is the part of the counted whole the figure covers ("on
	// student visas", "killed", "in Khabarovsk"), or "" for the whole.
	// Figures of different scopes are not compared.
	Scope string `json:"scope,omitempty"`

	Topic     string `json:"topic,omitempty"`
	Indicator string `json:"indicator"` // "" when outside the topic's indicators
	// Period is the TIMEX3 value of the time the figure refers to, or "".
	Period     string `json:"period"`
	PeriodText string `json:"period_text,omitempty"`
	SaidBy     string `json:"said_by"`
	Origin     string `json:"origin"`
	// Why lists the rules that produced each field, for the UI.
	Why []string `json:"why,omitempty"`
}
