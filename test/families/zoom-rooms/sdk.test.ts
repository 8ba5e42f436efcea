// Zoom Rooms in Zoom Phone through Zoom's own JavaScript SDK (@zoom/rivet, pinned):
// its method names, bodies, and the calling plan type it puts in the path as a number.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { PhoneS2SAuthClient } from '@zoom/rivet/phone';
import { startServer, type TestServer } from '../../support/server.ts';
import { phoneEndpoints } from '../../support/sdk.ts';
import { addNumber } from '../../support/fixtures.ts';
import { sites } from '../../support/org.ts';

let s: TestServer;
let phone: PhoneS2SAuthClient['endpoints'];
before(async () => {
  s = await startServer();
  phone = await phoneEndpoints(s);
});
after(() => s.close());

test("through Zoom's SDK: a waiting room is added, given a plan and a number, renumbered, and removed", async () => {
  const rooms = phone.zoomRooms;
  const denver = (await sites(s))[1]!.id;
  const waiting = await rooms.listZoomRoomsWithoutZoomPhoneAssignment({ query: { keyword: 'Huddle' } });
  const room = waiting.data!.rooms![0]!;
  assert.equal(room.display_name, 'Huddle Room 2B');

  assert.equal((await rooms.addZoomRoomToZoomPhone({ body: { id: room.id, site_id: denver } })).statusCode, 201);
  assert.equal((await rooms.assignCallingPlansToZoomRoom({ path: { roomId: room.id! }, body: { calling_plans: [{ type: 100 }] } })).statusCode, 201);
  const number = await addNumber(s);
  assert.equal((await rooms.assignPhoneNumbersToZoomRoom({ path: { roomId: room.id! }, body: { phone_numbers: [{ number: number.number }] } })).statusCode, 201);
  assert.equal((await rooms.updateZoomRoomUnderZoomPhoneLicense({ path: { roomId: room.id! }, body: { extension_number: 200345 } })).statusCode, 204);

  const listed = await rooms.listZoomRoomsUnderZoomPhoneLicense({ query: { site_id: denver } });
  const shown = listed.data!.rooms!.find((r) => r.id === room.id)!;
  assert.deepEqual([shown.name, shown.extension_number, shown.phone_numbers, shown.calling_plans!.map((p) => p.type)], [
    'Huddle Room 2B', 200345, [{ id: number.id, number: number.number }], [100],
  ]);
  const details = await rooms.getZoomRoomUnderZoomPhoneLicense({ path: { roomId: room.id! } });
  assert.equal(details.data!.site!.id, denver);

  assert.equal((await rooms.removePhoneNumberFromZoomRoom({ path: { roomId: room.id!, phoneNumberId: number.id } })).statusCode, 204);
  assert.equal((await rooms.removeCallingPlanFromZoomRoom({ path: { roomId: room.id!, type: 100 } })).statusCode, 204);
  assert.equal((await rooms.removeZoomRoomFromZPAccount({ path: { roomId: room.id! } })).statusCode, 204);
  const again = await rooms.listZoomRoomsWithoutZoomPhoneAssignment({ query: {} });
  assert.ok(again.data!.rooms!.some((r) => r.id === room.id));
});
