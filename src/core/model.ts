/**
 * The plain data the reader produces. Everything here is JSON-serialisable and free of editor types:
 * offsets are UTF-16 code-unit offsets into an article's decoded text, exactly as the editor sees it.
 */

/** A half-open range [start, end) of UTF-16 offsets into one article's text. */
export interface Span {
  start: number;
  end: number;
}

/** What the reader knows about a file before reading it (from a corpus manifest). */
export interface ArticleMeta {
  title?: string;
  outlet?: string;
  /** YYYY-MM-DD */
  published?: string;
}

export type BlockKind =
  | 'headline' // the article's headline and its repeats
  | 'deck' // a standfirst or subtitle right under the headline
  | 'heading' // a section heading or pull-quote inside the body
  | 'body' // running text
  | 'caption' // a photo caption
  | 'credit' // a photo or wire credit ("Photo: AFP")
  | 'boilerplate'; // site litter: navigation, share buttons, "Related articles", "Source link"

/** A paragraph: one non-empty line of the saved page, classified. */
export interface Block extends Span {
  kind: BlockKind;
}

export interface Article {
  /** Path relative to the corpus root, with '/' separators. */
  file: string;
  text: string;
  title: string | null;
  titleSpan: Span | null;
  outlet: string | null;
  /** YYYY-MM-DD, or null when neither the manifest nor the text pins the day. */
  published: string | null;
  blocks: Block[];
  /** Things the reader should know about this file (encoding repaired, no headline found…). */
  warnings: string[];
}

/** A named person as found in one article, before corpus-wide identity. */
export interface ArticlePerson {
  /** Unique within the article (e.g. the normalised full name). */
  key: string;
  /** The fullest name used in the article ("Li Shangfu"). */
  name: string;
  /** Every other name form used for this person in the article ("Li", "Chinese Defense Minister Li Shangfu"). */
  aliases: string[];
  /** Title or apposition ("Chinese Defense Minister"), or null. */
  role: string | null;
  /** Every span that names this person (full names, surnames, titled forms). */
  mentions: Span[];
  /** The gender the article's pronouns give them ("Meloni said she …"), where they agree; see nlp/gender.ts. */
  genderByPronoun?: 'male' | 'female';
}

/** A name span that could be several people ("Li" with two Lis in the article). */
export interface AmbiguousMention extends Span {
  candidates: string[];
}

export interface ArticlePeople {
  people: ArticlePerson[];
  ambiguous: AmbiguousMention[];
  /** The article's words are mostly not English ones: no names were looked for in it. */
  notEnglish?: boolean;
}

export type StatementKind = 'direct' | 'indirect' | 'mixed' | 'interview-answer' | 'interview-question';

/** Something someone said, as reported in one article. */
export interface Statement extends Span {
  file: string;
  /** The words said (for direct speech, inside the quote marks). */
  text: string;
  kind: StatementKind;
  /** Corpus person id (ArticlePerson.key within one article), or null for unnamed or organisational sources. */
  speaker: string | null;
  /** The words that name the source where it is not a person: "the Russian Foreign Ministry", "a European diplomat". */
  speakerText: string | null;
  /** The span of the words naming the speaker in the text (name, pronoun or description), or null. */
  speakerSpan: Span | null;
  /** The attribution cue ("said", "told", "according to"), or null. */
  cue: string | null;
  /** YYYY-MM-DD when the text pins the day it was said, or another report pins the occasion it was said at; never guessed. */
  when: string | null;
  /** unbalanced (quote ran to the end of its paragraph), unnamed (source is not a named person), partial… */
  flags: string[];
}

export type EventKind =
  | 'meeting'
  | 'call'
  | 'visit'
  | 'talks'
  | 'summit'
  | 'conference'
  | 'press-conference'
  | 'tour'
  | 'document';

/** A sentence or clause in one article that reports an event. */
export interface EventMention extends Span {
  file: string;
  text: string;
  kind: EventKind;
  /** Person keys (within the article) and, for countries or delegations, their names. */
  participants: string[];
  place: string | null;
  date: string | null;
  /** true when the text announces the event rather than reporting it happened. */
  announced: boolean;
}

/** A corpus-wide identity. */
export interface Person {
  id: string;
  name: string;
  aliases: string[];
  role: string | null;
  mentions: Array<Span & { file: string }>;
}

export interface CorpusEvent {
  id: string;
  kind: EventKind;
  label: string;
  /** The day it took place (or will), or its first day when the reports name a span of days. */
  date: string | null;
  /** The last day of a span the reports name ("July 8-9"); absent for one day or none. */
  endDate?: string;
  place: string | null;
  participants: string[];
  mentions: Array<Span & { file: string; text: string }>;
}

/** Everything the reader found in one article, with person keys local to the article. */
export interface ArticleReading {
  article: Article;
  people: ArticlePeople;
  statements: Statement[];
  eventMentions: EventMention[];
}

export interface SkippedFile {
  file: string;
  reason: string;
}
