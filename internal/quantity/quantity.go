// Package quantity finds numbers in text and types them: amounts (counts,
// money, percentages, ratios, dimensions) with their bounds and
// approximation, and non-amounts (years, dates, times, resolution numbers,
// ordinals) so that later stages do not take them for claims. It is pure:
// text in, quantities out.
package quantity

import "github.com/dossier-osint/dossier/internal/doc"

// Find returns the quantities in text, in order of position. lang is an
// ISO 639-1 code ("en", "ru", "uk", "de", ...); it selects the thousands and
// decimal separators and the number words.
func Find(text, lang string) []doc.Quantity {
	return nil
}
