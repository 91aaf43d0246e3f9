"""Write ``tests/data/country_classes.tsv``: country mentions and traps, grouped by class.

Run from the repository root::

    .venv/bin/python tools/make_country_cases.py

Sentences are built from hand-written frames and fillers (facts: names, codes, seats of
government, institutions) with a fixed seed, so the table is reproducible. Each row is one
mention: ``expected`` is the alpha-3 code it names, or ``-`` for a trap (a form that looks like
a state but names none). The table is committed; the tests and ``benchmarks/bench_countries.py``
read it.
"""

from __future__ import annotations

import random
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "tests" / "data" / "country_classes.tsv"

# ---------------------------------------------------------------------------------------------
# Frames for a state-like mention: {X} is the mention as written (with "the" where English
# puts it), {Xs} its possessive.

FRAMES = [
    "Officials in {X} said the talks would resume next month.",
    "{X} and the European Union signed a fisheries accord on Tuesday.",
    "The foreign minister flew to {X} for two days of meetings.",
    "A trade delegation from {X} arrived on Monday evening.",
    "{Xs} government rejected the proposal as unworkable.",
    "Trade with {X} rose by a fifth last year, the ministry said.",
    "The envoy said {X} would not send a team to the summit.",
    "Voters in {X} go to the polls in March.",
    "The agreement gives {X} access to cheaper credit.",
    "Relations with {X} have improved since the election.",
    "Ministers from {X} met their counterparts on the sidelines of the forum.",
    "The storm reached {X} late on Sunday, cutting power to thousands.",
    "Talks between Britain and {X} ended without a deal.",
    "The bank expects growth in {X} to slow to 2 percent.",
    "{X} has asked for an emergency meeting of the council.",
    "A spokesman for {Xs} leader declined to comment.",
    "Flights to {X} were cancelled because of the strike.",
    "Under the plan, {X} would receive the first shipment in May.",
    "The court ruling was welcomed in {X} but criticised in Brussels.",
    "Investors from {X} bought a stake in the port.",
    "The minister will visit {X} and Chile later this month.",
    "Negotiators said {X} had dropped its demand for a new audit.",
    "Police in {X} arrested two suspects on Friday.",
    "The census puts the population of {X} at a record high.",
    "Diplomats expect {X} to abstain in the vote.",
    "Fishing boats from {X} were turned back at the border.",
    "{X} will host the regional games next summer.",
    "The election in {X} was the first since the constitution changed.",
    "Prices in {X} rose faster than expected in April.",
    "Exports from {X} fell sharply after the ban.",
]

# Headline frames for ALL-CAPS text ({X} upper-case already).
CAPS_FRAMES = [
    "{X} RECALLS AMBASSADOR AFTER SPY ROW",
    "{X} AND EU CLOSE IN ON TRADE DEAL",
    "BREAKING: {X} CLOSES AIRSPACE",
    "PM TO VISIT {X} NEXT WEEK",
    "{Xs} PRESIDENT WINS SECOND TERM",
    "TALKS WITH {X} COLLAPSE",
    "FLOODS HIT {X}, THOUSANDS FLEE",
    "{X} BANS IMPORTS OF POULTRY",
]

# Lower-case social posts ({X} lower-case already).
LOWER_FRAMES = [
    "just landed in {X} and the queue at passport control is insane",
    "anyone else following the election in {X} tonight??",
    "cant believe {X} just closed the border again",
    "my cousin works at the embassy of {X}, she says nothing is decided",
    "{X} and the eu finally signed the deal lol",
    "flights to {X} are so cheap this month",
    "reading about the protests in {X}, stay safe everyone",
    "the {X} team played so well today",
]

# ---------------------------------------------------------------------------------------------
# Positive fillers: (form as written, alpha-3), grouped by class.

TERRITORY = [
    ("Jersey", "JEY"),
    ("Guernsey", "GGY"),
    ("the Isle of Man", "IMN"),
    ("Gibraltar", "GIB"),
    ("the Falkland Islands", "FLK"),
    ("the Falklands", "FLK"),
    ("Bermuda", "BMU"),
    ("the Cayman Islands", "CYM"),
    ("the British Virgin Islands", "VGB"),
    ("Anguilla", "AIA"),
    ("Montserrat", "MSR"),
    ("the Turks and Caicos Islands", "TCA"),
    ("Saint Helena", "SHN"),
    ("St Helena", "SHN"),
    ("the Pitcairn Islands", "PCN"),
    ("French Polynesia", "PYF"),
    ("New Caledonia", "NCL"),
    ("Wallis and Futuna", "WLF"),
    ("Saint Pierre and Miquelon", "SPM"),
    ("Saint Barthélemy", "BLM"),
    ("St Barts", "BLM"),
    ("Sint Maarten", "SXM"),
    ("Réunion", "REU"),
    ("Reunion", "REU"),
    ("Martinique", "MTQ"),
    ("Guadeloupe", "GLP"),
    ("French Guiana", "GUF"),
    ("Mayotte", "MYT"),
    ("Aruba", "ABW"),
    ("Curaçao", "CUW"),
    ("Curacao", "CUW"),
    ("Bonaire", "BES"),
    ("Sint Eustatius", "BES"),
    ("the Caribbean Netherlands", "BES"),
    ("Puerto Rico", "PRI"),
    ("Guam", "GUM"),
    ("American Samoa", "ASM"),
    ("the Northern Mariana Islands", "MNP"),
    ("the U.S. Virgin Islands", "VIR"),
    ("the US Virgin Islands", "VIR"),
    ("Greenland", "GRL"),
    ("the Faroe Islands", "FRO"),
    ("the Faroes", "FRO"),
    ("Hong Kong", "HKG"),
    ("Macau", "MAC"),
    ("the Cook Islands", "COK"),
    ("Niue", "NIU"),
    ("Tokelau", "TKL"),
    ("Norfolk Island", "NFK"),
    ("Christmas Island", "CXR"),
    ("the Cocos Islands", "CCK"),
    ("the Åland Islands", "ALA"),
    ("Aland", "ALA"),
    ("Svalbard", "SJM"),
    ("the British Indian Ocean Territory", "IOT"),
    ("South Georgia", "SGS"),
    ("Western Sahara", "ESH"),
    ("Nuuk", "GRL"),
    ("Tórshavn", "FRO"),
    ("Papeete", "PYF"),
    ("Nouméa", "NCL"),
    ("Noumea", "NCL"),
    ("Pago Pago", "ASM"),
    ("Oranjestad", "ABW"),
    ("Willemstad", "CUW"),
    ("Philipsburg", "SXM"),
    ("Kralendijk", "BES"),
    ("Fort-de-France", "MTQ"),
    ("Mamoudzou", "MYT"),
    ("St Peter Port", "GGY"),
    ("St Helier", "JEY"),
    ("Road Town", "VGB"),
    ("Charlotte Amalie", "VIR"),
    ("Hagåtña", "GUM"),
]

KOSOVO = [
    ("Kosovo", "XKX"),
    ("the Republic of Kosovo", "XKX"),
    ("Pristina", "XKX"),
    ("Prishtina", "XKX"),
    ("Priština", "XKX"),
]
KOSOVO_DEMONYM = [("Kosovar", "XKX"), ("Kosovan", "XKX")]

INFORMAL = [
    ("the Emirates", "ARE"),
    ("the States", "USA"),
    ("Blighty", "GBR"),
    ("Holland", "NLD"),
    ("Czechia", "CZE"),
    ("Türkiye", "TUR"),
    ("the Vatican", "VAT"),
    ("the Holy See", "VAT"),
    ("Ivory Coast", "CIV"),
    ("East Timor", "TLS"),
    ("Cape Verde", "CPV"),
    ("Eswatini", "SWZ"),
    ("DR Congo", "COD"),
    ("Congo-Kinshasa", "COD"),
    ("Congo-Brazzaville", "COG"),
    ("Great Britain", "GBR"),
    ("Britain", "GBR"),
    ("America", "USA"),
    ("Bosnia", "BIH"),
    ("Mainland China", "CHN"),
    ("the Republic of Ireland", "IRL"),
    ("Eire", "IRL"),
    ("Down Under", "AUS"),
    ("the Lao PDR", "LAO"),
    ("Laos", "LAO"),
    ("Trinidad", "TTO"),
    ("Antigua", "ATG"),
    ("St Kitts", "KNA"),
    ("St Lucia", "LCA"),
    ("Micronesia", "FSM"),
    ("North Macedonia", "MKD"),
    ("Sao Tome", "STP"),
    ("the Gambia", "GMB"),
    ("the Bahamas", "BHS"),
    ("the Netherlands", "NLD"),
    ("Brunei", "BRN"),
]
# demonym-like informal forms in front of a noun
INFORMAL_ADJ = [
    ("Aussie", "AUS"),
    ("Kiwi", "NZL"),
    ("Brit", "GBR"),
    ("Saudi", "SAU"),
    ("Emirati", "ARE"),
    ("Yankee", "USA"),
    ("Stateside", "USA"),
]
ADJ_FRAMES = [
    "{X} officials said the deal was close.",
    "The {X} delegation walked out of the session.",
    "{X} troops will stay until the end of the year.",
    "The {X} government said it would appeal.",
    "Several {X} firms have bid for the contract.",
    "The {X} minister denied the report.",
]
INITIALISM = [
    ("the UAE", "ARE"),
    ("KSA", "SAU"),
    ("the DRC", "COD"),
    ("PNG", "PNG"),
    ("the UK", "GBR"),
    ("the U.K.", "GBR"),
    ("the US", "USA"),
    ("the U.S.", "USA"),
    ("the USA", "USA"),
    ("the ROK", "KOR"),
    ("the DPRK", "PRK"),
    ("the PRC", "CHN"),
    ("the ROC", "TWN"),
    ("RSA", "ZAF"),
    ("BiH", "BIH"),
    ("the CAR", "CAF"),
    ("NZ", "NZL"),
    ("HK", "HKG"),
    ("the U.A.E.", "ARE"),
    ("the D.R.C.", "COD"),
    ("the U.S.A.", "USA"),
]
SEAT = [
    ("The Hague", "NLD"),
    ("Putrajaya", "MYS"),
    ("Pretoria", "ZAF"),
    ("Cape Town", "ZAF"),
    ("Bloemfontein", "ZAF"),
    ("Sri Jayawardenepura Kotte", "LKA"),
    ("Colombo", "LKA"),
    ("La Paz", "BOL"),
    ("Sucre", "BOL"),
    ("Naypyidaw", "MMR"),
    ("Nay Pyi Taw", "MMR"),
    ("Yamoussoukro", "CIV"),
    ("Abidjan", "CIV"),
    ("Dodoma", "TZA"),
    ("Dar es Salaam", "TZA"),
    ("Porto-Novo", "BEN"),
    ("Cotonou", "BEN"),
    ("Abuja", "NGA"),
    ("Astana", "KAZ"),
    ("Tel Aviv", "ISR"),
    ("Bern", "CHE"),
    ("Canberra", "AUS"),
    ("Ottawa", "CAN"),
    ("Brasília", "BRA"),
    ("Islamabad", "PAK"),
    ("New Delhi", "IND"),
    ("Sejong", "KOR"),
    ("Ramallah", "PSE"),
    ("Gitega", "BDI"),
    ("Lilongwe", "MWI"),
    ("Belmopan", "BLZ"),
    ("Amsterdam", "NLD"),
    ("Ngerulmud", "PLW"),
    ("Palikir", "FSM"),
    ("Vaduz", "LIE"),
    ("Valletta", "MLT"),
    ("Taipei", "TWN"),
    ("Kotte", "LKA"),
    ("Lobamba", "SWZ"),
]
INSTITUTION = [
    ("the Kremlin", "RUS"),
    ("the White House", "USA"),
    ("Downing Street", "GBR"),
    ("Number 10", "GBR"),
    ("Whitehall", "GBR"),
    ("the Élysée", "FRA"),
    ("the Elysee Palace", "FRA"),
    ("the Quai d'Orsay", "FRA"),
    ("Matignon", "FRA"),
    ("Zhongnanhai", "CHN"),
    ("Foggy Bottom", "USA"),
    ("the Pentagon", "USA"),
    ("Capitol Hill", "USA"),
    ("the Bundestag", "DEU"),
    ("the Kanzleramt", "DEU"),
    ("Kasumigaseki", "JPN"),
    ("the Kantei", "JPN"),
    ("Raisina Hill", "IND"),
    ("South Block", "IND"),
    ("Malacañang", "PHL"),
    ("the Casa Rosada", "ARG"),
    ("the Planalto", "BRA"),
    ("Itamaraty", "BRA"),
    ("the Moncloa", "ESP"),
    ("Palazzo Chigi", "ITA"),
    ("the Farnesina", "ITA"),
    ("the Knesset", "ISR"),
    ("Bankova", "UKR"),
    ("Akorda", "KAZ"),
    ("the Blue House", "KOR"),
    ("Rideau Hall", "CAN"),
    ("the Union Buildings", "ZAF"),
    ("Aso Rock", "NGA"),
    ("the Verkhovna Rada", "UKR"),
    ("the Sejm", "POL"),
    ("the Storting", "NOR"),
    ("Christiansborg", "DNK"),
    ("Rosenbad", "SWE"),
    ("the Binnenhof", "NLD"),
    ("Leinster House", "IRL"),
    ("the Beehive", "NZL"),
    ("the Oval Office", "USA"),
    ("Smolenskaya Square", "RUS"),
    ("the Ballhausplatz", "AUT"),
    ("Prague Castle", "CZE"),
    ("the Istana", "SGP"),
    ("Los Pinos", "MEX"),
    ("Miraflores Palace", "VEN"),
    ("the Quirinale", "ITA"),
    ("Cheong Wa Dae", "KOR"),
    ("the Storting", "NOR"),
    ("Çankaya", "TUR"),
    ("the Riksdag", "SWE"),
    ("the Lok Sabha", "IND"),
    ("the Great Hall of the People", "CHN"),
]
INSTITUTION_FRAMES = [
    "{X} said on Tuesday that the sanctions would stay.",
    "Officials at {X} declined to comment on the leak.",
    "A statement from {X} called the vote a mistake.",
    "The request was sent to {X} last week.",
    "{X} has not responded to the offer.",
    "Aides at {X} were preparing for the visit.",
    "The decision came from {X} after a long meeting.",
    "Critics said {X} had been slow to act.",
]
HISTORICAL = [
    ("Saigon", "VNM"),
    ("Bombay", "IND"),
    ("Calcutta", "IND"),
    ("Madras", "IND"),
    ("Peking", "CHN"),
    ("Rangoon", "MMR"),
    ("Dacca", "BGD"),
    ("Léopoldville", "COD"),
    ("Batavia", "IDN"),
    ("Ceylon", "LKA"),
    ("Siam", "THA"),
    ("Persia", "IRN"),
    ("Zaire", "COD"),
    ("Dahomey", "BEN"),
    ("Upper Volta", "BFA"),
    ("Swaziland", "SWZ"),
    ("Formosa", "TWN"),
    ("Bechuanaland", "BWA"),
    ("Tanganyika", "TZA"),
    ("Kampuchea", "KHM"),
    ("Burma", "MMR"),
    ("Alma-Ata", "KAZ"),
    ("Nur-Sultan", "KAZ"),
    ("Kiev", "UKR"),
    ("Ulan Bator", "MNG"),
    ("Lourenço Marques", "MOZ"),
    ("Fort-Lamy", "TCD"),
    ("Christiania", "NOR"),
    ("Tiflis", "GEO"),
    ("Frunze", "KGZ"),
    ("Abyssinia", "ETH"),
    ("Basutoland", "LSO"),
    ("Nyasaland", "MWI"),
    ("Rhodesia", "ZWE"),
    ("Pekin", "CHN"),
]
HISTORICAL_FRAMES = [
    "Back then, officials in {X} kept the talks secret.",
    "The treaty was signed in {X} in 1954.",
    "Her grandfather was born in {X} before the war.",
    "Letters sent from {X} at the time describe the famine.",
    "In those years {X} relied on exports of rice.",
    "The old consulate in {X} was turned into a museum.",
]
OFFICIAL = [
    ("Guinea Bissau", "GNB"),
    ("Timor Leste", "TLS"),
    ("Trinidad & Tobago", "TTO"),
    ("Bosnia & Herzegovina", "BIH"),
    ("Antigua & Barbuda", "ATG"),
    ("St Kitts & Nevis", "KNA"),
    ("São Tomé & Príncipe", "STP"),
    ("Turks & Caicos", "TCA"),
    ("St Vincent & the Grenadines", "VCT"),
    ("Saint Pierre & Miquelon", "SPM"),
    ("Wallis & Futuna", "WLF"),
    ("Korea, Republic of", "KOR"),
    ("Iran (Islamic Republic of)", "IRN"),
    ("Venezuela (Bolivarian Republic of)", "VEN"),
    ("Bolivia (Plurinational State of)", "BOL"),
    ("Micronesia (Federated States of)", "FSM"),
    ("Tanzania, United Republic of", "TZA"),
    ("Congo, Democratic Republic of the", "COD"),
    ("Moldova, Republic of", "MDA"),
    ("Korea (Democratic People's Republic of)", "PRK"),
    ("Gambia, The", "GMB"),
    ("Bahamas, The", "BHS"),
    ("Virgin Islands, British", "VGB"),
    ("Virgin Islands (U.S.)", "VIR"),
    ("Palestine, State of", "PSE"),
    ("Egypt, Arab Rep.", "EGY"),
    ("Yemen, Rep.", "YEM"),
    ("Korea, Dem. People's Rep.", "PRK"),
    ("Iran, Islamic Rep.", "IRN"),
    ("Congo, Dem. Rep.", "COD"),
    ("Congo, Rep.", "COG"),
    ("Venezuela, RB", "VEN"),
    ("Lao PDR", "LAO"),
    ("Kyrgyz Republic", "KGZ"),
    ("Slovak Republic", "SVK"),
    ("Syrian Arab Republic", "SYR"),
    ("Viet Nam", "VNM"),
    ("Hong Kong SAR, China", "HKG"),
    ("Macao SAR, China", "MAC"),
    ("Taiwan, Province of China", "TWN"),
    ("Sint Maarten (Dutch part)", "SXM"),
    ("St. Martin (French part)", "MAF"),
    ("Micronesia, Fed. Sts.", "FSM"),
    ("Netherlands (Kingdom of the)", "NLD"),
    ("Korea, Rep.", "KOR"),
    ("Bonaire, Sint Eustatius and Saba", "BES"),
    ("Saint Helena, Ascension and Tristan da Cunha", "SHN"),
    ("Falkland Islands (Malvinas)", "FLK"),
    ("Cocos (Keeling) Islands", "CCK"),
    ("Heard Island & McDonald Islands", "HMD"),
    ("Svalbard & Jan Mayen", "SJM"),
]
TABLE_FRAMES = [
    "In the table, {X} shows the largest fall in imports.",
    "The figure for {X} was revised up to 4.1 percent.",
    "Data for {X} are provisional.",
    "{X} reported no new cases in the period.",
    "The index ranks {X} 12th of the 190 economies.",
]
PREFIX = [
    ("Guinea-Bissau", "GNB"),
    ("Equatorial Guinea", "GNQ"),
    ("Papua New Guinea", "PNG"),
    ("Guinea", "GIN"),
    ("the Republic of Guinea", "GIN"),
    ("Niger", "NER"),
    ("Nigeria", "NGA"),
    ("South Sudan", "SSD"),
    ("Sudan", "SDN"),
    ("the Republic of the Congo", "COG"),
    ("the Democratic Republic of the Congo", "COD"),
    ("the Dominican Republic", "DOM"),
    ("Dominica", "DMA"),
    ("American Samoa", "ASM"),
    ("Samoa", "WSM"),
    ("South Georgia", "SGS"),
    ("North Macedonia", "MKD"),
    ("the Central African Republic", "CAF"),
    ("South Africa", "ZAF"),
    ("Guinea Bissau", "GNB"),
]
PREFIX_ADJ = [
    ("Bissau-Guinean", "GNB"),
    ("Equatoguinean", "GNQ"),
    ("Papua New Guinean", "PNG"),
    ("Nigerien", "NER"),
    ("Nigerian", "NGA"),
    ("South Sudanese", "SSD"),
    ("Sudanese", "SDN"),
    ("Dominican", None),
    ("Samoan", "WSM"),
]
LOWER = [
    ("germany", "DEU"),
    ("france", "FRA"),
    ("brazil", "BRA"),
    ("kenya", "KEN"),
    ("india", "IND"),
    ("japan", "JPN"),
    ("canada", "CAN"),
    ("mexico", "MEX"),
    ("nigeria", "NGA"),
    ("vietnam", "VNM"),
    ("argentina", "ARG"),
    ("south korea", "KOR"),
    ("north korea", "PRK"),
    ("ukraine", "UKR"),
    ("russia", "RUS"),
    ("australia", "AUS"),
    ("new zealand", "NZL"),
    ("the philippines", "PHL"),
    ("indonesia", "IDN"),
    ("pakistan", "PAK"),
    ("egypt", "EGY"),
    ("greece", "GRC"),
    ("portugal", "PRT"),
    ("the netherlands", "NLD"),
    ("sweden", "SWE"),
    ("norway", "NOR"),
    ("iran", "IRN"),
    ("israel", "ISR"),
    ("ghana", "GHA"),
    ("colombia", "COL"),
    ("peru", "PER"),
    ("thailand", "THA"),
    ("puerto rico", "PRI"),
    ("greenland", "GRL"),
    ("kosovo", "XKX"),
]
CAPS = [
    ("CHINA", "CHN"),
    ("RUSSIA", "RUS"),
    ("US", "USA"),
    ("U.S.", "USA"),
    ("UK", "GBR"),
    ("FRANCE", "FRA"),
    ("JAPAN", "JPN"),
    ("INDIA", "IND"),
    ("IRAN", "IRN"),
    ("NORTH KOREA", "PRK"),
    ("SOUTH KOREA", "KOR"),
    ("TURKEY", "TUR"),
    ("ISRAEL", "ISR"),
    ("GERMANY", "DEU"),
    ("BRAZIL", "BRA"),
    ("MEXICO", "MEX"),
    ("UKRAINE", "UKR"),
    ("SAUDI ARABIA", "SAU"),
    ("UAE", "ARE"),
    ("KOSOVO", "XKX"),
    ("GREENLAND", "GRL"),
    ("JORDAN", "JOR"),
    ("KENYA", "KEN"),
    ("CHAD", "TCD"),
    ("GEORGIA", "GEO"),
    ("PAPUA NEW GUINEA", "PNG"),
    ("GUINEA-BISSAU", "GNB"),
    ("SOUTH SUDAN", "SSD"),
    ("NIGER", "NER"),
    ("PUERTO RICO", "PRI"),
]

# ---------------------------------------------------------------------------------------------
# Traps: (sentence, the state-like word in it). None of these names a state.

TRAP_THINGS = {
    "food": [
        "The café sells {P} by the box.",
        "She brought {P} to the office party.",
        "A plate of {P} was left on the table.",
        "The recipe for {P} takes an hour.",
    ],
    "game": ["The children played {P} after lunch.", "He taught his nephew {P} last summer."],
    "street": ["The shop on {P} closed after forty years.", "Traffic on {P} was diverted."],
    "ship": ["The crew of the {P} was rescued off the coast.", "The {P} docked at dawn."],
    "event": ["Tickets for the {P} sold out in an hour.", "She won the {P} on Sunday."],
    "treaty": ["Historians still argue about the {P}.", "The {P} was cited in the lecture."],
    "breed": ["Their {P} won best in show.", "The vet said the {P} needed rest."],
    "syndrome": ["The psychologist described {P} in her talk.", "Doctors call it {P}."],
    "company": ["Shares in {P} rose 3 percent.", "{P} reported higher profits on Thursday."],
    "newspaper": ["The story first ran in the {P}.", "An editorial in the {P} urged calm."],
}
THINGS = {
    "food": [
        ("Turkish delight", "Turkish"),
        ("Danish pastries", "Danish"),
        ("French fries", "French"),
        ("Swiss cheese", "Swiss"),
        ("Brussels sprouts", "Brussels"),
        ("Peking duck", "Peking"),
        ("Belgian waffles", "Belgian"),
        ("Scotch eggs", "Scotch"),
        ("Irish stew", "Irish"),
        ("Canadian bacon", "Canadian"),
        ("Swedish meatballs", "Swedish"),
        ("Brazil nuts", "Brazil"),
        ("Greek yogurt", "Greek"),
        ("Singapore noodles", "Singapore"),
        ("Bombay mix", "Bombay"),
        ("Ceylon tea", "Ceylon"),
        ("Jersey Royals", "Jersey"),
        ("chicken Kiev", "Kiev"),
        ("Vienna sausages", "Vienna"),
        ("Moscow mules", "Moscow"),
        ("Singapore slings", "Singapore"),
        ("Mexican rice", "Mexican"),
        ("Swiss rolls", "Swiss"),
        ("Madras curry", "Madras"),
        ("Hawaiian pizza", "Hawaiian"),
        ("Cuba libres", "Cuba"),
        ("Dutch pancakes", "Dutch"),
        ("English muffins", "English"),
        ("Turkish coffee", "Turkish"),
        ("Spanish omelette", "Spanish"),
        ("Japanese whisky", "Japanese"),
        ("Jordan almonds", "Jordan"),
        ("Chinese takeaway", "Chinese"),
        ("Thai curry", "Thai"),
    ],
    "game": [
        ("Chinese checkers", "Chinese"),
        ("Russian roulette", "Russian"),
        ("Chinese whispers", "Chinese"),
        ("Japanese chess", "Japanese"),
    ],
    "street": [
        ("Denmark Street", "Denmark"),
        ("Portugal Street", "Portugal"),
        ("Jamaica Road", "Jamaica"),
        ("Mexico Avenue", "Mexico"),
        ("Paris Avenue", "Paris"),
        ("Kingston Road", "Kingston"),
        ("Lisbon Street", "Lisbon"),
        ("Berlin Road", "Berlin"),
        ("Vienna Way", "Vienna"),
        ("Egypt Lane", "Egypt"),
        ("Canada Square", "Canada"),
        ("Cyprus Road", "Cyprus"),
        ("London Road", "London"),
        ("Ottawa Street", "Ottawa"),
    ],
    "ship": [
        ("MV Ukraine Star", "Ukraine"),
        ("SS Canberra", "Canberra"),
        ("HMS Argentina", "Argentina"),
        ("tanker Seoul Spirit", "Seoul"),
        ("cruise ship Norwegian Dawn", "Norwegian"),
        ("ferry Tallinn Express", "Tallinn"),
    ],
    "event": [
        ("Australian Open", "Australian"),
        ("French Open", "French"),
        ("US Open", "US"),
        ("Monaco Grand Prix", "Monaco"),
        ("Brazilian Grand Prix", "Brazilian"),
        ("Dakar Rally", "Dakar"),
        ("Tour de France", "France"),
        ("Giro d'Italia", "Italia"),
        ("Berlin Marathon", "Berlin"),
        ("London Marathon", "London"),
        ("Tokyo Marathon", "Tokyo"),
        ("Dubai Desert Classic", "Dubai"),
        ("Canadian Grand Prix", "Canadian"),
        ("Qatar Masters", "Qatar"),
        ("Scottish Open", "Scottish"),
        ("Japan Cup", "Japan"),
        ("Irish Derby", "Irish"),
    ],
    "treaty": [
        ("Treaty of Paris", "Paris"),
        ("Warsaw Pact", "Warsaw"),
        ("Kyoto Protocol", "Kyoto"),
        ("Treaty of Rome", "Rome"),
        ("Vienna Convention", "Vienna"),
        ("Helsinki Accords", "Helsinki"),
        ("Oslo Accords", "Oslo"),
        ("Lisbon Treaty", "Lisbon"),
        ("Washington Consensus", "Washington"),
        ("Geneva Conventions", "Geneva"),
        ("Treaty of Versailles", "Versailles"),
        ("Stockholm Convention", "Stockholm"),
        ("Montreal Protocol", "Montreal"),
        ("Paris Agreement", "Paris"),
        ("Treaty of Tordesillas", "Tordesillas"),
        ("Minsk agreements", "Minsk"),
        ("Budapest Memorandum", "Budapest"),
        ("Ottawa Treaty", "Ottawa"),
    ],
    "breed": [
        ("Afghan hound", "Afghan"),
        ("German shepherd", "German"),
        ("Great Dane", "Dane"),
        ("Siamese cat", "Siamese"),
        ("Persian cat", "Persian"),
        ("Burmese cat", "Burmese"),
        ("Maltese terrier", "Maltese"),
        ("Tibetan mastiff", "Tibetan"),
        ("Rhodesian ridgeback", "Rhodesian"),
        ("Portuguese water dog", "Portuguese"),
        ("Belgian Malinois", "Belgian"),
        ("Norwegian Forest cat", "Norwegian"),
        ("Russian Blue", "Russian"),
        ("Egyptian Mau", "Egyptian"),
        ("Jersey cow", "Jersey"),
        ("Guernsey cow", "Guernsey"),
        ("Irish setter", "Irish"),
        ("Chinese crested", "Chinese"),
        ("Japanese Chin", "Japanese"),
        ("Turkish Van", "Turkish"),
        ("Abyssinian cat", "Abyssinian"),
    ],
    "syndrome": [
        ("Stockholm syndrome", "Stockholm"),
        ("Paris syndrome", "Paris"),
        ("Jerusalem syndrome", "Jerusalem"),
        ("Lima syndrome", "Lima"),
        ("Havana syndrome", "Havana"),
        ("German measles", "German"),
        ("Spanish flu", "Spanish"),
    ],
    "company": [
        ("Air India", "India"),
        ("Turkish Airlines", "Turkish"),
        ("China Mobile", "China"),
        ("Bank of China", "China"),
        ("British Airways", "British"),
        ("Japan Tobacco", "Japan"),
        ("Korea Zinc", "Korea"),
        ("Bank of America", "America"),
        ("American Express", "American"),
        ("Swiss Re", "Swiss"),
        ("Air Canada", "Canada"),
        ("Singapore Airlines", "Singapore"),
        ("Qatar Airways", "Qatar"),
        ("Deutsche Telekom", "Deutsche"),
        ("Air France", "France"),
        ("Norwegian Air", "Norwegian"),
        ("Thai Airways", "Thai"),
        ("Emirates airline", "Emirates"),
        ("Mexico Fund", "Mexico"),
        ("Canada Goose", "Canada"),
        ("Panama Papers", "Panama"),
    ],
    "newspaper": [
        ("Times of India", "India"),
        ("Korea Herald", "Korea"),
        ("Jerusalem Post", "Jerusalem"),
        ("Japan Times", "Japan"),
        ("Washington Post", "Washington"),
        ("Bangkok Post", "Bangkok"),
        ("Jakarta Post", "Jakarta"),
        ("Kyiv Independent", "Kyiv"),
        ("Moscow Times", "Moscow"),
        ("Tehran Times", "Tehran"),
        ("Irish Times", "Irish"),
        ("Nepali Times", "Nepali"),
        ("Canberra Times", "Canberra"),
        ("Kathmandu Post", "Kathmandu"),
    ],
}
PERSON_FRAMES = [
    "{P} said in an interview that she had no plans to retire.",
    "A photo of {P} at the gala went viral on Sunday.",
    "The novel by {P} sold a million copies.",
    "Fans waited for hours to see {P} arrive.",
    "{P} thanked the crowd after the concert.",
    "According to {P}, the film was shot in six weeks.",
]
PERSONS = [
    ("Kenya Moore", "Kenya"),
    ("Paris Hilton", "Paris"),
    ("Chad Smith", "Chad"),
    ("Jordan Peterson", "Jordan"),
    ("Georgia May Jagger", "Georgia"),
    ("India Arie", "India"),
    ("Israel Adesanya", "Israel"),
    ("Sydney Sweeney", "Sydney"),
    ("Victoria Beckham", "Victoria"),
    ("Paris Jackson", "Paris"),
    ("Adriana Lima", "Lima"),
    ("Cuba Gooding Jr.", "Cuba"),
    ("China Anne McClain", "China"),
    ("Kenya Barris", "Kenya"),
    ("Holland Taylor", "Holland"),
    ("Tom Holland", "Holland"),
    ("Irving Berlin", "Berlin"),
    ("Jack London", "London"),
    ("Jamaica Kincaid", "Jamaica"),
    ("America Ferrera", "America"),
    ("Jordan Henderson", "Jordan"),
    ("Chad Johnson", "Chad"),
    ("Ireland Baldwin", "Ireland"),
    ("Jools Holland", "Holland"),
    ("Trinidad James", "Trinidad"),
    ("Georgia O'Keeffe", "Georgia"),
    ("Brooklyn Beckham", "Brooklyn"),
    ("Dakota Johnson", "Dakota"),
    ("Israel Houghton", "Israel"),
    ("Jordan Belfort", "Jordan"),
    ("Santiago Cabrera", "Santiago"),
    ("Sofia Coppola", "Sofia"),
    ("Vienna Teng", "Vienna"),
    ("Lima Sopoaga", "Lima"),
    ("Kingston Rossdale", "Kingston"),
    ("Malaysia Pargo", "Malaysia"),
]
PLACE_FRAMES = [
    "The plant in {P} will close next year, the company said.",
    "Residents of {P} were told to boil their water.",
    "The mayor of {P} said the festival would go ahead.",
    "She grew up in {P} and moved away at eighteen.",
    "A tornado touched down near {P} on Tuesday.",
    "The council in {P} approved the new school.",
]
PLACES = [
    ("Lebanon, Pennsylvania", "Lebanon"),
    ("Lebanon, Ohio", "Lebanon"),
    ("Sydney, Nova Scotia", "Sydney"),
    ("Paris, Texas", "Paris"),
    ("Moscow, Idaho", "Moscow"),
    ("Berlin, New Hampshire", "Berlin"),
    ("Athens, Georgia", "Athens"),
    ("Athens, Ohio", "Athens"),
    ("Rome, Georgia", "Rome"),
    ("Rome, New York", "Rome"),
    ("Cairo, Illinois", "Cairo"),
    ("Delhi, New York", "Delhi"),
    ("Peru, Indiana", "Peru"),
    ("Mexico, Missouri", "Mexico"),
    ("Cuba, New Mexico", "Cuba"),
    ("Lima, Ohio", "Lima"),
    ("Havana, Illinois", "Havana"),
    ("Dublin, Ohio", "Dublin"),
    ("London, Ontario", "London"),
    ("Vienna, Virginia", "Vienna"),
    ("Warsaw, Indiana", "Warsaw"),
    ("Poland, Maine", "Poland"),
    ("Norway, Maine", "Norway"),
    ("China, Maine", "China"),
    ("Denmark, South Carolina", "Denmark"),
    ("Jordan, Minnesota", "Jordan"),
    ("Kingston, Ontario", "Kingston"),
    ("Amsterdam, New York", "Amsterdam"),
    ("Ottawa, Illinois", "Ottawa"),
    ("Damascus, Maryland", "Damascus"),
    ("Georgetown, Texas", "Georgetown"),
    ("Canton, Ohio", "Canton"),
    ("Stockholm, Wisconsin", "Stockholm"),
    ("Manila, Arkansas", "Manila"),
    ("Oslo, Minnesota", "Oslo"),
    ("Santiago de Compostela", "Santiago"),
    ("Victoria, British Columbia", "Victoria"),
    ("Wellington, Florida", "Wellington"),
    ("Belfast, Maine", "Belfast"),
    ("Panama City, Florida", "Panama"),
    ("Brussels, Ontario", "Brussels"),
    ("Madrid, Iowa", "Madrid"),
    ("Tripoli, Iowa", "Tripoli"),
    ("Paris, Kentucky", "Paris"),
]
REGION_FRAMES = [
    "Flooding in {P} displaced thousands of families.",
    "Oil companies have operated in {P} for decades.",
    "The survey covered villages across {P}.",
    "Scientists mapped the coastline of {P} last year.",
]
REGIONS = [
    ("the Niger Delta", "Niger"),
    ("the Congo Basin", "Congo"),
    ("the Congo River", "Congo"),
    ("the Gulf of Guinea", "Guinea"),
    ("New Guinea", "Guinea"),
    ("the island of New Guinea", "Guinea"),
    ("Northern Ireland", "Ireland"),
    ("Inner Mongolia", "Mongolia"),
    ("Indonesia's Papua province", "Papua"),
    ("West Papua", "Papua"),
    ("the Greek region of Macedonia", "Macedonia"),
    ("New Jersey", "Jersey"),
    ("the Belgian province of Luxembourg", "Luxembourg"),
    ("New Mexico", "Mexico"),
    ("the Gulf of Mexico", "Mexico"),
    ("the South China Sea", "China"),
    ("the Sea of Japan", "Japan"),
    ("the Irish Sea", "Irish"),
    ("Lake Chad", "Chad"),
    ("Lake Malawi", "Malawi"),
    ("the Korean Peninsula", "Korean"),
    ("Indochina", "Indochina"),
    ("the Arabian Sea", "Arabian"),
    ("Iran's East Azerbaijan province", "Azerbaijan"),
    ("Washington state", "Washington"),
    ("the state of Georgia", "Georgia"),
    ("Guernsey County, Ohio", "Guernsey"),
    ("Jersey City", "Jersey"),
    ("the Sudan region of the Sahel", "Sudan"),
    ("North Holland", "Holland"),
    ("Victoria, Australia", "Victoria"),
    ("Northern Cyprus", "Cyprus"),
    ("the Dominican Order", "Dominican"),
    ("the Persian Gulf", "Persian"),
    ("the Indian Ocean", "Indian"),
    ("the Philippine Sea", "Philippine"),
    ("the Timor Sea", "Timor"),
]
ADJ_TRAP_FRAMES = [
    "She described the deal as a classic {P}.",
    "The architect admired the {P} on the square.",
    "He wrote the report in {P}.",
]
ADJECTIVES = [
    ("The house is a fine example of Georgian architecture.", "Georgian"),
    ("They bought a Georgian townhouse in Bath.", "Georgian"),
    ("The talks ended in a Mexican standoff.", "Mexican"),
    ("The shares were sold in a Dutch auction.", "Dutch"),
    ("The bank keeps a Chinese wall between its desks.", "Chinese"),
    ("The crowd did a Mexican wave during the break.", "Mexican"),
    ("She speaks Brazilian Portuguese at home.", "Portuguese"),
    ("The manual is written in American English.", "English"),
    ("He learned Canadian French in Quebec.", "French"),
    ("The film was dubbed into Mexican Spanish.", "Spanish"),
    ("The papers were translated from Korean.", "Korean"),
    ("The interview was conducted in Japanese.", "Japanese"),
    ("Subtitles are available in French and German.", "French"),
    ("Subtitles are available in French and German.", "German"),
    ("She is fluent in Russian and Turkish.", "Russian"),
    ("She is fluent in Russian and Turkish.", "Turkish"),
    ("The menu is printed in Italian.", "Italian"),
    ("The hotel has French windows onto the garden.", "French"),
    ("It was an Indian summer, warm into October.", "Indian"),
    ("The drawings were done in Indian ink.", "Indian"),
    ("The bureaucracy was positively Byzantine.", "Byzantine"),
    ("The dress was Prussian blue.", "Prussian"),
    ("They hung Venetian blinds in the office.", "Venetian"),
    ("He took a Turkish bath after the gym.", "Turkish"),
    ("The design borrows from Danish modern furniture.", "Danish"),
    ("She played the Spanish guitar at the reception.", "Spanish"),
    ("The choir sang a Gregorian chant.", "Gregorian"),
    ("The Swiss Army knife was a gift.", "Swiss"),
    ("Each guest paid their share, going Dutch.", "Dutch"),
    ("He studies Ottoman history at the university.", "Ottoman"),
    ("The gallery shows Flemish paintings.", "Flemish"),
    ("She teaches Latin and Greek at the school.", "Greek"),
    ("He wore a Panama hat to the races.", "Panama"),
    ("The room has a Persian rug.", "Persian"),
    ("They use Roman numerals on the clock.", "Roman"),
    ("The Arabic numerals replaced older signs.", "Arabic"),
    ("He ordered a French press for the office.", "French"),
    ("She gave a French kiss in the film's final scene.", "French"),
    ("The shoes have Cuban heels.", "Cuban"),
    ("He wore Bermuda shorts to the barbecue.", "Bermuda"),
    ("Boats vanish in the Bermuda Triangle, the story goes.", "Bermuda"),
    ("She put on a football jersey.", "jersey"),
    ("He wore a thick Guernsey sweater.", "Guernsey"),
]
LOWER_TRAPS = [
    ("we had roast turkey and all the trimmings", "turkey"),
    ("grandma's fine china is finally out of the cupboard", "china"),
    ("the kids got a guinea pig for christmas", "guinea"),
    ("polish your shoes before the interview", "polish"),
    ("the ballots had hanging chads all over", "chads"),
    ("we ate french fries on the beach", "french"),
    ("she bought a new jersey for the match", "jersey"),
    ("tell us what you think in the comments", "us"),
    ("the china cabinet fell over in the quake", "china"),
    ("a turkey sandwich and a coffee please", "turkey"),
    ("they named the puppy jordan lol", "jordan"),
    ("spray the japan lacquer evenly", "japan"),
    ("the guinea fowl escaped again", "guinea"),
    ("we played chinese checkers all night", "chinese"),
    ("try the swiss chard from the market", "swiss"),
    ("the brussels sprouts were overcooked", "brussels"),
]
CAPS_TRAPS = [
    ("TELL US WHAT YOU THINK", "US"),
    ("JOIN US FOR THE LIVE BLOG", "US"),
    ("LET US KNOW IN THE COMMENTS", "US"),
    ("WHAT THE NEW RULES MEAN FOR US", "US"),
    ("TURKEY PRICES SOAR BEFORE THANKSGIVING", "TURKEY"),
    ("FINE CHINA SALE AT THE MALL THIS WEEKEND", "CHINA"),
    ("PARIS HILTON LAUNCHES NEW PERFUME", "PARIS"),
    ("KENYA MOORE RETURNS TO THE SHOW", "KENYA"),
    ("CHAD SMITH ON HIS NEW ALBUM", "CHAD"),
    ("MICHAEL JORDAN SELLS MANSION", "JORDAN"),
    ("STORM HITS LEBANON, PENNSYLVANIA", "LEBANON"),
    ("GEORGIA GOVERNOR SIGNS BUDGET", "GEORGIA"),
    ("NEW MEXICO WILDFIRE SPREADS", "MEXICO"),
    ("NEW JERSEY TRANSIT STRIKE ENDS", "JERSEY"),
    ("AUSTRALIAN OPEN: NADAL WINS", "AUSTRALIAN"),
    ("FRENCH FRIES RECALLED", "FRENCH"),
    ("HELP US REACH OUR GOAL", "US"),
    ("NIGER DELTA OIL SPILL CLEANUP BEGINS", "NIGER"),
]


def _possessive(form: str) -> str:
    return form + ("'" if form.endswith("s") and not form.endswith("ss") else "'s")


def _mention(form: str) -> str:
    for article in ("the ", "The "):
        if form.startswith(article):
            return form[len(article) :]
    return form


def _fill(frame: str, form: str, upper: bool = False) -> tuple[str, str]:
    """The sentence and the mention as it stands in it."""
    if "{Xs}" in frame:
        written = _possessive(form)
        sentence = frame.replace("{Xs}", written)
    else:
        written = form
        sentence = frame.replace("{X}", written)
    if sentence.startswith("the "):
        sentence = "The " + sentence[4:]
        written = "The " + written[4:] if written.startswith("the ") else written
    mention = _mention(written)
    if upper:
        mention = mention.removeprefix("THE ")
    return sentence, mention


def _rows(rng: random.Random) -> list[tuple[str, str, str, str]]:
    rows: list[tuple[str, str, str, str]] = []

    def pos(cls: str, fillers: list[tuple[str, str | None]], frames: list[str], k: int) -> None:
        for form, code in fillers:
            for frame in rng.sample(frames, k):
                sentence, mention = _fill(frame, form)
                rows.append((cls, sentence, mention, code or "-"))

    pos("territory", TERRITORY, FRAMES, 3)
    pos("kosovo", KOSOVO, FRAMES, 4)
    pos("kosovo", KOSOVO_DEMONYM, ADJ_FRAMES, 3)
    pos("informal", INFORMAL, FRAMES, 3)
    pos("informal", INFORMAL_ADJ, ADJ_FRAMES, 3)
    pos("initialism", INITIALISM, FRAMES, 4)
    pos("seat", SEAT, FRAMES, 3)
    pos("institution", INSTITUTION, INSTITUTION_FRAMES, 2)
    pos("historical", HISTORICAL, HISTORICAL_FRAMES, 2)
    pos("official_form", OFFICIAL, TABLE_FRAMES, 2)
    pos("prefix", PREFIX, FRAMES, 4)
    pos("prefix", PREFIX_ADJ, ADJ_FRAMES, 3)
    return rows


def _case_rows(rng: random.Random) -> list[tuple[str, str, str, str]]:
    rows: list[tuple[str, str, str, str]] = []
    for form, code in LOWER:
        for frame in rng.sample(LOWER_FRAMES, 2):
            sentence = frame.replace("{X}", form)
            rows.append(("lowercase", sentence, _mention(form), code))
    for form, code in CAPS:
        for frame in rng.sample(CAPS_FRAMES, 2):
            sentence = frame.replace("{Xs}", form + "'S").replace("{X}", form)
            mention = form + "'S" if "{Xs}" in frame else form
            rows.append(("allcaps", sentence, mention, code))
    return rows


def _trap_rows(rng: random.Random) -> list[tuple[str, str, str, str]]:
    rows: list[tuple[str, str, str, str]] = []
    for kind, items in THINGS.items():
        for phrase, word in items:
            frame = rng.choice(TRAP_THINGS[kind])
            rows.append((f"trap_{kind}", frame.replace("{P}", phrase), word, "-"))
    for name, word in PERSONS:
        rows.extend(
            ("trap_person", frame.replace("{P}", name), word, "-")
            for frame in rng.sample(PERSON_FRAMES, 2)
        )
    for place, word in PLACES:
        rows.extend(
            ("trap_place", frame.replace("{P}", place), word, "-")
            for frame in rng.sample(PLACE_FRAMES, 2)
        )
    for region, word in REGIONS:
        for frame in rng.sample(REGION_FRAMES, 2):
            sentence = frame.replace("{P}", region)
            rows.append(("trap_region", sentence[0].upper() + sentence[1:], word, "-"))
    for sentence, word in ADJECTIVES:
        rows.append(("trap_adjective", sentence, word, "-"))
    for sentence, word in LOWER_TRAPS:
        rows.append(("trap_lowercase", sentence, word, "-"))
    for sentence, word in CAPS_TRAPS:
        rows.append(("trap_allcaps", sentence, word, "-"))
    return rows


def main() -> None:
    """Write the table."""
    rng = random.Random(13)
    rows = _rows(rng) + _case_rows(rng) + _trap_rows(rng)
    for cls, sentence, mention, _ in rows:
        assert mention in sentence, (cls, sentence, mention)
    head = [
        "# Source: written for bilateral by its developers (tools/make_country_cases.py: frames x",
        "# fillers; facts only: names, codes, seats, institutions). Not news text.",
        "# Columns: class (a positive class, or trap_*: a form that looks like a state but names",
        "# none), sentence, mention (as it stands in the sentence, first occurrence), expected",
        "# (alpha-3 code, or '-' for no state).",
        "class\tsentence\tmention\texpected",
    ]
    body = ["\t".join(row) for row in rows]
    OUT.write_text("\n".join(head + body) + "\n", encoding="utf-8")
    positives = sum(row[3] != "-" for row in rows)
    print(f"wrote {len(rows)} rows ({positives} positive, {len(rows) - positives} traps) to {OUT}")


if __name__ == "__main__":
    main()
