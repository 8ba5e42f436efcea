// Malformed requests, derived from each operation's contract schemas, to every
// one of the contract's operations, over real HTTP on either backend. Whatever
// a client sends:
//   1. nothing answers 5xx, but 501 from an operation no family implements;
//   2. every error is Zoom's `{ code, message }`, never a framework's body;
//   3. a rejected request (any 4xx) leaves every row of the database as it was.
// The cases are enumerated from the contract, not drawn at random (so no
// seed: the list is the same on every run, only the ids the demo seed makes
// differ): per operation, each path parameter, each query parameter and each
// body field (at any depth) broken one at a time in the ways its schema says
// matter, the rest of the request valid, plus the body and its content type as
// a whole. Operations with a handler get more (values validation lets through
// for the handler to judge); the others only show the contract's validation,
// the same code for each. About 10,400 requests: about a minute of wall time
// per backend on a 2-core machine busy with other runs (load average 10).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { connect } from 'node:net';
import { sql } from 'kysely';
import pg from 'pg';
import { startServer, isPostgres, type TestServer } from '../support/server.ts';
import { loadContract, DEFAULT_MAX_ITEMS, DEFAULT_MAX_STRING, type Operation } from '../../src/contract.ts';
import { MAX_BODY_DEPTH } from '../../src/http/protocol.ts';
import { BODY_LIMIT_BYTES } from '../../src/http/errors.ts';
import { stateTables } from '../../src/store/db.ts';
import { buildRegistry } from '../../src/kit/compose.ts';
import { families } from '../../src/families/index.ts';

const { operations } = loadContract();
const implemented = buildRegistry(families);

/**
 * Tables left out of the snapshot. `stateTables` already leaves out Kysely's
 * migration bookkeeping (`kysely_migration*`, written at start only).
 * `rate_counters` (src/platform/rate-limits.ts) is counted up by every
 * authenticated request in the onRequest guard, before validation, so a
 * rejected request legitimately changes it (startServer turns rate limits off,
 * but the property must not depend on that). Every other table is state and is
 * compared, `tokens` and `meta` included: only POST /oauth/token writes the
 * first, only start-up, the CLI and the control plane the second.
 */
const BOOKKEEPING = new Set(['rate_counters']);

// ---------------------------------------------------------------- the values

const OVERLONG_PATH = 'a'.repeat(3000);
/** Past the default maximum of a string the documents give none (DEFAULT_MAX_STRING). */
const OVERLONG_STRING = 'x'.repeat(Math.max(5000, DEFAULT_MAX_STRING + 1));
const PAST_INT32 = 2147483648;
const NOT_DOCUMENTED = '__not_a_documented_value__';
/** Bodies are walked this deep for fields to break: past the deepest the contract documents (6), a guard only. */
const MAX_FIELD_DEPTH = 8;

/** Path parameter values, %-encoded, that are well formed yet name nothing, in the shapes a handler may parse. */
const ODD_IDS: [string, string][] = [
  ['zero', '0'],
  ['20 digits', '99999999999999999999'],
  ['an E.164 number nobody has', '%2B19995550100'],
  ['me', 'me'],
  ['an encoded slash', 'a%2Fb'],
  ['a blank', '%20'],
  ['quotes and LIKE wildcards', `%25_%5C'%22`],
];

const typeOf = (schema: any): string | undefined => (Array.isArray(schema?.type) ? schema.type.find((t: string) => t !== 'null') : schema?.type);

/**
 * Plausible values by field name, read from the seeded account's lists (a
 * `site_id` is the id of a site there, a `phone_number` one of its numbers), so
 * that a request broken in one field is otherwise one the handler goes on to
 * act on, rather than one it refuses at its first lookup.
 */
const hints = new Map<string, unknown>();

const singular = (name: string) => name.replace(/ies$/, 'y').replace(/s$/, '');

/** Records every scalar of a JSON answer under its key, and under `<parent>.<key>`: `sites[].id` is `site.id`. */
function harvest(value: unknown, parent = ''): void {
  const record = (key: string, v: unknown) => {
    if (!hints.has(key) && v !== '' && v !== null) hints.set(key, v);
  };
  if (Array.isArray(value)) {
    for (const item of value) harvest(item, parent);
    return;
  }
  if (!value || typeof value !== 'object') return;
  for (const [key, v] of Object.entries(value)) {
    if (Array.isArray(v) && v.length && (typeof v[0] !== 'object' || v[0] === null)) record(`${key}[]`, v[0]);
    else if (v !== null && typeof v === 'object') harvest(v, key);
    else {
      if (key !== 'id') record(key, v);
      if (parent) record(`${singular(parent)}.${key}`, v);
    }
  }
}

/** The hinted value for a field named `name` of this schema, if one fits it. */
function hinted(name: string | undefined, schema: any): unknown {
  if (!name) return undefined;
  const base = name.replace(/_ids?$/, '');
  const keys = [name, `${name}[]`, singular(name), `${singular(name)}_id`, `${base}.id`, `${singular(base)}.id`, `${base}_id`];
  const type = typeOf(schema);
  for (const key of keys) {
    const v = hints.get(key);
    if (v === undefined) continue;
    if (type === 'string' && typeof v === 'string' && v.length <= (schema.maxLength ?? Infinity) && v.length >= (schema.minLength ?? 0) && !schema.format) return v;
    if ((type === 'integer' || type === 'number') && typeof v === 'number' && Number.isInteger(v) === (type === 'integer' || Number.isInteger(v))) {
      if (v >= (schema.minimum ?? -Infinity) && v <= (schema.maximum ?? Infinity)) return v;
    }
  }
  return undefined;
}

/** A value the schema accepts, as small as it allows (required properties only), plausible where a hint fits. */
function validValue(schema: any, name?: string): unknown {
  if (!schema || typeof schema !== 'object') return 'x';
  if (schema.anyOf) return validValue(schema.anyOf[0], name);
  if (schema.oneOf) return validValue(schema.oneOf[0], name);
  if (schema.enum) return schema.enum[0];
  const hint = hinted(name, schema);
  if (hint !== undefined) return hint;
  switch (typeOf(schema)) {
    case 'string':
      switch (schema.format) {
        case 'date':
          return '2024-01-02';
        case 'date-time':
          return '2024-01-02T03:04:05Z';
        case 'email':
          return 'fuzz@example.com';
        case 'time':
          return '09:00';
        default:
          return 'x'.repeat(Math.max(1, schema.minLength ?? 1));
      }
    case 'integer':
    case 'number':
      return Math.max(1, schema.minimum ?? 1);
    case 'boolean':
      return true;
    case 'array':
      return Array.from({ length: Math.max(1, schema.minItems ?? 1) }, () => validValue(schema.items, name));
    case 'object':
    default: {
      const out: Record<string, unknown> = {};
      for (const prop of schema.required ?? []) if (schema.properties?.[prop]) out[prop] = validValue(schema.properties[prop], prop);
      return out;
    }
  }
}

/** Values of the wrong type that Ajv's coercion (`coerceTypes: 'array'`) cannot turn into the right one. */
function wrongType(schema: any): unknown {
  switch (typeOf(schema)) {
    case 'string':
      return { not: 'a string' };
    case 'integer':
    case 'number':
      return 'not-a-number';
    case 'boolean':
      return 'not-a-boolean';
    case 'array':
      return { not: 'an array' };
    default:
      return 'not-an-object';
  }
}

interface Mutation {
  label: string;
  value: unknown;
}

/**
 * What to put in one body field instead of a valid value. `deep` (here and
 * below: the operation has a handler; without one only the contract's
 * validation answers, the same code for every operation) adds values
 * validation lets through for a handler to judge (empty, zero, the int32
 * maximum, an unknown reference, repeated or half-unknown lists): only worth
 * sending where a handler exists.
 */
function fieldMutations(schema: any, name: string, required: boolean, deep: boolean): Mutation[] {
  const type = typeOf(schema);
  const out: Mutation[] = [{ label: 'wrong type', value: wrongType(schema) }];
  if (schema?.enum) out.push({ label: 'unknown enum value', value: typeof schema.enum[0] === 'number' ? 987654 : NOT_DOCUMENTED });
  else if (type === 'string') {
    out.push({ label: 'NUL', value: 'a\u0000b' }, { label: '5000 chars', value: OVERLONG_STRING });
    if (schema.format) out.push({ label: `not a ${schema.format}`, value: 'not-a-value' });
    if (deep) out.push({ label: 'empty', value: '' }, { label: 'unknown', value: `no-such-${name}` }, { label: 'quotes and LIKE wildcards', value: `%_\\'"` });
  } else if (type === 'integer' || type === 'number') {
    out.push({ label: 'past int32', value: PAST_INT32 }, { label: '1e23', value: 1e23 }, { label: '-1', value: -1 });
    if (deep) out.push({ label: '0', value: 0 }, { label: 'int32 max', value: 2147483647 });
  } else if (type === 'array') {
    const item = validValue(schema.items, name);
    out.push({ label: `${DEFAULT_MAX_ITEMS + 1} items`, value: Array.from({ length: DEFAULT_MAX_ITEMS + 1 }, () => item) });
    if (deep) {
      const typeOfItems = typeOf(schema.items);
      const unknown = typeOfItems === 'string' && !schema.items.enum ? `no-such-${singular(name)}` : typeOfItems === 'object' ? validValue(schema.items) : item;
      out.push({ label: 'empty', value: [] }, { label: 'one item twice', value: [item, item] }, { label: 'a known item then an unknown one', value: [item, unknown] });
    }
  }
  if (deep && type !== 'object' && type !== 'array') {
    // One item coerces to the scalar; two cannot.
    const one = validValue(schema, name);
    out.push({ label: 'array for a scalar', value: [one, one] });
  }
  // null coerces to "", 0 or false for a scalar: a required one must still make sense of it.
  if (required && type !== 'object' && type !== 'array') out.push({ label: 'null', value: null });
  return out;
}

type Segment = string | number;

interface Field {
  path: Segment[];
  schema: any;
  required: boolean;
}

/** Every field of a body schema (object properties and the first item of arrays), to MAX_FIELD_DEPTH. */
function fieldsOf(schema: any, path: Segment[] = [], depth = 0): Field[] {
  if (!schema || depth >= MAX_FIELD_DEPTH) return [];
  if (schema.anyOf) return fieldsOf(schema.anyOf[0], path, depth);
  const type = typeOf(schema);
  if (type === 'array') return fieldsOf(schema.items, [...path, 0], depth + 1);
  if (type !== 'object' && !schema.properties) return [];
  const out: Field[] = [];
  for (const [name, prop] of Object.entries<any>(schema.properties ?? {})) {
    const here = [...path, name];
    out.push({ path: here, schema: prop, required: (schema.required ?? []).includes(name) });
    out.push(...fieldsOf(prop, here, depth + 1));
  }
  return out;
}

/** The schema at a path inside a body schema. */
function schemaAt(schema: any, path: Segment[]): any {
  let s = schema;
  for (const seg of path) {
    if (s?.anyOf) s = s.anyOf[0];
    s = typeof seg === 'number' ? s?.items : s?.properties?.[seg];
  }
  return s;
}

/** The body with `value` at `path` (or the field removed), the parents it needs made valid. */
function withField(bodySchema: any, base: unknown, path: Segment[], value: unknown, remove = false): unknown {
  const root = structuredClone(base);
  let node: any = root;
  for (let i = 0; i < path.length - 1; i++) {
    const seg = path[i];
    if (node[seg] === undefined || node[seg] === null || typeof node[seg] !== 'object') node[seg] = validValue(schemaAt(bodySchema, path.slice(0, i + 1)), typeof seg === 'string' ? seg : undefined);
    node = node[seg];
  }
  const last = path[path.length - 1];
  if (remove) {
    if (Array.isArray(node)) node.splice(Number(last), 1);
    else delete node[last];
  } else node[last] = value;
  return root;
}

const fieldName = (path: Segment[]) => path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');

// ---------------------------------------------------------------- the cases

interface Case {
  operationId: string;
  what: string;
  method: string;
  /** After /v2, with its query string. */
  url: string;
  raw?: string;
  contentType?: string;
}

/** Ids that exist in the demo seed, so that malformed input reaches the handlers rather than their lookup. */
type KnownIds = Record<string, string>;

function pathWith(op: Operation, ids: KnownIds, name?: string, value?: string): string {
  return op.path.replace(/\{(\w+)\}/g, (_, p: string) => (p === name ? value! : encodeURIComponent(ids[p] ?? `no-such-${p}`)));
}

function queryText(pairs: [string, string][]): string {
  return pairs.length ? '?' + pairs.map(([k, v]) => `${encodeURIComponent(k)}=${v}`).join('&') : '';
}

/** Values in the query string, already %-encoded. */
function queryMutations(name: string, schema: any, deep: boolean): Mutation[] {
  const type = typeOf(schema);
  const nul = { label: 'NUL', value: 'a%00b' };
  if (type === 'array') {
    // Short items, so that the list stays inside Node's 16 KiB request head and reaches validation.
    const item = schema.items?.enum ? schema.items.enum[0] : typeOf(schema.items) === 'string' ? 'x' : validValue(schema.items);
    const out: Mutation[] = [
      { label: `${DEFAULT_MAX_ITEMS + 1} items`, value: Array.from({ length: DEFAULT_MAX_ITEMS + 1 }, () => encodeURIComponent(String(item))).join(',') },
      { label: 'NUL item', value: 'a%00b' },
    ];
    if (schema.items?.enum) out.push({ label: 'unknown enum item', value: NOT_DOCUMENTED });
    return out;
  }
  const asArray = { label: 'array for a scalar', value: ['1', '2'] };
  if (schema?.enum) return [{ label: 'unknown enum value', value: NOT_DOCUMENTED }, asArray, nul];
  switch (type) {
    case 'integer':
    case 'number':
      return [
        { label: 'wrong type', value: 'abc' },
        ...['0', '-1', '1e23', '2147483648', '10000000000', '2.5'].map((v) => ({ label: v, value: v })),
        asArray,
        nul,
      ];
    case 'boolean':
      return [{ label: 'wrong type', value: 'maybe' }, asArray, nul];
    default: {
      const out: Mutation[] = [asArray, nul, { label: '5000 chars', value: OVERLONG_STRING }, { label: 'bad %-escape', value: '%E0%A4%A' }];
      // Values a filter must take as text, for a handler to search with.
      if (deep) out.push({ label: 'quotes and LIKE wildcards', value: `%25_%5C'%22` }, { label: 'blank', value: '%20' });
      if (schema?.format === 'date' || schema?.format === 'date-time') out.push({ label: `not a ${schema.format}`, value: 'not-a-date' });
      return out;
    }
  }
}

function casesFor(op: Operation, ids: KnownIds): Case[] {
  const cases: Case[] = [];
  const deep = implemented.has(op.operationId);
  const body: any = op.bodySchema;
  const baseBody = body ? validValue(body) : undefined;
  const baseRaw = body ? JSON.stringify(baseBody) : undefined;
  const requiredQuery: [string, string][] = [...op.queryParams.values()]
    .filter((p) => p.required)
    .map((p) => [p.name, encodeURIComponent(String(validValue(p.schema, p.name)))]);
  const basePath = pathWith(op, ids);
  const NO_BODY = Symbol('no body');
  const add = (what: string, url: string, sent: string | undefined | typeof NO_BODY = baseRaw, contentType = 'application/json') =>
    cases.push(
      sent === NO_BODY || sent === undefined
        ? { operationId: op.operationId, what, method: op.method, url }
        : { operationId: op.operationId, what, method: op.method, url, raw: sent, contentType },
    );

  // Path parameters.
  const paramsSchema: any = op.paramsSchema;
  for (const name of op.pathParams) {
    const at = (value: string) => pathWith(op, ids, name, value) + queryText(requiredQuery);
    add(`path ${name}: NUL`, at('ab%00cd'));
    add(`path ${name}: bad %-escape`, at('ab%E0%A4%A'));
    add(`path ${name}: 3000 chars`, at(OVERLONG_PATH));
    add(`path ${name}: unknown`, at(name === 'accountId' ? 'no-such-account' : `no-such-${name}`));
    const type = typeOf(paramsSchema?.properties?.[name]);
    if (type === 'integer' || type === 'number') {
      add(`path ${name}: wrong type`, at('abc'));
      add(`path ${name}: past int32`, at(String(PAST_INT32)));
    }
    // Ids of other shapes, for a handler that reads an id as a number, a phone number or an alias.
    if (deep) {
      for (const [label, value] of ODD_IDS) add(`path ${name}: ${label}`, at(value));
    }
  }

  // Query parameters, one broken at a time, the required ones otherwise valid.
  for (const [name, param] of op.queryParams) {
    for (const m of queryMutations(name, param.schema, deep)) {
      const others = requiredQuery.filter(([k]) => k !== name);
      const pairs: [string, string][] = Array.isArray(m.value) ? m.value.map((v) => [name, v]) : [[name, String(m.value)]];
      add(`query ${name}: ${m.label}`, basePath + queryText([...others, ...pairs]));
    }
  }

  // The body as a whole.
  const url = basePath + queryText(requiredQuery);
  if (body) {
    add('body: not JSON', url, '{"not json":');
    const topType = typeOf(body);
    add('body: JSON of the wrong type', url, topType === 'array' ? '{"not":"an array"}' : '["not an object"]');
    if (deep) {
      add('body: a JSON string', url, '"text"');
      add('body: null', url, 'null');
    }
    const nested = '{"nested":'.repeat(40) + '{}' + '}'.repeat(40);
    add(`body: nested 40 deep (max ${MAX_BODY_DEPTH})`, url, topType === 'array' ? `[${nested}]` : nested);
    if (op.bodyRequired) add('body: missing', url, NO_BODY);
    if (deep && topType !== 'array') {
      add('body: a __proto__ key', url, '{"__proto__":{"polluted":true}}');
      add('body: a constructor.prototype key', url, '{"constructor":{"prototype":{"polluted":true}}}');
    }
    // Past the 1 MiB limit: the same code for every operation, so once per handler.
    if (deep) add(`body: past ${BODY_LIMIT_BYTES} bytes`, url, JSON.stringify({ padding: 'x'.repeat(BODY_LIMIT_BYTES) }));
  }
  // A form where JSON is expected (every method that may carry a body).
  if (body || op.method === 'DELETE') {
    add('body: form-encoded', url, 'a=1&b=2', 'application/x-www-form-urlencoded');
    if (deep) add('body: multipart', url, '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--x--\r\n', 'multipart/form-data; boundary=x');
  }
  if (op.method !== 'GET' && op.method !== 'DELETE') add('body: text/plain', url, 'hello', 'text/plain');

  // The body's fields, one broken at a time, everything else valid.
  if (body) {
    const fields = fieldsOf(body);
    for (const f of fields.filter((f) => f.required)) add(`body ${fieldName(f.path)}: missing`, url, JSON.stringify(withField(body, baseBody, f.path, undefined, true)));
    for (const f of fields) {
      for (const m of fieldMutations(f.schema, String(f.path.filter((x) => typeof x === 'string').at(-1) ?? ''), f.required, deep)) {
        add(`body ${fieldName(f.path)}: ${m.label}`, url, JSON.stringify(withField(body, baseBody, f.path, m.value)));
      }
    }
  }

  // Parameters no operation declares are ignored, so these requests may be
  // accepted and act: last, after the cases that need the state as seeded.
  // (The one input an operation without parameters or body can be sent.)
  add('query: undeclared parameter with NUL', basePath + queryText([...requiredQuery, ['fuzz', 'a%00b']]));
  if (deep) {
    add('query: bad %-escape in an undeclared parameter', basePath + queryText([...requiredQuery, ['fuzz', '%E0%A4%A']]));
    add('query: __proto__ and constructor', basePath + queryText([...requiredQuery, ['__proto__', 'x'], ['constructor', 'x'], ['__proto__[page_size]', '1']]));
  }
  return cases;
}

// ---------------------------------------------------------------- the state

/**
 * One digest per table of every row, read in one statement: each row as text,
 * sorted, joined (PostgreSQL hashes it in place; SQLite hands the text over).
 * Reading every row after each of thousands of requests is most of the run's
 * cost, so each backend first asks whether anything can have been written:
 *   - PostgreSQL gives a transaction an id when, and only when, it writes, and
 *     the snapshot's xmax passes every id handed out; while it stands still no
 *     row changed (another database's writes on the server move it too, which
 *     only costs a full read);
 *   - on SQLite the statement goes through the store's read cache
 *     (src/store/db.ts, unless SWITCHBOARD_READ_CACHE=off), which answers
 *     again only while `total_changes()` and `data_version` stand still.
 */
interface Snapshotter {
  take(): Promise<Map<string, string>>;
  close(): Promise<void>;
}

async function snapshotter(s: TestServer): Promise<Snapshotter> {
  const db = s.sandbox.db;
  const names = (await stateTables(db)).filter((t) => !BOOKKEEPING.has(t)).sort();
  const columns = new Map((await db.introspection.getTables()).map((t) => [t.name, t.columns.map((c) => c.name)]));
  const q = (id: string) => `"${id.replace(/"/g, '""')}"`;
  const parts = names.map((t) =>
    isPostgres
      ? `select '${t}' as t, md5(coalesce(string_agg(x::text, chr(10) order by x::text), '')) as h from ${q(t)} as x`
      : // quote() writes any value as an SQL literal, a blob (a fax's document) included, which JSON cannot hold.
        `select '${t}' as t, (select group_concat(r, char(10)) from (select json_array(${columns.get(t)!.map((c) => `quote(${q(c)})`).join(', ')}) as r from ${q(t)} order by r)) as h`,
  );
  const statement = sql.raw<{ t: string; h: string | null }>(parts.join(' union all '));
  const full = async () => {
    const { rows } = await statement.execute(db);
    return new Map(rows.map((r) => [r.t, isPostgres ? (r.h ?? '') : createHash('sha1').update(r.h ?? '').digest('hex')]));
  };
  if (!isPostgres) return { take: full, close: async () => {} };
  // A connection of its own: the question costs a round trip, not a pool checkout and a compile as well.
  const client = new pg.Client({ connectionString: s.databaseUrl });
  await client.connect();
  let seen: { x: string; state: Map<string, string> } | undefined;
  return {
    async take() {
      const { x } = (await client.query<{ x: string }>({ name: 'fuzz_xmax', text: 'select pg_snapshot_xmax(pg_current_snapshot())::text as x' })).rows[0];
      if (seen?.x !== x) seen = { x, state: await full() };
      return seen.state;
    },
    close: () => client.end(),
  };
}

const changedTables = (a: Map<string, string>, b: Map<string, string>) => [...a.keys()].filter((t) => a.get(t) !== b.get(t));

// ---------------------------------------------------------------- the run

interface Finding {
  c: Case;
  status: number;
  body: unknown;
  note?: string;
}

const findings = { serverErrors: [] as Finding[], notZoom: [] as Finding[], stateChanged: [] as Finding[] };
const perOperation = new Map<string, number>();
let caseCount = 0;
/** Accepted requests after which the snapshot differed: none would mean the snapshot cannot see a write. */
let acceptedWrites = 0;
/** Whether the snapshot saw a row added to `meta` (and only that) and then saw it gone. */
let probeSeen = false;
let runMs = 0;

function describe(f: Finding): string {
  const c = f.c;
  const sent = c.raw === undefined ? '' : ` [${c.contentType}] ${c.raw.length > 80 ? `${c.raw.slice(0, 80)}…(${c.raw.length})` : c.raw}`;
  const url = c.url.length > 120 ? `${c.url.slice(0, 120)}…(${c.url.length})` : c.url;
  const body = typeof f.body === 'string' ? f.body : JSON.stringify(f.body);
  return `${c.operationId} «${c.what}» ${c.method} /v2${url}${sent} -> ${f.status} ${String(body).slice(0, 200)}${f.note ? ` (${f.note})` : ''}`;
}

function report(list: Finding[], what: string): string {
  const shown = list.slice(0, 60).map(describe).join('\n  ');
  return `${list.length} ${what}:\n  ${shown}${list.length > 60 ? `\n  … and ${list.length - 60} more` : ''}`;
}

/** A Zoom error: a JSON object with a numeric code and a string message, nothing of Fastify's. */
function isZoomError(res: { headers: Headers; body: any }): boolean {
  const b = res.body;
  return (
    /^application\/json/.test(res.headers.get('content-type') ?? '') &&
    b !== null &&
    typeof b === 'object' &&
    !Array.isArray(b) &&
    typeof b.code === 'number' &&
    Number.isInteger(b.code) &&
    typeof b.message === 'string' &&
    b.message.length > 0 &&
    !('statusCode' in b) &&
    !('error' in b)
  );
}

let s: TestServer;

before(async () => {
  s = await startServer();
  const first = async (path: string, list: string, key = 'id', index = 0) => String((await s.api('GET', path)).body[list][index][key]);
  const ids: KnownIds = {
    accountId: 'me',
    siteId: await first('/phone/sites', 'sites', 'id', 1),
    userId: await first('/phone/users', 'users'),
    phoneNumberId: await first('/phone/numbers', 'phone_numbers'),
    smsCampaignId: await first('/phone/sms_campaigns', 'sms_campaigns'),
    consentId: await first('/accounts/me/number_management/sms_consent', 'sms_consent', 'consent_id'),
    orderId: await first('/phone/ported_numbers/orders', 'ported_numbers', 'order_id'),
    billingAccountId: await first('/phone/billing_accounts', 'billing_accounts'),
    planType: await first('/phone/calling_plans', 'calling_plans', 'type'),
    number: await first('/phone/carrier_reseller/numbers', 'carrier_reseller_numbers', 'phone_number'),
  };

  for (const op of operations) {
    if (op.method !== 'GET' || !implemented.has(op.operationId) || op.pathParams.some((p) => p !== 'accountId')) continue;
    const required = [...op.queryParams.values()].filter((p) => p.required).map((p): [string, string] => [p.name, encodeURIComponent(String(validValue(p.schema)))]);
    const res = await s.api('GET', pathWith(op, ids) + queryText(required));
    if (res.status === 200) harvest(res.body);
  }

  // Deletions last, so that one a malformed request was still allowed to make
  // takes nothing from the cases of the other operations.
  const ordered = [...operations.filter((op) => op.method !== 'DELETE'), ...operations.filter((op) => op.method === 'DELETE')];
  const cases = ordered.flatMap((op) => casesFor(op, ids));
  const snapshot = await snapshotter(s);

  // The snapshot must see a row written and then removed by someone else on its connection pool.
  const untouched = await snapshot.take();
  await s.sandbox.db.insertInto('meta').values({ key: 'fuzz-probe', value: 'x' }).execute();
  const probed = await snapshot.take();
  await s.sandbox.db.deleteFrom('meta').where('key', '=', 'fuzz-probe').execute();
  probeSeen = changedTables(untouched, probed).join(',') === 'meta' && changedTables(untouched, await snapshot.take()).length === 0;

  const started = performance.now();
  try {
    let prior = await snapshot.take();
    for (const c of cases) {
      perOperation.set(c.operationId, (perOperation.get(c.operationId) ?? 0) + 1);
      const res = await s.api(c.method, c.url, { raw: c.raw, contentType: c.contentType });
      const finding = { c, status: res.status, body: res.body };
      if (res.status >= 500 && !(res.status === 501 && !implemented.has(c.operationId))) findings.serverErrors.push(finding);
      if (res.status >= 300 ? !isZoomError(res) : res.body !== undefined && typeof res.body !== 'object') findings.notZoom.push(finding);
      // Compared with the state after the previous request: an accepted one's changes are the new baseline.
      const now = await snapshot.take();
      const changed = changedTables(prior, now);
      if (res.status >= 400 && res.status < 500 && changed.length) findings.stateChanged.push({ ...finding, note: `changed ${changed.join(', ')}` });
      if (res.status < 300 && changed.length) acceptedWrites++;
      prior = now;
    }
  } finally {
    await snapshot.close();
  }
  caseCount = cases.length;
  runMs = performance.now() - started;
});
after(() => s?.close());

test('every operation of the contract got malformed requests', (t) => {
  t.diagnostic(`${caseCount} cases over ${perOperation.size} operations in ${(runMs / 1000).toFixed(1)} s (${isPostgres ? 'PostgreSQL' : 'SQLite'})`);
  const missed = operations.filter((op) => !perOperation.has(op.operationId)).map((op) => op.operationId);
  assert.deepEqual(missed, []);
  assert.equal(perOperation.size, operations.length);
});

test('no malformed request answers 5xx (501 only from an operation no family implements)', () => {
  assert.equal(findings.serverErrors.length, 0, report(findings.serverErrors, 'server errors'));
});

test("every error answer is Zoom's { code, message } in JSON", () => {
  assert.equal(findings.notZoom.length, 0, report(findings.notZoom, 'answers not in Zoom’s shape'));
});

/** Bytes written straight to the server's socket, for what no HTTP client sends; the answer's status and body. */
async function rawExchange(bytes: string): Promise<{ status: number; headers: Headers; body: any }> {
  const { hostname, port } = new URL(s.base);
  const text = await new Promise<string>((resolve, reject) => {
    let got = '';
    const socket = connect(Number(port), hostname, () => socket.write(bytes));
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (got += chunk));
    socket.on('close', () => resolve(got));
    socket.on('error', reject);
  });
  const [head, ...rest] = text.split('\r\n\r\n');
  const [statusLine, ...headerLines] = head.split('\r\n');
  const headers = new Headers(headerLines.map((l): [string, string] => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 1).trim()]));
  let body: unknown = rest.join('\r\n\r\n');
  try {
    body = JSON.parse(body as string);
  } catch {
    // kept as text: the assertion says so
  }
  return { status: Number(statusLine.split(' ')[1]), headers, body };
}

test("what Node's HTTP parser refuses before any route is Zoom's shape too", async () => {
  const notHttp = await rawExchange('NOT HTTP AT ALL\r\n\r\n');
  assert.equal(notHttp.status, 400, JSON.stringify(notHttp.body));
  assert.ok(isZoomError(notHttp), JSON.stringify(notHttp.body));
  const tooLarge = await rawExchange(`GET /v2/phone/users?keyword=${'x'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`);
  assert.equal(tooLarge.status, 431, JSON.stringify(tooLarge.body));
  assert.ok(isZoomError(tooLarge), JSON.stringify(tooLarge.body));
});

test('no rejected request changes the state', () => {
  assert.ok(probeSeen, 'the snapshot did not see a row written straight to the database');
  assert.ok(acceptedWrites > 0, 'no accepted request changed the snapshot: it does not see writes');
  assert.equal(findings.stateChanged.length, 0, report(findings.stateChanged, 'rejected requests that changed state'));
});
