// The size of the packaged extension: the pinned vsce (as `npm run package` runs it, but writing into
// a temp folder), else a zip of the files .vscodeignore keeps.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { deflateRawSync } from 'node:zlib';

const VSCE = '@vscode/vsce@3.2.2';

export async function packageSize(repo, tmp, log = () => {}) {
  const out = join(tmp, 'grounded-reader.vsix');
  const base = ['--yes', VSCE, 'package', '--no-dependencies', '--allow-missing-repository', '-o', out];
  const attempts = [
    { args: base, how: `vsce ${VSCE.split('@').at(-1)} package` },
    // vsce refuses a README with relative images when there is no repository; the size is the same.
    { args: [...base, '--baseContentUrl', 'https://localhost/', '--baseImagesUrl', 'https://localhost/'], how: `vsce package with placeholder --baseImagesUrl` },
  ];
  let why = '';
  for (const a of attempts) {
    const r = spawnSync('npx', a.args, { cwd: repo, encoding: 'utf8', timeout: 180_000 });
    if (r.status === 0) {
      const files = /\((\d+) files/.exec(r.stdout)?.[1] ?? '?';
      return { bytes: statSync(out).size, files, how: why ? `${a.how}; plain vsce failed: ${why}` : a.how };
    }
    why = (r.stderr || r.stdout || String(r.error)).split('\n').find((l) => /ERROR|error/.test(l))?.trim().slice(0, 120) ?? `exit ${r.status}`;
    log(`vsce failed: ${why}`);
  }
  const est = zipEstimate(repo);
  return { ...est, how: `estimated zip of the files .vscodeignore keeps (vsce failed: ${why})` };
}

/** Deflates every file .vscodeignore keeps and adds zip headers: within a few KB of a real VSIX. */
function zipEstimate(repo) {
  const rules = readFileSync(join(repo, '.vscodeignore'), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => ({ keep: l.startsWith('!'), re: globToRegExp(l.replace(/^!/, '')) }));
  const kept = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      const rel = relative(repo, full).split(sep).join('/');
      if (name === 'node_modules' || name === '.git') continue;
      if (statSync(full).isDirectory()) walk(full);
      else {
        let keep = true;
        for (const r of rules) if (r.re.test(rel)) keep = r.keep;
        if (keep) kept.push(full);
      }
    }
  };
  walk(repo);
  let bytes = 22;
  for (const f of kept) {
    const name = relative(repo, f).length + 'extension/'.length;
    bytes += deflateRawSync(readFileSync(f), { level: 9 }).length + 30 + 46 + 2 * name;
  }
  return { bytes: bytes + 2048 /* manifest and content types */, files: kept.length + 2 };
}

function globToRegExp(glob) {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      re += '.*';
      i++;
      if (glob[i + 1] === '/') i++;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}
