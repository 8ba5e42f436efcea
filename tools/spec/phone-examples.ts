// Checks every JSON example of the parsed Phone operations against the schema
// generated for it, the way the server will: Ajv 8 with ajv-formats. Used by
// the parser's test and handy from the command line while working on it:
//   npx tsx tools/spec/phone-examples.ts
import { readFileSync } from 'node:fs';
import { Ajv, type ErrorObject } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { Schema, SourceOperation } from './model.ts';

// ajv-formats is CommonJS; under NodeNext its default export is the module object.
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

export const PHONE_SOURCE = new URL('../../spec/sources/003_58348c648336d730.txt', import.meta.url);
export const EXCEPTIONS_FILE = new URL('../../spec/example-exceptions.txt', import.meta.url);

export interface ExampleCheck {
  /** `METHOD /path | request` or `METHOD /path | response NNN`, as in the exceptions file. */
  where: string;
  /** Instance paths (`a.b.0.c`, `(root)`) that failed; empty when the example validates. */
  failures: { field: string; message: string }[];
}

/** OpenAPI formats the server accepts as is (src/http/app.ts); everything else ajv-formats checks. */
const UNCHECKED_FORMATS = ['int32', 'int64', 'float', 'double', 'byte', 'binary', 'password', 'timezone'];

/** Ajv as the server configures it for validation: strict off, ajv-formats. */
export function newAjv(): Ajv {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  for (const f of UNCHECKED_FORMATS) ajv.addFormat(f, true);
  return ajv;
}

/** Validates every example that has a schema; one entry per example. */
export function checkExamples(operations: SourceOperation[], ajv: Ajv = newAjv()): ExampleCheck[] {
  const out: ExampleCheck[] = [];
  for (const op of operations) {
    const label = `${op.method} ${op.path}`;
    if (op.requestBody && 'example' in op.requestBody) {
      out.push(check(ajv, `${label} | request`, op.requestBody.schema, op.requestBody.example));
    }
    for (const r of op.responses) {
      if (r.schema && 'example' in r) out.push(check(ajv, `${label} | response ${r.status}`, r.schema, r.example));
    }
  }
  return out;
}

function check(ajv: Ajv, where: string, schema: Schema, example: unknown): ExampleCheck {
  const validate = ajv.compile(schema);
  if (validate(example)) return { where, failures: [] };
  return { where, failures: (validate.errors ?? []).map(failure) };
}

function failure(e: ErrorObject): { field: string; message: string } {
  const path = e.instancePath.slice(1).replace(/\//g, '.');
  const field = e.keyword === 'required' ? [path, (e.params as { missingProperty: string }).missingProperty].filter(Boolean).join('.') : path;
  return { field: field || '(root)', message: `${e.keyword}: ${e.message ?? ''}` };
}

/** Lines of spec/example-exceptions.txt that concern the Phone document (`METHOD /path | ... | field | reason`). */
export function readExceptions(text: string): { where: string; field: string; reason: string }[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => line.split(' | '))
    .filter((parts) => parts.length >= 4)
    .map(([op, kind, field, ...reason]) => ({ where: `${op} | ${kind}`, field, reason: reason.join(' | ') }));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { parsePhone } = await import('./parse-phone.ts');
  const started = performance.now();
  const ops = parsePhone(readFileSync(PHONE_SOURCE, 'utf8'));
  const ms = performance.now() - started;
  const checks = checkExamples(ops);
  const failed = checks.filter((c) => c.failures.length > 0);
  for (const c of failed) for (const f of c.failures) console.log(`${c.where} | ${f.field} | ${f.message}`);
  console.log(`${ops.length} operations in ${ms.toFixed(0)} ms; ${checks.length} examples, ${checks.length - failed.length} pass, ${failed.length} fail`);
}
