// Package suite runs public test suites (Microsoft Recognizers-Text specs,
// TempEval, MEANTIME) against dossier's extraction packages and reports
// per-file pass rates.
package suite

// FileResult is the outcome of one spec file.
type FileResult struct {
	Cases    int      `json:"cases"`
	Passed   int      `json:"passed"`
	Rate     float64  `json:"rate"`
	Failures []string `json:"-"`
}

// finish sets Rate from Cases and Passed.
func (r *FileResult) finish() {
	if r.Cases > 0 {
		r.Rate = float64(r.Passed) / float64(r.Cases)
	}
}
