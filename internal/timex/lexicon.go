package timex

// Word classes of the lexicon.
const (
	cWord = iota // a function or cue word, compared by its lower-case form
	cMonth
	cWeekday
	cUnit
	cNumWord
	cOrdinal
	cSeason
	cDaypart
	cHoliday
)

// Units of durations and relative expressions.
const (
	uSecond = iota + 1
	uMinute
	uHour
	uDay
	uWeek
	uFortnight
	uMonth
	uQuarter
	uYear
	uDecade
	uCentury
	uWeekend
)

type entry struct {
	word   string
	class  uint8
	val    int
	plural bool
	abbr   bool // month abbreviation ("Jan", "Sept")
	past   bool // a past-tense marker
	future bool // a future marker
	start  bool // a cWord that can begin an expression
}

var lexicon = map[string]*entry{}

func add(word string, class uint8, val int) *entry {
	e := lexicon[word]
	if e == nil {
		e = &entry{word: word}
		lexicon[word] = e
	}
	e.class, e.val = class, val
	return e
}

var seasonCode = [...]string{"", "SP", "SU", "FA", "WI"}
var daypartCode = [...]string{"", "MO", "AF", "EV", "NI", "MI", "DT"}

func init() {
	months := [][]string{
		{"january", "jan", "января", "январь", "январе", "січня", "січень", "січні"},
		{"february", "feb", "февраля", "февраль", "феврале", "лютого", "лютий", "лютому"},
		{"march", "mar", "марта", "март", "марте", "березня", "березень", "березні"},
		{"april", "apr", "апреля", "апрель", "апреле", "квітня", "квітень", "квітні"},
		{"may", "мая", "май", "мае", "травня", "травень", "травні"},
		{"june", "jun", "июня", "июнь", "июне", "червня", "червень", "червні"},
		{"july", "jul", "июля", "июль", "июле", "липня", "липень", "липні"},
		{"august", "aug", "августа", "август", "августе", "серпня", "серпень", "серпні"},
		{"september", "sep", "sept", "сентября", "сентябрь", "сентябре", "вересня", "вересень", "вересні"},
		{"october", "oct", "октября", "октябрь", "октябре", "жовтня", "жовтень", "жовтні"},
		{"november", "nov", "ноября", "ноябрь", "ноябре", "листопада", "листопад", "листопаді"},
		{"december", "dec", "декабря", "декабрь", "декабре", "грудня", "грудень", "грудні"},
	}
	for i, ws := range months {
		for k, w := range ws {
			e := add(w, cMonth, i+1)
			if k > 0 && len(w) <= 4 && w[0] < 0x80 {
				e.abbr = true
			}
		}
	}
	days := [][]string{
		{"monday", "mon", "mondays"}, {"tuesday", "tue", "tues", "tuesdays"}, {"wednesday", "wed", "wednesdays"},
		{"thursday", "thu", "thur", "thurs", "thursdays"}, {"friday", "fri", "fridays"}, {"saturday", "sat", "saturdays"},
		{"sunday", "sun", "sundays"},
	}
	for i, ws := range days {
		for k, w := range ws {
			e := add(w, cWeekday, i+1)
			if k > 0 {
				e.abbr = true
			}
			if w[len(w)-1] == 's' && len(w) > 6 {
				e.plural = true
				e.abbr = false
			}
		}
	}
	units := []struct {
		s, p string
		u    int
	}{
		{"second", "seconds", uSecond}, {"sec", "secs", uSecond}, {"minute", "minutes", uMinute}, {"min", "mins", uMinute},
		{"hour", "hours", uHour}, {"hr", "hrs", uHour}, {"day", "days", uDay}, {"week", "weeks", uWeek},
		{"fortnight", "fortnights", uFortnight}, {"month", "months", uMonth}, {"quarter", "quarters", uQuarter},
		{"year", "years", uYear}, {"yr", "yrs", uYear}, {"decade", "decades", uDecade}, {"century", "centuries", uCentury},
		{"weekend", "weekends", uWeekend},
	}
	for _, u := range units {
		add(u.s, cUnit, u.u)
		add(u.p, cUnit, u.u).plural = true
	}
	nums := []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
		"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"}
	for i, w := range nums {
		add(w, cNumWord, i)
	}
	for i, w := range []string{"thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"} {
		add(w, cNumWord, 30+10*i)
	}
	add("hundred", cNumWord, 100)
	add("dozen", cNumWord, 12)
	ords := []string{"", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
		"eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
		"nineteenth", "twentieth"}
	for i, w := range ords {
		if i > 0 && w != "second" {
			add(w, cOrdinal, i)
		}
	}
	add("thirtieth", cOrdinal, 30)
	for i, ws := range [][]string{{"spring", "springs"}, {"summer", "summers"}, {"autumn", "fall", "autumns"}, {"winter", "winters"}} {
		for _, w := range ws {
			add(w, cSeason, i+1)
		}
	}
	for i, ws := range [][]string{{"morning", "mornings"}, {"afternoon", "afternoons"}, {"evening", "evenings"},
		{"night", "nights", "overnight"}, {"midday"}, {"daytime"}} {
		for _, w := range ws {
			add(w, cDaypart, i+1).plural = w[len(w)-1] == 's'
		}
	}
	for _, w := range []string{"christmas", "xmas", "easter", "thanksgiving", "halloween", "valentine", "independence",
		"memorial", "labor", "labour", "mother", "father", "new", "eve", "martin", "luther", "king", "columbus",
		"veterans", "groundhog", "patrick", "boxing", "good", "ash", "mardi", "gras", "yuandan", "lunar", "chinese",
		"victory", "ramadan", "eid", "diwali", "hanukkah", "kwanzaa", "presidents", "inauguration", "election", "black",
		"earth", "saint", "juneteenth", "international"} {
		add(w, cHoliday, 0)
	}
	words := []string{
		"the", "a", "an", "of", "in", "on", "at", "by", "during", "since", "until", "till", "til", "through", "throughout",
		"from", "to", "ago", "before", "after", "later", "earlier", "every", "each", "per", "several", "few", "some", "many",
		"recent", "recently", "couple", "last", "past", "next", "this", "that", "these", "those", "coming", "previous",
		"following", "preceding", "prior", "upcoming", "early", "late", "mid", "end", "beginning", "start", "middle",
		"today", "yesterday", "tomorrow", "tonight", "now", "currently", "presently", "nowadays", "present", "future",
		"formerly", "once", "same", "final", "first", "half", "around", "about", "within", "over", "under", "for",
		"and", "or", "between", "daily", "weekly", "monthly", "annually", "yearly", "hourly", "quarterly", "nightly",
		"am", "pm", "a.m", "p.m", "noon", "midnight", "gmt", "utc", "est", "edt", "pst", "pdt", "cet", "kst", "msk", "bst", "w",
		"o'clock", "oclock", "th", "st", "nd", "rd", "s", "q", "h", "fiscal", "fy", "calendar", "rest", "remainder",
		"resolution", "resolutions", "no", "number", "ie", "windows", "page", "pages", "article", "paragraph", "room",
		"flight", "route", "model", "version", "covid", "iphone", "boeing", "airbus", "chapter", "section", "item",
		"said", "says", "say", "told", "will", "would", "shall", "ll", "going", "plan", "plans", "planned", "expected",
		"expects", "scheduled", "due", "was", "were", "had", "did", "came", "went", "met", "took", "made", "began",
		"began", "became", "left", "held", "sent", "gave", "saw", "won", "lost", "fell", "rose", "signed", "is", "are",
		"be", "been", "has", "have", "more", "than", "less", "almost", "nearly", "roughly", "approximately", "least",
		"times", "time", "moment", "far", "long", "ever", "soon", "shortly", "lately", "just", "up", "yet", "already",
		"season", "seasons", "term", "terms", "tenure", "period", "spell", "mere", "full", "whole", "entire", "other",
		"one", "whole", "weekday", "weekdays", "date", "day", "then", "year", "era", "age", "still", "not", "may",
		"like", "old", "aged", "percent", "people", "workers", "persons", "dollars", "tons", "tonnes", "km", "meters",
		"metres", "miles", "feet", "units", "troops", "soldiers", "students", "cars", "members", "residents", "jobs",
		"barrels", "copies", "euros", "pounds", "yuan", "rubles", "won", "employees", "laborers", "labourers",
		"citizens", "nationals", "deaths", "cases", "homes", "children", "men", "women", "points", "shares", "votes",
		"within", "around", "every", "other", "alternate", "twice", "thrice", "once", "and", "half", "quarter",
		"году", "году.", "года", "годах", "год", "г", "в", "с", "по", "до", "до", "року", "рік", "у", "році",
		"сегодня", "вчера", "завтра", "сьогодні", "вчора", "зараз", "сейчас", "прошлом", "прошлого", "этом", "этого",
		"минулого", "минулому", "цього", "цьому", "следующем", "наступного", "наступному", "месяце", "місяці", "неделе",
		"тижні", "of", "tomorrow's", "yesterday's", "today's", "daylight", "hence", "from", "thereafter", "afterwards",
		"late", "lunch", "lunchtime", "dinner", "breakfast", "dawn", "dusk", "sunrise", "sunset", "eod", "eoy", "eom",
		"bedtime", "tonite", "work", "business", "holiday", "holidays", "weekend", "overnight", "forever", "anytime", "whenever",
		"modern", "former", "until", "prior", "forthcoming", "ahead", "back", "away", "into", "out", "off", "remaining",
		"next", "this", "it", "its", "their", "his", "her", "our", "my", "your", "what", "which", "who", "there", "here",
		"about", "circa", "c", "ca", "approx", "when", "while", "as", "we", "they", "he", "she", "i", "you", "so",
		"pieces", "items", "products", "tickets", "vehicles", "toys", "school", "cy", "sy",
	}
	for _, w := range words {
		if lexicon[w] == nil {
			add(w, cWord, 0)
		}
	}
	for _, w := range []string{"the", "a", "an", "at", "right", "recent", "this", "that", "these", "last", "past", "next",
		"previous", "prior", "preceding", "coming", "following", "upcoming", "forthcoming", "current", "present", "final",
		"earlier", "later", "today", "tonight", "yesterday", "tomorrow", "now", "currently", "presently", "nowadays",
		"recently", "lately", "early", "late", "mid", "end", "beginning", "start", "middle", "close", "turn", "since",
		"every", "each", "per", "daily", "weekly", "monthly", "annually", "yearly", "hourly", "quarterly", "nightly",
		"almost", "nearly", "about", "around", "roughly", "approximately", "several", "few", "many", "couple", "same",
		"noon", "midnight", "midday", "q", "h", "fy", "half", "later", "tonite", "before", "after", "by", "prior",
		"no", "as", "any", "anytime", "starting", "greater", "earlier", "w", "сегодня", "сьогодні", "вчера", "вчора", "сейчас", "зараз",
		"прошлом", "прошлого", "минулого", "минулому", "этом", "этого", "цього", "цьому", "следующем", "наступного",
		"наступному", "from", "between", "until", "till", "through", "fiscal", "calendar", "school", "cy", "sy"} {
		if lexicon[w] == nil {
			add(w, cWord, 0)
		}
		lexicon[w].start = true
	}
	for _, w := range []string{"was", "were", "had", "did", "came", "went", "met", "took", "made", "began", "became",
		"left", "held", "sent", "gave", "saw", "won", "lost", "fell", "rose", "ago", "earlier", "previous", "last",
		"yesterday", "been"} {
		lexicon[w].past = true
	}
	for _, w := range []string{"will", "shall", "ll", "going", "plan", "plans", "planned", "expected", "expects",
		"scheduled", "due", "next", "upcoming", "coming", "tomorrow", "forthcoming", "ahead", "later"} {
		lexicon[w].future = true
	}
}
