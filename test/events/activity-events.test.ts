// The phone.* events of what calls and messages leave, end to end: a subscribed
// endpoint receives them, signed, as calls are placed and texts sent or received
// over HTTP; each matches the type Zoom's SDK declares for it and shows the ids,
// URLs and values the API's own views show of the same recording, voicemail or message.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { ManualClock } from '../../src/clock.ts';
import { startServer, type TestServer } from '../support/server.ts';
import { eventSteps, startReceiver, subscribe, type Receiver } from '../support/webhooks.ts';
import { consumer, register10Dlc, texter } from '../families/sms-messages/fixtures.ts';

const NOW = Date.parse('2026-11-25T08:00:00Z');
/** Tuesday 24 November 2026, 10:00 in Los Angeles: business hours, a day before the sandbox's now. */
const AT = '2026-11-24T18:00:00Z';
const DAY = { from: '2026-11-24', to: '2026-11-25' };
const SECRET = 'activity-events-secret';
const OUTSIDE = '+14155550123';
const EVENTS = [
  'phone.recording_completed',
  'phone.recording_transcript_completed',
  'phone.voicemail_received',
  'phone.voicemail_transcript_completed',
  'phone.voicemail_received_for_access_member',
  'phone.sms_sent',
  'phone.sms_received',
  'phone.sms_campaign_number_opt_out',
  'phone.sms_campaign_number_opt_in',
];

let s: TestServer;
let clock: ManualClock;
let r: Receiver;
let steps: ReturnType<typeof eventSteps>;
let user101: { id: string; extension_id: string };

before(async () => {
  clock = new ManualClock(NOW);
  s = await startServer({ clock });
  r = await startReceiver({ secret: SECRET });
  const sub = await subscribe(s, { endpoint_url: r.url, events: EVENTS, secret_token: SECRET });
  assert.equal(sub.status, 'active');
  steps = eventSteps(s, r);
  const users = await s.api('GET', '/phone/users', { query: { page_size: 100 } });
  user101 = users.body.users.find((u: any) => String(u.extension_number) === '101');
});
after(async () => {
  await r.close();
  await s.close();
});

async function place(body: Record<string, unknown>): Promise<any> {
  const res = await s.admin('POST', '/calls', body);
  assert.equal(res.status, 201, JSON.stringify(res.body));
  return res.body;
}

const seconds = (iso: string) => Date.parse(iso);

test('a recorded call: phone.recording_completed when it ends and its transcript a minute later, with the ids and URLs GET /phone/recordings shows', async () => {
  const from = await steps.mark();
  const call = await place({ from: OUTSIDE, to: '101', at: AT, script: { talk_seconds: 45, record: true } });
  assert.equal(call.recording_ids.length, 1);
  const events = await steps.since(from);
  assert.deepEqual(events.map((e) => e.event), ['phone.recording_completed', 'phone.recording_transcript_completed']);
  const [completed, transcript] = events;

  const list = await s.api('GET', '/phone/recordings', { query: { ...DAY, page_size: 300 } });
  assert.equal(list.status, 200);
  const shown = list.body.recordings.find((x: any) => x.id === call.recording_ids[0]);
  assert.ok(shown, 'the recording is listed');
  assert.ok(shown.call_log_id, "the list shows the owner's call log");
  const [item] = completed.payload.object.recordings;
  assert.equal(completed.payload.object.recordings.length, 1);
  for (const field of ['id', 'call_id', 'call_log_id', 'download_url', 'duration', 'date_time', 'end_time', 'direction', 'recording_type', 'caller_number', 'callee_number', 'callee_name']) {
    assert.deepEqual(item[field], shown[field], `recording_completed.${field} is what GET /phone/recordings shows`);
  }
  assert.equal(item.duration, 45);
  assert.equal(item.owner.id, user101.id);
  assert.equal(item.user_id, user101.id);
  assert.equal(item.call_history_id, call.call_history_uuid);
  // It happened when the recording ended; the transcript is ready a minute after.
  assert.equal(completed.event_ts, seconds(shown.end_time));
  assert.equal(transcript.event_ts, completed.event_ts + 60_000);

  const [t] = transcript.payload.object.recordings;
  assert.equal(t.id, shown.id);
  assert.equal(t.call_log_id, shown.call_log_id);
  assert.equal(t.transcript_download_url, shown.transcript_download_url);
  assert.equal(t.download_url, undefined, 'the transcript event names no audio file');
  // The URL the event names serves the transcript (the clock is past the moment the event says).
  const res = await fetch(`${s.base}${t.transcript_download_url}`, { headers: { authorization: `Bearer ${await s.token()}` }, redirect: 'follow' });
  assert.equal(res.status, 200);
  assert.equal(((await res.json()) as any).recording_id, shown.id);
});

test('a voicemail: phone.voicemail_received and its transcription, as GET /phone/voice_mails/{id} shows them', async () => {
  const from = await steps.mark();
  const call = await place({ from: OUTSIDE, to: '101', at: AT, script: { no_answer: true, voicemail_seconds: 25 } });
  assert.ok(call.voicemail_id, JSON.stringify(call));
  const events = await steps.since(from);
  assert.deepEqual(events.map((e) => e.event), ['phone.voicemail_received', 'phone.voicemail_transcript_completed']);
  const [received, transcribed] = events;
  const details = await s.api('GET', `/phone/voice_mails/${call.voicemail_id}`);
  assert.equal(details.status, 200);
  const v = details.body;
  assert.ok(v.call_log_id, "the details show the mailbox's call log");
  const o = received.payload.object;
  for (const field of ['id', 'call_id', 'call_log_id', 'call_history_id', 'download_url', 'duration', 'date_time', 'caller_number', 'caller_number_type', 'caller_name', 'callee_number', 'callee_name']) {
    assert.deepEqual(o[field], v[field], `voicemail_received.${field} is what the voicemail's details show`);
  }
  assert.equal(o.duration, 25);
  assert.equal(o.callee_extension_type, 'user');
  assert.equal(o.callee_user_id, user101.id);
  assert.equal(received.event_ts, seconds(v.date_time) + 25_000);
  const t = transcribed.payload.object;
  assert.equal(t.id, v.id);
  assert.equal(t.call_log_id, v.call_log_id);
  assert.deepEqual(t.transcription, { status: v.transcription.status, content: v.transcription.content });
});

test("a voicemail left after hours in the main auto receptionist's mailbox names the receptionist as its callee", async () => {
  const ars = await s.api('GET', '/phone/auto_receptionists', { query: { page_size: 100 } });
  const main = ars.body.auto_receptionists.find((x: any) => x.extension_number === 1000);
  const mainNumber = (await s.api('GET', `/phone/auto_receptionists/${main.id}`)).body.phone_numbers[0].number;
  const hours = await s.api('PATCH', `/phone/extension/${main.extension_id}/call_handling/settings/business_hours`, {
    body: { sub_setting_type: 'custom_hours', settings: { type: 2, custom_hours_settings: [1, 2, 3, 4, 5, 6, 7].map((weekday) => (weekday === 1 || weekday === 7 ? { weekday, type: 0 } : { weekday, type: 2, from: '09:00', to: '17:00' })) } },
  });
  assert.equal(hours.status, 204);
  const from = await steps.mark();
  // Tuesday 20:00 in Los Angeles: the receptionist's closed hours.
  const call = await place({ from: OUTSIDE, to: mainNumber, at: '2026-11-25T04:00:00Z', script: { digits: '1', voicemail_seconds: 12 } });
  assert.equal(call.outcome, 'voicemail');
  const events = await steps.since(from);
  assert.deepEqual(events.map((e) => e.event), ['phone.voicemail_received', 'phone.voicemail_transcript_completed']);
  const listed = await s.api('GET', '/phone/voice_mails', { query: { ...DAY, page_size: 300 } });
  const shown = listed.body.voice_mails.find((v: any) => v.id === call.voicemail_id);
  for (const e of events) {
    const o = e.payload.object;
    assert.equal(o.id, call.voicemail_id);
    assert.equal(o.callee_extension_type, 'autoReceptionist');
    assert.equal(o.callee_name, shown.callee_name);
    assert.equal(o.callee_number, shown.callee_number);
    assert.equal(o.callee_user_id, undefined, 'a receptionist is no user');
  }
  assert.equal(events[0].payload.object.callee_id, shown.owner.id);
});

test('SMS: sent and received as the session shows them; STOP and START as opt-out and opt-in; a message with attachments makes none', async () => {
  const ivan = await texter(s);
  const fan = consumer();
  const from = await steps.mark();

  const withFile = await s.api('POST', '/phone/sms/messages', {
    body: { sender: { phone_number: ivan.number }, to_members: [{ phone_number: fan }], message: 'Our flyer', attachments: [{ type: 'PNG', base64_encoding: Buffer.from('png bytes').toString('base64') }] },
  });
  assert.equal(withFile.status, 201, JSON.stringify(withFile.body));
  const out = await s.api('POST', '/phone/sms/messages', { body: { sender: { phone_number: ivan.number }, to_members: [{ phone_number: fan }], message: 'Sale this weekend!' } });
  assert.equal(out.status, 201, JSON.stringify(out.body));
  const stop = await s.admin('POST', '/sms', { from: fan, to: ivan.number, text: 'STOP' });
  assert.equal(stop.status, 201, JSON.stringify(stop.body));
  const start = await s.admin('POST', '/sms', { from: fan, to: ivan.number, text: 'start' });
  assert.equal(start.status, 201, JSON.stringify(start.body));

  const events = await steps.since(from);
  assert.deepEqual(events.map((e) => e.event), [
    'phone.sms_sent',
    'phone.sms_received',
    'phone.sms_campaign_number_opt_out',
    'phone.sms_received',
    'phone.sms_campaign_number_opt_in',
  ]);
  const [sent, stopped, optOut, started, optIn] = events;
  assert.ok(!events.some((e) => e.payload.object.message_id === withFile.body.message_id), 'no event for the message with attachments');

  const history = await s.api('GET', `/phone/sms/sessions/${out.body.session_id}`, { query: { page_size: 300 } });
  assert.equal(history.status, 200);
  const byId = new Map(history.body.sms_histories.map((m: any) => [m.message_id, m]));
  const shownSent: any = byId.get(out.body.message_id);
  assert.equal(sent.payload.object.message_id, out.body.message_id);
  assert.equal(sent.payload.object.session_id, out.body.session_id);
  assert.equal(sent.payload.object.message, shownSent.message);
  assert.equal(sent.payload.object.message_type, shownSent.message_type);
  assert.equal(sent.payload.object.date_time, shownSent.date_time);
  assert.deepEqual(sent.payload.object.sender, { phone_number: ivan.number, id: ivan.userId, type: 'user', display_name: shownSent.sender.display_name });
  assert.deepEqual(sent.payload.object.to_members, [{ phone_number: fan }]);
  assert.deepEqual(sent.payload.object.owner, { type: 'user', id: ivan.userId, sms_sender_user_id: ivan.userId });
  assert.deepEqual(sent.payload.object.phone_number_campaign_opt_statuses, [{ consumer_phone_number: fan, zoom_phone_user_number: ivan.number, opt_status: 'pending' }]);

  assert.equal(stopped.payload.object.message_id, stop.body.message_id);
  assert.equal(stopped.payload.object.session_id, out.body.session_id, 'the reply joins the session of the two numbers');
  assert.ok(byId.has(stop.body.message_id));
  assert.deepEqual(stopped.payload.object.sender, { phone_number: fan });
  assert.deepEqual(stopped.payload.object.owner, { type: 'user', id: ivan.userId });
  assert.deepEqual(stopped.payload.object.phone_number_campaign_opt_statuses, [{ consumer_phone_number: fan, zoom_phone_user_number: ivan.number, opt_status: 'opt_out' }]);
  assert.deepEqual(optOut.payload.object.phone_number_campaign_opt_statuses, [{ consumer_phone_number: fan, zoom_phone_user_number: ivan.number }]);
  assert.equal(optOut.payload.object.date_time, stopped.payload.object.date_time);
  assert.equal(started.payload.object.phone_number_campaign_opt_statuses[0].opt_status, 'opt_in');
  assert.deepEqual(optIn.payload.object.phone_number_campaign_opt_statuses, [{ consumer_phone_number: fan, zoom_phone_user_number: ivan.number }]);

  // The opt status the events announce is the one the API shows.
  const opt = await s.api('GET', `/phone/user/${ivan.userId}/sms_campaigns/phone_numbers/opt_status`, { query: { consumer_phone_numbers: fan, zoom_phone_user_numbers: ivan.number } });
  assert.equal(opt.body.phone_number_campaign_opt_statuses[0].opt_status, 'opt_in');
});

test("a text between two of the account's numbers: sms_sent from one, sms_received at the other, the recipient its owner", async () => {
  const a = await texter(s);
  const b = await texter(s);
  const from = await steps.mark();
  const out = await s.api('POST', '/phone/sms/messages', { body: { sender: { phone_number: a.number }, to_members: [{ phone_number: b.number }], message: 'Lunch?' } });
  assert.equal(out.status, 201, JSON.stringify(out.body));
  const events = await steps.since(from);
  assert.deepEqual(events.map((e) => e.event), ['phone.sms_sent', 'phone.sms_received']);
  const [sent, received] = events;
  assert.equal(sent.payload.object.message_id, out.body.message_id);
  assert.equal(received.payload.object.message_id, out.body.message_id);
  assert.deepEqual(sent.payload.object.to_members, [{ phone_number: b.number, id: b.userId, type: 'user', display_name: b.name }]);
  assert.deepEqual(received.payload.object.to_members, [{ phone_number: b.number, id: b.userId, type: 'user', display_name: b.name, is_message_owner: true }]);
  assert.deepEqual(received.payload.object.owner, { type: 'user', id: b.userId });
  assert.equal(received.payload.object.phone_number_campaign_opt_statuses, undefined);
});

test('an opt status set through the API is announced as a STOP or START is: opt_out, then opt_in, as the API then shows it', async () => {
  const ivan = await texter(s, { campaign: false });
  const campaignId = await register10Dlc(s, ivan.numberId);
  const fan = consumer();
  const from = await steps.mark();
  for (const opt_status of ['opt_out', 'opt_in']) {
    const res = await s.api('PATCH', `/phone/sms_campaigns/${campaignId}/phone_numbers/opt_status`, {
      body: { consumer_phone_number: fan, zoom_phone_user_numbers: [ivan.number], opt_status },
    });
    assert.equal(res.status, 204, JSON.stringify(res.body));
  }
  const events = await steps.since(from);
  assert.deepEqual(events.map((e) => e.event), ['phone.sms_campaign_number_opt_out', 'phone.sms_campaign_number_opt_in']);
  for (const e of events) assert.deepEqual(e.payload.object.phone_number_campaign_opt_statuses, [{ consumer_phone_number: fan, zoom_phone_user_number: ivan.number }]);
  const opt = await s.api('GET', `/phone/user/${ivan.userId}/sms_campaigns/phone_numbers/opt_status`, { query: { consumer_phone_numbers: fan, zoom_phone_user_numbers: ivan.number } });
  assert.equal(opt.body.phone_number_campaign_opt_statuses[0].opt_status, 'opt_in');
});

test('a voicemail to a user who shares its voicemail: each access member gets phone.voicemail_received_for_access_member', async () => {
  const list = await s.api('GET', '/phone/users', { query: { page_size: 100 } });
  const byExt = (ext: string) => list.body.users.find((u: any) => String(u.extension_number) === ext);
  const [owner, member] = [byExt('103'), byExt('102')];
  const shared = await s.api('POST', `/phone/users/${owner.id}/settings/voice_mail`, { body: { voicemail_access_members: [{ access_user_id: member.id }] } });
  assert.equal(shared.status, 201, JSON.stringify(shared.body));
  const from = await steps.mark();
  const call = await place({ from: OUTSIDE, to: '103', at: AT, script: { no_answer: true, voicemail_seconds: 15 } });
  assert.ok(call.voicemail_id, JSON.stringify(call));
  const events = await steps.since(from);
  assert.deepEqual(events.map((e) => e.event), ['phone.voicemail_received', 'phone.voicemail_transcript_completed', 'phone.voicemail_received_for_access_member']);
  const [received, , forMember] = events;
  assert.equal(forMember.payload.object.access_member_id, member.id);
  assert.equal(forMember.payload.object.access_member_extension_type, 'user');
  for (const field of ['id', 'download_url', 'duration', 'callee_user_id', 'call_id', 'call_log_id']) {
    assert.deepEqual(forMember.payload.object[field], received.payload.object[field], `${field} is the voicemail's`);
  }
  assert.equal(forMember.payload.object.id, call.voicemail_id);
  // Removed from the list, the member hears of no more.
  await s.api('DELETE', `/phone/users/${owner.id}/settings/voice_mail`, { query: { shared_id: shared.body.voicemail_access_members[0].shared_id } });
  const again = await steps.mark();
  await place({ from: OUTSIDE, to: '103', at: '2026-11-24T19:00:00Z', script: { no_answer: true, voicemail_seconds: 15 } });
  assert.deepEqual((await steps.since(again)).map((e) => e.event), ['phone.voicemail_received', 'phone.voicemail_transcript_completed']);
});
