// The news-article TextMate grammar, tokenized in Node by the same engine VS Code uses.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

const repo = join(__dirname, '..', '..', '..', '..');
const SCOPE = 'text.news-article';

async function loadGrammar(): Promise<textmate.IGrammar> {
  await oniguruma.loadWASM(readFileSync(join(repo, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm')).buffer);
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({ createOnigScanner: (s) => new oniguruma.OnigScanner(s), createOnigString: (s) => new oniguruma.OnigString(s) }),
    loadGrammar: async (scopeName) =>
      scopeName === SCOPE ? textmate.parseRawGrammar(readFileSync(join(repo, 'syntaxes', 'news-article.tmLanguage.json'), 'utf8'), 'grammar.json') : null,
  });
  const grammar = await registry.loadGrammar(SCOPE);
  if (!grammar) throw new Error(`no grammar for ${SCOPE}`);
  return grammar;
}

/**
 * The coloured pieces of `lines`, as "text = scope": tokens merged by their outermost scope below the
 * root, with the `.news-article` suffix dropped; uncoloured text is left out.
 */
function pieces(grammar: textmate.IGrammar, lines: string[]): string[] {
  const out: Array<{ text: string; scope: string }> = [];
  let state = textmate.INITIAL;
  for (const line of lines) {
    const result = grammar.tokenizeLine(line, state);
    let previous: { text: string; scope: string } | undefined;
    for (const token of result.tokens) {
      const scope = token.scopes[1]?.replace(/\.news-article$/, '');
      const text = line.slice(token.startIndex, token.endIndex);
      if (!scope) previous = undefined;
      else if (previous && previous.scope === scope) previous.text += text;
      else out.push((previous = { text, scope }));
    }
    state = result.ruleStack;
  }
  return out.map((p) => `${p.text} = ${p.scope}`);
}

const HEADLINE = 'markup.heading.headline';
const QUOTE = 'string.quoted.double';
const CUE = 'keyword.other.attribution';
const DATE = 'constant.numeric.date';
const BOILERPLATE = 'comment.line.boilerplate';
const CREDIT = 'comment.line.credit';
const CAPTION = 'comment.line.caption';

const cases: Array<[string, string[], string[]]> = [
  ['the first line is the headline, quotes and all', ['Ministers “agree” in Oslo - Daily Planet', 'Body.'], [`Ministers “agree” in Oslo - Daily Planet = ${HEADLINE}`]],
  ['only the first line is the headline', ['Headline', 'Ministers met.'], [`Headline = ${HEADLINE}`]],
  ['straight quotes are strings', ['', 'He said "we are ready" today.'], [`said = ${CUE}`, `"we are ready" = ${QUOTE}`]],
  ['curly quotes are strings, the cue a keyword', ['', '“We will reach consensus,” Wang told Lavrov.'], [`“We will reach consensus,” = ${QUOTE}`, `told = ${CUE}`]],
  ['guillemets and low-high quotes are strings', ['', 'the «Yandex» and „Tagesschau“ reports'], [`«Yandex» = ${QUOTE}`, `„Tagesschau“ = ${QUOTE}`]],
  ['a quote left open ends with its paragraph', ['', '“No matter what, he stressed', 'Next paragraph said.'], [`“No matter what, he stressed = ${QUOTE}`, `said = ${CUE}`]],
  ['a cue inside a quote is part of the quote', ['', '"I said no," she added.'], [`"I said no," = ${QUOTE}`, `added = ${CUE}`]],
  ['according to and stressed are cues; "saidso" is not', ['', 'According to Peskov, Xi stressed unity; saidso.'], [`According to = ${CUE}`, `stressed = ${CUE}`]],
  [
    'weekdays, month-day-year, day-month-year and ISO dates are constants',
    ['', 'On Wednesday, February 22, 2023, or 22 Feb 2023, or 2023-02-22, or Feb. 3, or June 2022.'],
    [`Wednesday = ${DATE}`, `February 22, 2023 = ${DATE}`, `22 Feb 2023 = ${DATE}`, `2023-02-22 = ${DATE}`, `Feb. 3 = ${DATE}`, `June 2022 = ${DATE}`],
  ],
  ['"may" and a bare month are no dates', ['', 'He may come in March.'], []],
  ['a photo credit is a comment', ['', 'Photo: TASS/Valery Sharifulin', 'Image credit: Reuters'], [`Photo: TASS/Valery Sharifulin = ${CREDIT}`, `Image credit: Reuters = ${CREDIT}`]],
  ['a caption ending in a credit is a comment', ['', 'Wang Yi in Moscow on Wednesday (Sputnik/Grigory Sysoev)'], [`Wang Yi in Moscow on Wednesday (Sputnik/Grigory Sysoev) = ${CAPTION}`]],
  ['a FILE PHOTO caption is a comment', ['', 'FILE PHOTO: Wang Yi said he was ready.'], [`FILE PHOTO: Wang Yi said he was ready. = ${CAPTION}`]],
  [
    'site litter lines are comments',
    ['Skip to main content', 'Advertisement', 'Share', 'Related Articles', 'Read also: Talks end', 'Source link', 'Leave a Comment', 'Spread the love'],
    ['Skip to main content', 'Advertisement', 'Share', 'Related Articles', 'Read also: Talks end', 'Source link', 'Leave a Comment', 'Spread the love'].map((l) => `${l} = ${BOILERPLATE}`),
  ],
  ['litter words inside a sentence are text', ['', 'Readers share the love of news.'], []],
];

describe('the news-article grammar', () => {
  let grammar: textmate.IGrammar;
  before(async () => {
    grammar = await loadGrammar();
  });

  for (const [name, lines, expected] of cases) {
    it(name, () => assert.deepEqual(pieces(grammar, lines), expected));
  }
});
