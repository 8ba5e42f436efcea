// Common areas through Zoom's own JavaScript SDK (@zoom/rivet, pinned): its method
// names, bodies and paths, from adding a common area to deleting it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { PhoneS2SAuthClient } from '@zoom/rivet/phone';
import { startServer, type TestServer } from '../../support/server.ts';
import { phoneEndpoints } from '../../support/sdk.ts';
import { addNumber } from './fixtures.ts';

let s: TestServer;
let phone: PhoneS2SAuthClient['endpoints'];
before(async () => {
  s = await startServer();
  phone = await phoneEndpoints(s);
});
after(() => s.close());

test("through Zoom's SDK: a common area is added, given a number, a plan and a PIN, shown, listed and deleted", async () => {
  const areas = phone.commonAreas;
  const added = await areas.addCommonArea({ body: { display_name: 'SDK Lobby', extension_number: 515, timezone: 'America/New_York' } });
  assert.equal(added.statusCode, 201);
  const id = added.data!.id!;
  const n = await addNumber(s);
  const numbers = await areas.assignPhoneNumbersToCommonArea({ path: { commonAreaId: id }, body: { phone_numbers: [{ id: n.id }] } });
  assert.deepEqual(numbers.data!.phone_numbers, [{ id: n.id, number: n.number }]);
  const plans = await areas.assignCallingPlansToCommonArea({ path: { commonAreaId: id }, body: { calling_plans: [{ type: 100 }] } });
  assert.equal(plans.statusCode, 201);
  assert.equal((await areas.updateCommonAreaPinCode({ path: { commonAreaId: id }, body: { pin_code: '582947' } })).statusCode, 204);
  assert.equal((await areas.updateCommonArea({ path: { commonAreaId: id }, body: { department: 'Front office' } })).statusCode, 204);
  const got = await areas.getCommonAreaDetails({ path: { commonAreaId: id } });
  assert.equal(got.data!.department, 'Front office');
  assert.deepEqual(got.data!.calling_plans!.map((p) => p.type), [100]);
  const listed = await areas.listCommonAreas({ query: { page_size: 300 } });
  assert.ok(listed.data!.common_areas!.some((a) => a.id === id && a.phone_numbers!.length === 1));
  const codes = await areas.generateActivationCodesForCommonAreas({ body: { common_area_ids: [id] } });
  assert.equal(codes.data!.common_areas_activation_codes![0].common_area_id, id);
  assert.equal((await areas.unassignPhoneNumbersFromCommonArea({ path: { commonAreaId: id, phoneNumberId: n.id } })).statusCode, 204);
  assert.equal((await areas.unassignCallingPlanFromCommonArea({ path: { commonAreaId: id, type: '100' } })).statusCode, 204);
  assert.equal((await areas.deleteCommonArea({ path: { commonAreaId: id } })).statusCode, 204);
});
