// phone.account_settings_updated, end to end: a change of the account's settings
// document (made as in Zoom's web portal, through the control plane) raises one
// event, signed, of the type Zoom's SDK declares, with the setting types changed as
// they are now and as they were; a change the event has no place for raises none.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../support/server.ts';
import { assertPhoneEvent } from '../support/phone-events.ts';
import { eventSteps, startReceiver, startRivetReceiver, subscribe, deliveryLog, type Receiver } from '../support/webhooks.ts';

const SECRET = 'account-settings-secret';
const EVENT = 'phone.account_settings_updated';

let s: TestServer;
let r: Receiver;
let steps: ReturnType<typeof eventSteps>;
let accountId: string;

before(async () => {
  s = await startServer();
  r = await startReceiver({ secret: SECRET });
  assert.equal((await subscribe(s, { endpoint_url: r.url, events: [EVENT], secret_token: SECRET })).status, 'active');
  steps = eventSteps(s, r);
  accountId = s.sandbox.demo.accountId;
});
after(async () => {
  await r.close();
  await s.close();
});

const change = async (body: unknown) => {
  const res = await s.admin('PATCH', `/accounts/${accountId}/phone_settings`, body);
  assert.equal(res.status, 204, JSON.stringify(res.body));
};
/** Every field the event carries is the document's (the event declares fewer fields than the document has). */
function assertShows(event: any, doc: any, path = 'settings'): void {
  for (const [key, value] of Object.entries<any>(event)) {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) assertShows(value, doc[key], `${path}.${key}`);
    else assert.deepEqual(value, doc[key], `${path}.${key}`);
  }
}

const document = async () => (await s.api('GET', '/phone/account_settings')).body;

test('a change of the account settings sends the setting types changed, now and before, as the document shows them', async () => {
  const was = await document();
  const from = await steps.mark();
  await change({ voicemail_transcription: { enable: false, locked: true }, call_screening: { enable: true }, auto_call_recording: { enable: true, play_recording_beep_tone: { enable: true } } });
  const events = await steps.since(from);
  assert.deepEqual(events.map((e) => e.event), [EVENT]);
  const { object, old_object } = events[0].payload;
  const now = await document();
  assert.deepEqual([object.id, Object.keys(object.settings).sort()], [accountId, ['auto_call_recording', 'voicemail_transcription']]);
  assertShows(object.settings, now);
  assert.deepEqual(object.settings.voicemail_transcription, { enable: false, locked: true, locked_by: 'account' });
  assert.deepEqual([old_object.id, Object.keys(old_object.settings).sort()], [accountId, ['auto_call_recording', 'voicemail_transcription']]);
  assertShows(old_object.settings, was);
  assert.deepEqual([old_object.settings.auto_call_recording.enable, object.settings.auto_call_recording.play_recording_beep_tone.enable], [false, true]);
  // call_screening is not among the settings the event declares: it is left out.
  assert.equal('call_screening' in object.settings, false);
  await change({ voicemail_transcription: { reset: true }, call_screening: { reset: true }, auto_call_recording: { reset: true } });
});

test('a change the event has no place for sends nothing', async () => {
  const from = await steps.mark();
  await change({ sms_template: { enable: false } });
  assert.deepEqual(await steps.since(from), []);
  await change({ sms_template: { enable: true } });
});

test("Zoom's SDK receiver takes phone.account_settings_updated as its declared type", async () => {
  const rivet = await startRivetReceiver(SECRET);
  try {
    const sub = await subscribe(s, { endpoint_url: rivet.url, events: [EVENT], secret_token: SECRET });
    await change({ international_calling: { enable: false } });
    await s.sandbox.dispatcher.idle();
    assert.deepEqual((await deliveryLog(s, sub.id)).map((d: any) => [d.event, d.status]), [[EVENT, 'delivered']]);
    assert.equal(rivet.events.length, 1);
    assertPhoneEvent(rivet.events[0]);
    assert.deepEqual([rivet.events[0].payload.old_object.settings.international_calling.enable, rivet.events[0].payload.object.settings.international_calling.enable], [true, false]);
    assert.equal((await s.admin('DELETE', `/webhooks/${sub.id}`)).status, 204);
  } finally {
    await rivet.close();
  }
});
