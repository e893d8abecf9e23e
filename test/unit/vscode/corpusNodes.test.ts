import * as assert from 'node:assert/strict';
import { buildCorpusIndex } from '../../../src/core/index/corpusIndex';
import { CorpusQuery } from '../../../src/core/index/corpusQuery';
import { CorpusNodes, type CorpusNode, type ViewState } from '../../../src/vscode/corpusTree/corpusNodes';
import { index } from './smallCorpusIndex';

const query = new CorpusQuery(index);
const nodes = (state: Partial<ViewState> = {}) => new CorpusNodes(query, { grouping: 'outlet', filter: '', ...state });

/** A readable line per node: kind and what names it. */
function describe_(n: CorpusNode): string {
  switch (n.kind) {
    case 'root': return `${n.root} (${n.count})`;
    case 'group': return `${n.name ?? '-'} (${n.articles.length})`;
    case 'article': return n.article.file;
    case 'person': return `${n.person.name} (${n.statements.length})`;
    case 'statement': return n.statement.text;
    case 'event': return `${n.event.id} (${n.articleCount})`;
    case 'report': return `${n.mention.file}:${n.mention.start}`;
  }
}

function tree(model: CorpusNodes, list = model.roots(), depth = 0): string[] {
  return list.flatMap((n) => [`${'  '.repeat(depth)}${describe_(n)}`, ...tree(model, model.childrenOf(n), depth + 1)]);
}

describe('the Corpus view nodes', () => {
  it('has no roots for an empty corpus, so that the welcome view shows', () => {
    assert.deepEqual(new CorpusNodes(new CorpusQuery(buildCorpusIndex([])), { grouping: 'outlet', filter: '' }).roots(), []);
  });

  it('lists articles by outlet, people by how much they said, meetings by how many articles report them', () => {
    assert.deepEqual(tree(nodes()), [
      'articles (3)',
      '  AFP (1)',
      '    b.txt',
      '      Sergei Lavrov (1)',
      '      Wang Yi (0)',
      '      talks (2)',
      '  CNN (2)',
      '    a.txt',
      '      Wang Yi (2)',
      '      talks (2)',
      '    c.txt',
      '      Silent Person (0)',
      '      call (1)',
      '  - (1)',
      '    d.txt',
      'people (3)',
      '  Wang Yi (2)',
      '    Relations are rock solid and will not be swayed',
      '    We will work with [partners](command:workbench.action.quit) <b>now</b>',
      '  Sergei Lavrov (1)',
      '    We welcome our friend',
      '  Silent Person (0)',
      'meetings (2)',
      '  talks (2)',
      '    a.txt:180',
      '    b.txt:0',
      '  call (1)',
      '    c.txt:20',
    ]);
  });

  it('groups articles by day, newest first, undated last', () => {
    const model = nodes({ grouping: 'date' });
    const [articles] = model.roots();
    assert.deepEqual(model.childrenOf(articles).map(describe_), ['2023-02-23 (1)', '2023-02-22 (1)', '2022-04-04 (1)', '- (1)']);
  });

  it('filters by a name, a quote or a label, keeping the matching children only', () => {
    assert.deepEqual(tree(nodes({ filter: 'ROCK solid' })), ['articles (0)', 'people (1)', '  Wang Yi (1)', '    Relations are rock solid and will not be swayed', 'meetings (0)']);
    assert.deepEqual(tree(nodes({ filter: 'lavrov' })).filter((l) => !l.startsWith('      ')), [
      'articles (2)',
      '  AFP (1)',
      '    b.txt',
      '  CNN (1)',
      '    a.txt',
      'people (1)',
      '  Sergei Lavrov (1)',
      '    We welcome our friend',
      'meetings (1)',
      '  talks (2)',
      '    a.txt:180',
      '    b.txt:0',
    ]);
  });

  it('finds an article node and its parents for "reveal"', () => {
    const model = nodes();
    const node = model.articleNodeOf('c.txt')!;
    assert.equal(node.id, 'article:c.txt');
    assert.equal(node.parent?.id, 'group:outlet:CNN');
    assert.equal(node.parent?.parent?.id, 'root:articles');
    assert.equal(model.articleNodeOf('zzz.txt'), undefined);
  });

  it('gives every node a distinct id', () => {
    const model = nodes();
    const ids: string[] = [];
    const walk = (list: CorpusNode[]): void => list.forEach((n) => (ids.push(n.id), walk(model.childrenOf(n))));
    walk(model.roots());
    assert.equal(new Set(ids).size, ids.length);
  });
});
