// Checks the JSON examples of parsed operations against the schemas generated
// for them, the way the server will (Ajv 8, strict off, ajv-formats), and
// checks that every key an example shows has a place in the schema: examples
// validate trivially against a schema that is too loose (no
// additionalProperties: false), so the second check is what proves the
// nesting was recovered. Used by the Number Management and page parser tests;
// from the command line it prints every failure:
//   npx tsx tools/spec/nm-examples.ts
import { readFileSync } from 'node:fs';
import { Ajv, type ErrorObject } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { Schema, SourceOperation } from './model.ts';
import { parseNumberManagement } from './parse-number-management.ts';
import { parsePage } from './parse-pages.ts';

// ajv-formats is CommonJS; under NodeNext its default export is the module object.
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

export const NM_SOURCE = new URL('../../spec/sources/002_63b1b7e02090bd42.txt', import.meta.url);
export const NM_PARAMETERS = new URL('../../spec/sources/number-management-parameters.json', import.meta.url);
export const EXCEPTIONS_FILE = new URL('../../spec/example-exceptions.txt', import.meta.url);

/** OpenAPI formats the server accepts as is; everything else ajv-formats checks. */
const UNCHECKED_FORMATS = ['int32', 'int64', 'float', 'double', 'byte', 'binary', 'password'];

export function newAjv(): Ajv {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  for (const f of UNCHECKED_FORMATS) ajv.addFormat(f, true);
  return ajv;
}

export interface Example {
  /** `METHOD /path`. */
  key: string;
  /** `request` or `response NNN`, as in spec/example-exceptions.txt. */
  where: string;
  schema: Schema;
  example: unknown;
}

export function examplesOf(operations: SourceOperation[]): Example[] {
  const out: Example[] = [];
  for (const op of operations) {
    const key = `${op.method} ${op.path}`;
    if (op.requestBody && op.requestBody.example !== undefined) {
      out.push({ key, where: 'request', schema: op.requestBody.schema, example: op.requestBody.example });
    }
    for (const r of op.responses) {
      if (r.schema && r.example !== undefined) out.push({ key, where: `response ${r.status}`, schema: r.schema, example: r.example });
    }
  }
  return out;
}

export interface Failure {
  key: string;
  where: string;
  /** Dotted instance path (`numbers.0.status`) or `(root)`. */
  field: string;
  message: string;
}

/** Ajv failures of every example, one per failing field. */
export function validationFailures(examples: Example[], ajv: Ajv = newAjv()): Failure[] {
  return examples.flatMap((ex) => {
    const validate = ajv.compile(ex.schema);
    if (validate(structuredClone(ex.example))) return [];
    return (validate.errors ?? []).map((e) => ({ key: ex.key, where: ex.where, field: fieldOf(e), message: `${e.keyword}: ${e.message ?? ''}` }));
  });
}

function fieldOf(e: ErrorObject): string {
  const parts = e.instancePath.split('/').filter(Boolean).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (e.keyword === 'required') parts.push((e.params as { missingProperty: string }).missingProperty);
  return parts.length > 0 ? parts.join('.') : '(root)';
}

/** Keys an example shows that its schema has no place for (`numbers.0.carrier.code`). */
export function unplacedKeys(schema: Schema, example: unknown, path: string[] = []): string[] {
  if (Array.isArray(example)) {
    return schema.items ? example.flatMap((v, i) => unplacedKeys(schema.items!, v, [...path, String(i)])) : [];
  }
  if (example === null || typeof example !== 'object') return [];
  return Object.entries(example).flatMap(([k, v]) => {
    const child = schema.properties?.[k];
    return child ? unplacedKeys(child, v, [...path, k]) : [[...path, k].join('.')];
  });
}

export interface ExceptionLine {
  line: string;
  key: string;
  where: string;
  field: string;
  reason: string;
}

/** `METHOD /path | request|response NNN | field.path | reason`; blank lines and # comments ignored. */
export function readExceptions(text = readFileSync(EXCEPTIONS_FILE, 'utf8')): ExceptionLine[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'))
    .map((line) => {
      const [key, where, field, ...reason] = line.split(' | ');
      return { line, key, where, field, reason: reason.join(' | ') };
    });
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  const dir = new URL('../../spec/sources/', import.meta.url);
  const ops = [
    ...parseNumberManagement(readFileSync(NM_SOURCE, 'utf8'), JSON.parse(readFileSync(NM_PARAMETERS, 'utf8'))),
    parsePage(readFileSync(new URL('000_7cff508f6f6d8b45.txt', dir), 'utf8'), 'internal-numbers'),
    parsePage(readFileSync(new URL('001_8cfb061a3beadcfb.txt', dir), 'utf8'), 'sip-trunks'),
    parsePage(readFileSync(new URL('004_05bd5b3e700f14b4.txt', dir), 'utf8'), 'sip-phones'),
  ];
  const examples = examplesOf(ops);
  const failures = validationFailures(examples);
  for (const f of failures) console.log(`${f.key} | ${f.where} | ${f.field} | ${f.message}`);
  for (const ex of examples) for (const k of unplacedKeys(ex.schema, ex.example)) console.log(`${ex.key} | ${ex.where} | ${k} | no place in the schema`);
  const failed = new Set(failures.map((f) => `${f.key} | ${f.where}`));
  console.log(`${ops.length} operations; ${examples.length} examples, ${examples.length - failed.size} validate, ${failed.size} fail`);
}
