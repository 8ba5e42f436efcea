// Call handling through Zoom's own JavaScript SDK (@zoom/rivet, pinned): its method
// names, path parameters, bodies and the DELETE's query.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { PhoneS2SAuthClient } from '@zoom/rivet/phone';
import { startServer, type TestServer } from '../../support/server.ts';
import { phoneEndpoints } from '../../support/sdk.ts';
import { DEMO } from '../../support/org.ts';

let s: TestServer;
let phone: PhoneS2SAuthClient['endpoints'];
before(async () => {
  s = await startServer();
  phone = await phoneEndpoints(s);
});
after(() => s.close());

test("through Zoom's SDK: a user's closed hours forward to a number, ring one more, and the number is deleted", async () => {
  const ch = phone.callHandling;
  const users = await s.sandbox.db.selectFrom('extensions').select(['id', 'owner_id']).where('account_id', '=', DEMO).where('kind', '=', 'user').orderBy('seq').execute();
  const extensionId = users[1]!.id;
  const updated = await ch.updateCallHandlingSetting({
    path: { extensionId, settingType: 'closed_hours' },
    body: { sub_setting_type: 'call_handling', settings: { call_not_answer_action: 10, phone_number: '+16505550161', description: 'Front desk' } },
  });
  assert.equal(updated.statusCode, 204);
  const added = await ch.addCallHandlingSetting({ path: { extensionId, settingType: 'closed_hours' }, body: { sub_setting_type: 'call_forwarding', settings: { phone_number: '+16505550162' } } });
  assert.equal(added.statusCode, 201);
  const id = (added.data as { call_forwarding_id?: string }).call_forwarding_id!;
  const got = await ch.getCallHandlingSettings({ path: { extensionId } });
  const closed = got.data!.closed_hours!;
  assert.deepEqual(closed.find((i) => i.sub_setting_type === 'call_handling')!.settings!.routing!.forward_to, { phone_number: '+16505550161', description: 'Front desk' });
  assert.deepEqual(closed.find((i) => i.sub_setting_type === 'call_forwarding')!.settings!.call_forwarding_settings!.map((f) => f.id), [id]);
  const deleted = await ch.deleteCallHandlingSetting({ path: { extensionId, settingType: 'closed_hours' }, query: { call_forwarding_id: id } });
  assert.equal(deleted.statusCode, 204);
});
