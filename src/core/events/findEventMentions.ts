import type { Article, ArticlePeople, BlockKind, EventKind, EventMention, Span } from '../model';
import { contentBlocks } from '../article/readArticle';
import { splitClauses, splitSentences } from './clauses';
import {
  encounterVerbs,
  isAnnounced,
  isRecall,
  isSpeculative,
  isUnrealised,
  kindOf,
  mayReportEvent,
  organisationsIn,
  refersToEventBefore,
  refersToOccasionBefore,
  refersToParticipantsBefore,
  singularPronouns,
  SPEECH_ENCOUNTER_SOURCE,
  travelIn,
  type TravelPhrase,
  withoutPageTimestamp,
  withoutReportedContent,
  withoutAnnouncement,
  reportsSpeechFirst,
} from './cues';
import { genderOf, genderOfPronoun, genderOfPronouns, type Gender } from '../nlp/gender';
import { namesArrival, readEventTime, referenceDay, timesOverlap, timeWords, withoutPeriodStart, withoutPeriodStartOfNoOccasion, type EventTime } from './eventTime';
import { COUNTRY_NAME_SOURCE, DEMONYM_SOURCE, canonicalPlace, countryOfDemonym, countryOfPlace } from './geography';
import { datelinePlace, findPlacesAndEventPlaces } from './places';
import { matchesOf } from '../text/regexMatches';
import { findQuotedSpans, maskQuotations } from '../quotes/quoteMarks';
import { ArticleDescriptions } from '../nlp/descriptors';
import { isObjectOrPossessive } from '../nlp/subjectOrObject';

interface PersonSpan extends Span {
  key: string;
  /** A description only this person fits ("the Ghanaian president"), not a name. */
  described?: boolean;
}

/** One clause (or run of clauses) read for the event it reports. */
interface ClauseReading extends Span {
  text: string;
  kind: EventKind | null;
  persons: string[];
  time: EventTime | null;
  /** The time of a journey the clause reports: with its arrival ("after arriving on Wednesday"), which `time` leaves out for a meeting. */
  journeyTime: EventTime | null;
  recall: boolean;
  announced: boolean;
  /** "…, when he attended the summit in Vientiane, | and met Chinh on the sidelines": the clause whose place is this one's. */
  sceneFrom?: Span;
  /** Where its mention starts, when before the clause: the clause it goes on from, whose time and status are its own. */
  from?: number;
}

/** What earlier sentences of the article make known: who "they" are, which meeting "the meeting" is. */
interface ReadingContext {
  group: string[];
  byKind: Map<EventKind, string[]>;
  /** Who took part in the occasions of each pinned day, by "kind day": "the Friday meeting" is that Friday's. */
  byDay: Map<string, string[]>;
  /** The occasions reported so far (not looked back on), latest last: "the talks" a press conference followed. */
  occasions: EventMention[];
  /** The last journey reported as made (or announced) to a place: its occasions reported right after are there. */
  arrival: Arrival | null;
  /** A person's gender, as far as the article tells it (nlp/gender.ts). */
  genderOf: (key: string) => Gender | null;
}

interface Arrival {
  place: string;
  announced: boolean;
  /** The index of its paragraph among the article's content blocks. */
  block: number;
  travellers: string[];
  /** Everyone its clause names: the travellers and their hosts. */
  named: string[];
}

const MAX_PRONOUN_REACH = 400;

/**
 * The headlines, decks, captions and sentences (or clauses) of an article that report a meeting, call, visit,
 * talks, summit, conference, press conference, tour or a document discussed as an event, with who took part,
 * where and when (as far as the text pins it).
 */
export function findEventMentions(article: Article, people: ArticlePeople, descriptions = new ArticleDescriptions(article, people)): EventMention[] {
  // What only a sentence that reports an event needs is worked out when the first one does.
  const persons = once(() => personSpans(article, people, descriptions));
  const anchor = once(() => referenceDay(article));
  const countries = once(() => descriptions.nationalities());
  const genders = once(() => new Map(people.people.map((p) => [p.key, genderOf(p)])));
  const context: ReadingContext = { group: [], byKind: new Map(), byDay: new Map(), occasions: [], arrival: null, genderOf: (key) => genders().get(key) ?? null };
  const out: EventMention[] = [];
  const blocks = contentBlocks(article);
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b];
    for (const sentence of splitSentences(article.text, block.start, block.end)) {
      if (!mayReportEvent(article.text.slice(sentence.start, sentence.end))) continue;
      for (const clause of readSentence(article, sentence, block.kind, persons, anchor)) {
        const found = toMention(article, clause, persons(), context, countries);
        if (!found) continue;
        const mention = afterTheOccasion(atTheArrival(found, clause, context.arrival, b), context.occasions);
        if (!clause.recall) context.occasions.push(mention);
        out.push(...separateMeetings(mention, clause, persons()));
        const journey = journeyWithin(article.text, clause, mention, persons(), countries);
        if (journey) out.push(journey);
        context.arrival = arrivalOf(journey ?? mention, clause, b) ?? context.arrival;
      }
    }
  }
  return placedAtDateline(article, out, persons, countries);
}

/** Occasions of one day that a story's dateline places, when nothing else does. */
const DATELINE_KINDS = new Set<EventKind>(['meeting', 'talks', 'press-conference']);
/** Occasions whose place, named anywhere in the article, may put the story elsewhere than its dateline. */
const PLACED_KINDS = new Set<EventKind>(['meeting', 'talks', 'press-conference', 'summit', 'visit', 'tour']);

/**
 * "OSLO (Reuters) - Foreign Minister Anna Berg met her Danish counterpart Lars Holm on Monday": a meeting, talks or a
 * press conference reported as held, with no place of its own, is in the city the story is datelined from, unless the
 * article puts it elsewhere: a journey it reports as made to another place ("TOKYO -- Ishiba arrived in Hanoi"), a
 * report of an occasion with a place of its own that shares a participant or the day, or participants who all serve
 * other countries than the dateline's ("LONDON (Reuters) - Xi met Putin on Monday" is written far from the meeting).
 */
function placedAtDateline(article: Article, mentions: EventMention[], persons: () => PersonSpan[], countries: () => Map<string, Set<string>>): EventMention[] {
  const candidates = mentions.filter((m) => DATELINE_KINDS.has(m.kind) && !m.place && isHeld(m));
  if (candidates.length === 0) return mentions;
  const city = datelinePlace(article);
  if (!city) return mentions;
  const home = countryOfPlace(city);
  const elsewhere = (place: string) => canonicalPlace(place) !== canonicalPlace(city) && !(home && countryOfPlace(place) === home);
  const placedElsewhere = mentions.filter((m) => m.place && PLACED_KINDS.has(m.kind) && isHeld(m) && elsewhere(m.place));
  if (placedElsewhere.some((m) => m.kind === 'visit' || m.kind === 'tour')) return mentions;
  const keys = new Set(persons().map((p) => p.key));
  const placed = new Set<EventMention>();
  for (const m of candidates) {
    const people = m.participants.filter((k) => keys.has(k));
    const sameOccasion = (o: EventMention) => (o.date && m.date ? o.date === m.date : o.participants.some((k) => people.includes(k)));
    if (placedElsewhere.some(sameOccasion)) continue;
    // Participants who all serve other countries than the dateline's met elsewhere, as far as the article tells.
    if (home && people.length > 0 && people.every((k) => (countries().get(k)?.size ?? 0) > 0 && !countries().get(k)!.has(home))) continue;
    if (findPlacesAndEventPlaces(m.text, () => false).places.length > 0) continue;
    placed.add(m);
  }
  return placed.size === 0 ? mentions : mentions.map((m) => (placed.has(m) ? { ...m, place: city } : m));
}

/** A mention that reports its occasion as held: not announced, recalled, called off or only talked of. */
function isHeld(m: EventMention): boolean {
  return !m.announced && !isRecall(m.text) && !isUnrealised(m.text) && !isSpeculative(m.text);
}

/**
 * "met separately with Prime Minister A and opposition leader B", "held talks with A and with B": one meeting of the
 * subject with each of the people met, not one of all three. Else the mention as it is.
 */
function separateMeetings(mention: EventMention, clause: ClauseReading, persons: PersonSpan[]): EventMention[] {
  if ((mention.kind !== 'meeting' && mention.kind !== 'talks') || !SEPARATE_MEETINGS.test(clause.text)) return [mention];
  const withAt = clause.start + (WITH.exec(clause.text)?.index ?? clause.text.length);
  const met = unique(personsIn(persons, clause).filter((p) => p.start > withAt).map((p) => p.key)).filter((k) => mention.participants.includes(k));
  const meeting = mention.participants.filter((k) => !met.includes(k) && !countryOfPlace(k));
  if (met.length < 2 || meeting.length === 0) return [mention];
  return met.map((k) => ({ ...mention, participants: [...meeting, k] }));
}
const SEPARATE_MEETINGS = /\bseparately\b|\bwith\s[^;:]*?\band\s+with\s/u;
const WITH = /\bwith\s/u;

/**
 * "Berg met Holm in Oslo on Monday. … Berg told a news conference after the meeting": a press conference held after,
 * or at the close of, an occasion the article has reported is on that occasion's day and in its place, where its own
 * words give neither.
 */
function afterTheOccasion(mention: EventMention, occasions: EventMention[]): EventMention {
  if (mention.kind !== 'press-conference' || (mention.date && mention.place)) return mention;
  const m = AFTER_THE_OCCASION.exec(mention.text);
  if (!m) return mention;
  const kinds = m[1].toLowerCase() === 'summit' ? SUMMIT_KINDS : ENCOUNTER_KINDS;
  let occasion: EventMention | undefined;
  for (let i = occasions.length - 1; i >= 0 && !occasion; i--) {
    const o = occasions[i];
    if (kinds.has(o.kind) && (o.date || o.place)) occasion = o;
  }
  if (!occasion) return mention;
  const sameDay = !mention.date || mention.date === occasion.date;
  return { ...mention, date: mention.date ?? occasion.date, place: mention.place ?? (sameDay ? occasion.place : null) };
}
const AFTER_THE_OCCASION =
  /\b(?:after|following|at\s+the\s+(?:close|end|conclusion)\s+of|closing)\s+(?:the|their|this|that|today['’]s)\s+(?:[\w-]+\s+){0,2}?(meetings?|talks|summit|negotiations|discussions|consultations)\b/iu;
const ENCOUNTER_KINDS = new Set<EventKind>(['meeting', 'talks']);
const SUMMIT_KINDS = new Set<EventKind>(['summit', 'meeting']);

/**
 * A journey reported as made (or announced) to a place, which sets the scene for the occasions reported right after it:
 * "Lars Holm arrived in Oslo on Monday." Not one looked back on or called off.
 */
function arrivalOf(mention: EventMention, clause: ClauseReading, block: number): Arrival | null {
  if ((mention.kind !== 'visit' && mention.kind !== 'tour') || !mention.place || clause.recall || isUnrealised(clause.text) || isSpeculative(clause.text)) return null;
  return { place: mention.place, announced: mention.announced, block, travellers: mention.participants, named: unique([...clause.persons, ...mention.participants]) };
}

/** How many paragraphs after a journey's its occasions may be reported: its own and the next. */
const ARRIVAL_REACH = 1;

/**
 * "Lars Holm arrived in Oslo on Monday. The two sides held talks on fisheries on Tuesday.": a meeting, talks or a press
 * conference reported right after a journey (in its paragraph or the next), with no place of its own and no one but
 * the travellers and their hosts, is held where the journey went; "the two sides" are the people its report named.
 */
function atTheArrival(mention: EventMention, clause: ClauseReading, arrival: Arrival | null, block: number): EventMention {
  if (!arrival || block - arrival.block > ARRIVAL_REACH || !DATELINE_KINDS.has(mention.kind) || mention.place) return mention;
  if (mention.announced !== arrival.announced || clause.recall || isUnrealised(clause.text)) return mention;
  const people = mention.participants.filter((k) => !countryOfPlace(k));
  const theTwoSides = people.length === 0 && refersToParticipantsBefore(clause.text);
  if (people.length > 0 && !people.some((k) => arrival.travellers.includes(k))) return mention;
  if (people.length === 0 && !theTwoSides && !refersToEventBefore(clause.text)) return mention;
  if (findPlacesAndEventPlaces(clause.text, () => false).places.length > 0) return mention;
  const participants = theTwoSides ? unique([...arrival.named, ...mention.participants]) : mention.participants;
  return { ...mention, place: arrival.place, participants };
}

/** A value worked out on first use, and once. */
function once<T>(make: () => T): () => T {
  let made = false;
  let value: T;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value;
  };
}

/**
 * A meeting's clause that also reports the journey it belongs to ("wrapped up his two-day visit to China, one
 * that culminated in a meeting with…", "met visiting Secretary Ortiz") is a mention of that visit too, with the
 * traveller as its participant: the visit is an occasion of its own, reported by articles that never name the meeting.
 */
function journeyWithin(text: string, clause: ClauseReading, mention: EventMention, persons: PersonSpan[], countries: () => Map<string, Set<string>>): EventMention | null {
  if (mention.kind !== 'meeting' && mention.kind !== 'talks') return null;
  const travel = travelIn(clause.text)[0];
  if (!travel || isUnrealised(clause.text)) return null;
  const destination = destinationAfter(clause.text.slice(travel.end)) ?? destinationAfter(` ${clause.text.slice(travel.start)}`) ?? mention.place;
  const traveller = travellerOf(text, clause, travel, persons, destination ? countryOfPlace(destination) : null, countries);
  if (!traveller) return null;
  return { ...mention, kind: travel.kind, participants: [traveller], place: destination, date: clause.journeyTime?.day ?? null };
}

const DESTINATION = /^\s+(?:to|in|into)\s+(?:the\s+)?(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*)/u;

/** "… visit to China", "arriving in Oslo": the place a journey goes to, when the gazetteer knows it. */
function destinationAfter(text: string): string | null {
  const m = DESTINATION.exec(text);
  return m && countryOfPlace(m[1]) !== null ? m[1] : null;
}

/** Who made the journey: the one named after "visiting", before "'s visit", or the clause's subject; never a host. */
function travellerOf(text: string, clause: ClauseReading, travel: TravelPhrase, persons: PersonSpan[], destination: string | null, countries: () => Map<string, Set<string>>): string | null {
  const inside = personsIn(persons, clause);
  const at = clause.start + travel.start;
  if (travel.cue === 'visiting') return inside.find((p) => p.start >= clause.start + travel.end && p.start - (clause.start + travel.end) <= 60)?.key ?? null;
  if (travel.cue === 'possessive') return inside.find((p) => p.end === at)?.key ?? null;
  // "Arriving for talks, he embraced Zelensky": a pronoun before anyone named is the subject, and the traveller is who it points back to.
  const pronounFirst = travel.cue === 'subject' && pronounSubjectAt(clause.text) < (inside.length ? inside[0].start - clause.start : Infinity);
  const before = nearestPersonBefore(text, persons, clause.start, pronounFirst ? inside.map((p) => p.key) : []);
  const named = travel.cue === 'pronoun' ? inside.filter((p) => p.end <= at) : pronounFirst ? [] : inside;
  const candidates = unique([...named.map((p) => p.key), ...(before ? [before] : [])]);
  const abroad = candidates.filter((key) => !destination || !countries().get(key)?.has(destination));
  return abroad[0] ?? null;
}

/**
 * Every span that names a person: names, and descriptions only one person fits ("the Chinese leader"). (The reporters a
 * byline names, "By Ana Ruiz and Tom Reed in Lima", are no people: findPeople reads bylines as credits.)
 */
function personSpans(article: Article, people: ArticlePeople, descriptions: ArticleDescriptions): PersonSpan[] {
  // "The state visit – the second of the Biden administration –": a name that qualifies a body names no one taking part.
  const named = people.people.flatMap((p) => p.mentions.filter((m) => !QUALIFIES_BODY.test(article.text.slice(m.end, m.end + 24))).map((m) => ({ start: m.start, end: m.end, key: p.key })));
  const described = descriptions.descriptors.map((d) => ({ start: d.start, end: d.end, key: d.key, described: true }));
  return [...named, ...described].sort((a, b) => a.start - b.start);
}

const QUALIFIES_BODY = /^['’]?s?\s+(?:administration|government|cabinet|campaign|era|presidency|doctrine)\b/u;

/** The clauses of a sentence that report events, joined where they report the same occasion. */
function readSentence(article: Article, sentence: Span, blockKind: BlockKind, persons: () => PersonSpan[], anchor: () => string | null): ClauseReading[] {
  const spans = splitClauses(article.text, sentence);
  const texts = spans.map((c) => article.text.slice(c.start, c.end));
  // The kinds first: the rest of a clause is read only when some clause of its sentence reports an event.
  const kinds = texts.map((text, i) => kindOf(text) ?? (hasEncounterVerb(text, spans[i], persons) ? 'meeting' : null));
  if (kinds.every((kind) => kind === null)) return [];
  // What follows each clause in its sentence: "…, says Davis | after flying visit to Brussels" is Davis's visit.
  const clauses = spans.map((c, i) => readClause(c, texts[i], kinds[i], blockKind, persons(), anchor(), article.text.slice(c.end, sentence.end)));
  const out: ClauseReading[] = [];
  for (const next of clauses) {
    const last = out[out.length - 1];
    const clause = last?.kind ? goesOnFrom(last, next) : next;
    if (!last) out.push(clause);
    else if (metThere(last, clause)) out[out.length - 1] = joinClauses(article, last, clause, true);
    else if (last.kind && clause.kind && reportDifferentOccasions(last, clause)) out.push(clause);
    else out[out.length - 1] = joinClauses(article, last, clause);
  }
  return out.filter((c) => c.kind !== null);
}

/**
 * "Ishiba last visited the region in October, when he attended the summit in Vientiane, | and met Chinh on the
 * sidelines": a clause that goes on without a subject or a time of its own tells of the same days as the one before,
 * looked back on or announced as it is, and an encounter "on the sidelines" or "there" is where that one was.
 */
function goesOnFrom(last: ClauseReading, clause: ClauseReading): ClauseReading {
  if (clause.time || !GOES_ON.test(clause.text)) return clause;
  const scene = SCENE_BEFORE.test(clause.text) ? { start: last.start, end: last.end } : undefined;
  if (!last.recall && !last.announced) return scene ? { ...clause, sceneFrom: scene } : clause;
  // A report looked back on is read again from its words: its mention starts with the clause it goes on from.
  return { ...clause, time: last.time, recall: last.recall, announced: last.announced, sceneFrom: scene, from: last.recall ? (last.from ?? last.start) : undefined };
}
const GOES_ON =
  /^\W*when\s+(?:he|she|they|it|\p{Lu}[\p{L}'’-]+)\s|^\W*(?:and|but|then)\s+(?:(?:then|later|also|subsequently|afterwards)\s+)?(?:met|meet|meets|held|hold|holds|hosted|host|visited|visit|received|receive|spoke|speak|talked|talk|signed|sign|attended|attend|shook|embraced|sat\s+down)\b/iu;
const SCENE_BEFORE = /\bon\s+the\s+(?:sidelines|margins?)\b(?!\s+of\b)|\bthere\b/iu;

function readClause(span: Span, text: string, kind: EventKind | null, blockKind: BlockKind, persons: PersonSpan[], anchor: string | null, after: string): ClauseReading {
  // A headline, a standfirst and a subhead in the body ("Ministers to meet in Cotonou in September") are headlinese.
  const announced = isAnnounced(text, blockKind === 'headline' || blockKind === 'deck' || blockKind === 'heading', kind);
  const own = withoutReportedContent(text);
  const words = withoutPageTimestamp(announced ? withoutAnnouncement(own) : own);
  const recall = isRecall(withoutPeriodStartOfNoOccasion(words));
  const journey = kind === 'visit' || kind === 'tour';
  const time = readEventTime(timeWords(words, recall, journey, announced, after), anchor, announced, journey);
  const told = toldContentStart(text);
  return {
    ...span,
    text,
    kind,
    persons: unique(
      personsIn(persons, span)
        .filter(
          (p) =>
            p.start < span.start + told &&
            !speaksForThem(text, p.end - span.start) &&
            !sentSomeone(text, p.start - span.start) &&
            !reportsIt(text, p.start - span.start, p.end - span.start, after) &&
            !STAYED_AWAY.test(text.slice(p.end - span.start, p.end - span.start + 140)) &&
            !HONOURED.test(text.slice(Math.max(0, p.start - span.start - 60), p.start - span.start)) &&
            !ANNOUNCED_BY.test(text.slice(Math.max(0, p.start - span.start - 80), p.start - span.start)),
        )
        .map((p) => p.key),
    ),
    time,
    journeyTime: journey || !namesArrival(words) ? time : readEventTime(timeWords(words, recall, true, announced, after), anchor, announced, true),
    recall,
    announced,
  };
}

/**
 * Where what an encounter verb tells begins, when the clause reports no occasion by name: "Koskei told Tinubu that
 * the desire of Ruto was …" met Tinubu, not Ruto. The text's length when there is no such content.
 */
function toldContentStart(text: string): number {
  const m = TOLD_THAT.exec(text);
  return m && kindOf(text) === null ? m.index + m[0].length : text.length;
}
const TOLD_THAT = new RegExp(String.raw`\b(?:${SPEECH_ENCOUNTER_SOURCE})\b[^.;:]{0,80}?\bthat\s`, 'u');

/** "left for Rajghat to pay respects to Mahatma Gandhi", "laid a wreath at the tomb of": one honoured, not met. */
const HONOURED =
  /\b(?:pa(?:y|ys|id|ying)\s+(?:(?:her|his|their|its)\s+)?(?:last\s+)?(?:respects?|tributes?|homage)\s+to|wreaths?\s+(?:at|on)\s+(?:the\s+)?(?:tomb|grave|memorial|mausoleum|statue)\s+of)\s+(?:the\s+(?:late\s+)?)?(?:[\p{Lu}][\p{L}'’.-]*\s+)*$/u;

/**
 * "Szijjarto did not attend Monday's meeting", "Reed himself did not accompany the minister to the talks", "Kovacs
 * skipped the summit": an absentee, named with the occasion that took place without them.
 */
const STAYED_AWAY =
  /^(?:\s+(?:himself|herself|themselves|also|too))?(?:,\s+[^,;.()"“”]{1,80},)?\s+(?:(?:(?:did|does|do|will|would|could|can|has|have|had)\s+not|didn['’]t|doesn['’]t|don['’]t|won['’]t|wouldn['’]t|couldn['’]t|can['’]t|cannot|hasn['’]t|haven['’]t|hadn['’]t|never)\s+(?:(?:yet|even|personally|be\s+able\s+to)\s+)?(?:attend(?:ed)?|accompan(?:y|ied)|join(?:ed)?|take\s+part\s+in|took\s+part\s+in|participate\s+in|participated\s+in)|(?:was|were|is|are)\s+(?:not\s+present\s+at|absent\s+from)|skipped|boycotted|stayed\s+away\s+from|pulled\s+out\s+of|withdrew\s+from)\b/u;

/** "The visit was announced last week by Chief Cabinet Secretary Hayashi": the one who announced it. */
const ANNOUNCED_BY = /\b(?:announced|confirmed|disclosed|revealed|made\s+public)\s+(?:[\w-]+\s+){0,3}?by\s+(?:[\p{L}'’.-]+\s+){0,5}$/u;

/** "received a special envoy from the Kenyan President, Dr. Williams Ruto": the one who sent someone was not there. */
function sentSomeone(text: string, start: number): boolean {
  return SENT_BY.test(text.slice(Math.max(0, start - 80), start));
}
const SENT_BY =
  /\b(?:envoy|emissary|delegation|message|letter|messenger)\s+(?:from|of|sent\s+by)\s+(?:(?:the|[\p{Lu}][\p{L}'’.-]*|\p{Ll}+(?=\s+\p{Lu}))(?:\s+|,\s+)){0,5}$/u;

/** "the Iranian president's chief of staff", "Putin's spokesman": someone else acts for the person named. */
const FOR_THE_POSSESSOR = /^['’]s?\s+(?:[\p{L}-]+\s+){0,2}?(?:spokes(?:man|woman|person)|chief of staff|aides?|advisers?|advisors?|envoys?|office|wife|husband|son|daughter|government|administration|ministry|lawyers?|attorneys?|staff|team|deputy|deputies|representatives?|ministers?|secretary|delegation)\b/u;
function speaksForThem(text: string, end: number): boolean {
  const after = text.slice(end, end + 60);
  return FOR_THE_POSSESSOR.test(after) || (POSSESSIVE.test(after) && !OCCASION_OF_THE_POSSESSOR.test(after));
}
const POSSESSIVE = /^['’]s?\s/u;
/** "Modi's visit", "Xi's talks with", "at Putin's invitation", "Xi's residence": a possessor who takes part. Else
 * ("Following Theresa May's Florence speech, Davis said the talks …") the possessor is only named. */
const OCCASION_OF_THE_POSSESSOR =
  /^['’]s?\s+(?:[\p{L}-]+\s+){0,2}?(?:visits?|trips?|tours?|stay|talks|meetings?|calls?|summit|conference|arrival|journey|invitation|guests?|hosts?|residence|palace|home|dacha|estate|hospitality|counterparts?|side)\b/u;

/**
 * '…," writes Stephen McDonell at the BBC', "…, said Wang Wenbin", "…, Kremlin spokesman Dmitry Peskov said": the
 * one who reports the words, not one who took part. Unless the event comes after the name: "…, says Davis after a
 * flying visit to Brussels".
 */
const REPORTING_VERB = '(?:said|says|writes|wrote|write|added|adds|noted|notes|reported|reports)';
const REPORTER_BEFORE = new RegExp(`[,"”]\\s*${REPORTING_VERB}\\s+(?:(?:the\\s+)?[\\p{Lu}][\\p{L}'’.-]*\\s+|and\\s+)*$`, 'u');
/** "…, Kremlin spokesman Dmitry Peskov said.": after a comma, a few title words, the name, and the cue that ends the sentence. */
const TITLES_AFTER_COMMA = /,\s+(?:[\p{L}'’.-]+\s+){0,4}$/u;
const REPORTING_VERB_LAST = new RegExp(`^\\s+(?:${REPORTING_VERB}|told\\s+(?:reporters|journalists))\\s*[.!]?\\s*$`, 'u');
/**
 * Someone who speaks for others, named with that title: "Kremlin spokesman Dmitry Peskov", "Putin's aide, Yuri Ushakov,",
 * "Maria Zakharova, the ministry's spokeswoman,".
 */
const SPOKESPERSON = '(?:[Ss]pokes(?:man|woman|person)|[Pp]ress [Ss]ecretary|[Aa]ide|[Aa]dviser|[Aa]dvisor)s?';
/** A character of an apposition between commas: no stop, but the stops of "U.S." */
const APPOSITION_CHAR = String.raw`(?:[^,;.()"“”]|(?<=\p{Lu})\.)`;
/** "Kremlin spokesman Dmitry Peskov", "A spokesperson for the presidency, Arturo Zamudio," */
const SPOKESPERSON_BEFORE = new RegExp(`\\b${SPOKESPERSON}(?:\\s+(?:for|of|to)\\s+[^,;.()"“”]{1,50})?,?\\s+$`, 'u');
/** "Maria Zakharova, the ministry's spokeswoman,", "Matthew Miller, the U.S. State Department spokesperson,", "Bayo Onanuga, the Special Adviser to the President on Information," */
const SPOKESPERSON_APPOSED = new RegExp(`^,\\s+${APPOSITION_CHAR}{0,60}\\b${SPOKESPERSON}(?:\\s+(?:for|of|to|on)\\s+[^,;.()"“”]{1,80})?,`, 'u');
/** "A statement by Bayo Onanuga": the one whose statement tells of the occasion. */
const STATEMENT_BY_BEFORE = /\b(?:statement|release|communiqu[eé]|post|message)\s+(?:(?:issued|released|signed|posted)\s+)?by\s+$/iu;
/** A reporting verb right after the name, or after an apposition (which may hold "U.S."): "Peskov said Putin met Xi", "Peskov, …, said". */
const REPORTING_VERB_NEXT = new RegExp(
  String.raw`^(?:,\s+${APPOSITION_CHAR}{1,80},)?,?\s+(?:has\s+|had\s+)?(?:said|says|told|tells|added|adds|noted|notes|stated|states|confirmed|confirms|announced|announces|wrote|writes|explained|explains|insisted|insists|claimed|claims)\b`,
  'u',
);
/** "According to a statement released by Putin's aide, Yuri Ushakov, the leaders met". */
const ACCORDING_TO_BEFORE = /\baccording to\b[^;:"“”]*$/iu;
/**
 * A spokesperson who reports the occasion and names none of it before the report: "Kremlin spokesman Dmitry Peskov
 * said Putin met Xi", "According to Putin's aide, Yuri Ushakov, the leaders met". Others who say something may have
 * taken part ("Kerry told reporters after his talks with Zarif").
 */
function speaksForTheOccasion(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  if (!SPOKESPERSON_BEFORE.test(before) && !STATEMENT_BY_BEFORE.test(before) && !SPOKESPERSON_APPOSED.test(text.slice(end, end + 160))) return false;
  const verb = REPORTING_VERB_NEXT.exec(text.slice(end));
  if (verb) return kindOf(text.slice(0, end + verb[0].length)) === null;
  const opening = ACCORDING_TO_BEFORE.exec(text.slice(0, start));
  return opening !== null && kindOf(text.slice(opening.index, end)) === null;
}

/**
 * "He said the board would consider it at its meeting on 29 January", "Trethewey said a meeting between the company and
 * the council had been called off", "According to Dr. Raghunathan, officials from the regulator met …": one who tells of
 * an occasion in a clause with a subject of its own is its source, not one who took part. Not "Kerry said after his
 * talks with Zarif …" (the occasion is his clause's), "Putin said he had met Xi" or "According to Lavrov, he and Wang
 * …" (a pronoun may be the speaker), nor "said Putin met Xi" (a name may be the speaker's: see speaksForTheOccasion).
 */
function tellsOfOthers(text: string, start: number, end: number): boolean {
  const verb = SAYS_THAT.exec(text.slice(end));
  if (verb) return kindOf(text.slice(0, end + verb[0].length)) === null && othersOccasion(text.slice(end + verb[0].length));
  const opening = ACCORDING_TO_BEFORE.exec(text.slice(0, start));
  const comma = opening && CLAUSE_AFTER_SOURCE.exec(text.slice(end));
  return !!comma && kindOf(text.slice(opening!.index, end + comma[0].length)) === null && othersOccasion(text.slice(end + comma[0].length));
}

/**
 * A reported clause whose subject is not the speaker's and that names the occasion's own parties: "the board would
 * consider it at its meeting", "a meeting between the company and the council was called off", "officials from the
 * regulator met Maplewood executives". Not "some differences remain in nuclear talks", "considerable progress has been
 * made in Brexit talks": talks the speaker may be part of.
 */
function othersOccasion(clause: string): boolean {
  return OTHER_SUBJECT.test(clause) && (OCCASION_BETWEEN.test(clause) || ITS_OCCASION.test(clause) || SUBJECT_MEETS.test(clause));
}
const OCCASION_BETWEEN = /\b(?:meeting|talks|call|summit|negotiations)\s+between\s/u;
const ITS_OCCASION = /\bits\s+(?:next\s+|own\s+)?(?:meeting|session|summit|conference)\b/u;
const SUBJECT_MEETS = /^(?:[\p{L}'’-]+\s+){1,6}?(?:(?:will|would|had|has|have|were\s+to|was\s+to)\s+)?(?:met|meet|meets|held\s+talks)\b/u;
const SAYS_THAT =
  new RegExp(String.raw`^(?:,\s+${APPOSITION_CHAR}{1,80},)?,?\s+(?:has\s+|had\s+)?(?:said|says|stated|states|added|adds|noted|notes|confirmed|confirms|explained|explains|insisted|insists|claimed|claims)(?:\s+that)?\s+`, 'u');
/** ", officials …" after "According to Dr. Raghunathan" (and an apposition). */
const CLAUSE_AFTER_SOURCE = /^(?:,\s+[^,;.()"“”]{1,80})?,\s+/u;
/**
 * A clause's own subject: a lower-case word that is no pronoun, preposition or word of time ("the board", "a meeting
 * between …", "officials"), and not the occasion known to the speaker ("Kovacs said the talks had made progress": she
 * may have been at them).
 */
const OTHER_SUBJECT =
  /^(?!(?:he|she|they|we|i|you|it|his|her|their|our|my|its|after|before|during|at|on|in|following|when|while|as|since|upon|ahead|with|by|from|to|of|for|earlier|later|then|also|again|yesterday|today|tomorrow|last|this|next|there|that|what|how|why|whether|if)\b)(?!(?:the|these|those)\s+(?:[\w-]+\s+){0,2}?(?:meetings?|talks|calls?|visits?|trips?|summits?|tours?|conferences?|negotiations)\b)\p{Ll}/u;

function reportsIt(text: string, start: number, end: number, after: string): boolean {
  if (speaksForTheOccasion(text, start, end) || tellsOfOthers(text, start, end)) return true;
  const rest = text.slice(end) + after;
  if (REPORTING_VERB_LAST.test(rest)) return TITLES_AFTER_COMMA.test(text.slice(Math.max(0, start - 60), start));
  return REPORTER_BEFORE.test(text.slice(Math.max(0, start - 80), start)) && kindOf(rest) === null;
}

/** "Xi told Blinken", "Putin received Wang Yi": a named person on each side of an encounter verb. */
function hasEncounterVerb(text: string, span: Span, persons: () => PersonSpan[]): boolean {
  const verbs = encounterVerbs(text);
  if (verbs.length === 0) return false;
  const inside = personsIn(persons(), span);
  return verbs.some((v) => {
    const at = span.start + v.start;
    const after = span.start + v.end;
    const subject = inside.some((p) => p.end <= at);
    // "Koskei told Tinubu that the desire of Ruto was …": a name in what was told is no one met.
    const object = inside.some((p) => p.start >= after && p.start - after <= 45 && !/[.,;:]|\bthat\b/u.test(text.slice(v.end, p.start - span.start)));
    return subject && object;
  });
}

function reportDifferentOccasions(a: ClauseReading, b: ClauseReading): boolean {
  if (a.recall !== b.recall || a.announced !== b.announced) return true;
  // A call is no part of a journey or a meeting in person: "held a video conference, with Putin saying he
  // expected Xi to make a state visit".
  if ((a.kind === 'call') !== (b.kind === 'call')) return true;
  if (a.time && b.time && !timesOverlap(a.time, b.time)) return true;
  const [sa, sb] = [new Set(a.persons), new Set(b.persons)];
  return sa.size > 0 && sb.size > 0 && ![...sa].every((p) => sb.has(p)) && ![...sb].every((p) => sa.has(p));
}

/**
 * "…visited Moscow, where he met Putin", "…travelled to Oslo, where she held talks with…": a meeting in the place a
 * journey went to. One clause, read as the meeting, of which journeyWithin reads the journey.
 */
function metThere(journey: ClauseReading, clause: ClauseReading): boolean {
  return isJourney(journey.kind) && isEncounter(clause.kind) && WHERE_OPENING.test(clause.text);
}
const WHERE_OPENING = /^where\s/u;
const isJourney = (kind: EventKind | null) => kind === 'visit' || kind === 'tour';
const isEncounter = (kind: EventKind | null) => kind === 'meeting' || kind === 'talks';

/** `meetingOfJourney`: a journey joined by the meeting held where it went (metThere) is read as the meeting; the
 * journey's days are the meeting's window, not a span of its own. */
function joinClauses(article: Article, a: ClauseReading, b: ClauseReading, meetingOfJourney = false): ClauseReading {
  const text = article.text.slice(a.start, b.end);
  const journeyWindow = a.time && { day: a.time.day, from: a.time.from, to: a.time.to };
  return {
    start: a.start,
    end: b.end,
    text,
    kind: meetingOfJourney ? b.kind : (a.kind ?? b.kind),
    persons: unique([...a.persons, ...b.persons]),
    // "BEIJING, March 14 (Xinhua) -- | … held talks on Wednesday": the time of the clause that reports the occasion.
    // (Not the time of an occasion someone is said to have spoken of there: "At a press conference after the talks, |
    // Putin noted that … after his visit to Ukraine on July 2".)
    time: meetingOfJourney ? (b.time ?? journeyWindow) : a.kind === null && b.time ? b.time : (a.time ?? (a.kind && reportsSpeechFirst(b.text, article.text.slice(a.start, b.start)) ? null : b.time)),
    journeyTime: meetingOfJourney ? a.journeyTime : a.kind === null && b.journeyTime ? b.journeyTime : (a.journeyTime ?? b.journeyTime),
    recall: a.kind ? a.recall : b.recall,
    announced: a.kind ? a.announced : b.announced,
  };
}

function toMention(article: Article, clause: ClauseReading, persons: PersonSpan[], context: ReadingContext, nationalities: () => Map<string, Set<string>>): EventMention | null {
  const kind = clause.kind!;
  const found = kind === 'document' ? documentParties(clause, context) : (namedBetween(clause, persons) ?? participantsFromContext(article, clause, persons, context, nationalities));
  // The names inside the clause, found once (an article may name people thousands of times).
  const named = persons.filter((p) => p.end > clause.start && p.start < clause.end);
  const isPersonAt = (i: number) => named.some((p) => p.start <= clause.start + i && clause.start + i < p.end);
  const said = withoutReportedContent(clause.text);
  const { places, eventPlaces: own } = findPlacesAndEventPlaces(clause.recall ? said : withoutPeriodStart(said), isPersonAt);
  // "… embarked on a visit to six capitals, and held talks with Foreign Minister Lavrov in Moscow": the one
  // named after "with" is a host of the journey, not its traveller.
  const people = kind === 'visit' || kind === 'tour' ? (theOneItsPronounIs(found, clause, context.genderOf) ?? oneForTheirJourney(article.text, travellers(found, clause, persons, own[0] ? countryOfPlace(own[0]) : null, nationalities), clause, persons, context.genderOf)) : found;
  const countries = people.length >= 2 && kind !== 'document' ? [] : countryActors(clause.text);
  const orgs = organisationsIn(clause.text);
  if (people.length === 0 && countries.length === 0 && places.length === 0 && orgs.length === 0 && !clause.time) return null;
  // "X received Y, who is on an official visit": the visit is Y's, but both are "the two leaders" after it.
  remember(context, kind, people, clause.recall, clause.time?.day ?? null, found);
  const start = clause.from ?? clause.start;
  return {
    file: article.file,
    start,
    end: clause.end,
    text: article.text.slice(start, clause.end),
    kind,
    participants: [...people, ...countries.filter((c) => !people.includes(c))],
    place: kind === 'call' ? null : (own[0] ?? (clause.sceneFrom && places.length === 0 ? sceneOf(article, clause.sceneFrom, persons) : null)),
    date: clause.time?.day ?? null,
    announced: clause.announced,
  };
}

/**
 * Who a document is of: the people its clause names ("Xi's peace plan"), or, when the clause says the pair named
 * before issued it ("The two leaders later said in a joint statement that Biden …"), that pair.
 */
function documentParties(clause: ClauseReading, context: ReadingContext): string[] {
  const named = clause.persons;
  const pair = context.group;
  return named.length < 2 && pair.length >= 2 && BOTH_ISSUERS.test(clause.text) && named.every((p) => pair.includes(p)) ? [...pair] : named;
}
const BOTH_ISSUERS = /\b(?:the\s+two|both)\s+(?:leaders|presidents|prime\s+ministers|heads\s+of\s+state|sides|governments)\b/i;

/** The place of the event the clause `span` reports, if it names one. */
function sceneOf(article: Article, span: Span, persons: PersonSpan[]): string | null {
  const named = persons.filter((p) => p.end > span.start && p.start < span.end);
  const isPersonAt = (i: number) => named.some((p) => p.start <= span.start + i && span.start + i < p.end);
  return findPlacesAndEventPlaces(article.text.slice(span.start, span.end), isPersonAt).eventPlaces[0] ?? null;
}

/** "a precursor to a meeting between Putin and Xi": the two named after "between" are the meeting's, and no one else. */
function namedBetween(clause: ClauseReading, persons: PersonSpan[]): string[] | null {
  const m = MEETING_BETWEEN.exec(clause.text);
  if (!m) return null;
  const from = clause.start + m.index + m[0].length;
  const named = unique(personsIn(persons, { start: from, end: Math.min(clause.end, from + 100) }).map((p) => p.key));
  return named.length >= 2 ? named.slice(0, 2) : null;
}
const MEETING_BETWEEN = /\b(?:meetings?|talks|summit|call|encounter|negotiations)\s+between\s+/u;

/**
 * Who made a journey, of the people its clause names or points back to: the one whose visit it is ("Zelensky
 * called Modi's visit historic", "the second visit to Beijing by Lourenco"), else all but those named only as
 * hosts ("held talks with X", "received by X") or as people of the country visited, beside someone who is not.
 */
function travellers(people: string[], clause: ClauseReading, persons: PersonSpan[], destination: string | null, nationalities: () => Map<string, Set<string>>): string[] {
  const inside = personsIn(persons, clause);
  // Only where the clause tells of one journey: in "Wang's trip comes after Biden made a visit to Ukraine", Biden travelled too.
  if ((clause.text.match(JOURNEY_WORD)?.length ?? 0) === 1) {
    // "Modi said a technical team will soon visit Bangladesh", "the technical team's visit": no one named travels.
    if (GROUP_JOURNEY.test(clause.text)) return [];
    const possessive = travelIn(clause.text).find((t) => t.cue === 'possessive');
    const before = (p: PersonSpan) => clause.text.slice(Math.max(0, p.start - clause.start - 80), p.start - clause.start);
    const invited = (p: PersonSpan) => INVITED_BEFORE.test(before(p)) && INVITED_TO.test(clause.text.slice(p.end - clause.start, p.end - clause.start + 20));
    const owner = inside.find((p) => (possessive && p.end === clause.start + possessive.start) || (JOURNEY_BY.test(before(p)) && !ANNOUNCED_BY.test(before(p))) || invited(p));
    if (owner) return [owner.key];
  }
  // "Berg thanked Saar for her support and invited her to visit Oslo": the one who invites stays; the one invited travels.
  const invitation = INVITED_PRONOUN.exec(clause.text);
  const inviter = invitation ? inside[0] : undefined;
  if (inviter && inviter.start - clause.start < invitation!.index) {
    const invited = people.filter((key) => key !== inviter.key);
    if (invited.length) return invited;
  }
  const isHost = (key: string) => {
    const spans = inside.filter((p) => p.key === key);
    return (
      spans.length > 0 &&
      spans.every((p) => HOST_BEFORE.test(clause.text.slice(Math.max(0, p.start - clause.start - HOST_REACH), p.start - clause.start)) || HOST_SUBJECT.test(clause.text.slice(p.end - clause.start, p.end - clause.start + 40)))
    );
  };
  const guests = people.filter((key) => !isHost(key));
  // "Putin invited Kim to visit Moscow": of people from the country visited and people from elsewhere, the latter travel.
  const abroad = destination && guests.length > 1 ? guests.filter((key) => !nationalities().get(key)?.has(destination)) : guests;
  return abroad.length ? abroad : guests;
}
/** A journey made by a group the clause does not name ("a technical team will soon visit", "the delegation's trip", "businesses wishing to travel"). */
const GROUP_JOURNEY =
  /\b(?:team|delegation|mission|group|committee|commission|panel|experts|officials|inspectors|investigators|businesses|companies|tourists|students|citizens|nationals|workers)(?:['’]s?\s+(?:[\w-]+\s+){0,2}?(?:visits?|trips?|tours?|journeys?)\b|\s+(?:will|would|to|wishing\s+to|wanting\s+to|who\s+wish\s+to|who\s+want\s+to|plans?\s+to|is\s+to|are\s+to)\s+(?:[\p{Ll}]+\s+)?(?:visit|travel|tour)\b)/iu;

/**
 * "This is her first visit to India", after Modi and Hasina held talks: a journey that is one person's ("her", "his")
 * is made by one of those the context gives whom the pronoun fits, as far as the article tells their gender: the
 * one last named before it as a subject, else the one last named.
 */
function oneForTheirJourney(text: string, people: string[], clause: ClauseReading, persons: PersonSpan[], genderOfKey: (key: string) => Gender | null): string[] {
  const ones = people.length < 2 ? null : ONES_JOURNEY.exec(clause.text);
  if (!ones) return people;
  const pronoun = genderOfPronoun(ones[1]);
  const fits = people.filter((key) => genderOfKey(key) !== (pronoun === 'male' ? 'female' : 'male'));
  if (fits.length === 1) return fits;
  const named = persons.filter((p) => p.end <= clause.start && fits.includes(p.key));
  // The last one named as a subject ("In her remarks, Hasina said"), else the last one named at all.
  const last = [...named].reverse().find((p) => !isObjectOrPossessive(text, p, sentenceStartBefore(text, p.start))) ?? named.pop();
  return last ? [last.key] : people;
}
/** "Her visit came as Italy prepares …", of Biden and Meloni: the one of them the article says "her" is, if only one. */
function theOneItsPronounIs(people: string[], clause: ClauseReading, genderOfKey: (key: string) => Gender | null): string[] | null {
  const ones = people.length < 2 ? null : ONES_JOURNEY.exec(clause.text);
  const known = ones ? people.filter((key) => genderOfKey(key) === genderOfPronoun(ones[1])) : [];
  return known.length === 1 ? known : null;
}
const ONES_JOURNEY = /^(?:[^,;]*\s)?(his|her)\s+(?:[\w-]+\s+){0,2}?(?:visit|trip|tour|journey)\b/iu;

/** "Erdogan invited Putin to visit Türkiye": the one invited makes the journey. */
const INVITED_BEFORE = /\binvit(?:ed|es|ing)\s+(?:(?:the\s+)?[\p{Lu}][\p{L}'’.-]*\s+|(?:his|her|their)\s+\p{Ll}+\s+)*$/u;
const INVITED_TO = /^\s+to\s+(?:visit|come|travel|attend)\b/u;
const INVITED_PRONOUN = /\binvit(?:ed|es)\s+(?:him|her|them)\s+to\s+(?:visit|come|travel|attend)\b/u;
/** "a visit to Beijing by", "the trip by President": a journey's maker named after it, in the same clause ("who went for a two-day visit, was accorded a reception by Modi" is Modi's reception). */
const JOURNEY_BY = /\b(?:visits?|trips?|tours?|stays?|journeys?)\b[^.;:!?,]{0,60}?\bby\s+(?:(?:the\s+)?[\p{Lu}][\p{L}'’.-]*\s+)*$/u;
const JOURNEY_WORD = /\b(?:visit(?:s|ed|ing)?|trips?|tours?|stays?|journeys?|travel(?:s|led|ed|ling|ing)?|arriv(?:e|es|ed|ing|al))\b/gi;
/** How far before a name its host's words may start: long titles stand between ("at the invitation of Member of the Political Bureau … Zhao"). */
const HOST_REACH = 160;
const HOST_BEFORE =
  /\b(?:(?:talks|meeting|meetings|met|meets|meet|spoke|talked|discussions|consultations|negotiations|call)\s+with|(?:hosted|received|welcomed|greeted|met|reception|welcome)\s+by|(?:visited|visits|called\s+on|calls\s+on)|(?:[Aa]t|[Oo]n)\s+the\s+invitation\s+of)\s+(?:(?:the\s+)?(?:[\p{Lu}][\p{L}'’.-]*|of|for|the|and)\s+)*$/u;

/**
 * "Brandão received on Tuesday … Prime Minister Carvalho, who is on an official visit": the one who receives is the
 * host. Not "Hasina was greeted by Modi": the one greeted is the guest.
 */
const HOST_SUBJECT = /^\s+(?:(?!(?:was|were|is|are|been|being|be|got|gets)\b)\p{Ll}+\s+){0,2}(?:received|receives|welcomed|welcomes|hosted|hosts|greeted|greets)\b/u;

/** The people a clause names, plus those its pronouns and descriptions ("the two leaders", "he met…") point back to. */
function participantsFromContext(
  article: Article,
  clause: ClauseReading,
  persons: PersonSpan[],
  context: ReadingContext,
  nationalities: () => Map<string, Set<string>>,
): string[] {
  const named = clause.persons;
  if (named.length === 0) {
    const leaders = leadersOfCountries(clause.text, persons, nationalities);
    if (leaders) return leaders;
  }
  // "the visit will deepen trust between the two countries": the journey reported before, whoever else was named with it.
  // (Not "In September, he travelled to central Asia in his first overseas trip": a journey with a traveller of its own.)
  const journeyBefore = isJourney(clause.kind) && named.length === 0 && refersToEventBefore(clause.text) && !pronounIsSubject(clause.text) ? context.byKind.get(clause.kind!) : undefined;
  if (journeyBefore?.length) return [...journeyBefore];
  // "… during his first Cabinet meeting, “We’re going to make the best deal we can for both sides”": words inside a
  // quotation are the speaker's, and point back to no one the article named.
  if (named.length < 2 && refersToParticipantsBefore(outsideQuotations(clause.text))) {
    if (context.group.length >= 2) return unique([...named, ...context.group]);
    // "Modi and Xi agreed to …. The two leaders spoke on the sidelines of the summit": the pair named together before.
    const pair = pairNamedBefore(article.text, persons, clause.start);
    if (pair && named.every((p) => pair.includes(p))) return pair;
    // "Modi informed Albanese …. Modi's remarks came after a meeting between the two leaders": with no occasion and no
    // "X and Y" before, the two are the one the clause names and the one its paragraph named last before it (or the
    // last two).
    if (!pair && context.group.length === 0 && TWO_PEOPLE.test(clause.text)) {
      const lastTwo = lastNamedBefore(article.text, persons, clause.start, named, 2 - named.length);
      if (lastTwo.length + named.length === 2) return [...named, ...lastTwo];
    }
  }
  // "At the end of the meeting, the Ghanaian president gave a press statement": the occasion before, when the clause
  // names no one, or only describes one who took part in it (not "Recalling his last visit to India, the German
  // Chancellor said", another occasion).
  const describedOnly = named.length === 1 && personsIn(persons, clause).every((p) => p.described) && !isRecall(clause.text);
  if ((named.length === 0 || describedOnly) && refersToOccasionBefore(clause.text, clause.kind!) && !(isJourney(clause.kind) && pronounIsSubject(clause.text))) {
    const known = (clause.time?.day ? context.byDay.get(`${clause.kind} ${clause.time.day}`) : undefined) ?? context.byKind.get(clause.kind!) ?? context.group;
    if (known.length && named.every((p) => known.includes(p))) return [...known];
  }
  // "said the visit was a propaganda gift to Putin": the journey reported before, not one by the people the clause
  // names only as objects.
  if ((clause.kind === 'visit' || clause.kind === 'tour') && refersToEventBefore(clause.text)) {
    const known = context.byKind.get(clause.kind);
    const inside = personsIn(persons, clause);
    if (known?.length && inside.length > 0 && inside.every((p) => isObjectOrPossessive(article.text, p, clause.start))) return [...known];
  }
  // "Speaking at a joint press conference, Sunak said …" after Sunak met Meloni: the two who met speak together.
  if (named.length === 1 && clause.kind === 'press-conference' && JOINT.test(clause.text) && context.group.length === 2 && context.group.includes(named[0])) return [...context.group];
  // "Erdogan urged Putin to …. During the phone call, Erdogan stressed …": a call has the two on its line, the one
  // named and the other. (A summit or a meeting named so may be another occasion of the one named.)
  if (named.length === 1 && clause.kind === 'call' && refersToEventBefore(clause.text)) {
    const known = context.byKind.get('call') ?? context.group;
    if (known.length === 2 && known.includes(named[0])) return [...known];
  }
  // "Macron arrived in Beijing on Wednesday, and met Xi on Thursday": the subject left out is the one before.
  if (named.length <= 1 && ELIDED_SUBJECT.test(clause.text)) {
    const before = nearestPersonBefore(article.text, persons, clause.start, named);
    if (before) return [before, ...named];
  }
  // "the Kazakh president travelled to Samarkand, where he …": a pronoun after a description stands for whoever it
  // describes, not for the last one named.
  if (named.length <= 1 && singularPronouns(clause.text) > 0 && !(named.length === 0 && DESCRIBED_BEFORE_PRONOUN.test(clause.text))) {
    // "She also met students" after Berg welcomed Lind: the nearest one the article does not say the pronoun is not.
    const gender = genderOfPronouns(clause.text);
    const before = nearestPersonBefore(article.text, persons, clause.start, named, (key) => !gender || context.genderOf(key) !== (gender === 'male' ? 'female' : 'male'));
    if (before && (named.length === 0 || (pronounIsSubject(clause.text) && !namedBeforePronoun(clause, persons)))) return [...named, before];
  }
  return named;
}

/**
 * "Greek and Turkish leaders on Thursday struck an upbeat tone at a rare meeting", "the leaders of Greece and Turkey":
 * for each country, the person of the article who serves it (by their titles) and is named most, when there is one.
 */
function leadersOfCountries(text: string, persons: PersonSpan[], nationalities: () => Map<string, Set<string>>): string[] | null {
  if (!LEADERS_WORD.test(text)) return null;
  const demonyms = DEMONYM_LEADERS.exec(text);
  const names = demonyms ? null : LEADERS_OF_COUNTRIES.exec(text);
  const countries = demonyms ? [countryOfDemonym(demonyms[1]), countryOfDemonym(demonyms[2])] : names ? [countryOfPlace(names[1]), countryOfPlace(names[2])] : null;
  if (!countries) return null;
  const serving = nationalities();
  const leaders = countries.map((country) => {
    if (!country) return null;
    const mentions = new Map<string, number>();
    for (const p of persons) if (serving.get(p.key)?.has(country)) mentions.set(p.key, (mentions.get(p.key) ?? 0) + 1);
    let best: string | null = null;
    for (const [key, n] of mentions) if (best === null || n > mentions.get(best)!) best = key;
    return best;
  });
  return leaders[0] && leaders[1] && leaders[0] !== leaders[1] ? [leaders[0], leaders[1]] : null;
}
const LEADERS_NOUN = String.raw`(?:leaders|presidents|heads\s+of\s+state|prime\s+ministers|premiers)`;
const LEADERS_WORD = new RegExp(String.raw`\b${LEADERS_NOUN}\b`, 'i');
const DEMONYM_LEADERS = new RegExp(String.raw`\b(${DEMONYM_SOURCE})\s+and\s+(${DEMONYM_SOURCE})\s+${LEADERS_NOUN}\b`, 'u');
const LEADERS_OF_COUNTRIES = new RegExp(String.raw`\b${LEADERS_NOUN}\s+of\s+(?:the\s+)?(${COUNTRY_NAME_SOURCE})\s+and\s+(?:the\s+)?(${COUNTRY_NAME_SOURCE})(?![\p{L}])`, 'u');

/** The text with its quotations masked (offsets kept), as the statement reader masks them. */
function outsideQuotations(text: string): string {
  return QUOTE_MARK.test(text) ? maskQuotations(text, findQuotedSpans(text, [{ start: 0, end: text.length }])) : text;
}
const QUOTE_MARK = /["“«]/;

const DESCRIBED_BEFORE_PRONOUN =
  /\bthe\s+(?:[\p{L}-]+\s+){0,2}?(?:president|leader|premier|prime minister|minister|chancellor|secretary|ambassador|envoy|diplomat|governor|mayor|king|queen|emir|head of state)\b[^.;]*?\b(?:he|she|his|her|him)\b/u;

/** A clause that goes on from the one before without a subject of its own: "and met Xi", "and later held talks". */
const ELIDED_SUBJECT = /^\W*(?:and|but|then)\s+(?:(?:then|later|also|subsequently|afterwards)\s+)?(?:met|meets|held|holds|hosted|hosts|visited|visits|received|receives|spoke|speaks|talked|travelled|traveled|flew|signed|signs|embraced|greeted|welcomed)\b/iu;

const JOINT = /\bjoint\b/i;

/** The last two people named together ("Indian Prime Minister Narendra Modi and Chinese President Xi Jinping")
 * within MAX_PRONOUN_REACH before `offset`. */
function pairNamedBefore(text: string, persons: PersonSpan[], offset: number): string[] | null {
  for (let i = persons.length - 1; i > 0; i--) {
    const b = persons[i];
    if (b.end > offset) continue;
    if (offset - b.end > MAX_PRONOUN_REACH) break;
    const a = persons[i - 1];
    if (a.key !== b.key && a.end <= b.start && NAMED_TOGETHER.test(text.slice(a.end, b.start))) return [a.key, b.key];
  }
  return null;
}
/** Words for two people, and only two. */
const TWO_PEOPLE = /\b(?:the\s+two\s+(?:leaders|presidents|prime\s+ministers|ministers|men|women|heads\s+of\s+state)|both\s+leaders|the\s+pair)\b/i;

/** The last `count` different people named in the paragraph before `offset`, within MAX_PRONOUN_REACH, but for those of `exclude`. */
function lastNamedBefore(text: string, persons: PersonSpan[], offset: number, exclude: string[], count: number): string[] {
  const out: string[] = [];
  const paragraphStart = text.lastIndexOf('\n', offset - 1) + 1;
  for (let i = persons.length - 1; i >= 0 && out.length < count; i--) {
    const p = persons[i];
    if (p.end > offset || exclude.includes(p.key) || out.includes(p.key)) continue;
    if (offset - p.end > MAX_PRONOUN_REACH || p.start < paragraphStart) break;
    out.push(p.key);
  }
  return out;
}
/** "X and Y", with Y's titles between: " and Chinese President ", " and his Kazakh counterpart ". */
const NAMED_TOGETHER = /^\s+and\s+(?:(?:[\p{Lu}][\p{L}'’.-]*|of|the|his|her|their|counterpart|host|guest)\s+){0,6}$/u;

/** Where the sentence holding `offset` starts, looking back at most 60 characters (to the start of those). */
function sentenceStartBefore(text: string, offset: number): number {
  const from = Math.max(0, offset - 60);
  const breaks = /[.!?]["”’)]?\s+|\n/g;
  let start = from;
  for (const m of text.slice(from, offset).matchAll(breaks)) start = from + m.index! + m[0].length;
  return start;
}

/** '“…,” Trump said on Wednesday as he held his first Cabinet meeting': the one the clause names before its "he" is its "he". */
function namedBeforePronoun(clause: ClauseReading, persons: PersonSpan[]): boolean {
  const at = clause.start + pronounSubjectAt(clause.text);
  return persons.some((p) => p.start >= clause.start && p.end <= at && clause.persons.includes(p.key));
}

function pronounIsSubject(text: string): boolean {
  return pronounSubjectAt(text) < Infinity;
}

/** Where "he" or "she" stands as the subject of a verb ("she embraced", "he later met"), or Infinity. */
function pronounSubjectAt(text: string): number {
  return SUBJECT_PRONOUN.exec(text)?.index ?? Infinity;
}
const SUBJECT_PRONOUN = /\b(?:[Hh]e|[Ss]he)\s+(?:\w+\s+){0,2}?(?:met|meets|meeting|spoke|talked|held|told|[a-z]+ed)\b/;

/**
 * Who "he" or "she" points back to: the nearest person named as no object or possessor. Within the pronoun's own
 * paragraph a possessor comes before anyone further back ("The trip was Blinken's second to China. He is expected
 * to meet Xi" is Blinken's, whoever the paragraph before was about).
 */
function nearestPersonBefore(text: string, persons: PersonSpan[], offset: number, exclude: string[], fits: (key: string) => boolean = () => true): string | null {
  let nearest: string | null = null;
  let possessorInParagraph: string | null = null;
  const paragraphStart = text.lastIndexOf('\n', offset - 1) + 1;
  for (let i = persons.length - 1; i >= 0; i--) {
    const p = persons[i];
    if (p.end > offset || exclude.includes(p.key) || !fits(p.key)) continue;
    if (offset - p.end > MAX_PRONOUN_REACH) break;
    if (p.start < paragraphStart && possessorInParagraph) return possessorInParagraph;
    if (!isObjectOrPossessive(text, p, sentenceStartBefore(text, p.start))) return p.key;
    if (p.start >= paragraphStart && POSSESSIVE.test(text.slice(p.end, p.end + 3))) possessorInParagraph ??= p.key;
    nearest ??= p.key;
  }
  return possessorInParagraph ?? nearest;
}

function remember(context: ReadingContext, kind: EventKind, people: string[], recall: boolean, day: string | null, named: string[] = people): void {
  if (recall) return;
  if (people.length > 0) {
    context.byKind.set(kind, people);
    if (day) context.byDay.set(`${kind} ${day}`, people);
  }
  const group = people.length >= 2 ? people : named.length >= 2 ? named : null;
  if (group) context.group = group;
}

const COUNTRY = `(${COUNTRY_NAME_SOURCE})`;
/** Countries acting as parties: "talks between Russia and Ukraine", "delegations of Russia and Ukraine", "Beijing presented its plan". */
/**
 * Each pattern with a word it cannot match without (tested first: the country alternation is costly to run
 * at every position of a clause that has no such word).
 */
const COUNTRY_ACTOR_PATTERNS: Array<[RegExp, RegExp]> = [
  [/\bbetween\s/, new RegExp(`\\bbetween\\s+(?:the\\s+)?${COUNTRY}\\s+and\\s+(?:the\\s+)?${COUNTRY}(?![\\p{L}])`, 'gu')],
  [/\bdelegation/, new RegExp(`\\bdelegations?\\s+(?:of|from)\\s+(?:the\\s+)?${COUNTRY}(?:\\s+and\\s+(?:the\\s+)?${COUNTRY})?(?![\\p{L}])`, 'gu')],
  [
    /\s(?:held|signed|agreed|met|hold|sign|meet|discussed|talked|spoke|jointly)/,
    new RegExp(`(?<![\\p{L}.-])${COUNTRY}\\s+and\\s+(?:the\\s+)?${COUNTRY}(?=\\s+(?:have\\s+|had\\s+)?(?:already\\s+)?(?:held|signed|agreed|met|hold|sign|meet|discussed|talked|spoke|jointly))`, 'gu'),
  ],
  // "the Chinese peace plan", "China's position paper": the issuer of a document, by nationality or possessive.
  [
    /\b(?:plan|proposal|formula|initiative|blueprint|paper)\b/,
    new RegExp(`(?<![\\p{L}.-])(?:(${DEMONYM_SOURCE})|${COUNTRY}['’]s)\\s+(?:(?:\\d+|twelve|ten|six)-point\\s+)?(?:peace\\s+|ceasefire\\s+|position\\s+)(?:plan|proposal|formula|initiative|blueprint|paper)\\b`, 'gu'),
  ],
  [
    /\s(?:present|release|publish|unveil|proposed|issued|put forward)/,
    new RegExp(`(?<![\\p{L}.-])${COUNTRY}(?=\\s+(?:\\w+\\s+){0,2}(?:presented|released|published|unveiled|proposed|issued|put forward|release|present|publish|unveil))`, 'gu'),
  ],
];

/** Countries a clause names as the parties to an event (not as places or in a person's title). */
function countryActors(text: string): string[] {
  const out: string[] = [];
  for (const [needed, re] of COUNTRY_ACTOR_PATTERNS) {
    if (!needed.test(text)) continue;
    for (const m of matchesOf(re, text)) {
      for (const name of m.slice(1)) {
        const country = name ? (countryOfPlace(name) ?? countryOfDemonym(name)) : null;
        if (country && !out.includes(country)) out.push(country);
      }
    }
  }
  return out;
}

/** The persons within a span, in order. `persons` is sorted by start. */
function personsIn(persons: PersonSpan[], span: Span): PersonSpan[] {
  let [lo, hi] = [0, persons.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (persons[mid].start < span.start) lo = mid + 1;
    else hi = mid;
  }
  const out: PersonSpan[] = [];
  for (let i = lo; i < persons.length && persons[i].start <= span.end; i++) if (persons[i].end <= span.end) out.push(persons[i]);
  return out;
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}
