import * as assert from 'node:assert/strict';
import { commandLink, escapeMarkdown } from '../../../src/vscode/hover/markdown';

describe('escapeMarkdown: article text renders as text', () => {
  const table: Array<[string, string]> = [
    ['Wang Yi said', 'Wang Yi said'],
    ['[x](command:workbench.action.quit)', '\\[x\\]\\(command\\:workbench\\.action\\.quit\\)'],
    ['<img src=x onerror=alert(1)>', '\\<img src\\=x onerror\\=alert\\(1\\)\\>'],
    ['**bold** and _it_ `code`', '\\*\\*bold\\*\\* and \\_it\\_ \\`code\\`'],
    ['# heading', '\\# heading'],
    ['1. item', '1\\. item'],
    ['- item', '\\- item'],
    ['&amp; &#60;', '\\&amp; \\&\\#60;'],
    ['https://example.com or www.example.com', 'https\\://example\\.com or www\\.example\\.com'],
    ['write to a@b.org; ok?', 'write to a\\@b\\.org; ok?'],
    ['back\\slash', 'back\\\\slash'],
    ['line\n\n---\nbreak', 'line \\-\\-\\- break'],
    ['    indented code', ' indented code'],
    ['![img](x) | table |', '\\!\\[img\\]\\(x\\) \\| table \\|'],
    ['$(zap) ~~strike~~', '\\$\\(zap\\) \\~\\~strike\\~\\~'],
    ['“curly” — Кирилиця', '“curly” — Кирилиця'],
  ];
  for (const [text, expected] of table) {
    it(JSON.stringify(text), () => assert.equal(escapeMarkdown(text), expected));
  }

  it('escapes every character that can start markup, and leaves plain punctuation alone', () => {
    const markup = '\\`*_{}[]()#+-.!|<>~&:@$=';
    assert.equal(escapeMarkdown(markup), [...markup].map((c) => `\\${c}`).join(''));
    assert.equal(escapeMarkdown(`,;'"?%^/`), `,;'"?%^/`);
  });
});

describe('commandLink', () => {
  it('escapes the title and encodes the arguments so that the target cannot be broken out of', () => {
    assert.equal(
      commandLink('a ](command:evil) b', 'groundedReader.openSpan', ['x (1).txt', 3, 9]),
      '[a \\]\\(command\\:evil\\) b](command:groundedReader.openSpan?%5B%22x%20%281%29.txt%22%2C3%2C9%5D)',
    );
  });
});
