import * as assert from 'node:assert/strict';
import { CorpusQuery } from '../../../src/core/index/corpusQuery';
import { HOVER_COMMANDS, hoverCardsAt, type Translate } from '../../../src/vscode/hover/hoverCards';
import { index, statement } from './smallCorpusIndex';

const t: Translate = (message, ...args) => message.replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)]));
const query = new CorpusQuery(index);
const at = (file: string, offset: number, maxStatements = 5) => hoverCardsAt(query, file, offset, { t, maxStatements });

/** The commands of every link in `markdown`. */
function linkedCommands(markdown: string): string[] {
  return [...markdown.matchAll(/\]\((\w+):([\w.]+)/g)].map((m) => `${m[1]}:${m[2]}`);
}

describe('hover cards', () => {
  it('on a person: name, role, aliases and statements as links to their spans', () => {
    const cards = at('b.txt', 51)!;
    assert.deepEqual(cards.span, { start: 50, end: 54 });
    const [card] = cards.sections;
    assert.match(card, /^\*\*Wang Yi\*\*, Foreign Minister/);
    assert.match(card, /Also named\\: Wang, China’s top diplomat/);
    assert.match(card, /\*\*2 statements\*\*/);
    assert.match(card, /\[“Relations are rock solid and will not be swayed”\]\(command:groundedReader\.openSpan\?%5B%22a\.txt%22%2C20%2C67%5D\) — CNN, 2023\\-02\\-22 · said 2023\\-02\\-22/);
  });

  it('on a person with more statements than the setting allows: the first ones and "show all N"', () => {
    const [card] = at('a.txt', 3, 1)!.sections;
    assert.equal(card.match(/^- /gm)?.length, 1);
    assert.match(card, /\[Show all 2 statements\]\(command:groundedReader\.showStatements\?%5B%22wang-yi%22%5D\)/);
  });

  it('on a quote: the speaker, cue, when, source and the same words elsewhere', () => {
    const cards = at('a.txt', 30)!;
    assert.deepEqual(cards.span, { start: 20, end: 67 });
    const [card] = cards.sections;
    assert.match(card, /Said by \*\*Wang Yi\*\*, Foreign Minister/);
    assert.match(card, /cue\\: said · when\\: 2023\\-02\\-22 · in\\: CNN, 2023\\-02\\-22/);
    assert.match(card, /The same words in\\:\n- \[AFP, 2023\\-02\\-23\]\(command:groundedReader\.openSpan\?%5B%22b\.txt%22%2C60%2C107%5D\)/);
  });

  it('on a quote by an unnamed source: the words that describe the source', () => {
    assert.match(at('b.txt', 70)!.sections[0], /Said by a diplomat/);
  });

  it('on a meeting report: label, date, place, participants and the other reports', () => {
    const cards = at('a.txt', 190)!;
    assert.deepEqual(cards.span, { start: 180, end: 220 });
    const [card] = cards.sections;
    assert.match(card, /^\*\*Wang Yi meets Sergei Lavrov, Moscow, 22 Feb 2023\*\*/);
    assert.match(card, /date\\: 2023\\-02\\-22 · place\\: Moscow · reported by 2 articles/);
    assert.match(card, /Participants\\: Wang Yi, Sergei Lavrov, Russia/);
    assert.match(card, /Other reports\\:\n- \[“Lavrov received Wang on Wednesday\\\.”\]\(command:groundedReader\.openSpan\?%5B%22b\.txt%22%2C0%2C40%5D\) — AFP, 2023\\-02\\-23$/);
  });

  it('a meeting with many reports, and words said in many articles: the first ten listed, the rest counted', () => {
    // A wire story in 30 outlets: one meeting report and one quotation in each.
    const files = Array.from({ length: 30 }, (_, i) => `wire${i}.txt`);
    const wire = new CorpusQuery({
      ...index,
      articles: files.map((file, i) => ({ file, title: `Copy ${i}`, outlet: `Outlet ${i}`, published: '2023-03-01', warnings: [] })),
      quotes: files.map((file) => statement(file, 100, 'We will not be swayed by anyone at all', 'wang-yi')),
      events: [{ ...index.events[0], id: 'wire-talks', mentions: files.map((file) => ({ file, start: 0, end: 40, text: 'Wang met Lavrov in Moscow.' })) }],
    });
    const card = (offset: number) => hoverCardsAt(wire, 'wire0.txt', offset, { t, maxStatements: 5 })!.sections[0];
    const meeting = card(10);
    assert.match(meeting, /reported by 30 articles/);
    assert.equal(meeting.match(/^- /gm)?.length, 10);
    assert.match(meeting, /\[Show all 30 reports\]\(command:groundedReader\.showAllReports\?%5B%22wire-talks%22%5D\)$/);
    const quote = card(110);
    assert.equal(quote.match(/^- \[/gm)?.length, 10);
    assert.match(quote, /^- and 19 more$/m);
    for (const c of [meeting, quote]) assert.ok(linkedCommands(c).every((l) => HOVER_COMMANDS.some((ours) => l === `command:${ours}`)), c);
  });

  it('nothing where the index knows nothing', () => {
    assert.equal(at('a.txt', 95), undefined);
    assert.equal(at('z.txt', 0), undefined);
  });

  it('article text cannot add links, HTML or markup: the only links are our own commands', () => {
    for (const offset of [3, 110]) {
      for (const card of at('a.txt', offset, 10)!.sections) {
        assert.ok(linkedCommands(card).every((c) => HOVER_COMMANDS.some((ours) => c === `command:${ours}`)), card);
        assert.doesNotMatch(card, /<b>|(?<!\\)\[partners\]/);
      }
    }
    assert.match(at('a.txt', 110)!.sections[0], /\\\[partners\\\]\\\(command\\:workbench\\\.action\\\.quit\\\) \\<b\\>now\\<\/b\\>/);
  });
});
