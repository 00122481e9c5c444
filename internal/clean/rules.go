package clean

import (
	"context"
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-osint/dossier/internal/doc"
	"github.com/dossier-osint/dossier/internal/lexicon"
	"github.com/dossier-osint/dossier/internal/meta"
	"github.com/dossier-osint/dossier/internal/rx"
)

// rule drops a paragraph of at most maxWords words matching re.
type rule struct {
	reason   string
	re       *rx.Anchored // with a first-rune test when anchored
	maxWords int
	// keys, when given, are lower-case substrings one of which must occur
	// for the pattern to be tried (a cheap filter before the regexp).
	keys []string
	// narrow, when given, are lower-case substrings one of which must
	// occur too: every match of the pattern holds one. A text with a long
	// s ("ſ", which the pattern's case folding reads as "s") is tried on
	// the keys alone.
	narrow []string
}

func r(reason, expr string, maxWords int, keys ...string) rule {
	return rule{reason: reason, re: rx.MustCompile(expr), maxWords: maxWords, keys: keys}
}

// narrowed is rl tried only where one of the substrings occurs too.
func (rl rule) narrowed(keys ...string) rule {
	rl.narrow = keys
	return rl
}

// narrowHit reports one of rl's narrowing substrings in the lower-case
// text low, or a long s there.
func (rl *rule) narrowHit(low string) bool {
	if strings.Contains(low, "ſ") {
		return true
	}
	for _, k := range rl.narrow {
		if strings.Contains(low, k) {
			return true
		}
	}
	return false
}

// Boilerplate rules, tried in order. Patterns are anchored where a loose
// match could hit article text, and limited in length.
var rules = []rule{
	r("boilerplate:cookie", `(?i)\bcookies?\b.*\b(?:use|using|consent|accept|agree|policy|settings|enable|improve|experience|files)\b|(?i)\b(?:use|using|consent|accept|agree)\b.*\bcookies?\b`, 70, "cookie"),
	r("boilerplate:browser", `(?i)internet explorer is not (?:compatible|supported)|(?:your|this) browser (?:is )?(?:not supported|out of date|outdated|is not compatible)|(?:update|upgrade) your browser|(?:enable|turn on) javascript|javascript is (?:disabled|required)|we (?:instead )?recommend using (?:chrome|firefox|edge|safari)|(?:right )?(?:on|in|to) your browser$|(?:push|browser|desktop) notifications|(?:allow|enable|turn on|get) (?:our )?notifications`, 60, "browser", "javascript", "internet explorer", "recommend using", "notifications"),
	// the whole line, then the notices anywhere in it (one rule in two
	// parts, the second tried only where its phrases occur)
	r("boilerplate:language-switch", `(?i)^(?:читати українською|читать (?:на )?(?:русском|по-русски|українською)|читати російською|read (?:it |this )?in (?:english|ukrainian|russian|korean)|in english|english version|українською|по-русски|на русском|english|русский|українська|한국어|(?:switch|go) to the english version.*)$`, 40, "читати", "читать", "read", "english", "україн", "русск", "한국어", "switch"),
	r("boilerplate:language-switch", `(?i)(?:might|may) prefer the english version|would you like to switch\?|switch to the english version`, 40, "читати", "читать", "read", "english", "україн", "русск", "한국어", "switch").
		narrowed("prefer the english version", "would you like to switch?", "switch to the english version"),
	r("boilerplate:comments", `(?i)^(?:add|post|leave|write|submit|view|show|hide|load|read) (?:a |your |the |all |more )?(?:comments?|reply|replies)\b.*|(?i)your email address will not be published|required fields are marked|^(?:\d+ )?comments?:?$|^cancel reply$|(?i)^comments? \(\d+\)$|(?i)^be the first to comment`, 20, "comment", "repl", "email address", "required fields"),
	r("boilerplate:membership", `(?i)\blearn more\b|join (?:the|our) .*\b(?:community|members|subscribers|readers)\b|\bbecome a (?:member|subscriber|patron)\b|support (?:our|independent) journalism|(?:subscribe|sign up) (?:to|for) (?:our|the) (?:newsletter|daily|weekly|mailing)|\bnewsletter\b|\bsubscri(?:be|ption|bers?)\b|unlimited access|specialist news and analysis|premium (?:content|access|members?)`, 30, "learn more", "join", "become a", "journalism", "newsletter", "subscri", "unlimited access", "specialist news", "premium").
		narrowed("learn more", "join the ", "join our ", "become a member", "become a subscriber", "become a patron", "support our journalism",
			"support independent journalism", "subscribe to ", "subscribe for ", "sign up to ", "sign up for ", "newsletter", "subscribe",
			"subscription", "subscriber", "unlimited access", "specialist news and analysis", "premium content", "premium access", "premium member"),
	// the line's start, its end, then the phrases anywhere in it (one rule
	// in three parts, the last two tried only where their words occur)
	r("boilerplate:account", `(?i)^(?:sign|log) ?(?:in|up|out)\b|(?i)^(?:register|create (?:an |your )?account|my account|subscribe now|subscribe)$`, 40, "sign", "log", "account", "password", "enter your", "register", "subscribe"),
	r("boilerplate:account", `(?i)\b(?:sign|log) ?(?:in|up)$`, 40, "sign", "log", "account", "password", "enter your", "register", "subscribe").
		narrowed("sign in", "signin", "sign up", "signup", "log in", "login", "log up", "logup"),
	r("boilerplate:account", `(?i)(?:don't|do not|don’t) have an account|already have an account|forgot (?:your )?password|enter your (?:details|username|email)|create a new password`, 40, "sign", "log", "account", "password", "enter your", "register", "subscribe").
		narrowed("have an account", "forgot password", "forgot your password", "enter your details", "enter your username", "enter your email", "create a new password"),
	r("boilerplate:share", `(?i)^(?:share|share this(?: article| story| post)?|share on \w+|tweet|email|e-mail|print|copy link|link copied|facebook|twitter|x|telegram|whatsapp|linkedin|reddit|viber|pinterest|vk|flipboard)(?:[\s,|/•·]+(?:share|tweet|email|e-mail|print|copy link|facebook|twitter|x|telegram|whatsapp|linkedin|reddit|viber|pinterest|vk|flipboard))*:?$|(?i)^(?:поділитися|поделиться|(?:отправить|переслать|надіслати|переслати) (?:по|на) (?:email|e-mail|почте|почту|пошту)|печать|распечатать|версия для печати|друк|надрукувати|версія для друку|(?:скопировать|копировать|скопіювати|копіювати) (?:ссылку|посилання))$`, 12),
	r("boilerplate:ad-placeholder", `^\[ad_\d+\]$|^(?i:source link|advertisement|реклама|advertising|партнерский материал|партнерський матеріал|на правах рекламы|на правах реклами)$`, 4),
	// "Today: Friday, 8 March 2024": the reader's day, not the publication date
	r("boilerplate:today-banner", `(?i)^(?:today(?:'s date)?|current date|сегодня|сьогодні)[\s\p{Z}]*[:,|·•-].{0,60}$`, 10, "today", "current date", "сегодня", "сьогодні"),
	// "В Москве: 09:05, 3 марта 2025, пн", "Kyiv time: 15:40": a site's
	// clock, the reader's time in a city, not the publication date
	r("boilerplate:site-clock", `^`+meta.SiteClockRE+`.{0,60}$`, 10, ":"),
	r("boilerplate:reaction", `(?i)^(?:how do you like (?:that|this|it)|was this (?:article|story|page) (?:helpful|useful)|did you (?:like|enjoy) (?:this|the) (?:article|story)|rate this (?:article|story)|what do you think)\??$`, 12),
	r("boilerplate:navigation", `(?i)^(?:skip to (?:main )?content|skip navigation|menu|main menu|search|home|close|back to top|next article|previous article|next|previous|loading\.*|advertisement|sponsored|listen(?: to this article)?|font size|text size|[a-z]+(?:[-_][a-z]+)*[-_]icon|icon[-_][a-z]+(?:[-_][a-z]+)*|add to favou?rites|додати до обраного|добавить в избранное|в избранное|до обраного|read more|more|show more|see more|press release:?|according to:?|follow us(?: on \w+)?|photo|video|gallery|audio|print this page)$`, 6),
	r("boilerplate:label", `(?i)^(?:tags?|topics?|keywords|categor(?:y|ies)|filed under|теги|темы|теми|рубрики?)[\s\p{Z}]*:[\s\p{Z}]*[^.!?]{1,200}$`, 30, "tag", "topic", "keyword", "categor", "filed under", "теги", "тем", "рубрик"),
	r("boilerplate:related", `(?i)^(?:read next|read more|read also|also read|see also|related|more on this|more on the topic|top news|top stories|most read|popular|watch|recommended|читайте также|читайте також|читати також|дивіться також|смотрите также|популярне|популярное|по теме|по темі|главное|головне|самое читаемое|найпопулярніше)[\s\p{Z}]*:[\s\p{Z}]*\S.{0,200}$`, 25, "read", "see also", "related", "more on", "top ", "most read", "popular", "watch", "recommended", "чита", "дивіться", "смотрите", "популяр", "по тем", "главное", "головне"),
	// "Follow TASS on Telegram", "Подписывайтесь на наш канал в Telegram", "Читайте Укрінформ у Telegram"
	r("boilerplate:follow", `(?i)^(?:follow|subscribe to|join|read|find)(?: us| the [\p{L} ]{1,30}| [\p{Lu}][\p{L}.]+(?: [\p{Lu}][\p{L}.]+){0,3})? (?:on|in|at) (?:telegram|twitter|x|facebook|instagram|youtube|whatsapp|viber|google news|threads)\b.*$|(?i)^(?:подписывайтесь|подпишитесь|следите за нами|читайте нас|читайте|підписуйтесь|підпишіться|стежте за нами)[\s\p{Z}].{0,60}(?:telegram|телеграм|twitter|facebook|viber|youtube|дзен|вконтакте|vk).*$`, 20, "telegram", "twitter", "facebook", "instagram", "youtube", "whatsapp", "viber", "google news", "threads", "телеграм", "дзен", "вконтакте", "vk"),
	// "18+" and the like on its own or closing a line
	r("boilerplate:age-rating", `^(?:\d{1,2}\+|[^\p{L}\p{N}]*\b(?:0|6|12|16|18)\+)$`, 3),
	// "Телефон редакции: +7 (4232) 555-77-10", "Tips: call +44 20 5550 0147", an e-mail line
	r("boilerplate:contact", `(?i)^(?:телефон редакции|телефон редакції|тел\.|phone|tel\.?|contact(?: us)?|e-?mail|have a (?:news )?tip\?|send (?:us )?(?:your )?tips|tips:|пишите нам|пишіть нам).*\+?\d[\d\s()\-]{6,}.*$|^[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+$`, 20, "тел", "phone", "tel", "contact", "mail", "tip", "пиш", "@"),
	// "Переглядів: 1595", "Views: 1,204", "Просмотров: 18 400"
	r("boilerplate:counter", `(?i)^(?:переглядів|просмотров|просмотры|views|reads|прочитано|comments?|комментарии|коментарі)[\s\p{Z}]*:?[\s\p{Z}]*\d[\d\s\p{Z},.]*[kкm]?$`, 4, "перегляд", "просмотр", "views", "reads", "прочитано", "comment", "коммент", "комент"),
	r("boilerplate:reading-time", `(?i)^(?:reading time|read time|время чтения|час читання)[\s\p{Z}]*:?[\s\p{Z}]*\d{1,3}[\s\p{Z}]*(?:min(?:ute)?s?|мин(?:ут[аы]?)?|хв(?:илин[аи]?)?)\.?$|^\d{1,3}[\s\p{Z}]*(?:min(?:ute)?s?|мин\.?|хв\.?)[\s\p{Z}]+(?:read|чтения|читання)$`, 6, "read", "чтения", "читання"),
	r("boilerplate:label", `(?i)^(?:categor(?:y|ies)|tags?|topics?|section|rubric|rubrics|keywords|author|authors|publication date|date|published|updated|posted|source|рубрика|категорія|категория|теги|теги:|дата публікації|дата публикации)\s*:?$`, 3),
}

// relatedHeading starts a related-links list.
var relatedHeading = rx.MustCompile(`(?i)^(?:more on (?:the|this) (?:topic|subject|story|issue)|related(?: articles?| stories| news| posts| content| topics| coverage| reading)?|you (?:may|might) (?:also )?(?:like|be interested in|have missed)|(?:read|see) (?:also|more)|also read|recommended(?: for you| articles| stories)?|more (?:from|in|stories|news|articles)\b.*|most (?:read|popular|viewed)|latest(?: news| stories)?|top stories|editor'?s picks|trending(?: now)?|popular(?: now)?|don't miss|top news|more on the topic|читайте (?:також|также)|також читайте|більше новин|новини по темі|по теме|по темі|на тему|схожі новини|похожие новости|популярне|популярное|самое читаемое|головне за день|главное за день|관련 기사|관련기사)[.:…]*$`)

// labelWithValue are labels whose value sits on the next line.
var labelWithValue = rx.MustCompile(`(?i)^(?:categor(?:y|ies)|tags?|topics?|section|rubric|keywords|рубрика|категорія|категория|теги)\s*:?$`)

var (
	reSpinner     = rx.MustCompileLazy(`\{[^{}\n]{1,60}\}`)
	reAuthorLabel = rx.MustCompile(`(?i)^(?:about the author|about the authors|author|authors|об авторе|про автора)\s*:?$`)
	reBrowserMore = rx.MustCompileLazy(`(?i)\b(?:browser|internet explorer|IE ?\d+|microsoft|chrome|firefox|safari|edge)\b`)
	reFollow      = rx.MustCompile(`(?i)^(?:follow (?:him|her|them|me|us|the author)\b|email (?:him|her|them)\b|contact the author\b)`)
)

// longParagraph reports body text that ends a related-links list.
func (it *item) longParagraph() bool { return it.words() >= 25 && endsSentence(it.text) }

// classify drops boilerplate and labels credits and captions.
func classify(ctx context.Context, items []*item) {
	related, browser, labelValue, authorBox := false, false, false, 0
	var prev *item
	for n, it := range items {
		if n&255 == 255 && ctx.Err() != nil {
			return
		}
		before := prev
		if it.kind != "" {
			prev = it
		}
		if it.kind != doc.KindBody {
			continue
		}
		if before != nil && before.kind == doc.KindCredit && before.note == "byline" {
			if _, ok := meta.OutletName(it.text); ok {
				it.kind, it.note = doc.KindCredit, "byline outlet"
				continue
			}
		}
		words := it.words()
		wasLabelValue := labelValue
		labelValue = false
		if reason := it.boilerplate(); reason != "" {
			it.kind, it.reason = "", reason
			if reason == "boilerplate:browser" {
				browser = true
			}
			if reason == "boilerplate:label" && labelWithValue.MatchString(it.text) {
				labelValue = true
			}
			continue
		}
		if browser && words <= 40 && reBrowserMore.MatchString(it.text) {
			it.kind, it.reason = "", "boilerplate:browser"
			continue
		}
		browser = false
		if relatedHeading.MatchString(it.text) {
			it.kind, it.reason = "", "boilerplate:related"
			related = true
			continue
		}
		if related {
			if !it.longParagraph() && creditNote(it.text, words) == "" {
				it.kind, it.reason = "", "boilerplate:related-list"
				continue
			}
			related = false
		}
		if wasLabelValue && words <= 4 && !endsSentence(it.text) {
			it.kind, it.reason = "", "boilerplate:label-value"
			continue
		}
		if reAuthorLabel.MatchString(it.text) {
			it.kind, it.reason = "", "boilerplate:author-box"
			authorBox = 2
			continue
		}
		if authorBox > 0 {
			authorBox--
			if words <= 5 && !endsSentence(it.text) {
				it.kind, it.note = doc.KindCredit, "author name"
				continue
			}
		}
		if note := creditNote(it.text, words); note != "" {
			it.kind, it.note = doc.KindCredit, note
			continue
		}
		if ok, why := meta.IsCaption(it.text); ok {
			it.kind, it.note = doc.KindCaption, why
			continue
		}
		if words <= 4 && rePostCounter.MatchString(it.text) {
			it.kind, it.note = doc.KindHeader, "post counter"
			continue
		}
		if strings.IndexByte(it.text, '{') >= 0 && reSpinner.MatchString(it.text) {
			it.flags = append(it.flags, "spinner-residue")
		}
	}
}

// boilerplate returns the reason a paragraph is boilerplate, or "". It
// asks lower for the paragraph in lower case only when a rule's keys are
// to be looked for.
func boilerplate(s string, words int, lower func() string) string {
	if words <= 24 && navLine(s) {
		if digitParts(s) >= 2 {
			return "boilerplate:ticker" // "Gale warning in 4 ports · EUR/NOK 11.6 · Bergen +3°C"
		}
		return "boilerplate:navigation"
	}
	if words >= 4 && words <= 40 && tagLine(s) {
		return "boilerplate:tags"
	}
	bw := &byWords[min(words, len(byWords)-1)]
	eligible, nkeys := bw.keyed, bw.nkeys
	var keyed uint32
	switch {
	case nkeys > 8:
		keyed = keyHits(lower(), eligible)
	case nkeys > 0:
		// a few keys (a long paragraph): most paragraphs hold none, which
		// one strided pass over them tells (fewKeys); strings.Contains
		// finds the rules of the others
		low := lower()
		if k := fewKeys[min(words, len(fewKeys)-1)]; k != nil && !k.In(low) {
			break
		}
		for e := eligible; e != 0; e &= e - 1 {
			i := bits.TrailingZeros32(e)
			for _, k := range rules[i].keys {
				if strings.Contains(low, k) {
					keyed |= 1 << i
					break
				}
			}
		}
	}
	// the rules to try, in order: those without keys a paragraph of as
	// many words is eligible for, and those whose keys it holds
	for try := bw.unkeyed | keyed; try != 0; try &= try - 1 {
		rl := &rules[bits.TrailingZeros32(try)]
		if len(rl.narrow) > 0 && !rl.narrowHit(lower()) {
			continue
		}
		if rl.re.MatchString(s) {
			return rl.reason
		}
	}
	return ""
}

// wordRules are the rules a paragraph of some number of words is
// eligible for (bits by index into rules): those with keys, with the
// number of their keys, and those without.
type wordRules struct {
	keyed, unkeyed uint32
	nkeys          int
}

// byWords holds the wordRules of each word count, the last for every
// count above the rules' largest maxWords (no rule).
var byWords = func() []wordRules {
	most := 0
	for _, rl := range rules {
		most = max(most, rl.maxWords)
	}
	t := make([]wordRules, most+2)
	for words := range t {
		for i, rl := range rules {
			switch {
			case words > rl.maxWords:
			case len(rl.keys) > 0:
				t[words].keyed |= 1 << i
				t[words].nkeys += len(rl.keys)
			default:
				t[words].unkeyed |= 1 << i
			}
		}
	}
	return t
}()

// keys holds the rules' keys, each with the rules (bits by index) that
// list it.
var keys = func() *rx.KeyBits {
	if len(rules) > 32 {
		panic("clean: more than 32 boilerplate rules for the key bit set")
	}
	x := &rx.KeyBits{}
	for i, rl := range rules {
		for _, k := range rl.keys {
			x.Add(k, 1<<i)
		}
	}
	return x
}()

// fewKeys holds, by word count, the keys of the rules a paragraph of as
// many words is eligible for when they are few (boilerplate looks for
// them with strings.Contains) and more than one, as one set; nil for
// other counts. The counts with the same rules share a set (each holds a
// 64 KB table).
var fewKeys = func() []*rx.Keys {
	most := 0
	for _, rl := range rules {
		most = max(most, rl.maxWords)
	}
	t := make([]*rx.Keys, most+2) // the last for every count above most: no rule
	sets := map[string]*rx.Keys{}
	for words := range t {
		var ks []string
		for _, rl := range rules {
			if words <= rl.maxWords {
				ks = append(ks, rl.keys...)
			}
		}
		if len(ks) > 1 && len(ks) <= 8 && !slices.ContainsFunc(ks, func(k string) bool { return len(k) < 2 }) {
			id := strings.Join(ks, "\x00")
			if sets[id] == nil {
				sets[id] = rx.NewKeys(ks...)
			}
			t[words] = sets[id]
		}
	}
	return t
}()

// keyHits returns the rules among eligible one of whose keys occurs in
// low, in one pass over it.
func keyHits(low string, eligible uint32) uint32 { return keys.Hits(low, eligible) }

// navWords are the words of site menus and toolbars.
var navWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`menu search newsletter newsletters subscribe subscription home login logout signin
		register account profile donate contact about podcasts podcast video videos live latest news world politics business
		opinion sport sports culture tech technology science health more close share edition e-paper epaper weather markets
		lifestyle entertainment travel asia europe africa americas economy analysis multimedia photos gallery archive rss
		apps app events jobs shop store english help faq sections topics trending popular breaking
		меню поиск новости главная подписка войти пошук новини головна підписка увійти мир світ политика політика
		экономика економіка спорт культура видео відео`) {
		navWords[w] = true
	}
}

// navSep separates the items of a menu line: white space (as a regexp's
// \s and \p{Z} take it), bars, bullets, slashes and arrows.
func navSep(r rune) bool {
	switch r {
	case '\t', '\n', '\f', '\r', ' ', '|', '•', '·', '/', '>', '›', '»', '→':
		return true
	}
	return r >= utf8.RuneSelf && unicode.Is(unicode.Z, r)
}

// navLine reports a menu, toolbar or breadcrumb line: menu words only
// ("Menu Search Newsletter"), a breadcrumb ("Home / Asia / Korea"), or three
// or more short items joined by bars or bullets ("EXAMPLE TIMES | World |
// Asia | Subscribe").
func navLine(s string) bool {
	if endsSentence(s) {
		return false
	}
	if gluedMenu(s) {
		return true
	}
	// Menu words only.
	toks := strings.FieldsFunc(lexicon.LowerString(s), navSep)
	n, all := 0, true
	for _, t := range toks {
		t = strings.Trim(t, ",:;")
		if t == "" || t == "&" || t == "and" || t == "in" || t == "up" || t == "out" || t == "sign" || t == "log" {
			continue
		}
		n++
		if !navWords[t] {
			all = false
			break
		}
	}
	if all && n >= 2 {
		return true
	}
	if crumb := breadcrumb(s); crumb {
		return true
	}
	// Bar or bullet menus.
	if !barSepSet.In(s) {
		return false // one part
	}
	parts := reBarSplit.Split(s, -1)
	if len(parts) < 3 {
		return false
	}
	for _, p := range parts {
		p = strings.TrimSpace(p)
		w := wordCount(p)
		if w == 0 || w > 5 || endsSentence(p) {
			return false
		}
		if strings.HasPrefix(strings.ToLower(p), "by ") || len(meta.FindDates(p)) > 0 {
			return false
		}
	}
	return true
}

// tagLine reports a page's line of topic tags set without a label
// ("Москва Россия КНДР Приморье край Коронавирус Москва Россия КНДР
// Приморье край"): names one after another, no sentence. It is one when
// it does not end like a sentence, holds no headline punctuation (":",
// "?", "!", quotes) and either
//   - reads in Cyrillic and every word is capitalised (Russian and
//     Ukrainian headlines are in sentence case), at least four words; or
//   - has at least six words, three in four capitalised, and repeats its
//     capitalised words (the tags printed twice): at most 70% of them
//     distinct. An English headline in title case repeats none.
func tagLine(s string) bool {
	if endsSentence(s) || strings.ContainsAny(s, ":?!\"“”«»;") {
		return false
	}
	toks := strings.Fields(s)
	caps, lettered, cyr := 0, 0, 0
	seen := map[string]bool{}
	for _, t := range toks {
		t = strings.Trim(t, "(),.-–—")
		r, _ := utf8.DecodeRuneInString(t)
		if !unicode.IsLetter(r) {
			continue
		}
		lettered++
		if unicode.Is(unicode.Cyrillic, r) {
			cyr++
		}
		if unicode.IsUpper(r) {
			caps++
			seen[t] = true
		}
	}
	if lettered < 4 {
		return false
	}
	if cyr*2 > lettered && caps == lettered && !strings.Contains(s, ",") && !titleCased(toks) {
		return true
	}
	return lettered >= 6 && caps*4 >= lettered*3 && len(seen)*10 <= caps*7
}

// gluedMenu reports menu items whose spaces the scrape lost
// ("Investigation topicsFakespertsSubscribe to our Sunday Digest"): a
// word with at least two places where a run of three or more lower-case
// letters runs straight into a capital. A name's one such place
// ("PlayStation", "CentOS", however often the line names it) or shorter
// runs ("McCarthy", "YouTube", "iPhone") are no menu.
func gluedMenu(s string) bool {
	joins, lower := 0, 0
	for _, r := range s {
		switch {
		case unicode.IsLower(r):
			lower++
			continue
		case unicode.IsUpper(r) && lower >= 3:
			if joins++; joins >= 2 {
				return true
			}
		case unicode.IsSpace(r):
			joins = 0 // a new word
		}
		lower = 0
	}
	return false
}

// titleCased reports a Cyrillic headline in title case ("Порт Открылся
// На Две Недели"): it holds a preposition or conjunction, a word of one
// letter or of two whose second is lower case. Tags are names and nouns.
func titleCased(toks []string) bool {
	for _, t := range toks {
		r := []rune(strings.Trim(t, "(),.-–—"))
		if len(r) == 1 && unicode.IsLetter(r[0]) || len(r) == 2 && unicode.IsLower(r[1]) {
			return true
		}
	}
	return false
}

// barSeps are the runes reBarSplit splits at, and crumbSeps the ones a
// reCrumbSplit separator holds: a text without any is one part, answered
// without the pattern.
const (
	barSeps   = "|•·"
	crumbSeps = "/>›»→"
)

// barSepSet and crumbSepSet look for them (strings.ContainsAny).
var barSepSet, crumbSepSet = rx.NewRunes(barSeps), rx.NewRunes(crumbSeps)

var (
	reBarSplit   = rx.MustCompileLazy(`[|•·]`)
	reCrumbSplit = rx.MustCompileLazy(`[\s\p{Z}]+(?:/|>|›|»|→)[\s\p{Z}]+`)
	reCrumbHome  = rx.MustCompileLazy(`^(?i:home|main|news|index|главная|головна|новости|новини)$`)
)

// breadcrumb reports "Home / Eurasia / Korean Peninsula", "News > World":
// short items joined by spaced slashes or arrows, starting at a home item
// or three items at least.
func breadcrumb(s string) bool {
	if !crumbSepSet.In(s) {
		return false // one part
	}
	parts := reCrumbSplit.Split(s, -1)
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		w := wordCount(p)
		if w == 0 || w > 5 || !hasLetter(p) {
			return false
		}
	}
	return len(parts) >= 3 || reCrumbHome.MatchString(strings.TrimSpace(parts[0]))
}

// creditNote says why a paragraph is a credit line, or "".
func creditNote(s string, words int) string {
	switch {
	case words <= 60 && meta.IsStaffLine(s):
		return "staff line"
	case meta.IsWireCode(s):
		return "wire code"
	case words <= 80:
		if _, _, ok := meta.AuthorBio(s); ok {
			return "author bio"
		}
	}
	if words <= 12 {
		if _, _, ok := meta.Byline(s); ok {
			return "byline"
		}
		if _, ok := meta.SourceLine(s); ok {
			return "source line"
		}
		if h, ok := meta.Copyright(s); ok && h != "" {
			return "copyright"
		}
		if _, ok := meta.SectionOutlet(s); ok {
			return "section and outlet"
		}
		if _, ok := meta.EndCredit(s); ok && words <= 4 && !endsSentence(strings.TrimSuffix(s, ")")) {
			return "agency tag"
		}
	}
	if words <= 60 {
		if _, ok := meta.Republished(s); ok {
			return "republication notice"
		}
	}
	if words <= 30 && reFollow.MatchString(s) {
		return "author contact"
	}
	return ""
}

// afterCredits drops what follows the closing staff line or wire code of an
// article (page furniture), when that line comes after most of the text.
func afterCredits(items []*item) {
	total, last := 0, -1
	for i, it := range items {
		if it.kind == "" {
			continue
		}
		total += len(it.text)
		if it.kind == doc.KindCredit && (it.note == "staff line" || it.note == "wire code") {
			last = i
		}
	}
	if last < 0 {
		return
	}
	before := 0
	for _, it := range items[:last] {
		if it.kind != "" {
			before += len(it.text)
		}
	}
	if before*10 < total*6 {
		return
	}
	for _, it := range items[last+1:] {
		if it.kind == "" || it.kind == doc.KindCredit {
			continue
		}
		it.kind, it.reason = "", "boilerplate:after-credits"
	}
}

// digitParts counts the bar- or bullet-separated parts of s holding a digit.
func digitParts(s string) int {
	if !barSepSet.In(s) {
		if hasDigit(s) { // one part
			return 1
		}
		return 0
	}
	n := 0
	for _, part := range reBarSplit.Split(s, -1) {
		if hasDigit(part) {
			n++
		}
	}
	return n
}

func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			return true
		}
	}
	return false
}

// rePostCounter is a post's view count and clock time ("👁 18.4K · 14:32"):
// kept as a header line, for its time.
var rePostCounter = rx.MustCompile(`^[^\p{L}\p{N}]*\d[\d.,]*[\s\p{Z}]*[KkКкMм]?[\s\p{Z}]*[·|•][\s\p{Z}]*\d{1,2}:\d{2}$`)
