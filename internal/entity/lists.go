package entity

// Built-in lists. Written for this package from general knowledge; no list
// is derived from the seed articles or from any test suite.

// countries: "Canonical|aliases;...|demonyms;...|capital". Aliases include
// short forms, acronyms and native or older names used in English news.
var countries = []string{
	"Afghanistan||Afghan|Kabul",
	"Albania||Albanian|Tirana",
	"Algeria||Algerian|Algiers",
	"Andorra||Andorran|",
	"Angola||Angolan|Luanda",
	"Argentina||Argentine;Argentinian|Buenos Aires",
	"Armenia||Armenian|Yerevan",
	"Australia||Australian|Canberra",
	"Austria||Austrian|Vienna",
	"Azerbaijan||Azerbaijani;Azeri|Baku",
	"Bahrain||Bahraini|Manama",
	"Bangladesh||Bangladeshi|Dhaka",
	"Belarus|Byelorussia|Belarusian|Minsk",
	"Belgium||Belgian|Brussels",
	"Benin||Beninese|",
	"Bhutan||Bhutanese|Thimphu",
	"Bolivia||Bolivian|La Paz",
	"Bosnia and Herzegovina|Bosnia|Bosnian|Sarajevo",
	"Botswana||Botswanan|Gaborone",
	"Brazil||Brazilian|Brasilia",
	"Brunei||Bruneian|",
	"Bulgaria||Bulgarian|Sofia",
	"Burkina Faso||Burkinabe|Ouagadougou",
	"Burundi||Burundian|",
	"Cambodia||Cambodian|Phnom Penh",
	"Cameroon||Cameroonian|Yaounde",
	"Canada||Canadian|Ottawa",
	"Central African Republic|CAR|Central African|Bangui",
	"Chad||Chadian|N'Djamena",
	"Chile||Chilean|Santiago",
	"China|People's Republic of China;PRC;Mainland China|Chinese|Beijing",
	"Colombia||Colombian|Bogota",
	"Congo|Republic of the Congo|Congolese|Brazzaville",
	"Democratic Republic of the Congo|DRC;DR Congo|Congolese|Kinshasa",
	"Costa Rica||Costa Rican|San Jose",
	"Croatia||Croatian;Croat|Zagreb",
	"Cuba||Cuban|Havana",
	"Cyprus||Cypriot|Nicosia",
	"Czech Republic|Czechia|Czech|Prague",
	"Denmark||Danish;Dane|Copenhagen",
	"Djibouti||Djiboutian|",
	"Dominican Republic||Dominican|Santo Domingo",
	"Ecuador||Ecuadorian|Quito",
	"Egypt||Egyptian|Cairo",
	"El Salvador||Salvadoran|San Salvador",
	"Equatorial Guinea||Equatoguinean|Malabo",
	"Eritrea||Eritrean|Asmara",
	"Estonia||Estonian|Tallinn",
	"Ethiopia||Ethiopian|Addis Ababa",
	"Fiji||Fijian|Suva",
	"Finland||Finnish;Finn|Helsinki",
	"France||French|Paris",
	"Gabon||Gabonese|Libreville",
	"Gambia|The Gambia|Gambian|Banjul",
	"Georgia||Georgian|Tbilisi",
	"Germany||German|Berlin",
	"Ghana||Ghanaian|Accra",
	"Greece||Greek|Athens",
	"Guatemala||Guatemalan|Guatemala City",
	"Guinea||Guinean|Conakry",
	"Haiti||Haitian|Port-au-Prince",
	"Honduras||Honduran|Tegucigalpa",
	"Hungary||Hungarian|Budapest",
	"Iceland||Icelandic|Reykjavik",
	"India||Indian|New Delhi",
	"Indonesia||Indonesian|Jakarta",
	"Iran|Islamic Republic of Iran|Iranian|Tehran",
	"Iraq||Iraqi|Baghdad",
	"Ireland|Republic of Ireland|Irish|Dublin",
	"Israel||Israeli|Jerusalem",
	"Italy||Italian|Rome",
	"Ivory Coast|Cote d'Ivoire|Ivorian|Abidjan",
	"Jamaica||Jamaican|Kingston",
	"Japan||Japanese|Tokyo",
	"Jordan||Jordanian|Amman",
	"Kazakhstan||Kazakh;Kazakhstani|Astana",
	"Kenya||Kenyan|Nairobi",
	"Kosovo||Kosovar|Pristina",
	"Kuwait||Kuwaiti|Kuwait City",
	"Kyrgyzstan||Kyrgyz|Bishkek",
	"Laos||Laotian;Lao|Vientiane",
	"Latvia||Latvian|Riga",
	"Lebanon||Lebanese|Beirut",
	"Liberia||Liberian|Monrovia",
	"Libya||Libyan|Tripoli",
	"Lithuania||Lithuanian|Vilnius",
	"Luxembourg||Luxembourgish|",
	"Madagascar||Malagasy|Antananarivo",
	"Malawi||Malawian|Lilongwe",
	"Malaysia||Malaysian|Kuala Lumpur",
	"Maldives||Maldivian|Male",
	"Mali||Malian|Bamako",
	"Malta||Maltese|Valletta",
	"Mauritania||Mauritanian|Nouakchott",
	"Mauritius||Mauritian|Port Louis",
	"Mexico||Mexican|Mexico City",
	"Moldova||Moldovan|Chisinau",
	"Monaco||Monegasque|",
	"Mongolia||Mongolian|Ulaanbaatar",
	"Montenegro||Montenegrin|Podgorica",
	"Morocco||Moroccan|Rabat",
	"Mozambique||Mozambican|Maputo",
	"Myanmar|Burma|Burmese|Naypyidaw",
	"Namibia||Namibian|Windhoek",
	"Nepal||Nepali;Nepalese|Kathmandu",
	"Netherlands|The Netherlands;Holland|Dutch|Amsterdam",
	"New Zealand||New Zealander|Wellington",
	"Nicaragua||Nicaraguan|Managua",
	"Niger||Nigerien|Niamey",
	"Nigeria||Nigerian|Abuja",
	"North Korea|N. Korea;DPRK;D.P.R.K.;Democratic People's Republic of Korea;KNDR;NK|North Korean;N. Korean|Pyongyang",
	"North Macedonia|Macedonia|Macedonian|Skopje",
	"Norway||Norwegian|Oslo",
	"Oman||Omani|Muscat",
	"Pakistan||Pakistani|Islamabad",
	"Palestine|Palestinian Territories|Palestinian|Ramallah",
	"Panama||Panamanian|Panama City",
	"Papua New Guinea||Papua New Guinean|Port Moresby",
	"Paraguay||Paraguayan|Asuncion",
	"Peru||Peruvian|Lima",
	"Philippines|The Philippines|Filipino;Philippine|Manila",
	"Poland||Polish;Pole|Warsaw",
	"Portugal||Portuguese|Lisbon",
	"Qatar||Qatari|Doha",
	"Romania||Romanian|Bucharest",
	"Russia|Russian Federation;RF|Russian|Moscow",
	"Rwanda||Rwandan|Kigali",
	"Saudi Arabia|KSA|Saudi|Riyadh",
	"Senegal||Senegalese|Dakar",
	"Serbia||Serbian;Serb|Belgrade",
	"Sierra Leone||Sierra Leonean|Freetown",
	"Singapore||Singaporean|",
	"Slovakia||Slovak|Bratislava",
	"Slovenia||Slovenian;Slovene|Ljubljana",
	"Somalia||Somali|Mogadishu",
	"South Africa||South African|Pretoria",
	"South Korea|S. Korea;ROK;Republic of Korea;Korea Republic|South Korean;S. Korean|Seoul",
	"South Sudan||South Sudanese|Juba",
	"Spain||Spanish;Spaniard|Madrid",
	"Sri Lanka||Sri Lankan|Colombo",
	"Sudan||Sudanese|Khartoum",
	"Sweden||Swedish;Swede|Stockholm",
	"Switzerland||Swiss|Bern",
	"Syria|Syrian Arab Republic|Syrian|Damascus",
	"Taiwan|Republic of China|Taiwanese|Taipei",
	"Tajikistan||Tajik|Dushanbe",
	"Tanzania||Tanzanian|Dodoma",
	"Thailand||Thai|Bangkok",
	"Togo||Togolese|Lome",
	"Tunisia||Tunisian|Tunis",
	"Turkey|Turkiye;Türkiye|Turkish;Turk|Ankara",
	"Turkmenistan||Turkmen|Ashgabat",
	"Uganda||Ugandan|Kampala",
	"Ukraine||Ukrainian|Kyiv;Kiev",
	"United Arab Emirates|UAE;Emirates|Emirati|Abu Dhabi",
	"United Kingdom|UK;U.K.;Britain;Great Britain|British;Briton|London",
	"United States|US;U.S.;USA;U.S.A.;America;United States of America|American|Washington",
	"Uruguay||Uruguayan|Montevideo",
	"Uzbekistan||Uzbek|Tashkent",
	"Venezuela||Venezuelan|Caracas",
	"Vietnam|Viet Nam|Vietnamese|Hanoi",
	"Yemen||Yemeni|Sanaa",
	"Zambia||Zambian|Lusaka",
	"Zimbabwe||Zimbabwean|Harare",
	"Soviet Union|USSR;U.S.S.R.|Soviet|",
	"Korea||Korean|",
	"Vatican|Holy See|Vatican|Vatican City",
}

// places: "Canonical|aliases;...|kind|country". Regions, cities, areas.
var places = []string{
	"Primorsky Krai|Primorye;Primorsky Territory;Maritime Territory;Maritime Province;Primorsky Region;Primorsky|region|Russia",
	"Khabarovsk Krai|Khabarovsk Territory;Khabarovsk region|region|Russia",
	"Amur Oblast|Amur region|region|Russia",
	"Kursk Oblast|Kursk region;Kursk|region|Russia",
	"Belgorod Oblast|Belgorod region|region|Russia",
	"Crimea|Crimean Peninsula|region|Ukraine",
	"Donbas|Donbass|region|Ukraine",
	"Donetsk||region|Ukraine",
	"Luhansk|Lugansk|region|Ukraine",
	"Kharkiv|Kharkov|city|Ukraine",
	"Odesa|Odessa|city|Ukraine",
	"Siberia||region|Russia",
	"Russian Far East|Far East|region|Russia",
	"Sakhalin||region|Russia",
	"Kamchatka||region|Russia",
	"Chechnya||region|Russia",
	"Tatarstan||region|Russia",
	"Vladivostok||city|Russia",
	"Khabarovsk||city|Russia",
	"Nakhodka||city|Russia",
	"Saint Petersburg|St. Petersburg;St Petersburg|city|Russia",
	"Novosibirsk||city|Russia",
	"Yekaterinburg||city|Russia",
	"Kaliningrad||city|Russia",
	"Rason|Rajin;Rason Special Economic Zone|city|North Korea",
	"Sinuiju||city|North Korea",
	"Kaesong||city|North Korea",
	"Wonsan||city|North Korea",
	"Chongjin||city|North Korea",
	"Hamhung||city|North Korea",
	"Busan|Pusan|city|South Korea",
	"Incheon|Inchon|city|South Korea",
	"Daegu||city|South Korea",
	"Gwangju||city|South Korea",
	"Jeju|Jeju Island|region|South Korea",
	"Gyeonggi|Gyeonggi Province|region|South Korea",
	"Panmunjom||city|South Korea",
	"Korean Peninsula|Korean peninsula|region|",
	"Dandong||city|China",
	"Shenyang||city|China",
	"Shanghai||city|China",
	"Hong Kong||region|China",
	"Macau|Macao|region|China",
	"Guangzhou||city|China",
	"Shenzhen||city|China",
	"Tibet||region|China",
	"Xinjiang||region|China",
	"Osaka||city|Japan",
	"New York|New York City;NYC|city|United States",
	"Los Angeles||city|United States",
	"Chicago||city|United States",
	"San Francisco||city|United States",
	"Seattle||city|United States",
	"Boston||city|United States",
	"Houston||city|United States",
	"Miami||city|United States",
	"Atlanta||city|United States",
	"Detroit||city|United States",
	"Dallas||city|United States",
	"Las Vegas||city|United States",
	"Philadelphia||city|United States",
	"Silicon Valley||region|United States",
	"Toronto||city|Canada",
	"Montreal||city|Canada",
	"Vancouver||city|Canada",
	"Sydney||city|Australia",
	"Melbourne||city|Australia",
	"Mumbai|Bombay|city|India",
	"Bengaluru|Bangalore|city|India",
	"Kolkata|Calcutta|city|India",
	"Chennai|Madras|city|India",
	"Dubai||city|United Arab Emirates",
	"Istanbul||city|Turkey",
	"Geneva||city|Switzerland",
	"Zurich||city|Switzerland",
	"Frankfurt||city|Germany",
	"Munich||city|Germany",
	"Hamburg||city|Germany",
	"Milan||city|Italy",
	"Barcelona||city|Spain",
	"Manchester||city|United Kingdom",
	"Edinburgh||city|United Kingdom",
	"The Hague|Hague|city|Netherlands",
	"Rotterdam||city|Netherlands",
	"Gaza|Gaza Strip|region|Palestine",
	"West Bank||region|Palestine",
	"Europe||region|",
	"Asia||region|",
	"Africa||region|",
	"North America||region|",
	"South America||region|",
	"Latin America||region|",
	"Middle East||region|",
	"Central Asia||region|",
	"Southeast Asia||region|",
	"East Asia||region|",
	"Northeast Asia||region|",
	"Eastern Europe||region|",
	"Western Europe||region|",
	"Antarctica||region|",
	"Arctic||region|",
	"Pacific|Pacific Ocean|region|",
	"Atlantic|Atlantic Ocean|region|",
	"Indian Ocean||region|",
	"Baltic Sea||region|",
	"Black Sea||region|",
	"Mediterranean|Mediterranean Sea|region|",
	"Sea of Japan|East Sea|region|",
	"Yellow Sea||region|",
	"England||region|United Kingdom",
	"Scotland||region|United Kingdom",
	"Wales||region|United Kingdom",
	"Northern Ireland||region|United Kingdom",
	"Alabama||region|United States", "Alaska||region|United States", "Arizona||region|United States",
	"Arkansas||region|United States", "California||region|United States", "Colorado||region|United States",
	"Connecticut||region|United States", "Delaware||region|United States", "Florida||region|United States",
	"Hawaii||region|United States", "Idaho||region|United States", "Illinois||region|United States",
	"Indiana||region|United States", "Iowa||region|United States", "Kansas||region|United States",
	"Kentucky||region|United States", "Louisiana||region|United States", "Maine||region|United States",
	"Maryland||region|United States", "Massachusetts||region|United States", "Michigan||region|United States",
	"Minnesota||region|United States", "Mississippi||region|United States", "Missouri||region|United States",
	"Montana||region|United States", "Nebraska||region|United States", "Nevada||region|United States",
	"New Hampshire||region|United States", "New Jersey||region|United States", "New Mexico||region|United States",
	"North Carolina||region|United States", "North Dakota||region|United States", "Ohio||region|United States",
	"Oklahoma||region|United States", "Oregon||region|United States", "Pennsylvania||region|United States",
	"Rhode Island||region|United States", "South Carolina||region|United States", "South Dakota||region|United States",
	"Tennessee||region|United States", "Texas||region|United States", "Utah||region|United States",
	"Vermont||region|United States", "Virginia||region|United States", "West Virginia||region|United States",
	"Wisconsin||region|United States", "Wyoming||region|United States",
}

// orgs: "Canonical|aliases;...|kind|country". kind is org, outlet, agency
// (government body), party, spy (intelligence service), igo.
var orgs = []string{
	"United Nations|UN;U.N.|igo|",
	"UN Security Council|United Nations Security Council;U.N. Security Council;UNSC;Security Council;UN Security Council|igo|",
	"UN General Assembly|United Nations General Assembly;U.N. General Assembly;UNGA;General Assembly|igo|",
	"UN Security Council Sanctions Committee|1718 Committee|igo|",
	"UN Panel of Experts|Panel of Experts|igo|",
	"International Atomic Energy Agency|IAEA|igo|",
	"International Labour Organization|ILO;International Labor Organization|igo|",
	"International Monetary Fund|IMF|igo|",
	"World Bank||igo|",
	"World Health Organization|WHO|igo|",
	"World Trade Organization|WTO|igo|",
	"North Atlantic Treaty Organization|NATO|igo|",
	"European Union|EU;E.U.|igo|",
	"European Commission||igo|",
	"European Parliament||igo|",
	"Association of Southeast Asian Nations|ASEAN|igo|",
	"Group of Seven|G7;G-7|igo|",
	"Group of 20|G20;G-20|igo|",
	"OPEC||igo|",
	"International Committee of the Red Cross|ICRC;Red Cross|igo|",
	"Interpol||igo|",
	"International Criminal Court|ICC|igo|",
	"Financial Action Task Force|FATF|igo|",
	"Korean Central News Agency|KCNA|outlet|North Korea",
	"Rodong Sinmun||outlet|North Korea",
	"Workers' Party of Korea|WPK;Korean Workers' Party;KWP|party|North Korea",
	"Korean People's Army|KPA|agency|North Korea",
	"Supreme People's Assembly|SPA|agency|North Korea",
	"National Intelligence Service|NIS|spy|South Korea",
	"Ministry of Unification|Unification Ministry|agency|South Korea",
	"Korea Institute for National Unification|KINU|org|South Korea",
	"Central Intelligence Agency|CIA|spy|United States",
	"Federal Bureau of Investigation|FBI|agency|United States",
	"National Security Agency|NSA|spy|United States",
	"Office of Foreign Assets Control|OFAC|agency|United States",
	"US Department of the Treasury|Treasury Department;US Treasury;U.S. Treasury|agency|United States",
	"US State Department|State Department;U.S. State Department;Department of State|agency|United States",
	"Pentagon|Department of Defense|agency|United States",
	"White House||agency|United States",
	"US Congress|Congress|agency|United States",
	"Federal Security Service|FSB|spy|Russia",
	"Foreign Intelligence Service|SVR|spy|Russia",
	"GRU||spy|Russia",
	"Kremlin||agency|Russia",
	"State Duma|Duma;Russian State Duma|agency|Russia",
	"Federal Statistics Service|Rosstat;Federal State Statistics Service;Federal Statistics Service of Russia|agency|Russia",
	"Communist Party of the Russian Federation|CPRF;Russian Communist Party;Russian Federation Communist Party|party|Russia",
	"Ministry of State Security|MSS|spy|China",
	"Reuters||outlet|",
	"Yonhap|Yonhap News Agency;Yonhap News|outlet|South Korea",
	"EFE|Agencia EFE|outlet|Spain",
	"Radio Free Asia|RFA|outlet|United States",
	"Voice of America|VOA|outlet|United States",
	"Wall Street Journal|WSJ;The Wall Street Journal|outlet|United States",
	"NK News||outlet|",
	"NK Pro||outlet|",
	"Daily NK||outlet|",
	"38 North||outlet|",
	"Agence France-Presse|AFP;Agence France Presse|outlet|France",
	"Associated Press|AP|outlet|United States",
	"TASS|ITAR-TASS|outlet|Russia",
	"RIA Novosti|RIA|outlet|Russia",
	"Interfax||outlet|Russia",
	"Sputnik||outlet|Russia",
	"RT|Russia Today|outlet|Russia",
	"Kommersant||outlet|Russia",
	"Izvestia||outlet|Russia",
	"Vedomosti||outlet|Russia",
	"Rossiyskaya Gazeta||outlet|Russia",
	"Meduza||outlet|Russia",
	"Novaya Gazeta||outlet|Russia",
	"Xinhua|Xinhua News Agency|outlet|China",
	"Global Times||outlet|China",
	"South China Morning Post|SCMP|outlet|China",
	"Kyodo|Kyodo News|outlet|Japan",
	"NHK||outlet|Japan",
	"Nikkei|Nikkei Asia|outlet|Japan",
	"Asahi Shimbun||outlet|Japan",
	"Yomiuri Shimbun||outlet|Japan",
	"Korea Herald||outlet|South Korea",
	"Korea Times||outlet|South Korea",
	"JoongAng Ilbo|JoongAng Daily;Korea JoongAng Daily|outlet|South Korea",
	"Chosun Ilbo||outlet|South Korea",
	"Dong-A Ilbo||outlet|South Korea",
	"Hankyoreh||outlet|South Korea",
	"KBS||outlet|South Korea",
	"Newsis||outlet|South Korea",
	"News1|News 1|outlet|South Korea",
	"BBC||outlet|United Kingdom",
	"Financial Times|FT|outlet|United Kingdom",
	"The Guardian|Guardian|outlet|United Kingdom",
	"The Economist|Economist|outlet|United Kingdom",
	"CNN||outlet|United States",
	"New York Times|NYT;The New York Times|outlet|United States",
	"Washington Post|The Washington Post|outlet|United States",
	"Bloomberg|Bloomberg News|outlet|United States",
	"NPR||outlet|United States",
	"Politico||outlet|United States",
	"Axios||outlet|United States",
	"Al Jazeera||outlet|Qatar",
	"Der Spiegel|Spiegel|outlet|Germany",
	"Deutsche Welle|DW|outlet|Germany",
	"Le Monde||outlet|France",
	"European Pressphoto Agency|EPA|outlet|",
	"Getty Images|Getty|outlet|",
	"Ukrainska Pravda||outlet|Ukraine",
	"Ukrinform||outlet|Ukraine",
	"Kyiv Independent||outlet|Ukraine",
	"Human Rights Watch|HRW|org|",
	"Amnesty International|Amnesty|org|",
	"Islamic State|ISIS;ISIL;Daesh|org|",
	"Hamas||org|",
	"Hezbollah||org|",
	"Taliban||org|",
	"Wagner Group|Wagner|org|Russia",
}

// newsKinds lists the outlet kinds whose short name "the Journal", "the
// Times", "the Post" or "the paper" can stand for the outlet.
var paperWords = map[string]bool{"journal": true, "times": true, "post": true, "herald": true, "tribune": true,
	"gazette": true, "ilbo": true, "shimbun": true, "sinmun": true, "daily": true, "guardian": true, "economist": true}

// spyAgency maps a country to its foreign or main intelligence service,
// for "South Korea's spy agency".
var spyAgency = map[string]string{
	"South Korea":    "National Intelligence Service",
	"United States":  "Central Intelligence Agency",
	"Russia":         "Federal Security Service",
	"China":          "Ministry of State Security",
	"United Kingdom": "MI6",
	"Israel":         "Mossad",
}

// ministryKinds maps words naming a ministry's field to the canonical field.
var ministryKinds = map[string]string{
	"foreign": "Foreign Affairs", "foreign affairs": "Foreign Affairs", "overseas": "Foreign Affairs",
	"external affairs": "Foreign Affairs", "external": "Foreign Affairs", "mfa": "Foreign Affairs",
	"interior": "Internal Affairs", "internal affairs": "Internal Affairs", "home": "Internal Affairs",
	"home affairs": "Internal Affairs",
	"defence":      "Defence", "defense": "Defence", "mod": "Defence",
	"unification": "Unification",
	"labour":      "Labour", "labor": "Labour", "employment": "Labour", "manpower": "Labour",
	"finance": "Finance", "justice": "Justice", "economy": "Economy", "economic development": "Economic Development",
	"trade": "Trade", "health": "Health", "education": "Education", "culture": "Culture",
	"agriculture": "Agriculture", "energy": "Energy", "transport": "Transport",
	"emergency situations": "Emergency Situations", "emergencies": "Emergency Situations",
	"external economic relations": "External Economic Relations", "industry": "Industry",
}

// koreanSurnames are romanised Korean family names (first in a Korean name).
var koreanSurnames = words(`kim lee yi ri rhee park pak bak choi choe chung jung jeong chong kang cho jo joh
yoon yun jang chang lim im rim han oh o seo suh shin sin kwon hwang ahn an song ryu yoo yu hong jeon jon chon
ko koh go moon mun yang son sohn bae pae baek paek heo hur ho nam sim shim roh rho no noh ha kwak byun pyon
chae choo chu ju do won woo u ku gu koo min ryang ri jin chin ji tak uh`)

// givenNames are common first names in English-language news (English,
// Russian, Ukrainian, other European, Arabic, Japanese, Chinese).
var givenNames = words(`aaron adam adrian ahmed alan albert alex alexander alexandra alexei alexey alice alina
alison amanda amy ana andre andrea andrei andrey andrew andriy angela ann anna anne anthony antonio anton
arkady arthur ashley barack barbara ben benjamin bernard beth bill bob boris brad brandon brian bruce carl
carlos carol caroline catherine charles charlie chris christian christina christine christopher claire colin
daniel david dennis denis dmitry dmitri diana donald doug douglas dzhokhar ed edward elena elizabeth ellen
emily emma emmanuel eric erik evgeny yevgeny fatima frank fred gary gennady gennadiy george georgy gerald
gordon grace greg gregory hannah harold harry heather helen henry hillary howard hugh igor ilya ivan jack
jake james jane janet jason jean jeff jeffrey jennifer jeremy jessica jim jimmy joan joe john jonathan jordan
joseph josh joshua juan julia julian julie justin karen kate katherine kathleen keith kelly ken kenneth kevin
kirill konstantin larry laura lauren leonid linda lisa louis lucy luis maria marina mark martin mary
matthew maxim maksim megan melissa michael michelle mike mikhail mohammed muhammad nancy natalia natalya
nathan nicholas nick nicole nikita nikolai nikolay oleg olga oliver oleksandr olena pamela patricia patrick
paul pavel peter petro philip pierre rachel ralph ramzan rebecca richard rick robert roger roman ronald rose
ruslan russell ryan sam samuel sandra sarah scott sean sergei sergey serhiy sharon shinzo simon sophie stanislav
stephen steve steven susan svetlana taras thomas tim timothy tom tony valentina valery valentin vasily victor
viktor vincent vitaly vladimir vladislav volodymyr vyacheslav walter wang william xi yana yuri yury yulia
zhang li fumio yoshihide junichiro emmanuel olaf angela rishi keir joe kamala justin narendra recep antonio
jens ursula charles mette giorgia pedro luiz jair andres gustavo nayib javier tayyip ebrahim ali hassan
hossein abdullah khalid omar salman mahmoud benjamin yair naftali volker lloyd antony jake marco rex mark
david`)

// titles are words that, written before a name, say it is a person's.
var titles = words(`president vice-president minister premier chancellor governor mayor senator sen sen.
representative rep rep. gov gov. gen gen. general lt lt. col col. colonel admiral marshal chairman chairwoman
chair secretary secretary-general ambassador envoy director chief leader king queen prince princess pope mr
mr. mrs mrs. ms ms. dr dr. prof prof. professor judge justice spokesman spokeswoman spokesperson ceo
commander sheikh emir sultan lord sir dame rev rev. father officer captain capt capt. sergeant sgt sgt.
comrade patriarch cardinal bishop dictator lawmaker congressman congresswoman deputy vice chief-executive
president-elect coach founder analyst expert researcher correspondent reporter`)

// roleWords (lower case) before a capitalised name say it is a person's:
// "leader Kim Jong-un", "spokesperson Maria Zakharova".
var roleWords = words(`leader president minister governor mayor senator spokesman spokeswoman spokesperson
dictator chairman chairwoman secretary ambassador envoy director chief expert analyst diplomat
researcher fellow lawmaker premier ruler founder boss head journalist reporter correspondent contributor author
economist professor commander general officer colleague son daughter wife husband sister brother judge
prosecutor lawyer attorney activist defector scholar chancellor king queen prince pope`)

// orgHeads end or head an organisation name.
var orgHeads = words(`ministry department agency service services council committee commission party
institute institution university college school academy bank corporation corp corp. inc inc. ltd ltd. llc
plc company group association federation organization organisation foundation fund center centre office
administration parliament duma assembly congress senate court tribunal army navy force forces guard police
militia brigade regiment bureau authority board secretariat politburo cabinet government embassy consulate
mission airlines airways motors systems technologies communications networks holdings industries enterprises
partners media news times post journal herald tribune gazette daily press radio television tv network
broadcasting club team church chamber league alliance coalition front movement command directorate
inspectorate exchange union society network agency sinmun ilbo shimbun`)

// locHeads end a place name; locPrefixes start one.
var locHeads = words(`krai kray oblast province region territory county district prefecture island islands
peninsula river sea ocean lake mountains mountain valley bay gulf strait street avenue square airport port
harbour harbor station bridge park city coast desert plateau canal zone base highway road`)
var locPrefixes = words(`mount lake cape fort port gulf`)

// connectors may join capitalised words inside one name.
var connectors = words(`of for de du la le von van der den al bin ibn y da di del`)

// creditCues start a credit or byline line; names in it are not actors.
var creditCues = []string{"reporting by", "additional reporting by", "editing by", "edited by", "writing by",
	"written by", "compiled by", "photo by", "photos by", "photo:", "photograph:", "source:", "sources:",
	"by staff", "translated by", "produced by", "graphic by", "video by", "image:", "credit:"}

// boilerplateCues mark a site notice line (account, cookies, browser); names
// in it are not actors.
var boilerplateCues = []string{"internet explorer", "cookies", "sign up", "sign in", "log in", "subscribe",
	"newsletter", "email address", "your browser", "password", "create an account", "don't have an account",
	"follow him on", "follow her on", "follow us on", "all rights reserved", "terms of use", "privacy policy",
	"using the browser", "supporting ie", "required fields", "add a comment", "you may also like"}

// agencies are credit names that may appear in a photo credit.
var creditAgencies = words(`afp efe epa reuters yonhap ap tass ria xinhua getty kcna kyodo anadolu dpa ansa
upi sputnik newsis news1 bloomberg shutterstock apa pa ukrinform`)

func words(s string) map[string]bool {
	m := map[string]bool{}
	w := ""
	for _, r := range s + " " {
		if r == ' ' || r == '\n' || r == '\t' {
			if w != "" {
				m[w] = true
			}
			w = ""
			continue
		}
		w += string(r)
	}
	return m
}
