// A small hand-made index for the vscode-free helpers of the editor layer.
import type { CorpusIndexData } from '../../../src/core/index/corpusQuery';
import type { Statement } from '../../../src/core/model';

export function statement(file: string, start: number, text: string, speaker: string | null, extra: Partial<Statement> = {}): Statement {
  return { file, start, end: start + text.length, text, kind: 'direct', speaker, speakerText: null, speakerSpan: null, cue: 'said', when: null, flags: [], ...extra };
}

export const index: CorpusIndexData = {
  version: 'test',
  articles: [
    { file: 'a.txt', title: 'Wang Yi in Moscow', outlet: 'CNN', published: '2023-02-22', warnings: [] },
    { file: 'b.txt', title: 'Talks in Moscow', outlet: 'AFP', published: '2023-02-23', warnings: [] },
    { file: 'c.txt', title: 'An older piece', outlet: 'CNN', published: '2022-04-04', warnings: [] },
    { file: 'd.txt', title: 'No outlet, no date', outlet: null, published: null, warnings: [] },
  ],
  people: [
    { id: 'wang-yi', name: 'Wang Yi', aliases: ['Wang', 'China’s top diplomat'], role: 'Foreign Minister', mentions: [{ file: 'a.txt', start: 0, end: 7 }, { file: 'b.txt', start: 50, end: 54 }] },
    { id: 'sergei-lavrov', name: 'Sergei Lavrov', aliases: [], role: null, mentions: [{ file: 'b.txt', start: 10, end: 23 }] },
    { id: 'nobody', name: 'Silent Person', aliases: [], role: null, mentions: [{ file: 'c.txt', start: 0, end: 13 }] },
  ],
  quotes: [
    statement('a.txt', 20, 'Relations are rock solid and will not be swayed', 'wang-yi', { when: '2023-02-22' }),
    statement('a.txt', 100, 'We will work with [partners](command:workbench.action.quit) <b>now</b>', 'wang-yi'),
    statement('b.txt', 60, 'relations are rock solid and will not be swayed', null, { speakerText: 'a diplomat', cue: 'told' }),
    statement('b.txt', 200, 'We welcome our friend', 'sergei-lavrov'),
  ],
  events: [
    {
      id: 'talks', kind: 'talks', label: 'Wang Yi meets Sergei Lavrov, Moscow, 22 Feb 2023', date: '2023-02-22', place: 'Moscow', participants: ['wang-yi', 'sergei-lavrov', 'Russia'],
      mentions: [{ file: 'a.txt', start: 180, end: 220, text: 'Wang met Lavrov in Moscow.' }, { file: 'b.txt', start: 0, end: 40, text: 'Lavrov received Wang on Wednesday.' }],
    },
    { id: 'call', kind: 'call', label: 'Call', date: null, place: null, participants: [], mentions: [{ file: 'c.txt', start: 20, end: 30, text: 'They spoke by phone.' }] },
  ],
  skipped: [],
};
