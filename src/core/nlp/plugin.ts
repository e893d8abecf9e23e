import { COUNTRY_WORDS } from '../events/geography';

/**
 * Our compromise plugin: general knowledge about how news text names people. Titles, honorifics,
 * the words that build a title ("Deputy … of Defense"), nationality words, speech cues, the words
 * that end a place or organisation name ("… Square"), outlets, and common East Asian surnames.
 * No person from any corpus is listed here: the reader must work on articles it has never seen.
 */

/** Words that make a phrase a role: "Minister", "spokesman", "envoy". */
export const TITLE_WORDS = [
  'president', 'president-elect', 'vice-president', 'premier', 'chancellor', 'minister', 'secretary',
  'secretary-general', 'undersecretary', 'spokesman', 'spokeswoman', 'spokesperson', 'ambassador', 'envoy',
  'representative', 'diplomat', 'leader', 'chief', 'head', 'director', 'director-general', 'chairman',
  'chairwoman', 'chairperson', 'chair', 'governor', 'senator', 'congressman', 'congresswoman', 'lawmaker',
  'legislator', 'speaker', 'mayor', 'king', 'queen', 'prince', 'princess', 'emperor', 'empress', 'pope',
  'sultan', 'emir', 'general', 'admiral', 'commander', 'colonel', 'lieutenant', 'captain', 'sergeant', 'officer',
  'official', 'adviser', 'advisor', 'aide', 'councilor', 'councillor', 'counselor', 'counsellor', 'consul',
  'judge', 'prosecutor', 'attorney', 'lawyer', 'pm', 'fm', 'mp', 'ceo', 'nsa', 'correspondent', 'journalist',
  'reporter', 'editor', 'columnist', 'analyst', 'professor', 'researcher', 'scholar', 'coach', 'manager',
  'founder', 'counterpart', 'commissioner', 'ombudsman', 'treasurer', 'tsar', 'czar', 'ruler', 'monarch',
  'dictator', 'patriarch', 'cardinal', 'bishop', 'archbishop', 'rabbi', 'imam', 'cleric', 'ayatollah',
  'economist', 'historian', 'activist', 'dissident', 'candidate', 'nominee', 'politician', 'deputy',
  'negotiator', 'mediator', 'coordinator', 'sheriff', 'marshal', 'inspector', 'superintendent', 'magistrate',
  'strategist', 'pollster', 'lobbyist', 'consultant', 'dean', 'provost', 'trustee', 'expert', 'specialist',
  'fellow', 'academic', 'commentator', 'cllr', 'barrister', 'solicitor', 'geologist', 'boss', 'owner', 'cfo', 'coo', 'cto', 'counsel', 'engineer', 'scientist', 'administrator',
  // Occupations a story names someone by ("meteorologist Dana Reyes", "the saxophonist Desmond Yeboah").
  'meteorologist', 'forecaster', 'epidemiologist', 'virologist', 'physicist', 'chemist', 'biologist', 'ecologist', 'psychologist',
  'pianist', 'saxophonist', 'guitarist', 'violinist', 'cellist', 'drummer', 'musician', 'composer', 'novelist', 'poet', 'playwright',
  'painter', 'sculptor', 'filmmaker', 'architect', 'curator', 'nurse', 'paramedic', 'firefighter', 'midwife', 'pharmacist', 'surgeon',
  'teacher', 'headteacher', 'pundit', 'co-author', 'coauthor', 'justice', 'lecturer', 'referee', 'umpire', 'striker', 'midfielder', 'goalkeeper', 'defender', 'winger', 'mechanic', 'farmer', 'detective',
  'constable', 'campaigner', 'entrepreneur', 'banker', 'chef', 'promoter', 'announcer', 'organiser', 'organizer', 'producer', 'publisher',
  // Kin, in apposition before a name ("Her husband, David Tran,"): who the person is to another, and their gender.
  // Not "son": it is a Korean name ("Son Heung-min", "Ri Son Gwon").
  'auditor', 'partner', 'co-founder', 'cofounder', 'photographer', 'writer', 'author', 'artist', 'designer', 'critic', 'councilmember', 'councilman', 'councilwoman', 'alderman',
  'alderwoman', 'assemblyman', 'assemblywoman', 'assemblymember', 'selectman', 'selectwoman', 'supervisor',
  'husband', 'wife', 'daughter', 'brother', 'sister', 'father', 'mother',
  'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'capt', 'amb', 'pres', 'sec', 'coun', 'det', 'sgt', 'supt', 'insp', 'const', 'cpl', 'cmdr', 'maj', 'brig',
];

/** Forms of address that precede a name but are not part of it, and say nothing of the role. */
export const HONORIFICS = [
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'sir', 'dame', 'lord', 'lady', 'madam', 'madame', 'mme', 'prof', 'rev', 'reverend', 'sheikh',
  'alhaji', 'alhaja', 'hajiya', 'highness', 'excellency', 'majesty', 'honourable', 'honorable',
];

/** Words that build a title around its head: "Deputy Minister of Defense", "top diplomat", "State Councilor". */
export const ROLE_MODIFIERS = [
  'vice', 'acting', 'former', 'then', 'ex', 'outgoing', 'incoming', 'interim', 'prime', 'first', 'foreign',
  'defense', 'defence', 'interior', 'home', 'finance', 'economy', 'economic', 'trade', 'commerce', 'justice',
  'health', 'energy', 'environment', 'environmental', 'natural', 'resources', 'agriculture', 'education',
  'culture', 'transport', 'labour', 'labor', 'development', 'industry', 'emergency', 'emergencies',
  'intelligence', 'information', 'internal', 'external', 'affairs', 'state', 'national', 'security', 'public',
  'relations', 'policy', 'foreign-policy', 'strategic', 'military', 'armed', 'forces', 'council', 'committee',
  'commission', 'office', 'department', 'ministry', 'house', 'senate', 'congress', 'assembly', 'parliament',
  'parliamentary', 'party', 'central', 'press', 'presidential', 'special', 'top', 'senior', 'junior',
  'supreme', 'executive', 'permanent', 'assistant', 'principal', 'high', 'majority', 'minority', 'opposition',
  'ruling', 'communist', 'staff', 'joint', 'general', 'shadow',
];

/** Nationality words compromise's lexicon may lack; it already knows most ("Chinese", "Russian"). */
export const DEMONYMS = [
  'ukrainian', 'belarusian', 'kazakh', 'uzbek', 'georgian', 'moldovan', 'north korean', 'south korean', 'emirati', 'saudi', 'qatari',
  'taiwanese', 'south african', 'sri lankan', 'saudi arabian', 'costa rican', 'puerto rican', 'south sudanese', 'north macedonian',
  'central african', 'argentinian', 'azerbaijani', 'british', 'burmese', 'danish', 'finnish', 'irish', 'kyrgyz',
  'laotian', 'nepalese', 'nepali', 'polish', 'spanish', 'swedish', 'tajik', 'turkish',
];

/** Verbs that put a person (or an organisation) in the subject or after an inverted "said". */
export const SPEECH_CUES = [
  'said', 'says', 'told', 'tells', 'added', 'adds', 'stressed', 'stresses', 'noted', 'notes', 'wrote', 'writes',
  'warned', 'warns', 'urged', 'urges', 'stated', 'states', 'asked', 'asks', 'replied', 'replies', 'explained',
  'explains', 'insisted', 'insists', 'denied', 'denies', 'tweeted', 'twitted', 'posted', 'announced', 'announces', 'declared',
  'declares', 'argued', 'argues', 'claimed', 'claims', 'emphasized', 'emphasised', 'underlined', 'underscored',
  'reiterated', 'recalled', 'acknowledged', 'admitted', 'suggested', 'observed', 'commented', 'remarked',
  'concluded', 'confirmed', 'affirmed', 'assured', 'promised', 'pledged', 'vowed', 'thanked', 'praised',
  'spoke', 'speaks', 'expressed', 'revealed', 'responded', 'testified', 'conceded', 'cautioned',
];

/** Last words of names that are places, buildings, bodies or events, never people: "Kim Il Sung Square". */
export const PLACE_ENDINGS = [
  'square', 'street', 'avenue', 'road', 'boulevard', 'bridge', 'hall', 'palace', 'museum', 'university', 'college',
  'institute', 'school', 'academy', 'airport', 'station', 'stadium', 'arena', 'park', 'garden', 'gardens', 'center',
  'centre', 'foundation', 'fund', 'prize', 'award', 'doctrine', 'plan', 'group', 'company', 'corporation', 'corp',
  'inc', 'ltd', 'bank', 'agency', 'administration', 'embassy', 'forum', 'summit', 'initiative', 'declaration',
  'tower', 'building', 'cathedral', 'church', 'mosque', 'temple', 'monastery', 'bay', 'river', 'lake', 'mountain',
  'mountains', 'island', 'islands', 'province', 'region', 'district', 'county', 'city', 'times', 'post', 'news',
  'journal', 'daily', 'herald', 'tribune', 'review', 'gazette', 'network', 'channel', 'radio', 'television', 'tv',
  'media', 'online', 'club', 'united', 'hotel', 'hospital', 'cup', 'games', 'act', 'bill', 'treaty', 'accord',
  'agreement', 'strait', 'sea', 'ocean', 'gulf', 'peninsula', 'valley', 'memorial', 'monument', 'cemetery',
  'mausoleum', 'bhavan', 'bhawan', 'exposition', 'exhibition', 'festival', 'dialogue', 'conference', 'cosmodrome', 'base', 'port',
  'prison', 'court', 'tribunal', 'airlines', 'motors', 'studios', 'records', 'library', 'zone', 'federation',
  'republic', 'kingdom', 'union', 'emirates', 'states', 'confederation', 'commonwealth', 'alliance', 'coalition',
  'organization', 'organisation', 'association', 'society', 'movement', 'army', 'navy', 'guard', 'police',
  'service', 'services', 'authority', 'bureau', 'partnership', 'program', 'programme', 'project', 'strategy',
  'league', 'day', 'crater', 'division', 'secretariat', 'directorate', 'ministry', 'department', 'commission',
  'council', 'committee', 'office', 'residence', 'headquarters', 'chancellery', 'mansion', 'compound', 'inspectorate', 'directorate-general', 'parliament', 'assembly', 'senate',
  'laboratory', 'laboratories', 'lab', 'labs', 'endowment', 'institution', 'observatory', 'clinic', 'consortium',
  'theatre', 'theater', 'opera', 'cinema', 'gallery', 'chamber',
  // Companies: "Kitamura Electric", "Silesia Energo", "Qasr Capital".
  'electric', 'electronics', 'energy', 'energo', 'holdings', 'capital', 'partners', 'industries', 'technologies',
  'telecom', 'pharma', 'pharmaceuticals', 'airways', 'logistics', 'petroleum', 'securities', 'insurance', 'ventures',
  'foods', 'brands', 'stores', 'systems', 'solutions', 'homes', 'healthcare', 'trust',
  // Clubs: "Millbrook Town", "Harbourside Athletic".
  'town', 'rovers', 'athletic', 'wanderers', 'albion', 'fc',
  // Legal forms: "Hale Whitman LLP", "Brandt GmbH".
  'llp', 'llc', 'plc', 'ltd', 'inc', 'gmbh', 'pty',
];

/** Unnamed sources a sentence may open with, capitalised like a name ("Sources said …", "Insiders say …"). */
export const UNNAMED_SOURCES = ['source', 'sources', 'insider', 'insiders', 'observer', 'observers', 'eyewitness', 'eyewitnesses', 'onlookers', 'bystanders'];

/** News outlets, wires and institutions named like people in "X said": general knowledge, not corpus data. */
export const ORGANISATIONS = [
  'reuters', 'bloomberg', 'xinhua', 'tass', 'interfax', 'ria', 'afp', 'ap', 'cnn', 'bbc', 'sputnik', 'kyodo',
  'yonhap', 'nhk', 'politico', 'axios', 'ukrinform', 'anadolu', 'izvestia', 'kommersant', 'vedomosti', 'pravda',
  'kremlin', 'pentagon', 'whitehall', 'elysee', 'élysée', 'bundestag', 'duma', 'knesset', 'zhongnanhai', 'nato',
  'unesco', 'unicef', 'interpol', 'gazprom', 'rosneft', 'huawei', 'twitter', 'facebook', 'google', 'telegram',
  'white house', 'downing street', 'blue house',
];

/**
 * The most common Chinese and Korean surnames. Written first ("Wang Yi"), they are the name's short form
 * ("Wang said"), and compromise's lexicon knows few of them. English words among them (He, Ma, Yu) are
 * left out: only a following capitalised given name would make them names, and that is evidence enough.
 */
export const EAST_ASIAN_SURNAMES = [
  'wang', 'li', 'zhang', 'liu', 'chen', 'yang', 'huang', 'zhao', 'wu', 'zhou', 'xu', 'sun', 'zhu', 'hu', 'guo', 'gao',
  'lin', 'luo', 'zheng', 'liang', 'xie', 'song', 'tang', 'han', 'feng', 'deng', 'cao', 'peng', 'zeng', 'xiao',
  'tian', 'dong', 'pan', 'yuan', 'cai', 'jiang', 'du', 'ye', 'cheng', 'wei', 'su', 'lu', 'ding', 'ren', 'shen',
  'yao', 'qin', 'jin', 'fu', 'lei', 'kong', 'bai', 'wen', 'hou', 'qian', 'kim', 'lee', 'park', 'choi', 'jung',
  'kang', 'cho', 'yoon', 'jang', 'lim', 'shin', 'moon', 'yoo', 'kwon', 'hwang', 'ahn', 'hong',
  // Less common, but no English word: "Xi Jinping met …" is a name without a title or a cue.
  'xi', 'qi', 'mao', 'meng', 'dai', 'shi', 'yan', 'xue', 'lai', 'zou', 'ning', 'niu', 'zhong', 'hao', 'xiong',
  'qiu', 'yin', 'shao', 'cui', 'duan', 'jia', 'xing', 'geng', 'zhai', 'jiao', 'kuang', 'miao', 'nie', 'qiao',
  'xia', 'xiang', 'zhan', 'zhuang', 'zhuo', 'seo', 'kwak', 'ryu', 'jeon', 'baek', 'heo', 'noh', 'roh', 'chung',
];

/**
 * Given names that are also ordinary words or places ("Will Tanner", "Hope Wynn", "Paris Delacroix"). The word
 * keeps what it is; it is read as a given name only right before a surname (findPeople.ts, readNameWords).
 */
export const GIVEN_NAMES_ALSO_WORDS = [
  'will', 'hope', 'rose', 'faith', 'joy', 'ruby', 'holly', 'dawn', 'iris', 'ivy', 'lily', 'daisy', 'violet', 'hazel',
  'pearl', 'summer', 'autumn', 'sky', 'skye', 'honor', 'honour', 'charity', 'patience', 'prudence', 'mercy', 'destiny',
  'harmony', 'melody', 'sunny', 'bonnie', 'ginger', 'heather', 'jasmine', 'olive', 'poppy', 'willow', 'robin', 'wren',
  'jay', 'ray', 'guy', 'frank', 'bill', 'rich', 'rusty', 'buck', 'cliff', 'wade', 'lane', 'reed', 'miles', 'chance',
  'sterling', 'hunter', 'mason', 'carter', 'cooper', 'parker', 'tucker', 'brook', 'brooke', 'river', 'stone', 'sandy',
  'sue', 'pat', 'rod', 'gene', 'paris', 'jordan', 'florence', 'georgia', 'virginia', 'carolina', 'sydney', 'austin',
  'dallas', 'denver', 'china', 'india', 'israel', 'kenya', 'eden', 'jade', 'crystal', 'misty', 'storm', 'raven', 'rocky',
  // Titles that are given names too: 'manager Dean Whitlock'.
  'dean', 'earl',
];

/** Our tags, each under compromise's own so its tagger keeps working as before. */
const TAGS = {
  GivenNameWord: {},
  PersonTitle: { isA: 'Noun' },
  RoleModifier: {},
  SpeechCue: { isA: 'Verb' },
  PlaceEnding: { isA: 'Noun' },
};

type Lexicon = Record<string, string | string[]>;

/**
 * The plugin object, built against compromise's lexicon so that a word keeps the tags compromise gives
 * it ("said" stays PastTense) and gains ours.
 */
export function peoplePlugin(existing: Lexicon): { tags: typeof TAGS; words: Lexicon } {
  const words: Lexicon = {};
  const add = (list: string[], tag: string) => {
    for (const w of list) {
      const had = words[w] ?? existing[w] ?? [];
      words[w] = [...new Set([...(Array.isArray(had) ? had : [had]), tag])];
    }
  };
  add(TITLE_WORDS, 'PersonTitle');
  add(HONORIFICS, 'Honorific');
  add(ROLE_MODIFIERS, 'RoleModifier');
  add(DEMONYMS, 'Demonym');
  add(SPEECH_CUES, 'SpeechCue');
  add(PLACE_ENDINGS, 'PlaceEnding');
  add(ORGANISATIONS, 'Organization');
  add(EAST_ASIAN_SURNAMES, 'LastName');
  add(GIVEN_NAMES_ALSO_WORDS, 'GivenNameWord');
  add(UNNAMED_SOURCES, 'Noun');
  add(COUNTRY_WORDS.filter((w) => !existing[w]), 'Country');
  return { tags: TAGS, words };
}
