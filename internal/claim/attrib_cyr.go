package claim

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-osint/dossier/internal/doc"
	"github.com/dossier-osint/dossier/internal/lexicon"
	"github.com/dossier-osint/dossier/internal/topic"
)

// Attribution in Russian and Ukrainian. The cues are data in
// internal/lexicon: speech.txt (verbs: say, estimate, measure) and
// attribution.txt (according, citing, this). The candidates found here are
// the same kinds as the English ones (cand), so the rest of the stage
// reads them alike.

// cyrPossessives are pronouns standing for an earlier speaker ("по его
// словам", "за її оцінкою").
var cyrPossessives = set(`его её ее их його її їх їхніми їхнім їхньою їхнього їхньої`)

// cyrSoft are words between a clause's start and its speech verb that are
// not the speaker: "Об этом журналистам сообщил ...", "Ранее ведомство
// заявило" keeps "ведомство".
var cyrSoft = set(`об этом это про це том на журналистам журналістам репортерам ранее раніше также також уже вже
еще ещё ще тогда тоді сегодня сьогодні вчера вчора публично публічно официально офіційно
прямо открыто відкрито неоднократно неодноразово впервые вперше затем потім кроме того крім того
косвенно непрямо`)

// cyrPreps open an adverbial phrase before a verb ("в интервью ТАСС
// заявил X"): such a phrase is no speaker.
var cyrPreps = set(`в во у на по с со из от для при после под за к з із зі від після під до`)

// cyrNPStop end a speaker phrase after a speech verb ("сообщил X по итогам
// переговоров", "заявив X під час брифінгу").
var cyrNPStop = set(`по на в во у с со для после в ходе під після за при во время что что, як що чтобы щоб
когда коли если якщо о об про`)

// dataSourceMarks are word parts naming a statistics or records body:
// "по данным X" gives X as the data source (origin) when X holds one,
// and as the speaker otherwise ("по данным МИД" is the ministry speaking).
var dataSourceMarks = []string{"стат", "погранич", "прикордон", "таможн", "митн", "перепис", "реестр", "реєстр", "фсб",
	"миграционн", "міграційн", "фмс", "гувм", "дмс"}

// cyrDataNouns head a phrase naming data, not a speaker.
var cyrDataNouns = set(`данные данных данным дані даних статистика статистики статистику статистикою цифры цифр
сведения сведений відомості відомостей`)

// cyrDataVerbs make their subject data: "данные ФСБ показывают".
var cyrDataVerbs = set(`показывают показали показывает показала свидетельствуют свидетельствует показують показали свідчать свідчить`)

// cyrPersonPronouns are the third person singular pronouns in the
// nominative, which stand for a person named before.
var cyrPersonPronouns = set(`он она він вона`)

// cyrSubjectPronouns are personal pronouns in the nominative.
var cyrSubjectPronouns = set(`я мы он она они ми він вона вони`)

// cyrTopicPreps open a phrase saying what is spoken about ("о решении",
// "про рішення"): no speaker.
var cyrTopicPreps = set(`о об про`)

// cyrThisDet are demonstratives before a data noun that point back to the
// figures before ("Такие данные", "Эти цифры", "Ці дані").
var cyrThisDet = set(`такие эти подобные указанные приведенные такі ці подібні зазначені наведені`)

// thisDataAt reports a clause [cs, v) that is "such / these data" before
// its verb at v: "Такие данные приводит Росстат".
func thisDataAt(toks []token, cs, v int) bool {
	return v == cs+2 && cyrThisDet[toks[cs].lower] && (cyrDataNouns[toks[cs+1].lower] || toks[cs+1].lower == "цифры" || toks[cs+1].lower == "цифри")
}

// topicPrepAt reports "о / об / про" at token k opening what is spoken
// about ("Про нові групи робітників повідомила X"), not "Об этом", "Про
// це", which stand for the sentence before.
func topicPrepAt(toks []token, k int) bool {
	if !cyrTopicPreps[toks[k].lower] {
		return false
	}
	return k+1 >= len(toks) || !cyrThisWords[toks[k+1].lower]
}

// cyrThisWords are the demonstratives after "об / про" that point back.
var cyrThisWords = set(`этом это том це цьому те`)

// holdsAmount reports whether an amount lies in [a, b) of sentence s.
func holdsAmount(s *sent, a, b int) bool {
	for _, q := range s.quants {
		if q.IsAmount() && q.Start >= s.start+a && q.End <= s.start+b {
			return true
		}
	}
	return false
}

// dataCue reports an attribution cue naming data: "по данным", "согласно
// данным", "за даними", "за даних".
func dataCue(cue string) bool {
	for _, w := range strings.Fields(lexicon.Fold(cue)) {
		if strings.HasPrefix(w, "данн") || strings.HasPrefix(w, "дани") || w == "дані" || recordNouns[w] {
			return true
		}
	}
	return false
}

// recordNouns name records a body keeps, in the case a data cue takes
// them ("по учетам", "по данным учета", "за даними обліку").
var recordNouns = set(`учетам учета учету учетом учет реестру реестра обліку облік обліком реєстру реєстром`)

// cyrCueDataNouns are the data nouns in the case "по / за / согласно"
// gives them ("по официальным данным", "за офіційними даними", "по
// информационным учетам").
var cyrCueDataNouns = set(`данным учетам сведениям статистике даними даних відомостями статистикою обліком`)

// cyrDataCueAt reads a data cue the lexicon's fixed phrases miss at token
// i: "по / за / согласно" with up to two adjectives before the data noun
// ("по официальным данным", "по последним данным", "за офіційними
// даними", "згідно з останніми даними"), or before a records noun ("по
// учетам"). It returns how many tokens the cue takes, 0 when none.
func cyrDataCueAt(toks []token, i int) int {
	k := i
	switch toks[i].lower {
	case "по", "за", "согласно":
		k++
	case "згідно":
		if i+1 < len(toks) && (toks[i+1].lower == "з" || toks[i+1].lower == "із" || toks[i+1].lower == "зі") && toks[i].punctAfter == 0 {
			k += 2
		}
	}
	if k == i || toks[k-1].punctAfter != 0 {
		return 0
	}
	adj := 0
	for k < len(toks) && adj < 2 && !cyrCueDataNouns[toks[k].lower] && cyrAdjective(toks[k].lower) && toks[k].punctAfter == 0 {
		k++
		adj++
	}
	if k >= len(toks) || !cyrCueDataNouns[toks[k].lower] || adj == 0 && toks[k].lower != "учетам" {
		return 0
	}
	return k + 1 - i
}

// legalInstrumentStems begin the Russian and Ukrainian nouns of legal
// instruments in any case: treaties, agreements, laws, decrees,
// resolutions, conventions, charters, constitutions, memoranda, codes,
// protocols, contracts. After "согласно", "згідно з", "відповідно до"
// they name what a figure follows, not who states it.
var legalInstrumentStems = []string{"договор", "договір", "догові", "соглашени", "угод", "закон", "указ", "постановлени", "постанов",
	"резолюци", "резолюці", "конвенци", "конвенці", "устав", "статут", "конституци", "конституці", "меморандум", "кодекс",
	"протокол", "контракт", "пакт", "хартия", "хартії", "хартію", "директив", "регламент", "правилам", "правилами", "нормам", "нормами", "решени", "рішенн", "приказ", "наказ"}

// decreeForms are the forms of "указ" (a decree), listed whole: the stem
// begins "указанным" too.
var decreeForms = set(`указ указу указом указа`)

// legalInstrument reports a noun phrase [a, b) that a legal instrument
// heads, over an adjective before it ("межправительственному соглашению",
// "новим законом").
func legalInstrument(toks []token, a, b int) bool {
	instrument := func(w string) bool { return hasAnyPrefix(w, legalInstrumentStems) || decreeForms[w] }
	if a >= b {
		return false
	}
	if instrument(toks[a].lower) {
		return true
	}
	return a+1 < b && toks[a].punctAfter == 0 && (strings.HasSuffix(toks[a].lower, "ому") || strings.HasSuffix(toks[a].lower, "им") ||
		strings.HasSuffix(toks[a].lower, "им") || strings.HasSuffix(toks[a].lower, "ой") || strings.HasSuffix(toks[a].lower, "ою")) && instrument(toks[a+1].lower)
}

// cyrAdjective reports a word with the ending of an adjective in the
// dative or instrumental plural ("официальным", "последним",
// "офіційними", "останніми").
func cyrAdjective(w string) bool {
	if utf8.RuneCountInString(w) < 5 {
		return false
	}
	for _, e := range []string{"ым", "им", "ими", "іми", "ыми"} {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// publishStems begin the verbs and participles by which an outlet made
// data public or got them: "опубликовало", "полученным", "отриманими",
// "оприлюднило", "привело".
var publishStems = []string{"опублик", "опублік", "обнарод", "оприлюдн", "получ", "отрима", "привел", "приведен", "навел",
	"раскры", "раскрыт", "розкри", "изучи", "изучен", "проанализ", "проаналіз", "вивчи"}

// recordedStems begin the passive participles of recording verbs, whose
// instrumental agent recorded the figures: "зарегистрированные
// пограничной службой", "учтенных Росстатом", "зафіксовані прикордонниками".
var recordedStems = []string{"зарегистрированн", "учтенн", "зафиксированн", "подсчитанн", "зареєстрован", "зафіксован", "врахован", "підрахован"}

// cyrPublisherAfter finds, after a data source ending at token b, the
// outlet that published or obtained the data: ", которые в феврале
// опубликовало издание X", ", полученным изданием X", ", які оприлюднило
// видання X". It returns the outlet's token range, a < 0 when none.
func (x *extractor) cyrPublisherAfter(s *sent, b int) (int, int) {
	toks := s.tokens()
	if b <= 0 || b >= len(toks) || toks[b-1].punctAfter != ',' {
		return -1, -1
	}
	j := b
	rel := cyrRelatives[toks[j].lower]
	if rel {
		j++
	}
	for k := 0; k < 4 && j < len(toks) && (inTime(s, toks[j]) || cyrSoft[toks[j].lower]); k++ {
		j++
	}
	if j >= len(toks) || !hasAnyPrefix(toks[j].lower, publishStems) || !rel && j != b {
		return -1, -1
	}
	a, e := x.cyrNPAfter(s, j+1)
	if a < 0 || !x.namesSomeone(s, a, e) || holdsAmount(s, toks[a].start, toks[e-1].end) {
		return -1, -1
	}
	return a, e
}

// releaseVerbRE: a body making its data public, in a finite form
// ("обновила", "опубликовал", "оприлюднило"): "Росстат обновил данные о
// въезде".
var releaseVerbRE = mustFiltered(`^(опубликова|обнови|обнародова|представи|выложи|оприлюдни|опублікува|онови|викла)(л|ла|ло|ли|в|ет|ют|ит|ят)$`)

// cyrReleaseCand reads "X обновила данные ..." at token v: a body that
// makes its data public in a sentence holding no figure. Its data are
// the origin of the figures that follow (sent.release).
func (x *extractor) cyrReleaseCand(s *sent, v int) (cand, bool) {
	toks := s.tokens()
	if v+1 >= len(toks) || !cyrDataNouns[toks[v+1].lower] || !releaseVerbRE.MatchString(toks[v].lower) || holdsAmount(s, 0, len(s.text)) {
		return cand{}, false
	}
	a, b := clauseStartTok(s, v), v
	for a < b && (cyrSoft[toks[a].lower] || inTime(s, toks[a])) {
		a++
	}
	if a >= b || cyrPreps[toks[a].lower] || !x.namesSomeone(s, a, b) {
		return cand{}, false
	}
	return cand{kind: "released", verbAt: s.start + toks[v].start, origin: s.text[toks[a].start:toks[b-1].end],
		orStart: s.start + toks[a].start, orEnd: s.start + toks[b-1].end}, true
}

// dataOwner reports whether the phrase [a, b) after a documentary data
// cue names a body whose records these are, the figure's origin ("за
// офіційними даними російського уряду"). A person or a news outlet
// whose data are cited speaks for them ("по официальным данным
// Би-би-си").
func (x *extractor) dataOwner(s *sent, a, b int) bool {
	toks := s.tokens()
	np := s.text[toks[a].start:toks[b-1].end]
	return len(x.n.in(s.start+toks[a].start, s.start+toks[b-1].end, doc.PER)) == 0 && !x.isOutlet(np, np)
}

// documentaryStems begin the adjectives that make data a body's records
// ("по официальным данным", "по информационным учетам", "за
// статистичними даними"): whose records they are is the origin, where a
// plain "по данным МИД" is the ministry speaking.
var documentaryStems = []string{"официальн", "статистическ", "информационн", "учетн", "регистрационн", "ведомственн",
	"офіційн", "статистичн", "інформаційн", "обліков", "реєстраційн", "відомч"}

// documentaryCue reports a data cue naming records: a documentary
// adjective ("официальным данным") or a records noun ("по учетам").
func documentaryCue(cue string) bool {
	for _, w := range strings.Fields(lexicon.Fold(cue)) {
		if recordNouns[w] || hasAnyPrefix(w, documentaryStems) {
			return true
		}
	}
	return false
}

// cyrBodyNPEnd extends a body's name ending at token b over "по" that
// lies inside a name ("управления по вопросам миграции") or opens the
// region a body serves ("УМВД России по Приморскому краю"): the new
// end, b when the name stops there.
func (x *extractor) cyrBodyNPEnd(s *sent, b int) int {
	toks := s.tokens()
	for k := 0; k < 4 && b+1 < len(toks) && toks[b].lower == "по" && toks[b-1].punctAfter == 0 && toks[b].punctAfter == 0; k++ {
		at := s.start + toks[b].start
		inside := cyrBodyHeads[toks[b-1].lower] // "отдела по вопросам миграции"
		for _, m := range x.n.in(max(0, at-300), min(len(x.a.Text), at+300), doc.ORG) {
			if m.Start < at && at < m.End {
				inside = true
			}
		}
		if !inside && !x.placeAt(s, b+1) {
			break
		}
		_, e := x.cyrNPAfter(s, b+1)
		if e < 0 {
			break
		}
		b = e
	}
	return b
}

// cyrBodyHeads head the name of a body that "по" continues ("управление
// по вопросам миграции", "комитет по труду", "відділ з питань ..." takes
// "з", not "по").
var cyrBodyHeads = set(`управление управления управлению управлением управлении отдел отдела отделу отделом отделе
департамент департамента департаменту департаментом департаменте комитет комитета комитету комитетом комитете
служба службы службе службой агентство агентства агентству агентством агентстве министерство министерства
министерству министерством министерстве главное главного главному инспекция инспекции комиссия комиссии`)

// placeAt reports whether a place name starts at token k of s.
func (x *extractor) placeAt(s *sent, k int) bool {
	at := s.start + s.tokens()[k].start
	for _, m := range x.n.in(at, min(len(x.a.Text), at+200), doc.LOC) {
		if m.Start == at {
			return true
		}
	}
	return false
}

func isDataSource(np string) bool {
	f := lexicon.Fold(np)
	for _, m := range dataSourceMarks {
		if strings.Contains(f, m) {
			return true
		}
	}
	return false
}

// cueAt returns the key and the number of tokens of the longest cue of a
// lexicon list starting at token i.
func cueAt(l *lexicon.List, toks []token, i int) (string, int) {
next:
	for n := min(l.MaxWords(), len(toks)-i); n >= 1; n-- {
		var b strings.Builder
		for k := i; k < i+n; k++ {
			if k > i {
				if toks[k-1].punctAfter != 0 {
					continue next // a cue does not run over punctuation
				}
				b.WriteByte(' ')
			}
			b.WriteString(toks[k].lower)
		}
		if e, ok := l.Lookup(b.String()); ok {
			return e.Key, n
		}
	}
	return "", 0
}

// pastEndings are the endings of the Russian and Ukrainian past tense by
// gender and number: a speech verb listed in one of them is known in the
// others ("напомнил", "напомнила" listed: "напомнили" found).
var pastEndings = map[string][]string{
	"ru": {"л", "ла", "ло", "ли"},
	"uk": {"в", "ла", "ло", "ли"},
}

// speechCueAt is cueAt for the speech verbs, also finding a past tense
// form the list lacks by its other forms.
func speechCueAt(l *lexicon.List, toks []token, i int, lang string) (string, int) {
	if key, n := cueAt(l, toks, i); n > 0 {
		return key, n
	}
	w := toks[i].lower
	ends := pastEndings[lang]
	for _, e := range ends {
		base, ok := strings.CutSuffix(w, e)
		if !ok || utf8.RuneCountInString(base) < 4 {
			continue
		}
		for _, o := range ends {
			if o == e {
				continue
			}
			if en, ok := l.Lookup(base + o); ok {
				return en.Key, 1
			}
		}
	}
	return "", 0
}

// cyrCands finds the attribution candidates of sentence s of language
// lang.
func (x *extractor) cyrCands(s *sent, lang string) []cand {
	speech := lexicon.Get(lang, "speech")
	cues := lexicon.Get(lang, "attribution")
	toks := s.tokens()
	base := s.start
	var out []cand
	for i := 0; i < len(toks); i++ {
		// "по его словам", "за її оцінкою": a pronoun for the last speaker
		// "по нашим подсчетам", "за нашими даними": the outlet itself
		// (outletVoice)
		if (toks[i].lower == "по" || toks[i].lower == "за") && i+2 < len(toks) && (cyrPossessives[toks[i+1].lower] || ourWords[toks[i+1].lower]) && toks[i].punctAfter == 0 {
			if key, n := cueAt(cues, []token{toks[i], toks[i+2]}, 0); key == "according" && n == 2 {
				out = append(out, cand{kind: attrAccording, verbAt: base + toks[i].start, speaker: toks[i+1].text,
					spStart: base + toks[i+1].start, spEnd: base + toks[i+1].end})
				i += 2
				continue
			}
		}
		key, n := cueAt(cues, toks, i)
		if m := cyrDataCueAt(toks, i); m > n {
			// "согласно официальным данным": longer than "согласно"
			key, n = "according", m
		}
		if n > 0 {
			a, b := x.cyrNPAfter(s, i+n)
			switch {
			case key == "this":
				// "Об этом сообщил X": read with the speech verb that follows
				continue
			case a < 0:
			case key == "citing":
				a = skipDataNouns(toks, a, b)
				if a < b {
					out = append(out, cand{kind: "citing", verbAt: base + toks[i].start, origin: s.text[toks[a].start:toks[b-1].end],
						orStart: base + toks[a].start, orEnd: base + toks[b-1].end})
				}
			case key == "according":
				np, sa, sb := s.text[toks[a].start:toks[b-1].end], base+toks[a].start, base+toks[b-1].end
				c := cand{kind: attrAccording, verbAt: base + toks[i].start}
				if dataCue(cueText(toks, i, n)) {
					if pa, pb := x.cyrPublisherAfter(s, b); pa >= 0 {
						// "по данным ФСБ, которые опубликовало издание X",
						// "за даними ГУР, отриманими виданням X": the outlet
						// speaks, the body whose data they are is the origin
						out = append(out, cand{kind: "datafrom", verbAt: c.verbAt, origin: np, orStart: sa, orEnd: sb},
							cand{kind: "obtained", verbAt: base + toks[pa].start, speaker: s.text[toks[pa].start:toks[pb-1].end],
								spStart: base + toks[pa].start, spEnd: base + toks[pb-1].end})
						i = pb - 1
						continue
					}
					if b2 := x.cyrBodyNPEnd(s, b); b2 > b {
						// "по учетам управления по вопросам миграции УМВД
						// по Приморскому краю": the body's name runs on
						b = b2
						np, sb = s.text[toks[a].start:toks[b-1].end], base+toks[b-1].end
					}
					if isDataSource(np) || documentaryCue(cueText(toks, i, n)) && x.dataOwner(s, a, b) {
						c.kind, c.origin, c.orStart, c.orEnd = "datafrom", np, sa, sb
						out = append(out, c)
						i += n - 1
						continue
					}
				}
				if legalInstrument(toks, a, b) {
					// "Згідно з договором про взаємну оборону ...", "согласно
					// закону": an instrument the figure follows, no speaker
					i += n - 1
					continue
				}
				c.speaker, c.spStart, c.spEnd = np, sa, sb
				out = append(out, c)
			}
			i += n - 1
			continue
		}
		// "СМИ, ссылающиеся на разведку", "видання, що посилаються на
		// розвідку": a participle or verb of citing
		if citingVerb(toks, i) {
			if a, b := x.cyrNPAfter(s, i+2); a >= 0 {
				a = skipDataNouns(toks, a, b)
				if a < b {
					out = append(out, cand{kind: "citing", verbAt: base + toks[i].start, origin: s.text[toks[a].start:toks[b-1].end],
						orStart: base + toks[a].start, orEnd: base + toks[b-1].end})
					i = b - 1
					continue
				}
			}
		}
		if key, n := speechCueAt(speech, toks, i, lang); n > 0 {
			if c, ok := x.cyrSpeechCand(s, i, key); ok {
				out = append(out, c)
			}
			i += n - 1
			continue
		}
		// "следует из данных Росстата", "проаналізувало дані ФСБ": the
		// body whose data these are is the origin
		// (not "данные приводит X": a verb after the noun is its own)
		if cyrDataNouns[toks[i].lower] && toks[i].punctAfter == 0 && i+1 < len(toks) && !cyrRelatives[toks[i+1].lower] && !verbAfter(speech, toks, i+1, lang) {
			if a, b := x.cyrNPAfter(s, i+1); a >= 0 {
				np := s.text[toks[a].start:toks[b-1].end]
				if isDataSource(np) || x.namesSomeone(s, a, b) || cyrBodyNouns[toks[a].lower] || cyrBodyGen[toks[a].lower] {
					out = append(out, cand{kind: "datafrom", verbAt: base + toks[i].start, origin: np,
						orStart: base + toks[a].start, orEnd: base + toks[b-1].end})
				}
			}
		}
		if c, ok := x.cyrReleaseCand(s, i); ok {
			out = append(out, c)
		}
		// "въезды, зарегистрированные пограничной службой ФСБ": the body
		// that recorded them is their origin
		if hasAnyPrefix(toks[i].lower, recordedStems) && i+1 < len(toks) && toks[i].punctAfter == 0 {
			if a, b := x.cyrNPAfter(s, i+1); a >= 0 && (isDataSource(s.text[toks[a].start:toks[b-1].end]) || x.namesSomeone(s, a, b)) {
				out = append(out, cand{kind: "measured", verbAt: base + toks[i].start, origin: s.text[toks[a].start:toks[b-1].end],
					orStart: base + toks[a].start, orEnd: base + toks[b-1].end})
			}
		}
		if cyrDataVerbs[toks[i].lower] {
			if c, ok := x.cyrDataVerbCand(s, i); ok {
				out = append(out, c)
			}
		}
	}
	return out
}

// citingStems begin the reflexive verbs of citing, in any form ("ссылаются",
// "ссылающимся", "сославшись", "посилаються", "посилаючись"); the
// reflexive ending tells them from "посилають" (to send).
var citingStems = []string{"ссыла", "сосла", "посила", "пославш"}

// citingVerb reports a reflexive verb or participle of citing at token i
// followed by "на": "ссылающимся на южнокорейскую разведку".
func citingVerb(toks []token, i int) bool {
	w := toks[i].lower
	if i+1 >= len(toks) || toks[i+1].lower != "на" || toks[i].punctAfter != 0 || !hasAnyPrefix(w, citingStems) {
		return false
	}
	return strings.HasSuffix(w, "ся") || strings.HasSuffix(w, "сь")
}

// verbAfter reports a speech verb at token k ("данные приводит").
func verbAfter(speech *lexicon.List, toks []token, k int, lang string) bool {
	_, n := speechCueAt(speech, toks, k, lang)
	return n > 0
}

func cueText(toks []token, i, n int) string {
	var ws []string
	for k := i; k < i+n; k++ {
		ws = append(ws, toks[k].lower)
	}
	return strings.Join(ws, " ")
}

// skipDataNouns skips "данные", "статистику" at the start of [a, b).
func skipDataNouns(toks []token, a, b int) int {
	for a < b && cyrDataNouns[toks[a].lower] {
		a++
	}
	return a
}

// clauseStartTok returns the first token of the clause holding token v:
// after the last punctuation before it (quotes and brackets of a name
// excepted).
func clauseStartTok(s *sent, v int) int {
	toks := s.tokens()
	k := v
	for k > 0 {
		p := toks[k-1].punctAfter
		// a dash sets off an apposition ("разведка — Национальная служба
		// разведки (НИС) — считает"), not a clause
		if p != 0 && p != '"' && p != '(' && p != ')' && !(p == ';' && dashBetween(s.text, toks[k-1].end, toks[k].start)) {
			// "разведка, на данные которой ссылается BBC, считает": a
			// relative clause between commas sits inside the clause
			if p == ',' {
				if j := prevComma(toks, k-1); j > 0 && j < k && relativeClause(toks, j, k) {
					k = j - 1 // over the relative clause and its opening comma
					continue
				}
			}
			break
		}
		k--
	}
	return k
}

var cyrRelatives = set(`который которая которое которые которого которой которых которым котором якого який яка яке які якої яких якому що`)

// relativeClause reports a relative clause among tokens [k, v) ending in a
// comma right before v.
func relativeClause(toks []token, k, v int) bool {
	if v-1 < k || toks[v-1].punctAfter != ',' {
		return false
	}
	for j := k; j < v && j < k+4; j++ {
		if cyrRelatives[toks[j].lower] {
			return true
		}
	}
	return false
}

// prevComma returns the index of the first token after the comma before
// token k (0 when there is none).
func prevComma(toks []token, k int) int {
	for j := k - 1; j >= 0; j-- {
		if toks[j].punctAfter != 0 && toks[j].punctAfter != '"' {
			return j + 1
		}
	}
	return 0
}

// dashBetween reports whether text[a:b] holds a dash and no semicolon.
func dashBetween(text string, a, b int) bool {
	g := text[a:b]
	return strings.ContainsAny(g, "—–") && !strings.Contains(g, ";")
}

// cyrNPAfter returns the token range [a, b) of the noun phrase starting at
// token k: up to punctuation, a preposition or conjunction, or eight
// words; a < 0 when there is none.
func (x *extractor) cyrNPAfter(s *sent, k int) (int, int) {
	toks := s.tokens()
	b := k
	for b < len(toks) && b < k+8 {
		if cyrNPStop[toks[b].lower] {
			break
		}
		b++
		if toks[b-1].punctAfter != 0 && toks[b-1].punctAfter != '"' && toks[b-1].punctAfter != '(' && toks[b-1].punctAfter != ')' {
			break
		}
	}
	if b <= k {
		return -1, -1
	}
	return k, b
}

// maxTitleWords is how long a speaker's title with the name after it may
// run ("заступник начальника Головного управління розвідки Міністерства
// оборони України Вадим Скібіцький").
const maxTitleWords = 16

// nameAfterTitle extends a speaker phrase [a, b) that cyrNPAfter cut at
// its word limit over the words up to the end of a person's name that
// follows with no punctuation or stop word between: a long title before
// a name ("заместитель председателя правления банка Иван Петров"). It
// returns the phrase's new end, b when no name follows.
func (x *extractor) nameAfterTitle(s *sent, a, b int) int {
	toks := s.tokens()
	if b-a < 8 || b >= len(toks) {
		return b
	}
	for e := b; e < len(toks) && e < a+maxTitleWords; e++ {
		if toks[e-1].punctAfter != 0 || cyrNPStop[toks[e].lower] {
			return b
		}
		for _, m := range x.n.in(s.start+toks[b].start, s.start+toks[e].end, doc.PER) {
			if m.End == s.start+toks[e].end {
				return e + 1
			}
		}
	}
	return b
}

// inTime reports whether token t of s lies inside a time expression.
func inTime(s *sent, t token) bool {
	for _, tm := range s.times {
		if tm.Start <= s.start+t.start && s.start+t.end <= tm.End {
			return true
		}
	}
	return false
}

// cyrSpeechCand reads the speaker of the speech verb at token v: the
// phrase before it in its clause (less adverbs and times) or, when none is
// there, the phrase after it ("..., сообщает агентство Ёнхап").
func (x *extractor) cyrSpeechCand(s *sent, v int, key string) (cand, bool) {
	toks := s.tokens()
	base := s.start
	c := cand{verbAt: base + toks[v].start, speechSpan: [2]int{base + toks[v].start, base + toks[v].end}}
	cs := clauseStartTok(s, v)
	// "Об этом сообщил X": an attribution of the sentence before
	if key, _ := cueAt(lexicon.Get(x.langOf(s), "attribution"), toks, cs); key == "this" {
		c.back = true
	}
	// "Такие данные приводит Росстат", "Ці цифри навело видання": data of
	// the sentence before
	if thisDataAt(toks, cs, v) {
		c.back = true
	}
	// "Как сообщает ТАСС, ...", "Як повідомили в ГУР, ...": the clause
	// names the source of the sentence it opens, its speaker after the verb
	as := v == cs+1 && (toks[cs].lower == "как" || toks[cs].lower == "як")
	a, b := -1, -1
	for k := cs; k < v && !as; k++ {
		if cyrSoft[toks[k].lower] && !topicPrepAt(toks, k) || inTime(s, toks[k]) {
			if a >= 0 {
				b = k
			}
			continue
		}
		if a < 0 {
			a = k
		}
		b = k + 1
	}
	// "На стройках Хабаровска мы насчитали": a subject pronoun right
	// before the verb is the speaker, the words before it adverbials
	if a >= 0 && b-1 > a && cyrSubjectPronouns[toks[b-1].lower] {
		a = b - 1
	}
	// the speaker ends where a relative clause on it starts ("разведка, на
	// данные которой ...,")
	for k := a; a >= 0 && k < b-1; k++ {
		if toks[k].punctAfter == ',' && relativeClause(toks, k+1, v) {
			b = k + 1
			break
		}
	}
	// "«Интерфаксу» в пресс-службе сообщили", "ТАСС сообщили в МВД": the
	// outlet told is no speaker; the body after it, or after the verb, is
	if a >= 0 {
		if e := x.addresseeEnd(s, a, b); e >= 0 && e < b {
			a = e
		} else if e == b && v+1 < len(toks) {
			if _, _, ok := x.bodyAt(s, v+1); ok {
				a, b = -1, -1
			} else if na, nb := x.cyrNPAfter(s, v+1); na >= 0 && x.personAt(s, na, nb) {
				a, b = -1, -1 // "Об этом ТАСС рассказал источник в ..."
			}
		}
	}
	// "у ГУР очікують", "в МИД заявили": the body the phrase names
	if a >= 0 && b == a+2 && (toks[a].lower == "у" || toks[a].lower == "в") && upperWord(toks[a+1].text) {
		c.speaker, c.spStart, c.spEnd = toks[a+1].text, base+toks[a+1].start, base+toks[a+1].end
		c.clauseStart = base + toks[cs].start
		c.kind = attrTrailing
		if cs == 0 {
			c.kind = attrLeading
		}
		return c, true
	}
	// "В центре «Тайга» напомнили", "в компании ожидают", "в южнокорейской
	// разведке считают": the body
	if j := bodyNounAt(toks, a+1); a >= 0 && b-a >= 2 && (toks[a].lower == "в" || toks[a].lower == "у" || toks[a].lower == "во") && j >= 0 && j < b {
		c.speaker, c.spStart, c.spEnd = s.text[toks[a+1].start:toks[b-1].end], base+toks[a+1].start, base+toks[b-1].end
		c.clauseStart = base + toks[cs].start
		c.kind = attrTrailing
		if cs == 0 {
			c.kind = attrLeading
		}
		return c, true
	}
	// "Он заявил, что ...", "Вона повідомила ...": a person pronoun as the
	// whole subject speaks for the person named before (resolveSpeaker)
	personPronoun := a >= 0 && b == a+1 && cyrPersonPronouns[toks[a].lower]
	if a >= 0 && b > a && !personPronoun && (cyrTopicPreps[toks[a].lower] || cyrPreps[toks[a].lower] || holdsAmount(s, toks[a].start, toks[b-1].end) ||
		key != "measure" && !cyrDataNouns[toks[a].lower] && !x.namesSomeone(s, a, b)) {
		// "Про рішення ... направити тисячу саперів оголосив X": what is
		// said stands before the verb, the speaker after it
		a, b = -1, -1
	}
	if a >= 0 && b > a {
		// a leading speaker: "НИС считает, что ...", "ведомство насчитало"
		c.speaker, c.spStart, c.spEnd = s.text[toks[a].start:toks[b-1].end], base+toks[a].start, base+toks[b-1].end
		c.clauseStart = base + toks[cs].start
		if cs == 0 {
			c.kind = attrLeading
		} else {
			c.kind = attrTrailing
		}
		if cyrDataNouns[toks[a].lower] {
			// "Статистика Росстата это подтверждает": data, whose source is
			// the origin
			c.dataSubjects = true
			if o := skipDataNouns(toks, a, b); o < b {
				c.origin, c.orStart, c.orEnd = s.text[toks[o].start:toks[b-1].end], base+toks[o].start, base+toks[b-1].end
			}
		}
		if key == "measure" && x.recordsData(s, a, b) {
			c.kind, c.origin, c.orStart, c.orEnd, c.speaker = "measured", c.speaker, c.spStart, c.spEnd, ""
		}
		return c, true
	}
	na, nb := x.cyrNPAfter(s, v+1)
	office := false // the speaker is an office after "в/у" ("в пресс-службе управления"), or whose words are quoted
	if na >= 0 && nb-na >= 2 && cyrWordsNouns[toks[na].lower] {
		office = true
		// "приводит слова министра ТАСС", "наводить слова посла": whose
		// words, less the outlet that carries them
		na++
		for e := nb - 1; e > na && isCapitalized(toks[e].text) && x.isOutlet(toks[e].text, toks[e].text); e-- {
			nb = e
		}
	}
	if na >= 0 {
		// "сообщили «Интерфаксу» в пресс-службе МВД", "рассказал ТАСС
		// источник в ведомстве": the outlet told (in the dative) is no
		// speaker; the body after it, or the subject after it, is
		if e := x.addresseeEnd(s, na, nb); e >= 0 && e < nb {
			if rest := s.text[toks[e].start:toks[nb-1].end]; x.namesSomeone(s, e, nb) && !x.isOutlet(rest, rest) {
				na = e
			}
		} else if e == nb {
			if ba, bb, ok := x.bodyAt(s, nb); ok {
				na, nb, office = ba, bb, true
			}
		}
	}
	if na < 0 && v+2 < len(toks) && (toks[v+1].lower == "в" || toks[v+1].lower == "у") && toks[v+1].punctAfter == 0 {
		// "зазначили в ГУР": the body itself; "сообщили в пресс-службе
		// управления": the office and whose it is
		na, nb = v+2, v+3
		if ba, bb, ok := x.bodyAt(s, v+1); ok {
			na, nb, office = ba, bb, true
		} else if da, db, ok := x.documentAt(s, v+1); ok {
			// "говорится в сообщении пресс-службы МВД", "вказується в
			// повідомленні": whose statement it is
			na, nb, office = da, db, true
		}
	}
	if na < 0 && v+2 < len(toks) && toks[v+1].lower == "на" {
		if da, db, ok := x.documentAt(s, v+1); ok {
			na, nb, office = da, db, true // "сообщается на сайте Минтруда"
		}
	}
	if j := x.circumstanceEnd(s, v+1); (na < 0 || !office && !x.namesSomeone(s, na, nb)) && j > v+1 && j < len(toks) {
		// "заявил в интервью ТАСС глава МИД ...", "сообщил в беседе с
		// журналистами губернатор ...": the speaker after the occasion
		if a, b := x.cyrNPAfter(s, j); a >= 0 {
			na, nb, office = a, b, false
		}
	}
	if na < 0 || !office && !x.namesSomeone(s, na, nb) || holdsAmount(s, toks[na].start, toks[nb-1].end) {
		return c, false // "указали целью поездки учебу": no speaker after the verb
	}
	nb = x.nameAfterTitle(s, na, nb)
	if key == "measure" && (x.recordsData(s, na, nb) || !x.figureBefore(s, c.verbAt)) {
		// "Росстат насчитал ...", "учло ведомство": a recording body
		// stands before its verb; "..., подсчитал центр X": a counter
		// after the figure speaks
		return c, false
	}
	c.kind = attrInverted
	if as {
		c.kind = attrAccording
	}
	if c.back && thisDataAt(toks, cs, v) && x.recordsData(s, na, nb) {
		// "Такие данные приводит Росстат": a records body's data, the origin
		c.kind, c.origin, c.orStart, c.orEnd = "datafrom", s.text[toks[na].start:toks[nb-1].end], base+toks[na].start, base+toks[nb-1].end
		return c, true
	}
	c.speaker, c.spStart, c.spEnd = s.text[toks[na].start:toks[nb-1].end], base+toks[na].start, base+toks[nb-1].end
	// what is said stands before the verb: the attribution clause starts
	// at the verb
	c.clauseStart = base + toks[v].start
	return c, true
}

// personAt reports a phrase [a, b) of s that names a person who speaks:
// a person's name, or a role or speaker noun first ("источник в
// ведомстве", "представитель министерства").
func (x *extractor) personAt(s *sent, a, b int) bool {
	toks := s.tokens()
	if w := lexicon.Fold(toks[a].lower); cyrRoleNouns[w] || cyrSpeakerNouns[w] && !x.isOutlet(w, "") {
		return true
	}
	return len(x.n.in(s.start+toks[a].start, s.start+toks[b-1].end, doc.PER)) > 0
}

// cyrWordsNouns are "the words" of a speaker quoted by an outlet
// ("приводит слова министра", "наводить слова посла").
var cyrWordsNouns = set(`слова слов цитату цитаты слів цитату`)

// cyrOccasionNouns name where or how a statement was made, after "в / у /
// на" between a speech verb and its speaker ("заявил в интервью ТАСС
// глава МИД", "повідомив в ефірі телемарафону речник").
var cyrOccasionNouns = set(`интервью беседе эфире комментарии разговоре брифинге пресс-конференции совещании заседании
выступлении обращении телеграм-канале соцсетях блоге ходе
інтерв'ю бесіді ефірі коментарі розмові брифінгу брифінгі пресконференції прес-конференції нараді засіданні
виступі зверненні телеграм-каналі соцмережах блозі ході`)

// circumstanceEnd reads the occasion of a statement at token k of s, "в /
// у / на" with an occasion noun and what it takes: "с журналистами", an
// outlet told ("ТАСС", "газете «Известия»"), a programme or outlet in the
// genitive ("телемарафону", "телеканала «Россия 24»"). It returns the
// token after it, k when there is none.
func (x *extractor) circumstanceEnd(s *sent, k int) int {
	toks := s.tokens()
	if k+2 >= len(toks) || toks[k].punctAfter != 0 || !cyrOccasionNouns[lexicon.Fold(toks[k+1].lower)] {
		return k
	}
	switch toks[k].lower {
	case "в", "во", "у", "на":
	default:
		return k
	}
	j := k + 2
	if toks[k+1].punctAfter != 0 {
		return j
	}
	start := j
	switch w := toks[j].lower; {
	case w == "с" || w == "со" || w == "з" || w == "із" || w == "зі":
		j += 2 // "в беседе с журналистами"
	case x.addresseeEnd(s, j, min(len(toks), j+4)) > j:
		j = x.addresseeEnd(s, j, min(len(toks), j+4)) // "в интервью ТАСС"
	case x.isOutlet(toks[j].text, toks[j].text) || !isCapitalized(toks[j].text) && !cyrSpeakerNouns[w] && !cyrRoleNouns[w]:
		j++ // "в эфире телемарафона", "в эфире телеканала"
	}
	// the outlet's name after its generic noun ("газете «Известия»",
	// "телеканала «Россия 24»"), up to a person's name
	if j == start+1 && !isCapitalized(toks[start].text) && x.isOutlet(toks[start].text, toks[start].text) {
		for j < len(toks) && (toks[j-1].punctAfter == 0 || toks[j-1].punctAfter == '"') && (isCapitalized(toks[j].text) || hasDigitRune(toks[j].text)) &&
			len(x.n.in(s.start+toks[j].start, min(len(x.a.Text), s.start+toks[j].start+200), doc.PER)) == 0 {
			j++
		}
	}
	return j
}

// cyrRoleNouns are offices and roles that head a speaker phrase.
var cyrRoleNouns = set(`глава руководитель директор министр замминистра заместитель председатель губернатор мэр посол
представитель спикер пресс-секретарь советник начальник командующий депутат сенатор президент премьер
голова керівник директор міністр заступник губернатор мер посол представник речник прессекретар прес-секретар
радник начальник командувач депутат президент прем'єр очільник`)

func hasDigitRune(w string) bool {
	for _, r := range w {
		if unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// bodyNounAt returns the index of a body noun (cyrBodyNouns) at token k
// of toks or after up to two adjectives in the locative ("южнокорейской
// разведке", "обласній адміністрації"), -1 when there is none.
func bodyNounAt(toks []token, k int) int {
	for j := k; j < len(toks) && j < k+3; j++ {
		if cyrBodyNouns[toks[j].lower] {
			return j
		}
		if toks[j].punctAfter != 0 || !locativeAdjective(toks[j].lower) {
			return -1
		}
	}
	return -1
}

// locativeAdjective reports a word with the ending of an adjective in the
// locative singular ("краевом", "южнокорейской", "обласній",
// "прикордонному").
func locativeAdjective(w string) bool {
	if utf8.RuneCountInString(w) < 5 {
		return false
	}
	for _, e := range []string{"ом", "ем", "ой", "ей", "ій", "ому", "ьому", "ому"} {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// cyrOutletDatives are generic nouns for an outlet in the dative, the
// outlet a statement was made to ("рассказал изданию", "повідомив
// агентству").
var cyrOutletDatives = set(`агентству изданию газете телеканалу радиостанции журналу порталу сайту редакции каналу телеграм-каналу
виданню газеті радіостанції редакції телеграм-каналу інформагентству информагентству`)

// addresseeEnd reads an outlet a statement was made to at the start of
// tokens [a, b) of s, right after or before a speech verb: an outlet's
// name ("«Интерфаксу»", "ТАСС", "РИА Новости", "Укрінформу") or a generic
// outlet noun in the dative ("изданию"). It returns the token after it,
// -1 when the phrase opens with none. The outlet named so is the one
// told, not the speaker ("сообщили ТАСС в пресс-службе МВД").
func (x *extractor) addresseeEnd(s *sent, a, b int) int {
	toks := s.tokens()
	if cyrOutletDatives[toks[a].lower] {
		// and the outlet's name after it ("агентству Reuters", "виданню
		// «Хвиля»"), up to a lower-case word
		e := a + 1
		for e < b && isCapitalized(toks[e].text) && (toks[e-1].punctAfter == 0 || toks[e-1].punctAfter == '"') && len(x.n.in(s.start+toks[e].start, s.start+toks[b-1].end, doc.PER)) == 0 {
			e++
		}
		return e
	}
	for _, m := range x.n.in(s.start+toks[a].start, s.start+toks[b-1].end, doc.ORG) {
		if m.Start != s.start+toks[a].start || !x.isOutlet(x.a.Text[m.Start:m.End], x.n.canonical(m)) {
			continue
		}
		e := a
		for e < b && s.start+toks[e].start < m.End {
			e++
		}
		return e
	}
	if isCapitalized(toks[a].text) && x.isOutlet(toks[a].text, toks[a].text) {
		e := a + 1
		for e < b && isCapitalized(toks[e].text) && toks[e-1].punctAfter == 0 && x.isOutlet(toks[e].text, toks[e].text) {
			e++ // "РИА Новости"
		}
		return e
	}
	return -1
}

// bodyAt reads "в/у + a body" at token k of s ("в пресс-службе
// управления МВД", "у відомстві", "в МИД"): the body's token range.
func (x *extractor) bodyAt(s *sent, k int) (int, int, bool) {
	toks := s.tokens()
	if k+1 >= len(toks) || toks[k].punctAfter != 0 && toks[k].punctAfter != '"' {
		return -1, -1, false
	}
	if w := toks[k].lower; w != "в" && w != "у" && w != "во" {
		return -1, -1, false
	}
	if j := bodyNounAt(toks, k+1); j >= 0 {
		a, b := x.cyrNPAfter(s, k+1)
		return a, b, a >= 0 && b > j
	}
	if upperWord(toks[k+1].text) && !x.isPlace(s.start+toks[k+1].start, s.start+toks[k+1].end) {
		return k + 1, k + 2, true
	}
	// "в Минтруде", "у Міністерстві оборони": a body's name, no place
	if isCapitalized(toks[k+1].text) {
		at := s.start + toks[k+1].start
		for _, m := range x.n.in(at, min(len(x.a.Text), at+200), doc.ORG) {
			if m.Start != at || x.isOutlet(x.a.Text[m.Start:m.End], x.n.canonical(m)) {
				continue
			}
			e := k + 1
			for e < len(toks) && s.start+toks[e].start < m.End {
				e++
			}
			return k + 1, e, true
		}
	}
	return -1, -1, false
}

// cyrDocNouns are statements and reports in the locative, where an
// impersonal verb puts what is said ("говорится в сообщении", "йдеться
// у заяві").
var cyrDocNouns = set(`сообщении заявлении докладе отчете отчёте релизе пресс-релизе публикации материале письме документе
обращении статье исследовании посте справке
повідомленні заяві доповіді звіті релізі прес-релізі публікації матеріалі листі документі зверненні статті
дослідженні дописі довідці`)

// documentAt reads "в/у + a statement" at token k of s after an
// impersonal speech verb ("говорится в сообщении пресс-службы МВД",
// "зазначається у звіті ООН"): the statement's owner in the genitive is
// the speaker; with none named, the statement itself, which stands for
// the last speaker (resolveSpeaker).
func (x *extractor) documentAt(s *sent, k int) (int, int, bool) {
	toks := s.tokens()
	if k+1 >= len(toks) || toks[k].punctAfter != 0 {
		return -1, -1, false
	}
	switch w, n := toks[k].lower, toks[k+1].lower; {
	case (w == "в" || w == "у" || w == "во") && cyrDocNouns[n]:
	case w == "на" && cyrSiteNouns[n]: // "сообщается на сайте ведомства"
	default:
		return -1, -1, false
	}
	if toks[k+1].punctAfter == 0 && k+2 < len(toks) {
		if a, b := x.cyrNPAfter(s, k+2); a >= 0 && (x.namesSomeone(s, a, b) || ownerNoun(toks, a, b)) {
			return a, b, true
		}
	}
	return k + 1, k + 2, true
}

// cyrOwnerGen are bodies in the genitive that own a statement or a page
// ("сообщении правительства", "сайті міністерства").
var cyrOwnerGen = set(`правительства администрации мэрии департамента управления комитета посольства консульства
прокуратуры полиции губернатора уряду адміністрації мерії департаменту управління комітету посольства
консульства прокуратури поліції губернатора`)

// ownerNoun reports a body noun in the genitive among tokens [a, b) of an
// owner phrase ("краевого правительства", "пресс-службы МВД").
func ownerNoun(toks []token, a, b int) bool {
	for k := a; k < b && k < a+3; k++ {
		if w := toks[k].lower; cyrBodyGen[w] || cyrOwnerGen[w] || hasAnyPrefix(w, pressOfficeStems) {
			return true
		}
	}
	return false
}

// cyrSiteNouns are the pages a body publishes on, after "на" ("на сайте
// ведомства", "на сторінці міністерства").
var cyrSiteNouns = set(`сайте странице портале сайті сторінці порталі`)

// pressOfficeStems begin a press office's name in any case ("пресс-службы",
// "пресслужби").
var pressOfficeStems = []string{"пресс-служб", "прес-служб", "пресслужб", "пресс-центр", "прес-центр"}

// recordsData reports whether tokens [a, b) of s name a body that keeps
// records (a statistics office, a border or migration service, "the
// agency" standing for one): the figures it counts are data, their
// origin. Anyone else who counted a figure (a research group, analysts)
// speaks for it, with no separate origin.
func (x *extractor) recordsData(s *sent, a, b int) bool {
	toks := s.tokens()
	if a < 0 || b <= a {
		return false
	}
	if isDataSource(s.text[toks[a].start:toks[b-1].end]) || cyrBodyNouns[toks[a].lower] || cyrBodyGen[toks[a].lower] {
		return true
	}
	// a body named by the whole phrase whose name keeps records ("МВД")
	for _, m := range x.n.in(s.start+toks[a].start, s.start+toks[b-1].end, doc.ORG) {
		if isDataSource(x.n.canonical(m)) {
			return true
		}
	}
	return false
}

// cyrDataVerbCand makes the subject of "показывают" a data source: "данные
// пограничной службы показывают" gives the border service.
func (x *extractor) cyrDataVerbCand(s *sent, v int) (cand, bool) {
	toks := s.tokens()
	cs := clauseStartTok(s, v)
	a := cs
	for a < v && (cyrSoft[toks[a].lower] || inTime(s, toks[a])) {
		a++
	}
	a = skipDataNouns(toks, a, v)
	if a >= v {
		// "Об этом свидетельствуют данные Росстата", "Про це свідчать дані
		// ФСБ": the data after the verb are the origin of the sentence before
		if key, _ := cueAt(lexicon.Get(x.langOf(s), "attribution"), toks, cs); key == "this" {
			if na, nb := x.cyrNPAfter(s, v+1); na >= 0 && cyrDataNouns[toks[na].lower] {
				if o := skipDataNouns(toks, na, nb); o < nb {
					return cand{kind: "datafrom", back: true, verbAt: s.start + toks[v].start, origin: s.text[toks[o].start:toks[nb-1].end],
						orStart: s.start + toks[o].start, orEnd: s.start + toks[nb-1].end}, true
				}
			}
		}
		return cand{kind: "dataverb", verbAt: s.start + toks[v].start, anaphoricOrigin: true}, true
	}
	return cand{kind: "dataverb", verbAt: s.start + toks[v].start, origin: s.text[toks[a].start:toks[v-1].end],
		orStart: s.start + toks[a].start, orEnd: s.start + toks[v-1].end}, true
}

// langOf is the language of a sentence read by stem ("" for English).
func (x *extractor) langOf(s *sent) string { return x.stemLang(s) }

var (
	mediaOnce   sync.Once
	outletWords map[string]map[string]bool // lang -> folded word
)

// isOutlet reports whether a source is a news outlet, from the words of
// its phrase as written (raw: "издание «Важные истории»") or of its
// resolved name (data/media/<lang>.txt).
func (x *extractor) isOutlet(raw, name string) bool {
	mediaOnce.Do(func() {
		outletWords = map[string]map[string]bool{}
		for _, lang := range []string{"en", "ru", "uk"} {
			m := map[string]bool{}
			for _, f := range dataForms("media", lang, "outlet") {
				m[f] = true
				// Russian and Ukrainian words also by stem: "газеты",
				// "виданням"
				if st := topic.Stem(lang, f); utf8.RuneCountInString(st) >= minOutletStem {
					m[stemMark+st] = true
				}
			}
			outletWords[lang] = m
		}
	})
	for _, txt := range []string{raw, name} {
		for _, w := range strings.FieldsFunc(lexicon.Fold(txt), func(r rune) bool {
			return !unicode.IsLetter(r) && r != '-'
		}) {
			for lang, m := range outletWords {
				if m[w] {
					return true
				}
				if st := topic.Stem(lang, w); st != "" && m[stemMark+st] {
					return true
				}
			}
		}
	}
	return false
}

// stemMark marks a stem in outletWords.
const stemMark = "\x00"

// minOutletStem is the shortest stem an outlet word is matched by ("газет",
// "видан"): a shorter one ("рад" of "радио") meets other words ("Рада").
const minOutletStem = 5

// namesSomeone reports whether tokens [a, b) of s name a speaker: a name
// mention, a capitalized word, or a noun for a speaker ("эксперт").
func (x *extractor) namesSomeone(s *sent, a, b int) bool {
	if len(x.n.in(s.start+s.tokens()[a].start, s.start+s.tokens()[b-1].end, doc.PER, doc.ORG)) > 0 {
		return true
	}
	for k := a; k < b; k++ {
		w := s.tokens()[k]
		// a capital at the sentence's start marks nothing, but for a
		// ministry's short name ("Минобороны", "Мінекономіки")
		if isCapitalized(w.text) && (k > 0 || ministryShortName(w.text)) || cyrSpeakerNouns[lexicon.Fold(w.text)] {
			return true
		}
	}
	return false
}

// ministryShortName reports a Russian or Ukrainian short name of a
// ministry: "Мин" / "Мін" run together with the word for its field
// ("Минтруд", "Минобороны", "Мінекономіки", "Міноборони").
func ministryShortName(w string) bool {
	rest, ok := strings.CutPrefix(w, "Мин")
	if !ok {
		rest, ok = strings.CutPrefix(w, "Мін")
	}
	if !ok || utf8.RuneCountInString(rest) < 3 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	if !unicode.IsLower(r) {
		return false
	}
	// not "Минута", "Минимум", "Минус", "Минерал", "Мінімум", "Мінливий"
	for _, p := range []string{"и", "ут", "ус", "ер", "імум", "іатюр", "лив"} {
		if strings.HasPrefix(rest, p) {
			return false
		}
	}
	return true
}

// cyrSpeakerNouns are nouns for people and bodies that speak.
var cyrSpeakerNouns = set(`эксперт эксперты экономист аналитик источник источники чиновник министр губернатор посол
служба служби пограничники прикордонники девелоперы застройщики власти влада чиновники посадовці аналитики аналітики
представитель спикер ведомство министерство разведка компания агентство издание газета журналист
експерт експерти економіст аналітик джерело джерела посадовець міністр губернатор посол представник
відомство міністерство розвідка компанія агентство видання газета журналіст
информагентство інформагентство телеканал портал журнал телеграм-канал радиостанция радіостанція`)

// cyrBodyGen are genitive nouns for a body ("данные ведомства").
var cyrBodyGen = set(`ведомства министерства службы агентства відомства міністерства служби агентства`)

// cyrBodyNouns stand for the body named before them ("в компании
// ожидают", "у відомстві вважають"); after "в/у" the office of a body
// speaks for it ("в пресс-службе управления сообщили", "у департаменті
// повідомили").
var cyrBodyNouns = set(`компании компания ведомстве ведомство министерстве министерство агентстве агентство службе служба
разведке разведка компанії компанія відомстві відомство міністерстві міністерство агентстві службі розвідці розвідка
центре институте группе организации ассоциации центрі інституті групі організації асоціації
департаменте управлении пресс-службе пресс-центре отделе комитете администрации правительстве мэрии посольстве
консульстве штабе прокуратуре полиции аппарате главке
департаменті управлінні пресслужбі прес-службі прес-центрі відділі комітеті адміністрації уряді мерії посольстві
консульстві штабі прокуратурі поліції апараті`)
