// "The expiration period for this token is 15 minutes", on every carrier list:
// a server of its own, since the test moves the sandbox clock.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../../support/server.ts';
import { assertUndocumentedError } from '../../support/contract.ts';
import type { OperationId } from '../../../spec/operations.ts';
import { assertPageTokensExpire } from '../../support/pages.ts';

let s: TestServer;

before(async () => {
  s = await startServer();
});
after(() => s.close());

const LISTS: [OperationId, string, string][] = [
  ['listPeeringPhoneNumbers', '/phone/peering/numbers', 'numbers'],
  ['listCarrierPeeringPhoneNumbers', '/phone/carrier_peering/numbers', 'numbers'],
  ['listPeeringPhoneNumbersForNumberManagement', '/accounts/me/number_management/peering_numbers', 'numbers'],
  ['listPeeringPhoneNumbersForProvider', '/accounts/me/number_management/carrier/peering_numbers', 'numbers'],
  ['listPhoneNumbersForCarrierReseller', '/phone/carrier_reseller/numbers', 'carrier_reseller_numbers'],
  ['listPortedNumbers', '/phone/ported_numbers/orders', 'ported_numbers'],
  ['listPortedNumbersForNumberManagement', '/accounts/me/number_management/ported_numbers/orders', 'ported_numbers'],
];

test('a next page token of a carrier list expires after 15 minutes of the sandbox clock', async () => {
  for (const [op, path, key] of LISTS) assert.equal((await s.api('GET', path, { query: { page_size: 1 } })).body[key].length, 1, op);
  await assertPageTokensExpire(
    s,
    LISTS.map(([op, path]) => ({ op, get: (query) => s.api('GET', path, { query }) })),
    (_, res) => assertUndocumentedError(res, 400, 300, 'The next page token is invalid or expired.'),
  );
});
