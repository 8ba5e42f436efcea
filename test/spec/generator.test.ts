// The generator itself: reproducible, loud on bad input, and faithful to
// published operationIds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { generate, OUTPUT, readPriorIds, readSources, ROOT, SOURCES_DIR, type Sources } from '../../tools/spec/main.ts';
import { assemble, operationIdFromSummary, freshOperationIds } from '../../tools/spec/assemble.ts';
import type { SourceOperation } from '../../tools/spec/model.ts';

const sources = readSources();
const prior = readPriorIds();
const first = generate(sources, prior);

test('generation is deterministic and equals the checked-in files', () => {
  const second = generate(readSources(), readPriorIds());
  assert.deepEqual(Object.keys(second.files), Object.keys(first.files));
  for (const [file, content] of Object.entries(first.files)) {
    assert.ok(content === second.files[file], `${file}: two runs differ`);
    assert.ok(content === readFileSync(file, 'utf8'), `${file} is out of date; run \`npm run spec\``);
  }
  assert.ok(first.files[OUTPUT.openapi].endsWith('}\n'));
});

/** The sources with one document's text changed. */
const corrupt = (key: keyof Sources, change: (text: string) => string): Sources => ({ ...sources, [key]: change(sources[key] as string) });

/** The first occurrence of `marker` after the heading of the phone operation `summary`. */
function phoneOperationSlice(summary: string, marker: string): { start: number; at: number } {
  const start = sources.phone.indexOf(`### ${summary} `);
  assert.ok(start >= 0, `phone document has "${summary}"`);
  const at = sources.phone.indexOf(marker, start);
  assert.ok(at > start, `"${summary}" has ${marker}`);
  return { start, at };
}

test('a phone operation documented twice stops the build, naming it', () => {
  const { start } = phoneOperationSlice('List phone users', '**Method:**');
  // The next operation heading: `### ` not part of a deeper `#### ` heading.
  const next = /(?<!#)### /g;
  next.lastIndex = start + 4;
  const end = next.exec(sources.phone)?.index ?? sources.phone.length;
  const block = sources.phone.slice(start, end);
  assert.throws(
    () => generate(corrupt('phone', (t) => t.slice(0, end) + block + t.slice(end)), prior),
    (err: Error) => /GET \/phone\/users/.test(err.message),
  );
});

test('a broken JSON example stops the build, naming the operation', () => {
  const { at } = phoneOperationSlice('List phone users', '```json');
  const broken = (t: string): string => t.slice(0, at) + '```json { "users": [ {' + t.slice(at + '```json'.length);
  assert.throws(
    () => generate(corrupt('phone', broken), prior),
    (err: Error) => /List phone users|\/phone\/users/.test(err.message),
  );
});

test('the command exits non-zero with the parse error, naming the operation and quoting the text', () => {
  const dir = mkdtempSync(join(tmpdir(), 'spec-sources-'));
  try {
    cpSync(SOURCES_DIR, dir, { recursive: true });
    const page = readdirSync(dir).find((f) => f.startsWith('004_'))!;
    chmodSync(join(dir, page), 0o644);
    writeFileSync(join(dir, page), sources.sipPhones.replace('POST /sip_phones', 'FETCH /sip_phones'));
    const r = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('../../tools/spec/main.ts', import.meta.url)), '--check', '--sources', dir], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stderr, /POST \/sip_phones/);
    assert.match(r.stderr, /FETCH \/sip_phones/, 'the message quotes the text it stopped at');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('published operationIds are kept, new ones added, vanished ones refused', () => {
  const injected = { ...prior, 'GET /phone/users': 'legacyListOfPhoneUsers' };
  const out = generate(sources, injected);
  const doc = JSON.parse(out.files[OUTPUT.openapi]);
  assert.equal(doc.paths['/phone/users'].get.operationId, 'legacyListOfPhoneUsers');
  const ids = JSON.parse(out.files[OUTPUT.operationIds]);
  assert.equal(ids['GET /phone/users'], 'legacyListOfPhoneUsers');
  assert.equal(Object.keys(ids).length, 387);

  // With no published ids at all every operation still gets a unique one.
  const fresh = JSON.parse(generate(sources, {}).files[OUTPUT.operationIds]);
  assert.equal(new Set(Object.values(fresh)).size, 387);

  assert.throws(
    () => generate(sources, { ...prior, 'GET /phone/no_such_thing': 'noSuchThing' }),
    (err: Error) => err.message.includes('GET /phone/no_such_thing'),
  );
  assert.throws(
    () => generate(sources, { ...prior, 'GET /phone/users': prior['GET /phone/sites'] ?? 'listPhoneSites' }),
    (err: Error) => /already used/.test(err.message),
  );
});

// ---------------------------------------------------------------------------
// Naming, on small inputs

const op = (method: SourceOperation['method'], path: string, summary: string): SourceOperation => ({
  source: 'phone',
  method,
  path,
  summary,
  description: '',
  tags: ['T'],
  scopes: ['phone:read:admin'],
  granularScopes: [],
  rateLimitLabel: 'LIGHT',
  parameters: [],
  responses: [{ status: 200, description: 'OK' }],
  errors: [],
});

test('operationIds are camelCase from the summary', () => {
  assert.equal(operationIdFromSummary('List phone users'), 'listPhoneUsers');
  assert.equal(operationIdFromSummary("Get a user's profile"), 'getAUsersProfile');
  assert.equal(operationIdFromSummary('Get an SMS campaign'), 'getAnSmsCampaign');
  assert.equal(operationIdFromSummary('List phone numbers ⚠️ Deprecated'), 'listPhoneNumbers');
  assert.equal(operationIdFromSummary('Allocate/Unallocate phone numbers'), 'allocateUnallocatePhoneNumbers');
});

test('colliding names are told apart by where the operations live', () => {
  const a = op('GET', '/phone/numbers', 'List phone numbers ⚠️ Deprecated');
  const b = op('GET', '/phone/carrier_reseller/numbers', 'List phone numbers');
  const c = op('GET', '/accounts/{accountId}/number_management/numbers', 'List phone numbers');
  const d = op('DELETE', '/phone/users/{userId}/phone_numbers/{phoneNumberId}', 'Unassign a phone number');
  const e = op('DELETE', '/phone/call_queues/{callQueueId}/phone_numbers/{phoneNumberId}', 'Unassign a phone number');
  const f = op('GET', '/phone/sip_trunk/trunks', 'List BYOC SIP trunks');
  const g = op('GET', '/accounts/{accountId}/number_management/sip_trunks', 'List BYOC SIP trunks');
  const { ids } = freshOperationIds([a, b, c, d, e, f, g]);
  assert.deepEqual(
    [a, b, c, d, e, f, g].map((o) => ids.get(o)),
    [
      'listPhoneNumbers',
      'listPhoneNumbersForCarrierReseller',
      'listPhoneNumbersForNumberManagement',
      'unassignAPhoneNumberForUser',
      'unassignAPhoneNumberForCallQueue',
      'listByocSipTrunks',
      'listByocSipTrunksForNumberManagement',
    ],
  );
  const { doc } = assemble([a, b]);
  assert.equal((doc as any).paths['/phone/numbers'].get.deprecated, true);
  assert.equal((doc as any).paths['/phone/carrier_reseller/numbers'].get.deprecated, undefined);
});

test('the assembler refuses what would make a broken contract, naming the operation', () => {
  const dup = op('GET', '/phone/x', 'Get x');
  assert.throws(() => assemble([dup, { ...dup, summary: 'Get x again' }]), /GET \/phone\/x: documented twice/);
  const stray = { ...op('GET', '/phone/x/{id}', 'Get x'), parameters: [{ name: 'xId', in: 'path' as const, required: true, schema: { type: 'string' } }] };
  assert.throws(() => assemble([stray]), /GET \/phone\/x\/\{id\}: path parameter 'xId'/);
  assert.throws(() => assemble([{ ...op('GET', '/phone/y', 'Get y'), responses: [] }]), /GET \/phone\/y: no success or redirect response/);
  const filled: any = assemble([op('GET', '/phone/x/{xId}/y/{yId}', 'Get y')]).doc;
  assert.deepEqual(
    filled.paths['/phone/x/{xId}/y/{yId}'].get.parameters.map((p: any) => [p.name, p.in, p.required]),
    [
      ['xId', 'path', true],
      ['yId', 'path', true],
    ],
  );
});
