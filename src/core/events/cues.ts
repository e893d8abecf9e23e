import type { EventKind, Span } from '../model';
import { matchesOf } from '../text/regexMatches';

/**
 * The words that make a clause report an event, and the cues that tell how: announced, recalled, or
 * referring back to participants named earlier. General English news vocabulary, not corpus data.
 */

interface Trigger {
  kind: EventKind;
  re: RegExp;
  /**
   * Words every match of `re` has one of, each at the start of a word, in lower case: `re` without its
   * lookarounds, cut to one word of each alternative. A clause without them need not be tested against `re`.
   */
  stems: string[];
}

const NOT_A_MEETING = '(?:suspicion|criticism|resistance|opposition|skepticism|scepticism|protests?|condemnation|silence|derision)';
/** What "meet" takes when it is no meeting: "meet the demands", "meet Wall Street expectations". */
const NOT_MET_NEEDS = "(?:the\\s+)?(?:[\\w'’-]+\\s+){0,2}?(?:needs?|demands?|goals?|targets?|requirements?|criteria|standards?|expectations?|deadlines?|obligations?|challenges?)";

/** "a meeting of minds": agreement, no occasion. */
const OF_MINDS = 'of\\s+(?:the\\s+)?minds';
/** What one visits online: "Visit our website", "visit riverton.gov/transit". */
const ONLINE = "(?:(?:our|the|their|his|her|its|my|your)\\s+(?:[\\w'’-]+\\s+)?(?:website|web\\s*site|web\\s*page|home\\s*page|blog|portal)\\b|www\\.|https?:|[\\w-]+\\.(?:com|org|net|gov|edu|int|info|io|co|uk|eu)\\b)";
/** A mountain's summit: "reached the summit", "the summit of Mount Elbrus", "the summit of the volcano". */
const CLIMBED = '(?:reach(?:ed|es|ing)?|climb(?:ed|s|ing)?|scal(?:ed|es|ing)|conquer(?:ed|s|ing)?)';
const MOUNTAIN = '(?:Mount|Mt\\.?|Mont|Monte|Everest|Kilimanjaro|K2|Denali|Aconcagua|Elbrus|Fuji|the\\s+(?:mountain|hill|peak|volcano|ridge)|(?:a|an)\\s+(?:[\\w-]+\\s+)?(?:mountain|hill|peak|volcano))';

/** In order of precedence: the first kind that matches a clause is its kind. */
const TRIGGERS: Trigger[] = [
  {
    kind: 'call',
    re: /\b(?:(?:tele)?phone|video)[ -]?(?:call|conversation|talks?)s?\b|\b(?:spoke|speak|speaks|speaking|talked|talks?)\s+(?:by|over the|on the)\s+(?:tele)?phone\b|\bphoned\b|\bvideo ?(?:conference|link)\b|\b(?:conversation|discussion)s?\b[^.;:]{0,100}?\b(?:via|by|over|on)\s+(?:the\s+)?(?:tele)?phone\b|(?<!\b(?:made|make|makes|making|right|wrong|tough|hard|difficult|close|judgment|judgement)\s+)\b(?:the|a|their|this|that|his|her|latest)\s+(?:(?:separate|second|first|brief|lengthy|long|short|rare|recent|further|follow-up|hour-long|\d+-minute)\s+)?call\b(?!\s+(?:for|to)\b|\s+on\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b))|['’]s\s+call\b/i,
    stems: ['telephone', 'phone', 'video', 'call'],
  },
  {
    kind: 'press-conference',
    re: /\b(?:press|news)\s+(?:conference|briefing|appearance)s?\b|\b(?:speak|spoke|speaking|talk|talked)\s+to\s+(?:journalists|reporters|the press|the media)\b/i,
    stems: ['conference', 'briefing', 'appearance', 'speak', 'spoke', 'talk'],
  },
  {
    kind: 'document',
    re: /\b(?:peace|ceasefire)\s+(?:plan|proposal|formula|initiative|blueprint)s?\b|\bposition paper\b|\b(?:\d+|twelve|ten|six)-point\s+(?:\w+\s+)?(?:plan|document|proposal|paper)\b|\bjoint (?:statement|declaration|communiqu[eé])\b|\bwhite paper\b|\b(?:releas|publish|present|unveil|issu)\w*\s+(?:its|a|the|their|his)\s+(?:\w+\s+){0,2}(?:plan|position|proposal|document|paper)\b/i,
    stems: ['plan', 'proposal', 'formula', 'initiative', 'blueprint', 'position', 'document', 'paper', 'joint'],
  },
  {
    kind: 'talks',
    re: /\btalks\b|\bnegotiations?\b|\bheld\s+(?:a\s+)?(?:dialogue|discussions|consultations)\b|\bexchanged\s+(?:their\s+)?(?:views|opinions)\b/i,
    stems: ['talks', 'negotiation', 'held', 'exchanged'],
  },
  {
    kind: 'meeting',
    re: new RegExp(
      `\\bmeetings?\\b(?!\\s+(?:room|rooms|place|point|hall|halls|house|${OF_MINDS})\\b)|\\bmeet(?:s|ing)?\\b(?!\\s+(?:${NOT_MET_NEEDS}|room|rooms|place|point|hall|halls|house|${OF_MINDS})\\b)|\\bmet\\b(?!\\s+(?:with\\s+)?${NOT_A_MEETING})|\\bencounter\\b|\\bbilateral\\b(?!\\s+(?:trade|relations?|relationship|ties|deals?|agreements?|treaty|treaties|investment|cooperation|co-operation|aid|debt|exchanges?)\\b)|\\bsh(?:ook|akes?|aking)\\s+hands\\b|\\b(?:embraced|hugged|(?:sat|sits|sitting) down with)\\b|\\baudience\\s+with\\b|\\b(?:courtesy|farewell)\\s+calls?\\b|\\bsign(?:ed|s|ing)?\\b(?=(?:[^.]|(?<=\\b[A-Z])\\.)*\\b(?:agreement|treaty|deal|pact|declaration|memorandum|accord)\\b)|\\b(?:ministerial|intergovernmental)\\s+council\\b`,
      'i',
    ),
    stems: ['meet', 'met', 'encounter', 'bilateral', 'hands', 'embraced', 'hugged', 'sat', 'sits', 'sitting', 'audience', 'courtesy', 'farewell', 'sign', 'council'],
  },
  {
    kind: 'summit',
    re: new RegExp(`(?<!\\b${CLIMBED}\\s+(?:the\\s+)?)\\bsummits?\\b(?!\\s+of\\s+${MOUNTAIN})|\\bleaders['’]?\\s+(?:meeting|week)\\b`, 'i'),
    stems: ['summit', 'leaders'],
  },
  // The ceremonies of a visit, where host and guest meet: "at a dinner hosted by Isaias", "addressing a dinner reception
  // held in honour of", "attended the Bastille Day parade … as the guest of honour", "a welcome ceremony".
  {
    kind: 'meeting',
    re: /\b(?:at|during|after|before|following|addressing|addressed|speaking\s+at|spoke\s+at|attend(?:s|ed|ing)?|host(?:s|ed|ing)?|held|hold(?:s|ing)?|gave|give|(?:prior|ahead)\s+(?:to|of)|watch(?:es|ed|ing)?|join(?:s|ed|ing)?)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w'’-]+\s+){0,3}?(?:dinner|banquet|luncheon|lunch|breakfast|reception|(?<!\bsigning\s)ceremony|parade|celebrations)\b|\bguests?\s+of\s+hono(?:u)?r\b|\b(?:welcome|welcoming|arrival|award|wreath-laying)\s+ceremony\b|\bguard\s+of\s+hono(?:u)?r\b|\bhono(?:u)?r\s+guard\b/i,
    stems: ['dinner', 'banquet', 'luncheon', 'lunch', 'breakfast', 'reception', 'ceremony', 'parade', 'celebrations', 'guest', 'guests', 'guard', 'honour', 'honor'],
  },
  { kind: 'tour', re: /\btours?\b(?!\s+of\s+the\b)|\bshuttle diplomacy\b/i, stems: ['tour', 'shuttle'] },
  {
    kind: 'visit',
    re: new RegExp(
      `\\bvisit(?:s|ed)?\\b(?!\\s+${ONLINE})|\\bvisiting\\b(?!\\s+(?:[A-Z]|U\\.S\\.|US\\b|${ONLINE}))|\\btrips?\\b|\\btravel(?:s|led|ed|ling|ing)?\\s+to\\b|\\barriv(?:e|es|ed|ing|al)\\b|\\bhead(?:s|ed|ing)?\\s+to\\b|\\bjourney\\b|\\bflew\\s+(?:in)?to\\b`,
      'i',
    ),
    stems: ['visit', 'trip', 'travel', 'arriv', 'head', 'journey', 'flew'],
  },
  { kind: 'conference', re: /\b(?:conference|forum)s?\b|\b[A-Z][\w-]+\s+Dialogue\b/i, stems: ['conference', 'forum', 'dialogue'] },
  // A party's or a movement's congress is an occasion; "lying to Congress", "the US Congress" is a legislature.
  {
    kind: 'conference',
    re: /\bcongress(?:es)?\b|(?<=\b(?:\d+(?:st|nd|rd|th)|[A-Z][a-z]+(?:ieth|th|st|nd|rd)|Party|National|People['’]s|World|International|Extraordinary)\s+)Congress(?:es)?\b|\bCongress\s+of\s+the\b/,
    stems: ['congress'],
  },
];

const TRIGGERS_GLOBAL = TRIGGERS.map((t) => new RegExp(t.re.source, t.re.flags.includes('g') ? t.re.flags : `${t.re.flags}g`));

/** The stems of ENCOUNTER_VERB, as a trigger's. */
const ENCOUNTER_STEMS = ['tell', 'told', 'urge', 'warn', 'remind', 'assure', 'thank', 'receiv', 'host', 'greet', 'welcom', 'show', 'gave', 'give'];
/** The bit of ENCOUNTER_VERB in a set of triggers (bit i is TRIGGERS[i]). */
const ENCOUNTER = 1 << TRIGGERS.length;

/**
 * Each stem with the triggers that need it, as bits; a stem also carries the bits of the stems it starts with,
 * so that finding the longest stem at a place finds them all.
 */
const TRIGGERS_OF_STEM = new Map<string, number>();
for (const [stems, bit] of [...TRIGGERS.map((t, i) => [t.stems, 1 << i] as const), [ENCOUNTER_STEMS, ENCOUNTER] as const]) {
  for (const stem of stems) TRIGGERS_OF_STEM.set(stem, (TRIGGERS_OF_STEM.get(stem) ?? 0) | bit);
}
for (const stem of TRIGGERS_OF_STEM.keys()) {
  if (!/^[a-z]+$/.test(stem)) throw new Error(`trigger stem is not a lower-case word: ${stem}`);
  for (const [shorter, bits] of TRIGGERS_OF_STEM) if (shorter !== stem && stem.startsWith(shorter)) TRIGGERS_OF_STEM.set(stem, TRIGGERS_OF_STEM.get(stem)! | bits);
}
const STEMS_SOURCE = `\\b(?:${[...TRIGGERS_OF_STEM.keys()].sort((a, b) => b.length - a.length).join('|')})`;
const EVENT_WORD_STEM = new RegExp(STEMS_SOURCE, 'i');
const EVENT_WORD_STEMS = new RegExp(STEMS_SOURCE, 'gi');

/**
 * Whether a text (a sentence, or any clause of one) may report an event: false means none of its clauses does.
 * A clause is a part of its sentence cut at spaces and punctuation, so a stem in the clause is one in the sentence.
 */
export function mayReportEvent(text: string): boolean {
  return EVENT_WORD_STEM.test(text);
}

/** The triggers (and ENCOUNTER) whose stems a text has: the only ones that can match it. */
function possibleTriggers(text: string): number {
  let bits = 0;
  for (const m of matchesOf(EVENT_WORD_STEMS, text)) bits |= TRIGGERS_OF_STEM.get(m[0].toLowerCase())!;
  return bits;
}

/** Where a clause's event words are ("met", "talks", "visit to"), encounter verbs included, relative to it, in order. */
export function eventWordSpans(text: string): Span[] {
  const possible = possibleTriggers(text);
  const out: Span[] = [];
  TRIGGERS_GLOBAL.forEach((re, i) => {
    if (possible & (1 << i)) for (const m of matchesOf(re, text)) out.push({ start: m.index, end: m.index + m[0].length });
  });
  return [...out, ...(possible & ENCOUNTER ? encounterVerbs(text) : [])].sort((a, b) => a.start - b.start);
}

/** Whether a clause tells what someone said before it names any occasion: "Putin noted that … his visit to Ukraine
 * on July 2". `before` is the text of the clauses joined before it. */
export function reportsSpeechFirst(text: string, before = ''): boolean {
  if (REPORTED_CONTENT.test(before)) return true;
  const cue = REPORTED_CONTENT.exec(text);
  if (!cue) return false;
  const first = eventWordSpans(text)[0];
  return first === undefined || first.start > cue.index;
}

/**
 * A mention's words with what someone said there blanked (offsets kept): after the first event word, a speech cue
 * and "that" open the words said. An event word only after the cue is the occasion told of: nothing is blanked.
 * `known` are the text's event words, when worked out already.
 */
export function withoutReportedContent(text: string, known?: Span[]): string {
  if (!(text.includes('that') || text.includes('That')) || !REPORTED_CONTENT.test(text)) return text;
  const eventWords = known ?? eventWordSpans(text);
  if (!eventWords.length) return text;
  const cue = REPORTED_CONTENT.exec(text.slice(eventWords[0].end));
  if (!cue) return text;
  const at = eventWords[0].end + cue.index;
  return text.slice(0, at) + text.slice(at).replace(/[^\s]/gu, ' ');
}
const REPORTED_CONTENT = /\b(?:said|says|noted|notes|stressed|added|stated|warned|argued|insisted|emphasi[sz]ed|underlined|underscored|pointed\s+out|told\s+(?:\S+\s+){1,4}?)\s*(?:on\s+\p{L}+day\s+)?that\b/iu;

/**
 * An announced occasion's words with the announcement's own blanked (offsets kept): "Presidential spokesman Bayo
 * Onanuga, in a statement released on Sunday, said Tinubu and Ramaphosa would hold discussions" dates the statement,
 * not the discussions. Only a cue before the first event word opens what was announced.
 */
export function withoutAnnouncement(text: string, known?: Span[]): string {
  const cue = ANNOUNCING.exec(text);
  if (!cue) return text;
  const first = (known ?? eventWordSpans(text))[0];
  if (!first || first.start < cue.index + cue[0].length) return text;
  return text.slice(0, cue.index).replace(/[^\s]/gu, ' ') + text.slice(cue.index);
}
const ANNOUNCING = /\b(?:said|says|announced|announces|stated|confirmed|confirms|disclosed|revealed|added)\b/iu;

/** Encounter verbs of speech: what one person told, urged or thanked another. */
export const SPEECH_ENCOUNTER_SOURCE = 'tells|told|urges|urged|warns|warned|reminds|reminded|assures|assured|thanks|thanked';
const SPEECH_ENCOUNTER = new RegExp(`^(?:${SPEECH_ENCOUNTER_SOURCE})$`, 'i');
/** Verbs that report an encounter only when a named person is their object: "Xi told Blinken", "Putin received Wang". */
const ENCOUNTER_VERB = new RegExp(
  String.raw`\b(?:${SPEECH_ENCOUNTER_SOURCE}|receives|received|receiving|hosts|hosted|hosting|greets|greeted|greeting|welcomes|welcomed|welcoming|(?:show(?:s|ed|ing)?)(?=\s+(?:[\w'’-]+\s+){1,3}around\b)|(?:gave|gives?|giving)(?=\s+(?:[\w'’-]+\s+){1,3}(?:a\s+)?(?:guided\s+)?tour\s+of\b))\b`,
  'gi',
);

/** Whether the encounter verbs of a text are all of speech ("told", "urged"), and it has one: no one was received or hosted. */
export function encountersBySpeechOnly(text: string): boolean {
  const verbs = matchesOf(ENCOUNTER_VERB, text);
  return verbs.length > 0 && verbs.every((m) => SPEECH_ENCOUNTER.test(m[0]));
}

/** The kind of event a clause reports by its own words, or null when it reports none. */
export function kindOf(text: string): EventKind | null {
  const possible = possibleTriggers(text);
  const kinds = TRIGGERS.filter((t, i) => possible & (1 << i) && t.re.test(text)).map((t) => t.kind);
  // "concluded a tour … promoting the peace plan": a document named as a topic leaves the clause to the occasion, and
  // so does one named as the source ("met for three hours, according to a joint statement released after the talks").
  // "held a working dinner with Sybiha, who briefed them by video link": a meal is held in person, whoever joins by video.
  // "… Sybiha, | who briefed them by video link": a way of joining the occasion of the clause before, no call of its own.
  if (kinds[0] === 'call' && !CALL_HELD.test(text)) {
    if (MEAL_HELD.test(text)) return 'meeting';
    if (VIDEO_JOINED.test(text)) return kinds[1] ?? null;
  }
  if (kinds.length === 0 && MEAL_HELD.test(text)) return 'meeting';
  if (kinds[0] === 'document' && kinds.length > 1 && (!DOCUMENT_ISSUED.test(text) || DOCUMENT_AS_SOURCE.test(text))) return kinds[1];
  if (kinds[0] === 'meeting' && kinds.includes('visit') && JOURNEY_TO_MEET_UNNAMED.test(text)) return 'visit';
  return kinds[0] ?? null;
}

/**
 * "is scheduled to travel to Gdansk on Wednesday to visit the port and meet representatives of shipping firms": a
 * journey whose purpose is to meet people it does not name is the journey. ("travel to Paris to meet President Saar"
 * is the meeting.)
 */
const JOURNEY_TO_MEET_UNNAMED =
  /\b(?:travel(?:s|led|ed|ling|ing)?|fly|flies|flew|head(?:s|ed|ing)?|go(?:es|ing)?)\s+to\s+\p{Lu}[^.;]*?\bto\s+(?:visit\s+[^.;]*?\s+and\s+)?meet\s+(?!\p{Lu})/u;

/** A meal as an occasion held or hosted: "held an informal working dinner with", "will host a dinner for". */
const MEAL_HELD = /\b(?:held|hold|holds|holding|hosted|host|hosts|hosting|gave|give|attended|attend|had|have)\s+(?:a|an|the|their|his|her)\s+(?:[\w-]+\s+){0,2}?(?:dinner|lunch|luncheon|breakfast|banquet)\b/i;
/** Taking part in an occasion by video: "who briefed them by video link", "may join by video link". */
const VIDEO_JOINED = /\b(?:who|which)\s+(?:[\w-]+\s+){0,3}?(?:by|via|over)\s+video\s*link\b|\bjoin(?:s|ed|ing)?\s+(?:[\w-]+\s+){0,2}?(?:by|via)\s+video\s*link\b/i;
/** A call named as the occasion itself, not a way of joining another: "held a video call", "spoke by phone". */
const CALL_HELD = /\b(?:(?:tele)?phone|video)[ -]?(?:call|conversation)s?\b|\b(?:spoke|speak|speaks|speaking|talked)\s+(?:by|over the|on the)\s+(?:tele)?phone\b|\bphoned\b/i;

/**
 * The sorts of document a text names, as general knowledge groups them: a peace plan, proposal, formula or
 * position paper, an N-point plan, or a position released; a joint statement or declaration; a white paper.
 */
const DOCUMENT_CLASSES: Array<[string, RegExp]> = [
  ['peace plan', /\b(?:peace|ceasefire)\s+(?:plan|proposal|formula|initiative|blueprint)s?\b|\bposition paper\b|\b(?:\d+|twelve|ten|six)-point\s+(?:\w+\s+)?(?:plan|document|proposal|paper)\b|\b(?:releas|publish|present|unveil|issu)\w*\s+(?:its|a|the|their|his)\s+(?:\w+\s+){0,2}(?:plan|position|proposal)\b/i],
  ['joint statement', /\bjoint (?:statement|declaration|communiqu[eé])\b/i],
  ['white paper', /\bwhite paper\b/i],
];

export function documentClassesIn(text: string): string[] {
  return DOCUMENT_CLASSES.filter(([, re]) => re.test(text)).map(([name]) => name);
}

const DOCUMENT_AS_SOURCE = /\baccording\s+to\s+(?:a|an|the|their)\s+(?:[\w-]+\s+){0,2}(?:statement|declaration|communiqu[eé]|readout)\b/i;

/** A document as the thing done: released, presented, signed, adopted. */
const DOCUMENT_ISSUED = /\b(?:releas|present|unveil|publish|issu|propos|put(?:s|ting)? forward|sign|adopt|draft|launch|announc)\w*/i;

/**
 * Future or planned: "will meet", "will next meet", "the next MPC meeting", "is set to visit", "invited Kim to visit Moscow", "accepted an invitation to travel to
 * Astana" (an invitation made or accepted is a journey still to come), "Putin to visit…" in a headline.
 */
const ANNOUNCED =
  /\b(?:will|shall|is|are|was|were)\s+(?:(?:also|now|then|soon)\s+)?(?:set|expected|due|scheduled|slated|planning|going)\s+to\b|\bwill\s+(?:(?:also|now|then|soon|next|again)\s+)?(?:meet|visit|hold|travel|receive|host|attend|speak|sign|take part|participate|go|come|be|pay|make)\b|\bthe\s+next\s+(?:[\w-]+\s+){0,2}?(?:meeting|summit|session|round of talks|visit)\b|\b(?:is|are)\s+due\s+(?:in|at|to)\s|\bwould\s+(?:(?:also|now|then|soon)\s+)?(?:release|present|publish|unveil|issue|put forward|meet|visit|travel|hold|host|receive)\b|\bplans?\s+to\b|\bupcoming\b|\bforthcoming\b|\binvit(?:ed|es|ing|ations?)\b[^.]{0,60}\bto\s+(?:visit|attend|come|make|pay|travel|go|join|take\s+part)\b|\b(?:next|coming)\s+(?:week|month|year|months|weeks)\b|\blater\s+(?:this|in the)\s+(?:year|month|week|day)\b|\bexpect(?:s|ed|ing)?\s+(?:[A-Z][\w'’-]*\s+|him\s+|her\s+|them\s+)?to\s+(?:make|pay|visit|come|travel|hold|attend)\b|\bagree(?:s|d)?\s+to\s+(?:visit|meet|hold|host|travel)\b|\b(?:will|would|is\s+to|are\s+to)\s+take\s+place\b|,\s+to\s+be\s+held\b|\b(?:(?:provisionally|tentatively)\s+)?(?:set|scheduled|slated|planned)\s+for\b/i;
const HEADLINE_ANNOUNCED = /\bto\s+(?:meet|visit|hold|travel|host|receive|attend|sign)\b/i;

/**
 * `kind`: the occasion the clause reports, when known. "Preparations for the visit" announce the visit, not the call in
 * which they were discussed ("a telephone conversation on 9 October, during which they discussed the preparations for the visit").
 */
export function isAnnounced(text: string, inHeadline: boolean, kind?: EventKind | null): boolean {
  // "were set to", "had been scheduled for Saturday": what was planned before, told as past.
  if (/\bwere\s+(?:set|expected|due|scheduled)\s+to\b|\bhad\s+been\s+(?:set|expected|due|scheduled|slated|planned)\s+(?:to|for)\b/i.test(text)) return false;
  if (ANNOUNCED.test(text) || (inHeadline && HEADLINE_ANNOUNCED.test(text))) return true;
  const prepared = PREPARATIONS_FOR.exec(text);
  return prepared !== null && (!kind || !prepared[1] || kindOf(prepared[1]) === kind);
}
/** "preparations for President Saar's visit": group 1 the occasion prepared, when named within a few words. */
const PREPARATIONS_FOR = /\bpreparations?\s+for\b(?:\s+((?:[\p{L}'’.-]+\s+){0,4}?(?:visit|trip|tour|summit|talks|meeting|conference|call)s?\b))?/iu;

/**
 * "The visit comes just days after Abiy visited Eritrea": what a report comes after, and how long after (group 1: day,
 * week or month; none when it says not). Also read for the time it gives (eventTime.ts).
 */
export const COMES_AFTER_SOURCE = String.raw`\bcom(?:es|ing)\s+(?:just\s+|only\s+|barely\s+)?(?:(?:(?:a|an|one|two|three|four|five|six|several|a few|\d+)\s+)?(day|week|month)s?\s+)?after\b`;
/** "… comes after months of tension": a time of something, after which the report tells of its own occasion. */
const A_TIME_OF = String.raw`(?!\s+(?:(?:a|an|the|one|two|three|four|five|six|several|many|a few|\d+)\s+)?(?:(?:long|short)\s+)?(?:hours?|days?|weeks?|months?|years?|decades?)\s+of\b)`;
const LOOKS_BACK =
  /\b(?:last|previous|prior|earlier|past)\s+(?:\w+\s+)?(?:meeting|meetings|met|summit|visit|talks|call|trip|encounter)\b|\bsince\s+(?:they|he|she|we|the two|the pair)\s+(?:last\s+)?(?:met|spoke|talked)\b|\blast\s+(?:met|spoke|talked|visited|travell?ed|toured)\b|(?<!\b(?:minutes?|hours?|moments)\s+)\bago\b|\bback in\b|\blooking back\b|\bat the time\b|\bthen\b(?=\s+(?:US|U\.S\.|House|president|prime|foreign|secretary|speaker)\b)|^(?:just\s+)?(?:(?:over|about|nearly|almost|less than|more than)\s+)?(?:a|an|one|two|three|four|five|six|several|a few|\d+)\s+(?:days?|weeks?|months?|years?)\s+after\b/;
/** A clause that looks back to an earlier occasion: "their last meeting", "since they last met", "back in 2000", "a
 * year ago" (not "a few minutes ago": the page's own day), "comes just days after Abiy visited" (not "comes after months
 * of tension"). */
const RECALL = new RegExp(`${LOOKS_BACK.source}|${COMES_AFTER_SOURCE}${A_TIME_OF}`, 'i');

export function isRecall(text: string): boolean {
  return RECALL.test(text);
}

/** A saved page's relative timestamp run into the first sentence: "1 week ago China and the United States…". */
const PAGE_TIMESTAMP = /^\d+\s+(?:minutes?|hours?|days?|weeks?|months?)\s+ago\s+(?=\p{Lu})/u;

/** A clause without the page's relative timestamp in front of it, blanked so offsets stay put. */
export function withoutPageTimestamp(text: string): string {
  return text.replace(PAGE_TIMESTAMP, (m) => ' '.repeat(m.length));
}

/** Words that hedge what follows them: "could", "might", "should", "hopes that", "possible", "prospects", "whether"
 * ("declined to say whether he would invite Xi to visit"), and "no" before an occasion ("no specific meetings planned"). */
const HEDGE =
  /\b(?:[Cc]ould|[Ww]hether|[Mm]ight|[Ss]hould|[Mm]ust|ought to|possib(?:le|ly|ility)|potential(?:ly)?|prospects?|perhaps|hop(?:es?|ed|ing)\s+(?:that|to)|may\b(?!\s+\d)|[Nn]o(?=\s+(?!doubt|question|surprise|wonder)(?:[\w-]+\s+){0,2}(?:meetings?|talks|visits?|calls?|summits?|trips?|plans?)\b))/g;
/** A hedge that calls the occasion itself into doubt: "a possible meeting", "the prospects of talks". */
const HEDGE_ON_NOUN = /(?:possible|potential|prospects?(?:\s+(?:of|for))?)\s+(?:(?:a|an|the|new|further|future|fresh)\s+)?(?:[\w-]+\s+)?$/i;
/** What a hedge says about an occasion already named: "the meeting could take place", "may go ahead". */
const HEDGED_HAPPENING = /^\s+(?:\w+\s+)?(?:take place|happen|be held|go ahead|occur|proceed|materiali[sz]e)\b/i;
/** An occasion named as known, which a hedge elsewhere in the clause does not doubt: "this visit", "his trip", "Kim's visit". */
const KNOWN_OCCASION = /(?:\b(?:the|this|that|these|those|his|her|their|its|our|your|my)|['’]s)\s+(?:(?!(?:a|an|for|to|of|with|in|on|at|and|or|by|from|between|about|way)\s)[\w-]+\s+){0,2}$/i;

/**
 * Talk of what could happen, not of an occasion: "could pave the way for a summit", "Xi may visit Moscow",
 * "a possible meeting". A hedge counts only where it scopes over an event word: "I hope that, through this
 * visit, he could make contributions" doubts the contributions, not the visit.
 */
export function isSpeculative(text: string, eventWords?: readonly Span[]): boolean {
  let events: readonly Span[] | null = eventWords ?? null;
  if (ASKED_FOR_WORD.test(text)) {
    events ??= eventWordSpans(text);
    const asked = matchesOf(ASKED_FOR, text).map((m) => ({ start: m.index, end: m.index + m[0].length }));
    if (events.length > 0 && asked.length > 0 && events.every((e) => asked.some((a) => a.start <= e.start && e.end <= a.end))) return true;
  }
  for (const h of matchesOf(HEDGE, text)) {
    const end = h.index! + h[0].length;
    if (HEDGED_HAPPENING.test(text.slice(end))) return true;
    events ??= eventWordSpans(text);
    // '"… enormous potential in critical minerals," Park said at a joint press conference': a hedge in a quotation
    // that closes before the occasion is named is the speaker's, about something else.
    const quoted = insideQuotation(text, h.index!);
    for (const e of events) {
      if (e.start < end) continue;
      const before = text.slice(end, e.start);
      if (quoted && CLOSING_QUOTE.test(before)) continue;
      if (HEDGE_ON_NOUN.test(text.slice(h.index!, e.start)) && !/[,;:]/.test(before)) return true;
      if (!KNOWN_OCCASION.test(before)) return true;
    }
  }
  return false;
}

/**
 * Talks asked for, not held: the object of a verb of asking or backing ("urged peace talks", "called for the
 * resumption of negotiations", "China supports talks between Russia and Ukraine"), or set out as an answer ("the two
 * sides stressed talks as solution to the crisis", "negotiations are the only way to end the war"). A clause whose
 * every event word is such is talk of an occasion; "Erdogan urged Putin … during their phone call" names one.
 */
const ASKED_FOR = new RegExp(
  String.raw`\b(?:call(?:s|ed|ing)?\s+for|urg(?:e|es|ed|ing)|(?:push|press)(?:es|ed|ing)?\s+for|advocat(?:e|es|ed|ing)|favou?r(?:s|ed|ing)?|seek(?:s|ing)?|sought|propos(?:e|es|ed|ing)|support(?:s|ed|ing)?|back(?:s|ed|ing)?|encourag(?:e|es|ed|ing)|need\s+for)\s+` +
    String.raw`(?:(?:a|an|the|new|fresh|direct|peace|further|more|renewed|immediate|early|serious|meaningful|political|diplomatic|comprehensive|(?:resumption|start|launch)\s+of|return\s+to)\s+){0,3}(?:talks|negotiations?)\b` +
    String.raw`|\b(?:talks|negotiations?)\s+(?:as|(?:are|is|remain|remains|were|was)\s+the)\s+(?:(?:a|an|the|only|best)\s+)*(?:solution|way|means|path|route|answer)\b`,
  'gi',
);
/** A word each of ASKED_FOR's alternatives has. */
const ASKED_FOR_WORD = /\b(?:call|urg|push|press|advocat|favou?r|seek|sought|propos|support|back|encourag|need|talks\s|negotiations?\s)/i;

/** Whether an offset falls inside a quotation: an odd number of quotation marks before it, or a curly one left open. */
function insideQuotation(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const straight = (before.match(/"/g) ?? []).length;
  const opened = (before.match(/[“«]/g) ?? []).length - (before.match(/[”»]/g) ?? []).length;
  return straight % 2 === 1 || opened > 0;
}
const CLOSING_QUOTE = /["”»]/;

/**
 * An occasion that did not take place: "was originally meant to travel", "the trip was called off", "did not visit".
 * Not "did not attend": the occasion took place without someone (see findEventMentions' absentees).
 */
const UNREALISED =
  /\b(?:did|does|do|has|have|had|will|would)\s+not\s+(?:yet\s+|even\s+)?(?:visit|meet|travel|hold)\b|\b(?:didn['’]t|doesn['’]t|don['’]t|hasn['’]t|haven['’]t|hadn['’]t|won['’]t|wouldn['’]t|never)\s+(?:yet\s+|even\s+|once\s+)?(?:visit(?:ed)?|meet|met|travel(?:l?ed)?|h[eo]ld)\b|\b(?:(?:will|would|did|does)\s+not|won['’]t|wouldn['’]t|didn['’]t|doesn['’]t|no\s+longer)\s+(?:now\s+)?(?:take\s+place|go\s+ahead)\b|\b(?:was|were|had been)\s+(?:originally\s+|initially\s+)?(?:meant|supposed)\s+to\b|\b(?:was|were|had been)\s+(?:originally|initially)\s+(?:due|scheduled|set|expected|planned)\s+to\b|\bhad\s+(?:originally\s+|initially\s+)?planned\s+to\b|\b(?:called|put)\s+off\b|\b(?:cancell?ed|postponed|scrapped|shelved)\b|\b(?:dropped|removed|struck)\s+(?:from|off)\s+(?:the|its|their)\s+(?:\w+\s+)?(?:schedule|agenda|programme|program|itinerary)\b|\b(?:decision|decided|decides|move)\s+to\s+(?:abandon|cancel|scrap|call\s+off|postpone)\b|\babandon(?:ed|s|ing)?\s+(?:the|his|her|their|a|plans?)\b/i;

export function isUnrealised(text: string): boolean {
  if (!UNREALISED.test(text)) return false;
  // "met with the crown prince … for a sit-down he had earlier said would not take place": what someone had said would
  // not happen is their word, not the report's.
  return matchesOf(UNREALISED_GLOBAL, text).some((m) => !PREDICTED_BEFORE.test(text.slice(Math.max(0, m.index - 60), m.index)));
}
const UNREALISED_GLOBAL = new RegExp(UNREALISED.source, 'gi');
const PREDICTED_BEFORE = /\b(?:had|has|have)\s+(?:\w+\s+)?(?:said|insisted|claimed|vowed|promised|maintained|predicted|suggested|declared)\s+(?:that\s+)?(?:it\s+|they\s+|he\s+|she\s+)?$/i;

/**
 * Words that refer back to participants already named: "the two leaders", "they", "their meeting", "both
 * agreed". "Both" stands for people only before a verb or a people's noun: "both military and
 * humanitarian aid" names none.
 */
const PLURAL_ANAPHOR =
  /\b(?:they|their|them|both(?=\s+(?:of\s+them|of\s+us|leaders|sides|men|women|ministers|presidents|heads|delegations|countries|governments|nations|parties|have|had|also|were|are|will|would|agreed|said|met|held|expressed|stressed|discussed|pledged|reaffirmed|called|shook)\b)|the pair|the two(?:\s+\w+)?|the leaders|the two sides|each other)\b/i;

export function refersToParticipantsBefore(text: string): boolean {
  return PLURAL_ANAPHOR.test(text);
}

/** "the meeting", "during the call", "the visit": an event named as already known. */
const DEFINITE_EVENT = /\b(?:the|this|that|their|his|her|its)\s+(?:\w+\s+){0,2}?(?:meeting|talks|call|visit|trip|summit|tour|plan|document|conference|negotiations)\b/i;

export function refersToEventBefore(text: string): boolean {
  return DEFINITE_EVENT.test(text);
}

/** The kinds of occasion each noun of DEFINITE_EVENT can name. */
const KINDS_OF_NOUN: Record<string, EventKind[]> = {
  meeting: ['meeting', 'talks'],
  talks: ['meeting', 'talks'],
  negotiations: ['meeting', 'talks'],
  call: ['call'],
  visit: ['visit', 'tour'],
  trip: ['visit', 'tour'],
  tour: ['visit', 'tour'],
  summit: ['summit'],
  conference: ['conference', 'press-conference'],
  plan: ['document'],
  document: ['document'],
};
const DEFINITE_EVENTS = new RegExp(DEFINITE_EVENT.source, 'gi');

/**
 * Whether a clause of a kind names an occasion of that kind as already known: "the meeting" for a meeting. "Ministers
 * met in Abuja ahead of the planned summit" refers back to a summit, not to a meeting reported before.
 */
export function refersToOccasionBefore(text: string, kind: EventKind): boolean {
  return matchesOf(DEFINITE_EVENTS, text).some((m) => KINDS_OF_NOUN[/(\w+)$/.exec(m[0])![1].toLowerCase()]?.includes(kind) ?? true);
}

/** "he", "his", "him", "she", "her": one person named earlier. */
export function singularPronouns(text: string): number {
  return (text.match(/\b(?:he|his|him|she|her)\b/gi) ?? []).length;
}

/** Multilateral bodies and gatherings whose summits and meetings are events of their own. General knowledge. */
const ORGANISATIONS: Array<[string, RegExp]> = [
  ['APEC', /\bAPEC\b|\bAsia[- ]Pacific Economic Co-?operation\b/],
  ['G20', /\bG-?20\b|\bGroup of (?:20|Twenty)\b/],
  ['G7', /\bG-?7\b|\bGroup of (?:Seven|7)\b/],
  ['BRICS', /\bBRICS\b/i],
  ['SCO', /\bSCO\b|\bShanghai Cooperation Organi[sz]ation\b/],
  ['NATO', /\bNATO\b/],
  ['ASEAN', /\bASEAN\b/],
  ['EU', /\bEU\b|\bEuropean Union\b|\bEuropean Council\b/],
  ['UN', /\bUN\b|\bU\.N\.|\bUnited Nations\b/],
  ['OSCE', /\bOSCE\b/],
  ['African Union', /\bAfrican Union\b/],
  ['Arab League', /\bArab League\b/],
  ['Eastern Economic Forum', /\bEastern Economic Forum\b/],
  ['Munich Security Conference', /\bMunich Security Conference\b|\bMSC\b/],
  ['Shangri-La Dialogue', /\bShangri-La Dialogue\b/],
  ['World Economic Forum', /\bWorld Economic Forum\b|\bDavos\b/],
  ['Belt and Road Forum', /\bBelt and Road\b[^.]{0,40}\bForum\b/],
];

/** Any of ORGANISATIONS, in one pass: most clauses name none, and then need not be tested against each. */
const ANY_ORGANISATION = new RegExp(ORGANISATIONS.map(([, re]) => (re.flags.includes('i') ? caseless(re.source) : re.source)).join('|'));

/** The multilateral bodies a clause names. */
export function organisationsIn(text: string): string[] {
  if (!ANY_ORGANISATION.test(text)) return [];
  return ORGANISATIONS.filter(([, re]) => re.test(text)).map(([name]) => name);
}

/** A regex source of plain words and `\b` that matches regardless of case ("BRICS" → "[Bb][Rr][Ii][Cc][Ss]"). */
function caseless(source: string): string {
  if (!/^(?:\\b|[A-Za-z ])+$/.test(source)) throw new Error(`caseless: not a plain word pattern: ${source}`);
  return source.replace(/\\b|[A-Za-z]/g, (c) => (c.length > 1 ? c : `[${c.toUpperCase()}${c.toLowerCase()}]`));
}

/** Spans of the encounter verbs in a text, relative to it. */
export function encounterVerbs(text: string): Span[] {
  return matchesOf(ENCOUNTER_VERB, text).map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** How a travel phrase inside another event's clause names its traveller. */
export type TravellerCue = 'visiting' | 'possessive' | 'pronoun' | 'subject';

export interface TravelPhrase extends Span {
  kind: 'visit' | 'tour';
  cue: TravellerCue;
}

const TRIP_NOUN = '(?:visit|trip|tour|stay)';
const TRAVEL_PHRASES: Array<[RegExp, TravellerCue]> = [
  [/\bvisiting\b(?=\s+(?:[A-Z]|U\.S\.))/g, 'visiting'],
  [new RegExp(`['’]s\\s+(?:[\\w-]+\\s+){0,2}?${TRIP_NOUN}\\b(?!\\s+of\\s+the\\b)`, 'g'), 'possessive'],
  [new RegExp(`\\b(?:his|her)\\s+(?:[\\w-]+\\s+){0,2}?${TRIP_NOUN}\\b(?!\\s+of\\s+the\\b)`, 'gi'), 'pronoun'],
  [new RegExp(`\\b(?:on|during|for|after)\\s+(?:a|an)\\s+(?:[\\w-]+\\s+){0,2}?${TRIP_NOUN}\\b(?!\\s+of\\s+the\\b)`, 'gi'), 'subject'],
  [/\b(?:arrived|arriving|after arriving|travell?ed to|travell?ing to|flew (?:in)?to)\b/gi, 'subject'],
  // "Modi visited Moscow, where he met Putin".
  [/\bvisited(?=\s+(?:the\s+)?\p{Lu})/gu, 'subject'],
  // "Ortiz, in Oslo for the second time this year, met…", "in Oslo for talks".
  [/\bin\s+(?:the\s+)?\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?\s+for\s+(?:the\s+(?:first|second|third|fourth|fifth|\w+th|last)\s+time|talks|(?:a|an)\s+(?:[\w-]+\s+)?(?:visit|summit|meeting|conference|forum))\b/gu, 'subject'],
];

/**
 * The journey a meeting's clause also reports: "wrapped up his two-day visit to China, one that culminated in a
 * meeting", "met visiting Secretary Ortiz", "after arriving in Oslo on a three-day visit, she met…".
 */
export function travelIn(text: string): TravelPhrase[] {
  const out: TravelPhrase[] = [];
  for (const [re, cue] of TRAVEL_PHRASES) {
    for (const m of matchesOf(re, text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (out.some((t) => t.start < end && start < t.end)) continue;
      out.push({ start, end, kind: /\btour\b/i.test(m[0]) ? 'tour' : 'visit', cue });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
