// The Phone document (003) parser: counts, spot facts of the recovered
// nesting, documented errors, every JSON example against its schema, and
// loud failure on input it cannot read.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { Schema, SourceOperation } from '../../tools/spec/model.ts';
import { SpecParseError } from '../../tools/spec/model.ts';
import { parsePhone } from '../../tools/spec/parse-phone.ts';
import { staleMergedMessages } from '../../tools/spec/phone-errors.ts';
import { EXCEPTIONS_FILE, PHONE_SOURCE, checkExamples, newAjv, readExceptions } from '../../tools/spec/phone-examples.ts';

const source = readFileSync(PHONE_SOURCE, 'utf8');
const operations = parsePhone(source);

function op(method: string, path: string): SourceOperation {
  const found = operations.find((o) => o.method === method && o.path === path);
  assert.ok(found, `${method} ${path} is parsed`);
  return found;
}

function response(o: SourceOperation, status: number): Schema {
  const r = o.responses.find((x) => x.status === status);
  assert.ok(r?.schema, `${o.method} ${o.path} has a ${status} schema`);
  return r.schema;
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

describe('parsePhone: the document', () => {
  it('yields exactly 356 operations with unique METHOD + path', () => {
    assert.equal(operations.length, 356);
    assert.equal(new Set(operations.map((o) => `${o.method} ${o.path}`)).size, 356);
  });

  it('reads tags, scopes and normalised rate-limit labels, and leaves parameters to the assembler', () => {
    const o = op('GET', '/phone/outbound_caller_id/customized_numbers');
    assert.deepEqual(o.tags, ['Accounts']);
    assert.equal(o.rateLimitLabel, 'LIGHT'); // written `Light`
    assert.deepEqual(o.scopes, ['phone:read:admin']);
    assert.deepEqual(o.granularScopes, ['phone:read:list_customized_number:admin']);
    assert.ok(operations.every((x) => x.parameters.length === 0 && x.source === 'phone'));
    // Multi-word tags are told apart from the description that follows them.
    assert.deepEqual(op('GET', '/phone/call_queues/{callQueueId}').tags, ['Call Queues']);
    const labels = new Set(operations.map((x) => x.rateLimitLabel));
    assert.deepEqual([...labels].sort(), ['HEAVY', 'LIGHT', 'MEDIUM', 'RESOURCE-INTENSIVE', null].sort());
  });

  it('reads comma-separated scopes', () => {
    const o = op('POST', '/fax/files');
    assert.deepEqual(o.scopes, ['phone:write', 'phone:write:admin']);
    assert.equal(o.rateLimitLabel, 'RESOURCE-INTENSIVE');
    assert.equal(o.requestBody?.contentType, 'multipart/form-data');
  });
});

describe('parsePhone: recovered nesting', () => {
  it('POST /phone/sites requires name, auto_receptionist_name and a complete default_emergency_address', () => {
    const body = op('POST', '/phone/sites').requestBody;
    assert.ok(body);
    assert.equal(body.required, true);
    assert.deepEqual([...(body.schema.required ?? [])].sort(), ['auto_receptionist_name', 'default_emergency_address', 'name']);
    const address = at(body.schema, 'default_emergency_address');
    assert.equal(address.type, 'object');
    assert.deepEqual([...(address.required ?? [])].sort(), ['address_line1', 'city', 'country', 'state_code', 'zip']);
    assert.equal(at(address, 'address_line2').type, 'string');
    // Fields after the nested object go back to the body.
    assert.equal(at(body.schema, 'site_code').type, 'integer');
    assert.equal(body.schema.properties?.default_emergency_address.properties?.site_code, undefined);
  });

  it('short_extension.length is an integer defaulting to 3', () => {
    const length = at(op('POST', '/phone/sites').requestBody!.schema, 'short_extension', 'length');
    assert.equal(length.type, 'integer');
    assert.equal(length.default, 3);
  });

  it('puts an array of objects, with an object inside each item, and returns to the top level after it', () => {
    const s = response(op('GET', '/phone/outbound_caller_id/customized_numbers'), 200);
    const numbers = at(s, 'customize_numbers');
    assert.equal(numbers.type, 'array');
    assert.equal(at(numbers, '[]', 'phone_number').type, 'string');
    assert.deepEqual(Object.keys(at(numbers, '[]', 'site').properties ?? {}), ['id', 'name']);
    // two levels up: next_page_token belongs to the body, not to site or the items
    assert.equal(at(s, 'next_page_token').type, 'string');
    assert.equal(at(s, 'total_records').type, 'integer');
    assert.equal(at(numbers, '[]').properties?.next_page_token, undefined);
  });

  it('merges All of members into one object and keeps enums', () => {
    const s = response(op('GET', '/phone/account_settings'), 200);
    const locations = at(s, 'allowed_call_locations');
    assert.deepEqual(Object.keys(locations.properties ?? {}), ['enable', 'locked', 'locked_by', 'allow_internal_calls', 'locations_applied']);
    assert.deepEqual(at(locations, 'locked_by').enum, ['invalid', 'account']);
    assert.equal(locations.allOf, undefined);
  });

  it('places fields the example leaves out by the sort order of their list', () => {
    // "call_history `array` **Items:** ... start_time - call_logs `array`": the
    // example has no call_logs; "call_logs" < "start_time", so it cannot
    // continue the item list and belongs to the body.
    const history = response(op('GET', '/phone/call_history'), 200);
    assert.equal(at(history, 'call_logs').type, 'array');
    assert.equal(at(history, 'call_logs', '[]', 'call_id').type, 'string');
    assert.equal(at(history, 'call_history', '[]').properties?.call_logs, undefined);
    // "... forwarded_to `object` - extension_number ... - has_recording": back to the call log.
    const logs = response(op('GET', '/phone/users/{userId}/call_logs'), 200);
    assert.equal(at(logs, 'call_logs', '[]', 'has_recording').type, 'boolean');
    assert.equal(at(logs, 'call_logs', '[]', 'forwarded_to').properties?.has_recording, undefined);
  });

  it('closes a nested list when a required field follows optional ones', () => {
    // sender: phone_number (required) then id, user_id (absent from the example); to_members is required again, so top level.
    const body = op('POST', '/phone/sms/messages').requestBody!.schema;
    assert.deepEqual(Object.keys(at(body, 'sender').properties ?? {}), ['phone_number', 'id', 'user_id']);
    assert.deepEqual(at(body, 'sender').required, ['phone_number']);
    assert.deepEqual([...(body.required ?? [])].sort(), ['sender', 'to_members']);
    assert.deepEqual(at(body, 'to_members', '[]').required, ['phone_number']);
  });

  it('turns One of into anyOf alternatives told apart by their enums', () => {
    const body = op('POST', '/phone/extension/{extensionId}/call_handling/settings/{settingType}').requestBody!.schema;
    const alternatives = body.anyOf ?? [];
    assert.equal(alternatives.length, 2);
    assert.equal(body.oneOf, undefined);
    assert.deepEqual(Object.keys(at(alternatives[0], 'settings').properties ?? {}), ['description', 'holiday_id', 'phone_number']);
    assert.deepEqual(Object.keys(at(alternatives[1], 'settings').properties ?? {}), ['from', 'name', 'to']);
    assert.deepEqual(at(alternatives[0], 'sub_setting_type').enum, ['call_forwarding']);
  });

  it('reads a body that is itself an array (**Array of:**)', () => {
    const body = op('PATCH', '/phone/carrier_reseller/numbers').requestBody!;
    assert.equal(body.schema.type, 'array');
    assert.equal(body.schema.items?.type, 'string');
    assert.equal(body.required, true);
  });

  it('moves the possible values of an array of scalars to its items', () => {
    const privileges = at(response(op('GET', '/phone/users/{userId}/settings'), 200), 'delegation', 'privileges');
    assert.equal(privileges.enum, undefined);
    assert.deepEqual(privileges.items, { type: 'integer', enum: [1, 2, 3, 4, 5, 6, 7] });
  });

  it('keeps formats and limits the type line or the prose states', () => {
    const fax = response(op('GET', '/phone/fax/logs'), 200);
    assert.equal(at(fax, 'fax_logs', '[]', 'create_time').format, 'date-time');
    assert.equal(at(op('POST', '/phone/sms/messages').requestBody!.schema, 'message').maxLength, 500);
  });

  it('gives no schema to 204 and to bodiless answers written as a null example', () => {
    for (const o of operations) for (const r of o.responses) if (r.status === 204) assert.equal(r.schema, undefined);
    const created = op('POST', '/phone/outbound_caller_id/customized_numbers').responses.find((r) => r.status === 201);
    assert.ok(created);
    assert.equal(created.schema, undefined);
    assert.equal(created.contentType, undefined);
  });

  it('emits only standard keywords (no allOf/oneOf left, nothing but description as annotation)', () => {
    const allowed = new Set(['type', 'format', 'description', 'enum', 'default', 'minimum', 'maximum', 'minLength', 'maxLength', 'minItems', 'maxItems', 'properties', 'required', 'items', 'anyOf']);
    const visit = (s: Schema): void => {
      for (const k of Object.keys(s)) assert.ok(allowed.has(k), `unexpected keyword ${k}`);
      Object.values(s.properties ?? {}).forEach(visit);
      if (s.items) visit(s.items);
      (s.anyOf ?? []).forEach(visit);
    };
    for (const o of operations) {
      if (o.requestBody) visit(o.requestBody.schema);
      for (const r of o.responses) if (r.schema) visit(r.schema);
    }
  });
});

describe('parsePhone: documented errors', () => {
  it('collects every (status, code, message) triple with escapes removed', () => {
    const o = op('POST', '/phone/sites');
    assert.deepEqual(o.errors.slice(0, 3), [
      { status: 400, code: 400, message: 'Invalid site code length.' },
      { status: 400, code: 400, message: 'Country information is invalid.' },
      { status: 400, code: 400, message: 'This address could not be validated or geocoded.' },
    ]);
    assert.ok(o.errors.some((e) => e.message === 'India Entity Name is required.'));
  });

  it('yields one triple per code under a status, and unescapes placeholders', () => {
    const o = op('GET', '/phone/users/{userId}/audios');
    assert.ok(o.errors.some((e) => e.status === 404 && e.code === 2001 && e.message === 'Account does not exist.'));
    assert.ok(o.errors.some((e) => e.status === 404 && e.code === 1001 && e.message === 'User does not exist: {userId}.'));
    const alerts = op('GET', '/phone/alert_settings');
    assert.deepEqual(
      alerts.errors.filter((e) => e.status === 400).map((e) => e.code),
      [13000, 13001, 13002, 13012, 403],
    );
    assert.ok(operations.every((x) => x.errors.every((e) => !/\\|\\\*|\n/.test(e.message) && e.message === e.message.trim())));
  });

  it('splits a line that runs several messages together only where merged-messages.ts lists it', () => {
    assert.deepEqual(
      op('POST', '/phone/carrier_reseller/numbers').errors.filter((e) => e.code === 300).map((e) => e.message),
      ['Invalid phone number.', 'Invalid phone number status.', 'Unable to recognize country.', 'Phone number already exists.'],
    );
    assert.deepEqual(
      op('PATCH', '/phone/numbers/{phoneNumberId}').errors.map((e) => e.message)[0],
      'The value of capability is invalid. Provide a valid capability and try again.',
    );
    // Not listed: a preface and its detail stay one message.
    assert.ok(op('PATCH', '/phone/sites/{siteId}').errors.some((e) => e.message === 'Validation Failed. Site does not exist.'));
    assert.deepEqual(staleMergedMessages(), []);
  });

  it('keeps a code the page gives without words, with an empty message', () => {
    assert.deepEqual(
      op('DELETE', '/phone/numbers').errors.filter((e) => e.status === 400),
      [{ status: 400, code: 300, message: '' }],
    );
  });

  it('describes a status by its text, not by markdown', () => {
    const r = op('POST', '/phone/sites').responses.find((x) => x.status === 201);
    assert.equal(r?.description, 'Site created successfully.');
  });
});

describe('parsePhone: JSON examples validate against their schemas', () => {
  const checks = checkExamples(operations);
  const phoneOps = new Set(operations.map((o) => `${o.method} ${o.path}`));
  const exceptions = readExceptions(readFileSync(EXCEPTIONS_FILE, 'utf8')).filter((e) => phoneOps.has(e.where.split(' | ')[0]));
  const listed = new Set(exceptions.map((e) => `${e.where} | ${e.field}`));

  it('checks every example the document gives a schema for', () => {
    assert.equal(checks.length, 329); // 333 examples, 4 of them `null` for bodiless answers
  });

  it('every example validates, except the listed source inconsistencies', () => {
    const unlisted = checks.flatMap((c) => c.failures.map((f) => `${c.where} | ${f.field} | ${f.message}`)).filter((line) => !listed.has(line.split(' | ').slice(0, 3).join(' | ')));
    assert.deepEqual(unlisted, []);
  });

  it('every listed exception still fails, with a reason', () => {
    assert.ok(exceptions.length > 0);
    for (const e of exceptions) {
      const check = checks.find((c) => c.where === e.where);
      assert.ok(check, `${e.where} has an example`);
      assert.ok(check.failures.some((f) => f.field === e.field), `${e.where} | ${e.field} is listed but validates`);
      assert.ok(e.reason.length > 20);
    }
  });

  it('compiles every schema with Ajv', () => {
    const ajv = newAjv();
    for (const o of operations) {
      if (o.requestBody) ajv.compile(o.requestBody.schema);
      for (const r of o.responses) if (r.schema) ajv.compile(r.schema);
    }
  });
});

describe('parsePhone: input it cannot read', () => {
  const head = (tag = 'Sites') =>
    '# Phone ## Operations ### Get a thing - **Method:**\u00a0`GET` - **Path:**\u00a0`/phone/things/{thingId}` - **Tags:**\u00a0' +
    `${tag} Returns a thing. **[Scopes](https://x):** \`phone:read:admin\` **[Granular Scopes](https://x):** \`phone:read:thing:admin\` ` +
    '**[Rate Limit Label](https://x):** `Medium` #### Responses ##### Status: 200 \\*\\*HTTP Status Code:\\*\\* \\`200\\` OK ###### Content-Type: application/json ';
  const tail = ' ##### Status: 404 \\*\\*HTTP Status Code:\\*\\* \\`404\\` \\\nNot Found \\*\\*Error Code:\\*\\* \\`1001\\` \\\nThing does not exist: {thingId}. \\\n';
  const doc = (fields: string, tag?: string) => head(tag) + fields + tail;
  const good = '- **`id` (required)** `string` — The thing\\_id. - **`owner`** `object` - **`name`** `string` **Example:** ```json { "id": "a", "owner": { "name": "b" } } ```';

  it('reads a well-formed operation', () => {
    const [o] = parsePhone(doc(good));
    assert.equal(o.rateLimitLabel, 'MEDIUM');
    assert.equal(o.description, 'Returns a thing.');
    assert.deepEqual(o.errors, [{ status: 404, code: 1001, message: 'Thing does not exist: {thingId}.' }]);
    const s = response(o, 200);
    assert.deepEqual(s.required, ['id']);
    assert.equal(at(s, 'id').description, 'The thing_id.');
    assert.equal(at(s, 'owner', 'name').type, 'string');
  });

  const broken: [string, string, RegExp][] = [
    ['a broken JSON example', '- **`id`** `string` **Example:** ```json { "id": } ```', /JSON example does not parse/],
    ['an unknown type', '- **`id`** `strng` — The ID. **Example:** ```json { "id": "a" } ```', /unknown type `strng`/],
    ['a field line without a type', '- **`id`** — The ID. **Example:** ```json { "id": "a" } ```', /no readable `type`/],
    ['an unknown type fact', '- **`id`** `string`, pattern: `^a$` — The ID.', /unknown type fact "pattern"/],
    ['**Items:** after a field that is not an array', '- **`id`** `string` **Items:** - **`x`** `string`', /fits no open list/],
    ['an example that is not closed', '- **`id`** `string` **Example:** ```json { "id": "a" }', /not a closed/],
  ];
  for (const [what, fields, reason] of broken) {
    it(`throws SpecParseError naming the operation on ${what}`, () => {
      assert.throws(
        () => parsePhone(doc(fields)),
        (e: unknown) => e instanceof SpecParseError && e.operation === 'GET /phone/things/{thingId}' && reason.test(e.message) && /response 200/.test(e.message),
      );
    });
  }

  it('throws on a tag it does not know rather than guessing where the description starts', () => {
    assert.throws(() => parsePhone(doc(good, 'Gadgets')), (e: unknown) => e instanceof SpecParseError && /tag/.test(e.message));
  });

  it('throws on an operation heading it cannot read instead of swallowing it', () => {
    const text = doc(good) + '### Delete a thing - **Method:**\u00a0`DELETE` - **Tags:**\u00a0Sites Deletes it.';
    assert.throws(() => parsePhone(text), (e: unknown) => e instanceof SpecParseError && /heading/.test(e.message));
  });
});
