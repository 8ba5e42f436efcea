// The checked-in contract, spec/openapi.json, as the rest of the system relies
// on it: a valid OpenAPI 3.1 document with every operation of the seed
// documents, each with the parameters, scopes, label and errors the server
// reads, and examples that satisfy their own schemas (the conformance suite
// and the handlers take both at their word).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { Validator } from '@seriousme/openapi-schema-validator';

const root = (p: string): string => fileURLToPath(new URL(`../../${p}`, import.meta.url));
const doc = JSON.parse(readFileSync(root('spec/openapi.json'), 'utf8'));
const EXCEPTIONS_FILE = root('spec/example-exceptions.txt');

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];
const LABELS = ['LIGHT', 'MEDIUM', 'HEAVY', 'RESOURCE-INTENSIVE'];

interface Op {
  key: string;
  method: string;
  path: string;
  op: any;
}
const ops: Op[] = Object.entries<any>(doc.paths).flatMap(([path, item]) =>
  METHODS.filter((m) => item[m]).map((m) => ({ key: `${m.toUpperCase()} ${path}`, method: m.toUpperCase(), path, op: item[m] })),
);
const find = (key: string): any => {
  const found = ops.find((o) => o.key === key);
  assert.ok(found, `${key} is in the contract`);
  return found.op;
};
const jsonBody = (op: any): any => op.requestBody?.content?.['application/json']?.schema;
const success200 = (op: any): any => op.responses?.['200']?.content?.['application/json']?.schema;

// The server compiles the same schemas with Fastify's Ajv 8 (draft-07 mode),
// strict off, ajv-formats, and the OpenAPI numeric/binary formats accepted as is.
function newAjv(): Ajv {
  const ajv = new Ajv({ strict: false, allErrors: true });
  const addFormats = ((addFormatsModule as any).default ?? addFormatsModule) as (a: Ajv) => Ajv;
  addFormats(ajv);
  for (const f of ['int32', 'int64', 'float', 'double', 'byte', 'binary', 'password', 'timezone']) ajv.addFormat(f, true);
  return ajv;
}

test('spec/openapi.json is a valid OpenAPI 3.1 document', async () => {
  assert.equal(doc.openapi, '3.1.0');
  const result = await new Validator().validate(structuredClone(doc));
  assert.equal(result.valid, true, JSON.stringify(result.errors, null, 1)?.slice(0, 3000));
});

test('servers, security scheme and paths follow the conventions the server relies on', () => {
  assert.deepEqual(doc.servers, [{ url: 'https://api.zoom.us/v2' }]);
  const scheme = doc.components.securitySchemes.openapi_oauth;
  assert.equal(scheme.type, 'oauth2');
  assert.equal(scheme.flows.clientCredentials.tokenUrl, 'https://zoom.us/oauth/token');
  for (const { key, path, op } of ops) {
    assert.ok(!path.startsWith('/v2'), `${key}: paths leave out /v2`);
    assert.deepEqual(op.security, [{ openapi_oauth: op['x-scopes'] }], `${key}: security names the classic scopes`);
    for (const s of op['x-scopes']) assert.ok(s in scheme.flows.clientCredentials.scopes, `${key}: scope ${s} is declared`);
  }
  assert.deepEqual(Object.keys(doc.paths), [...Object.keys(doc.paths)].sort(), 'paths are sorted');
});

test('387 operations: 356 phone, 28 number management, one from each page', () => {
  assert.equal(ops.length, 387);
  const bySource: Record<string, number> = {};
  for (const { op } of ops) bySource[op['x-source']] = (bySource[op['x-source']] ?? 0) + 1;
  assert.deepEqual(bySource, { phone: 356, 'number-management': 28, 'internal-numbers': 1, 'sip-trunks': 1, 'sip-phones': 1 });
});

test('operationIds and METHOD+path are unique; operation-ids.json names exactly these operations', () => {
  const ids = ops.map((o) => o.op.operationId);
  assert.equal(new Set(ids).size, ids.length, 'operationIds are unique');
  assert.equal(new Set(ids.map((i) => i.toLowerCase())).size, ids.length, 'operationIds are unique ignoring case');
  for (const id of ids) assert.match(id, /^[a-z][A-Za-z0-9]*$/, 'operationIds are camelCase');
  assert.equal(new Set(ops.map((o) => o.key)).size, ops.length);
  const published = JSON.parse(readFileSync(root('spec/operation-ids.json'), 'utf8'));
  assert.deepEqual(published, Object.fromEntries(ops.map((o) => [o.key, o.op.operationId]).sort(([a], [b]) => (a < b ? -1 : 1))));
  assert.equal(find('GET /phone/users').operationId, 'listPhoneUsers');
});

test('every operation carries summary, tags, scopes, label, documented errors and source', () => {
  for (const { key, op } of ops) {
    assert.equal(typeof op.summary, 'string', key);
    assert.ok(op.summary.length > 0, key);
    assert.equal(typeof op.description, 'string', key);
    assert.ok(Array.isArray(op.tags) && op.tags.length > 0, `${key}: tags`);
    assert.ok(Array.isArray(op['x-scopes']), `${key}: x-scopes`);
    assert.ok(Array.isArray(op['x-granular-scopes']), `${key}: x-granular-scopes`);
    assert.ok(op['x-scopes'].length + op['x-granular-scopes'].length > 0, `${key}: at least one scope`);
    assert.ok(op['x-rate-limit-label'] === null || LABELS.includes(op['x-rate-limit-label']), `${key}: label ${op['x-rate-limit-label']}`);
    assert.ok(Array.isArray(op['x-zoom-errors']), `${key}: x-zoom-errors`);
    for (const e of op['x-zoom-errors']) {
      assert.deepEqual(Object.keys(e), ['status', 'code', 'message'], key);
      assert.ok(Number.isInteger(e.status) && Number.isInteger(e.code) && typeof e.message === 'string', `${key}: ${JSON.stringify(e)}`);
    }
    assert.ok(Object.keys(op.responses).some((s) => s.startsWith('2') || s.startsWith('3')), `${key}: a success or redirect response`);
    if (op.responses['204']) assert.equal(op.responses['204'].content, undefined, `${key}: 204 has no body`);
  }
});

test('every path parameter of the template is declared, and nothing else is', () => {
  for (const { key, path, op } of ops) {
    const template = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
    const declared = op.parameters.filter((p: any) => p.in === 'path');
    assert.deepEqual(declared.map((p: any) => p.name), template, key);
    for (const p of declared) assert.equal(p.required, true, `${key}: ${p.name} is required`);
    for (const p of op.parameters) {
      assert.ok(p.schema && typeof p.schema === 'object', `${key}: ${p.name} has a schema`);
      assert.equal(typeof p.required, 'boolean', `${key}: ${p.name} says whether it is required`);
    }
  }
});

test('every list operation whose response carries next_page_token takes page_size and next_page_token', () => {
  let lists = 0;
  for (const { key, op } of ops) {
    const props = success200(op)?.properties ?? {};
    if (!('next_page_token' in props)) continue;
    lists++;
    const query = new Map(op.parameters.filter((p: any) => p.in === 'query').map((p: any) => [p.name, p]));
    const pageSize: any = query.get('page_size');
    assert.ok(pageSize, `${key}: page_size`);
    assert.equal(pageSize.schema.type, 'integer', `${key}: page_size is an integer`);
    assert.ok(pageSize.schema.maximum === undefined || pageSize.schema.maximum <= 300, `${key}: page_size at most 300`);
    assert.ok(query.get('next_page_token'), `${key}: next_page_token`);
  }
  assert.ok(lists > 70, `found ${lists} list operations`);
  const users = find('GET /phone/users').parameters.find((p: any) => p.name === 'page_size');
  assert.deepEqual(users.schema, { type: 'integer', default: 30, minimum: 1, maximum: 300 });
  assert.equal(users['x-source'], 'zoom-pagination-convention');
});

test('phone query parameters record where they came from', () => {
  const sources = new Set<string>();
  for (const { key, op } of ops.filter((o) => o.op['x-source'] === 'phone')) {
    for (const p of op.parameters.filter((q: any) => q.in === 'query')) {
      assert.ok(typeof p['x-source'] === 'string', `${key}: ${p.name} has an x-source`);
      sources.add(p['x-source']);
    }
  }
  assert.deepEqual([...sources].sort(), ['@zoom/rivet@0.4.0', 'document-text', 'zoom-pagination-convention']);
  const del = find('DELETE /phone/sites/{siteId}').parameters.find((p: any) => p.name === 'transfer_site_id');
  assert.equal(del?.required, true, 'rivet: DELETE /phone/sites/{siteId} requires transfer_site_id');
  const history = find('GET /phone/call_history').parameters.find((p: any) => p.name === 'directions');
  assert.deepEqual(history?.schema, { type: 'array', items: { type: 'string', enum: ['inbound', 'outbound'] } });
});

// ---------------------------------------------------------------------------
// Examples against their schemas

interface Exception {
  line: string;
  key: string;
  where: string;
  field: string;
}

/** `METHOD /path | request|response NNN | field.path | reason`; blank lines and # comments ignored. */
function readExceptions(): Exception[] {
  if (!existsSync(EXCEPTIONS_FILE)) return [];
  return readFileSync(EXCEPTIONS_FILE, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .map((line) => {
      const parts = line.split('|').map((p) => p.trim());
      assert.equal(parts.length, 4, `spec/example-exceptions.txt: malformed line: ${line}`);
      assert.match(parts[1], /^(request|response \d{3})$/, `spec/example-exceptions.txt: ${line}`);
      assert.ok(parts[3].length > 0, `spec/example-exceptions.txt: a reason is required: ${line}`);
      return { line, key: parts[0], where: parts[1], field: parts[2] };
    });
}

/** The field an Ajv error is about, as a dotted path (`users.0.status`, or `(root)`). */
function fieldOf(e: ErrorObject): string {
  const parts = e.instancePath.split('/').filter(Boolean).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (e.keyword === 'required') parts.push((e.params as any).missingProperty);
  if (e.keyword === 'additionalProperties') parts.push((e.params as any).additionalProperty);
  return parts.length ? parts.join('.') : '(root)';
}

interface Example {
  key: string;
  where: string;
  schema: any;
  example: unknown;
}

function examples(): Example[] {
  const out: Example[] = [];
  for (const { key, op } of ops) {
    for (const media of Object.values<any>(op.requestBody?.content ?? {})) {
      if (media.schema && media.example !== undefined) out.push({ key, where: 'request', schema: media.schema, example: media.example });
    }
    for (const [status, res] of Object.entries<any>(op.responses)) {
      for (const media of Object.values<any>(res.content ?? {})) {
        if (media.schema && media.example !== undefined) out.push({ key, where: `response ${status}`, schema: media.schema, example: media.example });
      }
    }
  }
  return out;
}

test('every schema compiles in Ajv', () => {
  const ajv = newAjv();
  let count = 0;
  const compile = (what: string, schema: any): void => {
    assert.doesNotThrow(() => ajv.compile(schema), what);
    count++;
  };
  for (const { key, op } of ops) {
    for (const p of op.parameters) compile(`${key} parameter ${p.name}`, p.schema);
    for (const media of Object.values<any>(op.requestBody?.content ?? {})) if (media.schema) compile(`${key} request`, media.schema);
    for (const [status, res] of Object.entries<any>(op.responses)) {
      for (const media of Object.values<any>(res.content ?? {})) if (media.schema) compile(`${key} response ${status}`, media.schema);
    }
  }
  assert.ok(count > 387, `compiled ${count} schemas`);
});

test('every example validates against its schema, except the listed exceptions, each of which really fails', () => {
  const ajv = newAjv();
  const exceptions = readExceptions();
  const used = new Set<string>();
  const failures: string[] = [];
  const all = examples();
  assert.ok(all.length > 300, `found ${all.length} examples`);
  for (const ex of all) {
    const validate: ValidateFunction = ajv.compile(ex.schema);
    if (validate(structuredClone(ex.example))) continue;
    for (const e of validate.errors ?? []) {
      const field = fieldOf(e);
      const excused = exceptions.find((x) => x.key === ex.key && x.where === ex.where && x.field === field);
      if (excused) used.add(excused.line);
      else failures.push(`${ex.key} | ${ex.where} | ${field} | ${e.message}`);
    }
  }
  const unique = [...new Set(failures)];
  const stale = exceptions.filter((x) => !used.has(x.line)).map((x) => x.line);
  // One assertion, so a run shows both the new failures and the stale exceptions.
  assert.deepEqual(
    { failures: unique, staleExceptions: stale },
    { failures: [], staleExceptions: [] },
    `${unique.length} example failures not in spec/example-exceptions.txt, ${stale.length} listed exceptions that no longer fail`,
  );
});

// ---------------------------------------------------------------------------
// Spot facts, read by hand from the seed documents

test('POST /phone/sites: required fields, the emergency address, and short extension length', () => {
  const body = jsonBody(find('POST /phone/sites'));
  for (const f of ['name', 'auto_receptionist_name', 'default_emergency_address']) assert.ok(body.required.includes(f), f);
  const address = body.properties.default_emergency_address;
  assert.deepEqual([...address.required].sort(), ['address_line1', 'city', 'country', 'state_code', 'zip']);
  const length = body.properties.short_extension.properties.length;
  assert.equal(length.type, 'integer');
  assert.equal(length.default, 3);
});

test('POST /accounts/{accountId}/sip_trunk/internal_numbers: each internal number', () => {
  const body = jsonBody(find('POST /accounts/{accountId}/sip_trunk/internal_numbers'));
  const item = body.properties.internal_numbers.items;
  assert.deepEqual([...item.required].sort(), ['country', 'display_number', 'labels', 'languages', 'number', 'type']);
  assert.deepEqual(item.properties.type.enum, [0, 1]);
  assert.deepEqual(item.properties.languages.enum, ['en-US', 'en-GB', 'de-DE']);
});

test('POST /sip_phones: registration_expire_time defaults to 60', () => {
  const body = jsonBody(find('POST /sip_phones'));
  assert.equal(body.properties.registration_expire_time.default, 60);
});

test('DELETE /accounts/{accountId}/number_management/numbers: 204 and error 100002', () => {
  const op = find('DELETE /accounts/{accountId}/number_management/numbers');
  assert.ok(op.responses['204'], '204 response');
  assert.equal(op.responses['204'].content, undefined);
  assert.ok(op['x-zoom-errors'].some((e: any) => e.code === 100002), JSON.stringify(op['x-zoom-errors']));
  const numbers = op.parameters.find((p: any) => p.name === 'numbers');
  assert.equal(numbers?.in, 'query');
  assert.equal(numbers?.required, true);
});
