// The small-page parser (000 internal numbers, 001 SIP trunks, 004 SIP phones):
// the tree rebuilt from `parent[].child` names, valid values and defaults,
// scopes and labels as the pages state them, the responses chosen for pages
// that document none, and loud failure on input it cannot read.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { Schema, SourceOperation } from '../../tools/spec/model.ts';
import { SpecParseError } from '../../tools/spec/model.ts';
import { parsePage, type PageSource } from '../../tools/spec/parse-pages.ts';
import { newAjv } from '../../tools/spec/nm-examples.ts';

const FILES: Record<PageSource, string> = {
  'internal-numbers': '000_7cff508f6f6d8b45.txt',
  'sip-trunks': '001_8cfb061a3beadcfb.txt',
  'sip-phones': '004_05bd5b3e700f14b4.txt',
};
const text = (source: PageSource): string => readFileSync(new URL(`../../spec/sources/${FILES[source]}`, import.meta.url), 'utf8');
const page = (source: PageSource): SourceOperation => parsePage(text(source), source);

const internalNumbers = page('internal-numbers');
const sipTrunks = page('sip-trunks');
const sipPhones = page('sip-phones');

function at(schema: Schema | undefined, ...steps: string[]): Schema {
  let s = schema;
  for (const step of steps) {
    s = step === '[]' ? s?.items : s?.properties?.[step];
    assert.ok(s, `schema has ${steps.join('.')} (stuck at ${step})`);
  }
  return s!;
}

function assertFails(source: PageSource, from: string, to: string, operation: string, reason: RegExp): void {
  const original = text(source);
  assert.equal(original.split(from).length, 2, `"${from}" occurs once in ${FILES[source]}`);
  assert.throws(
    () => parsePage(original.replace(from, to), source),
    (e: unknown) => e instanceof SpecParseError && e.operation === operation && reason.test(e.message),
  );
}

describe('parsePage: POST /accounts/{accountId}/sip_trunk/internal_numbers (plain rows)', () => {
  const body = internalNumbers.requestBody?.schema;

  it('rebuilds { internal_numbers: [ {...} ] } with the six required item fields', () => {
    assert.deepEqual(Object.keys(body?.properties ?? {}), ['internal_numbers']);
    assert.equal(body?.required, undefined); // "internal_numbers[] Array No"
    const item = at(body, 'internal_numbers', '[]');
    assert.equal(at(body, 'internal_numbers').type, 'array');
    assert.equal(item.type, 'object');
    assert.deepEqual([...(item.required ?? [])].sort(), ['country', 'display_number', 'labels', 'languages', 'number', 'type']);
    assert.deepEqual(Object.keys(item.properties ?? {}).sort(), ['allow_for_external_meetings', 'allow_join', 'country', 'display_number', 'labels', 'languages', 'number', 'type', 'visible']);
    assert.equal(at(item, 'visible').type, 'boolean');
  });

  it('reads "Valid values:" lists as typed enums and keeps the prose', () => {
    const item = at(body, 'internal_numbers', '[]');
    assert.deepEqual(at(item, 'type'), {
      type: 'integer',
      description: 'Type of phone number.\nThe value can be one of the following:\n\n- 0 : toll\n- 1 : tollfree',
      enum: [0, 1],
    });
    assert.deepEqual(at(item, 'languages').enum, ['en-US', 'en-GB', 'de-DE']);
    assert.ok(!at(item, 'languages').description?.includes('Valid values'));
  });

  it('states the path parameter, the scope Zoom publishes, no rate-limit label and a 201 with the new ids', () => {
    assert.equal(internalNumbers.summary, 'Add internal numbers');
    assert.deepEqual(internalNumbers.tags, ['SIP Connected Audio']);
    assert.deepEqual(internalNumbers.parameters.map((p) => [p.name, p.in, p.required, p.schema.type]), [['accountId', 'path', true, 'string']]);
    assert.match(internalNumbers.parameters[0].description ?? '', /^Unique identifier of the account\.\nTo add internal numbers to a sub account/);
    assert.deepEqual(internalNumbers.scopes, ['sip_trunk:master']);
    assert.equal(internalNumbers.rateLimitLabel, null);
    assert.equal(internalNumbers.requestBody?.required, true);
    assert.match(internalNumbers.description, /^This API allows a master account/);
    assert.ok(!internalNumbers.description.includes('Prerequisites'), 'the empty "Prerequisites:" heading is dropped');
    const [created] = internalNumbers.responses;
    assert.equal(internalNumbers.responses.length, 1);
    assert.equal(created.status, 201);
    const added = at(created.schema, 'internal_numbers', '[]');
    assert.equal(at(added, 'id').type, 'string');
    assert.deepEqual(added.required, at(body, 'internal_numbers', '[]').required);
    assert.equal(at(body, 'internal_numbers', '[]').properties?.id, undefined, 'the request items gain no id');
  });
});

describe('parsePage: POST /accounts/{accountId}/sip_trunk/trunks (pipe rows)', () => {
  it('rebuilds sip_trunks[] with its three optional fields and the stated DNIS length', () => {
    const body = sipTrunks.requestBody?.schema;
    const item = at(body, 'sip_trunks', '[]');
    assert.deepEqual(Object.keys(item.properties ?? {}), ['id', 'dnis', 'outbound_caller_id']);
    assert.equal(item.required, undefined);
    assert.equal(at(item, 'dnis').maxLength, 8);
    assert.equal(at(body, 'sip_trunks').description, 'Array of one or more SIP Trunk objects.');
  });

  it('reads "Scope:sip_trunk:master", no label, and answers 201 with the assigned trunks', () => {
    assert.equal(sipTrunks.summary, 'Assign SIP trunks');
    assert.deepEqual(sipTrunks.scopes, ['sip_trunk:master']);
    assert.equal(sipTrunks.rateLimitLabel, null);
    assert.deepEqual(sipTrunks.parameters.map((p) => [p.name, p.description]), [['accountId', 'Unique Identifier of the sub account.']]);
    assert.match(sipTrunks.description, /Use this API to assign SIP trunk\(s\)[^\n]*\nPrerequisites:\n- The account making this API request must be a master account/);
    assert.deepEqual(sipTrunks.responses.map((r) => r.status), [201]);
    assert.deepEqual(Object.keys(at(sipTrunks.responses[0].schema, 'sip_trunks', '[]').properties ?? {}), ['id', 'name', 'sip_server_address', 'number_prefix', 'dnis']);
  });
});

describe('parsePage: POST /sip_phones (pipe rows, flat body)', () => {
  const body = sipPhones.requestBody?.schema;

  it('defaults registration_expire_time to 60 and requires the eight "Yes" fields', () => {
    assert.deepEqual(at(body, 'registration_expire_time'), {
      type: 'integer',
      description: 'The number of minutes after which the SIP registration of the Zoom client user will expire, and the client will auto register to the SIP server.',
      default: 60,
    });
    assert.deepEqual([...(body?.required ?? [])].sort(), ['authorization_name', 'domain', 'password', 'proxy_server', 'register_server', 'user_email', 'user_name', 'voice_mail']);
    assert.equal(Object.keys(body?.properties ?? {}).length, 16);
  });

  it('restores the transport protocols the page lost after "Valid values:"', () => {
    for (const name of ['transport_protocol', 'transport_protocol2', 'transport_protocol3']) {
      assert.deepEqual(at(body, name), { type: 'string', description: 'Protocols supported by the SIP provider.', enum: ['UDP', 'TCP', 'TLS', 'AUTO'] });
    }
  });

  it('reads the scope and the `Light` label, has no parameters, and answers 201 without a body', () => {
    assert.equal(sipPhones.summary, 'Enable SIP phone');
    assert.deepEqual(sipPhones.tags, ['SIP Phone']);
    assert.deepEqual(sipPhones.scopes, ['sip_phone:write:admin']);
    assert.equal(sipPhones.rateLimitLabel, 'LIGHT');
    assert.deepEqual(sipPhones.parameters, []);
    assert.deepEqual(sipPhones.responses, [{ status: 201, description: 'SIP phone enabled for the user.' }]);
    assert.ok(!sipPhones.description.includes('Rate Limit'));
  });
});

describe('parsePage: all three pages', () => {
  it('produce schemas Ajv compiles, with only standard keywords', () => {
    const ajv = newAjv();
    const allowed = new Set(['type', 'format', 'description', 'enum', 'default', 'maxLength', 'properties', 'required', 'items']);
    const walk = (s: Schema): void => {
      for (const k of Object.keys(s)) assert.ok(allowed.has(k), `keyword ${k}`);
      Object.values(s.properties ?? {}).forEach(walk);
      if (s.items) walk(s.items);
    };
    for (const o of [internalNumbers, sipTrunks, sipPhones]) {
      assert.ok(o.requestBody);
      walk(o.requestBody.schema);
      ajv.compile(o.requestBody.schema);
      for (const r of o.responses) if (r.schema) ajv.compile(r.schema);
      assert.deepEqual(o.errors, []);
      assert.deepEqual(o.granularScopes, []);
    }
  });

  it('accept a body the page describes and reject one that breaks it', () => {
    const validate = newAjv().compile(internalNumbers.requestBody!.schema);
    const number = { number: '+1888888000', display_number: '+1 888 888 000', type: 1, country: 'US', languages: 'en-US', labels: 'HQ' };
    assert.equal(validate({ internal_numbers: [number] }), true);
    assert.equal(validate({ internal_numbers: [{ ...number, type: 2 }] }), false);
    assert.equal(validate({ internal_numbers: [{ ...number, languages: 'fr-FR' }] }), false);
    const { labels: _labels, ...unlabelled } = number;
    assert.equal(validate({ internal_numbers: [unlabelled] }), false);
  });
});

describe('parsePage: a query parameter table', () => {
  it('reads it as query parameters with their valid values and default', () => {
    const table = ['Query parameters', '| Name | Type | Required | Description |', '|---|---|---|---|', 'status |', 'String | No |', 'Which trunks to list.', 'Valid values:', '- active', '- inactive |', 'page_size |', 'Integer | No |', 'Records per page. Default value: 30 |', ''].join('\n');
    const withQuery = text('sip-trunks').replace('Request headers\n', `${table}Request headers\n`);
    const { parameters } = parsePage(withQuery, 'sip-trunks');
    assert.deepEqual(parameters.slice(1), [
      { name: 'status', in: 'query', required: false, description: 'Which trunks to list.', schema: { type: 'string', enum: ['active', 'inactive'] } },
      { name: 'page_size', in: 'query', required: false, description: 'Records per page.', schema: { type: 'integer', default: 30 } },
    ]);
  });
});

describe('parsePage: input it cannot read', () => {
  const INTERNAL = 'POST /accounts/{accountId}/sip_trunk/internal_numbers';

  it('fails on an unknown type, naming the operation', () => {
    assertFails('internal-numbers', 'internal_numbers[].country String Yes', 'internal_numbers[].country Text Yes', INTERNAL, /unknown type "Text"/);
  });

  it('fails on a child listed before its parent', () => {
    assertFails('internal-numbers', 'internal_numbers[] Array No', 'numbers[] Array No', INTERNAL, /before its parent "internal_numbers"/);
  });

  it('fails on "Valid values:" with no values it can restore', () => {
    assertFails('internal-numbers', 'Valid values:\n\n  • "en-US"\n  • "en-GB"\n  • "de-DE"', 'Valid values:\n', INTERNAL, /"Valid values:" with no values/);
  });

  it('fails on a valid value that does not fit the type', () => {
    assertFails('internal-numbers', '  • 0\n  • 1\n', '  • 0\n  • one\n', INTERNAL, /one is not a integer/);
  });

  it('fails on a pipe row whose description is not closed', () => {
    assertFails('sip-trunks', 'Assign an outbound caller Id to the trunk. |', 'Assign an outbound caller Id to the trunk.', 'POST /accounts/{accountId}/sip_trunk/trunks', /not closed by "\|"/);
  });

  it('fails on an unknown rate-limit label', () => {
    assertFails('sip-phones', '`Light`', '`Feather`', 'POST /sip_phones', /Feather/);
  });

  it('fails when a page is handed in as another source', () => {
    assert.throws(
      () => parsePage(text('sip-phones'), 'sip-trunks'),
      (e: unknown) => e instanceof SpecParseError && e.operation === 'POST /sip_phones' && /expected the page for POST \/accounts/.test(e.message),
    );
  });
});
