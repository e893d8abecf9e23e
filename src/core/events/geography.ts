/**
 * General knowledge about places, used to read participants and places of events: countries with their
 * other names and demonyms, and capitals and other cities that often host diplomacy. Not corpus data.
 */

interface CountryEntry {
  name: string;
  /** Other names and abbreviations the press uses for the country. */
  names: string[];
  demonyms: string[];
  cities: string[];
}

const COUNTRIES: CountryEntry[] = [
  { name: 'United States', names: ['US', 'U.S.', 'USA', 'U.S.A.', 'America', 'United States of America', 'Washington'], demonyms: ['American', 'US', 'U.S.'], cities: ['Washington', 'New York', 'San Francisco', 'Los Angeles', 'Camp David', 'Honolulu', 'Seattle', 'Chicago'] },
  { name: 'China', names: ["People's Republic of China", 'PRC', 'Beijing'], demonyms: ['Chinese'], cities: ['Beijing', 'Shanghai', 'Xian', "Xi'an", 'Guangzhou', 'Shenzhen', 'Tianjin', 'Hangzhou', 'Chengdu', 'Hong Kong'] },
  { name: 'Russia', names: ['Russian Federation', 'Moscow', 'Kremlin'], demonyms: ['Russian'], cities: ['Moscow', 'St Petersburg', 'St. Petersburg', 'Saint Petersburg', 'Vladivostok', 'Sochi', 'Kazan', 'Novo-Ogaryovo'] },
  { name: 'Ukraine', names: ['Kyiv', 'Kiev'], demonyms: ['Ukrainian'], cities: ['Kyiv', 'Kiev', 'Lviv', 'Odesa', 'Odessa', 'Kharkiv'] },
  { name: 'North Korea', names: ['DPRK', "Democratic People's Republic of Korea", 'Pyongyang'], demonyms: ['North Korean'], cities: ['Pyongyang'] },
  { name: 'South Korea', names: ['Republic of Korea', 'ROK', 'Seoul'], demonyms: ['South Korean'], cities: ['Seoul', 'Busan'] },
  { name: 'Japan', names: ['Tokyo'], demonyms: ['Japanese'], cities: ['Tokyo', 'Osaka', 'Hiroshima', 'Kyoto'] },
  { name: 'India', names: ['New Delhi'], demonyms: ['Indian'], cities: ['New Delhi', 'Delhi', 'Mumbai'] },
  { name: 'Pakistan', names: ['Islamabad'], demonyms: ['Pakistani'], cities: ['Islamabad', 'Karachi', 'Lahore'] },
  { name: 'United Kingdom', names: ['UK', 'U.K.', 'Britain', 'Great Britain', 'London'], demonyms: ['British'], cities: ['London'] },
  { name: 'France', names: ['Paris'], demonyms: ['French'], cities: ['Paris'] },
  { name: 'Germany', names: ['Berlin'], demonyms: ['German'], cities: ['Berlin', 'Munich', 'Bonn'] },
  { name: 'Italy', names: ['Rome'], demonyms: ['Italian'], cities: ['Rome', 'Milan'] },
  { name: 'Spain', names: ['Madrid'], demonyms: ['Spanish'], cities: ['Madrid'] },
  { name: 'Poland', names: ['Warsaw'], demonyms: ['Polish'], cities: ['Warsaw'] },
  { name: 'Belgium', names: [], demonyms: ['Belgian'], cities: ['Brussels'] },
  { name: 'Netherlands', names: ['Holland'], demonyms: ['Dutch'], cities: ['Amsterdam', 'The Hague'] },
  { name: 'Switzerland', names: [], demonyms: ['Swiss'], cities: ['Geneva', 'Bern', 'Davos', 'Lausanne', 'Zurich', 'Burgenstock', 'Bürgenstock'] },
  { name: 'Austria', names: [], demonyms: ['Austrian'], cities: ['Vienna'] },
  { name: 'Hungary', names: [], demonyms: ['Hungarian'], cities: ['Budapest'] },
  { name: 'Czech Republic', names: ['Czechia'], demonyms: ['Czech'], cities: ['Prague'] },
  { name: 'Slovakia', names: [], demonyms: ['Slovak'], cities: ['Bratislava'] },
  { name: 'Romania', names: [], demonyms: ['Romanian'], cities: ['Bucharest'] },
  { name: 'Bulgaria', names: [], demonyms: ['Bulgarian'], cities: ['Sofia'] },
  { name: 'Serbia', names: [], demonyms: ['Serbian'], cities: ['Belgrade'] },
  { name: 'Greece', names: [], demonyms: ['Greek'], cities: ['Athens'] },
  { name: 'Portugal', names: [], demonyms: ['Portuguese'], cities: ['Lisbon'] },
  { name: 'Ireland', names: [], demonyms: ['Irish'], cities: ['Dublin'] },
  { name: 'Finland', names: [], demonyms: ['Finnish'], cities: ['Helsinki'] },
  { name: 'Sweden', names: [], demonyms: ['Swedish'], cities: ['Stockholm'] },
  { name: 'Norway', names: [], demonyms: ['Norwegian'], cities: ['Oslo'] },
  { name: 'Denmark', names: [], demonyms: ['Danish'], cities: ['Copenhagen'] },
  { name: 'Lithuania', names: [], demonyms: ['Lithuanian'], cities: ['Vilnius'] },
  { name: 'Latvia', names: [], demonyms: ['Latvian'], cities: ['Riga'] },
  { name: 'Estonia', names: [], demonyms: ['Estonian'], cities: ['Tallinn'] },
  { name: 'Belarus', names: ['Minsk'], demonyms: ['Belarusian'], cities: ['Minsk'] },
  { name: 'Moldova', names: [], demonyms: ['Moldovan'], cities: ['Chisinau'] },
  { name: 'Georgia', names: [], demonyms: ['Georgian'], cities: ['Tbilisi'] },
  { name: 'Armenia', names: [], demonyms: ['Armenian'], cities: ['Yerevan'] },
  { name: 'Azerbaijan', names: [], demonyms: ['Azerbaijani'], cities: ['Baku'] },
  { name: 'Kazakhstan', names: [], demonyms: ['Kazakh'], cities: ['Astana', 'Almaty'] },
  { name: 'Uzbekistan', names: [], demonyms: ['Uzbek'], cities: ['Tashkent', 'Samarkand'] },
  { name: 'Kyrgyzstan', names: [], demonyms: ['Kyrgyz'], cities: ['Bishkek'] },
  { name: 'Tajikistan', names: [], demonyms: ['Tajik'], cities: ['Dushanbe'] },
  { name: 'Turkmenistan', names: [], demonyms: ['Turkmen'], cities: ['Ashgabat'] },
  { name: 'Mongolia', names: [], demonyms: ['Mongolian'], cities: ['Ulaanbaatar'] },
  { name: 'Turkey', names: ['Türkiye', 'Turkiye', 'Ankara'], demonyms: ['Turkish'], cities: ['Ankara', 'Istanbul'] },
  { name: 'Iran', names: ['Tehran'], demonyms: ['Iranian'], cities: ['Tehran'] },
  { name: 'Iraq', names: [], demonyms: ['Iraqi'], cities: ['Baghdad'] },
  { name: 'Syria', names: [], demonyms: ['Syrian'], cities: ['Damascus'] },
  { name: 'Israel', names: [], demonyms: ['Israeli'], cities: ['Jerusalem', 'Tel Aviv'] },
  { name: 'Palestine', names: ['Palestinian territories', 'Gaza', 'West Bank'], demonyms: ['Palestinian'], cities: ['Ramallah'] },
  { name: 'Lebanon', names: [], demonyms: ['Lebanese'], cities: ['Beirut'] },
  { name: 'Jordan', names: [], demonyms: ['Jordanian'], cities: ['Amman'] },
  { name: 'Egypt', names: [], demonyms: ['Egyptian'], cities: ['Cairo', 'Sharm el-Sheikh'] },
  { name: 'Saudi Arabia', names: ['Riyadh'], demonyms: ['Saudi'], cities: ['Riyadh', 'Jeddah'] },
  { name: 'United Arab Emirates', names: ['UAE'], demonyms: ['Emirati'], cities: ['Abu Dhabi', 'Dubai'] },
  { name: 'Qatar', names: [], demonyms: ['Qatari'], cities: ['Doha'] },
  { name: 'Oman', names: [], demonyms: ['Omani'], cities: ['Muscat'] },
  { name: 'Kuwait', names: [], demonyms: ['Kuwaiti'], cities: ['Kuwait City'] },
  { name: 'Afghanistan', names: [], demonyms: ['Afghan'], cities: ['Kabul'] },
  { name: 'Bangladesh', names: [], demonyms: ['Bangladeshi'], cities: ['Dhaka'] },
  { name: 'Sri Lanka', names: [], demonyms: ['Sri Lankan'], cities: ['Colombo'] },
  { name: 'Nepal', names: [], demonyms: ['Nepali', 'Nepalese'], cities: ['Kathmandu'] },
  { name: 'Vietnam', names: ['Viet Nam'], demonyms: ['Vietnamese'], cities: ['Hanoi', 'Ho Chi Minh City'] },
  { name: 'Thailand', names: [], demonyms: ['Thai'], cities: ['Bangkok'] },
  { name: 'Indonesia', names: [], demonyms: ['Indonesian'], cities: ['Jakarta', 'Bali'] },
  { name: 'Malaysia', names: [], demonyms: ['Malaysian'], cities: ['Kuala Lumpur'] },
  { name: 'Singapore', names: [], demonyms: ['Singaporean'], cities: ['Singapore'] },
  { name: 'Philippines', names: [], demonyms: ['Philippine', 'Filipino'], cities: ['Manila'] },
  { name: 'Cambodia', names: [], demonyms: ['Cambodian'], cities: ['Phnom Penh'] },
  { name: 'Laos', names: [], demonyms: ['Lao', 'Laotian'], cities: ['Vientiane'] },
  { name: 'Myanmar', names: ['Burma'], demonyms: ['Myanmar', 'Burmese'], cities: ['Naypyidaw', 'Yangon'] },
  { name: 'Taiwan', names: [], demonyms: ['Taiwanese'], cities: ['Taipei'] },
  { name: 'Australia', names: [], demonyms: ['Australian'], cities: ['Canberra', 'Sydney'] },
  { name: 'New Zealand', names: [], demonyms: ['New Zealand'], cities: ['Wellington'] },
  { name: 'Canada', names: [], demonyms: ['Canadian'], cities: ['Ottawa', 'Toronto'] },
  { name: 'Mexico', names: [], demonyms: ['Mexican'], cities: ['Mexico City'] },
  { name: 'Cuba', names: [], demonyms: ['Cuban'], cities: ['Havana'] },
  { name: 'Venezuela', names: [], demonyms: ['Venezuelan'], cities: ['Caracas'] },
  { name: 'Colombia', names: [], demonyms: ['Colombian'], cities: ['Bogota', 'Bogotá'] },
  { name: 'Peru', names: [], demonyms: ['Peruvian'], cities: ['Lima'] },
  { name: 'Chile', names: [], demonyms: ['Chilean'], cities: ['Santiago'] },
  { name: 'Argentina', names: [], demonyms: ['Argentine', 'Argentinian'], cities: ['Buenos Aires'] },
  { name: 'Brazil', names: [], demonyms: ['Brazilian'], cities: ['Brasilia', 'Brasília', 'Rio de Janeiro', 'Sao Paulo', 'São Paulo'] },
  { name: 'South Africa', names: [], demonyms: ['South African'], cities: ['Pretoria', 'Johannesburg', 'Cape Town'] },
  { name: 'Nigeria', names: [], demonyms: ['Nigerian'], cities: ['Abuja', 'Lagos'] },
  { name: 'Kenya', names: [], demonyms: ['Kenyan'], cities: ['Nairobi'] },
  { name: 'Ethiopia', names: [], demonyms: ['Ethiopian'], cities: ['Addis Ababa'] },
  { name: 'Eritrea', names: [], demonyms: ['Eritrean'], cities: ['Asmara'] },
  { name: 'Algeria', names: [], demonyms: ['Algerian'], cities: ['Algiers'] },
  { name: 'Morocco', names: [], demonyms: ['Moroccan'], cities: ['Rabat'] },
  { name: 'Vatican', names: ['Holy See'], demonyms: [], cities: ['Vatican City'] },
  { name: 'Kosovo', names: [], demonyms: ['Kosovar', 'Kosovan'], cities: ['Pristina', 'Prishtina'] },
  { name: 'Bosnia and Herzegovina', names: ['Bosnia'], demonyms: ['Bosnian'], cities: ['Sarajevo'] },
  { name: 'Croatia', names: [], demonyms: ['Croatian'], cities: ['Zagreb'] },
  { name: 'Slovenia', names: [], demonyms: ['Slovenian', 'Slovene'], cities: ['Ljubljana'] },
  { name: 'Albania', names: [], demonyms: ['Albanian'], cities: ['Tirana'] },
  { name: 'North Macedonia', names: ['Macedonia'], demonyms: ['Macedonian'], cities: ['Skopje', 'Ohrid'] },
  { name: 'Montenegro', names: [], demonyms: ['Montenegrin'], cities: ['Podgorica'] },
  { name: 'Cyprus', names: [], demonyms: ['Cypriot'], cities: ['Nicosia'] },
  { name: 'Malta', names: [], demonyms: ['Maltese'], cities: ['Valletta'] },
  { name: 'Iceland', names: [], demonyms: ['Icelandic'], cities: ['Reykjavik'] },
  { name: 'Luxembourg', names: [], demonyms: ['Luxembourgish'], cities: ['Luxembourg'] },
  { name: 'Ghana', names: [], demonyms: ['Ghanaian'], cities: ['Accra'] },
  { name: 'Senegal', names: [], demonyms: ['Senegalese'], cities: ['Dakar'] },
  { name: 'Mali', names: [], demonyms: ['Malian'], cities: ['Bamako'] },
  { name: 'Niger', names: [], demonyms: ['Nigerien'], cities: ['Niamey'] },
  { name: 'Burkina Faso', names: [], demonyms: ['Burkinabe', 'Burkinabè'], cities: ['Ouagadougou'] },
  { name: 'Togo', names: [], demonyms: ['Togolese'], cities: ['Lomé', 'Lome'] },
  { name: 'Benin', names: [], demonyms: ['Beninese'], cities: ['Porto-Novo', 'Cotonou'] },
  { name: "Côte d'Ivoire", names: ['Ivory Coast', "Cote d'Ivoire"], demonyms: ['Ivorian'], cities: ['Abidjan', 'Yamoussoukro'] },
  { name: 'Guinea', names: [], demonyms: ['Guinean'], cities: ['Conakry'] },
  { name: 'Sierra Leone', names: [], demonyms: ['Sierra Leonean'], cities: ['Freetown'] },
  { name: 'Liberia', names: [], demonyms: ['Liberian'], cities: ['Monrovia'] },
  { name: 'Gambia', names: ['The Gambia'], demonyms: ['Gambian'], cities: ['Banjul'] },
  { name: 'Cameroon', names: [], demonyms: ['Cameroonian'], cities: ['Yaoundé', 'Yaounde'] },
  { name: 'Central African Republic', names: [], demonyms: ['Central African'], cities: ['Bangui'] },
  { name: 'Gabon', names: [], demonyms: ['Gabonese'], cities: ['Libreville'] },
  { name: 'Republic of the Congo', names: ['Congo-Brazzaville'], demonyms: [], cities: ['Brazzaville'] },
  { name: 'Democratic Republic of the Congo', names: ['DR Congo', 'DRC', 'Congo-Kinshasa'], demonyms: ['Congolese'], cities: ['Kinshasa', 'Goma'] },
  { name: 'Uganda', names: [], demonyms: ['Ugandan'], cities: ['Kampala', 'Entebbe'] },
  { name: 'Rwanda', names: [], demonyms: ['Rwandan'], cities: ['Kigali'] },
  { name: 'Burundi', names: [], demonyms: ['Burundian'], cities: ['Gitega', 'Bujumbura'] },
  { name: 'Tanzania', names: [], demonyms: ['Tanzanian'], cities: ['Dodoma', 'Dar es Salaam'] },
  { name: 'Somalia', names: [], demonyms: ['Somali'], cities: ['Mogadishu'] },
  { name: 'Djibouti', names: [], demonyms: ['Djiboutian'], cities: ['Djibouti'] },
  { name: 'Sudan', names: [], demonyms: ['Sudanese'], cities: ['Khartoum', 'Port Sudan'] },
  { name: 'South Sudan', names: [], demonyms: ['South Sudanese'], cities: ['Juba'] },
  { name: 'Libya', names: [], demonyms: ['Libyan'], cities: ['Tripoli', 'Benghazi'] },
  { name: 'Tunisia', names: [], demonyms: ['Tunisian'], cities: ['Tunis'] },
  { name: 'Mauritania', names: [], demonyms: ['Mauritanian'], cities: ['Nouakchott'] },
  { name: 'Angola', names: [], demonyms: ['Angolan'], cities: ['Luanda'] },
  { name: 'Zambia', names: [], demonyms: ['Zambian'], cities: ['Lusaka'] },
  { name: 'Zimbabwe', names: [], demonyms: ['Zimbabwean'], cities: ['Harare'] },
  { name: 'Malawi', names: [], demonyms: ['Malawian'], cities: ['Lilongwe'] },
  { name: 'Mozambique', names: [], demonyms: ['Mozambican'], cities: ['Maputo'] },
  { name: 'Namibia', names: [], demonyms: ['Namibian'], cities: ['Windhoek'] },
  { name: 'Botswana', names: [], demonyms: ['Botswanan'], cities: ['Gaborone'] },
  { name: 'Madagascar', names: [], demonyms: ['Malagasy'], cities: ['Antananarivo'] },
  { name: 'Mauritius', names: [], demonyms: ['Mauritian'], cities: ['Port Louis'] },
  { name: 'Yemen', names: [], demonyms: ['Yemeni'], cities: ['Sanaa', "Sana'a", 'Aden'] },
  { name: 'Bahrain', names: [], demonyms: ['Bahraini'], cities: ['Manama'] },
  { name: 'Bhutan', names: [], demonyms: ['Bhutanese'], cities: ['Thimphu'] },
  { name: 'Maldives', names: [], demonyms: ['Maldivian'], cities: [] },
  { name: 'Brunei', names: [], demonyms: ['Bruneian'], cities: ['Bandar Seri Begawan'] },
  { name: 'Timor-Leste', names: ['East Timor'], demonyms: ['Timorese'], cities: ['Dili'] },
  { name: 'Fiji', names: [], demonyms: ['Fijian'], cities: ['Suva'] },
  { name: 'Papua New Guinea', names: ['PNG'], demonyms: ['Papua New Guinean'], cities: ['Port Moresby'] },
  { name: 'Solomon Islands', names: [], demonyms: [], cities: ['Honiara'] },
  { name: 'Vanuatu', names: [], demonyms: [], cities: ['Port Vila'] },
  { name: 'Samoa', names: [], demonyms: ['Samoan'], cities: ['Apia'] },
  { name: 'Tonga', names: [], demonyms: ['Tongan'], cities: ["Nuku'alofa"] },
  { name: 'Bolivia', names: [], demonyms: ['Bolivian'], cities: ['La Paz', 'Sucre'] },
  { name: 'Ecuador', names: [], demonyms: ['Ecuadorian'], cities: ['Quito', 'Guayaquil'] },
  { name: 'Uruguay', names: [], demonyms: ['Uruguayan'], cities: ['Montevideo'] },
  { name: 'Paraguay', names: [], demonyms: ['Paraguayan'], cities: ['Asunción', 'Asuncion'] },
  { name: 'Guatemala', names: [], demonyms: ['Guatemalan'], cities: ['Guatemala City'] },
  { name: 'Honduras', names: [], demonyms: ['Honduran'], cities: ['Tegucigalpa'] },
  { name: 'El Salvador', names: [], demonyms: ['Salvadoran', 'Salvadorean'], cities: ['San Salvador'] },
  { name: 'Nicaragua', names: [], demonyms: ['Nicaraguan'], cities: ['Managua'] },
  { name: 'Costa Rica', names: [], demonyms: ['Costa Rican'], cities: ['San José', 'San Jose'] },
  { name: 'Panama', names: [], demonyms: ['Panamanian'], cities: ['Panama City'] },
  { name: 'Dominican Republic', names: [], demonyms: ['Dominican'], cities: ['Santo Domingo'] },
  { name: 'Haiti', names: [], demonyms: ['Haitian'], cities: ['Port-au-Prince'] },
  { name: 'Jamaica', names: [], demonyms: ['Jamaican'], cities: ['Kingston'] },
  { name: 'Trinidad and Tobago', names: ['Trinidad'], demonyms: ['Trinidadian'], cities: ['Port of Spain'] },
  { name: 'Barbados', names: [], demonyms: ['Barbadian'], cities: ['Bridgetown'] },
  { name: 'Bahamas', names: ['The Bahamas'], demonyms: ['Bahamian'], cities: ['Nassau'] },
  { name: 'Guyana', names: [], demonyms: ['Guyanese'], cities: ['Georgetown'] },
  { name: 'Suriname', names: [], demonyms: ['Surinamese'], cities: ['Paramaribo'] },
  { name: 'Belize', names: [], demonyms: ['Belizean'], cities: ['Belmopan'] },
  { name: 'Saint Vincent and the Grenadines', names: ['St Vincent and the Grenadines', 'St. Vincent and the Grenadines', 'St Vincent', 'St. Vincent', 'Saint Vincent'], demonyms: ['Vincentian'], cities: ['Kingstown', 'Argyle'] },
  { name: 'Saint Lucia', names: ['St Lucia', 'St. Lucia'], demonyms: ['Saint Lucian'], cities: ['Castries'] },
  { name: 'Grenada', names: [], demonyms: ['Grenadian'], cities: ["St. George's"] },
  { name: 'Dominica', names: [], demonyms: [], cities: ['Roseau'] },
  { name: 'Antigua and Barbuda', names: ['Antigua'], demonyms: ['Antiguan'], cities: ["St. John's"] },
];

/** Where a country's capital is not the first of its cities above; null where the gazetteer names none. */
const CAPITAL_NOT_FIRST: Record<string, string | null> = { Switzerland: 'Bern', Palestine: null };

const CAPITAL_BY_COUNTRY_WORD = new Map<string, string>();
for (const c of COUNTRIES) {
  const capital = c.name in CAPITAL_NOT_FIRST ? CAPITAL_NOT_FIRST[c.name] : c.cities[0];
  if (capital) for (const w of [c.name, ...c.names.filter((n) => !c.cities.includes(n)), ...c.demonyms]) CAPITAL_BY_COUNTRY_WORD.set(w.toLowerCase(), capital);
}

/** The capital of a country named by its name or demonym ("Kenyan" → "Nairobi", "Solomon Islands" → "Honiara"), else null. */
export function capitalOf(countryWords: string): string | null {
  return CAPITAL_BY_COUNTRY_WORD.get(countryWords.toLowerCase().replace(/^the\s+/, '')) ?? null;
}

const COUNTRY_BY_PLACE = new Map<string, string>();
const COUNTRY_BY_DEMONYM = new Map<string, string>();
for (const c of COUNTRIES) {
  for (const n of [c.name, ...c.names, ...c.cities]) COUNTRY_BY_PLACE.set(n.toLowerCase(), c.name);
  for (const d of c.demonyms) COUNTRY_BY_DEMONYM.set(d.toLowerCase(), c.name);
}

/** The country of a known country or city name ("Kiev" → "Ukraine", "Lima" → "Peru"), else null. */
export function countryOfPlace(name: string): string | null {
  return COUNTRY_BY_PLACE.get(name.toLowerCase().replace(/^the\s+/, '')) ?? null;
}

/** The country of a demonym ("Chinese" → "China"), else null. */
export function countryOfDemonym(word: string): string | null {
  return COUNTRY_BY_DEMONYM.get(word.toLowerCase()) ?? null;
}

/**
 * The names of countries as words ("Türkiye", "Czechia", "Sri Lanka"), lower-cased: for the lexicon, so that a
 * country compromise does not know is no person's name. Not the capitals that stand for them, nor abbreviations.
 */
export const COUNTRY_WORDS = COUNTRIES.flatMap((c) => [c.name, ...c.names.filter((n) => !c.cities.includes(n) && /\p{Ll}/u.test(n))]).map((n) => n.toLowerCase());

/** Regions whose names end in a name of a country's: "Latin America" is not the United States. */
const REGION_WORDS_BEFORE: Record<string, string[]> = { america: ['Latin', 'South', 'North', 'Central'], american: ['Latin', 'South', 'North', 'Central'] };

/** Names as a regex alternation, longest first, each escaped (and not the end of a region's name). */
function alternation(names: Iterable<string>): string {
  return [...names]
    .sort((a, b) => b.length - a.length)
    .map((n) => {
      const escaped = n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const regions = REGION_WORDS_BEFORE[n.toLowerCase()];
      return regions ? `(?<!\\b(?:${regions.join('|')})\\s)${escaped}` : escaped;
    })
    .join('|');
}

/** Every known place name, longest first, as a regex alternation (for finding places in text). */
export const KNOWN_PLACE_SOURCE = alternation([...COUNTRY_BY_PLACE.keys()].filter((n) => !['us', 'uk', 'washington'].includes(n)));

/** Country names and the capitals that stand for governments ("Beijing said"), as a regex alternation. */
export const COUNTRY_NAME_SOURCE = alternation(COUNTRIES.flatMap((c) => [c.name, ...c.names]));

/** Every demonym the gazetteer knows, as written ("North Korean", "U.S."), longest first, as a regex alternation. */
export const DEMONYM_SOURCE = alternation(COUNTRIES.flatMap((c) => c.demonyms));

/** Older or other spellings of cities (and names the press uses alike: "Delhi" for New Delhi), mapped to the one used for comparison. */
const CITY_SPELLINGS: Record<string, string> = { kiev: 'kyiv', delhi: 'new delhi', peking: 'beijing', bombay: 'mumbai', odessa: 'odesa', 'st. petersburg': 'st petersburg', 'saint petersburg': 'st petersburg', 'bürgenstock': 'burgenstock', 'bogotá': 'bogota', 'brasília': 'brasilia' };

/** A place name in the form places are compared in: lower case, no leading "the", one spelling per city. */
export function canonicalPlace(name: string): string {
  const lower = name.toLowerCase().replace(/^the\s+/, '').replace(/['’]s$/, '').trim();
  return CITY_SPELLINGS[lower] ?? lower;
}

const COUNTRY_NAMES = new Set(COUNTRIES.flatMap((c) => [c.name, ...c.names.filter((n) => !c.cities.includes(n))]).map((n) => n.toLowerCase()));

/** Whether a name is a country's (not a city's): "Peru", "the United States", "DPRK". */
export function isCountryName(name: string): boolean {
  return COUNTRY_NAMES.has(name.toLowerCase().replace(/^the\s+/, ''));
}
