// The Number Management document (002) parser: operations and their
// parameters, recovered nesting, documented errors, every JSON example
// against its schema, and loud failure on input it cannot read.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { Schema, SourceOperation } from '../../tools/spec/model.ts';
import { SpecParseError } from '../../tools/spec/model.ts';
import { parseNumberManagement, type RawParameter } from '../../tools/spec/parse-number-management.ts';
import { NM_PARAMETERS, NM_SOURCE, examplesOf, newAjv, readExceptions, unplacedKeys, validationFailures } from '../../tools/spec/nm-examples.ts';

const source = readFileSync(NM_SOURCE, 'utf8');
const rawParameters: Record<string, RawParameter[]> = JSON.parse(readFileSync(NM_PARAMETERS, 'utf8'));
const operations = parseNumberManagement(source, rawParameters);
const BASE = '/accounts/{accountId}/number_management';

function op(method: string, path: string): SourceOperation {
  const found = operations.find((o) => o.method === method && o.path === BASE + path);
  assert.ok(found, `${method} ${BASE}${path} is parsed`);
  return found;
}

function responseSchema(o: SourceOperation, status: number): Schema {
  const r = o.responses.find((x) => x.status === status);
  assert.ok(r?.schema, `${o.method} ${o.path} has a ${status} schema`);
  return r.schema;
}

function requestSchema(o: SourceOperation): Schema {
  assert.ok(o.requestBody, `${o.method} ${o.path} has a request body`);
  return o.requestBody.schema;
}

/** Follows property names and `[]` (array items) from a schema. */
function at(schema: Schema, ...steps: string[]): Schema {
  let s = schema;
  for (const step of steps) {
    const next = step === '[]' ? s.items : s.properties?.[step];
    assert.ok(next, `schema has ${steps.join('.')} (stuck at ${step})`);
    s = next;
  }
  return s;
}

/** The source with one substring replaced, failing the test if it is not there exactly once. */
function mutate(from: string, to: string): string {
  assert.equal(source.split(from).length, 2, `"${from}" occurs once in the source`);
  return source.replace(from, to);
}

function assertFailsNaming(text: string, operation: string, reason: RegExp, params = rawParameters): void {
  assert.throws(
    () => parseNumberManagement(text, params),
    (e: unknown) => e instanceof SpecParseError && e.operation === operation && reason.test(e.message),
  );
}

describe('parseNumberManagement: operations and parameters', () => {
  it('yields exactly 28 operations with unique METHOD + path, all under the account path', () => {
    assert.equal(operations.length, 28);
    assert.equal(new Set(operations.map((o) => `${o.method} ${o.path}`)).size, 28);
    assert.ok(operations.every((o) => o.source === 'number-management' && o.path.startsWith(BASE)));
  });

  it('gives every operation its parameters from the JSON file, 76 in all, path parameters matching the template', () => {
    assert.equal(operations.reduce((n, o) => n + o.parameters.length, 0), 76);
    for (const o of operations) {
      const key = `${o.method} ${o.path}`;
      assert.equal(o.parameters.length, rawParameters[key].length, key);
      const templated = [...o.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      assert.deepEqual(o.parameters.filter((p) => p.in === 'path').map((p) => p.name), templated, key);
      assert.ok(o.parameters.every((p) => p['x-source'] === 'number-management-parameters.json'), key);
    }
  });

  it('maps parameter schemas as given: array items, enums, defaults, maxima, formats', () => {
    const list = op('GET', '/numbers').parameters;
    const byName = (name: string) => list.find((p) => p.name === name);
    assert.deepEqual(byName('page_size'), {
      name: 'page_size',
      in: 'query',
      required: false,
      schema: { type: 'integer', default: 30, maximum: 200 },
      'x-source': 'number-management-parameters.json',
    });
    assert.deepEqual(byName('number_status')?.schema.enum, ['Normal', 'Pending']);
    const numbers = op('DELETE', '/numbers').parameters.find((p) => p.name === 'numbers');
    assert.deepEqual(numbers?.schema, { type: 'array', items: { type: 'string' } });
    assert.equal(numbers?.required, true);
    const carrier = op('DELETE', '/peering_numbers').parameters.find((p) => p.name === 'carrier_code');
    assert.deepEqual(carrier?.schema, { type: 'integer', format: 'int32' });
  });

  it('reads summary, tags, description, scopes and normalised rate-limit labels', () => {
    const o = op('GET', '/carrier/peering_numbers');
    assert.equal(o.summary, 'List peering phone numbers for provider');
    assert.deepEqual(o.tags, ['Cloud Peering Provider Exchange']);
    assert.match(o.description, /^Returns phone numbers the carrier pushes to different customers\.\nPrerequisites\n- Enable Number Management/);
    assert.deepEqual(o.scopes, ['number_management_numbers:read:master']);
    assert.deepEqual(o.granularScopes, ['number_management:read:list_carrier_peering_numbers:master']);
    assert.equal(op('PATCH', '/allocation').rateLimitLabel, 'HEAVY');
    assert.deepEqual([...new Set(operations.map((x) => x.rateLimitLabel))].sort(), ['HEAVY', 'LIGHT', 'MEDIUM']);
  });
});

describe('parseNumberManagement: recovered nesting', () => {
  it('puts children under their object and closes nested lists at the right level (GET /numbers)', () => {
    const root = responseSchema(op('GET', '/numbers'), 200);
    assert.deepEqual(Object.keys(root.properties ?? {}), ['next_page_token', 'numbers', 'page_size']);
    const number = at(root, 'numbers', '[]');
    assert.equal(number.type, 'object');
    // `page_size` follows two closing bullets: it is a root field, not a field of the number.
    assert.equal(number.properties?.page_size, undefined);
    assert.deepEqual(Object.keys(at(number, 'emergency_address').properties ?? {}), ['address_line1', 'address_line2', 'city', 'country', 'county', 'state_code', 'zip']);
    assert.equal(at(number, 'carrier', 'code').type, 'integer');
    // An array of objects inside an array of objects.
    const assignee = at(number, 'assigned_list', '[]');
    assert.ok(at(assignee, 'assigned_to_type').enum?.includes('EmergencyNumberPool'));
    assert.deepEqual(at(number, 'capability', '[]').enum, ['Incoming', 'Outgoing', 'Messaging', 'PCIPal', 'EmergencyCalls']);
    // `caller_id_name` comes right after the assigned_list items close.
    assert.equal(at(number, 'caller_id_name').type, 'string');
    assert.equal(assignee.properties?.caller_id_name, undefined);
  });

  it('recovers three levels of objects inside array items (GET /sms_consent)', () => {
    const root = responseSchema(op('GET', '/sms_consent'), 200);
    assert.deepEqual(Object.keys(root.properties ?? {}), ['next_page_token', 'page_size', 'sms_consent', 'total_records']);
    const policy = at(root, 'sms_consent', '[]');
    assert.deepEqual(Object.keys(at(policy, 'in_out_bound').properties ?? {}), ['disclaimer', 'help_message', 'opt_in_message', 'opt_out_message']);
    assert.deepEqual(at(policy, 'in_out_bound', 'opt_out_message', 'keywords'), {
      type: 'array',
      description: 'The keywords that trigger the opt-out action.',
      items: { type: 'string' },
    });
    // Three closing bullets in a row: modify_time is back at the policy level.
    assert.equal(at(policy, 'modify_time').format, 'date-time');
    assert.equal(at(policy, 'in_out_bound').properties?.modify_time, undefined);
    assert.equal(at(root, 'total_records').format, 'int64');
  });

  it('keeps `required` at every level (POST /sms_consent, POST /peering_numbers)', () => {
    const consent = requestSchema(op('POST', '/sms_consent'));
    assert.deepEqual(consent.required, ['consent_name', 'in_out_bound', 'status']);
    assert.deepEqual(at(consent, 'in_out_bound').required, ['disclaimer', 'help_message', 'opt_in_message', 'opt_out_message']);
    assert.deepEqual(at(consent, 'in_out_bound', 'disclaimer').required, ['enable', 'message']);
    assert.deepEqual(at(consent, 'in_out_bound', 'opt_in_message').required, ['confirmation_message', 'keywords', 'prompt']);
    assert.equal(op('POST', '/sms_consent').requestBody?.required, true);

    const peering = requestSchema(op('POST', '/peering_numbers'));
    assert.deepEqual(peering.required, ['phone_numbers']);
    assert.deepEqual(at(peering, 'phone_numbers', '[]').required, ['phone_number', 'sip_trunk_name', 'status']);
    // Nothing is required in PATCH /numbers/{phoneNumberId}: the body is optional.
    assert.equal(op('PATCH', '/numbers/{phoneNumberId}').requestBody?.required, false);
  });

  it('reads enums, defaults, formats and the length limits stated in prose', () => {
    const item = at(requestSchema(op('POST', '/peering_numbers')), 'phone_numbers', '[]');
    assert.deepEqual(at(item, 'voice_direction').enum, ['INBOUND_AND_OUTBOUND', 'INBOUND_ONLY', 'OUTBOUND_ONLY', 'NOT_SUPPORTED']);
    assert.equal(at(item, 'voice_direction').default, 'INBOUND_AND_OUTBOUND');
    assert.equal(at(item, 'billing_ref_id').maxLength, 36);
    assert.equal(at(item, 'service_info').maxLength, 255);
    assert.equal(at(item, 'phone_number').maxLength, undefined);
    assert.equal(at(requestSchema(op('POST', '/peering_numbers')), 'carrier_code').format, 'int32');
    const update = requestSchema(op('PATCH', '/numbers/{phoneNumberId}'));
    assert.equal(at(update, 'caller_id_name').maxLength, 15);
    assert.equal(at(update, 'display_name').maxLength, 32);
    assert.equal(at(responseSchema(op('GET', '/sip_trunks'), 200), 'total_records').default, 30);
  });

  it('reads scalar `Items:` with and without a description', () => {
    const allocation = requestSchema(op('PATCH', '/allocation'));
    assert.deepEqual(at(allocation, 'numbers', '[]'), { type: 'string', description: 'The phone number ID.' });
    assert.equal(at(allocation, 'site_id').type, 'string');
    assert.deepEqual(at(requestSchema(op('DELETE', '/sms_consent')), 'consent_ids', '[]'), { type: 'string' });
  });

  it('puts no keyword in a schema that Ajv would not compile, and nothing non-standard', () => {
    const allowed = new Set(['type', 'format', 'description', 'enum', 'default', 'maxLength', 'properties', 'required', 'items']);
    const walk = (s: Schema, where: string): void => {
      for (const k of Object.keys(s)) assert.ok(allowed.has(k), `${where}: keyword ${k}`);
      for (const [name, child] of Object.entries(s.properties ?? {})) walk(child, `${where}.${name}`);
      if (s.items) walk(s.items, `${where}[]`);
    };
    const ajv = newAjv();
    for (const o of operations) {
      for (const p of o.parameters) ajv.compile(p.schema);
      if (o.requestBody) {
        walk(o.requestBody.schema, `${o.method} ${o.path} request`);
        ajv.compile(o.requestBody.schema);
      }
      for (const r of o.responses) {
        if (!r.schema) continue;
        walk(r.schema, `${o.method} ${o.path} ${r.status}`);
        ajv.compile(r.schema);
      }
    }
  });
});

describe('parseNumberManagement: responses and documented errors', () => {
  it('DELETE /numbers answers 204 without a body and documents error 100002', () => {
    const o = op('DELETE', '/numbers');
    const success = o.responses.filter((r) => r.status < 300);
    assert.deepEqual(success, [{ status: 204, description: 'The phone numbers have been deleted successfully.' }]);
    assert.deepEqual(o.errors, [{ status: 400, code: 100002, message: 'Phone number not found' }]);
    assert.deepEqual(o.responses.map((r) => r.status), [204, 400, 401, 429]);
  });

  it('keeps every code of a status with its message exactly as documented', () => {
    assert.deepEqual(op('PATCH', '/allocation').errors, [
      { status: 400, code: 100002, message: 'Phone number not found' },
      { status: 400, code: 200002, message: 'Unable to switch products for the number' },
      { status: 400, code: 1002010, message: 'The site does not exist' },
    ]);
    assert.deepEqual(op('GET', '/sms_consent/{consentId}').errors, [{ status: 404, code: 1002013, message: 'The consent does not exist.' }]);
    const first = op('POST', '/peering_numbers').errors[0];
    assert.equal(first.code, 1000);
    assert.equal(first.message, 'Some data failed.for example: [ {"phoneNumber":"+12098888111","reason":"Invalid Sip Trunk"}, {"phoneNumber":"+12090000011","reason":"Invalid number"} ]');
  });

  it('reads codes written with a digit separator as the plain code the document uses elsewhere', () => {
    const byoc = op('POST', '/byoc_numbers').errors;
    assert.ok(byoc.some((e) => e.code === 1002010 && e.message === 'The site does not exist')); // written `1002_010`
    assert.ok(byoc.some((e) => e.code === 1003001 && e.message.startsWith('Too many numbers, should less than 100'))); // `1003_001`
    assert.deepEqual(op('GET', '/sip_groups').errors, [{ status: 400, code: 1002006, message: 'product cannot be empty' }]);
  });

  it('takes the status from "Status: NNN" when the text repeats another code', () => {
    // "Status: 204 **HTTP Status Code:** `200` **OK**Phone number successfully updated."
    const patch = op('PATCH', '/peering_numbers').responses[0];
    assert.deepEqual(patch, { status: 204, description: 'Phone number successfully updated.' });
    assert.equal(op('POST', '/sms_campaigns/{smsCampaignId}/phone_numbers').responses[0].status, 204);
  });

  it('describes statuses without the repeated code and reason phrase', () => {
    const o = op('GET', '/carrier/peering_numbers');
    assert.equal(o.responses[0].description, 'Cloud peering numbers successfully returned.');
    assert.equal(o.responses[0].contentType, 'application/json');
    assert.equal(o.responses.find((r) => r.status === 400)?.description, 'Bad Request');
    assert.equal(op('GET', '/sip_trunks').responses[0].description, 'OK.');
  });
});

describe('parseNumberManagement: examples', () => {
  const examples = examplesOf(operations);
  const mine = new Set(operations.map((o) => `${o.method} ${o.path}`));
  const exceptions = readExceptions().filter((x) => mine.has(x.key));

  it('finds all 26 JSON examples of the document', () => {
    assert.equal(examples.length, (source.match(/^Example:$/gm) ?? []).length);
    assert.equal(examples.length, 26);
  });

  it('validates every example against its schema, except listed exceptions', () => {
    const failures = validationFailures(examples).filter((f) => !exceptions.some((x) => x.key === f.key && x.where === f.where && x.field === f.field));
    assert.deepEqual(failures, []);
  });

  it('has a place in the schema for every key an example shows', () => {
    const unplaced = examples.flatMap((ex) => unplacedKeys(ex.schema, ex.example).map((k) => `${ex.key} | ${ex.where} | ${k}`));
    assert.deepEqual(unplaced, []);
  });

  it('lists only exceptions that really fail', () => {
    const failures = validationFailures(examples);
    for (const x of exceptions) {
      assert.ok(failures.some((f) => f.key === x.key && f.where === x.where && f.field === x.field), `stale exception: ${x.line}`);
    }
  });

  it('would catch an example that contradicts its schema', () => {
    const broken = parseNumberManagement(mutate('"status": "Canceled",\n"submission_date_time": "2021-08-03T07:33:29Z"\n}\n],', '"status": "Cancelled",\n"submission_date_time": "2021-08-03T07:33:29Z"\n}\n],'), rawParameters);
    const failures = validationFailures(examplesOf(broken));
    assert.deepEqual(failures.map((f) => `${f.key} | ${f.where} | ${f.field}`), [`GET ${BASE}/ported_numbers/orders | response 200 | ported_numbers.0.status`]);
  });
});

describe('parseNumberManagement: input it cannot read', () => {
  const peering = `GET ${BASE}/carrier/peering_numbers`;

  it('fails on a field line whose type cannot be found, naming the operation', () => {
    assertFailsNaming(mutate('customer_account_namestring—', 'customer_account_namestrng—'), peering, /field line/);
  });

  it('fails on a nested list that is not closed', () => {
    // Drop one of the two bullets after the last field of `numbers[]`.
    const text = mutate('Multi-use**: The number can be used in any of the shared workflows.\n-\n-\ntotal_recordsinteger, format:int32', 'Multi-use**: The number can be used in any of the shared workflows.\n-\ntotal_recordsinteger, format:int32');
    assertFailsNaming(text, peering, /response 200: text after the end of the field list/);
  });

  it('fails on a JSON example that does not parse', () => {
    assertFailsNaming(mutate('"name": "US/CA Included Phone Numbers",', '"name": "US/CA Included Phone Numbers",,'), `GET ${BASE}/plan`, /response 200: the JSON example does not parse/);
  });

  it('fails on an unknown rate-limit label and on a missing scopes line', () => {
    const plan = `GET ${BASE}/plan`;
    assertFailsNaming(mutate('Granular Scopes: number_management:read:numbers_plan:master\nRate Limit Label: LIGHT', 'Granular Scopes: number_management:read:numbers_plan:master\nRate Limit Label: FEATHER'), plan, /FEATHER/);
    assertFailsNaming(mutate('Scopes: number_management_numbers:read:master\nGranular Scopes: number_management:read:numbers_plan:master', 'Granular Scopes: number_management:read:numbers_plan:master'), plan, /Scopes/);
  });

  it('fails when a parameters key matches no operation, or an operation has no key', () => {
    const key = `GET ${BASE}/plan`;
    const { [key]: planParams, ...withoutPlan } = rawParameters;
    assertFailsNaming(source, key, /no parameters/, withoutPlan);
    assertFailsNaming(source, `GET ${BASE}/plans`, /does not define/, { ...rawParameters, [`GET ${BASE}/plans`]: planParams });
  });

  it('fails when the parameters do not match the path template', () => {
    const key = `GET ${BASE}/numbers/{phoneNumberId}`;
    const renamed = rawParameters[key].map((p) => (p.name === 'phoneNumberId' ? { ...p, name: 'numberId' } : p));
    assertFailsNaming(source, key, /path parameters/, { ...rawParameters, [key]: renamed });
  });
});
