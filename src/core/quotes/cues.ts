import type { Span } from '../model';

/**
 * Attribution cues: the verbs and phrases that introduce what someone said. General English, not data
 * from any corpus. Found on masked text (quoted words hidden), so a "said" inside a quotation is no cue.
 */

export type CueShape =
  | 'verb' // "Xi said", "said Xi", "Xi told Biden that"
  | 'participle' // ", saying …", ", adding that …": the subject is the main clause's
  | 'quoted-as' // "was quoted as saying", "quoted Xi as saying"
  | 'according-to'; // "according to the ministry, …"

export interface Cue extends Span {
  /** The cue as written ("said", "according to", "was quoted as saying"). */
  words: string;
  shape: CueShape;
  /** Whether the verb can report a content clause ("said that …"); "urged", "asked", "called" cannot. */
  reportsClause: boolean;
  /** Whether the verb takes the addressee as object before the clause ("told Biden that …"). */
  takesObject: boolean;
  /** For "quoted X as saying": the words naming X. */
  quoted: Span | null;
}

interface VerbEntry {
  forms: string[];
  participles: string[];
  reportsClause: boolean;
  takesObject: boolean;
}

const verb = (forms: string, participles: string, reportsClause = true, takesObject = false): VerbEntry => ({
  forms: forms.split(' '),
  participles: participles ? participles.split(' ') : [],
  reportsClause,
  takesObject,
});

/** Finite forms first, then -ing forms. Base forms are left out: "will say", "to tell" report nothing yet. */
const VERBS: VerbEntry[] = [
  verb('said says', 'saying'),
  verb('told tells', 'telling', true, true),
  verb('assured assures', 'assuring', true, true),
  verb('reminded reminds', 'reminding', true, true),
  verb('informed', 'informing', true, true),
  verb('added adds', 'adding'),
  verb('stressed stresses', 'stressing'),
  verb('noted notes', 'noting'),
  verb('mentioned mentions', 'mentioning'),
  verb('countered counters', 'countering'),
  verb('warned warns', 'warning'),
  verb('acknowledged acknowledges', 'acknowledging'),
  verb('asserted asserts', 'asserting'),
  verb('disclosed discloses', 'disclosing'),
  verb('declared declares', 'declaring'),
  verb('announced announces', 'announcing'),
  verb('explained explains', 'explaining'),
  verb('insisted insists', 'insisting'),
  verb('emphasised emphasized emphasises emphasizes', 'emphasising emphasizing'),
  verb('underlined underlines underscored underscores', 'underlining underscoring'),
  // A phrasal verb: its forms are whole phrases, not words to split.
  { forms: ['pointed out'], participles: ['pointing out'], reportsClause: true, takesObject: false },
  // "Tuala hit back that Reyes had backed the same budgets": a retort, reported by its clause.
  { forms: ['hit back', 'hits back', 'fired back', 'fires back', 'shot back'], participles: ['hitting back', 'firing back'], reportsClause: true, takesObject: false },
  // "As Cheung put it: …", '"…," as Cheung put it.'
  { forms: ['put it', 'puts it'], participles: [], reportsClause: false, takesObject: false },
  verb('argued argues', 'arguing'),
  verb('claimed', 'claiming'),
  verb('remarked', ''),
  verb('replied', 'replying'),
  verb('responded', ''),
  verb('confirmed confirms', 'confirming'),
  verb('denied denies', 'denying'),
  verb('admitted admits', 'admitting'),
  verb('conceded', 'conceding'),
  verb('recalled recalls', 'recalling'),
  verb('suggested suggests', 'suggesting'),
  verb('predicted', 'predicting'),
  verb('reiterated reiterates', 'reiterating'),
  verb('revealed reveals', 'revealing'),
  verb('hinted', 'hinting'),
  verb('speculated speculates', 'speculating'),
  verb('observed observes', 'observing'),
  verb('signalled signaled', 'signalling signaling'),
  verb('contended contends', 'contending'),
  verb('clarified clarifies', 'clarifying'),
  verb('estimated', ''),
  verb('opined', ''),
  verb('continued', '', false),
  // `accused Washington of "hysteria"`: names what was said of someone; no clause follows.
  verb('accused accuses', 'accusing', false, true),
  verb('stated states', 'stating'),
  // "The report found that …", "the study concludes that …": a finding, reported only by a clause after "that" (indirect.ts).
  verb('found finds concluded concludes', ''),
  // "expressed hope that …", "expressed concern that …": the clause after "that"; "expressed his condolences" reports none.
  verb('expressed', 'expressing'),
  verb('indicated indicates', 'indicating'),
  verb('conveyed conveys', 'conveying'),
  verb('maintained maintains', 'maintaining'),
  verb('affirmed reaffirmed', ''),
  verb('reported', ''),
  verb('wrote writes', 'writing'),
  // "twitted": as some outlets spell it.
  verb('tweeted twitted', 'tweeting'),
  verb('commented', ''),
  verb('posted', ''),
  verb('cautioned', ''),
  verb('complained', ''),
  verb('alleged alleges', 'alleging'),
  verb('vowed', 'vowing'),
  verb('pledged', 'pledging'),
  verb('promised', ''),
  verb('urged urges', 'urging', false),
  verb('asked asks', 'asking', false),
  verb('described describes', 'describing', false),
  verb('called calls', 'calling', false),
  verb('invited invites', 'inviting', false),
  verb('billed', '', false),
  verb('hailed hails', 'hailing', false),
  verb('heralded', 'heralding', false),
  verb('dubbed', '', false),
  verb('labelled labeled', '', false),
  verb('branded', '', false),
  // `dismissed the criticism as "noise"`, `slammed the talks as "a waste of time"`: what a speaker called something.
  verb('dismissed dismisses', 'dismissing', false, true),
  verb('slammed slams', 'slamming', false, true),
  verb('criticised criticized criticises criticizes', 'criticising criticizing', false, true),
  verb('condemned condemns', 'condemning', false, true),
  verb('praised praises', 'praising', false, true),
  // 'thanked the founder "for forty-six years of vision"': the words quoted are the speaker's.
  verb('thanked', 'thanking', false, true),
  verb('termed', '', false),
  verb('quipped', '', false),
  verb('exclaimed', '', false),
];

/** Base forms, cues only in an inverted attribution right after a quotation: `"…," write Wong and Pierson`. */
const BASE_FORMS = new Map(Object.entries({
  say: 'said', tell: 'told', write: 'wrote', add: 'added', note: 'noted', warn: 'warned', argue: 'argued',
  insist: 'insisted', stress: 'stressed', explain: 'explained', report: 'reported', claim: 'claimed',
  state: 'stated', allege: 'alleged', find: 'found', conclude: 'concluded',
}));
/** A closed quotation and a comma (or a dash) right before a word: the word opens an inverted attribution. */
const AFTER_QUOTATION = /[\uE000"”’'»][,]?\s*[—–-]?\s*$/u;
const PER = /\bper\s+(?=(?:the\s+)?\p{Lu})/gu;

const ENTRY_BY_WORD = new Map<string, { entry: VerbEntry; participle: boolean }>();
for (const entry of VERBS) {
  for (const f of entry.forms) ENTRY_BY_WORD.set(f, { entry, participle: false });
  for (const f of entry.participles) ENTRY_BY_WORD.set(f, { entry, participle: true });
}

/** "was quoted as saying", "quoted Xi as saying", "Tasnim reported Amir-Abdollahian as saying", "cited him as saying". */
const QUOTED_AS = /\b(?:(?:was|were|is|are|being)\s+)?(?:quoted|reported|cited)\s+(?:(.{1,60}?)\s+)?as\s+saying\b/giu;
const ACCORDING_TO = /\baccording\s+to\b/giu;
/** Cue words are looked up word by word (runs of ASCII letters): far cheaper than one big alternation. */
const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const PARTICLE = /^\s+(out|it|back)\b/;
/** The words an entry lists with a particle ("pointed out", "put it", "hit back"). */
const PHRASAL = new Set([...ENTRY_BY_WORD.keys()].filter((k) => k.includes(' ')).map((k) => k.slice(0, k.indexOf(' '))));
/** Every word looked up (all lower-case ASCII letters), by its first three letters: the lengths it comes in, one bit
 * each. Most words of a sentence are passed over on this table, before they are sliced out and lower-cased. */
const LOOKED_UP = [...ENTRY_BY_WORD.keys(), ...BASE_FORMS.keys(), ...PHRASAL, 'quoted', 'reported', 'cited', 'according', 'per'].filter((w) => /^[a-z]+$/.test(w));
const SHORTEST_WORD = 3;
const LONGEST_WORD = 31;
const prefixOf = (a: number, b: number, c: number) => ((a | 32) - 97) * 676 + ((b | 32) - 97) * 26 + ((c | 32) - 97);
const LENGTHS_BY_PREFIX = new Uint32Array(26 * 26 * 26);
for (const w of LOOKED_UP) {
  if (w.length < SHORTEST_WORD || w.length > LONGEST_WORD) throw new Error(`cue word out of range: ${w}`);
  LENGTHS_BY_PREFIX[prefixOf(w.charCodeAt(0), w.charCodeAt(1), w.charCodeAt(2))] |= 1 << w.length;
}

/** Every cue in `masked` between `from` and `to`, in text order. */
const DETERMINER_BEFORE = /(?:^|[^\p{L}])(?:the|a|an|its|his|her|their|our|my|your)\s+$/iu;

export function findCues(masked: string, from: number, to: number): Cue[] {
  const text = masked.slice(from, to);
  const words = cueWords(text);
  const cues: Cue[] = [];
  const taken: Span[] = [];
  if (words.quoted) for (const m of matches(QUOTED_AS, text)) {
    const quoted = m[1] ? { start: from + m.index + m[0].indexOf(m[1]), end: from + m.index + m[0].indexOf(m[1]) + m[1].length } : null;
    cues.push(cue(from + m.index, m[0], 'quoted-as', true, false, quoted));
    taken.push({ start: m.index, end: m.index + m[0].length });
  }
  if (words.according) for (const m of matches(ACCORDING_TO, text)) cues.push(cue(from + m.index, m[0], 'according-to', true, false, null));
  if (words.per) for (const m of matches(PER, text)) cues.push(cue(from + m.index, 'per', 'according-to', true, false, null));
  for (const w of words.found) {
    if (taken.some((t) => t.start <= w.at && w.at < t.end)) continue;
    // "early-warning systems", "self-stated": a cue word inside a hyphenated word is no cue.
    if (text[w.at - 1] === '-' || text[w.at + w.words.length] === '-') continue;
    // "the alleged spy ring", "his stated aim", "a reported 1,000 troops": after a determiner, an adjective.
    if (DETERMINER_BEFORE.test(text.slice(Math.max(0, w.at - 8), w.at))) continue;
    if (isPassiveDescribedAs(text, w.at, w.words)) continue;
    // After a form of "be": `was accused of fraud`, `were being asked to wait`, `was told that` are passive, so the
    // subject is not the one who speaks; "India, he said, was emphasising this during its presidency" is a progressive
    // verb, no participle that reports, unless a clause follows it ("he was saying that …").
    if (PASSIVE_BEFORE.test(text.slice(Math.max(0, w.at - 16), w.at)) && (!w.found.participle || !/^\s+that\b/u.test(text.slice(w.at + w.words.length, w.at + w.words.length + 6)))) continue;
    // `He continued: "…"`, `"…," she continued.`: not "continued to benefit from …". `…, continued Emmanuel Macron.`
    // reports the clause before it too.
    let { reportsClause } = w.found.entry;
    if (/^continued$/iu.test(w.words)) {
      const after = text.slice(w.at + w.words.length, w.at + w.words.length + 80);
      if (SPEAKER_CLOSES_SENTENCE.test(after)) reportsClause = true;
      else if (!PUNCTUATION_AFTER.test(after)) continue;
    }
    // "As Modi concluded his part of the speech", "police found the car": a finding verb with an object finds nothing said.
    if (FINDING.test(w.words) && OBJECT_AFTER.test(text.slice(w.at + w.words.length, w.at + w.words.length + 12))) continue;
    // "Twitter had added 16 million users": a number added is no statement.
    if (/^add/iu.test(w.words) && /^\s+(?:\d|(?:another|some|about|nearly|almost|over|more than)\s+\d)/u.test(text.slice(w.at + w.words.length, w.at + w.words.length + 16))) continue;
    cues.push(cue(from + w.at, w.words, w.found.participle ? 'participle' : 'verb', reportsClause, w.found.entry.takesObject, null));
  }
  // '“We have laid the foundations”, welcomed the French head of state': right after a quotation and its comma, a verb
  // in the past with its subject after it tells how the quotation was said, whatever the verb.
  if (text.includes(',')) {
    for (const m of matches(INVERTED_VERB, text)) if (!cues.some((c) => c.start === from + m.index)) cues.push(cue(from + m.index, m[0], 'verb', false, false, null));
  }
  return cues.sort((a, b) => a.start - b.start);
}
const INVERTED_VERB = /(?<=(?:["”»]\s*,|,\s*["”»])\s+)\p{Ll}{3,}ed(?=\s+(?:the\s+\p{L}|\p{Lu}))/gu;

/** The verbs of a finding (see CUE_VERBS): reported only by a clause after them. */
const FINDING = /^(?:found|finds|concluded|concludes)$/iu;
/** A determiner or possessive right after a verb: its object follows. */
const OBJECT_AFTER = /^\s+(?:the|a|an|his|her|their|its|our|my|these|those)\s/iu;

/**
 * "talks described as “very friendly”", "the meeting was described as positive": passive, so no one is named as
 * the speaker. Active forms put an object or a subject right before "as" or the verb: "what Xi described as",
 * "he described the talks as".
 */
function isPassiveDescribedAs(text: string, at: number, words: string): boolean {
  if (words.toLowerCase() !== 'described' || !/^\s+as\b/u.test(text.slice(at + words.length, at + words.length + 4))) return false;
  const before = /(\p{L}+)\W*$/u.exec(text.slice(Math.max(0, at - 30), at));
  return before !== null && !/^\p{Lu}/u.test(before[1]) && !SUBJECT_PRONOUN.test(before[1]);
}
const SUBJECT_PRONOUN = /^(?:he|she|they|we|i|you|it|who|which|that|what)$/iu;
/** What follows "continued" when it tells of speaking: punctuation, or the speaker's name closing the sentence. */
const PUNCTUATION_AFTER = /^\s*(?:[:,.;!?"“”'‘’\uE000]|$)/u;
const SPEAKER_CLOSES_SENTENCE = /^\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,4}\s*(?:[.!?]|$)/u;
const PASSIVE_BEFORE = /\b(?:was|were|is|are|be|been|being|get|got|gets|getting)\s+(?:\p{L}+ly\s+)?$/iu;

interface CueWords {
  /** The verbs of the lexicon met, at their offsets. */
  found: Array<{ at: number; words: string; found: { entry: VerbEntry; participle: boolean } }>;
  /** Whether the words QUOTED_AS, ACCORDING_TO and PER need are there: the patterns run only then. */
  quoted: boolean;
  according: boolean;
  per: boolean;
}

/** One pass over the words (runs of ASCII letters) of `text`: the lexicon's verbs, and whether the words the
 * phrase patterns need are there. */
function cueWords(text: string): CueWords {
  const out: CueWords = { found: [], quoted: false, according: false, per: false };
  for (let i = 0; i < text.length; ) {
    if (!isAsciiLetter(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const at = i;
    while (i < text.length && isAsciiLetter(text.charCodeAt(i))) i++;
    const length = i - at;
    if (length < SHORTEST_WORD || length > LONGEST_WORD) continue;
    if (!((LENGTHS_BY_PREFIX[prefixOf(text.charCodeAt(at), text.charCodeAt(at + 1), text.charCodeAt(at + 2))] >>> length) & 1)) continue;
    const raw = text.slice(at, i);
    const word = raw.toLowerCase();
    // "the United States", "Islamic State": a noun in a name, never the verb.
    if (raw !== word && NOUNS_WHEN_CAPITALISED.has(word)) continue;
    if (word === 'quoted' || word === 'reported' || word === 'cited') out.quoted = true;
    else if (word === 'according') out.according = true;
    else if (raw === 'per') out.per = true;
    // The particle of a phrasal entry ("… out", "… it") is looked for only after the words such entries open with.
    const particle = PHRASAL.has(word) ? PARTICLE.exec(text.slice(at + word.length, at + word.length + 5)) : null;
    const phrasal = particle ? ENTRY_BY_WORD.get(`${word} ${particle[1]}`) : undefined;
    const found = phrasal ?? ENTRY_BY_WORD.get(word) ?? (BASE_FORMS.has(word) ? (baseFormAfterQuotation(text, at, word) ?? presentAfterPlural(text, at, word) ?? afterWentOnTo(text, at, word)) : undefined);
    if (found) out.found.push({ at, words: phrasal && particle ? raw + particle[0] : raw, found });
  }
  return out;
}

/** Verb forms that are nouns when capitalised. */
const NOUNS_WHEN_CAPITALISED = new Set(['states', 'state', 'finds', 'find', 'found']);

/** A base form counts only where it opens an inverted attribution after a quotation and before a name. */
function baseFormAfterQuotation(text: string, at: number, word: string): { entry: VerbEntry; participle: boolean } | undefined {
  const finite = BASE_FORMS.get(word);
  if (!finite || !AFTER_QUOTATION.test(text.slice(Math.max(0, at - 6), at))) return undefined;
  if (!/^\s+\p{Lu}/u.test(text.slice(at + word.length, at + word.length + 3))) return undefined;
  return ENTRY_BY_WORD.get(finite);
}

/** "Maduro went on to say that …": a base form that reports what was said, once done. */
function afterWentOnTo(text: string, at: number, word: string): { entry: VerbEntry; participle: boolean } | undefined {
  const finite = BASE_FORMS.get(word);
  return finite && WENT_ON_TO.test(text.slice(Math.max(0, at - 16), at)) ? ENTRY_BY_WORD.get(finite) : undefined;
}
const WENT_ON_TO = /\b(?:went|goes|go)\s+on\s+to\s+$/u;

/** Base forms that report speech in the present after a plural subject: "Analysts say", "Officials warn that". */
const PRESENT_PLURAL = new Set(['say', 'tell', 'write', 'note', 'warn', 'argue', 'insist', 'explain', 'claim', 'state', 'allege', 'find', 'conclude']);
/** A plural source or a plural pronoun right before, and no modal or "to" before that: "analysts say", "they say". */
const PLURAL_SUBJECT_BEFORE = /(?:^|[^\p{L}'’])(?:they|we|you|\p{L}{2,}[^s'’\W]s)\s+(?:also\s+|now\s+|still\s+|often\s+)?$/iu;
const NOT_FINITE_BEFORE = /\b(?:will|would|can|could|may|might|should|must|shall|to|not|do|does|did|cannot|won['’]t|didn['’]t|don['’]t|let|let['’]s)\s+(?:\p{L}+\s+)?$/iu;

/** A present plural form after its subject: "Analysts say Beijing wants …", "Officials warn that …". */
function presentAfterPlural(text: string, at: number, word: string): { entry: VerbEntry; participle: boolean } | undefined {
  if (!PRESENT_PLURAL.has(word)) return undefined;
  const before = text.slice(Math.max(0, at - 40), at);
  if (!PLURAL_SUBJECT_BEFORE.test(before) || NOT_FINITE_BEFORE.test(before)) return undefined;
  return ENTRY_BY_WORD.get(BASE_FORMS.get(word)!);
}

function cue(start: number, words: string, shape: CueShape, reportsClause: boolean, takesObject: boolean, quoted: Span | null): Cue {
  return { start, end: start + words.length, words, shape, reportsClause, takesObject, quoted };
}

function matches(re: RegExp, text: string): RegExpExecArray[] {
  re.lastIndex = 0;
  const out: RegExpExecArray[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) out.push(m);
  return out;
}
