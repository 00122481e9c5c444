package web

import (
	"html/template"
	"strings"
)

// bidiControls are the characters that change the direction of the text
// after them: embeddings and overrides (U+202A-202E), isolates
// (U+2066-2069) and the marks (U+200E, U+200F, U+061C). In untrusted text
// ("Workers\u202e 0003 arrived") they can make a page show a figure, a
// name or the text beside them reversed.
const bidiControls = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"

// isolateBidi is the template func "bdi": untrusted text, escaped, inside
// a <bdi> element when it holds a direction control, so that whatever the
// controls do stays inside the element (and a right-to-left name does not
// reorder the punctuation around it). For text content only, never for
// attribute values.
func isolateBidi(s string) template.HTML {
	esc := template.HTMLEscapeString(s)
	if !strings.ContainsAny(s, bidiControls) {
		return template.HTML(esc)
	}
	return template.HTML("<bdi>" + esc + "</bdi>")
}

func init() { baseFuncs["bdi"] = isolateBidi }
