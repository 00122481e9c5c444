package ingest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/dossier-osint/dossier/internal/warc"
)

// FormatWARC is a web archive (ISO 28500), plain or gzip-compressed: each
// successful HTML response record is one document.
const FormatWARC = "warc"

// isWARC reports whether a file name ends in .warc or .warc.gz.
func isWARC(name string) bool {
	lower := strings.ToLower(name)
	return strings.HasSuffix(lower, ".warc") || strings.HasSuffix(lower, ".warc.gz")
}

// parseWARC reads the HTML response records of a WARC held in memory.
func parseWARC(ctx context.Context, source string, data []byte, opt Options) ([]Document, error) {
	var docs []Document
	var errs []error
	err := readWARC(ctx, source, bytes.NewReader(data), opt, func(d Document, err error) error {
		if err != nil {
			errs = append(errs, &itemError{source: d.Source, err: err})
		} else {
			docs = append(docs, d)
		}
		return nil
	})
	if err != nil {
		errs = append(errs, err)
	}
	if len(docs) == 0 && len(errs) == 0 {
		return nil, fmt.Errorf("%s: %w: no HTML response records", source, ErrEmpty)
	}
	return docs, errors.Join(errs...)
}

// walkWARC streams a WARC file record by record (it may be far larger than
// the per-file limit, which then applies to each record).
func walkWARC(ctx context.Context, path string, opt Options, fn func(Document, error) error) error {
	f, err := openRegular(path)
	if err != nil {
		return fn(Document{Source: path}, fmt.Errorf("%s: %w", path, err))
	}
	defer f.Close()
	n := 0
	err = readWARC(ctx, path, f, opt, func(d Document, err error) error {
		if err == nil {
			n++
		}
		return fn(d, err)
	})
	if err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		var fe fnError
		if errors.As(err, &fe) {
			return fe.err
		}
		return fn(Document{Source: path}, err)
	}
	if n == 0 {
		return fn(Document{Source: path}, fmt.Errorf("%s: %w: no HTML response records", path, ErrEmpty))
	}
	return nil
}

// fnError marks an error returned by the caller's function, to be passed
// through rather than reported as a read error.
type fnError struct{ err error }

func (e fnError) Error() string { return e.err.Error() }

// readWARC calls fn for each HTML response record of r: a Document whose
// Source is "source#N" (N the record's position), URL the record's target
// URI and, when the page states no date, the day of its WARC-Date; or the
// record's extraction error. It returns a read error of the container.
func readWARC(ctx context.Context, source string, r io.Reader, opt Options, fn func(Document, error) error) error {
	wr, err := warc.NewReader(r, warc.Options{MaxRecordBytes: opt.max()})
	if err != nil {
		return fmt.Errorf("%s: %w", source, err)
	}
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		rec, err := wr.Next()
		if errors.Is(err, io.EOF) {
			return nil
		}
		var re *warc.RecordError
		if errors.As(err, &re) {
			// one record's payload: report it and read on
			src := fmt.Sprintf("%s#%d", source, re.Offset)
			if ferr := fn(Document{Source: src, URL: re.TargetURI}, fmt.Errorf("%s: %w", src, err)); ferr != nil {
				return fnError{ferr}
			}
			continue
		}
		if err != nil {
			return fmt.Errorf("%s: %w", source, err)
		}
		if !rec.IsHTML() || len(bytes.TrimSpace(rec.Body)) == 0 {
			continue
		}
		src := fmt.Sprintf("%s#%d", source, rec.Offset)
		text, warns := normalize(rec.Body)
		d, err := FromHTMLContext(ctx, src, rec.TargetURI, []byte(text))
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if err != nil {
			if ferr := fn(Document{Source: src, URL: rec.TargetURI}, err); ferr != nil {
				return fnError{ferr}
			}
			continue
		}
		d.Format = FormatWARC
		d.Warnings = append(warns, d.Warnings...)
		if d.Published == "" && !rec.Date.IsZero() {
			d.Published = rec.Date.Format("2006-01-02")
		}
		if ferr := fn(d, nil); ferr != nil {
			return fnError{ferr}
		}
	}
}
