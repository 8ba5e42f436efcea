// Setting templates of the common area type: given to a new common area (addACommonArea's
// template_id) or applied to up to 50 at a time (applyTemplateToCommonAreas), their policy
// shows in each area's details; a template of another type or site is refused.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../../support/server.ts';
import { assertContract, assertDocumentedError, assertUndocumentedError } from '../../support/contract.ts';
import { createArea, siteRows } from './fixtures.ts';

let s: TestServer;
before(async () => {
  s = await startServer();
});
after(() => s.close());

/** A template of the type, on the site, whose policy records every call: its id. */
async function template(type: string, siteId: string): Promise<string> {
  const made = await s.api('POST', '/phone/setting_templates', { body: { name: `Recorded ${type} ${siteId.slice(0, 4)} ${Math.random()}`, type, site_id: siteId } });
  assert.equal(made.status, 201, JSON.stringify(made.body));
  const set = await s.api('PATCH', `/phone/setting_templates/${made.body.id}`, { body: { policy: { auto_call_recording: { enable: true, recording_calls: 'both' }, ad_hoc_call_recording: { enable: true } } } });
  assert.equal(set.status, 204, JSON.stringify(set.body));
  return made.body.id;
}

const policyOf = async (id: string) => (await s.api('GET', `/phone/common_areas/${id}`)).body.policy;
const apply = (templateId: string, ids: string[]) => s.api('POST', `/phone/common_areas/template_id/${templateId}`, { body: { common_area_ids: ids } });

test("a common area template applied to common areas shows in each one's policy; by id or extension id", async () => {
  const [main] = await siteRows(s);
  const t = await template('commonArea', main!.id);
  const a = await createArea(s);
  const b = await createArea(s);
  assert.notEqual((await policyOf(a.id)).auto_call_recording?.enable, true);
  // B named by its extension id, as the page allows ("The common area ID or common area extension ID").
  const extensionOfB = (await s.sandbox.db.selectFrom('common_areas').select('extension_id').where('id', '=', b.id).executeTakeFirstOrThrow()).extension_id;
  const res = await apply(t, [a.id, extensionOfB]);
  assertContract('applyTemplateToCommonAreas', res);
  for (const id of [a.id, b.id]) {
    const policy = await policyOf(id);
    assert.equal(policy.auto_call_recording.enable, true);
    assert.equal(policy.auto_call_recording.recording_calls, 'both');
    assert.equal(policy.ad_hoc_call_recording.enable, true);
  }
});

test('a new common area takes the template its add names', async () => {
  const [main] = await siteRows(s);
  const t = await template('commonArea', main!.id);
  const a = await createArea(s, { template_id: t, site_id: main!.id });
  assert.equal((await policyOf(a.id)).auto_call_recording.enable, true);
  // A user template, or one of another site, is refused and adds nothing.
  const userTemplate = await template('user', main!.id);
  const before = (await s.api('GET', '/phone/common_areas', { query: { page_size: 300 } })).body.total_records;
  assertDocumentedError('addACommonArea', await s.api('POST', '/phone/common_areas', { body: { display_name: 'Templated', template_id: userTemplate } }), 'templateTypeErrorOrTheTemplate');
  const [, denver] = await siteRows(s);
  assertDocumentedError('addACommonArea', await s.api('POST', '/phone/common_areas', { body: { display_name: 'Templated', template_id: t, site_id: denver!.id } }), 'templatesSiteIsNotTheSame');
  assert.equal((await s.api('GET', '/phone/common_areas', { query: { page_size: 300 } })).body.total_records, before);
});

test('applying refuses another site, an unknown area, more than 50, a template of another type; nothing changes', async () => {
  const [main, denver] = await siteRows(s);
  const t = await template('commonArea', main!.id);
  const here = await createArea(s);
  const there = await createArea(s, { site_id: denver!.id });
  assertDocumentedError('applyTemplateToCommonAreas', await apply(t, [here.id, there.id]), 'templatesSiteIsNotTheSame');
  assertDocumentedError('applyTemplateToCommonAreas', await apply(t, [here.id, 'no-such-area']), 'commonAreaDoesNotExist');
  assertDocumentedError('applyTemplateToCommonAreas', await apply(t, Array.from({ length: 51 }, (_, i) => `area-${i}`)), 'commonAreaSizeMustBeLess');
  assert.notEqual((await policyOf(here.id)).auto_call_recording?.enable, true, 'a refused request applied nothing');
  const userTemplate = await template('user', main!.id);
  assertUndocumentedError(await apply(userTemplate, [here.id]), 404, 404, `The template type error or the template does not exist:${userTemplate}.`);
  assertUndocumentedError(await apply('nothere', [here.id]), 404, 404, 'The template type error or the template does not exist:nothere.');
  assertUndocumentedError(await apply(t, []), 400, 300, 'common_area_ids must name at least one common area.');
});
