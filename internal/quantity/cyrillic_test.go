package quantity

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/dossier-osint/dossier/internal/doc"
)

// TestCyrillic covers Russian and Ukrainian numbers: digit groups, decimal
// commas, abbreviations, number words in their cases, hedges, vague
// amounts, ranges, changes, ratios, rates and the numbers that are not
// amounts. The sentences are written for this test.
func TestCyrillic(t *testing.T) {
	cases := []findCase{
		// digit groups and decimals
		{"ru", "на складе 14 350 мешков", []want{{"14 350", doc.QCount, `{"exact":14350}`, "", ""}}},
		{"ru", "в порт пришли 3\u00a0412 контейнеров", []want{{"3\u00a0412", doc.QCount, `{"exact":3412}`, "", ""}}},
		{"ru", "собрали 7\u202f005 подписей", []want{{"7\u202f005", doc.QCount, `{"exact":7005}`, "", ""}}},
		{"uk", "нарахували 2\u2009640 заявок", []want{{"2\u2009640", doc.QCount, `{"exact":2640}`, "", ""}}},
		{"ru", "бюджет 3,7 млн рублей", []want{{"3,7 млн рублей", doc.QMoney, `{"exact":3700000}`, "RUB", ""}}},
		{"ru", "приехали 4,5 тыс. студентов", []want{{"4,5 тыс.", doc.QCount, `{"exact":4500}`, "", ""}}},
		{"ru", "В итоге их стало 12 тыс.\nДалее", []want{{"12 тыс", doc.QCount, `{"exact":12000}`, "", ""}}},
		{"uk", "прибуло 8,2 тис. осіб", []want{{"8,2 тис.", doc.QCount, `{"exact":8200}`, "", ""}}},
		{"ru", "потрачено 1,2 млрд", []want{{"1,2 млрд", doc.QCount, `{"exact":1200000000}`, "", ""}}},
		{"ru", "счетчик показал 12.5K", []want{{"12.5K", doc.QCount, `{"exact":12500}`, "", ""}}},
		// number words
		{"ru", "на борту было шесть моряков", []want{{"шесть", doc.QCount, `{"exact":6}`, "", ""}}},
		{"ru", "рядом с шестью рыбаками", []want{{"шестью", doc.QCount, `{"exact":6}`, "", ""}}},
		{"ru", "из девяти шахтеров", []want{{"девяти", doc.QCount, `{"exact":9}`, "", ""}}},
		{"ru", "отправят двести сорок пять врачей", []want{{"двести сорок пять", doc.QCount, `{"exact":245}`, "", ""}}},
		{"ru", "наняли одну тысячу охранников", []want{{"одну тысячу", doc.QCount, `{"exact":1000}`, "", ""}}},
		{"ru", "пришла тысяча добровольцев", []want{{"тысяча", doc.QCount, `{"exact":1000}`, "", ""}}},
		{"ru", "выделят три тысячи мест", []want{{"три тысячи", doc.QCount, `{"exact":3000}`, "", ""}}},
		{"ru", "набрали пять тысяч триста волонтеров", []want{{"пять тысяч триста", doc.QCount, `{"exact":5300}`, "", ""}}},
		{"ru", "стоимость полтора миллиона", []want{{"полтора миллиона", doc.QCount, `{"exact":1500000}`, "", ""}}},
		{"ru", "меньше двадцати тысяч", []want{{"меньше двадцати тысяч", doc.QCount, `{"max":20000}`, "", ""}}},
		{"uk", "прибули п’ять тисяч інженерів", []want{{"п’ять тисяч", doc.QCount, `{"exact":5000}`, "", ""}}},
		{"uk", "прибули пʼять тисяч інженерів", []want{{"пʼять тисяч", doc.QCount, `{"exact":5000}`, "", ""}}},
		{"uk", "відправили тисячу медиків", []want{{"тисячу", doc.QCount, `{"exact":1000}`, "", ""}}},
		{"uk", "залишилося дві тисячі сімсот", []want{{"дві тисячі сімсот", doc.QCount, `{"exact":2700}`, "", ""}}},
		{"uk", "лише сім кораблів", []want{{"сім", doc.QCount, `{"exact":7}`, "", ""}}},
		// vague amounts and zero
		{"ru", "на стройки уехали тысячи монтажников", []want{{"тысячи", doc.QCount, `{"min":2000,"vague":true}`, "", ""}}},
		{"ru", "работали десятки тысяч сезонников", []want{{"десятки тысяч", doc.QCount, `{"min":20000,"vague":true}`, "", ""}}},
		{"ru", "сотни водителей", []want{{"сотни", doc.QCount, `{"min":200,"vague":true}`, "", ""}}},
		{"ru", "несколько тысяч беженцев", []want{{"несколько тысяч", doc.QCount, `{"min":2000,"vague":true}`, "", ""}}},
		{"uk", "тисячі добровольців", []want{{"тисячі", doc.QCount, `{"min":2000,"vague":true}`, "", ""}}},
		{"ru", "прибыло около тысячи моряков", []want{{"около тысячи", doc.QCount, `{"exact":1000,"approx":true}`, "", ""}}},
		{"ru", "более тысячи заявок", []want{{"более тысячи", doc.QCount, `{"min":1000}`, "", ""}}},
		{"ru", "не останется ни одного рыбака", []want{{"ни одного", doc.QCount, `{"exact":0}`, "", ""}}},
		{"uk", "не залишилося жодного судна", []want{{"жодного", doc.QCount, `{"exact":0}`, "", ""}}},
		{"ru", "один из них уехал", nil},
		{"ru", "расходы на одного сварщика", nil},
		{"ru", "в одном и том же порту", nil},
		// hedges
		{"ru", "примерно 400 сварщиков", []want{{"примерно 400", doc.QCount, `{"exact":400,"approx":true}`, "", ""}}},
		{"ru", "порядка 90 судов", []want{{"порядка 90", doc.QCount, `{"exact":90,"approx":true}`, "", ""}}},
		{"ru", "почти 70 автобусов", []want{{"почти 70", doc.QCount, `{"exact":70,"approx":true}`, "", ""}}},
		{"ru", "свыше 800 вагонов", []want{{"свыше 800", doc.QCount, `{"min":800}`, "", ""}}},
		{"ru", "более 12 тыс. тонн", []want{{"более 12 тыс.", doc.QCount, `{"min":12000}`, "", ""}}},
		{"ru", "не менее 30 экспертов", []want{{"не менее 30", doc.QCount, `{"min":30}`, "", ""}}},
		{"ru", "до 60 тыс. мест", []want{{"до 60 тыс.", doc.QCount, `{"max":60000}`, "", ""}}},
		{"ru", "меньше 15 машин", []want{{"меньше 15", doc.QCount, `{"max":15}`, "", ""}}},
		{"ru", "оценили примерно в 9 тыс. человек", []want{{"примерно в 9 тыс.", doc.QCount, `{"exact":9000,"approx":true}`, "", ""}}},
		{"uk", "понад 300 лікарів", []want{{"понад 300", doc.QCount, `{"min":300}`, "", ""}}},
		{"uk", "близько 40 суден", []want{{"близько 40", doc.QCount, `{"exact":40,"approx":true}`, "", ""}}},
		{"uk", "щонайменше 25 кораблів", []want{{"щонайменше 25", doc.QCount, `{"min":25}`, "", ""}}},
		{"uk", "понад тисяча з них", []want{{"понад тисяча", doc.QCount, `{"min":1000}`, "", ""}}},
		{"en", "as many as 9,000 sailors", []want{{"as many as 9,000", doc.QCount, `{"max":9000}`, "sailors", ""}}},
		{"en", "claimed \"thousands\" of sailors", []want{{"thousands\"", doc.QCount, `{"min":2000,"vague":true}`, "sailors", ""}}},
		{"en", "about 40 dead and 260 injured", []want{{"about 40", doc.QCount, `{"exact":40,"approx":true}`, "", ""}, {"260", doc.QCount, `{"exact":260,"approx":true}`, "", ""}}},
		// ranges and changes
		{"ru", "от 20 до 40 тыс. саженцев", []want{{"от 20 до 40 тыс.", doc.QCount, `{"low":20000,"high":40000}`, "", ""}}},
		{"ru", "15–18 тысяч зрителей", []want{{"15–18 тысяч", doc.QCount, `{"low":15000,"high":18000}`, "", ""}}},
		{"uk", "від 70 до 90 вантажівок", []want{{"від 70 до 90", doc.QCount, `{"low":70,"high":90}`, "", ""}}},
		{"en", "the fleet shrank from 40,000 to 9,000", []want{{"from 40,000", doc.QCount, `{"exact":40000}`, "", ""}, {"9,000", doc.QCount, `{"exact":9000}`, "", ""}}},
		{"en", "output rose from 300 to 700", []want{{"from 300", doc.QCount, `{"exact":300}`, "", ""}, {"700", doc.QCount, `{"exact":700}`, "", ""}}},
		{"ru", "штат сократился с 30 тыс. до 8 тыс.", []want{{"с 30 тыс.", doc.QCount, `{"exact":30000}`, "", ""}, {"8 тыс", doc.QCount, `{"exact":8000}`, "", ""}}},
		// ratios
		{"ru", "выпуск вырос в 7 раз", []want{{"в 7 раз", doc.QRatio, `{"exact":7}`, "ratio", ""}}},
		{"ru", "почти в 5 раз больше", []want{{"почти в 5 раз больше", doc.QRatio, `{"exact":5,"approx":true}`, "ratio", ""}}},
		{"ru", "примерно в полтора раза", []want{{"примерно в полтора раза", doc.QRatio, `{"exact":1.5,"approx":true}`, "ratio", ""}}},
		{"ru", "стало вдвое больше", []want{{"вдвое", doc.QRatio, `{"exact":2}`, "ratio", ""}}},
		{"ru", "более чем втрое", []want{{"более чем втрое", doc.QRatio, `{"min":3}`, "ratio", ""}}},
		{"ru", "экспорт удвоился", []want{{"удвоился", doc.QRatio, `{"exact":2}`, "ratio", ""}}},
		{"uk", "кількість зросла втричі", []want{{"втричі", doc.QRatio, `{"exact":3}`, "ratio", ""}}},
		{"uk", "у два рази більше", []want{{"у два рази більше", doc.QRatio, `{"exact":2}`, "ratio", ""}}},
		{"en", "sales rose more than ninefold", []want{{"more than ninefold", doc.QRatio, `{"min":9}`, "ratio", ""}}},
		{"en", "imports more than doubled", []want{{"more than doubled", doc.QRatio, `{"min":2}`, "ratio", ""}}},
		{"en", "the total could triple by May", []want{{"triple", doc.QRatio, `{"exact":3}`, "ratio", ""}}},
		{"en", "a double room", nil},
		// money and rates
		{"ru", "платят $700 в месяц", []want{{"$700 в месяц", doc.QMoney, `{"exact":700}`, "USD", "month"}}},
		{"ru", "взнос 3 млрд рублей в год", []want{{"3 млрд рублей в год", doc.QMoney, `{"exact":3000000000}`, "RUB", "year"}}},
		{"uk", "отримують $3,5 за годину", []want{{"$3,5 за годину", doc.QMoney, `{"exact":3.5}`, "USD", "hour"}}},
		{"ru", "по 150–300 долларов в месяц", []want{{"150–300 долларов в месяц", doc.QMoney, `{"low":150,"high":300}`, "USD", "month"}}},
		{"ru", "зарплата $2 тыс. (около 120 тыс. руб.)", []want{{"$2 тыс.", doc.QMoney, `{"exact":2000}`, "USD", ""}, {"около 120 тыс. руб", doc.QMoney, `{"exact":120000,"approx":true}`, "RUB", ""}}},
		{"ru", "за год приехали 500 человек", []want{{"500", doc.QCount, `{"exact":500}`, "", ""}}},
		// not amounts
		{"ru", "по резолюции 1874 и резолюции 2094", []want{{"1874", doc.QResolution, "", "", ""}, {"2094", doc.QResolution, "", "", ""}}},
		{"uk", "згідно з резолюцією 2270", []want{{"2270", doc.QResolution, "", "", ""}}},
		{"ru", "резолюция Совбеза ООН 1718 требует", []want{{"1718", doc.QResolution, "", "", ""}}},
		{"ru", "Запрещено детям. 16+", []want{{"16+", doc.QOther, "", "", ""}}},
		{"ru", "Звоните: +7 (812) 555-20-30", []want{{"7 (812) 555-20-30", doc.QOther, "", "", ""}}},
		{"ru", "колонна БТР-82 на марше", []want{{"82", doc.QOther, "", "", ""}}},
		{"ru", "ракета «Тополь-12» упала", []want{{"12", doc.QOther, "", "", ""}}},
		{"ru", "Вестник № 31 от 2.03.2025, стр. 4", []want{{"31", doc.QOther, "", "", ""}, {"2.03.2025", doc.QDate, "", "", ""}, {"4", doc.QOther, "", "", ""}}},
		{"ru", "подъем в 5 утра", []want{{"5 утра", doc.QTime, "", "", ""}}},
		{"uk", "з 3 по 9 березня", []want{{"3", doc.QDate, "", "", ""}, {"9 березня", doc.QDate, "", "", ""}}},
		{"en", "talks on 4-6 May", []want{{"4", doc.QDate, "", "", ""}, {"6 May", doc.QDate, "", "", ""}}},
		{"en", "shipped between Nov. 3 and 9 to the port", []want{{"Nov. 3", doc.QDate, "", "", ""}, {"9", doc.QDate, "", "", ""}}},
		{"en", "on May 4 and 200 sailors", []want{{"May 4", doc.QDate, "", "", ""}, {"200", doc.QCount, `{"exact":200}`, "sailors", ""}}},
		{"ru", "смена до 11 часов вечера", []want{{"до 11 часов", doc.QOther, "", "часов", ""}}},
		{"ru", "три раза в месяц", []want{{"три раза в месяц", doc.QOther, "", "", ""}}},
		{"ru", "в течение 18 месяцев", []want{{"18 месяцев", doc.QOther, "", "месяцев", ""}}},
		{"en", "as the table shows.[3] Then", []want{{"3", doc.QOther, "", "", ""}}},
		{"en", "see Figure 4 on p. 12", []want{{"4", doc.QOther, "", "", ""}, {"12", doc.QOther, "", "", ""}}},
	}
	checkFind(t, cases)
}

// TestFindContext: a done context stops Find with its error.
func TestFindContext(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := FindContext(ctx, "около 300 рабочих", "ru"); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled context: err %v", err)
	}
	qs, err := FindContext(context.Background(), "около 300 рабочих", "ru")
	if err != nil || len(qs) != 1 {
		t.Errorf("background context: %v %v", qs, err)
	}
}

// sameRatioStem fails t where ratioStem's answer for w is not
// hasPrefixIn's over all ratio prefixes, the reading it replaces.
func sameRatioStem(t *testing.T, w string) {
	t.Helper()
	v, ok := ratioStem(w)
	wv, wok := hasPrefixIn(w, ratioPrefixes)
	if v != wv || ok != wok {
		t.Fatalf("%q: ratioStem %v %v, the prefixes give %v %v", w, v, ok, wv, wok)
	}
}

// ratioStemSeeds: stems, words near them (a first letter shared, cut
// short, a first byte alone) and other scripts.
var ratioStemSeeds = []string{"вдвое", "втрое", "удвічі", "учетверо", "впятеро", "вдесятеро", "у", "уд", "\xd1", "д", "дважды",
	"пятикратно", "п'ятикратно", "тысяча", "чотирикратно", "ѐ", "é", "中国", "", "a", "ab"}

// TestRatioStem: ratioStem is hasPrefixIn of ratioPrefixes on the seeds,
// every stem and its cuts, and the words of the Wikinews sample.
func TestRatioStem(t *testing.T) {
	loadTables()
	if !ratioLeads.ok || len(ratioLeads.pairs) == 0 || len(ratioLeads.pairs) >= len(ratioPrefixes) {
		t.Fatalf("ratioLeads %v of %d prefixes: the test of the first two bytes turns nothing away", ratioLeads, len(ratioPrefixes))
	}
	ws := append([]string(nil), ratioStemSeeds...)
	for _, p := range ratioPrefixes {
		for n := 0; n <= len(p.prefix); n++ {
			ws = append(ws, p.prefix[:n], p.prefix[:n]+"ая")
		}
	}
	for _, text := range wikinewsTB(t) {
		ws = append(ws, strings.Fields(strings.ToLower(text))...)
	}
	for _, w := range ws {
		sameRatioStem(t, w)
	}
}

// FuzzRatioStem compares ratioStem with the prefixes on any word.
func FuzzRatioStem(f *testing.F) {
	for _, s := range ratioStemSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, w string) {
		loadTables()
		sameRatioStem(t, w)
	})
}
