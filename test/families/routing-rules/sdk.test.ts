// Directory backup routing rules through Zoom's own JavaScript SDK (@zoom/rivet,
// pinned): its method names, bodies and the list's site filter.
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

test("through Zoom's SDK: a site's rule is added, listed, moved up and deleted", async () => {
  const rules = phone.routingRules;
  const siteId = (await sites(s))[1]!.id;
  const first = await rules.addDirectoryBackupRoutingRule({ body: { name: 'Local', number_pattern: '^\\d{7}$', type: 'pstn', site_id: siteId } });
  const second = await rules.addDirectoryBackupRoutingRule({ body: { name: 'Toll free', number_pattern: '^\\+1800\\d{7}$', type: 'other_sites', site_id: siteId } });
  assert.deepEqual([first.statusCode, second.statusCode], [201, 201]);
  const moved = await rules.updateDirectoryBackupRoutingRule({ path: { routingRuleId: second.data!.routing_rule_id! }, body: { order: 1 } });
  assert.equal(moved.statusCode, 204);
  const listed = await rules.listDirectoryBackupRoutingRules({ query: { site_id: siteId } });
  assert.deepEqual(listed.data!.map((r) => [r.name, r.order]), [['Toll free', 1], ['Local', 2]]);
  const got = await rules.getDirectoryBackupRoutingRule({ path: { routingRuleId: first.data!.routing_rule_id! } });
  assert.equal(got.data!.routing_path!.type, 'pstn');
  assert.equal((await rules.deleteDirectoryBackupRoutingRule({ path: { routingRuleId: first.data!.routing_rule_id! } })).statusCode, 204);
});
