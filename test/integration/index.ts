// The mocha runner that the extension host loads (extensionTestsPath) and calls run() on, both in
// the code-server harness (scripts/vscode-harness/test.js) and under @vscode/test-electron.
// It runs every *.test.js compiled next to it (out/test/integration/**).
import * as fs from 'fs';
import Mocha from 'mocha';
import * as path from 'path';

/** Where test.js asks for a JSON summary, so it can print the closing "N passed, N failed" line. */
const RESULT_FILE_ENV = 'GROUNDED_READER_TEST_RESULT';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60000 });
  const files = findTestFiles(__dirname);
  if (files.length === 0) {
    return Promise.reject(new Error(`no *.test.js files next to ${__filename}; was the build run?`));
  }
  for (const file of files) {
    mocha.addFile(file);
  }
  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run(failures => {
        const { passes = 0, failures: failed = 0, pending = 0 } = runner.stats ?? {};
        writeResult({ passed: passes, failed, pending, files: files.length });
        if (failures > 0) {
          reject(new Error(`${failures} integration test(s) failed`));
        } else {
          resolve();
        }
      });
    } catch (err) {
      reject(err);
    }
  });
}

function findTestFiles(dir: string): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      found.push(...findTestFiles(full));
    } else if (entry.name.endsWith('.test.js')) {
      found.push(full);
    }
  }
  return found.sort();
}

function writeResult(result: { passed: number; failed: number; pending: number; files: number }): void {
  const file = process.env[RESULT_FILE_ENV];
  if (file) {
    fs.writeFileSync(file, JSON.stringify(result));
  }
}
