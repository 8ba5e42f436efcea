// Checks a response against the contract's schema for that operation and status,
// so a happy-path test proves the body is what the documents describe, not just
// what the serializer let through. Schemas are compiled once per operation.
import assert from 'node:assert/strict';
import { appendFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { loadContract, type Operation } from '../../src/contract.ts';
import type { ApiResponse } from './server.ts';

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
    assert.equal(res.body, undefined, `${operationId}: documented without a body`);
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
 * The test runner passes a ledger file; every success body that validated is
 * written to it, and the run fails when an implemented operation never was.
 */
function recordChecked(operationId: string): void {
  const ledger = process.env.SWITCHBOARD_CONTRACT_LEDGER;
  if (ledger) appendFileSync(ledger, operationId + '\n');
}

/** Asserts the answer is the operation's documented error with this code. */
export function assertDocumentedError(operationId: string, res: ApiResponse, code: number): void {
  const op = operation(operationId);
  const doc = op.errors.find((e) => e.code === code);
  assert.ok(doc, `${operationId} documents no error ${code}`);
  assert.equal(res.status, doc.status, `${operationId}: expected ${doc.status}/${code}, got ${res.status} ${JSON.stringify(res.body)}`);
  assert.equal(res.body?.code, code, `${operationId}: expected code ${code}, got ${JSON.stringify(res.body)}`);
}
