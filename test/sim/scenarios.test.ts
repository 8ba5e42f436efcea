// The issue's call scenarios, each written from the documents' words and placed
// through the simulator, then read back through every view of the API that must
// show it: the account's call history and its call path, the call elements, each
// involved user's call logs and call history, voicemails and recordings.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../support/server.ts';
import { assertContract } from '../support/contract.ts';
import { ManualClock } from '../../src/clock.ts';

const NOW = Date.UTC(2026, 10, 25, 8, 0, 0);
/** Tuesday 24 November 2026, 10:00 in Los Angeles; and 20:00 the same day. */
const TUESDAY_10_LA = '2026-11-24T18:00:00Z';
const TUESDAY_20_LA = '2026-11-25T04:00:00Z';
const CALLER = '+14155550123';
const DAY = { from: '2026-11-24', to: '2026-11-25' };

let s: TestServer;
const users = new Map<string, { id: string; extension_id: string }>();
let mainNumber = '';
let receptionistExtension = '';

before(async () => {
  s = await startServer({ clock: new ManualClock(NOW) });
  const list = await s.api('GET', '/phone/users', { query: { page_size: 100 } });
  for (const u of list.body.users) users.set(String(u.extension_number), u);
  const ars = await s.api('GET', '/phone/auto_receptionists', { query: { page_size: 100 } });
  const main = ars.body.auto_receptionists.find((r: any) => r.extension_number === 1000);
  receptionistExtension = main.extension_id;
  mainNumber = (await s.api('GET', `/phone/auto_receptionists/${main.id}`)).body.phone_numbers[0].number;
});
after(() => s.close());

async function place(body: Record<string, unknown>): Promise<any> {
  const res = await s.admin('POST', '/calls', body);
  assert.equal(res.status, 201, JSON.stringify(res.body));
  return res.body;
}

async function get(op: string, path: string, query?: Record<string, string | number>): Promise<any> {
  const res = await s.api('GET', path, { query });
  assertContract(op, res);
  return res.body;
}

/** The account's call history entry of a call, and its details with the call path. */
async function history(call: any): Promise<{ entry: any; details: any }> {
  const list = await get('getAccountsCallHistory', '/phone/call_history', { ...DAY, page_size: 300 });
  const entry = list.call_history.find((h: any) => h.call_id === call.call_id);
  assert.ok(entry, `call ${call.call_id} is not in the account's call history`);
  assert.equal(entry.call_history_uuid, call.call_history_uuid);
  const details = await get('getCallHistory', `/phone/call_history/${call.call_history_uuid}`);
  return { entry, details };
}

/** The user's old-edition call logs and new-edition call history entries of a call. */
async function userViews(extension: string, call: any): Promise<{ log: any; historyLog: any }> {
  const user = users.get(extension)!;
  const logs = await get('getUsersCallLogs', `/phone/users/${user.id}/call_logs`, { ...DAY, page_size: 300 });
  const log = logs.call_logs.find((l: any) => l.call_id === call.call_id);
  const hist = await get('getUsersCallHistory', `/phone/users/${user.id}/call_history`, { ...DAY, page_size: 300 });
  const historyLog = hist.call_logs.find((l: any) => l.call_id === call.call_id);
  return { log, historyLog };
}

test("a call to the main number in business hours goes through the IVR to the Sales queue and its second member answers: every view shows it", async () => {
  const call = await place({ from: CALLER, to: mainNumber, at: TUESDAY_10_LA, script: { digits: '1', answered_by: '102', talk_seconds: 90, record: true } });
  assert.equal(call.outcome, 'answered');

  const { entry, details } = await history(call);
  assert.equal(entry.call_result, 'answered');
  assert.equal(entry.direction, 'inbound');
  assert.equal(entry.connect_type, 'external');
  assert.equal(entry.caller_did_number, CALLER);
  assert.equal(entry.callee_did_number, mainNumber);
  assert.equal(entry.recording_status, 'recorded');
  // The call path: one element per leg — the receptionist's menu, the queue, each member rung.
  assert.deepEqual(
    details.call_path.map((e: any) => [e.event, e.callee_ext_number, e.result, e.press_key ?? null]),
    [
      ['incoming', '1000', 'connected', '1'],
      ['forward', '100800', 'answered', null],
      ['ring_to_member', '101', 'no_answer', null],
      ['ring_to_member', '102', 'answered', null],
    ],
  );
  assert.deepEqual(
    details.call_path.map((e: any) => e.id),
    call.path.map((l: any) => l.call_element_id),
  );
  for (const leg of call.path) {
    const element = await get('getCallElement', `/phone/call_element/${leg.call_element_id}`);
    assert.equal(element.call_id, call.call_id);
    assert.equal(element.call_history_uuid, call.call_history_uuid);
  }
  const graceLeg = details.call_path[3];
  assert.equal(graceLeg.recording_id, call.recording_ids[0]);

  // Grace answered: her logs show the call connected, with its recording; Ada rang while Grace answered.
  const grace = await userViews('102', call);
  assert.equal(grace.log.result, 'Call connected');
  assert.equal(grace.log.has_recording, true);
  assert.equal(grace.historyLog.result, 'answered');
  const ada = await userViews('101', call);
  assert.equal(ada.historyLog.result_reason, 'answered_by_other');
  // The old edition's details of Grace's log, and its recording by the call log id.
  const detail = await get('getCallLogDetails', `/phone/call_logs/${grace.log.id}`);
  assert.equal(detail.call_id, call.call_id);
  const recordings = await get('getRecordingByCallId', `/phone/call_logs/${grace.log.id}/recordings`);
  assert.equal(recordings.id, call.recording_ids[0]);
  const all = await get('getCallRecordings', '/phone/recordings', { ...DAY, page_size: 300 });
  const recording = all.recordings.find((r: any) => r.id === call.recording_ids[0]);
  assert.equal(recording.call_id, call.call_id);
  assert.equal(recording.call_log_id, grace.log.id);
  assert.equal(recording.duration, 90);
  // The dashboard shows the call, with its details and (generated) QoS under the same call id.
  const dashboard = await get('listCallLogs', '/phone/metrics/call_logs', { ...DAY, page_size: 300 });
  assert.ok(dashboard.call_logs.some((c: any) => c.call_id === call.call_id));
  assert.equal((await get('getCallDetailsFromCallLog', `/phone/metrics/call_logs/${call.call_id}`)).call_id, call.call_id);
  assert.equal((await get('getCallQoS', `/phone/metrics/call_logs/${call.call_id}/qos`)).call_id, call.call_id);
  const past = await get('listPastCallMetrics', '/phone/metrics/past_calls', { ...DAY, page_size: 300 });
  assert.ok(past.call_logs.some((c: any) => c.call_id === call.call_id));
  const download = await fetch(`${s.base}/v2/phone/recording/download/${recording.download_url.split('/').pop()}`, { headers: { authorization: `Bearer ${await s.token()}` } });
  assert.equal(download.status, 200);
  const wav = Buffer.from(await download.arrayBuffer());
  assert.equal(wav.toString('ascii', 0, 4), 'RIFF');
});

test('the same call after hours reaches the receptionist voicemail, which every voicemail view shows', async () => {
  const hours = await s.api('PATCH', `/phone/extension/${receptionistExtension}/call_handling/settings/business_hours`, {
    body: { sub_setting_type: 'custom_hours', settings: { type: 2, custom_hours_settings: [1, 2, 3, 4, 5, 6, 7].map((weekday) => (weekday === 1 || weekday === 7 ? { weekday, type: 0 } : { weekday, type: 2, from: '09:00', to: '17:00' })) } },
  });
  assert.equal(hours.status, 204);
  const call = await place({ from: CALLER, to: mainNumber, at: TUESDAY_20_LA, script: { digits: '1', voicemail_seconds: 42 } });
  assert.equal(call.outcome, 'voicemail');
  const { entry, details } = await history(call);
  assert.equal(entry.call_result, 'voicemail');
  assert.deepEqual(details.call_path.map((e: any) => [e.event, e.callee_ext_number, e.result]), [['incoming', '1000', 'connected'], ['forward', '1000', 'voicemail']]);
  assert.equal(details.call_path[1].voicemail_id, call.voicemail_id);
  const voicemails = await get('getAccountVoicemails', '/phone/voice_mails', { ...DAY, page_size: 300 });
  const vm = voicemails.voice_mails.find((v: any) => v.id === call.voicemail_id);
  assert.ok(vm, 'the voicemail is not in the account voicemails');
  assert.equal(vm.call_id, call.call_id);
  const receptionistLogs = await get('getAccountsCallLogs', '/phone/call_logs', { ...DAY, page_size: 300 });
  const receptionistLog = receptionistLogs.call_logs.find((l: any) => l.call_id === call.call_id && l.owner?.extension_number === 1000);
  assert.equal(vm.call_log_id, receptionistLog.id);
  assert.equal(vm.duration, 42);
  assert.equal(vm.caller_number, CALLER);
  const one = await get('getVoicemailDetails', `/phone/voice_mails/${call.voicemail_id}`);
  assert.equal(one.status, 'unread');
  const file = await fetch(`${s.base}/v2/phone/voice_mails/download/${one.download_url.split('/').pop()}`, { headers: { authorization: `Bearer ${await s.token()}` } });
  assert.equal(file.status, 200);
  const wav = Buffer.from(await file.arrayBuffer());
  // 8 kHz, 16-bit mono: 16,000 bytes a second of message after the 44-byte header.
  assert.equal(wav.readUInt32LE(40), 42 * 16000);
});

test('a call from a number on the Blocked List is blocked: the account history shows it, and no user rang', async () => {
  const call = await place({ from: '+12065550142', to: mainNumber, at: TUESDAY_10_LA });
  assert.equal(call.outcome, 'blocked');
  const { entry, details } = await history(call);
  assert.equal(entry.call_result, 'system_blocked');
  assert.equal(details.call_path.length, 1);
  for (const ext of ['101', '102']) assert.equal((await userViews(ext, call)).log, undefined);
});

test("a missed call with no voicemail shows as missed in the user's call logs, with no voicemail", async () => {
  const call = await place({ from: CALLER, to: '104', at: TUESDAY_10_LA, script: { no_answer: true, voicemail_seconds: 0 } });
  assert.equal(call.outcome, 'missed');
  const katherine = await userViews('104', call);
  assert.equal(katherine.log.has_voicemail, false);
  const missed = await get('getUsersCallLogs', `/phone/users/${users.get('104')!.id}/call_logs`, { ...DAY, type: 'missed', page_size: 300 });
  assert.ok(missed.call_logs.some((l: any) => l.call_id === call.call_id));
  const voicemails = await get('getUsersVoicemails', `/phone/users/${users.get('104')!.id}/voice_mails`, { ...DAY, page_size: 300 });
  assert.equal(voicemails.voice_mails.filter((v: any) => v.call_id === call.call_id).length, 0);
});

test("an extension's call out to London costs the same in its call log and in the call charges report", async () => {
  const call = await place({ from: '103', to: '+442071234567', at: TUESDAY_10_LA, script: { talk_seconds: 130 } });
  const alan = await userViews('103', call);
  // Three started minutes at the price list's $0.03 a minute to the United Kingdom.
  assert.equal(alan.log.charge, '$0.0900');
  const account = await get('getAccountsCallLogs', '/phone/call_logs', { ...DAY, page_size: 300 });
  assert.equal(account.call_logs.find((l: any) => l.id === alan.log.id).call_type, 'international');
  const report = await get('getCallChargesUsageReport', '/phone/reports/call_charges', { ...DAY, page_size: 300 });
  const row = report.call_charges.find((r: any) => r.call_log_id === alan.log.id);
  assert.ok(row, 'the call is not in the call charges report');
  assert.equal(row.total_charge, '0.0900');
  assert.equal(row.rate, '0.0300');
});
