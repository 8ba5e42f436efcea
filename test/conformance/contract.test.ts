// Drives every operation of the contract: no token, a token without the
// operation's scopes, and an invalid input each get Zoom's answer; every
// operation has a handler (none answers 501) and nothing answers 500.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../support/server.ts';
import { messagePattern } from '../support/contract.ts';
import { loadContract, type Operation } from '../../src/contract.ts';
import { buildRegistry } from '../../src/kit/compose.ts';
import { families } from '../../src/families/index.ts';
import type { InvalidInput } from '../../src/kit/context.ts';
import { documentedErrors } from '../../spec/errors.ts';


const { operations } = loadContract();
const registry = buildRegistry(families);
let s: TestServer;
let unscopedToken: string;

before(async () => {
  s = await startServer();
  const app = await s.admin('POST', `/accounts/${s.sandbox.demo.accountId}/apps`, { name: 'No scopes', scopes: ['switchboard:nothing'] });
  unscopedToken = await s.token(app.body.client_id, app.body.client_secret);
});
after(() => s.close());

function concretePath(op: Operation): string {
  return op.path.replace(/\{(\w+)\}/g, (_, name: string) => (name === 'accountId' ? 'me' : `no-such-${name}`));
}

/** A value that the schema refuses even after Ajv's type coercion. */
function wrongValue(schema: any): unknown {
  const type = Array.isArray(schema?.type) ? schema.type.find((t: string) => t !== 'null') : schema?.type;
  if (schema?.enum) return '__not_a_documented_value__';
  switch (type) {
    case 'string':
      return { not: 'a string' };
    case 'integer':
    case 'number':
      return 'not-a-number';
    case 'boolean':
      return 'not-a-boolean';
    case 'object':
      return 12345;
    default:
      return undefined;
  }
}

/** An invalid request for the operation, or undefined when it takes no input that can be wrong. */
function invalidInput(op: Operation): { body?: unknown; query?: Record<string, string> } | undefined {
  const body: any = op.bodySchema;
  if (body?.type === 'object' || body?.properties) {
    if (body.required?.length) return { body: {} };
    for (const [name, prop] of Object.entries<any>(body.properties ?? {})) {
      const bad = wrongValue(prop);
      if (bad !== undefined) return { body: { [name]: bad } };
    }
  }
  for (const [name, param] of op.queryParams) {
    const schema = param.schema ?? {};
    if (schema.enum) return { query: { [name]: '__not_a_documented_value__' } };
    if (schema.type === 'integer' || schema.type === 'number') return { query: { [name]: 'not-a-number' } };
    if (schema.type === 'boolean') return { query: { [name]: 'not-a-boolean' } };
  }
  return undefined;
}

test('the contract has 387 operations and every handler names one of them', () => {
  assert.equal(operations.length, 387);
  const ids = new Set(operations.map((o) => o.operationId));
  for (const id of registry.keys()) assert.ok(ids.has(id), `handler ${id} matches no operation`);
});

test('no token: 401/124 for every operation', async () => {
  for (const op of operations) {
    const r = await s.api(op.method, concretePath(op), { token: '' });
    assert.equal(r.status, 401, `${op.operationId}`);
    assert.deepEqual(r.body, { code: 124, message: 'Invalid access token.' }, op.operationId);
  }
});

test('a token without the scopes: 400/4711 naming them', async () => {
  let checked = 0;
  for (const op of operations) {
    const needed = [...op.scopes, ...op.granularScopes];
    if (needed.length === 0) continue;
    const r = await s.api(op.method, concretePath(op), { token: unscopedToken });
    assert.equal(r.status, 400, op.operationId);
    assert.equal(r.body.code, 4711, op.operationId);
    assert.ok(r.body.message.includes(needed[0]), `${op.operationId}: ${r.body.message}`);
    checked++;
  }
  assert.ok(checked >= 380, `only ${checked} operations name scopes`);
});

test("an invalid body or parameter: 400/300 with errors[].field, or the page's own error where the family declares one", async () => {
  let checked = 0;
  let documented = 0;
  for (const op of operations) {
    const bad = invalidInput(op);
    if (!bad) continue;
    const r = await s.api(op.method, concretePath(op), { body: bad.body, query: bad.query });
    assert.equal(r.status, 400, `${op.operationId} ${JSON.stringify(bad)} -> ${JSON.stringify(r.body)}`);
    const declared = Object.values(registry.get(op.operationId)?.family.invalidInput?.[op.operationId as keyof InvalidInput] ?? {}) as string[];
    const own = declared.map((name) => (documentedErrors as Record<string, Record<string, { code: number; message: string }>>)[op.operationId][name]);
    if (own.some((e) => e.code === r.body.code && messagePattern(e.message).test(r.body.message))) {
      documented++;
    } else {
      assert.equal(r.body.code, 300, `${op.operationId}: ${JSON.stringify(r.body)}`);
      assert.ok(r.body.errors?.[0]?.field, `${op.operationId}: ${JSON.stringify(r.body)}`);
    }
    checked++;
  }
  assert.ok(documented > 0, 'no declared documented error answered');
  assert.ok(checked > 150, `only ${checked} operations had an invalid input to try`);
});

test('every operation of the contract has a handler: none answers 501, none answers 500', async () => {
  const missing = operations.filter((op) => !registry.has(op.operationId)).map((op) => op.operationId);
  assert.deepEqual(missing, [], 'operations the server does not implement');
  for (const op of operations) {
    const r = await s.api(op.method, concretePath(op), { body: op.bodySchema && !op.bodyRequired ? {} : undefined });
    assert.ok(r.status !== 501 && r.status < 500, `${op.operationId}: ${r.status} ${JSON.stringify(r.body)}`);
  }
});
