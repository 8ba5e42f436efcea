// The TypeScript outputs of `npm run spec` (spec/errors.ts, spec/openapi.d.ts,
// spec/operations.ts) are reproducible, checked in as generated, and guarded
// by `--check` like spec/openapi.json.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { generateAll, OUTPUT, readPriorIds, readSources, ROOT } from '../../tools/spec/main.ts';
import { renderOperationTypes } from '../../tools/spec/operation-types.ts';

const TYPED = [OUTPUT.errors, OUTPUT.declarations, OUTPUT.operations];

test('the typed outputs are deterministic and equal the checked-in files', async () => {
  const { files } = await generateAll(readSources(), readPriorIds());
  for (const file of TYPED) {
    assert.ok(files[file], `${relative(ROOT, file)} is generated`);
    assert.ok(files[file] === readFileSync(file, 'utf8'), `${relative(ROOT, file)} is out of date; run \`npm run spec\``);
  }
  // Only the openapi-typescript step again: generate() has its own determinism test (generator.test.ts).
  const again = await renderOperationTypes(JSON.parse(files[OUTPUT.openapi]));
  assert.ok(again.declarations === files[OUTPUT.declarations], 'spec/openapi.d.ts: two runs differ');
  assert.ok(again.operations === files[OUTPUT.operations], 'spec/operations.ts: two runs differ');
});

test('--check names each hand-edited typed output and passes the untouched ones', () => {
  // A copy of every output, so the checked-in files are never touched.
  const out = mkdtempSync(join(tmpdir(), 'spec-outputs-'));
  try {
    for (const file of Object.values(OUTPUT)) {
      const copy = join(out, relative(ROOT, file));
      mkdirSync(dirname(copy), { recursive: true });
      cpSync(file, copy);
    }
    const edit = (file: string, from: string | RegExp, to: string): void => {
      const copy = join(out, relative(ROOT, file));
      const text = readFileSync(copy, 'utf8');
      const edited = text.replace(from, to);
      assert.notEqual(edited, text, `${relative(ROOT, file)} has ${from}`);
      writeFileSync(copy, edited);
    };
    edit(OUTPUT.errors, "'The site does not exist.'", "'The site does not exist!'");
    edit(OUTPUT.operations, /(getPhoneSiteDetails: \{[^}]*status: )200;/, '$1201;');
    edit(OUTPUT.declarations, 'siteId: string;', 'siteId: number;');

    const r = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('../../tools/spec/main.ts', import.meta.url)), '--check', '--out', out], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    assert.equal(r.status, 1, r.stderr);
    const named = [...r.stderr.matchAll(/^spec: (\S+) is out of date/gm)].map((m) => m[1]).sort();
    assert.deepEqual(named, ['spec/errors.ts', 'spec/openapi.d.ts', 'spec/operations.ts'], r.stderr);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
