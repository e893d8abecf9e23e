import type { CorpusEvent, EventKind } from '../model';
import { formatDays, formatMonth } from '../dates';
import { slug } from '../nlp/identity';
import { countryOfPlace, KNOWN_PLACE_SOURCE } from './geography';
import { spellingKey } from './nameSpellings';
import { refersBack, type EventFrame, type EventGroup } from './eventFrame';

/** A grouped event as plain data: kind, label, day, place, participants and every mention. */
export function describeEvent(group: EventGroup, names: Map<string, string>): CorpusEvent {
  const frames = group.locals.flatMap((l) => l.frames);
  const kind = mostCommon(frames.map((f) => f.mention.kind))!;
  // Once a report says the occasion took place, an announcement's day ("will release it on Saturday") no longer dates it.
  const held = frames.some((f) => !f.mention.announced) ? frames.filter((f) => !f.mention.announced) : frames;
  const span = daysSpanned(held);
  const date = mostCommon(held.flatMap((f) => (f.time?.day ? [f.time.day] : []))) ?? span?.from ?? null;
  const endDate = span && date && span.from <= date && date < span.to ? span.to : null;
  const month = date ? null : monthOf(held);
  const when = date ? formatDays(date, endDate) : month;
  const place = bestPlace(frames);
  const persons = mainParticipants(frames.flatMap((f) => f.persons));
  const countries = byFrequency(frames.flatMap((f) => f.countries));
  const orgs = byFrequency(frames.flatMap((f) => f.orgs));
  const who = persons.map((id) => names.get(id) ?? id);
  const head =
    kind === 'document' ? documentHeadline(frames, who, countries) : kind === 'tour' ? tourHeadline(frames, who) : headline(kind, who.length ? who : countries, orgs[0] ?? null, place);
  const mentions = frames
    .map((f) => ({ file: f.mention.file, start: f.mention.start, end: f.mention.end, text: f.mention.text }))
    .sort((a, b) => a.file.localeCompare(b.file) || a.start - b.start);
  return {
    id: slug([kind, ...(persons.length ? persons.slice(0, 3) : countries.slice(0, 2)), orgs[0] ?? '', date ?? ''].join(' ')) || kind,
    kind,
    label: [head, kind === 'tour' || (kind === 'visit' && persons.length) ? null : place, when].filter(Boolean).join(', ') + caveat(group, date, frames, month !== null),
    date,
    ...(endDate ? { endDate } : {}),
    place,
    participants: [...persons, ...countries],
    mentions,
  };
}

/** "Nov 2025": the one month every report that dates the occasion at all puts it in, when none pins a day. */
function monthOf(frames: EventFrame[]): string | null {
  const months = new Set(frames.flatMap((f) => (f.time && f.time.from.slice(0, 7) === f.time.to.slice(0, 7) ? [f.time.from.slice(0, 7)] : f.time ? ['?'] : [])));
  if (months.size !== 1 || months.has('?')) return null;
  return formatMonth([...months][0]);
}

/** The span of days the reports name most often ("July 8-9"), if any names one. */
function daysSpanned(frames: EventFrame[]): { from: string; to: string } | null {
  const spans = frames.flatMap((f) => (f.time?.span ? [`${f.time.from}/${f.time.to}`] : []));
  const best = mostCommon(spans);
  if (!best) return null;
  const [from, to] = best.split('/');
  return { from, to };
}

function headline(kind: EventKind, who: string[], org: string | null, place: string | null): string {
  const list = joinNames(who.slice(0, 4));
  switch (kind) {
    // A meeting, talks or a press conference that names no one is named by the body that held it: "NATO meeting".
    // A body's meeting that names one person is still the body's: "NATO meeting (Jens Stoltenberg)".
    case 'meeting':
      return who.length >= 2 ? `${who[0]} meets ${joinNames(who.slice(1, 4))}` : org ? `${org} meeting${list ? ` (${list})` : ''}` : list ? `Meeting: ${list}` : 'Meeting';
    case 'talks':
      return who.length >= 2 ? `Talks: ${list}` : list ? `Talks with ${list}` : org ? `${org} talks` : 'Talks';
    case 'call':
      return `Call: ${list || 'unnamed parties'}`;
    case 'visit':
      // Without a place the reports name, no more than who travelled: "arrives at parliament" is no journey abroad.
      if (!who.length) return 'Visit';
      return `${place ? `${who[0]} visits ${place}` : `Visit: ${who[0]}`}${who.length > 1 ? ` (with ${joinNames(who.slice(1, 4))})` : ''}`;
    case 'tour':
      return who.length ? `${who[0]}'s tour` : 'Tour';
    case 'press-conference':
      return list ? `Press conference: ${list}` : org ? `${org} press conference` : 'Press conference';
    case 'document':
      return `Document${list ? ` (${list})` : ''}`;
    default:
      return org ? `${org} ${kind === 'conference' ? 'conference' : 'summit'}${list ? ` (${list})` : ''}` : `${kind === 'conference' ? 'Conference' : 'Summit'}${list ? `: ${list}` : ''}`;
  }
}

/** The words that name a document: "peace plan", "12-point document", "position paper", "joint statement". */
const DOCUMENT_NAME =
  /\b(?:(?:\d+|twelve|ten|six)-point\s+(?:\w+\s+)?(?:plan|document|proposal|paper)|(?:peace|ceasefire)\s+(?:plan|proposal|formula|initiative|blueprint)|position paper|joint (?:statement|declaration|communiqu[eé])|white paper|(?:partnership\s+)?(?:treaty|agreement))\b/i;

/** "China's peace plan (12-point document)": who issued it and what the reports call it. */
function documentHeadline(frames: EventFrame[], who: string[], countries: string[]): string {
  const names = byFrequency(frames.flatMap((f) => DOCUMENT_NAME.exec(f.mention.text)?.[0].toLowerCase() ?? []));
  const issuer = countries[0] ?? who[0] ?? null;
  const what = names.length ? names.slice(0, 2).join(' / ') : 'document';
  if (issuer) return `${issuer}'s ${what}${who.length && countries.length ? ` (${joinNames(who.slice(0, 3))})` : ''}`;
  return names.length ? `Document: ${what}` : 'Document';
}

const KNOWN_PLACE = new RegExp(`(?<![\\p{L}-])(${KNOWN_PLACE_SOURCE})(?![\\p{L}-])`, 'giu');

/** A dateline's place at the start of a mention: capitals and a comma ("BEIJING, …", "KYIV —"). */
const DATELINE_OPENING = /^\s*\p{Lu}[\p{Lu} .'’-]+(?=,|\s+[—–-]|\s+\()/u;
/** "Li Hui's tour: Warsaw, Berlin, Paris…": the traveller and the stops the reports name. */
function tourHeadline(frames: EventFrame[], who: string[]): string {
  // Not a dateline's place ("BEIJING, May 16 (Reuters) -"), nor a possessor ("China's special envoy").
  const named = frames.flatMap((f) =>
    [...f.mention.text.replace(DATELINE_OPENING, (m) => ' '.repeat(m.length)).matchAll(KNOWN_PLACE)]
      .filter((m) => !/^['’]s\b/u.test(f.mention.text.slice(m.index! + m[0].length, m.index! + m[0].length + 3)))
      .map((m) => m[1]),
  );
  const stops = [...new Set([...frames.flatMap((f) => f.places), ...named].filter((p) => countryOfPlace(p) !== null && p[0] === p[0].toUpperCase()))];
  const head = who.length ? `${who[0]}'s tour` : 'Tour';
  return stops.length ? `${head}: ${stops.slice(0, 4).join(', ')}${stops.length > 4 ? '…' : ''}` : head;
}

/** What the reader should not take on trust: no pinned day, or articles linked on approximate dates. */
function caveat(group: EventGroup, date: string | null, frames: EventFrame[], monthKnown: boolean): string {
  const notes: string[] = [];
  // "could pave the way for a summit", "the EU should open talks": no report says it took place.
  if (frames.every((f) => f.unrealised)) notes.push('did not take place');
  else if (frames.every((f) => f.speculative)) notes.push('only talked of');
  else if (statusFrames(frames).every((f) => f.mention.announced)) notes.push('announced');
  if (!date) notes.push(monthKnown ? 'day not pinned' : 'date not pinned');
  if (group.basis === 'approximate') notes.push('some reports linked by approximate date');
  if (group.basis === 'undated') notes.push('some reports linked without a date');
  if (group.basis === 'context') notes.push('some reports linked by the story around them');
  return notes.length ? ` (${notes.join('; ')})` : '';
}

/** The mentions that say whether an occasion took place: all but those that only refer back to it, when there are others. */
function statusFrames(frames: EventFrame[]): EventFrame[] {
  const own = frames.filter((f) => !refersBack(f));
  return own.length ? own : frames;
}

/** The most often named place, preferring a venue or city over a country name. */
function bestPlace(frames: EventFrame[]): string | null {
  const places = frames.flatMap((f) => f.places);
  const specific = places.filter((p) => countryOfPlace(p) === null || countryOfPlace(p) !== p);
  return mostCommon(specific.length ? specific : places);
}

function joinNames(names: string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** The people most mentions name: someone named once in passing ("…with the new Trump administration") is left out. */
function mainParticipants(all: string[]): string[] {
  // One person spelled two ways by two outlets ("Zhumabekov", "Dzhumabekov") is named once, as most reports spell them.
  const spelled = new Map<string, string>();
  for (const id of byFrequency(all)) if (!spelled.has(spellingKey(id))) spelled.set(spellingKey(id), id);
  const ids = all.map((id) => spelled.get(spellingKey(id))!);
  const counts = countOf(ids);
  const top = Math.max(0, ...counts.values());
  return byFrequency(ids).filter((id) => counts.get(id)! * 3 >= top);
}

function countOf(xs: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  xs.forEach((x) => counts.set(x, (counts.get(x) ?? 0) + 1));
  return counts;
}

function byFrequency(xs: string[]): string[] {
  const counts = countOf(xs);
  return [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)!);
}

function mostCommon<T extends string>(xs: T[]): T | null {
  return (byFrequency(xs)[0] as T | undefined) ?? null;
}
