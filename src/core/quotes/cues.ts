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
  verb('pointed out', 'pointing out'),
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
  verb('stated', 'stating'),
  verb('affirmed reaffirmed', ''),
  verb('reported', ''),
  verb('wrote writes', 'writing'),
  verb('tweeted', 'tweeting'),
  verb('posted', ''),
  verb('cautioned', ''),
  verb('complained', ''),
  verb('alleged', ''),
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
  verb('termed', '', false),
  verb('quipped', '', false),
  verb('exclaimed', '', false),
];

/** Base forms, cues only in an inverted attribution right after a quotation: `"…," write Wong and Pierson`. */
const BASE_FORMS: Record<string, string> = {
  say: 'said', tell: 'told', write: 'wrote', add: 'added', note: 'noted', warn: 'warned', argue: 'argued',
  insist: 'insisted', stress: 'stressed', explain: 'explained', report: 'reported', claim: 'claimed',
};
/** A closed quotation and a comma (or a dash) right before a word: the word opens an inverted attribution. */
const AFTER_QUOTATION = /[\uE000"”’'»][,]?\s*[—–-]?\s*$/u;
const PER = /\bper\s+(?=(?:the\s+)?\p{Lu})/gu;

const ENTRY_BY_WORD = new Map<string, { entry: VerbEntry; participle: boolean }>();
for (const entry of VERBS) {
  for (const f of entry.forms) ENTRY_BY_WORD.set(f, { entry, participle: false });
  for (const f of entry.participles) ENTRY_BY_WORD.set(f, { entry, participle: true });
}

const QUOTED_AS = /\b(?:(?:was|were|is|are|being)\s+)?quoted\s+(?:(.{1,60}?)\s+)?as\s+saying\b/giu;
const ACCORDING_TO = /\baccording\s+to\b/giu;
/** Words, found with a plain ASCII pattern and looked up in the lexicon: far cheaper than one big alternation. */
const WORD = /[A-Za-z]+/g;
const PARTICLE_OUT = /^\s+out\b/;

/** Every cue in `masked` between `from` and `to`, in text order. */
export function findCues(masked: string, from: number, to: number): Cue[] {
  const text = masked.slice(from, to);
  const cues: Cue[] = [];
  const taken: Span[] = [];
  if (/quoted/i.test(text)) for (const m of matches(QUOTED_AS, text)) {
    const quoted = m[1] ? { start: from + m.index + m[0].indexOf(m[1]), end: from + m.index + m[0].indexOf(m[1]) + m[1].length } : null;
    cues.push(cue(from + m.index, m[0], 'quoted-as', true, false, quoted));
    taken.push({ start: m.index, end: m.index + m[0].length });
  }
  if (/according/i.test(text)) for (const m of matches(ACCORDING_TO, text)) cues.push(cue(from + m.index, m[0], 'according-to', true, false, null));
  if (/\bper\s/.test(text)) for (const m of matches(PER, text)) cues.push(cue(from + m.index, 'per', 'according-to', true, false, null));
  for (const m of matches(WORD, text)) {
    const word = m[0].toLowerCase();
    const out = PARTICLE_OUT.exec(text.slice(m.index + word.length, m.index + word.length + 5));
    const phrasal = out ? ENTRY_BY_WORD.get(`${word} out`) : undefined;
    const found = phrasal ?? ENTRY_BY_WORD.get(word) ?? baseFormAfterQuotation(text, m.index, word);
    if (!found || taken.some((t) => t.start <= m.index && m.index < t.end)) continue;
    const words = phrasal && out ? m[0] + out[0] : m[0];
    const shape: CueShape = found.participle ? 'participle' : 'verb';
    cues.push(cue(from + m.index, words, shape, found.entry.reportsClause, found.entry.takesObject, null));
  }
  return cues.sort((a, b) => a.start - b.start);
}

/** A base form counts only where it opens an inverted attribution after a quotation and before a name. */
function baseFormAfterQuotation(text: string, at: number, word: string): { entry: VerbEntry; participle: boolean } | undefined {
  const finite = BASE_FORMS[word];
  if (!finite || !AFTER_QUOTATION.test(text.slice(Math.max(0, at - 6), at))) return undefined;
  if (!/^\s+\p{Lu}/u.test(text.slice(at + word.length, at + word.length + 3))) return undefined;
  return ENTRY_BY_WORD.get(finite);
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
