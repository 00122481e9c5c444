// Package dateparser stands in for github.com/markusmobius/go-dateparser in
// dossier's build (see the replace directive in dossier's go.mod and
// docs/architecture.md, "Dependencies").
//
// dossier reads HTML with go-trafilatura, which finds a page's date with
// go-htmldate. dossier runs htmldate in its fast mode only
// (internal/ingest sets trafilatura.Fast), which reads dates from markup and
// URLs and never calls the general date parser that htmldate uses for its
// extensive text search. That parser's package initialisation compiles some
// ten thousand regular expressions for 200 locales: 158 ms and 78 MB at every
// start of every dossier process, for code dossier never runs. This module
// keeps the few names htmldate refers to and answers every parse with
// ErrUnavailable, so the extensive search, if anything ever asked for it,
// finds nothing instead of something wrong.
//
// dossier finds dates in text with its own annotator (internal/timex).
package dateparser

import (
	"errors"
	"time"
)

// ErrUnavailable is the answer to every Parse.
var ErrUnavailable = errors.New("dateparser: the general date parser is not built into dossier (htmldate runs in its fast mode)")

// PreferredDateSource says which period fills an incomplete date.
type PreferredDateSource uint8

// The date sources htmldate names.
const (
	CurrentPeriod PreferredDateSource = iota
	Past
	Future
)

// Configuration is the parser configuration htmldate passes along.
type Configuration struct {
	PreferredDateSource PreferredDateSource
	StrictParsing       bool
}

// ParserType names one of the parser's strategies.
type ParserType uint8

// The strategies htmldate names.
const (
	Timestamp ParserType = iota
	RelativeTime
	CustomFormat
	AbsoluteTime
	NoSpacesTime
)

// Date is a parse result; Time is zero when nothing was found.
type Date struct {
	Time time.Time
}

// IsZero reports whether no date was found.
func (d Date) IsZero() bool { return d.Time.IsZero() }

// Parser holds the strategies to try.
type Parser struct {
	ParserTypes []ParserType
}

// Parse finds nothing: see the package comment.
func (p *Parser) Parse(cfg *Configuration, s string, formats ...string) (Date, error) {
	return Date{}, ErrUnavailable
}
