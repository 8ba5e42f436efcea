// Site settings through Zoom's own JavaScript SDK (@zoom/rivet, pinned): its method names,
// path parameters, bodies and query for holidays and device security.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { PhoneS2SAuthClient } from '@zoom/rivet/phone';
import { startServer, type TestServer } from '../../support/server.ts';
import { phoneEndpoints } from '../../support/sdk.ts';
import { sites } from '../../support/org.ts';

let s: TestServer;
let phone: PhoneS2SAuthClient['endpoints'];
before(async () => {
  s = await startServer();
  phone = await phoneEndpoints(s);
});
after(() => s.close());

test("through Zoom's SDK: a site's holiday is added, shown and deleted; its settings updated and read back", async () => {
  const [, denver] = await sites(s);
  const siteId = denver!.id;
  const added = await phone.sites.addSiteSetting({ path: { siteId, settingType: 'holiday_hours' }, body: { holidays: [{ name: 'Founders Day', from: '2026-07-01T06:00:00Z', to: '2026-07-02T06:00:00Z' }] } });
  assert.equal(added.statusCode, 201);
  const holidayId = added.data!.holidays![0]!.holiday_id!;
  const shown = await phone.sites.getPhoneSiteSetting({ path: { siteId, settingType: 'holiday_hours' } });
  assert.deepEqual(shown.data!.holiday_hours!.holidays, [{ holiday_id: holidayId, name: 'Founders Day', from: '2026-07-01T06:00:00Z', to: '2026-07-02T06:00:00Z' }]);
  const updated = await phone.sites.updateSiteSetting({ path: { siteId, settingType: 'local_based_routing' }, body: { location_based_routing: { enable: true } } });
  assert.equal(updated.statusCode, 204);
  assert.equal((await phone.sites.getPhoneSiteSetting({ path: { siteId, settingType: 'local_based_routing' } })).data!.location_based_routing!.enable, true);
  const deleted = await phone.sites.deleteSiteSetting({ path: { siteId, settingType: 'holiday_hours' }, query: { holiday_id: holidayId } });
  assert.equal(deleted.statusCode, 204);
  assert.deepEqual((await phone.sites.getPhoneSiteSetting({ path: { siteId, settingType: 'holiday_hours' } })).data!.holiday_hours!.holidays, []);
});
