package suite

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/dossier-osint/dossier/internal/quantity"
)

// Recognizers runs the English number and number-with-unit specs of
// Microsoft Recognizers-Text found under dir (the folder holding Specs/, or
// Specs itself) against package quantity, and returns one FileResult per
// model: NumberModel, NumberRangeModel, PercentModel, CurrencyModel,
// DimensionModel.
//
// A case passes when dossier reports exactly the expected results: the same
// number of them, each with the expected Start and End (inclusive UTF-16
// offsets into Input) and the expected resolution. Text is compared
// case-insensitively; TypeName and the resolution's subtype are not
// compared. Cases whose NotSupported or NotSupportedByDesign names "dotnet"
// (the reference implementation does not pass them either) are left out.
//
// How each spec maps to dossier's values:
//
//   - NumberModel: quantity.Numbers(input, "en", spec=true) without the
//     ordinals (the spec has a separate OrdinalModel). Resolution value is a
//     decimal string; it matches when the parsed expected number and
//     Number.Value agree to a relative 1e-9 (the spec prints 15 significant
//     digits and exponents such as "1E-12").
//   - NumberRangeModel: quantity.Ranges; each Range is printed in the spec's
//     interval form "[20,30)", "(30,)", "(,100]", "[170,170]": a doc.Value
//     range gives [Low,High) unless the text closes it, BoundMin gives
//     "(N," or "[N," by strictness ("more than" / "at least"), BoundMax
//     ",N)" or ",N]" ("less than" / "up to"); an exact "equal to N" gives
//     [N,N]. Bounds are compared as numbers.
//   - PercentModel: quantity.Percents; value "2.5%" is the number followed by
//     "%"; a bare "percent" or "%" with no number has value "null".
//   - CurrencyModel: quantity.Currencies; value is the amount (or null for a
//     currency name alone), unit is the spec's unit name ("Dollar" for a bare
//     "$", "United States dollar" for "US$"/"USD", "Euro", "Pound",
//     "British pound", "Chinese yuan", "Cent"...) and isoCurrency the ISO
//     4217 code when the spec gives one; all three must agree.
//   - DimensionModel: quantity.Dimensions; value and unit name ("Mile",
//     "Kilometer", "Square meter", "Gallon"...) must agree.
func Recognizers(dir string, verbose bool) (map[string]FileResult, error) {
	specs := filepath.Join(dir, "Specs")
	if _, err := os.Stat(specs); err != nil {
		specs = dir
	}
	files := map[string]string{
		"NumberModel":      "Number/English/NumberModel.json",
		"NumberRangeModel": "Number/English/NumberRangeModel.json",
		"PercentModel":     "Number/English/PercentModel.json",
		"CurrencyModel":    "NumberWithUnit/English/CurrencyModel.json",
		"DimensionModel":   "NumberWithUnit/English/DimensionModel.json",
	}
	out := map[string]FileResult{}
	names := make([]string, 0, len(files))
	for n := range files {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, name := range names {
		path := filepath.Join(specs, files[name])
		cases, err := loadCases(path)
		if err != nil {
			return nil, err
		}
		var r FileResult
		for _, c := range cases {
			if skipDotnet(c) {
				continue
			}
			got := runModel(name, c.Input)
			r.Cases++
			if ok, why := sameResults(name, c.Input, c.Results, got); ok {
				r.Passed++
			} else {
				r.Failures = append(r.Failures, fmt.Sprintf("%q: %s", c.Input, why))
			}
		}
		r.finish()
		if verbose {
			for _, f := range r.Failures {
				fmt.Fprintf(os.Stderr, "%s: %s\n", name, f)
			}
		}
		out[name] = r
	}
	return out, nil
}

type specCase struct {
	Input                string       `json:"Input"`
	NotSupported         string       `json:"NotSupported"`
	NotSupportedByDesign string       `json:"NotSupportedByDesign"`
	Results              []specResult `json:"Results"`
}

type specResult struct {
	Text       string         `json:"Text"`
	Start      int            `json:"Start"`
	End        int            `json:"End"`
	Resolution map[string]any `json:"Resolution"`
}

func loadCases(path string) ([]specCase, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("recognizers spec %s: %w", path, err)
	}
	b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
	var cs []specCase
	if err := json.Unmarshal(b, &cs); err != nil {
		return nil, fmt.Errorf("recognizers spec %s: %w", path, err)
	}
	return cs, nil
}

func skipDotnet(c specCase) bool {
	for _, s := range []string{c.NotSupported, c.NotSupportedByDesign} {
		for _, p := range strings.Split(s, ",") {
			if strings.EqualFold(strings.TrimSpace(p), "dotnet") {
				return true
			}
		}
	}
	return false
}

// found is one result dossier reports, in byte offsets.
type found struct {
	start, end int
	value      string // canonical form; "null" when none
	unit, iso  string
}

func runModel(name, input string) []found {
	var out []found
	switch name {
	case "NumberModel":
		for _, n := range quantity.Numbers(input, "en", true) {
			if n.Ordinal {
				continue
			}
			out = append(out, found{start: n.Start, end: n.End, value: num(n.Value)})
		}
	case "NumberRangeModel":
		for _, r := range quantity.Ranges(input, "en") {
			out = append(out, found{start: r.Start, end: r.End, value: r.Interval})
		}
	case "PercentModel":
		for _, q := range quantity.Percents(input, "en") {
			v := "null"
			if q.HasValue {
				v = num(q.Value)
			}
			out = append(out, found{start: q.Start, end: q.End, value: v})
		}
	case "CurrencyModel":
		for _, q := range quantity.Currencies(input, "en") {
			v := "null"
			if q.HasValue {
				v = num(q.Value)
			}
			out = append(out, found{start: q.Start, end: q.End, value: v, unit: q.UnitName, iso: q.ISO})
		}
	case "DimensionModel":
		for _, q := range quantity.Dimensions(input, "en") {
			v := "null"
			if q.HasValue {
				v = num(q.Value)
			}
			out = append(out, found{start: q.Start, end: q.End, value: v, unit: q.UnitName})
		}
	}
	return out
}

func num(f float64) string { return strconv.FormatFloat(f, 'g', -1, 64) }

// utf16Offsets maps each byte offset of s to its UTF-16 offset.
func utf16Offsets(s string) []int {
	m := make([]int, len(s)+1)
	u := 0
	for i, r := range s {
		n := utf8.RuneLen(r)
		for k := 0; k < n && i+k < len(s); k++ {
			m[i+k] = u
		}
		u += len(utf16.Encode([]rune{r}))
	}
	m[len(s)] = u
	return m
}

func sameResults(model, input string, want []specResult, got []found) (bool, string) {
	off := utf16Offsets(input)
	describe := func() string {
		var g []string
		for _, f := range got {
			g = append(g, fmt.Sprintf("%q@%d-%d=%s %s %s", input[f.start:f.end], off[f.start], off[f.end]-1, f.value, f.unit, f.iso))
		}
		var w []string
		for _, r := range want {
			w = append(w, fmt.Sprintf("%q@%d-%d=%v", r.Text, r.Start, r.End, r.Resolution))
		}
		return fmt.Sprintf("want %v got %v", w, g)
	}
	if len(want) != len(got) {
		return false, describe()
	}
	used := make([]bool, len(got))
	for _, r := range want {
		ok := false
		for i, f := range got {
			if used[i] || off[f.start] != r.Start || off[f.end]-1 != r.End {
				continue
			}
			if !sameResolution(model, r.Resolution, f) {
				continue
			}
			used[i], ok = true, true
			break
		}
		if !ok {
			return false, describe()
		}
	}
	return true, ""
}

func sameResolution(model string, res map[string]any, f found) bool {
	v, _ := res["value"]
	switch model {
	case "NumberRangeModel":
		s, _ := v.(string)
		return sameInterval(s, f.value)
	case "PercentModel":
		s, _ := v.(string)
		if s == "null" || v == nil {
			return f.value == "null"
		}
		return sameNumber(strings.TrimSuffix(s, "%"), f.value)
	case "CurrencyModel", "DimensionModel":
		if u, _ := res["unit"].(string); !strings.EqualFold(u, f.unit) {
			return false
		}
		if iso, _ := res["isoCurrency"].(string); iso != f.iso {
			return false
		}
		if v == nil {
			return f.value == "null"
		}
		s, _ := v.(string)
		return sameNumber(s, f.value)
	default:
		s, _ := v.(string)
		return sameNumber(s, f.value)
	}
}

func sameNumber(want, got string) bool {
	a, err1 := strconv.ParseFloat(want, 64)
	b, err2 := strconv.ParseFloat(got, 64)
	if err1 != nil || err2 != nil {
		return want == got
	}
	if a == b {
		return true
	}
	return math.Abs(a-b) <= 1e-9*math.Max(math.Abs(a), math.Abs(b))
}

// sameInterval compares "[20,30)" forms with numeric bounds.
func sameInterval(want, got string) bool {
	if len(want) < 3 || len(got) < 3 || want[0] != got[0] || want[len(want)-1] != got[len(got)-1] {
		return false
	}
	w := strings.Split(want[1:len(want)-1], ",")
	g := strings.Split(got[1:len(got)-1], ",")
	if len(w) != 2 || len(g) != 2 {
		return false
	}
	for i := range w {
		if (w[i] == "") != (g[i] == "") {
			return false
		}
		if w[i] != "" && !sameNumber(w[i], g[i]) {
			return false
		}
	}
	return true
}
