import { WEEKDAY_ABBREVIATION } from '../dates';
import { joined, type Token } from './tokens';
import { isCommonWord, isConnector, isGivenName, isHonorific, isNotPersonWord, isRoleWord, isSpeechCue, isTitle, placeNameLength } from './words';

/** What the words around a name say about it: a title before it, an apposition after it, a speech cue. */

export interface Role {
  /** "Chinese Defense Minister", "the Kremlin's chief spokesman" without the article. */
  text: string;
  start: number;
  end: number;
}

export interface TitleBefore {
  /** The title, or null when only an honorific ("Mr", "Dr") stands before the name. */
  role: Role | null;
  /** Offset where the titled form of the name starts ("Mr Xi", "President Xi"). */
  start: number;
}

const MAX_ROLE_WORDS = 12;

/**
 * The title right before the name at `tokens[at]`: "Chinese Defense Minister Li Shangfu", "Kremlin
 * spokesman Dmitry Peskov", "China's top diplomat Wang Yi", "Mr Xi". Null when there is none.
 */
export function titleBefore(tokens: Token[], at: number, text: string, apposed = false): TitleBefore | null {
  // "minister of Unification", "Speaker of the House of Commons": what follows "of" is not a person.
  if (at === 0 || isConnector(tokens[at - 1])) return null;
  let from = at;
  for (let j = at - 1; j >= 0 && at - j <= MAX_ROLE_WORDS; j--) {
    const t = tokens[j];
    const adjacent = (apposed && j === at - 1) || joined(t) || (t.possessive && /^\s+$/.test(t.gapAfter)) || (/^,[ \t]+$/u.test(t.gapAfter) && tokens.slice(j + 1, at).some((w) => w.lower === 'and') && inListOfFields(tokens, j + 1));
    if (!adjacent) break;
    // "Ambassador to the United Nations Linda Thomas-Greenfield": a body named in several words completes the title.
    const body = placeNameEndingAt(tokens, j);
    if (body > 0) {
      from = j -= body - 1;
      continue;
    }
    if (!belongsToTitle(tokens, j)) break;
    // "special envoy to President-elect Tinubu", "a spokeswoman for Mr. Hale": a title or an honorific right after the
    // connector opens the name's own title, and the words before it are someone else's.
    // ("Deputy Prime Minister and Foreign Minister Dar": "and" joins two titles of one person.)
    // After "of" only a title right after it does ("Chief of Staff and Head of Public Service" is one title).
    if (isConnector(t) && t.lower !== 'and' && opensOwnTitle(tokens, j, at)) break;
    from = j;
    if (t.possessive) break; // "China's top diplomat": the possessor opens the title.
  }
  // Leading words that open no title are dropped, but not the first word of a place ("New York prosecutor").
  while (from < at && !startsTitle(tokens[from]) && placeNameLength(tokens, from, at) === 0) from++;
  const words = tokens.slice(from, at);
  if (!words.some((t) => isTitle(t) || isHonorific(t))) return null;
  // "Gov.", "Sen.": an abbreviated title the lexicon also knows as a form of address is still a title.
  const titled = words.filter((t) => !isHonorific(t) || isTitle(t));
  const role = titled.some(isTitle) ? roleOf(text, titled[0].start, titled[titled.length - 1].end) : null;
  return { role, start: words[0].start };
}

/** Whether the words after the connector at `tokens[j]` hold the name's own title: "to President-elect …", "for Mr. …". */
function opensOwnTitle(tokens: Token[], j: number, at: number): boolean {
  const next = tokens[j + 1]?.lower === 'the' ? tokens[j + 2] : tokens[j + 1];
  if (next && (isTitle(next) || isHonorific(next))) return true;
  return tokens[j].lower !== 'of' && tokens.slice(j + 1, at).some(isTitle);
}

/** The role the words from `start` to `end` give, an abbreviated title written out: "Gov." is "Governor". */
function roleOf(text: string, start: number, end: number): Role {
  const words = text.slice(start, end);
  // "Det. Sgt." is "Detective Sergeant": each abbreviated word written out.
  return { text: words.replace(ABBREVIATED_WORD, (w: string, bare: string) => ABBREVIATED_TITLES.get(bare.toLowerCase()) ?? w), start, end };
}
const ABBREVIATED_TITLES = new Map(Object.entries({
  gov: 'Governor', sen: 'Senator', rep: 'Representative', gen: 'General', col: 'Colonel', lt: 'Lieutenant',
  capt: 'Captain', amb: 'Ambassador', pres: 'President', sec: 'Secretary', cllr: 'Councillor', coun: 'Councillor',
  det: 'Detective', sgt: 'Sergeant', supt: 'Superintendent', insp: 'Inspector', const: 'Constable', cpl: 'Corporal',
  cmdr: 'Commander', maj: 'Major', brig: 'Brigadier',
}));
const ABBREVIATED_WORD = /\b(\p{L}+)\b\.?/gu;

/** How many words ending at `tokens[j]` (two or three, each joined to the next) name a place or body; 0 if none. */
function placeNameEndingAt(tokens: Token[], j: number): number {
  if (!tokens[j].capitalised) return 0;
  for (let n = 3; n >= 2; n--) {
    const at = j - n + 1;
    if (at < 0 || placeNameLength(tokens, at, j + 1) !== n) continue;
    let adjacent = true;
    for (let k = at; k < j; k++) adjacent &&= joined(tokens[k]);
    if (adjacent) return n;
  }
  return 0;
}

/**
 * Title words, connectors between them ("of", "and" between two title words), places ("of Chile"),
 * and a possessor ("China's"); a capitalised word or an acronym only where it qualifies a title word ("Kremlin
 * spokesman", "US President"), so that a title never swallows the words before it.
 */
function belongsToTitle(tokens: Token[], j: number): boolean {
  const t = tokens[j];
  // "Prime Minister and Foreign Minister", "Chief of Staff and Head of …"; not "the CPC Central Committee and Foreign
  // Minister", where a body's name ends before "and".
  if (t.lower === 'and') return (j > 0 && ((isRoleWord(tokens[j - 1]) && !BODY_WORD.test(tokens[j - 1].lower)) || isOfficeField(tokens, j - 1)) && isRoleWord(tokens[j + 1])) || inListOfFields(tokens, j);
  if (isRoleWord(t) || isConnector(t) || t.possessive || isNotPersonWord(t)) return true;
  if (isOfficeField(tokens, j) || inListOfFields(tokens, j)) return true;
  // "Minister of Defense of Ukraine Volodymyr Havrylov": a place or body after "of" completes the title.
  const afterOf = j > 0 && tokens[j - 1].lower === 'of';
  return (t.acronym || t.capitalised) && (isRoleWord(tokens[j + 1]) || afterOf);
}

/**
 * "Minister of Employment and Labour", "minister for nature and environment": the first of two fields an office
 * is "of" or "for", whatever the lexicon knows of it, when "and" and a word that builds titles follow.
 */
function isOfficeField(tokens: Token[], j: number): boolean {
  const via = tokens[j - 1];
  return (
    j >= 2 && (via.lower === 'of' || via.lower === 'for') && isTitle(tokens[j - 2]) && tokens[j + 1]?.lower === 'and' && isRoleWord(tokens[j + 2]) &&
    /^\p{L}+$/u.test(tokens[j].text) && joined(via) && joined(tokens[j]) && joined(tokens[j + 1])
  );
}

/**
 * "Minister of Art, Culture and Creative Economy": capitalised fields, commas and "and" after "of" and a title, at most
 * MAX_FIELD_WORDS of them back to the "of" (a comma is crossed only before the "and" of the list: "President of Kenya,
 * Dr Williams Ruto" is a title in apposition, no list).
 */
function inListOfFields(tokens: Token[], j: number): boolean {
  for (let k = j; k >= 2 && j - k <= MAX_FIELD_WORDS; k--) {
    const w = tokens[k];
    if (k < j && !(joined(w) || /^,[ \t]+$/u.test(w.gapAfter))) return false;
    if (w.lower === 'of') return k < j && isTitle(tokens[k - 1]) && joined(tokens[k - 1]);
    if (!(w.capitalised || w.lower === 'and')) return false;
  }
  return false;
}
const MAX_FIELD_WORDS = 8;

const BODY_WORD = /^(?:committee|council|commission|office|department|ministry|bureau|secretariat|parliament|assembly|senate|congress|party)$/u;

function startsTitle(t: Token): boolean {
  return !isConnector(t) && (isRoleWord(t) || t.acronym || (t.capitalised && !isCommonWord(t)));
}

// ", the Chinese special envoy," / ", director of the Office of …," up to the next clause mark.
// ", now a television pundit,": what someone is now is their role as well.
const APPOSITION = /^,\s+(?:(?:now|currently)\s+)?(?:(?:the|a|an|his|her|their)\s+)?([^,;.()"“”«»:!?\n]{2,160}?)\s*(?=[,;.()"“”«»:!?\n]|$)/du;
/** An initialism ("U.S.", "C.C."), whose full stops do not end an apposition. */
const INITIALISM = /(?:\p{Lu}\.){2,}/gu;
const OPENS_WITH_INITIALISM = /^,\s+(?:(?:the|a|an|his|her|their)\s+)?\p{Lu}\.\p{Lu}\./u;
/** What stands for an initialism's full stops while the apposition is matched: one character, as the stop is. */
const INITIALISM_STOP = '\u2024';
/** How long someone has held the title, which is no part of it: "her deputy for the past 12 years", "chairman since 2019". */
const TENURE = /\s+(?:(?:for|over|during|in)\s+(?:the\s+)?(?:past|last|previous)\s|since\s).*$/u;
/** Words a phrase cut short by a quotation or a bracket ends with: "head coach of (the club)". */
const DANGLING = /(?:\s+(?:of|for|at|in|on|to|from|with|by|the|a|an|and|or))+$/u;
const CLAUSE_WORD = /\b(?:who|which|that|said|says|told|is|was|were|has|had|have|will|would)\b/u;
/** Capitalised words (and the words that join them) right before "said": the apposition ends there. */
const CAPITALISED_TITLE_THEN_CUE = /^((?:\p{Lu}[\p{L}'’.-]*(?:\s+(?:of|for|the|and|on))*\s+){0,5}\p{Lu}[\p{L}'’.-]*)\s+(?:said|says|told)\b/u;
/** Where a relative clause opens inside an apposition. */
const RELATIVE_INSIDE = /(?:^|\s)(?:who|which|that)\s/u;
/** "… as its director", "… as the club's chief executive": the office a relative clause says someone holds. */
const HELD_AS = /\sas\s+(?:its|the|their|his|her|our)\s+((?:[\p{L}'’-]+\s+){0,2}[\p{L}-]+)\s*$/du;
/** "… who is now a nurse in Leeds": the office or occupation a relative clause says someone has. */
const IS_NOW = /^\s*(?:who|that)\s+(?:is|was)\s+(?:now\s+)?(?:an?|the)\s+((?:[\p{L}'’-]+\s+){0,2}[\p{L}-]+)\s*$/du;
const MAX_APPOSITION_WORDS = 16;
const MAX_QUALIFIED_TITLE_WORDS = 2;
const MAX_WORDS_BEFORE_TITLE = 5;
/** An article or a possessive before the apposition's title: ", the spokeswoman", ", her deputy for 12 years". */
const ARTICLE_OPENING = /^,\s+(?:(?:now|currently)\s+)?(?:the|a|an|his|her|their)\s/u;

/** The apposition after a name ("Wang Yi, China's top diplomat,") when it holds a title. */
export function appositionAfter(text: string, nameEnd: number, tokensAfter: Token[]): Role | null {
  const after = text.slice(nameEnd, nameEnd + 240);
  let m = APPOSITION.exec(after);
  // Stopped at an initialism's full stop ("…, U.S. ambassador", "…, director of the C.C., WPK"): matched again
  // with the initialisms' stops masked.
  if (m ? after[m.indices![1][1]] === '.' && /\p{Lu}$/u.test(m[1]) : OPENS_WITH_INITIALISM.test(after)) {
    m = APPOSITION.exec(after.replace(INITIALISM, (i) => i.replaceAll('.', INITIALISM_STOP)));
  }
  if (!m) return null;
  let start = nameEnd + m.indices![1][0];
  let length = m[1].length;
  // "Yemane Meskel, Eritrean Minister of Information said in a tweet": a title in capitals, and no comma before the verb.
  const titleThenCue = CLAUSE_WORD.test(m[1]) ? CAPITALISED_TITLE_THEN_CUE.exec(m[1]) : null;
  if (titleThenCue) length = titleThenCue[1].length;
  else if (CLAUSE_WORD.test(m[1])) {
    // ", a retail analyst at Pinecrest Securities who has covered the grocer since 2016,": the title before the
    // relative clause; ", who has run the food bank since 2015 as its director,": the office it was held as.
    const relative = RELATIVE_INSIDE.exec(m[1]);
    const heldAs = relative?.index === 0 ? HELD_AS.exec(m[1]) : null;
    // ", a former pupil who is now a nurse in Leeds,": what the relative clause says someone is, when the words before
    // it hold no title.
    const opening = relative ? start + relative.index : start;
    const isNow = relative && relative.index > 0 && !tokensAfter.some((t) => t.start >= start && t.end <= opening && isTitle(t)) ? IS_NOW.exec(m[1].slice(relative.index)) : null;
    if (heldAs) {
      start += heldAs.indices![1][0];
      length = heldAs[1].length;
    } else if (isNow) {
      start = opening + isNow.indices![1][0];
      length = isNow[1].length;
    } else if (relative && relative.index > 0 && !CLAUSE_WORD.test(m[1].slice(0, relative.index))) {
      length = relative.index;
    } else return null;
  }
  const phrase = text.slice(start, start + length).replace(TENURE, '').replace(DANGLING, '');
  const words = tokensAfter.filter((t) => t.start >= start && t.end <= start + phrase.length);
  // The title opens the phrase: in ", a Wall Street star the company brought on as its CFO," the phrase tells of other things.
  const firstTitle = words.findIndex(isTitle);
  if (words.length === 0 || words.length > MAX_APPOSITION_WORDS || firstTitle < 0 || firstTitle >= MAX_WORDS_BEFORE_TITLE || holdsAName(words)) return null;
  // A lower-case noun may qualify a title right after it ("the government spokeswoman", "the opposition leader"), and
  // after an article the title may have more after it ("a district engineer with the Department of Transportation").
  const qualifiedTitle =
    (words.length <= MAX_QUALIFIED_TITLE_WORDS && isTitle(words[words.length - 1])) || (ARTICLE_OPENING.test(m[0]) && words.slice(0, MAX_QUALIFIED_TITLE_WORDS).some(isTitle));
  if (!isRoleWord(words[0]) && !words[0].capitalised && !words[0].acronym && !words[0].possessive && !qualifiedTitle) return null;
  return { text: phrase, start, end: start + phrase.length };
}

/**
 * "Hope Wynn, worked as a weaver until …", "Will Tanner Jr, 44, a former boxer, became head coach last year", "Erik
 * Dahl Sr., who built the firm, will step down as chief executive": the office or occupation the clause the name is
 * the subject of gives it, past the name's appositions. After "as" any occupation ("a weaver"); after "became" or "was
 * named" only a title ("became head coach", not "became emotional").
 */
export function roleInClauseAfter(text: string, nameEnd: number, tokensAfter: Token[]): Role | null {
  const after = text.slice(nameEnd, nameEnd + MAX_CLAUSE_CHARS);
  // Most names are followed by none of these verbs: the costly pattern is tried only where one stands.
  if (!CLAUSE_ROLE_VERB.test(after)) return null;
  const m = CLAUSE_ROLE.exec(after);
  if (!m) return null;
  const start = nameEnd + m.indices![2][0];
  const end = nameEnd + m.indices![2][1];
  const words: Token[] = [];
  for (const t of tokensAfter) {
    if (t.start < start || t.end > end) continue;
    if (NOT_IN_OCCUPATION.has(t.lower)) break;
    words.push(t);
  }
  if (words.length === 0 || (!AS_VERB.test(m[1]) && !words.some(isTitle)) || words.some((t) => isSpeechCue(t))) return null;
  return { text: text.slice(words[0].start, words[words.length - 1].end), start: words[0].start, end: words[words.length - 1].end };
}
const MAX_CLAUSE_CHARS = 300;
const AS_VERB = /\sas$/u;
const ROLE_VERBS =
  '(?:(?:is|was)\\s+employed|works|worked|working|serves|served|has\\s+served|was\\s+hired|joined|(?:will\\s+)?(?:step|steps|stepped|stepping)\\s+down|retired|retires|took\\s+over|takes\\s+over|will\\s+take\\s+over|stays\\s+on|stayed\\s+on)\\s+as' +
  '|became|becomes|has\\s+become|will\\s+become|was\\s+named|has\\s+been\\s+named|was\\s+appointed|has\\s+been\\s+appointed|was\\s+elected|is\\s+now';
const CLAUSE_ROLE_VERB = new RegExp(`\\s(?:${ROLE_VERBS})\\s`, 'u');
/** The name's suffix, its appositions (each after a comma, none opening another clause), then the verb and the role. */
const CLAUSE_ROLE = new RegExp(
  `^(?:\\s+(?:Jr|Sr)\\b\\.?)?(?:,(?!\\s+(?:and|but|or|while|as|before|after|when|then|because|although|though)\\b)[^,.;:!?"“”()\\n]{1,120})*,?\\s+(?:(?:now|also|later|then|currently|soon)\\s+)?(${ROLE_VERBS})\\s+(?:(?:a|an|the|its|their|his|her)\\s+)?((?:[\\p{Ll}-]+\\s+){0,2}[\\p{Ll}-]+)`,
  'du',
);
/** Words that end the occupation: "weaver until it closed", "head coach last year", "nurse in Leeds". */
const NOT_IN_OCCUPATION = new Set([
  'until', 'till', 'in', 'at', 'for', 'from', 'on', 'with', 'by', 'to', 'of', 'and', 'or', 'but', 'last', 'this', 'next', 'when',
  'since', 'after', 'before', 'while', 'who', 'which', 'that', 'the', 'a', 'an', 'earlier', 'later', 'there',
]);

const PLACE_AFTER = /^[ \t]+(?:in|at)[ \t]+\p{Lu}/u;

/**
 * "A government spokesman, Steffen Hebestreit, said", "the US Ambassador to the United Nations, Linda Thomas-Greenfield,",
 * "Qatar's Amir, Sheikh Tamim …,": the name (after any honorific) stands between commas right after a title, in
 * apposition to it. The title ("government spokesman"), or null.
 */
export function titleApposedBefore(tokens: Token[], first: number, last: number, text: string): Role | null {
  let at = first;
  while (at > 0 && isHonorific(tokens[at - 1]) && joined(tokens[at - 1])) at--;
  // "Its spokesman, retired teacher Frank Jordan,": a second title in lower case may stand between the first and the name.
  let k = at;
  while (k > 0 && at - k < MAX_SECOND_TITLE_WORDS && joined(tokens[k - 1]) && LOWER_CASE_WORD.test(tokens[k - 1].text)) k--;
  if (k < at && /^,[ \t]+$/.test(tokens[k - 1]?.gapAfter ?? '') && isTitle(tokens[k - 1]) && tokens.slice(k, at).some(isTitle)) at = k;
  const before = tokens[at - 1];
  // The name closes with a comma or a dash, or ends the sentence: "… spoke with the President of the Republic of Korea,
  // Han Seung-woo.", "the watchdog's chair, Dr Susan Hale — no relation —".
  // Or, after a title in capitals right before the comma, a full name runs on into where: "after visiting Uganda
  // President, Yoweri Museveni in Kampala".
  const closes = /^(?:,|\.(?:\s|$)|[ \t]+[—–])/u.test(tokens[last].gapAfter) || (last > first && before?.capitalised === true && isTitle(before) && PLACE_AFTER.test(text.slice(tokens[last].end, tokens[last].end + 12)));
  if (before === undefined || !/^,[ \t]+$/.test(before.gapAfter) || !closes) return null;
  const role = isRoleWord(before) || before.capitalised ? titleBefore(tokens, at, text, true)?.role ?? null : titleWithComplement(tokens, at, text);
  if (!role) return null;
  // "So Hun, director of the Intelligence Service, Jo Myong Gyun, minister of Unification": a title between two
  // names in a list is the apposition of the name before it.
  const opening = role ? tokens.findIndex((t) => t.start === role.start) : -1;
  const previous = opening > 0 ? tokens[opening - 1] : undefined;
  // ("On Thursday, the ministry's spokeswoman, Doan Thi Mai, said": a day or a place before it names no one.)
  if (previous && previous.capitalised && !isRoleWord(previous) && !isNotPersonWord(previous) && /^,[ \t]+$/.test(previous.gapAfter)) return null;
  return role;
}

/**
 * "The defence solicitor for the older of the two, Graham Pell,": a title whose complement ("for …", "of …") ends
 * right before the name in apposition; the title without it ("defence solicitor").
 */
function titleWithComplement(tokens: Token[], at: number, text: string): Role | null {
  for (let j = at - 2; j >= 1 && at - j <= MAX_COMPLEMENT_WORDS; j--) {
    if (!joined(tokens[j])) return null;
    if ((tokens[j].lower === 'for' || tokens[j].lower === 'of' || tokens[j].lower === 'to') && joined(tokens[j - 1]) && isTitle(tokens[j - 1])) return titleBefore(tokens, j, text)?.role ?? null;
  }
  return null;
}
const MAX_COMPLEMENT_WORDS = 8;
const MAX_SECOND_TITLE_WORDS = 3;
const LOWER_CASE_WORD = /^\p{Ll}+$/u;

/** ", Under Secretary Wendy Sherman,": the phrase names someone else. */
function holdsAName(words: Token[]): boolean {
  // "an analyst at Morgan Stanley": what follows "at" is where the person works.
  return words.some((t, i) => isGivenName(t) && t.capitalised && words[i + 1]?.capitalised && !isRoleWord(words[i + 1]) && words[i - 1]?.lower !== 'at');
}

/** Words of tense, time or manner that may stand between a speaker and the cue ("Sunak has said", "Li also told").
 * The statement reader's speaker patterns are built from the same list. */
export const WORDS_BEFORE_CUE = [
  'also', 'later', 'earlier', 'then', 'again', 'further', 'previously', 'recently', 'repeatedly', 'separately', 'once',
  'has', 'had', 'have', 'himself', 'herself', 'themselves', 'itself', 'reportedly', 'publicly', 'privately', 'directly',
];
const BEFORE_CUE = new Set(WORDS_BEFORE_CUE);

/**
 * "Xi received the Spanish Prime Minister", "Rishi Sunak meeting with Prime Minister of Italy": the name does what
 * only people do to one another. Weaker evidence than a cue of speech (a firm says things, a city hosts a summit), so
 * it only confirms words the lexicon knows nothing of (findPeople.ts, discoverPeople).
 */
export function actsAsPerson(tokens: Token[], last: number): boolean {
  let k = last + 1;
  while (k <= last + 2 && tokens[k] && joined(tokens[k - 1]) && BEFORE_CUE.has(tokens[k].lower)) k++;
  const verb = tokens[k];
  if (!verb || !joined(tokens[k - 1])) return false;
  if (ACTS.has(verb.lower)) return true;
  return MEETS.has(verb.lower) && joined(verb) && tokens[k + 1]?.lower === 'with';
}
const ACTS = new Set(['met', 'hosted', 'received', 'welcomed', 'greeted', 'visited', 'hugged', 'embraced', 'phoned', 'telephoned']);
const MEETS = new Set(['meets', 'meeting']);

/**
 * "Xi met with Scholz", "Xi received Scholz": where the word at `first` is the one met, right after a verb of meeting,
 * the index of the word before that verb (its subject, when it is a name); -1 otherwise.
 */
export function meetingSubjectBefore(tokens: Token[], first: number): number {
  const joinedAt = (k: number) => k >= 0 && joined(tokens[k]);
  const word = (k: number) => (joinedAt(k) ? tokens[k].lower : '');
  if (word(first - 1) === 'with' && MEETS_WITH.has(word(first - 2))) return joinedAt(first - 3) ? first - 3 : -1;
  return MET_OBJECT.has(word(first - 1)) && joinedAt(first - 2) ? first - 2 : -1;
}
const MEETS_WITH = new Set(['met', 'meets', 'meeting']);
const MET_OBJECT = new Set(['met', 'meets', 'received', 'receives', 'hosted', 'hosts', 'welcomed', 'welcomes', 'greeted', 'greets']);

/** "said Sun.": a weekday, as some outlets abbreviate it, and no one named Sun. */
const WEEKDAY_SHORT = new RegExp(`^${WEEKDAY_ABBREVIATION}$`);
const isWeekdayAbbreviation = (t: Token) => WEEKDAY_SHORT.test(t.text) && t.gapAfter.startsWith('.');

/** "Li said", "said Li.", "according to Li": the name is the source of something said. */
export function hasSpeechCue(tokens: Token[], first: number, last: number): boolean {
  const after = tokens[last + 1];
  if (after && joined(tokens[last]) && isSpeechCue(after)) return true;
  // "Rishi Sunak has said", "Li also told": a word or two of tense or time between the name and the cue.
  let k = last + 1;
  while (k <= last + 2 && tokens[k] && joined(tokens[k - 1]) && BEFORE_CUE.has(tokens[k].lower)) k++;
  if (k > last + 1 && tokens[k] && joined(tokens[k - 1]) && isSpeechCue(tokens[k])) return true;
  const before = tokens[first - 1];
  // A full stop ends the clause only when a space follows it: "said Li. He" but not "said China-U.S.".
  const endsClause = after === undefined || /[,;:!?]|\.\s/.test(tokens[last].gapAfter);
  if (before && joined(before) && isSpeechCue(before) && endsClause && !(first === last && isWeekdayAbbreviation(tokens[first]))) return true;
  return first >= 2 && tokens[first - 2].lower === 'according' && tokens[first - 1].lower === 'to';
}
