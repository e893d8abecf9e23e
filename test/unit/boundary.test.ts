import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const repo = join(__dirname, '..', '..', '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? sourceFiles(p) : /\.tsx?$/.test(name) ? [p] : [];
  });
}

describe('the core boundary', () => {
  it('src/core never imports vscode, node: modules or the editor layer', () => {
    const files = sourceFiles(join(repo, 'src', 'core'));
    assert.ok(files.length > 5, 'found the core sources');
    const offenders = files.filter((f) => {
      const text = readFileSync(f, 'utf8');
      return /from\s+['"](vscode|node:[\w/]+|fs|path|os|child_process)['"]|require\(\s*['"]vscode['"]\s*\)|from\s+['"][./]*\/vscode\//.test(text);
    });
    assert.deepEqual(offenders, []);
  });
});
