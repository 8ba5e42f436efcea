// SourceOperation[] -> the OpenAPI 3.1 document served and checked in as
// spec/openapi.json. The HTTP layer (src/contract.ts) reads this layout, so the
// conventions here are load-bearing: paths without /v2, one operationId per
// operation that never changes once published, parameters with schemas,
// JSON bodies and responses with their examples, and the x- extensions
// carrying scopes, rate-limit label, documented errors and source.
//
// Output must be byte-for-byte reproducible: paths are sorted, methods and
// object keys follow fixed orders, and nothing depends on time or randomness.
import type { DocumentedError, Parameter, ResponseSpec, Schema, SourceOperation } from './model.ts';

export const METHOD_ORDER = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
export const SECURITY_SCHEME = 'openapi_oauth';
export const TOKEN_URL = 'https://zoom.us/oauth/token';
export const SERVER_URL = 'https://api.zoom.us/v2';

/** "METHOD /path" -> operationId, as checked in at spec/operation-ids.json. */
export type OperationIdMap = Record<string, string>;

export const operationKey = (op: Pick<SourceOperation, 'method' | 'path'>): string => `${op.method} ${op.path}`;

/** An error that names the operation it is about, so a failing build says where to look. */
export class AssemblyError extends Error {
  constructor(
    readonly operation: string,
    reason: string,
  ) {
    super(`${operation}: ${reason}`);
  }
}

// ---------------------------------------------------------------------------
// operationIds

/** Zoom marks retired operations in the summary; the marker is not part of the name. */
const DEPRECATED_MARKER = /\s*(⚠️|⚠)?\s*\(?deprecated\)?\s*$/i;

export const isDeprecated = (op: SourceOperation): boolean => DEPRECATED_MARKER.test(op.summary.trim());

/**
 * "List phone users" -> listPhoneUsers; "Get a user's profile" -> getAUsersProfile.
 * Every word is kept (articles too: dropping them would make more summaries
 * collide), apostrophes vanish, and all-capital words are written as words
 * (SMS -> Sms) so the camelCase stays readable.
 */
export function operationIdFromSummary(summary: string): string {
  const words = summary
    .replace(DEPRECATED_MARKER, '')
    .replace(/['’]/g, '')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => (w.length > 1 && w === w.toUpperCase() ? w.toLowerCase() : w));
  if (words.length === 0) throw new Error(`summary "${summary}" yields no operationId`);
  return words.map((w, i) => (i === 0 ? w.toLowerCase() : w[0].toUpperCase() + w.slice(1))).join('');
}

const singular = (s: string): string =>
  s.endsWith('ies') ? s.slice(0, -3) + 'y' : s.endsWith('sses') || s.endsWith('xes') ? s.slice(0, -2) : s.endsWith('s') && !s.endsWith('ss') ? s.slice(0, -1) : s;

const pascal = (segment: string): string =>
  segment
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1).toLowerCase())
    .join('');

/** Lower-cased, singular words of an identifier or path segment, for "does the name already say this?". */
const wordsOf = (s: string): string[] =>
  s
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .map(singular);

/**
 * Where in the API an operation lives, as path segments: the static segments
 * without the generic `phone`/`accounts` prefixes and without the last one
 * (the resource the summary already names); a segment followed by a path
 * parameter names one item, so it is made singular.
 * /phone/users/{userId}/phone_numbers/{id} -> ['user'];
 * /accounts/{accountId}/number_management/numbers -> ['number_management'].
 */
function pathContext(path: string): string[] {
  const segments = path.split('/').filter(Boolean);
  const out: string[] = [];
  segments.forEach((s, i) => {
    if (s.startsWith('{')) return;
    out.push(segments[i + 1]?.startsWith('{') ? singular(s) : s);
  });
  out.pop();
  return out.filter((s, i) => !(i === 0 && (s === 'phone' || s === 'account')));
}

/**
 * Fresh ids for every operation, collisions resolved: members of a group of
 * same-named operations are qualified with `For<Context>` from their paths,
 * using only the context segments that tell them apart and that the name does
 * not already say. A member left with no context keeps the plain name, e.g.
 * GET /phone/numbers -> listPhoneNumbers,
 * GET /phone/carrier_reseller/numbers -> listPhoneNumbersForCarrierReseller,
 * GET /accounts/{accountId}/number_management/numbers -> listPhoneNumbersForNumberManagement.
 */
export function freshOperationIds(ops: SourceOperation[]): { ids: Map<SourceOperation, string>; collisions: string[][] } {
  const groups = new Map<string, SourceOperation[]>();
  for (const op of ops) {
    const base = operationIdFromSummary(op.summary);
    const key = base.toLowerCase();
    groups.set(key, [...(groups.get(key) ?? []), op]);
  }
  const ids = new Map<SourceOperation, string>();
  const collisions: string[][] = [];
  for (const group of groups.values()) {
    if (group.length === 1) {
      ids.set(group[0], operationIdFromSummary(group[0].summary));
      continue;
    }
    const contexts = group.map((op) => {
      const said = new Set(wordsOf(operationIdFromSummary(op.summary)));
      return pathContext(op.path).filter((s) => !wordsOf(s).every((w) => said.has(w)));
    });
    const shared = contexts[0].filter((s) => contexts.every((c) => c.includes(s)));
    const named = group.map((op, i) => {
      const base = operationIdFromSummary(op.summary);
      const context = contexts[i].filter((s) => !shared.includes(s));
      return context.length > 0 ? `${base}For${context.map(pascal).join('')}` : base;
    });
    const seen = new Set<string>();
    group.forEach((op, i) => {
      if (seen.has(named[i].toLowerCase())) {
        throw new AssemblyError(operationKey(op), `operationId ${named[i]} collides and its path does not tell it apart; add an entry to spec/operation-ids.json`);
      }
      seen.add(named[i].toLowerCase());
      ids.set(op, named[i]);
    });
    collisions.push(group.map((op, i) => `${named[i]} = ${operationKey(op)}`));
  }
  return { ids, collisions };
}

/**
 * Published ids win: every entry of the prior map is kept as it is, new
 * operations get fresh ids, and a prior entry naming an operation that no
 * longer exists stops the build (an id is removed only on purpose).
 */
export function assignOperationIds(
  ops: SourceOperation[],
  prior: OperationIdMap,
): { ids: Map<SourceOperation, string>; map: OperationIdMap; collisions: string[][] } {
  const byKey = new Map(ops.map((op) => [operationKey(op), op]));
  const gone = Object.keys(prior).filter((k) => !byKey.has(k));
  if (gone.length > 0) {
    throw new Error(
      `spec/operation-ids.json names operations that no longer exist: ${gone.join(', ')}. ` +
        'operationIds never change once published; remove the entries by hand only if the operations are really gone.',
    );
  }
  const fresh = freshOperationIds(ops);
  const ids = new Map<SourceOperation, string>();
  const owner = new Map<string, string>();
  const claim = (op: SourceOperation, id: string): void => {
    const key = operationKey(op);
    const other = owner.get(id.toLowerCase());
    if (other && other !== key) throw new AssemblyError(key, `operationId ${id} is already used by ${other}`);
    owner.set(id.toLowerCase(), key);
    ids.set(op, id);
  };
  // Prior ids first, so a new operation can never take a published name.
  for (const op of ops) if (prior[operationKey(op)]) claim(op, prior[operationKey(op)]);
  for (const op of ops) {
    if (prior[operationKey(op)]) continue;
    let id = fresh.ids.get(op)!;
    // A published id may hold the fresh name: qualify the newcomer by where it lives.
    if (owner.has(id.toLowerCase())) id = `${operationIdFromSummary(op.summary)}For${pathContext(op.path).map(pascal).join('')}`;
    claim(op, id);
  }
  const map: OperationIdMap = {};
  for (const key of [...byKey.keys()].sort()) map[key] = ids.get(byKey.get(key)!)!;
  return { ids, map, collisions: fresh.collisions };
}

// ---------------------------------------------------------------------------
// Canonical key order

const SCHEMA_KEY_ORDER = [
  'type', 'format', 'title', 'description', 'const', 'enum', 'default',
  'minimum', 'exclusiveMinimum', 'maximum', 'exclusiveMaximum', 'multipleOf',
  'minLength', 'maxLength', 'pattern', 'minItems', 'maxItems', 'uniqueItems',
  'minProperties', 'maxProperties', 'properties', 'required', 'additionalProperties',
  'items', 'allOf', 'oneOf', 'anyOf', 'not', 'deprecated', 'readOnly', 'writeOnly', 'example', 'examples',
];

const rank = (order: string[], key: string): number => {
  const i = order.indexOf(key);
  return i >= 0 ? i : order.length + (key.startsWith('x-') ? 1 : 0);
};

function ordered<T extends object>(obj: T, order: string[]): T {
  const keys = Object.keys(obj).sort((a, b) => rank(order, a) - rank(order, b) || (a < b ? -1 : a > b ? 1 : 0));
  const out: Record<string, unknown> = {};
  for (const k of keys) if ((obj as Record<string, unknown>)[k] !== undefined) out[k] = (obj as Record<string, unknown>)[k];
  return out as T;
}

/** Keywords in a fixed order, recursively; property order stays as documented (it reads better). */
export function canonicalSchema(schema: Schema): Schema {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(schema)) {
    if (k === 'properties' && v) {
      out[k] = Object.fromEntries(Object.entries(v as Record<string, Schema>).map(([n, s]) => [n, canonicalSchema(s)]));
    } else if ((k === 'items' || k === 'not' || (k === 'additionalProperties' && typeof v === 'object')) && v) {
      out[k] = canonicalSchema(v as Schema);
    } else if ((k === 'allOf' || k === 'oneOf' || k === 'anyOf') && Array.isArray(v)) {
      out[k] = v.map((s: Schema) => canonicalSchema(s));
    } else {
      out[k] = v;
    }
  }
  return ordered(out as Schema, SCHEMA_KEY_ORDER);
}

// ---------------------------------------------------------------------------
// Operations

/**
 * Path parameters exactly as the template names them (the parser's
 * declaration kept where it made one, a required string otherwise), then the
 * query parameters in the order their sources gave them.
 */
function parameters(op: SourceOperation): Record<string, unknown>[] {
  const key = operationKey(op);
  const template = [...op.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
  const declaredPath = op.parameters.filter((p) => p.in === 'path');
  for (const p of declaredPath) {
    if (!template.includes(p.name)) throw new AssemblyError(key, `path parameter '${p.name}' is not in the path template`);
  }
  const query = op.parameters.filter((p) => p.in === 'query');
  const names = new Set<string>();
  for (const p of query) {
    if (names.has(p.name)) throw new AssemblyError(key, `query parameter '${p.name}' is declared twice`);
    if (template.includes(p.name)) throw new AssemblyError(key, `'${p.name}' is both a path and a query parameter`);
    names.add(p.name);
  }
  const path: Parameter[] = template.map(
    (name) => declaredPath.find((p) => p.name === name) ?? { name, in: 'path', required: true, schema: { type: 'string' } },
  );
  return [...path, ...query].map((p) =>
    ordered(
      {
        name: p.name,
        in: p.in,
        description: p.description,
        // OpenAPI requires path parameters to be required.
        required: p.in === 'path' ? true : p.required,
        schema: canonicalSchema(p.schema),
        'x-source': p['x-source'],
      },
      ['name', 'in', 'description', 'required', 'schema', 'x-source'],
    ),
  );
}

function media(schema: Schema | undefined, example: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (schema) out.schema = canonicalSchema(schema);
  if (example !== undefined) out.example = example;
  return out;
}

function responses(op: SourceOperation): Record<string, unknown> {
  const key = operationKey(op);
  const byStatus = new Map<number, ResponseSpec>();
  for (const r of op.responses) {
    if (byStatus.has(r.status)) throw new AssemblyError(key, `response ${r.status} is documented twice`);
    byStatus.set(r.status, r);
  }
  // Downloads answer 302 (a redirect to the file) and nothing in 2xx.
  if (![...byStatus.keys()].some((s) => s >= 200 && s < 400)) throw new AssemblyError(key, 'no success or redirect response');
  const out: Record<string, unknown> = {};
  for (const status of [...byStatus.keys()].sort((a, b) => a - b)) {
    const r = byStatus.get(status)!;
    const entry: Record<string, unknown> = { description: r.description };
    // 204 has no body by definition, whatever a rendering may show.
    if (status !== 204 && (r.schema || r.example !== undefined)) {
      entry.content = { [r.contentType ?? 'application/json']: media(r.schema, r.example) };
    }
    out[String(status)] = entry;
  }
  return out;
}

function zoomErrors(op: SourceOperation): DocumentedError[] {
  return op.errors.map((e) => ({ status: e.status, code: e.code, message: e.message }));
}

function operation(op: SourceOperation, operationId: string): Record<string, unknown> {
  const key = operationKey(op);
  if (!op.summary.trim()) throw new AssemblyError(key, 'no summary');
  if (op.tags.length === 0) throw new AssemblyError(key, 'no tags');
  const out: Record<string, unknown> = {
    operationId,
    summary: op.summary,
    description: op.description,
    tags: op.tags,
  };
  if (isDeprecated(op)) out.deprecated = true;
  out.parameters = parameters(op);
  if (op.requestBody) {
    out.requestBody = {
      required: op.requestBody.required,
      content: { [op.requestBody.contentType || 'application/json']: media(op.requestBody.schema, op.requestBody.example) },
    };
  }
  out.responses = responses(op);
  out.security = [{ [SECURITY_SCHEME]: [...op.scopes] }];
  out['x-scopes'] = [...op.scopes];
  out['x-granular-scopes'] = [...op.granularScopes];
  out['x-rate-limit-label'] = op.rateLimitLabel;
  out['x-zoom-errors'] = zoomErrors(op);
  out['x-source'] = op.source;
  return out;
}

// ---------------------------------------------------------------------------
// Document

export interface Assembled {
  doc: Record<string, unknown>;
  operationIds: OperationIdMap;
  /** Groups of operations whose summaries gave the same name, as `id = METHOD /path`. */
  collisions: string[][];
}

export function assemble(ops: SourceOperation[], prior: OperationIdMap = {}): Assembled {
  const seen = new Set<string>();
  for (const op of ops) {
    const key = operationKey(op);
    if (seen.has(key)) throw new AssemblyError(key, 'documented twice');
    if (!METHOD_ORDER.includes(op.method)) throw new AssemblyError(key, `unknown method ${op.method}`);
    if (!op.path.startsWith('/') || op.path.startsWith('/v2/')) throw new AssemblyError(key, 'path must start with / and leave out /v2');
    seen.add(key);
  }
  const { ids, map, collisions } = assignOperationIds(ops, prior);

  const paths: Record<string, Record<string, unknown>> = {};
  const sorted = [...ops].sort(
    (a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : METHOD_ORDER.indexOf(a.method) - METHOD_ORDER.indexOf(b.method)),
  );
  for (const op of sorted) {
    paths[op.path] ??= {};
    paths[op.path][op.method.toLowerCase()] = operation(op, ids.get(op)!);
  }

  const classic = new Set(ops.flatMap((op) => op.scopes));
  const granular = new Set(ops.flatMap((op) => op.granularScopes));
  const scopes: Record<string, string> = {};
  for (const s of [...new Set([...classic, ...granular])].sort()) {
    scopes[s] = classic.has(s) ? 'Classic scope' : 'Granular scope';
  }
  const tags = [...new Set(ops.flatMap((op) => op.tags))].sort().map((name) => ({ name }));

  const doc = {
    openapi: '3.1.0',
    info: {
      title: 'Switchboard: Zoom Phone, Number Management, SIP trunk and SIP phone APIs',
      version: '2',
      description:
        'Generated by tools/spec from the vendored Zoom reference pages in spec/sources; do not edit by hand. ' +
        'Run `npm run spec` to regenerate.',
    },
    servers: [{ url: SERVER_URL }],
    tags,
    paths,
    components: {
      securitySchemes: {
        [SECURITY_SCHEME]: {
          type: 'oauth2',
          description: 'Zoom Server-to-Server OAuth (grant_type=account_credentials); an operation accepts any of its classic or granular scopes.',
          flows: { clientCredentials: { tokenUrl: TOKEN_URL, scopes } },
        },
      },
    },
  };
  return { doc, operationIds: map, collisions };
}

/** The one serialization every output file uses. */
export const toJson = (value: unknown): string => JSON.stringify(value, null, 2) + '\n';
