// Package csvsafe is dossier's one CSV writer, used by the CLI and the web
// exports alike. It defuses every cell a spreadsheet would run as a formula:
// article text, names, units and review notes are untrusted, and
// `=HYPERLINK("http://evil.example/","x")` in a reviewer's corrected unit
// must reach an admin's spreadsheet as text.
package csvsafe

import (
	"encoding/csv"
	"io"
	"regexp"
	"strings"
	"unicode/utf8"
)

// Writer writes CSV records, each cell defused by Cell.
type Writer struct {
	w *csv.Writer
}

// NewWriter returns a writer to w.
func NewWriter(w io.Writer) *Writer { return &Writer{w: csv.NewWriter(w)} }

// Write writes one record, every cell defused. The record is not changed.
func (w *Writer) Write(record []string) error {
	out := make([]string, len(record))
	for i, c := range record {
		out[i] = Cell(c)
	}
	return w.w.Write(out)
}

// Flush writes buffered data and returns any error of the writes so far.
func (w *Writer) Flush() error {
	w.w.Flush()
	return w.w.Error()
}

// triggers start a formula (or, for tab and CR, hide one after them) in
// Excel, LibreOffice or Google Sheets; full-width forms included, which
// some locales read as the ASCII ones.
const triggers = "=+-@\t\r\n＝＋－＠"

// number is a plain decimal number ("-12", "+3.5", "1e6"): a spreadsheet
// reads it as a value, never as a formula, so it is left as it is.
var number = regexp.MustCompile(`^[-+]?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?$`)

// Cell returns s defused: a cell whose first character, after any leading
// spaces, starts a formula is prefixed with an apostrophe, which makes
// spreadsheets show it as text. Plain numbers are kept.
func Cell(s string) string {
	t := strings.TrimLeft(s, " ")
	if t == "" {
		if s != "" && strings.ContainsAny(s[:1], "\t\r\n") {
			return "'" + s
		}
		return s
	}
	r, _ := utf8.DecodeRuneInString(t)
	if !strings.ContainsRune(triggers, r) || number.MatchString(s) {
		return s
	}
	return "'" + s
}
