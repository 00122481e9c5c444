package entity

import "github.com/dossier-osint/dossier/internal/doc"

// CountryCode returns the lower-case ISO 3166-1 alpha-2 code of a country
// named by name (any listed form: "DPRK", "N. Korea", "North Korean"), or
// "" when name is not a country of the lists. Historical states use the
// codes FollowTheMoney uses ("suhh" for the Soviet Union).
func CountryCode(name string) string {
	load()
	c, t := canonical(name, doc.LOC)
	if t != doc.LOC {
		return ""
	}
	return isoCodes[c]
}

// isoCodes maps the canonical names of the countries list to their codes.
var isoCodes = map[string]string{
	"Afghanistan": "af", "Albania": "al", "Algeria": "dz", "Andorra": "ad", "Angola": "ao",
	"Argentina": "ar", "Armenia": "am", "Australia": "au", "Austria": "at", "Azerbaijan": "az",
	"Bahrain": "bh", "Bangladesh": "bd", "Belarus": "by", "Belgium": "be", "Benin": "bj",
	"Bhutan": "bt", "Bolivia": "bo", "Bosnia and Herzegovina": "ba", "Botswana": "bw", "Brazil": "br",
	"Brunei": "bn", "Bulgaria": "bg", "Burkina Faso": "bf", "Burundi": "bi", "Cambodia": "kh",
	"Cameroon": "cm", "Canada": "ca", "Central African Republic": "cf", "Chad": "td", "Chile": "cl",
	"China": "cn", "Colombia": "co", "Congo": "cg", "Democratic Republic of the Congo": "cd",
	"Costa Rica": "cr", "Croatia": "hr", "Cuba": "cu", "Cyprus": "cy", "Czech Republic": "cz",
	"Denmark": "dk", "Djibouti": "dj", "Dominican Republic": "do", "Ecuador": "ec", "Egypt": "eg",
	"El Salvador": "sv", "Equatorial Guinea": "gq", "Eritrea": "er", "Estonia": "ee", "Ethiopia": "et",
	"Fiji": "fj", "Finland": "fi", "France": "fr", "Gabon": "ga", "Gambia": "gm", "Georgia": "ge",
	"Germany": "de", "Ghana": "gh", "Greece": "gr", "Guatemala": "gt", "Guinea": "gn", "Haiti": "ht",
	"Honduras": "hn", "Hungary": "hu", "Iceland": "is", "India": "in", "Indonesia": "id", "Iran": "ir",
	"Iraq": "iq", "Ireland": "ie", "Israel": "il", "Italy": "it", "Ivory Coast": "ci", "Jamaica": "jm",
	"Japan": "jp", "Jordan": "jo", "Kazakhstan": "kz", "Kenya": "ke", "Kosovo": "xk", "Kuwait": "kw",
	"Kyrgyzstan": "kg", "Laos": "la", "Latvia": "lv", "Lebanon": "lb", "Liberia": "lr", "Libya": "ly",
	"Lithuania": "lt", "Luxembourg": "lu", "Madagascar": "mg", "Malawi": "mw", "Malaysia": "my",
	"Maldives": "mv", "Mali": "ml", "Malta": "mt", "Mauritania": "mr", "Mauritius": "mu", "Mexico": "mx",
	"Moldova": "md", "Monaco": "mc", "Mongolia": "mn", "Montenegro": "me", "Morocco": "ma",
	"Mozambique": "mz", "Myanmar": "mm", "Namibia": "na", "Nepal": "np", "Netherlands": "nl",
	"New Zealand": "nz", "Nicaragua": "ni", "Niger": "ne", "Nigeria": "ng", "North Korea": "kp",
	"North Macedonia": "mk", "Norway": "no", "Oman": "om", "Pakistan": "pk", "Palestine": "ps",
	"Panama": "pa", "Papua New Guinea": "pg", "Paraguay": "py", "Peru": "pe", "Philippines": "ph",
	"Poland": "pl", "Portugal": "pt", "Qatar": "qa", "Romania": "ro", "Russia": "ru", "Rwanda": "rw",
	"Saudi Arabia": "sa", "Senegal": "sn", "Serbia": "rs", "Sierra Leone": "sl", "Singapore": "sg",
	"Slovakia": "sk", "Slovenia": "si", "Somalia": "so", "South Africa": "za", "South Korea": "kr",
	"South Sudan": "ss", "Spain": "es", "Sri Lanka": "lk", "Sudan": "sd", "Sweden": "se",
	"Switzerland": "ch", "Syria": "sy", "Taiwan": "tw", "Tajikistan": "tj", "Tanzania": "tz",
	"Thailand": "th", "Togo": "tg", "Tunisia": "tn", "Turkey": "tr", "Turkmenistan": "tm",
	"Uganda": "ug", "Ukraine": "ua", "United Arab Emirates": "ae", "United Kingdom": "gb",
	"United States": "us", "Uruguay": "uy", "Uzbekistan": "uz", "Venezuela": "ve", "Vietnam": "vn",
	"Yemen": "ye", "Zambia": "zm", "Zimbabwe": "zw", "Soviet Union": "suhh", "Vatican": "va",
}
