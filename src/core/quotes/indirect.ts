import type { Span } from '../model';
import { findCues, type Cue } from './cues';
import type { PeopleIndex } from './peopleIndex';
import { FILLER } from './quoteMarks';
import { ROLE_MODIFIERS, TITLE_WORDS } from '../nlp/plugin';

/**
 * Reported speech: the content clause a cue introduces ("said (that) …", "told reporters that …",
 * "according to X, …") or closes ("…, X said."). Works on masked text, so quoted words count as
 * clause material but never as cues.
 */

/** Addressees of "told", "assured", "reminded": pronouns and the usual audiences. */
const COMMON_OBJECT =
  /^\s*(?:him|her|them|us|me|you|reporters|journalists|lawmakers|legislators|parliament|delegates|students|supporters|the (?:[\p{Ll}-]+\s+)?(?:media|press|audience|publication|newspaper|agency|broadcaster|crowd|summit|meeting|conference|assembly|council|nation|country|parliament|committee)|(?:his|her|their) (?:\p{L}+ ){0,2}(?:counterparts?|hosts?|guests?|audience|colleagues|allies|supporters))\b/iu;
/** Capitalised words and titles that name an addressee: "US President Joe Biden", "top US diplomat Antony Blinken",
 * "Region 8 News" (a number inside a name). */
const NAMED_OBJECT = /^\s*(?:(?:the(?=\s+(?:\p{Lu}|top|former|visiting|new|vice|prime|foreign|defen[cs]e|state|senior|chief))|top|former|visiting|new|his|her|their|[\p{Lu}][\p{L}’'.-]*(?:['’]s)?|\d+(?=\s+\p{Lu})|(?:vice|prime|foreign|defen[cs]e|state|senior|chief)\s)\s*){1,7}/u;
/** Adverbials between a cue and its clause: "said on Friday that", "said in a statement that". */
const ADVERBIAL =
  /^\s*,?\s*(?:(?:also|again|once again|earlier|later|then|further|today|yesterday|repeatedly|publicly|privately|separately|firmly|(?:on|last|this|early|late)\s+\p{L}+day|\p{L}+day|(?:earlier|later)\s+(?:on\s+)?\p{L}+day)\b\s*,?\s*)+/iu;
/** "that" soon after the cue, possibly after an apposition: "told Patrushev, the head of …, that". */
const THAT_SOON = /^(?:[^;:.!?\uE000"“”]{0,120}?\s)??that\s+(?!(?:day|night|morning|afternoon|evening|week|weekend|month|year|time)\b)/u;
/** Cues whose object is a noun, and whose clause only a "that" after it opens: "expressed hope that …". */
const NOUN_BEFORE_CLAUSE = /^(?:express|announc|convey|found|find|conclud|mention|counter|states?$)/iu;
/** Verbs in the past tense that report an event or a state: "said the talks went well", "said both sides agreed". */
const PAST_TENSE =
  'went|came|got|gave|took|made|saw|knew|found|felt|left|kept|held|began|won|lost|met|paid|sent|spent|stood|brought|thought|fell|rose|grew|remained|wanted|needed|believed|hoped|supported|opposed|intended|expected|agreed|planned|continued|failed|refused|decided|seemed|appeared|happened|ended|filed|lasted|showed|reached|worked|helped|started|changed|stopped|tried|existed|increased|improved|worsened|collapsed|succeeded|violated|posed|caused|reflected|represented|amounted|deserved|lacked|undermined';
/** A finite verb after a subject near the start of the rest: the rest is a clause ("said Beijing is ready"). A
 * bare present form counts after a plural subject only: "both sides support …", not "pledged humanitarian support". */
const FINITE_VERB = new RegExp(
  String.raw`^\s*(?:[^\s]+\s+){1,9}?(?:is|are|was|were|has|have|had|will|would|cannot|can|could|should|shall|may|might|must|did|does|do|[a-z]+n['’]t|remains|stands|wants|needs|believes|hopes|sees|supports|opposes|intends|expects|knows|thinks|${PAST_TENSE}|(?<=\b(?:they|we|i|you|both|all|\p{L}+s)\s+)(?:remain|stand|want|need|believe|hope|see|support|oppose|intend|expect|know|think|stay|feel|face|fear|keep|plan|lack|live|pay|continue|agree|worry|struggle|wait|seem|tend|deserve|depend|rely|spend|work|leave|lose|owe|earn|risk))\b`,
  'iu',
);
/** A lower-case word in a regular past tense within the first words, no passive participle: "said the call lasted
 * one hour", "said the UK and Italy faced …", not "according to remarks released by his office". */
const REGULAR_PAST_VERB = String.raw`(?<!\b(?:be|been|being)\s+)[a-z]{2,}[^e\W]ed\b(?!\s+by\b)`;
const REGULAR_PAST = new RegExp(String.raw`^\s*(?:[^\s]+\s+){1,4}?` + REGULAR_PAST_VERB, 'u');
/**
 * After "according to X," a clause opens: its verb may come after a long subject ("According to Stubb, the NATO
 * process in Sweden also largely affected …").
 */
const LATE_REGULAR_PAST = new RegExp(String.raw`^\s*(?:[^\s,;:.]+\s+){1,8}?` + REGULAR_PAST_VERB, 'u');
/** A verb in the present after a singular subject: "said China attaches …", "said the country welcomes …", "said he
 * hopes …". The subject is a name, a pronoun, or a determiner and a noun that is no plural. */
const PRESENT_SINGULAR =
  /^\s*(?:(?:the|this|that|his|her|its)\s+(?:[\p{L}-]+\s+)?[\p{Ll}-]*[^s\s]\s+|(?:[\p{Lu}][\p{L}'’.-]*\s+){1,3}|(?:he|she|it)\s+)(?:also\s+|still\s+|now\s+|only\s+)?\p{Ll}{2,}[^su\s'’]s\b/u;
/** A long subject with no comma in it, then a modal: "said mobile library visits and longer opening hours at the Central
 * Library would make up for …" (FINITE_VERB looks at most nine words ahead). */
const MODAL_AFTER_LONG_SUBJECT = /^\s*(?:[^\s,;:]+\s+){10,14}?(?:would|will|could|can|cannot|should|must|may|might)\s+\p{Ll}/u;
const hasFiniteVerb = (words: string) => FINITE_VERB.test(words) || REGULAR_PAST.test(words) || PRESENT_SINGULAR.test(words) || MODAL_AFTER_LONG_SUBJECT.test(words);
/** A finite verb among the words before a "that": "Moscow was open to talks on terms that". */
const FINITE_VERB_BEFORE_THAT = new RegExp(String.raw`${FINITE_VERB.source}[^]*\sthat\s+$`, 'iu');
const RELATIVE_AFTER_SOURCE = /^\s*(?:who|which)\s/u;
/** "said he also touched on Myanmar, despite knowing that …": a pronoun and its verb make the clause before any "that". */
const PRONOUN_THEN_PAST = new RegExp(String.raw`^\s*(?:he|she|they|we|i|it)\s+(?:also\s+|then\s+|later\s+|\p{Ll}+ly\s+)?` + REGULAR_PAST_VERB, 'u');
/** What opens an apposition after a source: "a China expert at …,", "the head of …,", "who …,". */
const APPOSITION_OPENING = /^\s*(?:a|an|the|one|who|which|his|her|their)\s[^,;.:]{1,100},/iu;
/** Where a reported clause gives way to the reporter's own words: ", citing …", ", while Xi said …",
 * ", as the visitor raised …", ", and also recalled …", "during a meeting with …", "but declined to say …", and a gloss
 * closing the sentence: "…open to talks on the grain deal, an agreement that helped …" (not one inside a list), and a colon
 * before a quotation: "stressed that they stand at the threshold of a new era: “Our membership …”", and where it was said
 * ("said he came in peace in a tweet on landing at …", "… in a statement released on Friday"), and the reporter's reading of
 * it ("…, in an apparent warning to Russia against …", "…, in what appeared to be a swipe at …"). */
const CLAUSE_END =
  /,\s+in\s+(?:what\s+(?:appeared|seemed|was\s+seen\s+as)\s+(?:to\s+be\s+)?(?:an?\s+)?(?:[\p{L}-]+\s+)?|an?\s+(?:apparent|thinly[\s-]veiled|veiled|implicit|oblique|indirect|pointed|clear|not-so-subtle)\s+)(?:warning|reference|swipe|jab|dig|nod|rebuke|message|allusion|criticism|signal|attack|rebuttal)\s+(?:to|at|against|toward|towards)\b|,?\s+but\s+(?:\p{Ll}+ing\s+[^,;]{1,80}?\s+)?(?:(?:he|she|they)\s+)?(?:declined|refused|would not|did not|gave no|offered no|stopped short|kept clear|avoided)\b|,\s+(?:(?!including\b|regarding\b|concerning\b|notwithstanding\b)\p{Ll}+ing|who|which|whereas|while|as)\b|,\s+an?\s+(?:[\p{L}-]+\s+){1,3}?(?:that|which|who)\b(?=[^;]*$)|,\s+and\s+(?:also\s+)?\p{Ll}+ed\b|,?\s+(?:as|while|after|before|when|though|although)\s+(?:he|she|they)\s|\s+during\s+(?:a|an|the|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}(?:meeting|talks|visit|call|trip|speech|address|interview|conference|summit|session)\b|:\s*["“‘'«]?\uE000|\s+in\s+an?\s+(?:[\p{L}-]+\s+){0,2}?(?:tweet|post|statement|interview|speech|message|letter|video|address|briefing|(?:press|news)\s+release)\b(?=\s+(?:on|to|at|after|before|posted|published|released|issued|late|early|last|this|carried|aired|broadcast)\b|\s*(?:[,.;]|$))/u;
/** What a clause may not start with: a preposition, an infinitive, a conjunction, a quotation, a full stop. */
const NOT_A_CLAUSE_START =
  /^\s*(?:(?:to|for|of|about(?!\s+[\d$£€])|against|as|at|by|with|without|in|on|into|from|during|after|before|while|when|if|but|and|or|so|nothing|no(?=\s*(?:[.,;:!?]|$|(?:to|more|longer|comment|way|doubt)\b))|goodbye|thanks?|hello|saying|adding|noting|stressing|insisting|arguing|claiming|warning|urging|telling|asking)\b|\uE000|[.,;:!?—–-]|$)/iu;
/** A clause that opens with a subject pronoun needs no further proof: "said they bear …". */
const PRONOUN_SUBJECT = /^\s*(?:he|she|they|it|we|i|there)(?:['’](?:s|re|d|ll|ve|m))?\s+\p{L}/iu;

export interface Clause extends Span {
  /** The clause is introduced by the cue (forward) or comes before it (reverse). */
  direction: 'forward' | 'reverse';
}

/** The content clause after a cue: `Xi said (that) …`, `Xi told Biden on Saturday that …`, `according to X, …`. */
export function clauseAfterCue(masked: string, cue: Cue, speakerEnd: number, stopAt: number, people: PeopleIndex): Clause | null {
  if (!cue.reportsClause) return null;
  let at = cue.shape === 'according-to' ? skipToComma(masked, speakerEnd, stopAt) : Math.max(cue.end, speakerEnd);
  if (at < 0) return null;
  // "according to a person close to the talks, who added that …": the relative clause reports for itself.
  if (cue.shape === 'according-to' && RELATIVE_AFTER_SOURCE.test(masked.slice(at, stopAt))) return null;
  // "According to Yun Sun, a China expert at the Stimson Center, Xi is unlikely to …": past the apposition.
  if (cue.shape === 'according-to' && APPOSITION_OPENING.test(masked.slice(at, stopAt))) {
    const next = skipToComma(masked, at, stopAt);
    if (next >= 0 && isClause(masked.slice(next, stopAt))) at = next;
  }
  if (cue.takesObject) at = skipObject(masked, at, stopAt, people);
  at = skip(masked, at, ADVERBIAL);
  // "Putin tells Erdogan: we're ready to discuss grain": a colon, and the reporter's words after it.
  at = skip(masked, at, COLON_BEFORE_WORDS);
  at = skipCircumstance(masked, at, stopAt);
  const rest = masked.slice(at, stopAt);
  const that = THAT_SOON.exec(rest);
  let start: number;
  // "said Kuleba stressed that …": a "that" after another cue opens that cue's clause, which this one holds whole;
  // "said they discussed Libya, adding that …" is the participle's.
  // "said Moscow was open to talks on terms that reflect …": a verb before the "that" makes the clause already.
  // ("According to a person close to the talks, one of the buyers that pulled out is …": the clause opens at the comma.)
  const thatOpens = cue.shape !== 'according-to' && that !== null && !FINITE_VERB_BEFORE_THAT.test(that[0]) && !PRONOUN_THEN_PAST.test(that[0]) && !findCues(masked, at, at + that[0].length).some((c) => c.shape === 'verb' || c.shape === 'participle') && !isRelativeThat(rest, that[0]);
  if (thatOpens) start = at + that![0].length;
  // "expressed hope that …", "announced he would …" report a clause; what they name otherwise is a noun ("concerns
  // about …", "A$50m for early-warning systems").
  else if (NOUN_BEFORE_CLAUSE.test(cue.words) && !PRONOUN_SUBJECT.test(rest)) return null;
  // "according to the US, EU, and Ukraine." names a list of sources, not a clause: the content is before it.
  // "claimed victory and said he would …": the verb that makes a clause must come before the next cue.
  else if (!isClauseAfter(masked, cue, upToNextCue(masked, at, rest))) return null;
  else start = at + (rest.length - rest.trimStart().length);
  return finish(masked, start, clauseEnd(masked, start, stopAt), 'forward');
}

/**
 * "responded to a semi that had broken down": after words of its own, a "that" followed by a verb opens a relative
 * clause about them, not what was said. Right after the cue it is the clause's subject ("said that was wrong").
 */
function isRelativeThat(rest: string, upToThat: string): boolean {
  // "said the grain deal, an agreement that took years, would …": a gloss in apposition, whatever its verb.
  if (APPOSED_GLOSS_THAT.test(upToThat)) return true;
  return /\S\s+that\s+$/u.test(upToThat) && RELATIVE_VERB.test(rest.slice(upToThat.length));
}
const APPOSED_GLOSS_THAT = /,\s+an?\s+(?:[\p{L}-]+\s+){1,3}?that\s+$/u;
const RELATIVE_VERB = /^(?:had|has|have|was|were|is|are|will|would|could|can|should|may|might|did|does)\b/u;

/** The clause before a cue that closes its sentence: `…, Havrylov told the publication.`, `…, according to X.` */
export function clauseBeforeCue(masked: string, cue: Cue, speaker: Span, sentenceStart: number, stopAt: number): Clause | null {
  // "…, and conveyed Japan's support": a cue whose object is a noun closes no clause before it.
  if (!cue.reportsClause || cue.shape === 'participle') return null;
  if (!closesSentence(masked, cue, speaker, stopAt)) return null;
  // "…, and conveyed Japan's support": a cue whose object is a noun closes no clause before it; "…, Abdelfattah
  // announced on Wednesday" does.
  if (NOUN_BEFORE_CLAUSE.test(cue.words) && !NOTHING_AFTER_CUE.test(masked.slice(Math.max(cue.end, speaker.end), stopAt))) return null;
  const first = Math.min(cue.start, speaker.start);
  const before = masked.slice(sentenceStart, first);
  // "…, Chinese Ambassador to Russia Zhang Hanhui said", "…, Kremlin spokesman Dmitry Peskov said": the name's
  // title stands between the comma and the name.
  const title = TITLE_BEFORE_NAME.exec(before);
  const comma = /(?:,|(?<=,)["”’»'])\s*$/u.exec(title ? before.slice(0, title.index) : before);
  if (!comma) return null;
  // A colon or a semicolon before it ends something else ("Live Updates: …"). A subordinate clause or an
  // adverbial alone ("Even as ballot counting is still on, Trump claimed victory", "During a joint press
  // conference, Modi emphasized …", "Speaking with his counterpart, Xi stressed …") says when, not what
  // ("If …, …, Xi said" does).
  const end = comma.index + (comma[0][0] === ',' ? 0 : 1);
  const stop = Math.max(before.lastIndexOf(':', end), before.lastIndexOf(';', end));
  const start = sentenceStart + stop + 1;
  const words = masked.slice(start, sentenceStart + end);
  if (isAdverbialAlone(words)) return null;
  // "Australia's Prime Minister, Claire Hendricks, announced …": a title in apposition, no clause, stands before the name.
  if (!words.includes(FILLER) && !hasFiniteVerb(words) && !PRONOUN_SUBJECT.test(words) && /^\s*,/u.test(masked.slice(speaker.end, cue.start))) return null;
  return finish(masked, start, sentenceStart + end, 'reverse');
}
/**
 * A cue set off by commas inside the clause it reports: "If the council could not cut its costs, he said, frontline
 * services would suffer", "On the other hand, Mayor Baker said, if the rain continues the river will burst". The
 * sentence is the clause, the attribution inside it; a sentence with a quotation is direct speech's.
 */
export function clauseAroundCue(masked: string, cue: Cue, speaker: Span, sentenceStart: number, stopAt: number): Clause | null {
  if (!cue.reportsClause || cue.shape !== 'verb' || NOUN_BEFORE_CLAUSE.test(cue.words)) return null;
  const first = Math.min(cue.start, speaker.start);
  const last = Math.max(cue.end, speaker.end);
  const before = masked.slice(sentenceStart, first);
  const after = masked.slice(last, stopAt);
  if (!/\S\s*,\s*$/u.test(before) || !/^\s*,\s*\S/u.test(after)) return null;
  const start = sentenceStart + Math.max(before.lastIndexOf(':'), before.lastIndexOf(';')) + 1;
  if (masked.slice(start, stopAt).includes(FILLER)) return null;
  const rest = after.replace(/^\s*,\s*/u, '');
  // "Seoul, she argued, was spreading itself thin": the subject before the cue, its verb right after.
  if (!hasFiniteVerb(rest) && !PRONOUN_SUBJECT.test(rest) && !VERB_FIRST.test(rest)) return null;
  return finish(masked, start, stopAt, 'reverse');
}

/** A finite verb that opens the words: the subject stood before them ("Pressure, he said, came with the job"). */
const VERB_FIRST = new RegExp(String.raw`^\s*(?:is|are|was|were|has|have|had|will|would|cannot|can|could|should|may|might|must|did|does|do|remains|${PAST_TENSE}|[a-z]{2,}[^e\W]ed)\s`, 'u');

const COLON_BEFORE_WORDS = /^\s*:\s+(?=[\p{L}\p{N}])/u;

/** What may follow a cue that closes its sentence: nothing, a comma, or when it was said. */
const NOTHING_AFTER_CUE = /^\s*(?:$|[,.;:!?)]|(?:on|late|early|last|this)\s|today\b|yesterday\b|\p{L}+day\b)/u;

const SUBORDINATE_OPENING =
  /^\s*(?:even\s+|just\s+)?(?:as|while|when|whenever|if|although|though|after|before|because|since|until|once|whereas|unless|during|amid|following|despite)\s/iu;
/** A participle opening the words ("Speaking in Bergen"), unless what follows it has a verb of its own: in "Shipping
 * lines began diverting vessels" the word is a noun's. */
const PARTICIPLE_OPENING = /^\s*\p{L}+ing\s/iu;
/** A participle with its object or complement after it: "Stating that …", "Speaking to reporters", "Visiting the site". */
const PARTICIPLE_PHRASE = /^\s*\p{L}+ing\s+(?:that|to|with|in|on|at|for|from|about|after|before|the|a|an|his|her|their|its|by|of|as|over|during|him|them|us)\b/iu;
/** A phrase that opens with a preposition is an adverbial ("In a statement, …", "On Sept. 14, around 11 p.m., …")
 * unless a verb follows ("At least one person died in a wreck, officials said"), or a quotation that may hold one. */
const PREPOSITION_OPENING = /^\s*(?:in|at|on|with|under|for|from|by)\s/iu;
const isAdverbialAlone = (words: string) =>
  (!words.includes(',') && (SUBORDINATE_OPENING.test(words) || (PARTICIPLE_OPENING.test(words) && (PARTICIPLE_PHRASE.test(words) || !hasFiniteVerb(words.replace(PARTICIPLE_OPENING, '')))))) ||
  (PREPOSITION_OPENING.test(words) && !words.includes(FILLER) && !FINITE_VERB.test(words) && !/\b\p{Ll}{2,}ed\b/u.test(words));

/** What describes a news medium before its name: "China's state news agency Xinhua", "state broadcaster CCTV". */
const MEDIUM_WORDS = ['state', 'state-run', 'official', 'news', 'agency', 'broadcaster', 'television', 'radio', 'newspaper', 'media', 'outlet', 'daily', 'tabloid', 'wire', 'service'];
/** Title words before a name: capitalised words and connectors, and the lower-case words titles are made of
 * ("ministry spokesperson", "deputy foreign minister", "her spokesperson", "state news agency"). */
const TITLE_BEFORE_NAME = new RegExp(
  String.raw`(?<=,\s*)(?:(?:[\p{Lu}][\p{L}'’.&-]*|of|to|the|for|and|on|de|his|her|their|its|${[...TITLE_WORDS, ...ROLE_MODIFIERS, ...MEDIUM_WORDS].filter((w) => /^[a-z-]+$/.test(w)).join('|')})\s+){1,10}$`,
  'u',
);

/** Whether only a few words of the reporter's follow the cue and its speaker: `, the statement added, without details.` */
export function closesSentence(masked: string, cue: Cue, speaker: Span, stopAt: number): boolean {
  // "…, Xinhua said, adding that the call came at Washington's request": the participle's clause is its own.
  const rest = masked.slice(Math.max(cue.end, speaker.end), stopAt);
  const participle = PARTICIPLE_CUE_AFTER.exec(rest);
  const tail = participle ? rest.slice(0, participle.index) : rest;
  if (!/^[^;:\uE000]*$/u.test(tail) || /\bthat\b/u.test(tail)) return false;
  // "…, Modi told Xi as the two leaders met on the sidelines of the summit in Tianjin on Sunday": when and where it
  // was said may run on.
  return tail.length <= MAX_TAIL || (tail.length <= MAX_CIRCUMSTANCE_TAIL && (cue.takesObject ? TOLD_THEN_CIRCUMSTANCE : CIRCUMSTANCE).test(tail));
}
const PARTICIPLE_CUE_AFTER = /,\s+(?:adding|noting|saying|stressing|insisting|warning|arguing|explaining|claiming|stating)\s/u;
const MAX_TAIL = 100;
const MAX_CIRCUMSTANCE_TAIL = 220;
/** A clause or a phrase of when or where: " as the two leaders met …", and after "told", the one told first. (What
 * else follows a cue is its object: "…, ministers reaffirmed their support for Georgia as well as …" reports nothing.) */
const CIRCUMSTANCE_WORD = String.raw`(?:as|while|when|after|before|during|amid|at|in|on)\s`;
const CIRCUMSTANCE = new RegExp(String.raw`^\s*${CIRCUMSTANCE_WORD}`, 'u');
const TOLD_THEN_CIRCUMSTANCE = new RegExp(String.raw`^[^,]{0,60}?\s${CIRCUMSTANCE_WORD}`, 'u');

function clauseEnd(masked: string, start: number, stopAt: number): number {
  let from = start;
  for (;;) {
    const m = CLAUSE_END.exec(masked.slice(from, stopAt));
    if (!m || (m.index === 0 && from === start)) return stopAt;
    // "said the two countries, which together hold a third of the forests, would present …": a relative clause
    // set off by commas inside the reported clause, whose verb comes after it.
    const relative = RELATIVE_OPENING.test(m[0]) ? RELATIVE_THEN_VERB.exec(masked.slice(from + m.index + m[0].length, stopAt)) : null;
    if (!relative) return from + m.index;
    from += m.index + m[0].length + relative[0].length;
  }
}
/** ", which", ", who", and a gloss in apposition: "…about the grain deal, an agreement that helped …". */
const RELATIVE_OPENING = /^,\s+(?:who|which|an?\s+(?:[\p{L}-]+\s+){1,3}?(?:that|which|who))$/u;
const RELATIVE_THEN_VERB = /^[^,;:]{1,120},\s+(?=(?:would|will|is|are|was|were|has|have|had|can|could|should|may|might|must|remain|remains|need|needs)\b)/u;

/**
 * The words from `at` up to a verb cue joined to the cue before by "and" ("victory" of "claimed victory and said he
 * …"). A cue with a subject of its own is part of the clause: "said his wife, Patti, confirmed he would …".
 */
function upToNextCue(masked: string, at: number, rest: string): string {
  if (!MAY_COORDINATE.test(rest)) return rest;
  const next = findCues(masked, at, at + rest.length).find((c) => c.shape === 'verb' && c.start > at);
  if (!next) return rest;
  const before = rest.slice(0, next.start - at);
  const coordinated = COORDINATED_CUE.exec(before);
  return coordinated ? before.slice(0, coordinated.index) : rest;
}
const MAY_COORDINATE = /\s(?:and|but|then|or)\s/u;
const COORDINATED_CUE = /\s+(?:and|but|then|or)\s+(?:\p{Ll}+ly\s+|also\s+|then\s+)?$/u;

/** Whether `rest` is a clause; after a sentence's opening "According to X," its verb may come late. */
function isClauseAfter(masked: string, cue: Cue, rest: string): boolean {
  return isClause(rest) || (cue.shape === 'according-to' && masked[cue.start] === 'A' && LATE_REGULAR_PAST.test(rest));
}

function isClause(rest: string): boolean {
  return PRONOUN_SUBJECT.test(rest) || (!NOT_A_CLAUSE_START.test(rest) && (hasFiniteVerb(rest) || SUBJECT_THEN_QUOTATION.test(rest)));
}
/** 'said the company "regularly reviews its portfolio"': a subject, and the rest of the clause quoted. */
const SUBJECT_THEN_QUOTATION = /^\s*(?:(?:the|a|an|his|her|its|their|this|that)\s+)?(?:[\p{L}'’-]+\s+){1,3}["“‘'«]?\uE000/u;

/** "TEHRAN- ", "WASHINGTON (Reuters) — ", "LIMA, Nov. 16 (Xinhua) -- ": the place in capitals (and the day) that opens a
 * report, not a clause's words. */
const DATELINE = /^\p{Lu}{2,}(?:[ .'’-]\p{Lu}{2,})*(?:,\s+[^()\n]{1,20}?)?\s*(?:\([^()]{1,40}\)\s*)?(?:--|[-–—])\s*/u;

/** Trims the clause and rejects ones that are too short or that are nothing but a quotation. */
const TRAILING_CONJUNCTION = /[\s,]+(?:and|but|or)$/u;

function finish(masked: string, start: number, end: number, direction: Clause['direction']): Clause | null {
  while (start < end && /\s/u.test(masked[start])) start++;
  if (direction === 'reverse') start += DATELINE.exec(masked.slice(start, end))?.[0].length ?? 0;
  while (end > start && /[\s,;:.]/u.test(masked[end - 1])) end--;
  // '… could "withstand all tests," and | invited Xi': a conjunction before the next cue is no part of the clause.
  const conjunction = TRAILING_CONJUNCTION.exec(masked.slice(start, end));
  if (conjunction) end = start + conjunction.index;
  while (end > start && /[\s,;:.]/u.test(masked[end - 1])) end--;
  const words = masked.slice(start, end);
  // The reporter's own words, outside quotation marks; a stray comma or dash is no word.
  const ownWords = words
    .replace(/["“”‘’'«»„\uE000]+/gu, ' ')
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  if (ownWords < 3 && !(words.includes(FILLER) && ownWords >= 1)) return null;
  return { start, end, direction };
}

/** Skips the addressee of "told": a name the people reader found (after its titles), else the usual audiences. */
function skipObject(masked: string, at: number, stopAt: number, people: PeopleIndex): number {
  const rest = masked.slice(at, stopAt);
  const name = people.namesIn(at, Math.min(stopAt, at + 80))[0];
  if (name) {
    const titles = NAMED_OBJECT.exec(masked.slice(at, name.start));
    if (/^\s*$/u.test(masked.slice(at, name.start)) || (titles && at + titles[0].length >= name.start)) return name.end;
  }
  const m = COMMON_OBJECT.exec(rest) ?? NAMED_OBJECT.exec(rest);
  return m ? at + m[0].length : at;
}

/**
 * "said after today's meetings with Vučić and Kurti, progress has been made", "said while we were together in Papua New
 * Guinea recently, it was clear …": when or where it was said, up to a comma, then the clause. A phrase that opens with
 * a preposition has no verb of its own ("said on Tuesday the talks went well, …" is the clause already).
 */
function skipCircumstance(masked: string, at: number, stopAt: number): number {
  const m = CIRCUMSTANCE_THEN_COMMA.exec(masked.slice(at, Math.min(stopAt, at + 200)));
  if (!m) return at;
  if (m[1] === undefined && hasFiniteVerb(m[0].slice(0, m[0].lastIndexOf(',')))) return at;
  const after = masked.slice(at + m[0].length, stopAt);
  if (NOT_A_CLAUSE_AFTER_COMMA.test(after) || !isClause(after)) return at;
  // "In a statement posted on social media, the ministry said …": the sentence's own source and cue come after the comma.
  const next = at + m[0].length;
  return findCues(masked, next, Math.min(stopAt, next + OWN_CUE_REACH)).some((c) => c.shape === 'verb') ? at : next;
}
const OWN_CUE_REACH = 80;
const CIRCUMSTANCE_THEN_COMMA =
  /^\s*(?:(after|before|while|when|since|once|upon)|in|at|on|during|amid|following|ahead\s+of)\s[^,;:.!?\uE000"“”]{3,150},\s+/u;
/** What follows the comma of a circumstance without opening the clause: a relative, a conjunction, a participle, a time set
 * beside the day ("said in a joint statement Monday, a day after their leaders held …"). */
const NOT_A_CLAUSE_AFTER_COMMA =
  /^(?:who|which|where|when|whose|whom|and|or|but|as|while|according|citing)\b|^\p{Ll}+ing\b|^(?:just\s+)?(?:a|an|one|two|three|four|five|six|several|a\s+few|\d+)\s+(?:[\p{L}-]+\s+)?(?:days?|weeks?|months?|years?|hours?)\s+(?:after|before|later|earlier|ago)\b/u;

function skip(masked: string, at: number, re: RegExp): number {
  const m = re.exec(masked.slice(at, at + 200));
  return m ? at + m[0].length : at;
}

function skipToComma(masked: string, from: number, to: number): number {
  const rest = masked.slice(from, to);
  const m = /^[^,]*,/u.exec(rest);
  return m && m[0].length < 80 ? from + m[0].length : -1;
}
