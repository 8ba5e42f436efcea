// Checks a response against the contract's schema for that operation and status,
// so a happy-path test proves the body is what the documents describe, not just
// what the serializer let through. Schemas are compiled once per operation.
import assert from 'node:assert/strict';
import { appendFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { loadContract, type Operation } from '../../src/contract.ts';
import type { ApiResponse } from './server.ts';
import { documentedErrors, type DocumentedErrorName } from '../../spec/errors.ts';
import type { OperationId } from '../../spec/operations.ts';
import type { ErrorShape } from '../../src/kit/errors.ts';

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats.default(ajv);
// The documents use these loosely (e.g. "09:00" for time); the server does not check them either.
for (const f of ['int32', 'int64', 'float', 'double', 'byte', 'binary', 'password', 'timezone', 'time']) ajv.addFormat(f, true);

const byId = new Map<string, Operation>(loadContract().operations.map((op) => [op.operationId, op]));
const compiled = new Map<string, ReturnType<typeof ajv.compile>>();

export function operation(operationId: string): Operation {
  const op = byId.get(operationId);
  if (!op) throw new Error(`no operation ${operationId} in the contract`);
  return op;
}

/**
 * Asserts the response has the operation's success status and that its body
 * validates against the documented schema (a 204 has no body).
 */
export function assertContract(operationId: string, res: ApiResponse): void {
  const op = operation(operationId);
  assert.equal(res.status, op.successStatus, `${operationId}: expected ${op.successStatus}, got ${res.status} ${JSON.stringify(res.body)}`);
  const schema = op.responseSchemas[String(op.successStatus)];
  if (!schema) {
    // Documented without a JSON body: a download answers a file of its own type, a redirect its Location, anything else nothing.
    const type = res.headers.get('content-type') ?? '';
    if (op.successStatus >= 300) assert.ok(res.headers.get('location'), `${operationId}: a redirect names where to`);
    else if (type && !/json/.test(type)) assert.ok(res.body !== undefined && String(res.body.length ?? '') !== '0', `${operationId}: the file is empty`);
    else assert.equal(res.body, undefined, `${operationId}: documented without a body`);
    recordChecked(operationId);
    return;
  }
  let validate = compiled.get(operationId);
  if (!validate) {
    validate = ajv.compile(schema);
    compiled.set(operationId, validate);
  }
  assert.ok(validate(res.body), `${operationId} response does not match the contract: ${ajv.errorsText(validate.errors)}`);
  recordChecked(operationId);
}

/**
 * The test runner passes a ledger file; every success body that validated, and
 * every documented error a test drew out, is written to it. A full run fails when
 * an implemented operation was never checked, or when a documented error that a
 * test claims (docs/fidelity.md counts it reachable from that claim) never answered.
 */
function record(line: string): void {
  const ledger = process.env.SWITCHBOARD_CONTRACT_LEDGER;
  if (ledger) appendFileSync(ledger, line + '\n');
}

const recordChecked = (operationId: string) => record(operationId);

type Catalogue = Record<string, Record<string, ErrorShape>>;
const catalogue = documentedErrors as Catalogue;

/** The catalogue name of `operationId`'s documented error: given by name, or by a code only one of its errors has. */
export function documentedErrorName(operationId: string, error: string | number): string {
  const entries = Object.entries(catalogue[operationId] ?? {});
  if (typeof error === 'string') {
    assert.ok(entries.some(([name]) => name === error), `${operationId} documents no error named ${error}`);
    return error;
  }
  const named = entries.filter(([, e]) => e.code === error).map(([name]) => name);
  assert.ok(named.length > 0, `${operationId} documents no error ${error}`);
  assert.equal(named.length, 1, `${operationId} documents ${named.length} errors with code ${error}; name the one meant: ${named.join(', ')}`);
  return named[0];
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A documented message's {placeholders} stand for the values the server fills
 * in; where the page gives a sample after "for example", the server's own
 * details take its place.
 */
export function messagePattern(message: string): RegExp {
  // The page gives the code without words: the server's own words stand.
  if (message === '') return /\S/;
  const sample = /\s*for example\b/i.exec(message);
  const fixed = sample ? message.slice(0, sample.index) : message;
  // A value may be empty (a batch type left out is named by nothing).
  return new RegExp('^' + fixed.split(/\{[\w ]+\}/).map(escape).join('.*') + (sample ? '(\\s.*)?' : '') + '$', 's');
}

/**
 * "Validation Failed. { "field": "x", "message": "Missing field." }": the page
 * writes the answer's `errors` item after its message.
 */
function fieldDetail(message: string): { message: string; error: unknown } | undefined {
  const m = /^(.*?\.)\s*(\{.*\})$/s.exec(message);
  if (!m) return undefined;
  try {
    return { message: m[1], error: JSON.parse(m[2]) };
  } catch {
    return undefined;
  }
}

/**
 * Asserts the answer is the operation's documented error — status, code and
 * message — given by its catalogue name (spec/errors.ts) or by its code where the
 * operation gives that code to one error only.
 */
export function assertDocumentedError<Id extends OperationId>(operationId: Id, res: ApiResponse, error: DocumentedErrorName<Id> | number): void {
  operation(operationId);
  const name = documentedErrorName(operationId, error as string | number);
  const doc = catalogue[operationId][name];
  const what = `${operationId} ${name} (${doc.status}/${doc.code} ${JSON.stringify(doc.message)})`;
  assert.equal(res.status, doc.status, `${what}: got ${res.status} ${JSON.stringify(res.body)}`);
  assert.equal(res.body?.code, doc.code, `${what}: got ${JSON.stringify(res.body)}`);
  const detail = fieldDetail(doc.message);
  if (detail) {
    assert.equal(res.body?.message, detail.message, `${what}: got message ${JSON.stringify(res.body?.message)}`);
    assert.ok(Array.isArray(res.body?.errors), `${what}: got no errors list ${JSON.stringify(res.body)}`);
    assert.ok(res.body.errors.some((e: unknown) => isDeepStrictEqual(e, detail.error)), `${what}: got errors ${JSON.stringify(res.body.errors)}`);
  } else assert.match(String(res.body?.message), messagePattern(doc.message), `${what}: got message ${JSON.stringify(res.body?.message)}`);
  record(`error\t${operationId}\t${name}`);
}

/**
 * Asserts an error the operation's page does not list (a choice listed in
 * docs/undocumented-errors.md): its status, code and message.
 */
export function assertUndocumentedError(res: ApiResponse, status: number, code: number, message: string | RegExp): void {
  const got = `got ${res.status} ${JSON.stringify(res.body)}`;
  assert.equal(res.status, status, got);
  assert.equal(res.body?.code, code, got);
  if (typeof message === 'string') assert.equal(res.body?.message, message, got);
  else assert.match(String(res.body?.message), message, got);
}
