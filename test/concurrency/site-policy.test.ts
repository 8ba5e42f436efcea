// Twenty clients each patch a different key of one site's policy at the same
// time: every acknowledged change is there afterwards (no lost update).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../support/server.ts';
import { createSite, tally, together } from './support.ts';

let s: TestServer;
before(async () => {
  s = await startServer();
});
after(() => s.close());

const KEYS = [
  'ad_hoc_call_recording', 'advanced_encryption', 'allow_caller_reach_operator', 'allow_end_user_edit_call_handling',
  'allow_mobile_home_phone_callout', 'audio_intercom', 'auto_opt_out_in_call_queue', 'block_calls_without_caller_id',
  'call_handling_forwarding_to_other_users', 'call_live_transcription', 'call_overflow', 'call_park',
  'call_queue_pickup_code', 'call_screening', 'call_summary', 'call_transferring',
  'check_voicemails_over_phone', 'delegation', 'elevate_to_meeting', 'hand_off_to_room',
];

test('20 parallel PATCHes of different policy keys of one site all stick', async () => {
  const site = await createSite(s, 'Policy Race');
  const answers = await together(KEYS.length, (i) => s.api('PATCH', `/phone/sites/${site}`, { body: { policy: { [KEYS[i]]: { enable: i % 2 === 0 } } } }));
  assert.deepEqual(tally(answers), { 204: KEYS.length }, JSON.stringify(answers.filter((a) => a.status !== 204).map((a) => a.body)));
  const got = await s.api('GET', `/phone/sites/${site}`);
  assert.equal(got.status, 200);
  const lost = KEYS.filter((k, i) => got.body.policy?.[k]?.enable !== (i % 2 === 0));
  assert.deepEqual(lost, [], `${lost.length} of ${KEYS.length} acknowledged updates are lost`);
});
