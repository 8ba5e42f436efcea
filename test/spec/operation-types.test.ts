// spec/operations.ts, the typed view of the contract that handlers consume.
// Most checks here are types: `npm run typecheck` fails if a line marked as
// an expected error compiles (the generated types would then accept a mistake)
// or if an Equal<> assertion is false. The runtime tests tie the generated
// list of operations and their statuses to what the server reads.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { loadContract } from '../../src/contract.ts';
import { OUTPUT } from '../../tools/spec/main.ts';
import { operationIds, type OperationId, type Operations } from '../../spec/operations.ts';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type IsAny<T> = 0 extends 1 & T ? true : false;
/** Compiles only when its type argument is `true`. */
const assertType = <_ extends true>(): void => undefined;

type SiteDetails = Operations['getPhoneSiteDetails'];
type SiteList = Operations['listPhoneSites'];
type CreateSite = Operations['createAPhoneSite'];

// ---------------------------------------------------------------------------
// Shapes

assertType<Equal<SiteDetails['params'], { siteId: string }>>();
assertType<Equal<keyof SiteDetails['query'], never>>();
assertType<Equal<keyof SiteList['params'], never>>();
assertType<Equal<SiteDetails['body'], undefined>>();
assertType<Equal<SiteDetails['status'], 200>>();
assertType<Equal<CreateSite['status'], 201>>();
assertType<Equal<Operations['updateAnAutoReceptionist']['status'], 204>>();
assertType<Equal<Operations['updateAnAutoReceptionist']['response'], undefined>>();
// A body the document does not require may be absent.
assertType<undefined extends Operations['updateAnAutoReceptionist']['body'] ? true : false>();
assertType<undefined extends CreateSite['body'] ? false : true>();
// Only a JSON body is validated and handed over; the fax upload is multipart.
assertType<Equal<Operations['uploadFaxFile']['body'], undefined>>();
assertType<Equal<Operations['uploadFaxFile']['response'], { file_id: string }>>();
// Documented with a 302 only: the server answers that redirect (src/contract.ts), without a body.
assertType<Equal<Operations['downloadAPhoneRecordingTranscript']['status'], 302>>();
assertType<Equal<Operations['downloadAPhoneRecordingTranscript']['response'], undefined>>();
assertType<Equal<NonNullable<NonNullable<SiteDetails['response']['policy']>['ad_hoc_call_recording']>['locked_by'], 'invalid' | 'account' | 'site' | undefined>>();
// The server's Ajv fills defaults (page_size 30), so a defaulted input is present...
assertType<Equal<SiteList['query'], { page_size: number; next_page_token?: string }>>();
assertType<Equal<Operations['addAGroupCallPickupObject']['body']['delay'], 0 | 5 | 10 | 15>>();
// ...except in a PATCH body, validated without defaults,
assertType<Equal<NonNullable<Operations['updateTheGroupCallPickupInformation']['body']>['delay'], 0 | 5 | 10 | 15 | undefined>>();
// and in a response, where the serializer writes the default the handler leaves out.
type PeeringNumber = NonNullable<Operations['listPeeringPhoneNumbersForProvider']['response']['numbers']>[number];
assertType<Equal<PeeringNumber['voice_direction'], 'INBOUND_AND_OUTBOUND' | 'INBOUND_ONLY' | 'OUTBOUND_ONLY' | 'NOT_SUPPORTED' | undefined>>();

/** Operations whose `part` came out as `any`: a type openapi-typescript failed to name, or a helper that missed. */
type AnyIn<Part extends 'params' | 'query' | 'body' | 'response'> = {
  [K in OperationId]: IsAny<Operations[K][Part]> extends true ? K : never;
}[OperationId];
assertType<Equal<AnyIn<'params'> | AnyIn<'query'> | AnyIn<'body'> | AnyIn<'response'>, never>>();
assertType<Equal<OperationId, (typeof operationIds)[number]>>();

// ---------------------------------------------------------------------------
// Mistakes the types must refuse

export const siteList: SiteList['response'] = { sites: [{ id: 'x', name: 'y' }], page_size: 30 };
export const fullQuery: SiteList['query'] = { page_size: 30 };
// @ts-expect-error a misspelt field
export const misspelt: SiteList['response'] = { sites: [{ id: 'x', nmae: 'y' }] };
// @ts-expect-error a field of the wrong type
export const wrongType: SiteList['response'] = { total_records: '3' };
// @ts-expect-error an enum field given a string outside the enum
export const notInEnum: SiteDetails['response'] = { policy: { ad_hoc_call_recording: { locked_by: 'everyone' } } };
export const inEnum: SiteDetails['response'] = { policy: { ad_hoc_call_recording: { locked_by: 'site' } } };
// @ts-expect-error a numeric enum given a number outside it
export const notInNumericEnum: SiteDetails['response'] = { default_emergency_address: { level: 7 } };
// @ts-expect-error a required query parameter left out
export const noProduct: Operations['listPhoneNumberPlanInformation']['query'] = { page_size: 10 };
export const withProduct: Operations['listPhoneNumberPlanInformation']['query'] = { product: 'ZOOM_PHONE', page_size: 30 };
// @ts-expect-error a query parameter the operation does not have
export const strayQuery: SiteList['query'] = { page_size: 10, pagesize: 10 };
// @ts-expect-error a query parameter with a default is always there once validated
export const noPageSize: SiteList['query'] = {};
// @ts-expect-error a required body field (name) left out
export const nameless: CreateSite['body'] = {
  auto_receptionist_name: 'AR',
  default_emergency_address: { address_line1: '1 Main St', city: 'San Jose', country: 'US', state_code: 'CA', zip: '95113' },
};
// @ts-expect-error a success status other than the documented one
export const wrongStatus: SiteDetails['status'] = 201;
// @ts-expect-error an operationId that does not exist
export const noSuchOperation: OperationId = 'listPhoneSite';
// @ts-expect-error an operation without a success body answers with none
export const bodyFor204: Operations['updateAnAutoReceptionist']['response'] = {};

// ---------------------------------------------------------------------------
// Runtime: the generated file against the contract as the server reads it

test('spec/operations.ts lists the 387 operations of the contract, in its order', () => {
  const { operations } = loadContract();
  assert.equal(operationIds.length, 387);
  assert.equal(new Set(operationIds).size, 387);
  assert.deepEqual(
    [...operationIds],
    operations.map((op) => op.operationId),
  );
});

test('every operation in spec/operations.ts has the success status the server answers with', () => {
  const text = readFileSync(OUTPUT.operations, 'utf8');
  const declared = new Map([...text.matchAll(/^ {2}(\w+): \{\n(?: {4}.*\n)*? {4}status: (\d+);$/gm)].map((m) => [m[1], Number(m[2])]));
  const { operations } = loadContract();
  assert.equal(declared.size, operations.length);
  for (const op of operations) assert.equal(declared.get(op.operationId), op.successStatus, op.operationId);
});
