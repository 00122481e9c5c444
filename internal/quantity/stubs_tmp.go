package quantity

type Range struct{ Start, End int; Interval string }
type UnitAmount struct{ Start, End int; Value float64; HasValue bool; UnitName, ISO string }
func Ranges(text, lang string) []Range { return nil }
func Percents(text, lang string) []UnitAmount { return nil }
func Currencies(text, lang string) []UnitAmount { return nil }
func Dimensions(text, lang string) []UnitAmount { return nil }
