package ingest

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

// record is one JSON Lines article. Alternative field names seen in news
// dumps are accepted beside the documented ones.
type record struct {
	URL       string `json:"url"`
	Title     string `json:"title"`
	Published string `json:"published"`
	Date      string `json:"date"`
	Text      string `json:"text"`
	Body      string `json:"body"`
	HTML      string `json:"html"`
	Credit    string `json:"credit"`
	Byline    string `json:"byline"`
	Author    string `json:"author"`
	SiteName  string `json:"site_name"`
	Lang      string `json:"lang"`
	Language  string `json:"language"`
}

// parseJSONL reads one article per line. Blank lines are skipped; a line that
// is not a JSON object or has neither text nor html is an error naming
// source:line, and the other lines still yield documents.
func parseJSONL(ctx context.Context, source string, data []byte) ([]Document, error) {
	data = bytes.TrimPrefix(data, bom)
	var docs []Document
	var errs []error
	lineNo := 0
	for len(data) > 0 {
		if err := ctx.Err(); err != nil {
			return docs, err
		}
		lineNo++
		var line []byte
		if i := bytes.IndexByte(data, '\n'); i >= 0 {
			line, data = data[:i], data[i+1:]
		} else {
			line, data = data, nil
		}
		line = bytes.TrimSpace(line)
		if len(line) == 0 {
			continue
		}
		src := fmt.Sprintf("%s:%d", source, lineNo)
		d, err := jsonlRecord(ctx, src, line)
		if err != nil {
			errs = append(errs, &itemError{source: src, err: err})
			continue
		}
		docs = append(docs, d)
	}
	if len(docs) == 0 && len(errs) == 0 {
		return nil, fmt.Errorf("%s: %w", source, ErrEmpty)
	}
	return docs, errors.Join(errs...)
}

func jsonlRecord(ctx context.Context, src string, line []byte) (Document, error) {
	var r record
	dec := json.NewDecoder(bytes.NewReader(line))
	if err := dec.Decode(&r); err != nil {
		return Document{}, fmt.Errorf("%s: bad JSON: %w", src, err)
	}
	if dec.More() {
		return Document{}, fmt.Errorf("%s: bad JSON: trailing data after the object", src)
	}
	first := func(ss ...string) string {
		for _, s := range ss {
			if s = strings.TrimSpace(s); s != "" {
				return s
			}
		}
		return ""
	}
	var d Document
	text := first(r.Text, r.Body)
	switch {
	case text != "":
		t, warns := normalizeString(text)
		d = Document{Source: src, Format: FormatJSONL, Text: t, Warnings: warns}
	case strings.TrimSpace(r.HTML) != "":
		h, warns := normalizeString(r.HTML)
		var err error
		d, err = FromHTMLContext(ctx, src, r.URL, []byte(h))
		if err != nil {
			return Document{}, err
		}
		d.Format = FormatJSONL
		d.Warnings = append(warns, d.Warnings...)
	default:
		return Document{}, fmt.Errorf("%s: record has neither text nor html", src)
	}
	d.URL = first(r.URL, d.URL)
	d.Title = first(r.Title, d.Title)
	d.Published = first(r.Published, r.Date, d.Published)
	d.Credit = first(r.Credit, d.Credit)
	d.Byline = first(r.Byline, r.Author, d.Byline)
	d.SiteName = first(r.SiteName, d.SiteName)
	d.Lang = first(r.Lang, r.Language, d.Lang)
	return d, nil
}
