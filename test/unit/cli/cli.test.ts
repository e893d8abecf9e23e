import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ENGINE_FLAGS } from '../../../src/node/engineFlags';
import { commonDir } from '../../../src/cli/scanFolder';

const repo = join(__dirname, '..', '..', '..', '..');
const cli = join(repo, 'dist', 'cli.js');

function run(args: string[]) {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('grounded-reader CLI', function () {
  // Each case starts a Node process; on a loaded 2-core machine that alone can take seconds.
  this.timeout(60000);
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'gr-cli-'));
    writeFileSync(join(dir, 'one.txt'), 'Ministers meet in Oslo - Nordic Wire\n\nThe ministers met on Tuesday.\n');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x00, 0x01]));
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'two.txt'), 'Talks resume in Geneva\n\nPublished: 3 May 2022\n\nThe talks resumed.\n');
    mkdirSync(join(dir, 'folder.txt'));
    writeFileSync(join(dir, 'corpus.json'), JSON.stringify({ articles: { 'one.txt': { published: '2021-06-01' } } }));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('index --json lists the articles with title, outlet and date, relative paths, and skipped files with reasons', () => {
    const r = run(['index', dir, '--json']);
    assert.equal(r.code, 0, r.stderr);
    const data = JSON.parse(r.stdout);
    assert.deepEqual(
      data.articles.map((a: { file: string; title: string; outlet: string; published: string }) => [a.file, a.title, a.outlet, a.published]),
      [
        ['one.txt', 'Ministers meet in Oslo', 'Nordic Wire', '2021-06-01'],
        ['sub/two.txt', 'Talks resume in Geneva', null, '2022-05-03'],
      ],
    );
    assert.deepEqual(Object.keys(data).sort(), ['articles', 'events', 'people', 'quotes', 'skipped', 'version']);
    assert.deepEqual(
      data.skipped.map((s: { file: string; reason: string }) => s.file),
      ['binary.txt', 'folder.txt'],
    );
    assert.match(r.stderr, /skipped binary\.txt: binary file/);
  });

  it('errors go to stderr with a non-zero exit', () => {
    const missing = run(['index', join(dir, 'nope')]);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /no such file or folder/);
    assert.equal(missing.stdout, '');
    const unknown = run(['frobnicate']);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /unknown command: frobnicate/);
  });

  it('files in folders that share only the root are read from the root (it once looped for ever)', () => {
    assert.equal(commonDir(['/tmp/a/one.txt', '/work/b/two.txt']), '/');
    assert.equal(commonDir(['/tmp/a/one.txt', '/tmp/b/two.txt']), '/tmp');
    assert.equal(commonDir(['/tmp/a/one.txt']), '/tmp/a');
  });

  it('report prints who said what with file:line:col, or says there is nothing', () => {
    const r = run(['report', dir]);
    assert.equal(r.code, 0, r.stderr);
    assert.ok(r.stdout.length > 0);
  });

  it('a run on files it has read before answers from its snapshot of the index, and reads again what changed', () => {
    const corpus = mkdtempSync(join(tmpdir(), 'gr-cli-snapshot-'));
    const cacheDir = join(corpus, '..', `${corpus.split('/').pop()}-cache`);
    try {
      writeFileSync(join(corpus, 'a.txt'), 'Ministers meet in Oslo\n\nForeign Minister Ana Costa met envoy Sergei Volkov in Oslo on Monday.\n\n"The talks were useful," Costa said.\n');
      writeFileSync(join(corpus, 'b.txt'), 'Envoy speaks\n\nEnvoy Sergei Volkov said on Tuesday that he had met Ana Costa.\n');
      const index = (...more: string[]) => run(['index', corpus, '--json', '--cache-dir', cacheDir, ...more]);
      const first = index();
      assert.equal(first.code, 0, first.stderr);
      const snapshots = readdirSync(cacheDir).filter((f) => f.startsWith('index-'));
      assert.equal(snapshots.length, 1, 'one snapshot written');
      // With the readings spoilt, only an answer from the snapshot is the same index and says nothing.
      for (const f of readdirSync(cacheDir).filter((f) => f.startsWith('readings-'))) writeFileSync(join(cacheDir, f), 'spoilt');
      const warm = index();
      assert.equal(warm.stdout, first.stdout);
      assert.equal(warm.stderr, '');

      writeFileSync(join(corpus, 'b.txt'), 'Envoy speaks\n\nEnvoy Sergei Volkov said on Wednesday that he had met Ana Costa in Oslo.\n');
      const edited = index();
      assert.equal(edited.code, 0, edited.stderr);
      assert.equal(edited.stdout, index('--no-cache').stdout);
      assert.notEqual(edited.stdout, first.stdout);

      writeFileSync(join(cacheDir, snapshots[0]), 'not a snapshot');
      const rebuilt = index();
      assert.equal(rebuilt.stdout, edited.stdout);
      assert.match(rebuilt.stderr, /index snapshot is corrupt .*rebuilding it/);
      assert.equal(index().stderr, '', 'rebuilt once');
    } finally {
      rmSync(corpus, { recursive: true, force: true });
      rmSync(cacheDir, { recursive: true, force: true });
    }
  });

  it('tunes the engine only with flags this Node knows (an unknown one would print an error on every run)', () => {
    const r = spawnSync(process.execPath, [...ENGINE_FLAGS, '-e', '0'], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stderr, '');
    assert.equal(run(['--help']).stderr, '');
  });
});

describe('the reader bundles', () => {
  // The build inlines the lexicon wherever the source names __LEXICON__: named twice, every bundle and
  // every start-up would carry and parse a second copy of it.
  for (const bundle of ['cli.js', 'indexWorker.js']) {
    it(`${bundle} holds the lexicon once`, () => {
      const text = readFileSync(join(repo, 'dist', bundle), 'utf8');
      assert.equal(text.split('Abbreviation\tapprox\t').length - 1, 1);
    });
  }
});
