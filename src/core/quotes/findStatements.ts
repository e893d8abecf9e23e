import type { Article, ArticlePeople, Block, EventMention, Span, Statement, StatementKind } from '../model';
import { contentBlocks } from '../article/readArticle';
import { ArticleDescriptions } from '../nlp/descriptors';
import { findCues, type Cue } from './cues';
import { clauseAfterCue, clauseAroundCue, clauseBeforeCue, closesSentence, type Clause } from './indirect';
import { MONTH_NAME_SOURCE } from '../dates';
import { findInterview, TIME_STAMP, type Interview, type InterviewPart } from './interview';
import { PeopleIndex, type NameSpan } from './peopleIndex';
import { FILLER, findQuotedSpans, maskQuotations, type QuotedSpan } from './quoteMarks';
import { splitSentences } from './sentences';
import { Discourse, labelledSpeaker, personOfSentence, speakerOfCue, speakerOfParticiple, speakerOfSubject, type Speaker } from './speakers';
import { namesAnOccasion, namesCourtSteps, namesOccasionInFrame, namesSpeakingOccasion, Occasions, sourceKeys } from './occasions';
import { dayNamedIn, dayOfWhatHappened, fitsNamedWeekdays, looksAhead, namesContact, namesOtherTime, namesPerfect } from './when';
import { isNicknameAt } from '../nlp/nameForms';
import { referenceDay } from '../events/eventTime';

/**
 * Who said what, and when, in one article: direct quotations, reported speech and interview turns, each
 * with its exact span, speaker and day. Reads paragraph by paragraph, sentence by sentence, remembering
 * who was last the subject and who last spoke, so pronouns and continuation quotes find their speaker, and
 * the day each source was last placed at (by a sentence naming a day, or a dated meeting from
 * `eventMentions`), so remarks from one occasion reported over several paragraphs share its day.
 */
export function findStatements(
  article: Article,
  people: ArticlePeople,
  eventMentions: EventMention[] = [],
  descriptions = new ArticleDescriptions(article, people),
): Statement[] {
  return new StatementReader(article, people, eventMentions, descriptions).read();
}

/** A cue whose speaker was found, within one sentence. */
interface Attribution {
  cue: Cue;
  speaker: Speaker;
  /** Where the reporter's clause holding the cue begins (after a quotation that precedes it). */
  clauseStart: number;
  /** What a headline's label gives as said, read already ("Putin: Moscow open to grain talks"). */
  clause?: Clause;
}

/** A paragraph that is one quotation and nothing else (its marks and a full stop at most). */
const SUBHEAD_QUOTATION = /^\s*[“"‘'«]?\uE000+[”"’'»]?[.!]?\s*$/u;
const MAX_SUBHEAD_WORDS = 8;
/** "and", perhaps "also" or "then", right before a cue: "… and said that …", "… and also warned that …". */
const AND_BEFORE_CUE = /,?\s+and\s+(?:(?:also|then|later)\s+)?$/u;
/** Between a headline's colon and the name after it, only a title: "PM Modi", "President El-Sisi". */
const TITLE_WORDS_ONLY = /^(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u;
/** After a headline's trailing name: nothing, or where or when it was said ("Sisi at presser with Erdogan in Cairo"). */
const AFTER_LABEL_NAME = /^\s*(?:$|[|–—-]|(?:at|in|on|to|after|during|with|before|ahead\s+of)\s)/u;
/** The fewest words a headline's label gives as said ("Putin: A Life" is a title). */
const MIN_LABEL_CLAUSE_WORDS = 4;
const FUNCTION_WORDS = new Set(['the', 'and', 'for', 'with', 'from', 'into', 'over', 'under', 'about', 'after', 'before', 'than', 'that', 'this']);

/** Blocks whose quotations are usually pull-quotes or headline quotes, attributed from the body. */
const HEADING_KINDS = new Set<Block['kind']>(['headline', 'deck', 'heading']);
/** Lines of a page that stand between two paragraphs of text without breaking what they tell. */
const INTERRUPTIONS = new Set<Block['kind']>(['caption', 'credit', 'boilerplate']);
const MAX_CUE_GAP_AFTER_QUOTE = 80;
const MIN_SHARED_WORDS = 0.6;
const MAX_HEADLINE_STATEMENTS = 8;
/** A sentence whose subject is "he" or "she", after an opener: "On Friday, he met …". */
const PRONOUN_SUBJECT = /^(?:[^,\uE000]{0,40},\s*)?(?:he|she)\s/iu;

class StatementReader {
  private readonly text: string;
  private readonly blocks: Block[];
  private readonly quotes: QuotedSpan[];
  private readonly masked: string;
  private readonly people: PeopleIndex;
  private readonly discourse: Discourse;
  private readonly interview: Interview | null;
  private readonly occasions: Occasions;
  private readonly statements: Statement[] = [];
  /** Quotations in headings with no cue of their own, settled once the body has been read. */
  private readonly unattributedHeadings: Statement[] = [];
  /** Subheads in quotation marks read as carrying on the paragraph before (see settleHeadings). */
  private readonly carriedHeadings: Statement[] = [];
  /** Index of the paragraph being read, and of the last one in which someone spoke. */
  private paragraph = 0;
  private lastSpeakerParagraph = -1;
  /** Index of the last paragraph with a named speaker's cue, even one that reported no statement ("He warned against …"). */
  private lastAttributionParagraph = -1;
  /** Whether an attribution was met in the paragraph so far: a "heading" with one is really running text. */
  private paragraphHasCue = false;
  private lastWhen: string | null = null;
  /** Whether the lede's first sentence has been read. */
  private ledeRead = false;
  /** The day a sentence of the paragraph being read last named, until a sentence sets its words at another time. */
  private paragraphDay: string | null = null;
  /** The first paragraph of running text, whose first sentence may set the day of the article's account. */
  private readonly lede: number;
  /** The day the lede's first sentence names ("On Monday, the council voted …"), until a sentence names another
   * day, another time or another occasion: the reactions reported after it are of that day. */
  private accountDay: string | null = null;
  /** Who speaks a quotation that opens the next sentence with no cue of its own (see noteLeadIn): the last speaker
   * of the paragraph, and the sentences about someone since, read only when such a quotation comes. */
  private leadInSpeaker: Speaker | null = null;
  private leadInSentences: Span[] = [];
  private leadInRead: { value: Speaker | null } | null = null;
  /** Statements of the headline and deck, dated once the body has been read. */
  private readonly headlineStatements: Statement[] = [];
  private chained: Statement | null = null;
  /** The day of the press conference a transcript records, named with its day before the first turn. */
  private readonly transcriptDay: string | null;
  /** In a live blog of one day, the paragraphs after its first time stamp ("16:05"): each entry is of that day. */
  private readonly liveEntries: Set<number>;

  private readonly reference: string | null;
  constructor(private readonly article: Article, people: ArticlePeople, eventMentions: EventMention[], descriptions: ArticleDescriptions) {
    this.text = article.text;
    // A page updated since its date reads its days against a later photo's (see referenceDay); without a publication
    // day, a statement's weekday is left unread: the text's first full date may be of anything it tells of.
    this.reference = article.published ? referenceDay(article) : null;
    this.blocks = contentBlocks(article);
    this.quotes = findQuotedSpans(this.text, this.blocks);
    this.masked = maskQuotations(this.text, this.quotes);
    this.people = new PeopleIndex(people, descriptions.descriptors);
    this.discourse = new Discourse(this.people);
    this.interview = findInterview(this.text, this.blocks, article.outlet, this.people, this.discourse);
    this.occasions = new Occasions(eventMentions, (key) => this.people.person(key) !== undefined, this.reference);
    this.transcriptDay = this.interview ? transcriptDay(eventMentions, this.interview) ?? interviewDay(this.text, this.interview, this.reference) : null;
    this.liveEntries = liveBlogEntries(this.text, this.blocks, this.reference);
    this.lede = this.blocks.findIndex((b) => b.kind === 'body' && (this.text.slice(b.start, b.end).match(/\s+/gu)?.length ?? 0) >= MIN_LEDE_WORDS - 1);
  }

  read(): Statement[] {
    const quotesByParagraph = groupBy(this.quotes, (q) => q.paragraph);
    this.blocks.forEach((block, index) => this.readParagraph(block, index, quotesByParagraph.get(index) ?? []));
    this.settleHeadings();
    this.dateHeadlines();
    return withoutRepeats(this.statements.sort((a, b) => a.start - b.start || a.end - b.end));
  }

  private readParagraph(block: Block, index: number, quotes: QuotedSpan[]): void {
    const part = this.interview?.parts.get(block.start);
    if (part) this.addInterviewTurn(part);
    this.paragraph = index;
    this.paragraphDay = null;
    this.paragraphHasCue = false;
    this.noteLeadIn(null, [], [], undefined);
    let next = 0;
    for (const sentence of splitSentences(this.masked, block)) {
      const first = next;
      while (next < quotes.length && quotes[next].open < sentence.end) next++;
      const inSentence = quotes.slice(first, next);
      this.discourse.noteSentence(this.masked, sentence);
      const label = block.kind === 'headline' || block.kind === 'deck' ? this.headlineLabel(sentence, block) : null;
      const attributions = label ? [label] : this.attribute(sentence, inSentence, part);
      this.paragraphHasCue ||= attributions.length > 0;
      if (!attributions.length && !inSentence.length && !part && block.kind === 'body') this.noteLabel(sentence, block);
      const found: Statement[] = [];
      const clauses: Clause[] = [];

      let relative: Array<{ statement: Statement; words: string }> | undefined;
      for (const a of attributions) {
        const clause = this.clauseOf(a, attributions, sentence, clauses.length > 0);
        if (!clause) continue;
        clauses.push(clause);
        const statement = this.add(this.indirect(clause, a));
        found.push(statement);
        if (this.inNonRestrictiveRelative(a)) (relative ??= []).push({ statement, words: this.masked.slice(a.speaker.span!.end, clause.start) });
      }
      for (const q of inSentence) {
        // An answer printed as a quotation is the turn's words already.
        if (part && q.start <= part.start && q.end >= part.end) continue;
        const s = this.quoteStatement(q, sentence, attributions, block, index, Boolean(part));
        if (s) found.push(s);
      }
      this.noteLeadIn(sentence, inSentence, attributions, part);
      this.settleWhen(found, sentence, clauses);
      // "Cohen, who once said …, denounced his boss on Wednesday": the sentence's day is the main clause's. The
      // relative clause's own day dates what it reports, even beside other-time words ("who told the Gazette on Monday").
      for (const r of relative ?? []) r.statement.when = dayNamedIn(r.words, this.reference);
      if (block.kind === 'headline' || block.kind === 'deck') this.headlineStatements.push(...found.slice(0, MAX_HEADLINE_STATEMENTS));
    }
  }

  /** "Prime Minister Netanyahu at the start of the meeting:", a paragraph of its own: who speaks in the quotation after it. */
  private noteLabel(sentence: Span, block: Block): void {
    if (!COLON_BEFORE.test(this.masked.slice(Math.max(sentence.start, sentence.end - 4), sentence.end)) || /\S/u.test(this.masked.slice(sentence.end, block.end))) return;
    const speaker = labelledSpeaker(this.masked, this.text, sentence, this.people, this.discourse);
    if (!speaker?.key) return;
    this.discourse.noteSpeaker(speaker);
    this.lastAttributionParagraph = this.paragraph;
  }

  /**
   * Notes a sentence read (null: a new paragraph) for `leadIn`: the one who spoke in it, else the person it was about,
   * else the one the paragraph was about before it ("Pike scored twice. The crowd sang. '…'").
   */
  private noteLeadIn(sentence: Span | null, quotes: QuotedSpan[], attributions: Attribution[], part: InterviewPart | undefined): void {
    this.leadInRead = null;
    const last = attributions.length ? attributions[attributions.length - 1].speaker : null;
    if (!sentence || part || last?.key || quotes.length) {
      this.leadInSpeaker = sentence && !part && last?.key ? last : null;
      this.leadInSentences = [];
    } else this.leadInSentences.push(sentence);
  }

  /** Who speaks a quotation with no cue that opens the sentence after the last one noted: worked out on first need
   * (most sentences are followed by none), the latest sentence about someone first. */
  private get leadIn(): Speaker | null {
    if (!this.leadInRead) {
      let value: Speaker | null = null;
      for (let i = this.leadInSentences.length - 1; i >= 0 && !value; i--) value = personOfSentence(this.masked, this.text, this.leadInSentences[i], this.people, this.discourse);
      this.leadInRead = { value: value ?? this.leadInSpeaker };
    }
    return this.leadInRead.value;
  }

  /** The cues of a sentence that have a speaker, each resolved as it is met. A participle (", adding that")
   * belongs to the speaker of the cue before it. In an interview question only the interviewee ("you") counts. */
  private attribute(sentence: Span, quotes: QuotedSpan[], part: InterviewPart | undefined): Attribution[] {
    const out: Attribution[] = [];
    let clauseStart = sentence.start;
    let q = 0;
    for (const cue of findCues(this.masked, sentence.start, sentence.end)) {
      // A quotation that opens the clause ('"…," he said') leaves the speaker after it; one inside it ("declined to
      // comment on 'market rumors' but said") does not.
      for (; q < quotes.length && quotes[q].close <= cue.start; q++) {
        if (!/\p{L}/u.test(this.masked.slice(clauseStart, quotes[q].open))) clauseStart = Math.max(clauseStart, quotes[q].close);
      }
      // "he is not claiming he has won": a denied cue reports nothing said.
      // "As they say in China, …": a saying, which no one in particular says.
      const lead = this.masked.slice(Math.max(sentence.start, cue.start - 16), cue.start);
      if (NEGATED_CUE.test(lead) || (SAYING_LEAD.test(lead) && cue.words.toLowerCase() === 'say')) continue;
      // "he said according to remarks released by his office, saying …": the source after "according to" reports; it does not say.
      const previous = [...out].reverse().find((a) => a.cue.shape !== 'according-to')?.speaker ?? null;
      const speaker =
        cue.shape === 'participle'
          ? speakerOfParticiple(this.masked, this.text, cue, sentence, previous, this.people, this.discourse)
          : speakerOfCue(this.masked, this.text, cue, sentence, clauseStart, this.people, this.discourse, this.reporterOf(cue, out));
      if (!speaker) continue;
      if (part?.turn === 'question' && speaker.key !== this.interview?.interviewee) continue;
      out.push({ cue, speaker, clauseStart });
      this.discourse.noteSpeaker(speaker, cue.shape === 'quoted-as' && cue.quoted !== null);
      if (speaker.key) this.lastAttributionParagraph = this.paragraph;
    }
    const colon = part ? null : this.colonAttribution(sentence, quotes, out);
    if (colon) {
      out.push(colon);
      this.discourse.noteSpeaker(colon.speaker);
      this.lastAttributionParagraph = this.paragraph;
    }
    return out;
  }

  /**
   * 'Keys talked about the loss in her news conference: "I think it was nerves."': a quotation right after a colon,
   * with no cue before it in its sentence, is said by the person the words before the colon tell of (their subject).
   * Only a person: in 'The message was clear: "no retreat"' no one is named.
   */
  private colonAttribution(sentence: Span, quotes: QuotedSpan[], out: Attribution[]): Attribution | null {
    const q = quotes.find((x) => x.open > sentence.start && COLON_BEFORE.test(this.masked.slice(Math.max(sentence.start, x.open - 4), x.open)));
    if (!q || out.some((a) => a.cue.start < q.open)) return null;
    const colon = this.masked.lastIndexOf(':', q.open);
    const cue: Cue = { start: colon, end: colon + 1, words: ':', shape: 'verb', reportsClause: false, takesObject: false, quoted: null };
    // The one the words before the colon tell of is their subject ("Ostrowski saw it differently:"), else whoever
    // the cue's own reading finds ("Keys talked about the loss:").
    const subject = speakerOfSubject(this.masked, this.text, sentence.start, colon, this.people, this.discourse);
    // "The minister was asked whether it worried him. His reply: '…'": a pronoun that names no one is the person the
    // sentence before told of.
    const words = subject?.span ? this.text.slice(subject.span.start, subject.span.end) : '';
    const leadIn = this.leadIn && PRONOUN_WORD.test(words) ? this.leadIn : null;
    const speaker = leadIn ?? (subject?.key ? subject : speakerOfCue(this.masked, this.text, cue, sentence, sentence.start, this.people, this.discourse, null));
    return speaker && (speaker.key || speaker === leadIn) ? { cue, speaker, clauseStart: sentence.start } : null;
  }

  /**
   * "Putin: Russia ready for talks 'without preconditions'": a headline that opens with a person's name and a colon
   * gives the quotations after it to that person. Only at the start of the headline or deck, and only a name the
   * article knows. The words around the quotations are the editor's summary, no statement (no cue reports them).
   */
  private headlineLabel(sentence: Span, block: Block): Attribution | null {
    if (sentence.start !== block.start) return null;
    // "Putin: Moscow open to grain deal talks with Erdogan": the name, a colon, what they said.
    const name = this.people.nameStartingAt(sentence.start);
    const colon = name && /^:\s+/u.exec(this.masked.slice(name.end, sentence.end));
    if (name && colon) return this.label(name, name.end, this.headlineClause(name.end + colon[0].length, sentence.end));
    // "Egypt and Turkey can now open a new page: Sisi at presser with Erdogan", "'…': PM Modi at BRICS summit": what
    // was said, a colon, then the name (after a title), alone or with where or when.
    const words = this.masked.slice(sentence.start, sentence.end);
    const at = words.lastIndexOf(': ');
    if (at <= 0) return null;
    const after = sentence.start + at + 2;
    const trailing = this.people.namesIn(after, sentence.end)[0];
    if (!trailing || !TITLE_WORDS_ONLY.test(this.masked.slice(after, trailing.start)) || !AFTER_LABEL_NAME.test(this.masked.slice(trailing.end, sentence.end))) return null;
    return this.label(trailing, sentence.start + at, this.headlineClause(sentence.start, sentence.start + at));
  }

  private label(name: NameSpan, colon: number, clause: Clause | null): Attribution | null {
    const key = this.discourse.resolveName(name);
    if (!key) return null;
    const cue: Cue = { start: colon, end: colon + 1, words: ':', shape: 'verb', reportsClause: false, takesObject: false, quoted: null };
    const speaker: Speaker = { key, text: null, span: { start: name.start, end: name.end }, flags: [] };
    this.discourse.noteSpeaker(speaker);
    return { cue, speaker, clauseStart: Math.min(name.start, clause?.start ?? name.start), ...(clause ? { clause } : {}) };
  }

  /** What a headline's label says was said: the reporter's words, MIN_LABEL_CLAUSE_WORDS of them and two in lower case
   * that are no function words (a quotation is direct speech's). */
  private headlineClause(start: number, end: number): Clause | null {
    const words = this.masked.slice(start, end);
    if (words.includes(FILLER) || !/^\s*[\p{L}\p{N}]/u.test(words)) return null;
    const clause = { start: start + (words.length - words.trimStart().length), end: start + words.trimEnd().replace(/[\s.|–—-]+$/u, '').length, direction: 'forward' as const };
    const said = this.masked.slice(clause.start, clause.end);
    // Words in lower case that are no mere function words: "A Life in Power", "Live Updates" name things.
    const content = said.match(/(?<![\p{L}'’-])\p{Ll}[\p{L}'’-]{2,}/gu)?.filter((w) => !FUNCTION_WORDS.has(w)).length ?? 0;
    return (said.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) >= MIN_LABEL_CLAUSE_WORDS && content >= 2 ? clause : null;
  }

  /** The source whose reported clause a cue stands in: "Kuleba's office said he stressed …". */
  private reporterOf(cue: Cue, before: Attribution[]): Speaker | null {
    const last = before[before.length - 1];
    if (!last || last.cue.shape !== 'verb' || !last.cue.reportsClause) return null;
    return CLAUSE_BOUNDARY.test(this.masked.slice(last.cue.end, cue.start)) ? null : last.speaker;
  }

  /** The reported clause of an attribution. It ends where a trailing attribution begins (", adding that …",
   * ", he said"), but runs over a nested one ("wrote that … Li insisted that …"). A clause before its cue
   * is read only when no clause came first in the sentence. */
  private clauseOf(a: Attribution, all: Attribution[], sentence: Span, afterAnother: boolean): Clause | null {
    if (a.cue.words === ':') return a.clause ?? null;
    const inRelative = this.opensRelativeClause(a);
    const stops = all
      .filter((b) => b.cue.start > a.cue.end)
      .map((b) => this.coordinateClauseAt(b) ?? this.coordinatedCueAt(b) ?? (this.isTrailing(b, sentence) || (inRelative && this.opensMainClause(b)) ? phraseStart(b, a.cue.end) : Infinity));
    // "Cohen, who once said he would take a bullet for Trump, denounced …": the relative clause, and what it
    // reports, ends at its comma.
    if (this.inNonRestrictiveRelative(a)) {
      const comma = this.masked.indexOf(',', a.cue.end);
      if (comma >= 0) stops.push(comma);
    }
    const stopAt = Math.min(sentence.end, ...stops);
    const speakerEnd = a.speaker.span?.end ?? a.cue.end;
    const forward = clauseAfterCue(this.masked, a.cue, speakerEnd, stopAt, this.people);
    if (forward || afterAnother || !a.speaker.span) return forward;
    const around = clauseAroundCue(this.masked, a.cue, a.speaker.span, sentence.start, stopAt);
    if (around) return around;
    const reverse = clauseBeforeCue(this.masked, a.cue, a.speaker.span, sentence.start, stopAt);
    // '"…," he said, according to Xinhua': a quotation with its own cue before this one is that cue's. (In 'Li
    // called on them to …, the report notes' the report does say that Li called on them.)
    const quoted = reverse !== null && /^\s*['‘’"“”«»]*\uE000/u.test(this.masked.slice(reverse.start, reverse.end));
    return quoted && all.some((b) => b !== a && b.cue.start >= reverse.start && b.cue.end <= reverse.end) ? null : reverse;
  }

  /** "Cohen, who once said …": a relative pronoun after a comma stands between the speaker and the cue. */
  private inNonRestrictiveRelative(a: Attribution): boolean {
    const span = a.speaker.span;
    // "Wang, who was congratulated by Lavrov …, said": the relative clause closed before the cue, which is the main one.
    return span !== null && span.end <= a.cue.start && /^\s*,\s*who\b[^,]*$/u.test(this.masked.slice(span.end, a.cue.start));
  }

  /** "which Beijing said …", "who the ministry said …": the attribution is inside a relative clause. */
  private opensRelativeClause(a: Attribution): boolean {
    const span = a.speaker.span;
    return span !== null && span.end <= a.cue.start && /\b(?:which|who|whom|that)\s+$/iu.test(this.masked.slice(Math.max(0, span.start - 7), span.start));
  }

  /** "…, which Beijing said was made at Kyiv's request, Wang said …": after a relative clause and its comma, a
   * speaker and a cue start the main clause, which the relative clause's does not run into. (In "wrote that at
   * meetings with the EU, Li insisted that …" the comma ends an adverbial, and the clause runs on.) */
  private opensMainClause(b: Attribution): boolean {
    const span = b.speaker.span;
    return span !== null && span.end <= b.cue.start && /,\s*$/u.test(this.masked.slice(Math.max(0, span.start - 3), span.start));
  }

  /** "prosecutors said the figure was too low, and defense attorneys said it was too high": a source after ", and"
   * (", but", "; ") opens a clause of its own, which the clause before does not run into. Where that clause begins. */
  private coordinateClauseAt(b: Attribution): number | null {
    const span = b.speaker.span;
    if (span === null || span.end > b.cue.start) return null;
    const before = COORDINATE_BEFORE.exec(this.masked.slice(Math.max(0, span.start - 12), span.start));
    return before ? span.start - before[0].length : null;
  }

  /** "replied that he agrees … and said that he hopes …": a cue joined by "and" to the one before, with its subject,
   * opens a clause of its own. Where its "and" begins. */
  private coordinatedCueAt(b: Attribution): number | null {
    if (b.cue.shape !== 'verb' || (b.speaker.span && b.speaker.span.start >= b.cue.start - 1)) return null;
    const before = AND_BEFORE_CUE.exec(this.masked.slice(Math.max(0, b.cue.start - 20), b.cue.start));
    return before ? b.cue.start - before[0].length : null;
  }

  /** ", adding that …" or ", he said." after a comma: an attribution that closes the clause before it. */
  private isTrailing(b: Attribution, sentence: Span): boolean {
    const at = phraseStart(b, sentence.start);
    // The comma may be the quotation's: 'that the two "should be partners," state media reported'.
    if (!/[,;]['’"”»]?\s*$/u.test(this.masked.slice(Math.max(sentence.start, at - 4), at))) return false;
    return b.cue.shape === 'participle' || (b.speaker.span !== null && closesSentence(this.masked, b.cue, b.speaker.span, sentence.end));
  }

  private indirect(clause: Clause, a: Attribution): Statement {
    const kind: StatementKind = this.masked.slice(clause.start, clause.end).includes(FILLER) ? 'mixed' : 'indirect';
    return this.statement(clause, kind, a.speaker, a.cue.words, []);
  }

  /** A quotation's statement: attributed by a cue in its sentence, or carried on from the last speaker. */
  private quoteStatement(q: QuotedSpan, sentence: Span, attributions: Attribution[], block: Block, index: number, inInterview: boolean): Statement | null {
    if (q.end <= q.start || NAMING_BEFORE.test(this.masked.slice(Math.max(0, q.open - 40), q.open)) || isNicknameAt(this.text, q.open)) return null;
    const flags = quoteFlags(q);
    const a = attributionOf(q, attributions, this.masked);
    const opensSentence = !/\S/u.test(this.masked.slice(sentence.start, q.open));
    if (a) {
      if (!opensSentence && !introducedByCue(this.masked, a, q)) flags.push('partial');
      if (flags.includes('partial') && looksLikeTitle(this.text.slice(q.start, q.end))) return null;
      const s = this.add(this.statement(q, 'direct', a.speaker, a.cue.words, flags));
      this.noteChain(q, s);
      return s;
    }
    if (q.continued && this.chained) return this.add(this.carriedOn(q, this.chained, flags));
    const last = this.discourse.lastSpeaker;
    const lastSpoke = Math.max(this.lastSpeakerParagraph, this.lastAttributionParagraph);
    const before = this.spokenBefore(index);
    const carriesOn = block.kind === 'heading' && lastSpoke === before;
    // A transcript's turn is its speaker's already, even in a paragraph read as a heading or standfirst.
    if (HEADING_KINDS.has(block.kind) && !this.paragraphHasCue && !carriesOn && !inInterview) {
      this.unattributedHeadings.push(this.statement(q, 'direct', null, null, flags));
      return null;
    }
    // "Okafor did not speak in court. Outside, she spoke briefly to reporters. 'I loved that unit.'": the person the
    // sentence before told of, rather than whoever spoke last.
    // (Whoever spoke just before, when it is the same person: the quotation carries on theirs.)
    const carriesOnLast = last !== null && lastSpoke >= before && (this.leadIn?.key ? this.leadIn.key === last.key : this.leadIn?.text === last.text);
    if (opensSentence && !inInterview && this.leadIn && !carriesOnLast) {
      const speaker = this.leadIn;
      this.discourse.noteSpeaker(speaker);
      const s = this.add(this.statement(q, 'direct', speaker, null, flags));
      this.noteChain(q, s);
      return s;
    }
    if (!opensSentence || inInterview || !last || lastSpoke < before) return null;
    const s = this.add(this.statement(q, 'direct', { ...last, span: null }, null, [...flags, 'continuation']));
    s.when = this.lastWhen;
    this.noteChain(q, s);
    // A subhead: a heading, or a paragraph that is only a short quotation ("‘Very fruitful meeting’").
    if (block.kind === 'heading' || (SUBHEAD_QUOTATION.test(this.masked.slice(block.start, block.end)) && this.text.slice(q.start, q.end).split(/\s+/u).length <= MAX_SUBHEAD_WORDS)) this.carriedHeadings.push(s);
    return s;
  }

  /**
   * The paragraph before `index` whose speaker a quotation in a paragraph of its own may carry on: the one before it
   * that is text, or the one before that when it is the reporter's aside, naming no one and reporting nothing ("As far
   * as the Association issues are concerned, it is believed that the mediators will not be part of the conversation.").
   */
  private spokenBefore(index: number): number {
    const before = this.proseBefore(index);
    if (before < 0 || this.blocks[before].kind !== 'body') return before;
    const { start, end } = this.blocks[before];
    const aside = !TELLS_OF_SOMEONE.test(this.text.slice(start, end)) && this.people.namesIn(start, end).length === 0 && findCues(this.masked, start, end).length === 0;
    return aside ? this.proseBefore(before) : before;
  }

  /** The paragraph before `index` that is text: a photo caption, a credit or site litter between interrupts nothing. */
  private proseBefore(index: number): number {
    let i = index - 1;
    while (i >= 0 && INTERRUPTIONS.has(this.blocks[i].kind)) i--;
    return i;
  }

  private carriedOn(q: QuotedSpan, from: Statement, flags: string[]): Statement {
    const s = this.statement(q, 'direct', { key: from.speaker, text: from.speakerText, span: null, flags: [] }, null, [...flags, 'continuation']);
    s.when = from.when;
    this.noteChain(q, s);
    return s;
  }

  private noteChain(q: QuotedSpan, s: Statement): void {
    this.chained = q.continues ? s : null;
  }

  private addInterviewTurn(part: InterviewPart): void {
    this.addTurn(part).when = this.transcriptDay;
  }

  private addTurn(part: InterviewPart): Statement {
    const interview = this.interview!;
    const span = { start: part.start, end: part.end };
    if (part.speaker) {
      const { key, text } = part.speaker;
      const speaker: Speaker = { key, text, span: null, flags: key ? [] : ['unnamed'] };
      return this.add(this.statement(span, part.turn === 'question' ? 'interview-question' : 'interview-answer', speaker, null, part.continued ? ['continuation'] : []));
    }
    if (part.turn === 'question') {
      return this.add(this.statement(span, 'interview-question', { key: null, text: interview.interviewer, span: null, flags: ['unnamed'] }, null, []));
    }
    const speaker: Speaker = interview.interviewee
      ? { key: interview.interviewee, text: null, span: null, flags: [] }
      : { key: null, text: 'the interviewee', span: null, flags: ['unnamed'] };
    return this.add(this.statement(span, 'interview-answer', speaker, null, part.continued ? ['continuation'] : []));
  }

  /** Heading quotations take the speaker of the body statement that says the same words, or the interviewee. */
  private settleHeadings(): void {
    if (!this.unattributedHeadings.length && !this.carriedHeadings.length) return;
    const body = new WordIndex(this.statements.filter((s) => s.speaker || s.speakerText));
    // "'Very fruitful meeting'" as a subhead after a joint statement's paragraph: the words are those a later paragraph
    // quotes ('"We had a very fruitful meeting," Maduro tweeted'), not the statement's before it.
    for (const h of this.carriedHeadings) {
      const source = body.firstSaying(h.text, h.end);
      if (source && (source.speaker !== h.speaker || source.speakerText !== h.speakerText)) {
        const flags = [...h.flags.filter((f) => f !== 'continuation' && f !== 'unnamed'), ...source.flags.filter((f) => f === 'unnamed')];
        Object.assign(h, { speaker: source.speaker, speakerText: source.speakerText, when: source.when ?? h.when, flags });
      }
    }
    for (const h of this.unattributedHeadings) {
      const source = body.firstSaying(h.text);
      if (source) {
        this.add({ ...h, speaker: source.speaker, speakerText: source.speakerText, when: source.when, flags: [...h.flags, ...source.flags.filter((f) => f === 'unnamed')] });
      } else if (this.interview?.interviewee) {
        this.add({ ...h, speaker: this.interview.interviewee });
      }
    }
  }

  /** A headline statement repeats one of the body: it takes the day of the body statement of the same source
   * that says most of its words. */
  private dateHeadlines(): void {
    for (const h of this.headlineStatements) {
      if (h.when) continue;
      const keys = sourceKeys(h.speaker, h.speakerText);
      if (!keys.length) continue;
      const source = this.statements.find((s) => s.when && s.start > h.end && sourceKeys(s.speaker, s.speakerText).some((k) => keys.includes(k)) && sharesWords(h.text, s.text));
      if (source) h.when = source.when;
    }
  }

  /** The day each statement of a sentence was made: named in the reporter's words around it, or that of a dated
   * occasion the sentence reports with the speaker in it, or the day the speaker was last placed at, unless the
   * words set the statement at another time ("earlier", "last year", "had said"). Then the sources the sentence
   * names are placed at its day. Continuations keep the day of the statement they carry on. */
  private settleWhen(found: Statement[], sentence: Span, clauses: Span[]): void {
    this.occasions.readUpTo(sentence.start);
    const words = blankOut(this.masked, sentence, clauses);
    // "At a rally, Dahl said …": an occasion the words give no day of is another than the one of the paragraph's day;
    // "Outside court, Dahl said …", than the hearing where the speaker was last placed too.
    const elsewhere = namesCourtSteps(words);
    if ((this.paragraphDay || this.accountDay) && (elsewhere || namesAnOccasion(words) || this.occasions.reportsUndatedIn(sentence))) {
      this.paragraphDay = null;
      this.accountDay = null;
    }
    const day = dayNamedIn(words, this.reference);
    // What is the same for every statement of the sentence is worked out once, and only when needed.
    let otherTime: boolean | undefined;
    let referredTo: string | null | undefined;
    let framed: boolean | undefined;
    let namedHere: string[] | undefined;
    let toldDay: string | undefined;
    for (const s of found) {
      if (s.flags.includes('continuation')) continue;
      // "Yoon said on Sunday that Kishida's words resonated when earlier this month he said that …": words reported
      // inside what another said were said on the day their own report names, not on the day of the report.
      const within = s.speakerSpan && found.find((o) => o !== s && o.start <= s.speakerSpan!.start && s.speakerSpan!.end <= o.end);
      if (within) {
        s.when = dayNamedIn(this.masked.slice(within.start, s.speakerSpan!.start), this.reference);
        continue;
      }
      if (day) {
        s.when = day;
        continue;
      }
      otherTime ??= namesOtherTime(words);
      if (otherTime) {
        s.when = null;
        continue;
      }
      if (this.liveEntries.has(this.paragraph)) {
        s.when = this.reference;
        continue;
      }
      const keys = sourceKeys(s.speaker, s.speakerText);
      framed ??= namesOccasionInFrame(words);
      const named = () => (namedHere ??= this.sourcesNamed(sentence, clauses, found));
      const carried =
        this.occasions.dayIn(sentence, keys, framed, named) ??
        (referredTo === undefined ? (referredTo = this.occasions.dayReferredTo(words)) : referredTo) ??
        (elsewhere ? null : this.dayOfSource(keys, s.cue, words));
      // What tells of a dated occasion was said no earlier than it: "Varo said the meeting on Tuesday had been
      // useful" is not of the call on Friday that placed her last.
      if (!framed) toldDay ??= this.occasions.latestDayIn(sentence) ?? '';
      s.when = carried && fitsNamedWeekdays(words, carried) && !(toldDay && carried < toldDay) ? carried : null;
    }
    const speakers = found.filter((s) => !s.flags.includes('continuation')).flatMap((s) => sourceKeys(s.speaker, s.speakerText));
    if (speakers.length && !(framed ??= namesOccasionInFrame(words))) {
      this.occasions.toldOnlyIn(sentence, speakers, (namedHere ??= this.sourcesNamed(sentence, clauses, found)));
      toldDay ??= this.occasions.latestDayIn(sentence) ?? '';
      if (toldDay) this.occasions.unplaceBefore(speakers, toldDay);
    }
    if (day && !looksAhead(words)) {
      this.occasions.place(this.sourcesNamed(sentence, clauses, found), day, sentence.start);
      this.paragraphDay = day;
    } else if (!day && (elsewhere || namesContact(words))) {
      // "Zhang, reached by phone, declined to go further. His one addition: '…'" (or "Outside court, Zhang said …"):
      // what the source says next is of that other time, not of the day they were placed at before.
      this.occasions.unplace(this.sourcesNamed(sentence, clauses, found));
      this.paragraphDay = null;
    } else if (this.paragraphDay && (day || (otherTime ??= namesOtherTime(words)))) {
      this.paragraphDay = null;
    }
    if (this.paragraph === this.lede && !this.ledeRead) {
      this.ledeRead = true;
      // Only an occasion at which people speak: the deputies who describe a crash on Thursday said so later.
      this.accountDay = namesSpeakingOccasion(words) ? dayOfWhatHappened(words, this.reference) : null;
    } else if (this.accountDay && ((day && day !== this.accountDay) || (otherTime ??= namesOtherTime(words)))) {
      this.accountDay = null;
    }
    const last = found[found.length - 1];
    if (last) this.lastWhen = last.when;
  }

  /**
   * The day a source is carried: where the paragraph placed them, else the day an earlier sentence of the paragraph
   * named ("On Saturday, the league confirmed an inquiry. In a statement, the club said …"), else where the text
   * placed them before, else the day of the meeting the article's account opened with ("On Monday, the council
   * voted …", then what the councillors said).
   */
  private dayOfSource(keys: string[], cue: string | null, words: string): string | null {
    const place = this.occasions.placeOf(keys);
    if (place && place.at >= this.blocks[this.paragraph].start) return place.day;
    // "The Hargreaves say they have heard nothing", "Dahl has said …": what someone says now, or has said up to
    // now, was not said on the day of the paragraph or of the account.
    const now = (cue !== null && PRESENT_CUE.test(cue)) || namesPerfect(words);
    return (now ? null : this.paragraphDay) ?? place?.day ?? (now ? null : this.accountDay);
  }

  /** The sources a sentence places at its day: its speakers, and the people named in the reporter's words. */
  private sourcesNamed(sentence: Span, clauses: Span[], found: Statement[]): string[] {
    const out = found.flatMap((s) => sourceKeys(s.speaker, s.speakerText));
    for (const n of this.people.namesIn(sentence.start, sentence.end)) {
      if (this.masked[n.start] === FILLER || clauses.some((c) => c.start <= n.start && n.end <= c.end)) continue;
      const key = this.discourse.resolveName(n);
      if (key) out.push(key);
    }
    if (PRONOUN_SUBJECT.test(this.masked.slice(sentence.start, sentence.end))) {
      const subject = this.discourse.recentSubject(sentence.start);
      if (subject) out.push(subject);
    }
    return out;
  }

  private add(s: Statement): Statement {
    this.statements.push(s);
    if (s.speaker || s.speakerText) this.lastSpeakerParagraph = this.paragraph;
    return s;
  }

  private statement(span: Span, kind: StatementKind, speaker: Speaker | null, cue: string | null, flags: string[]): Statement {
    return {
      file: this.article.file,
      start: span.start,
      end: span.end,
      text: this.text.slice(span.start, span.end),
      kind,
      speaker: speaker?.key ?? null,
      speakerText: speaker?.key ? null : speaker?.text ?? null,
      speakerSpan: speaker?.span ?? null,
      cue,
      when: null,
      flags: [...new Set([...flags, ...(speaker?.flags ?? [])])],
    };
  }
}

/**
 * "Foreign Ministry Spokesperson's Regular Press Conference on May 22, 2024": a press conference reported with its
 * day before the first turn of a transcript is the occasion its turns were said at. Interviews are published
 * later than they are held, so only a press conference dates them.
 */
function transcriptDay(eventMentions: EventMention[], interview: Interview): string | null {
  const firstTurn = Math.min(...interview.parts.keys());
  const days = new Set(eventMentions.filter((m) => m.kind === 'press-conference' && m.date && !m.announced && m.start < firstTurn).map((m) => m.date));
  return days.size === 1 ? [...days][0] : null;
}

/** A cue in the present tense: "says", "warn", "the report finds". */
const PRESENT_CUE = /(?:^|\s)(?:\p{L}+[^s\s]s|say|tell|write|add|note|warn|claim|state|argue|insist|find|allege|believe|think|maintain|contend|suggest|admit|acknowledge|agree)$/iu;
/**
 * "We spoke on Thursday, between lunch and dinner.": the day the reporter says the interview was held, in the words
 * before its first turn. Null unless one sentence there tells of it, with one day.
 */
function interviewDay(text: string, interview: Interview, published: string | null): string | null {
  if (!published) return null;
  const lead = text.slice(0, Math.min(...interview.parts.keys()));
  const days = new Set<string | null>();
  for (const sentence of lead.match(LEAD_SENTENCE) ?? []) {
    if (INTERVIEW_HELD.test(sentence) && !looksAhead(sentence)) days.add(dayNamedIn(sentence, published));
  }
  return days.size === 1 ? [...days][0] : null;
}
/** A sentence of the lead, up to its full stop or the end of its paragraph. */
const LEAD_SENTENCE = /[^.!?\n]+[.!?]?/gu;
/** The reporter telling of the interview: "We spoke on Thursday", "I met her on Monday", "The interview took place on …". */
const INTERVIEW_HELD = /\b(?:(?:we|I)\s+(?:spoke|talked|met|sat\s+down|caught\s+up)|(?:spoke|talked)\s+(?:to|with)\s+(?:us|me)|interview\s+(?:took\s+place|was\s+(?:held|conducted|recorded)))\b/iu;

/** The fewest words of the lede: fewer make a byline or a date line. */
const MIN_LEDE_WORDS = 12;
const COLON_BEFORE = /:\s*$/u;
const NEGATED_CUE = /\b(?:not|never|n['’]t)\s+(?:\p{Ll}+ly\s+)?$/u;
/** A quotation mark, a pronoun for someone, or a name with a possessive ("Costolo's answers …", a name the people reader
 * may not know): a paragraph that tells of someone. */
const TELLS_OF_SOMEONE = /["“”«»„]|\b(?:[Hh]e|[Ss]he|[Hh]im|[Hh]is|[Hh]ers?)\b|\p{Lu}\p{Ll}+['’]s\b/u;
const SAYING_LEAD = /\bas\s+(?:they|people|one|you)\s+$/iu;

/** Where an attribution's words begin: its speaker when named right before the cue, else the cue. */
function phraseStart(b: Attribution, notBefore: number): number {
  const speakerStart = b.speaker.span?.start ?? b.cue.start;
  return speakerStart >= notBefore && speakerStart < b.cue.start ? speakerStart : b.cue.start;
}

/** The cue a quotation belongs to: one right after it (`"…," he said`), else the nearest one before it. */
function attributionOf(q: QuotedSpan, attributions: Attribution[], masked: string): Attribution | null {
  const before = attributions.filter((a) => a.cue.end <= q.open);
  const nearestBefore = before[before.length - 1];
  const after = attributions.find((a) => a.cue.start >= q.close && isAttributionGap(masked.slice(q.close, phraseStart(a, q.close))));
  if (after && !(after.cue.shape === 'according-to' && nearestBefore) && !reportsTheReport(after, nearestBefore, q, masked)) return after;
  if (nearestBefore) return nearestBefore;
  // 'The "historic" deal, Xi said, …': a later cue in the same clause. In 'Prosecutors recommended a "long term"
  // while the lawyers asked …' the cue is another clause's.
  const later = attributions.find((a) => a.cue.start >= q.close);
  return later && !CLAUSE_BOUNDARY.test(masked.slice(q.close, phraseStart(later, q.close))) ? later : null;
}
/**
 * 'Xi told Blinken that the two "should be partners," state media reported': a quotation inside a named speaker's
 * clause, and an unnamed source after it that reports the whole sentence. The words are the named speaker's.
 */
function reportsTheReport(after: Attribution, before: Attribution | undefined, q: QuotedSpan, masked: string): boolean {
  return before !== undefined && before.speaker.key !== null && after.speaker.key === null && after.cue.shape !== 'according-to' && !CLAUSE_BOUNDARY.test(masked.slice(before.cue.end, q.open)) && !/[.!?]\s*$/u.test(masked.slice(before.cue.end, q.open));
}
/** A semicolon, or a comma and a conjunction, right before a source. */
const COORDINATE_BEFORE = /(?:;|,\s*(?:and|but|while|whereas))\s+$/u;
/** What ends one clause and opens the next: a semicolon, a contrasting conjunction, or ", and". */
/** A pronoun or possessive that stood for a subject: "he", "His". */
const PRONOUN_WORD = /^(?:he|she|his|her)$/iu;
const CLAUSE_BOUNDARY = /;|,\s*(?:and|but|or|yet)\s|\b(?:while|whereas|but)\s/u;

/** Only punctuation between a quotation and the attribution after it: `"…," he said`, `"…" — said Xi`. */
function isAttributionGap(gap: string): boolean {
  return gap.length <= MAX_CUE_GAP_AFTER_QUOTE && /^[\s,—–-]*$/u.test(gap);
}

/** `Xi said: "…"`, `he told reporters, "…"`: a whole quotation introduced by its cue, not a fragment. */
function introducedByCue(masked: string, a: Attribution, q: QuotedSpan): boolean {
  if (a.cue.end > q.open) return false;
  return /^[^\uE000.;]{0,60}[:,]\s*$/u.test(masked.slice(a.cue.end, q.open)) || /^\s*$/u.test(masked.slice(a.cue.end, q.open));
}

function quoteFlags(q: QuotedSpan): string[] {
  const flags: string[] = [];
  if (q.unbalanced) flags.push('unbalanced');
  return flags;
}

/** 'Mount Paektu (also spelled as "Paekdu")', 'the so-called "peace plan"': a name or a term, not speech. */
const NAMING_BEFORE =
  /(?:\b(?:(?:also\s+)?(?:spelled|spelt|written|transliterated|rendered|translated|known)\s+as|so-called|nicknamed|titled|entitled|meaning|literally)\s*[(,:]?\s*|\b(?:citing|quoting)\s+(?:an?|the|one)\s+)$/iu;

/** "China's Position on the Political Settlement of the Ukraine Crisis": a title, not speech. */
/**
 * A live blog's entries: the paragraphs after its first time stamp ("16:05", "9.30am"), when the page has two or
 * more and one publication day, which its entries share (a page that names another day in a line of its own, as
 * a blog over several days does, has none).
 */
function liveBlogEntries(text: string, blocks: Block[], published: string | null): Set<number> {
  const out = new Set<number>();
  if (!published) return out;
  const stamps = blocks.flatMap((b, i) => (TIME_STAMP.test(text.slice(b.start, b.end)) ? [i] : []));
  if (stamps.length < MIN_TIME_STAMPS || blocks.some((b) => DAY_LINE.test(text.slice(b.start, b.end)))) return out;
  for (let i = stamps[0] + 1; i < blocks.length; i++) out.add(i);
  return out;
}
/** A line that only names a day, as a blog over several days heads each one: "Tuesday 11 November", "Nov. 11". */
const DAY_LINE = new RegExp(`^\\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?(?:\\d{1,2}\\s+)?${MONTH_NAME_SOURCE}(?:\\s+\\d{1,2})?,?\\s*$`, 'u');
const MIN_TIME_STAMPS = 2;

function looksLikeTitle(words: string): boolean {
  const long = words.split(/\s+/).filter((w) => w.replace(/\P{L}/gu, '').length >= 4);
  // "VERY TOUGH, AND EXTREMELY HARD TO MAKE A DEAL WITH": words in capitals, a clause's function words among them, are
  // someone shouting, as a post does, not a title.
  if (!/\p{Ll}/u.test(words) && (words.match(SHOUTED_FUNCTION_WORD) ?? []).length >= MIN_SHOUTED_FUNCTION_WORDS) return false;
  return long.length >= 2 && long.every((w) => /^\p{Lu}/u.test(w));
}
const SHOUTED_FUNCTION_WORD = /\b(?:AND|TO|WITH|IS|ARE|WAS|WILL|NOT|WE|I|YOU|HE|SHE|THEY|IT|A|BE|HAVE|HAS|VERY|THAT)\b/gu;
const MIN_SHOUTED_FUNCTION_WORDS = 3;

/** Whether most of the words of `a` are in `b` (a headline quotation repeating a body quotation). */
function sharesWords(a: string, b: string): boolean {
  const mine = wordsOf(a);
  if (mine.length < 2) return false;
  const theirs = new Set(wordsOf(b));
  return mine.filter((w) => theirs.has(w)).length >= MIN_SHARED_WORDS * mine.length;
}

function wordsOf(s: string): string[] {
  return s.toLowerCase().match(/\p{L}{3,}/gu) ?? [];
}

/**
 * The statements by the words they say, so that the one a heading repeats is found without comparing the heading
 * with each in turn (a transcript of thousands of statements has hundreds of headings).
 */
class WordIndex {
  private readonly byWord = new Map<string, number[]>();

  constructor(private readonly statements: Statement[]) {
    statements.forEach((st, i) => {
      for (const w of new Set(wordsOf(st.text))) {
        const list = this.byWord.get(w);
        if (list) list.push(i);
        else this.byWord.set(w, [i]);
      }
    });
  }

  /** The first statement that says most of the words of `text` (as sharesWords has it). */
  firstSaying(text: string, after = -1): Statement | undefined {
    const mine = wordsOf(text);
    if (mine.length < 2) return undefined;
    const counts = new Map<number, number>();
    for (const w of mine) for (const i of this.byWord.get(w) ?? []) if (this.statements[i].start > after) counts.set(i, (counts.get(i) ?? 0) + 1);
    let first = -1;
    for (const [i, n] of counts) if (n >= MIN_SHARED_WORDS * mine.length && (first < 0 || i < first)) first = i;
    return first < 0 ? undefined : this.statements[first];
  }
}

/** The sentence's masked text with the reported clauses blanked, so only the reporter's words name a day. */
function blankOut(masked: string, sentence: Span, clauses: Span[]): string {
  let words = masked.slice(sentence.start, sentence.end);
  for (const c of clauses) {
    const from = c.start - sentence.start;
    const to = c.end - sentence.start;
    words = words.slice(0, from) + ' '.repeat(Math.max(0, to - from)) + words.slice(to);
  }
  return words;
}

function groupBy<T, K>(items: T[], key: (item: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/**
 * One statement per span and kind: two cues in one sentence ("…," she wrote, adding that …) can reach the
 * same clause; the first reading, which has the nearer cue, is kept.
 */
function withoutRepeats(sorted: Statement[]): Statement[] {
  return sorted.filter((s, i) => !sorted.slice(Math.max(0, i - 3), i).some((t) => t.start === s.start && t.end === s.end && t.kind === s.kind));
}
