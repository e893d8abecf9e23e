import type { Span } from '../model';
import type { Cue } from './cues';
import type { NameSpan, PeopleIndex } from './peopleIndex';
import { FILLER } from './quoteMarks';
import { COUNTRY_NAME_SOURCE, DEMONYM_SOURCE, countryOfPlace } from '../events/geography';
import { genderOf, genderOfPronoun, genderOfRole, type Gender } from '../nlp/gender';
import { lexiconTags } from '../nlp/nlp';
import { isObjectOrPossessive } from '../nlp/subjectOrObject';
import { WORDS_BEFORE_CUE } from '../nlp/context';
import { isRelationalRole } from '../nlp/words';

/**
 * Who a cue belongs to: the words naming the source next to the cue (a name, a pronoun, a description),
 * and what they refer to. Pronouns and descriptions are resolved against the people most recently the
 * subject of a sentence; ambiguous surnames against the most recent unambiguous mention.
 */

export interface Speaker {
  /** ArticlePerson.key, or null for unnamed and organisational sources. */
  key: string | null;
  /** The words naming a source that is not a resolved person. */
  text: string | null;
  span: Span | null;
  flags: string[];
}

type PhraseKind = 'name' | 'pronoun' | 'description';

interface Phrase extends Span {
  kind: PhraseKind;
  name?: NameSpan;
}

/** Nouns for a person that a definite description ("the Chinese leader") refers back to. */
const PERSON_HEAD =
  'leader|president|premier|prime minister|minister|diplomat|envoy|ambassador|spokesman|spokeswoman|spokesperson|chief|secretary|chancellor|chairman|king|queen|crown prince|prince|princess|sultan|emir|sheikh|head of state|head of government|representative|counterpart|commander|host|guest|pope|monarch|dictator|strongman|mayor|governor|senator|parliamentarian|lawmaker|legislator|boss|manager|coach|captain|chief executive|executive|ceo|founder|director|chairwoman|chairperson|secretary general|judge|sheriff|coroner|trooper|author|son|daughter|brother|sister|husband|wife|widow|widower|grandson|granddaughter';
/** Nouns for a source that is not one named person. */
const SOURCE_HEAD =
  'officials?|sources?|diplomats|analysts?|experts?|observers?|ministry|government|administration|office|embassy|agency|media|newspaper|paper|journal|daily|report|statement|release|readout|communiqu[eé]|document|side|authorities|kremlin|white house|state department|pentagon|department|council|committee|spokespeople|people|witnesses|insiders|aides?|advisers?|officers?|staff|team|website|outlet|broadcaster|television|channel|news service|post|times|prosecutors?|lawyers?|attorneys?|police|investigators?|judges?|critics|lawmakers|legislators|negotiators?|mediators|protesters|activists|economists|researchers|scientists|doctors|organisers|organizers|participants|delegates?|delegation|sides|agents|councillors|councilors|person|province|figures|tally|tallies|data|estimates?|polls?|surveys?|statistics|reports|complaint|lawsuit|suit|filings?|indictment|petition|ruling|judgment|affidavit|documents|records|study|studies|audit|review|inquiry|investigation|analysis|findings|authors|memo|letter|minutes|transcript|company|companies|firm|bank|carrier|airline|operator|corporation|group|club|league|federation|association|union|party|campaign|commission|court|university|hospital|patrol|deputies|troopers|firefighters|paramedics|' +
  // People in the street, by what they are: "one shopkeeper said", "the teenager said", "a nurse who asked not to be named".
  'residents?|shopkeepers?|owners?|workers?|employees?|nurses?|teachers?|students?|parents?|mothers?|fathers?|farmers?|drivers?|passengers?|' +
  'fans?|supporters?|voters?|teenagers?|survivors?|victims?|relatives?|neighbours?|neighbors?|friends?|colleagues?|volunteers?|shoppers?|customers?|' +
  'tenants?|patients?|villagers?|locals?|veterans?|soldiers?|man|woman|men|women|charity|hospice|school|trust|foundation|' +
  // Institutions that speak for a head of state or government: "according to the Kazakh presidency".
  'presidency|chancellery|cabinet|secretariat|palace|consulate|mission';
const INDEFINITE = /^(?:a|an|one|another|two|three|four|several|some|many|other|senior|unnamed|anonymous)\b/iu;

const PRONOUN = /^(?:he|she|they|it)$/iu;
/** A sentence that opens by describing one person, definite and singular: "The coach, …", "The coach's actions …". */
const DESCRIBED_SUBJECT = new RegExp(`^\\s*((?:The|This)\\s+(?:[\\p{Ll}-]+\\s+){0,2}(?:${PERSON_HEAD}))(?=['’]s\\b|\\s*,|\\s+\\p{Ll})`, 'u');
/** A clause's subject that describes one person, after an opening phrase and its comma: "At the end of the meeting, the
 * Ghanaian president gave …". */
const DESCRIBED_CLAUSE_SUBJECT = new RegExp(`^\\s*(?:[^,;:\uE000]{1,80},\\s+|(?:\\d+\\.\\s+)?(?:[Ww]hen|[Aa]s|[Aa]fter|[Bb]efore|[Ww]hile)\\s+)?((?:[Tt]he|[Tt]his)\\s+(?:[\\p{L}-]+\\s+){0,2}(?:${PERSON_HEAD}))(?=\\s+\\p{Ll})`, 'u');
/** Only titles between the start of a clause and a name: "Earlier China's foreign minister Wang Yi". */
const CLAUSE_START_BEFORE_NAME =
  /(?:^|[,;:—–]\s*)(?:(?:Earlier|Later|Then|Meanwhile|But|And|However|Also|So)\s+)?(?:(?:[\p{Lu}][\p{L}’'.-]*|the|top|former|foreign|defen[cs]e|prime|vice|deputy|chief|minister|president|secretary|leader|spokes(?:man|woman|person))\s+)*$/u;

/** Words that may stand between a speaker and the cue ("Xi on Friday said", "Li himself denied"). */
const BETWEEN_SPEAKER_AND_CUE = new RegExp(
  String.raw`(?:\s+(?:${WORDS_BEFORE_CUE.join('|')}|today|yesterday|tonight|(?:on|last|this|early|late)\s+\p{L}+day|\p{L}+day|(?:on|in)\s+(?:the\s+)?(?:morning|afternoon|evening|night)|[a-z]+ly))*\s*$`,
  'u',
);

/** Words that may open a clause before its subject ("On Tuesday, ", "Earlier, ", "In a statement, "). */
const CLAUSE_OPENER =
  /^\s*(?:(?:[\p{L}\d’'-]+\s+){0,8}?[\p{L}\d’'-]+\s*,\s+|(?:Despite|Although|Though|While|Whereas|Because|Unless|Amid|Following|During|Unlike|Given|Throughout)\s+[^,;:]{1,160}?,\s+|(?:Earlier|Later|Meanwhile|However|Also|But|And|Then|Separately)\s+)/u;

/** A word that opens a subordinate clause, before the sentence's own subject. */
const SUBORDINATE_OPENER = /^\s*(?:As|When|After|Before|Once|Since|While|Whereas|Although|Though|Because|If|Unless|Until)\s/u;

const DESCRIPTION_BEFORE = new RegExp(
  `(?:^|[\\s(])((?:(?:the|a|an|one|another|two|three|several|some|many|other)\\s+)?(?:[\\p{L}\\d’'.&-]+\\s+){0,5}?(?:${PERSON_HEAD}|${SOURCE_HEAD})(?:\\s+of\\s+[\\p{Lu}][\\p{L}’'-]*)?)$`,
  'iu',
);
const DESCRIPTION_AFTER = new RegExp(
  `^\\s*((?:(?:the|a|an|one|another|two|three|several|some|many|other)\\s+)?(?:[\\p{L}\\d’'.&-]+\\s+){0,5}?(?:${PERSON_HEAD}|${SOURCE_HEAD})(?:\\s+(?:${SOURCE_HEAD}))*)\\b`,
  'iu',
);
/** A determiner and a lower-case word inside a description open another phrase: "the round valued the firm" is no
 * source ("one of the officials", "Stockman's Defend a Patriot website" are). */
const ANOTHER_PHRASE = /\s(?<!\bof\s)(?:the|a|an)\s+\p{Ll}/u;

/** A description that opens `words`: "the store's owner", "one European diplomat". */
function descriptionAt(words: string): RegExpExecArray | null {
  const description = DESCRIPTION_AFTER.exec(words);
  return description && !ANOTHER_PHRASE.test(description[1]) ? description : null;
}
/** A head and a preposition right before a name: "officials for", "an aide to", "a friend of". */
const HEAD_BEFORE_NAME = new RegExp(`\\b(${PERSON_HEAD}|${SOURCE_HEAD})\\s+(?:for|to|of)\\s+(?:the\\s+)?$`, 'iu');
const PROPER_BEFORE = /(?:^|[\s(])((?:the\s+|The\s+)?(?:[\p{Lu}][\p{L}\d’'.&-]*\s+(?:&\s+)?){0,4}[\p{Lu}][\p{L}\d’'.&-]*)$/u;
const PROPER_AFTER = /^\s*((?:the\s+|The\s+)?(?:[\p{Lu}][\p{L}\d’'.&-]*\s+){0,4}[\p{Lu}][\p{L}\d’'&-]*)/u;
/** The last words of the heads, lower-case ("minister", "state", "officials"): every DESCRIPTION_BEFORE match ends
 * in one, or in one and "of" and a word. */
const LAST_HEAD_WORDS = new Set(expandWords(`${PERSON_HEAD}|${SOURCE_HEAD}`).map((h) => h.slice(h.lastIndexOf(' ') + 1)));
const RELATIVE = /^\s*(?:who|whose|which|that)\b/iu;
const PERSON_DESCRIPTION = new RegExp(`(?:${PERSON_HEAD})$`, 'iu');
/** "the Head of Government of Portugal": the country a description's office serves, after it. */
const OF_COUNTRY = /\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,2})$/u;
/** The words of a description without the country after its head, when the gazetteer knows it as one. */
const withoutCountry = (words: string) => words.replace(OF_COUNTRY, (m: string, place: string) => (countryOfPlace(place) !== null ? '' : m));
/** The capitalised word of a description that names a country or its people ("the Chinese leader"); never a determiner opening it. */
const NATIONALITY =
  /\b(?!(?:The|This|That|These|Those|A|An|Its|His|Her|Their|Head|State|Government|Prime|Minister|President|Foreign|Deputy|Vice|Chief|Secretary|General|Republic)\b)(\p{Lu}[\p{L}-]+(?:\s+Korean)?)\b/u;
const MAX_SUBJECTS_BACK = 40;
/** How far after a description the person it stands for may be named for the first time (in characters). */
const CATAPHORA_REACH = 600;
/** How far before a cue its speaker may start (in characters): bounds the cost of the end-anchored patterns. */
const LOOK_BACK = 100;
/** How far before a cue the subject of its clause may start ("Wang, who was congratulated by …, said"). */
const SUBJECT_LOOK_BACK = 250;

/** Any country or demonym the gazetteer knows: built on first need. */
let ANY_NATIONALITY: RegExp | undefined;

/** Heads of a description (matched at its end), and the titles of a person that may hold the office. */
const OFFICES: Array<[head: RegExp, titles: RegExp, only?: 'named']> = [
  [/\b(?:envoy|representative|emissary)$/iu, /\b(?:envoy|representative|ambassador|diplomat|emissary)\b/iu],
  [/\bdiplomat$/iu, /\b(?:diplomat|foreign minister|foreign secretary|secretary of state|minister of foreign affairs|ambassador|envoy|representative)\b/iu],
  [/\bspokes(?:man|woman|person)$/iu, /\b(?:spokes(?:man|woman|person)|press secretary)\b/iu],
  [/\b(?:president|head of state)$/iu, /\b(?:president|leader|head of state)\b/iu],
  [/\b(?:prime minister|premier|head of government)$/iu, /\b(?:prime minister|premier|chancellor|head of government)\b/iu],
  // A minister or a secretary of a department: not the head of government ("India's foreign secretary said" is not
  // the prime minister's).
  [/\b(?:minister|secretary)$/iu, /\b(?<!prime\s)(?:minister|secretary)\b/iu],
  // Offices few of the people a story names hold (a monarch, an heir, …): only someone the article calls so.
  [/\b(?:crown prince|prince|princess|sultan|emir|sheikh|king|queen)$/iu, /\b(?:crown prince|prince|princess|sultan|emir|sheikh|king|queen)\b/iu, 'named'],
  [/\bsecretary[- ]general$/iu, /\bsecretary[- ]general\b/iu, 'named'],
  [/\bjudge$/iu, /\bjudge\b/iu, 'named'],
];

/** What the reader remembers while going through an article: who was last the subject, who last spoke. */
export class Discourse {
  private readonly subjects: Array<{ key: string; at: number }> = [];
  private readonly genders = new Map<string, Gender | null>();
  lastSpeaker: Speaker | null = null;
  /** The last speaker was quoted by someone else: "CCTV quoted Xi as saying". */
  lastRelayed = false;
  /** The last sentence subject that was one person described, not named: "The coach, known for his temper, …". */
  describedSubject: { text: string; at: number } | null = null;

  constructor(private readonly people: PeopleIndex) {}

  /** Notes the names in a sentence that are not objects or possessives as subjects, or the person it opens by describing. */
  noteSentence(masked: string, sentence: Span): void {
    const opening = DESCRIBED_SUBJECT.exec(masked.slice(sentence.start, sentence.start + 80));
    if (opening) this.describedSubject = { text: opening[1], at: sentence.start };
    const described = this.describedPerson(masked, sentence);
    const subjects = described ? [described] : [];
    for (const n of this.people.namesIn(sentence.start, sentence.end)) {
      if (masked[n.start] === FILLER || isObjectOrPossessive(masked, n, sentence.start)) continue;
      const key = this.resolveName(n);
      if (key) subjects.push({ key, at: n.start });
    }
    this.subjects.push(...subjects.sort((a, b) => a.at - b.at));
  }

  /**
   * "At the end of the meeting, the Ghanaian president gave a press statement; he recalled …": a clause that opens
   * with a description of an office or a nationality has the person it stands for as its subject, for a pronoun after it.
   */
  private describedPerson(masked: string, sentence: Span): { key: string; at: number } | null {
    const m = DESCRIBED_CLAUSE_SUBJECT.exec(masked.slice(sentence.start, sentence.start + 160));
    if (!m) return null;
    const description = m[1];
    const at = sentence.start + m.index + m[0].length - description.length;
    if (!OFFICES.some(([head]) => head.test(description)) || this.people.namesIn(at, at + description.length).length > 0) return null;
    const key = this.recentSubject(at, description, [], genderOfRole(description));
    return key ? { key, at } : null;
  }

  /** The last speaker, when it is one unnamed person ("one nurse", "a shopkeeper") and no one is named after it, within JUST_HEARD characters. */
  unnamedOneJustHeard(offset: number): Speaker | null {
    const last = this.lastSpeaker;
    if (!last || last.key || !last.text || !last.span || offset - last.span.end > JUST_HEARD || !ONE_PERSON.test(last.text)) return null;
    return this.people.namesIn(last.span.end, offset).length === 0 ? last : null;
  }

  noteSpeaker(speaker: Speaker, relayed = false): void {
    if (speaker.key && speaker.span) this.subjects.push({ key: speaker.key, at: speaker.span.start });
    this.lastSpeaker = speaker;
    this.lastRelayed = relayed;
  }

  /**
   * The person a name span stands for; for an ambiguous surname, the candidate who was the subject most
   * recently ("Kim Jong Un met Kim Yo Jong. Kim said …" is Kim Jong Un's), else the one named most recently.
   */
  resolveName(name: NameSpan): string | null {
    if (name.keys.length === 1) return name.keys[0];
    const latest = (at: (key: string) => number): string | null => {
      let best: string | null = null;
      let bestAt = -1;
      for (const key of name.keys) {
        const found = at(key);
        if (found > bestAt) {
          best = key;
          bestAt = found;
        }
      }
      return best;
    };
    return latest((key) => this.lastSubjectAt(key, name.start)) ?? latest((key) => this.people.lastMentionBefore(key, name.start));
  }

  /** The most recent subject before `offset`. With a description ("the Chinese leader"), the most recent
   * one the people reader describes with that nationality, else the most recent one it says nothing about.
   * With a gender (of "he" or "she"), never one the article gives the other gender. */
  recentSubject(offset: number, description?: string, exclude: string[] = [], gender: Gender | null = null): string | null {
    const nationality = description ? NATIONALITY.exec(description)?.[1] : undefined;
    const office = description ? OFFICES.find(([head]) => head.test(description)) : undefined;
    let undescribed: string | null = null;
    for (let i = this.subjects.length - 1, seen = 0; i >= 0 && seen < MAX_SUBJECTS_BACK; i--, seen++) {
      const s = this.subjects[i];
      if (s.at >= offset || exclude.includes(s.key)) continue;
      const known = gender && this.genderOf(s.key);
      if (known && known !== gender) continue;
      const holds = office ? this.holdsOffice(s.key, office) : 'yes';
      if (holds === 'no' || (holds === 'unknown' && office?.[2] === 'named')) continue;
      const fits = nationality ? this.describes(s.key, nationality) : 'yes';
      if (fits === 'no') continue;
      if (holds === 'yes' && fits === 'yes') return s.key;
      // Someone the article says nothing of may be the one described, unless someone it describes so comes before.
      undescribed ??= s.key;
    }
    return undescribed;
  }

  /**
   * For a description no one before it fits, as often in a lede ("Qatar's prime minister said Sunday", and the
   * name follows): the first person named after it, when the article names them first there, within
   * CATAPHORA_REACH, and their titles fit it (or say nothing of it). Only a description that names a
   * nationality or an office: "the official" may be anyone.
   */
  introducedAfter(offset: number, description: string, gender: Gender | null): string | null {
    const nationality = NATIONALITY.exec(description)?.[1];
    const office = OFFICES.find(([head]) => head.test(description));
    if (!nationality && !office) return null;
    const first = this.people.namesIn(offset, offset + CATAPHORA_REACH).find((n) => n.keys.length === 1);
    const key = first?.keys[0];
    if (!key || this.people.lastMentionBefore(key, first.start) !== -1) return null;
    const known = gender && this.genderOf(key);
    if (known && known !== gender) return null;
    const holds = office ? this.holdsOffice(key, office) : 'yes';
    if (holds === 'no' || (holds === 'unknown' && office?.[2] === 'named')) return null;
    return !nationality || this.describes(key, nationality) !== 'no' ? key : null;
  }

  private genderOf(key: string): Gender | null {
    let gender = this.genders.get(key);
    if (gender === undefined) {
      const p = this.people.person(key);
      this.genders.set(key, (gender = p ? genderOf(p) : null));
    }
    return gender;
  }

  /**
   * Whether the person holds the office a description's head names (`titles`, from OFFICES), as far as their
   * role and titled names show: "the Chinese special envoy" is not the one the article calls "Chinese Defense
   * Minister". Of someone without a role it is unknown: they may be anything.
   */
  private holdsOffice(key: string, [, titles]: (typeof OFFICES)[number]): 'yes' | 'no' | 'unknown' {
    const p = this.people.person(key);
    if (!p?.role) return 'unknown';
    // "former Brazilian president Dilma Rousseff" is not "the Brazilian president".
    if (titles.test([p.role, ...p.aliases].filter((t) => !PAST_OFFICE.test(t)).join(' '))) return 'yes';
    // "his Brazilian counterpart, Luiz Inácio Lula da Silva": a role that only says how they stand to someone else
    // says nothing of their office.
    return isRelationalRole(p.role) ? 'unknown' : 'no';
  }

  /** Whether the person's role or names carry the nationality ("Chinese", "China's"). */
  private describes(key: string, nationality: string): 'yes' | 'no' | 'unknown' {
    const p = this.people.person(key);
    if (!p?.role) return 'unknown';
    const titles = [p.role, ...p.aliases].join(' ');
    const stem = nationality.toLowerCase().slice(0, 4);
    if (titles.toLowerCase().includes(stem)) return 'yes';
    // "special representative for Eurasian affairs" names no country: it may be anyone's.
    return (ANY_NATIONALITY ??= new RegExp(`(?<![\\p{L}])(?:${DEMONYM_SOURCE}|${COUNTRY_NAME_SOURCE})(?![\\p{L}])`, 'u')).test(titles) ? 'no' : 'unknown';
  }

  private lastSubjectAt(key: string, before: number): number {
    for (let i = this.subjects.length - 1; i >= 0; i--) {
      if (this.subjects[i].key === key && this.subjects[i].at < before) return this.subjects[i].at;
    }
    return -1;
  }
}

/** A title of an office held before: "former Brazilian president", "ex-premier", "then foreign minister". */
const PAST_OFFICE = /\b(?:former|ex|then|erstwhile)\b[\s-]/iu;

/** Finds and resolves the speaker of a cue inside the sentence `sentence` of the masked text. */
export function speakerOfCue(masked: string, text: string, cue: Cue, sentence: Span, clauseStart: number, people: PeopleIndex, discourse: Discourse, reporter: Speaker | null = null): Speaker | null {
  const phrase = phraseOfCue(masked, cue, sentence, clauseStart, people);
  if (!phrase) return null;
  // "Kuleba's office said he stressed that …": "he" in what someone's office reports is that someone.
  const owner = phrase.kind === 'pronoun' && reporter ? ownerOf(masked, reporter, people, discourse) : null;
  if (owner && /^(?:he|she)$/iu.test(text.slice(phrase.start, phrase.end))) return named(owner, { start: phrase.start, end: phrase.end });
  // "Kishida's words resonated … when earlier this month he said that …": "he" is whose words the sentence names.
  const speaking = phrase.kind === 'pronoun' && /^(?:he|she)$/iu.test(text.slice(phrase.start, phrase.end)) ? possessorOfWords(masked, sentence.start, phrase.start, people, discourse) : null;
  if (speaking) return named(speaking, { start: phrase.start, end: phrase.end });
  const addressee = phrase.kind === 'pronoun' && cue.takesObject && phrase.end <= cue.start ? addresseeOf(masked, cue, people, discourse) : null;
  return resolvePhrase(phrase, text, people, discourse, addressee ? [addressee] : [], sentence.start);
}

/** The person who owns an unnamed source: "Kuleba's office", "Putin's spokesman" → Kuleba, Putin. */
function ownerOf(masked: string, source: Speaker, people: PeopleIndex, discourse: Discourse): string | null {
  if (source.key !== null || !source.span) return null;
  const name = people.nameStartingAt(source.span.start) ?? people.namesIn(source.span.start, source.span.end)[0];
  if (!name || !/^['’]s?\s/u.test(masked.slice(name.end, name.end + 3)) || name.end >= source.span.end) return null;
  return discourse.resolveName(name);
}

/**
 * The person whose words a sentence names before a pronoun that opens a clause of when or how they were said:
 * "Kishida's words resonated with many when earlier this month he said …", "Dahl's remarks, as he put it, …".
 */
function possessorOfWords(masked: string, sentenceStart: number, pronoun: number, people: PeopleIndex, discourse: Discourse): string | null {
  if (!WHEN_SAID_BEFORE.test(masked.slice(Math.max(sentenceStart, pronoun - 40), pronoun))) return null;
  const names = people.namesIn(sentenceStart, pronoun);
  for (let i = names.length - 1; i >= 0; i--) {
    if (WORDS_OWNED.test(masked.slice(names[i].end, names[i].end + 40))) return discourse.resolveName(names[i]);
  }
  return null;
}
/** "when earlier this month ", "as on Monday ": a clause of when or how, opening right before the pronoun. */
const WHEN_SAID_BEFORE = /\b(?:when|as|where)\s+(?:[\p{L}\d]+\s+){0,3}$/u;
/** "'s words", "'s recent remarks": what someone said, owned. */
const WORDS_OWNED = /^['’]s?\s+(?:\p{Ll}+\s+)?(?:words|remarks?|comments?|statements?|apology|apologies|speech|message|pledge|promise)\b/u;

/** The person a cue is addressed to ("he told Zelensky"): never the one its pronoun subject stands for. */
function addresseeOf(masked: string, cue: Cue, people: PeopleIndex, discourse: Discourse): string | null {
  const name = titledName(masked, cue.end + (masked.slice(cue.end).length - masked.slice(cue.end).trimStart().length), people);
  return name ? discourse.resolveName(name) : null;
}

function phraseOfCue(masked: string, cue: Cue, sentence: Span, clauseStart: number, people: PeopleIndex): Phrase | null {
  if (cue.shape === 'quoted-as' && cue.quoted) return phraseAt(masked, cue.quoted, people);
  if (cue.shape === 'according-to') return phraseAfter(masked, cue.end, sentence.end, people);
  if (cue.shape === 'participle') return null;
  const before = masked.slice(clauseStart, cue.start);
  // "…," said Wang: the speaker follows. Never for a cue that takes an object: "Wang, who …, told Blinken that".
  const inverted = !cue.takesObject && /(?:^|[,\uE000"”’»]\s*)$/u.test(before.trimEnd()) && !/\p{L}\s*$/u.test(before.slice(-LOOK_BACK).replace(BETWEEN_SPEAKER_AND_CUE, ''));
  if (inverted) {
    const after = phraseAfter(masked, cue.end, sentence.end, people);
    // After a bare comma the words after the cue may be the subject of what was said: "Kemi Badenoch, the
    // Conservative leader, said the government had …". A source after the cue ends there ("…, said Wang.").
    if (after && (/(?:^|[\uE000"”’»])\s*,?\s*$/u.test(before) || SOURCE_ENDS.test(masked.slice(after.end, sentence.end)))) return after;
  }
  // "… surprised some analysts, who said": the relative pronoun stands for the phrase right before it, whatever
  // the sentence's subject is; when no speaker ends there, there is none.
  // "Jaylen Brooks, a junior at Westbrook High, who said": the name the apposition before it is set to, first.
  const relative = WHO_BEFORE_CUE.exec(before.replace(BETWEEN_SPEAKER_AND_CUE, ''));
  if (relative) return apposedName(masked, clauseStart, clauseStart + relative.index + 1, people) ?? phraseBefore(masked, clauseStart, clauseStart + relative.index, people);
  // "Hartley & Rowe, which has made biscuits there since 1962, told staff": the subject before its relative clause;
  // "Rohan Mehta, a partner at Northgate Ventures, which led the round, said": the name before the apposition.
  const set = RELATIVE_SET_OFF.exec(before);
  if (set) {
    const subject = apposedName(masked, clauseStart, clauseStart + set.index + 1, people) ?? phraseBefore(masked, clauseStart, clauseStart + set.index, people);
    if (subject) return subject;
  }
  return phraseBefore(masked, clauseStart, cue.start, people) ?? firstSubject(masked, clauseStart, cue.start, people);
}
const WHO_BEFORE_CUE = /\s*,\s*who$/u;
/** ", which led the round,", and a participle set off the same way: "The lawsuit, filed Tuesday in the district court,". */
const RELATIVE_SET_OFF = /,\s+(?:who|which|\p{Ll}{3,}ed)\s[^,;:"“”\uE000]{1,120},\s*$/u;
/** What may follow a source named after its cue: the end of the sentence, punctuation, an adverbial, a relative
 * clause or a participle ("…, said Wang on Friday", "said one diplomat who asked not to be named"). */
const SOURCE_ENDS = /^(?:\s*$|\s*[,.;:!?)(\u2014\u2013-]|\s+(?:during|in|on|at|after|before|with|for|from|about|over|under|amid|ahead|while|when|as|last|this|earlier|later|today|yesterday|tonight|who|whose|which|according|\p{L}+ing)\b)/u;
/** ", who has condemned Cohen, " right before a participle: a relative clause without a comma inside. */
const WHO_CLAUSE_BEFORE_PARTICIPLE = /\s*,\s*who\s+[^,;:\uE000]{1,80},\s*$/u;
/** ", a Washington Post columnist, ": an apposition between a name and the participle after it. */
const APPOSITION_BETWEEN = /^\s*,\s*(?:a|an|the)\s[^,;:\uE000]{1,80},\s*$/u;
/** ", as Isaias also voiced his support, ": a clause of its own, with its subject, right before a participle. */
const SUBORDINATE_CLAUSE_BEFORE_PARTICIPLE = /,\s*(?:as|while|when|after|before|and)\s+([^,;:\uE000]{1,80}),\s*$/u;

/** The speaker of ", saying …": a name right before it ("with Xi stressing that"), else `fallback` (the
 * speaker of the cue before it in the sentence), else the sentence's subject. */
export function speakerOfParticiple(masked: string, text: string, cue: Cue, sentence: Span, fallback: Speaker | null, people: PeopleIndex, discourse: Discourse): Speaker | null {
  // "… Trump, who has condemned Cohen, calling him …": the participle goes with the relative clause's subject.
  const relative = WHO_CLAUSE_BEFORE_PARTICIPLE.exec(masked.slice(Math.max(sentence.start, cue.start - LOOK_BACK), cue.start));
  if (relative) {
    const whoAt = cue.start - relative[0].length;
    const antecedent = phraseBefore(masked, sentence.start, whoAt, people);
    if (antecedent && antecedent.kind === 'name') return resolvePhrase(antecedent, text, people, discourse);
  }
  const adjacent = phraseBefore(masked, sentence.start, cue.start, people);
  // Not a name in apposition before the comma: "… the murder of Khashoggi, a Washington Post columnist, calling the
  // killing …" is the sentence's subject's participle.
  if (adjacent && adjacent.kind === 'name' && !APPOSITION_BETWEEN.test(masked.slice(adjacent.end, cue.start))) return resolvePhrase(adjacent, text, people, discourse);
  // '"…," said Abiy, as Isaias also voiced his support, saying: …': the participle goes with the subject of the clause
  // it follows, when that clause opens with a name.
  const subordinate = SUBORDINATE_CLAUSE_BEFORE_PARTICIPLE.exec(masked.slice(Math.max(sentence.start, cue.start - LOOK_BACK), cue.start));
  if (subordinate) {
    const clauseStart = cue.start - subordinate[0].length + subordinate[0].indexOf(subordinate[1]);
    const name = people.namesIn(clauseStart, cue.start)[0];
    if (name && name.start === clauseStart && !/^['’]/u.test(masked.slice(name.end, name.end + 1))) return resolvePhrase({ start: name.start, end: name.end, kind: 'name', name }, text, people, discourse);
  }
  if (fallback) return fallback;
  const subject = firstSubject(masked, sentence.start, cue.start, people);
  return subject ? resolvePhrase(subject, text, people, discourse) : null;
}

/** The name, pronoun or description that ends right before the cue, give or take "on Friday", "also". */
function phraseBefore(masked: string, from: number, cueStart: number, people: PeopleIndex): Phrase | null {
  const windowStart = Math.max(from, cueStart - LOOK_BACK);
  const left = masked.slice(windowStart, cueStart);
  const trimmed = left.replace(BETWEEN_SPEAKER_AND_CUE, '');
  const end = windowStart + trimmed.length;
  const name = people.nameEndingAt(end, windowStart);
  if (name) {
    // "campaign officials for Dahl said", "an aide to Dahl said": they speak, not Dahl.
    const lead = masked.slice(windowStart, name.start);
    const speaksFor = PREPOSITION_BEFORE.test(lead) ? HEAD_BEFORE_NAME.exec(lead) : null;
    const description = speaksFor ? DESCRIPTION_BEFORE.exec(masked.slice(windowStart, windowStart + speaksFor.index + speaksFor[1].length)) : null;
    if (description) return descriptionPhrase(masked, windowStart + description.index + description[0].length - description[1].length, end, people);
    // "Sources close to Whitcombe said", "An official briefed on the meeting with Whitcombe said": the name only
    // places the source.
    const placed = MAY_MODIFY_SOURCE.test(lead) ? MODIFIED_SOURCE.exec(masked.slice(windowStart, end)) : null;
    if (placed && windowStart + placed.index + placed[0].length - placed[1].length < name.start) return descriptionPhrase(masked, end - placed[1].length, end, people);
    return { start: name.start, end: name.end, kind: 'name', name };
  }
  const pronoun = /(?:^|\s)(\p{L}+)$/u.exec(trimmed);
  if (pronoun && PRONOUN.test(pronoun[1])) return { start: end - pronoun[1].length, end, kind: 'pronoun' };
  // "Yemane Meskel, Eritrean Minister of Information said": a name, and its title after one comma only.
  const titled = TITLE_AFTER_COMMA.exec(trimmed);
  if (titled && titled[1].split(/\s+/u).some((w) => lexiconTags(w).includes('PersonTitle'))) {
    const apposed = people.nameEndingAt(windowStart + titled.index, windowStart);
    if (apposed) return { start: apposed.start, end: apposed.end, kind: 'name', name: apposed };
  }
  // "Gemma Rourke, a national officer at the union, said": the name before an apposition set off by commas.
  const apposedTo = trimmed.endsWith(',') ? apposedName(masked, windowStart, end, people) : null;
  if (apposedTo) return apposedTo;
  // "The cafe's landlord, Harbour Estates, said": a body named in apposition to what it is to someone (a person so
  // named is found by the name patterns).
  const body = trimmed.endsWith(',') ? BODY_IN_APPOSITION.exec(trimmed) : null;
  if (body && people.namesIn(end - body[1].length - 1, end).length === 0) return { start: end - body[1].length - 1, end: end - 1, kind: 'description' };
  // "Prof Ursula van Rijn of the University of Amsterdam said": the person, not where they work.
  const ofBody = / of (?:the )?[\p{Lu}][^,;:.!?"“”\uE000]{0,80}$/u.exec(trimmed);
  const named = ofBody ? people.nameEndingAt(windowStart + ofBody.index, windowStart) : null;
  if (named) return { start: named.start, end: named.end, kind: 'name', name: named };
  // "The chairman of Acme Foods said": the head, and the body it heads.
  const headOfBody = ofBody && mayEndInDescription(trimmed.slice(0, ofBody.index)) ? DESCRIPTION_BEFORE.exec(trimmed.slice(0, ofBody.index)) : null;
  if (headOfBody && !RELATIVE.test(headOfBody[1])) return descriptionPhrase(masked, windowStart + ofBody!.index - headOfBody[1].length, end, people);
  // "officials in Kyiv said", "the embassy in Washington said": the place says where the source is.
  const located = mayEndInProperName(trimmed) ? LOCATED_IN.exec(trimmed) : null;
  const source = located && mayEndInDescription(located[1]) ? DESCRIPTION_BEFORE.exec(located[1]) : null;
  if (source && !RELATIVE.test(source[1])) return descriptionPhrase(masked, windowStart + located![1].length - source[1].length, end, people);
  // The two end-anchored patterns are tried at every offset of the window: they run only when the last words
  // can end a match.
  // "A representative for Kitamura Electric said", "One person close to the talks said", "One of them said": the
  // head and what follows it, before the proper name that ends them could pass for the source.
  const head = mayEndInDescription(trimmed) ? DESCRIPTION_BEFORE.exec(trimmed) : null;
  const modified = head ? null : MAY_MODIFY_SOURCE.test(trimmed.slice(-MODIFIER_REACH)) ? (MODIFIED_SOURCE.exec(trimmed) ?? ONE_OF.exec(trimmed)) : null;
  if (modified) return descriptionPhrase(masked, end - modified[1].length, end, people);
  const description = head ?? (mayEndInProperName(trimmed) ? PROPER_BEFORE.exec(trimmed) : null);
  // ", who's on the security committee, said": a relative clause describes the subject before it.
  if (description && !RELATIVE.test(description[1])) return descriptionPhrase(masked, end - description[1].length, end, people);
  // '"We need clarity," one banker told …': someone the reporter names only by what they are.
  const someone = SOMEONE.exec(trimmed);
  if (someone && isNoun(someone[2])) return { start: end - someone[1].length, end, kind: 'description' };
  return null;
}
/** ", Eritrean Minister of Information": capitalised words and the words that join them, after a comma. */
const TITLE_AFTER_COMMA = /,\s+((?:[\p{Lu}][\p{L}'’.-]*\s+(?:(?:of|for|the|and|on)\s+)*){0,6}[\p{Lu}][\p{L}'’.-]*)$/u;
/** "The cafe's landlord, Harbour Estates,", "His British publisher, Lantern Books,": what a body is to someone (after a
 * determiner or a possessor, in lower case), then its name of two words or more set off by commas ("his wife, Anna," is
 * no body). */
const BODY_IN_APPOSITION =
  /(?:^|\s)(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|\p{Lu}[\p{L}'’-]*['’]s)\s+(?:[\p{L}'’-]+\s+){0,2}\p{Ll}[\p{Ll}-]+,\s+((?:\p{Lu}[\p{L}\d’'.&-]*\s+){1,4}\p{Lu}[\p{L}\d’'.&-]*),$/u;
/** ", a national officer at the union," before a cue: an apposition opening with a determiner, set off by commas. */
const APPOSITION_BEFORE_CUE = /,\s+(?:a|an|the|his|her|their|its)\s[^,;:"“”\uE000]{2,90},$/u;

/** The name before an apposition that ends at `commaEnd` (just after its comma): "Gemma Rourke, a national officer at the union,". */
function apposedName(masked: string, from: number, commaEnd: number, people: PeopleIndex): Phrase | null {
  const windowStart = Math.max(from, commaEnd - LOOK_BACK);
  const apposed = APPOSITION_BEFORE_CUE.exec(masked.slice(windowStart, commaEnd));
  const name = apposed ? people.nameEndingAt(windowStart + apposed.index, windowStart) : null;
  return name ? { start: name.start, end: name.end, kind: 'name', name } : null;
}

/** A person's title as the possessor: "the Prime Minister's official spokesman", "the minister's aide". */
const PERSON_POSSESSOR = new RegExp(`\\b(?:${PERSON_HEAD})['’]s\\s`, 'iu');

/** One person, unnamed: "One nurse", "a local shopkeeper", "another resident". */
const ONE_PERSON =
  /^(?:one|a|an|another)\s+(?!of\b)(?:[\p{L}-]+\s+){0,2}(?!(?:statement|report|release|readout|communiqu[eé]|document|study|survey|poll|website|post|paper|letter|memo|email|tweet|video|filing|ministry|office|agency|company|firm|group|government|court|council|committee|union|club|party|bank)$)[\p{L}-]+$/iu;
const JUST_HEARD = 300;

/** "one banker", "a local shopkeeper", "another commuter" opening the clause (after its start, a comma or a quotation). */
const SOMEONE = /(?:^\s*|[,"”’»)]\s+)((?:[Oo]ne|[Aa]nother|[Aa]n?)\s+(?:[\p{Ll}-]+\s+){0,2}?([\p{Ll}-]{3,}))$/u;
/** A word the lexicon knows as a noun for a person or a thing, or does not know at all ("shopkeeper"). */
function isNoun(word: string): boolean {
  const tags = lexiconTags(word);
  return tags.length === 0 ? !/(?:ly|ing|ed)$/u.test(word) : tags.some((t) => t === 'Actor' || t === 'Singular' || t === 'Noun' || t === 'PersonTitle');
}
/** A source with what places it after its head: "a representative for …", "one person close to …", "officials familiar with …". */
const MODIFIED_SOURCE = new RegExp(
  `(?:^|[\\s(])((?:(?:the|a|an|one|another|two|three|several|some)\\s+(?:[\\p{L}\\d’'.&-]+\\s+){0,3}?|(?<![\\p{L}’'-]\\s)(?=\\p{L}+s\\s))(?:${PERSON_HEAD}|${SOURCE_HEAD}|person|persons)\\s+(?:for|close\\s+to|familiar\\s+with|briefed\\s+on|with\\s+knowledge\\s+of|involved\\s+in)\\s+(?:the\\s+)?[^,;:.!?\\uE000"“”]{1,50})$`,
  'iu',
);
const ONE_OF = /(?:^|[\s(])((?:one|two|three|some|several|many|none|neither|either|both)\s+of\s+(?:them|those|us|the\s+\p{L}+))$/iu;
/** What MODIFIED_SOURCE and ONE_OF need, tested first on the last words before the cue (the modifier is at most 50 characters). */
const MODIFIER_REACH = 70;
const MAY_MODIFY_SOURCE = /\b(?:for|close to|familiar with|briefed on|knowledge of|involved in|of them|of those|of us|of the)\b/iu;

/**
 * Whether DESCRIPTION_BEFORE can match: the text ends in the last word of a head ("… Chinese officials"), or in
 * one, "of" and a word ("… minister of Ukraine"). A head opens after a space, "(" or the start, so its last word is
 * the whole run of letters it ends. Compared lower-cased, with "ſ" as "s", as the pattern's /i compares them.
 */
function mayEndInDescription(text: string): boolean {
  const isHeadWord = (from: number, to: number) => LAST_HEAD_WORDS.has(text.slice(from, to).toLowerCase().replace(/\u017F/g, 's'));
  const end = text.length;
  if (isHeadWord(runStart(text, end, LETTER), end)) return true;
  const word = runStart(text, end, NAME_CHAR);
  if (word === end) return false;
  const of = runStart(text, word, SPACE);
  if (of === word || of < 2 || text.slice(of - 2, of).toLowerCase() !== 'of') return false;
  const head = runStart(text, of - 2, SPACE);
  return head < of - 2 && isHeadWord(runStart(text, head, LETTER), head);
}

/** Whether PROPER_BEFORE can match: the text ends in a capitalised word that follows a space, "(" or the start. */
function mayEndInProperName(text: string): boolean {
  const start = runStart(text, text.length, PROPER_CHAR);
  if (start === text.length || (start > 0 && text[start - 1] !== '(' && runStart(text, start, SPACE) === start)) return false;
  return UPPER_FIRST.test(text.slice(start, start + 2));
}

/** A class of characters: decided by code for ASCII, by the pattern (one code point) for the rest. */
interface CharClass {
  ascii: (c: number) => boolean;
  other: RegExp;
}
const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const LETTER: CharClass = { ascii: isAsciiLetter, other: /^\p{L}$/u };
const NAME_CHAR: CharClass = { ascii: (c) => isAsciiLetter(c) || c === 39 || c === 45, other: /^[\p{L}’]$/u };
const PROPER_CHAR: CharClass = { ascii: (c) => isAsciiLetter(c) || (c >= 48 && c <= 57) || c === 39 || c === 46 || c === 38 || c === 45, other: /^[\p{L}’]$/u };
const SPACE: CharClass = { ascii: (c) => c === 32 || (c >= 9 && c <= 13), other: /^\s$/ };
const UPPER_FIRST = /^\p{Lu}/u;

/** Where the run of characters of `chars` that ends at `end` begins. */
function runStart(text: string, end: number, chars: CharClass): number {
  let i = end;
  while (i > 0) {
    const c = text.charCodeAt(i - 1);
    if (c < 128) {
      if (!chars.ascii(c)) break;
      i--;
      continue;
    }
    const width = c >= 0xdc00 && c <= 0xdfff && i > 1 && text.charCodeAt(i - 2) >= 0xd800 && text.charCodeAt(i - 2) <= 0xdbff ? 2 : 1;
    if (!chars.other.test(text.slice(i - width, i))) break;
    i -= width;
  }
  return i;
}

/** The words of an alternation of plain words with "s?" and "[eé]": "officials?" gives "official" and "officials". */
function expandWords(alternation: string): string[] {
  return alternation.split('|').flatMap((w) => {
    const forms = w.endsWith('s?') ? [w.slice(0, -2), w.slice(0, -2) + 's'] : [w];
    const words = forms.flatMap((f) => (f.includes('[eé]') ? [f.replace('[eé]', 'e'), f.replace('[eé]', 'é')] : [f]));
    for (const word of words) if (!/^[a-zé ]+$/.test(word)) throw new Error(`not a plain head word: ${word}`);
    return words;
  });
}

/** What opens an adverbial after a cue ("said during a Security Council session", "said in a statement"): no source.
 * Lower case only: "according to AT&T" names one. */
const ADVERBIAL_AFTER_CUE = /^\s*(?:during|in|on|at|after|before|with|for|from|about|over|under|amid|ahead|while|when|that|as|last|this|earlier|later)\b/u;

/** The source named right after the cue: `"…," said one European diplomat`, `according to Xinhua`. */
function phraseAfter(masked: string, cueEnd: number, sentenceEnd: number, people: PeopleIndex): Phrase | null {
  const right = masked.slice(cueEnd, Math.min(sentenceEnd, cueEnd + 160));
  // '"…", commented for his part Abdelmadjid Tebboune': the source after the aside.
  const aside = FOR_ONES_PART.exec(right);
  if (aside) return phraseAfter(masked, cueEnd + aside[0].length, sentenceEnd, people);
  const lead = right.length - right.trimStart().length;
  const name = people.nameStartingAt(cueEnd + lead) ?? titledName(masked, cueEnd + lead, people, sentenceEnd);
  if (name) return { start: name.start, end: name.end, kind: 'name', name };
  // "According to him, …": the pronoun stands for the one named before.
  const object = /^\s*(him|her|them)\b/iu.exec(right);
  if (object) return { start: cueEnd + lead, end: cueEnd + lead + object[1].length, kind: 'pronoun' };
  if (/^\s*(?:he|she|they|it|you)\b/iu.test(right) || ADVERBIAL_AFTER_CUE.test(right)) return null;
  const described = descriptionAt(right);
  const description = described ?? PROPER_AFTER.exec(right);
  if (!description) return null;
  const start = cueEnd + right.indexOf(description[1]);
  // "said the store's owner, Kevin Tran", "according to its chief executive, Anna Berg": the name in apposition.
  const apposed = NAME_IN_APPOSITION.exec(masked.slice(start + description[1].length, start + description[1].length + 80));
  // "said the study's lead author, Professor Camila Ferreyra of …": past the titles before the name.
  const apposedAt = start + description[1].length + (apposed?.[0].length ?? 0);
  const named = apposed ? (people.nameStartingAt(apposedAt) ?? titledName(masked, apposedAt, people, sentenceEnd) ?? null) : null;
  const afterName = named ? masked.slice(named.end, sentenceEnd) : '';
  if (named && (SOURCE_ENDS.test(afterName) || OF_BODY_THEN_END.test(afterName))) return { start: named.start, end: named.end, kind: 'name', name: named };
  // "according to a person familiar with the matter, …", "a source in the German delegation": what places the source.
  const placed = described && !named ? PLACING_AFTER.exec(masked.slice(start + description[1].length, sentenceEnd)) : null;
  return descriptionPhrase(masked, start, start + description[1].length + (placed?.[0].length ?? 0), people);
}
const FOR_ONES_PART = /^\s*,?\s*for\s+(?:his|her|their|its)\s+part\s*,?(?=\s+\S)/u;

/** What places a source after its description, up to the comma or the full stop after it. */
const PLACING_AFTER = /^\s+(?:for|close\s+to|familiar\s+with|briefed\s+on|with\s+knowledge\s+of|involved\s+in|in|within)\s+[^,;:.!?\uE000"“”]{1,50}(?=\s*(?:[,.;!?]|$))/u;
/** ' of the University of Cuyo.' after a name: where the person works, and then the source ends. */
const OF_BODY_THEN_END = /^\s+of\s+(?:the\s+)?\p{Lu}[^,;:.!?"“”\uE000]{0,60}(?:[,.;:!?)]|$)/u;
/** What stands between a source's description and the name in apposition to it: "for the party" and a comma. */
const NAME_IN_APPOSITION = /^(?:['’]s)?(?:\s+\p{Ll}[\p{Ll}-]*){0,3}(?:\s+(?:for|of|at)\s+[^,;:.!?"“”\uE000]{1,60})?,\s+/u;

/** A name after a few title words: "said Chinese President Xi Jinping", "said the 26-year-old veteran Caroline Wozniacki".
 * Within the sentence: '"…," said the visiting President.' is no title of the name that opens the next paragraph. */
function titledName(masked: string, start: number, people: PeopleIndex, sentenceEnd = Infinity): NameSpan | undefined {
  const first = people.namesIn(start, Math.min(sentenceEnd, start + 60))[0];
  if (!first) return undefined;
  const between = masked.slice(start, first.start);
  return TITLE_RUN.test(between) || DESCRIBED_NAME.test(between) ? first : undefined;
}
const TITLE_RUN =
  /^(?:(?:the\s+)?(?:[\p{Lu}][\p{L}’'.-]*|top|former|foreign|prime|defen[cs]e|state|vice|spokes(?:man|woman|person)|press|secretary|minister|adviser|advisor|envoy|ambassador|official|chief|aide|negotiator|diplomat)\s+)*$/u;
/** "the veteran", "the 26-year-old club captain": a determiner, then describing words, none of them a preposition or a verb. */
const DESCRIBED_NAME =
  /^the\s+(?:(?!(?:of|for|with|to|in|on|at|by|from|and|or|but|that|who|which|whose|as|than|about|after|before|is|was|were|are|be|been|has|have|had|will|would|could|can|not)\s)[\p{L}\d][\p{L}\d’'.-]*\s+){1,4}$/u;

/** The subject of the words from `from` to `to`, resolved: "Ostrowski saw it differently: …" is Ostrowski's. */
export function speakerOfSubject(masked: string, text: string, from: number, to: number, people: PeopleIndex, discourse: Discourse): Speaker | null {
  const phrase = firstSubject(masked, from, to, people) ?? possessiveSubject(masked, from, to) ?? namedPossessor(masked, from, to, people);
  return phrase ? resolvePhrase(phrase, text, people, discourse) : null;
}

/**
 * The person a sentence is about, as its subject, who speaks the quotation that follows it with no cue of its own:
 * "Okafor did not speak in court. Outside, she spoke briefly to reporters. 'I loved that unit.'", "The old man snorts.
 * 'Retired is for people with gardens.'", "His reply: …". A named person, or one described ("the coach"); never a thing.
 */
export function personOfSentence(masked: string, text: string, sentence: Span, people: PeopleIndex, discourse: Discourse): Speaker | null {
  const to = Math.min(sentence.end, sentence.start + SUBJECT_LOOK_BACK);
  const phrase = firstSubject(masked, sentence.start, to, people) ?? possessiveSubject(masked, sentence.start, to) ?? namedPossessor(masked, sentence.start, to, people) ?? pronounSubject(masked, sentence.start, to);
  const speaker = phrase ? resolvePhrase(phrase, text, people, discourse) : null;
  if (!speaker) return null;
  return speaker.key || (speaker.text && PERSON_DESCRIPTION.test(withoutCountry(speaker.text.trim())) && !INDEFINITE.test(speaker.text.trim())) ? speaker : null;
}

/**
 * "Prime Minister Netanyahu at the start of the meeting:", a line of its own before the words it introduces: a name, its
 * titles before it, when or where after it, and a colon.
 */
export function labelledSpeaker(masked: string, text: string, sentence: Span, people: PeopleIndex, discourse: Discourse): Speaker | null {
  const name = people.namesIn(sentence.start, sentence.end)[0];
  if (!name || !LABEL_AFTER_NAME.test(masked.slice(name.end, sentence.end)) || !CLAUSE_START_BEFORE_NAME.test(masked.slice(sentence.start, name.start))) return null;
  return resolvePhrase({ start: name.start, end: name.end, kind: 'name', name }, text, people, discourse);
}
const LABEL_AFTER_NAME = /^\s*(?:(?:at|in|on|during|after|before|to|ahead\s+of)\s[^:.!?"“”\uE000]{0,100})?:\s*$/u;

/** "His reply", "Her account of the raid", "His verdict on her absence": a person's words, told of by their possessive. */
const possessiveSubject = (masked: string, from: number, to: number) => pronounIn(POSSESSIVE_WORDS, masked, from, to);
/** "Afterwards she was unrepentant", "Later he laughed": a pronoun after a word or two that open the sentence. */
const pronounSubject = (masked: string, from: number, to: number) => pronounIn(OPENED_PRONOUN, masked, from, to);

/** The pronoun `pattern` (with indices) finds as its group 1 in the words from `from` to `to`. */
function pronounIn(pattern: RegExp, masked: string, from: number, to: number): Phrase | null {
  const m = pattern.exec(masked.slice(from, to));
  if (!m?.indices?.[1]) return null;
  const [start, end] = m.indices[1];
  return { start: from + start, end: from + end, kind: 'pronoun' };
}
const OPENED_PRONOUN = /^\s*(?:\p{Lu}\p{Ll}+\s+)(?:\p{Ll}+\s+)?(he|she)(?=\s+\p{Ll})/du;
const WORDS_OF_SOMEONE = '(?:one\\s+|only\\s+|last\\s+|final\\s+|first\\s+)?(?:reply|answer|response|verdict|message|advice|ambition|account|view|explanation|assessment|conclusion|warning|plea|prediction|promise|reaction|retort|words|addition|take|comment|hope|wish|goal|plan)';
const POSSESSIVE_WORDS = new RegExp(`^(?:\\s*(?:[\\p{L}’'-]+\\s+){0,3}?[\\p{L}’'-]+,\\s+)?\\s*((?:H|h)is|(?:H|h)er)\\s+(${WORDS_OF_SOMEONE})\\b`, 'du');
/** "Okoro-Wynn's response was characteristically brief:": a named person's words, told of by the name's possessive. */
const NAMED_POSSESSIVE_WORDS = new RegExp(`^['’]s?\\s+${WORDS_OF_SOMEONE}\\b`, 'u');
/** What may open a sentence before the name of such a possessive: a word or two and a comma ("In the end,"). */
const BEFORE_POSSESSOR = /^\s*(?:(?:[\p{L}’'-]+\s+){0,2}[\p{L}’'-]+,\s+)?$/u;

function namedPossessor(masked: string, from: number, to: number, people: PeopleIndex): Phrase | null {
  const name = people.namesIn(from, to)[0];
  if (!name || !NAMED_POSSESSIVE_WORDS.test(masked.slice(name.end, name.end + 40)) || !BEFORE_POSSESSOR.test(masked.slice(from, name.start))) return null;
  return { start: name.start, end: name.end, kind: 'name', name };
}

/** The subject of a clause whose verb is not next to it: "Kim thanked Putin … and said", "Wang, who …, said". */
function firstSubject(masked: string, clauseStart: number, to: number, people: PeopleIndex): Phrase | null {
  const from = Math.max(clauseStart, to - SUBJECT_LOOK_BACK);
  const opener = CLAUSE_OPENER.exec(masked.slice(from, to));
  // "Modi, the prime minister, said": a name before the comma is the subject; "As PM Modi concluded his part of the
  // speech, Albanese took over": not in a clause a subordinating word opens.
  let start = opener && (!people.namesIn(from, from + opener[0].length).length || SUBORDINATE_OPENER.test(opener[0])) ? from + opener[0].length : from;
  // "An Iranian parliamentarian, who's on the security committee, said": that was no opener but the subject.
  // "A senior official, briefing reporters on condition of anonymity, said": nor was that, before a participle.
  // "She blamed …, and said": nor was that, before a verb whose subject is the sentence's.
  if (start > from && (RELATIVE.test(masked.slice(start, to)) || PARTICIPLE_OPENING.test(masked.slice(start, to)) || CONJUNCTION_ONLY.test(masked.slice(start, to)))) start = from;
  const names = people.namesIn(start, to).filter((n) => masked[n.start] !== FILLER && !isObjectOrPossessive(masked, n, start));
  const name = names.find((n) => CLAUSE_START_BEFORE_NAME.test(masked.slice(Math.max(start, n.start - 60), n.start))) ?? names[0];
  if (name) return { start: name.start, end: name.end, kind: 'name', name };
  const head = masked.slice(start, to);
  const pronoun = /^\s*(\p{L}+)\b/u.exec(head);
  if (pronoun && PRONOUN.test(pronoun[1])) {
    const at = start + head.indexOf(pronoun[1]);
    return { start: at, end: at + pronoun[1].length, kind: 'pronoun' };
  }
  const description = descriptionAt(head);
  if (description) {
    const at = start + head.indexOf(description[1]);
    // "Television replays suggested contact was minimal": what a camera shows is evidence, and no one says it.
    if (PICTURES_AFTER.test(masked.slice(at + description[1].length, to))) return null;
    return descriptionPhrase(masked, at, at + description[1].length, people);
  }
  // "Despite …, dpa notes that": a few words alone between the opener and the cue are the subject.
  const bare = start > from ? BARE_SUBJECT.exec(head) : null;
  if (bare) {
    const at = start + head.indexOf(bare[1]);
    return { start: at, end: at + bare[1].length, kind: 'description' };
  }
  // "Beijing refuted the claims and said that …", "The Kremlin denied it and said": a place or a body, named in
  // capitals, and its own verb.
  const proper = PROPER_SUBJECT.exec(head);
  if (proper && !NOT_A_SUBJECT_WORD.test(proper[1])) {
    const at = start + head.indexOf(proper[1]);
    return { start: at, end: at + proper[1].length, kind: 'description' };
  }
  return null;
}
const PROPER_SUBJECT = /^\s*((?:The\s+)?(?!(?:The|A|An)\s)\p{Lu}[\p{L}’'.&-]*(?:\s+\p{Lu}[\p{L}’'.&-]*){0,3})\s+(?:has\s+|have\s+|had\s+)?\p{Ll}+(?:ed|s)\b/u;
/** Capitalised words that open a sentence but name no subject: "In Beijing", "After the talks", "Meanwhile". */
const NOT_A_SUBJECT_WORD = /^(?:In|On|At|After|Before|During|But|And|As|While|When|If|Since|For|With|From|Despite|Meanwhile|However|Also|Earlier|Later|Last|This|That|It|There|Then|Yet|So|Still|Both|Each|All|Some|Many)\b/u;
const PARTICIPLE_OPENING = /^\s*\p{Ll}+ing\s/u;
/** Pictures and recordings right after a source's head: "Television replays", "police footage", "news images". */
const PICTURES_AFTER = /^\s+(?:replays?|footage|images?|pictures?|photos?|photographs?|videos?|recordings?|cameras?|scans?)\b/iu;
const CONJUNCTION_ONLY = /^\s*(?:and|but|or|then|yet|so)(?:\s+(?:also|then|later))?\s*$/u;
const BARE_SUBJECT = /^\s*((?:[\p{L}\d’'.&-]+\s+){0,2}[\p{L}\d’'.&-]+)\s*$/u;

function phraseAt(masked: string, span: Span, people: PeopleIndex): Phrase | null {
  const name = people.namesIn(span.start, span.end)[0];
  if (name) return { start: name.start, end: name.end, kind: 'name', name };
  const words = masked.slice(span.start, span.end);
  if (PRONOUN.test(words.trim()) || /^(?:him|her|them)$/iu.test(words.trim())) return { ...span, kind: 'pronoun' };
  return { ...span, kind: 'description' };
}

function descriptionPhrase(masked: string, start: number, end: number, people: PeopleIndex): Phrase {
  const name = people.namesIn(start, end).pop();
  // The name is the source when it ends the phrase ("Chinese Foreign Minister Wang Yi"); in "Dahl's office",
  // "Dahl's spokesman" or "campaign officials for Dahl", someone else speaks for the person named.
  if (name && NOTHING_OR_SUFFIX.test(masked.slice(name.end, end)) && !PREPOSITION_BEFORE.test(masked.slice(start, name.start))) {
    return { start: name.start, end: name.end, kind: 'name', name };
  }
  const words = masked.slice(start, end);
  // "although prosecutors said": the conjunction opens the clause, not the description; nor does "2023-09-18".
  // "the company's earnings surprised some analysts, who said", "backed by local officials, who said": the
  // description opens at the last determiner after a lower-case word other than a preposition (not in "a
  // spokesman for the ministry", "Defend a Patriot"), or after the last "by".
  let lead = LEAD_IN.exec(words)![0].length;
  if (MAY_OPEN_INSIDE.test(words)) {
    INNER_OPENER.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = INNER_OPENER.exec(words)); ) lead = Math.max(lead, m.index + m[0].length);
  }
  // "Kowalski met local officials, who said": a lower-case word right after a name is its verb.
  if (name) {
    const verb = VERB_AFTER_NAME.exec(masked.slice(name.end, end));
    if (verb) lead = Math.max(lead, name.end - start + verb[0].length);
  }
  return { start: start + lead, end, kind: 'description' };
}
/** A description, then "in" (or "at", "from") and a place name: what comes before the preposition is group 1. */
const LOCATED_IN = /^(.*\S)\s+(?:in|at|from)\s+(?:the\s+)?(?:\p{Lu}[\p{L}’'.-]*\s+){0,3}\p{Lu}[\p{L}’'.-]*$/su;
const VERB_AFTER_NAME = /^\s+(?!(?:of|and|or|for|from|to|with|at|in|on|by)\s)\p{Ll}[\p{L}'’-]*\s+/u;
/** What INNER_OPENER needs, tested first: a determiner or "by" after a space or at the start. */
const MAY_OPEN_INSIDE = /(?:^|\s)(?:the|an?|some|many|several|other|another|by)\s/u;
const INNER_OPENER =
  /(?<=\b\p{Ll}[\p{L}'’-]*)(?<!\b(?:of|for|from|to|with|at|in|on|about|by|and|or))\s+(?=(?:the|a|an|some|many|several|other|another)\s)|(?:^|\s)by\s+/gu;
/** What may stand before a description without being part of it: conjunctions, and runs of digits and signs. */
const LEAD_IN = /^\s*(?:(?:although|though|while|whereas|but|and|or|as|because|since|when|where|if|after|before|so|yet|then)\s+|[^\p{L}\s]+\s+)*/iu;
/** What may follow the name that ends a phrase: "William H. Pauley III", "Martin Luther King Jr.", "Nikhil Desai KC". */
const NOTHING_OR_SUFFIX = /^(?:,?\s*(?:Jr|Sr|II|III|IV|KC|QC|SC|MP|MEP|MSP|OBE|MBE|CBE|PhD)\b\.?)?\s*$/u;
const PREPOSITION_BEFORE = /\b(?:for|of|to|with|from|at|by|about|against|on|in)\s+(?:the\s+)?$/iu;

/**
 * Resolves a speaker phrase. `sentenceStart` is where its sentence begins, when known: "they" there may stand for
 * a group the sentence names before it.
 */
function resolvePhrase(phrase: Phrase, text: string, people: PeopleIndex, discourse: Discourse, exclude: string[] = [], sentenceStart?: number): Speaker | null {
  const words = text.slice(phrase.start, phrase.end);
  const span = { start: phrase.start, end: phrase.end };
  if (phrase.kind === 'name' && phrase.name) {
    const key = discourse.resolveName(phrase.name);
    return key ? named(key, span) : { key: null, text: words, span, flags: ['ambiguous'] };
  }
  if (phrase.kind === 'pronoun') return (sentenceStart !== undefined && groupBefore(words, text, sentenceStart, span, discourse)) || resolvePronoun(words, span, discourse, exclude);
  // "the Prime Minister's official spokesman" speaks for someone, and is not whoever was named last ("Qatar's prime
  // minister" is who the country's possessive says).
  if (PERSON_DESCRIPTION.test(withoutCountry(words)) && !INDEFINITE.test(words) && !PERSON_POSSESSOR.test(words) && people.namesIn(phrase.start, phrase.end).length === 0) {
    const key = discourse.recentSubject(phrase.start, words, [], genderOfRole(words)) ?? discourse.introducedAfter(phrase.end, words, genderOfRole(words));
    if (key) return named(key, span);
  }
  if (!/\p{L}/u.test(words) || /\uE000/.test(words)) return null;
  return { key: null, text: words, span, flags: ['unnamed'] };
}

function resolvePronoun(words: string, span: Span, discourse: Discourse, exclude: string[]): Speaker | null {
  const gender = genderOfPronoun(words);
  // "One nurse … said colleagues were exhausted. 'We're tired,' she said.": the one person just heard, unnamed, with
  // no one named since.
  const heard = gender ? discourse.unnamedOneJustHeard(span.start) : null;
  if (heard) return { ...heard, span, flags: ['unnamed'] };
  const key = gender ? discourse.recentSubject(span.start, undefined, exclude, gender) : null;
  if (key) return named(key, span);
  // "'…,' state broadcaster CCTV quoted Xi as saying. '…,' it added.": the broadcaster adds more of Xi's words.
  const last = discourse.lastSpeaker;
  if (last?.key && discourse.lastRelayed && /^it$/iu.test(words)) return named(last.key, span);
  // The last source without a name: for "they" and "it" any; for "he" and "she", when no one named fits, one person
  // described ("The coach explained that … 'For us, it was a good goal,' he said").
  const unnamed = last && !last.key && last.text ? last.text : null;
  const takesLast = unnamed !== null && (!gender || (/^the\s/iu.test(unnamed) && PERSON_DESCRIPTION.test(unnamed) && genderFits(unnamed, words)));
  if (takesLast) return { ...last!, span, flags: ['unnamed'] };
  // No one named and no source before it: "he" is the person the story has described ("The coach … he said").
  const described = gender && !last ? discourse.describedSubject : null;
  if (described && described.at < span.start && genderFits(described.text, words)) return { key: null, text: described.text, span, flags: ['unnamed'] };
  return { key: null, text: words, span, flags: ['unnamed'] };
}
/** People named as a group: "the two leaders", "both sides", "the pair". */
const PEOPLE_GROUP = /\b(?:the|both|these|those)\s+(?:two\s+|three\s+)?(?:leaders|presidents|prime ministers|ministers|foreign ministers|heads of state|men|women|sides|delegations|pair)\b/giu;

/**
 * "It was their first meeting since the two leaders met in Rome, where they vowed …": "they" stands for the group
 * its sentence names before it, not for the last source quoted (unless that source is named after the group).
 */
function groupBefore(pronoun: string, text: string, sentenceStart: number, span: Span, discourse: Discourse): Speaker | null {
  if (!/^they$/iu.test(pronoun)) return null;
  const lastAt = discourse.lastSpeaker?.span?.end ?? -1;
  const from = Math.max(sentenceStart, lastAt);
  if (from >= span.start) return null;
  let group: string | null = null;
  for (const m of text.slice(from, span.start).matchAll(PEOPLE_GROUP)) group = m[0];
  return group ? { key: null, text: group, span, flags: ['unnamed'] } : null;
}

function genderFits(description: string, pronoun: string): boolean {
  const of = genderOfRole(description);
  return !of || of === genderOfPronoun(pronoun);
}

function named(key: string, span: Span): Speaker {
  return { key, text: null, span, flags: [] };
}

