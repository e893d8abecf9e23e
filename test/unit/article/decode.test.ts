import * as assert from 'node:assert/strict';
import { decodeArticleBytes } from '../../../src/core/article/decode';
import { utf16, utf8 } from '../robustness/fixtures';

describe('decodeArticleBytes', () => {
  const cases: Array<[string, Uint8Array, { text?: string; skipped?: RegExp; warning?: RegExp }]> = [
    ['plain UTF-8', utf8('Minister said “yes”.'), { text: 'Minister said “yes”.' }],
    ['empty file', new Uint8Array(0), { text: '' }],
    ['UTF-8 BOM is dropped, as the editor does', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Héllo')]), { text: 'Héllo' }],
    ['UTF-16 LE with BOM', utf16('Кремль said', false), { text: 'Кремль said' }],
    ['UTF-16 BE with BOM', utf16('北京 said', true), { text: '北京 said' }],
    ['CRLF is kept so offsets match the editor', utf8('a\r\nb'), { text: 'a\r\nb' }],
    ['invalid UTF-8 is repaired with a warning', new Uint8Array([0x41, 0xc3, 0x28, 0x42]), { text: 'A\uFFFD(B', warning: /invalid UTF-8/ }],
    ['a NUL byte means binary', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]), { skipped: /binary/ }],
    [
      'mojibake is read as it is, with a warning',
      utf8('The envoy said â€œwe are readyâ€\u009d and the CafÃ© was closed â€“ for now.'),
      { text: 'The envoy said â€œwe are readyâ€\u009d and the CafÃ© was closed â€“ for now.', warning: /mis-decoded/ },
    ],
    ['text read as the Thai code page too', utf8('He said โ€œyesโ€ and โ€œnoโ€.'), { text: 'He said โ€œyesโ€ and โ€œnoโ€.', warning: /mis-decoded/ }],
    ['one "Ã©" on purpose is no mojibake', utf8('The word CafÃ© is a typo.'), { text: 'The word CafÃ© is a typo.' }],
    ['accents and quotation marks in good UTF-8 are none', utf8('Élysée said “ça va” — José’s café.'), { text: 'Élysée said “ça va” — José’s café.' }],
  ];
  for (const [name, bytes, expected] of cases) {
    it(name, () => {
      const d = decodeArticleBytes(bytes);
      if (expected.skipped) {
        assert.equal(d.ok, false);
        assert.match((d as { reason: string }).reason, expected.skipped);
        return;
      }
      assert.ok(d.ok);
      assert.equal(d.text, expected.text);
      if (expected.warning) assert.match(d.warnings.join('\n'), expected.warning);
      else assert.deepEqual(d.warnings, []);
    });
  }

  it('a file over the size limit is skipped with its size', () => {
    const d = decodeArticleBytes(new Uint8Array(3 * 1024 * 1024), 2 * 1024 * 1024);
    assert.equal(d.ok, false);
    assert.match((d as { reason: string }).reason, /too large \(3\.0 MB; the limit is 2\.0 MB\)/);
  });
});
