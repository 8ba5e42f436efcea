// Call recordings through the HTTP API: the recordings simulated calls leave,
// listed for the account and a user, found by call, downloaded as WAV files with
// their transcripts, and changed (auto-delete flag, trash, recovery, deletion).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../../support/server.ts';
import { assertContract, assertDocumentedError, assertUndocumentedError } from '../../support/contract.ts';
import { assertPageTokensExpire } from '../../support/pages.ts';
import { otherAccount } from '../../support/fixtures.ts';
import { externalParty, oneLegCall, recordCalls, userParty } from '../../support/calls.ts';
import type { CallParty, SimulatedCall } from '../../../src/families/call-logs/public.ts';
import { completedRecording } from '../../../src/families/recordings/completed.ts';
import { SAMPLE_RATE, WAV_HEADER_BYTES } from '../../../src/kit/audio.ts';
import { DEMO_DEFAULTS } from '../../../src/sandbox.ts';

let s: TestServer;
before(async () => {
  s = await startServer();
});
after(() => s.close());

const DAY = 86_400_000;
const now = () => s.sandbox.clock.now();
const isoDay = (t: number) => new Date(t).toISOString().slice(0, 10);

/** Stores calls through call-logs' recordCall (and so through this family's listener). */
async function record(...calls: SimulatedCall[]): Promise<SimulatedCall[]> {
  await recordCalls(s, calls);
  return calls;
}

/** A recorded call answered by `callee`, `minutesAgo` before now, talked `talkSeconds`. */
async function recorded(caller: CallParty, callee: CallParty, opts: { minutesAgo?: number; talkSeconds?: number; accountId?: string } = {}) {
  const [call] = await record(oneLegCall(caller, callee, { startAt: now() - (opts.minutesAgo ?? 10) * 60_000, talkSeconds: opts.talkSeconds ?? 42, recorded: true, accountId: opts.accountId }));
  return { call, recording: call.recordings[0] };
}

const list = (query: Record<string, string | number> = {}, token?: string) => s.api('GET', '/phone/recordings', { query: { page_size: 300, ...query }, token });
const userList = (userId: string, query: Record<string, string | number> = {}, token?: string) =>
  s.api('GET', `/phone/users/${encodeURIComponent(userId)}/recordings`, { query: { page_size: 300, ...query }, token });
const byCall = (id: string, token?: string) => s.api('GET', `/phone/call_logs/${id}/recordings`, { token });

async function ids(query: Record<string, string | number> = {}, token?: string): Promise<string[]> {
  const res = await list(query, token);
  assertContract('getCallRecordings', res);
  return res.body.recordings.map((r: any) => r.id);
}

/** Fetches a URL this server answered, with the bearer token, as bytes. */
async function download(url: string, token?: string): Promise<Response> {
  return fetch(new URL(url, s.base), { headers: { authorization: `Bearer ${token ?? (await s.token())}` } });
}

/** The log id call-logs gave an extension party of a call. */
async function logIdOf(callId: string, extensionId: string): Promise<string> {
  const row = await s.sandbox.db.selectFrom('call_logs').select('id').where('call_id', '=', callId).where('extension_id', '=', extensionId).executeTakeFirstOrThrow();
  return row.id;
}

test('a recorded call leaves a recording the account lists, with its call, parties, owner and files', async () => {
  const ada = await userParty(s, 'ada@demo.switchboard.test');
  const outside = externalParty('+14155550199', 'Customer One');
  const { call, recording } = await recorded(outside, ada, { talkSeconds: 42 });
  const res = await list();
  assertContract('getCallRecordings', res);
  const item = res.body.recordings.find((r: any) => r.id === recording.id);
  assert.ok(item, JSON.stringify(res.body));
  assert.equal(item.call_id, call.callId);
  assert.equal(item.call_element_id, call.legs[0].id);
  assert.equal(item.caller_name, 'Customer One');
  assert.equal(item.caller_number, '+14155550199');
  assert.equal(item.caller_number_type, 2);
  assert.equal(item.callee_name, ada.name);
  assert.equal(item.callee_number, ada.extensionNumber);
  assert.equal(item.callee_number_type, 1);
  assert.deepEqual(item.accepted_by, { name: ada.name, extension_number: ada.extensionNumber });
  assert.equal(item.outgoing_by, undefined, 'an outside caller is no user of the account');
  assert.equal(item.direction, 'inbound');
  assert.equal(item.duration, 42);
  assert.equal(item.date_time, new Date(recording.startAt).toISOString().replace(/\.\d{3}Z$/, 'Z'));
  assert.equal(item.end_time, new Date(recording.endAt).toISOString().replace(/\.\d{3}Z$/, 'Z'));
  assert.equal(item.recording_type, 'Automatic');
  assert.deepEqual(item.owner, { id: ada.userId, name: ada.name, type: 'user', extension_number: Number(ada.extensionNumber) });
  assert.equal(item.site.id, ada.siteId);
  assert.equal(typeof item.site.name, 'string');
  assert.equal(item.download_url, `/v2/phone/recording/download/${recording.fileId}`);
  assert.equal(item.transcript_download_url, `/v2/phone/recording_transcript/download/${recording.id}`);
  assert.equal(item.auto_delete_enable, false, "the site's auto delete setting is off");
  assert.equal(item.auto_delete_policy, undefined);
  assert.equal(res.body.page_size, 300);
  assert.equal(res.body.total_records, res.body.recordings.length);
});

test("a user's recordings are the ones the user owns, by id or email; the answer names its window", async () => {
  const grace = await userParty(s, 'grace@demo.switchboard.test');
  const alan = await userParty(s, 'alan@demo.switchboard.test');
  const { recording: mine } = await recorded(grace, externalParty(), { minutesAgo: 5 });
  const { recording: theirs } = await recorded(externalParty(), alan, { minutesAgo: 5 });
  for (const key of [grace.userId!, grace.email!]) {
    const res = await userList(key);
    assertContract('getUsersRecordings', res);
    const got = res.body.recordings.map((r: any) => r.id);
    assert.ok(got.includes(mine.id));
    assert.ok(!got.includes(theirs.id));
    assert.equal(res.body.total_records, got.length);
    assert.equal(res.body.page_count, 1);
    assert.equal(res.body.to, isoDay(now()));
    assert.equal(res.body.from, isoDay(now() - 29 * DAY));
  }
  const res = await userList(grace.userId!);
  const item = res.body.recordings.find((r: any) => r.id === mine.id);
  // Grace called out: her recording is outbound, and she is who initiated it.
  assert.equal(item.direction, 'outbound');
  assert.deepEqual(item.outgoing_by, { name: grace.name, extension_number: grace.extensionNumber });
  assert.equal(item.call_history_id.length > 0, true);
  assert.equal(item.transcript_download_url, `/v2/phone/recording_transcript/download/${mine.id}`);
});

test("a user path that names no user: 'me' is an invalid user id, an unknown one does not exist", async () => {
  assertDocumentedError('getUsersRecordings', await userList('me'), 'invalidUserId');
  assertDocumentedError('getUsersRecordings', await userList('nobody@demo.switchboard.test'), 'userDoesNotExist');
});

test('lists run newest first and page by next_page_token', async () => {
  const { token, accountId } = await otherAccount(s, 'rec-pages');
  const party: CallParty = { extensionId: 'ext-pages', extensionType: 'user', extensionNumber: '801', userId: 'user-pages', name: 'Pager', siteId: undefined };
  const made: string[] = [];
  for (let i = 0; i < 5; i++) made.push((await recorded(externalParty(), party, { minutesAgo: 50 - i, accountId })).recording.id);
  const first = await list({ page_size: 2 }, token);
  assertContract('getCallRecordings', first);
  assert.equal(first.body.total_records, 5);
  const seen = [...first.body.recordings.map((r: any) => r.id)];
  let next = first.body.next_page_token;
  while (next) {
    const page = await list({ page_size: 2, next_page_token: next }, token);
    assertContract('getCallRecordings', page);
    seen.push(...page.body.recordings.map((r: any) => r.id));
    next = page.body.next_page_token;
  }
  assert.deepEqual(seen, [...made].reverse());
  const bad = await list({ page_size: 301 }, token);
  assert.equal(bad.status, 400);
});

test('a page token expires after 15 minutes', async () => {
  const { token, accountId } = await otherAccount(s, 'rec-expiry');
  const party: CallParty = { extensionId: 'ext-exp', extensionType: 'user', extensionNumber: '802', userId: 'user-exp', name: 'Expiry' };
  for (let i = 0; i < 3; i++) await recorded(externalParty(), party, { minutesAgo: 30 - i, accountId });
  await assertPageTokensExpire(s, [{ op: 'getCallRecordings', get: (q) => list(q, token) }], (_l, res) => {
    assert.equal(res.status, 400);
  });
});

test('filters: owner type, recording type, site, the window and the moment it is about', async () => {
  const { token, accountId } = await otherAccount(s, 'rec-filters');
  const user: CallParty = { extensionId: 'ext-f-user', extensionType: 'user', extensionNumber: '811', userId: 'user-f', name: 'Filter User', siteId: 'site-a' };
  const queue: CallParty = { extensionId: 'ext-f-queue', extensionType: 'call_queue', extensionNumber: '812', name: 'Support Queue', siteId: 'site-b' };
  const { recording: r1 } = await recorded(externalParty(), user, { minutesAgo: 20, accountId });
  const { recording: r2 } = await recorded(externalParty(), queue, { minutesAgo: 15, accountId });
  const [older] = await record(oneLegCall(externalParty(), user, { startAt: now() - 10 * DAY, recorded: true, accountId }));
  const onDemand = oneLegCall(externalParty(), user, { startAt: now() - 3 * 60_000, recorded: true, accountId });
  onDemand.recordings[0].type = 'ad-hoc';
  await record(onDemand);
  const r3 = older.recordings[0].id;
  const r4 = onDemand.recordings[0].id;

  assert.deepEqual(await ids({ from: isoDay(now() - 20 * DAY) }, token), [r4, r3, r2.id, r1.id]);
  assert.deepEqual(await ids({ owner_type: 'callQueue' }, token), [r2.id]);
  assert.deepEqual(await ids({ owner_type: 'user' }, token), [r4, r3, r1.id]);
  assert.deepEqual(await ids({ owner_type: 'commonArea' }, token), []);
  assert.deepEqual(await ids({ recording_type: 'OnDemand' }, token), [r4]);
  assert.deepEqual(await ids({ recording_type: 'Automatic' }, token), [r3, r2.id, r1.id]);
  assert.deepEqual(await ids({ site_id: 'site-b' }, token), [r2.id]);
  assert.deepEqual(await ids({ group_id: 'no-such-group' }, token), []);
  // The window: from/to as days or moments; 10 days ago is outside the last 5 days.
  assert.deepEqual(await ids({ from: isoDay(now() - 5 * DAY), to: isoDay(now()) }, token), [r4, r2.id, r1.id]);
  assert.deepEqual(await ids({ from: isoDay(now() - 10 * DAY), to: isoDay(now() - 10 * DAY) }, token), [r3]);
  const at = new Date(now() - 16 * 60_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  assert.deepEqual(await ids({ from: at, to: new Date(now()).toISOString() }, token), [r4, r2.id]);
  // query_date_type end_time: r1 started 20 minutes ago and ended 42 s + 5 s later.
  const endedFrom = new Date(now() - 20 * 60_000 + 30_000).toISOString();
  assert.deepEqual(await ids({ from: endedFrom, to: new Date(now()).toISOString(), query_date_type: 'start_time' }, token), [r4, r2.id]);
  assert.deepEqual(await ids({ from: endedFrom, to: new Date(now()).toISOString(), query_date_type: 'end_time' }, token), [r4, r2.id, r1.id]);
});

test("an owner whose extension has left the account's directory shows as deleted", async () => {
  const { token, accountId } = await otherAccount(s, 'rec-gone');
  const gone: CallParty = { extensionId: 'ext-gone', extensionType: 'call_queue', extensionNumber: '899', name: 'Old Queue' };
  const { call, recording } = await recorded(externalParty(), gone, { accountId });
  const [item] = (await list({}, token)).body.recordings;
  assert.equal(item.id, recording.id);
  assert.deepEqual(item.owner, { id: 'ext-gone', name: 'Old Queue', type: 'callQueue', extension_number: 899, extension_status: 'deleted' });
  const shown = await byCall(call.callId, token);
  assertContract('getRecordingByCallId', shown);
  assert.equal(shown.body.owner.extension_status, 'deleted');
  // A user whose extension is in the directory shows none.
  const ada = await userParty(s, 'ada@demo.switchboard.test');
  const { call: current } = await recorded(externalParty(), ada);
  assert.equal((await byCall(current.callId)).body.owner.extension_status, undefined);
});

test('a value the list does not know is refused with the documented validation error', async () => {
  for (const query of <Record<string, string>[]>[{ owner_type: 'robot' }, { recording_type: 'Manual' }, { query_date_type: 'answer_time' }, { from: '2024-13-01' }, { to: 'yesterday' }]) {
    assertDocumentedError('getCallRecordings', await list(query), 'validationFailedYouProvidedAnIncorrect');
  }
});

test('a window of more than a month, or one that ends before it starts, is refused', async () => {
  const day = (n: number) => isoDay(now() - n * DAY);
  // At the boundary: 30 days apart is a month.
  assertContract('getCallRecordings', await list({ from: day(30), to: day(0) }));
  assertUndocumentedError(await list({ from: day(31), to: day(0) }), 400, 300, `The date range from ${day(31)} to ${day(0)} is longer than one month.`);
  assertUndocumentedError(await list({ from: day(0), to: day(1) }), 400, 300, `The date range from ${day(0)} to ${day(1)} ends before it starts.`);
  const grace = await userParty(s, 'grace@demo.switchboard.test');
  assertUndocumentedError(await userList(grace.userId!, { from: day(40), to: day(0) }), 400, 300, `The date range from ${day(40)} to ${day(0)} is longer than one month.`);
  assertUndocumentedError(await userList(grace.userId!, { from: 'soon' }), 400, 300, 'Invalid from: soon. Use the yyyy-mm-dd or yyyy-MM-ddTHH:mm:ssZ format.');
  // Only from: the month that starts there.
  const res = await userList(grace.userId!, { from: day(40) });
  assertContract('getUsersRecordings', res);
  assert.equal(res.body.from, day(40));
  assert.equal(res.body.to, day(11));
});

test('a recording is found by its call id and by the call log id of its owner', async () => {
  const katherine = await userParty(s, 'katherine@demo.switchboard.test');
  const { call, recording } = await recorded(externalParty(), katherine);
  const res = await byCall(call.callId);
  assertContract('getRecordingByCallId', res);
  assert.equal(res.body.id, recording.id);
  assert.equal(res.body.call_id, call.callId);
  assert.equal(res.body.call_history_id, call.historyUuid);
  assert.equal(res.body.file_url, `/v2/phone/recording/download/${recording.fileId}`);
  assert.equal(res.body.download_url, res.body.file_url);
  assert.equal(res.body.owner.id, katherine.userId);
  assert.equal(res.body.deleted_time, undefined);
  const logId = await logIdOf(call.callId, katherine.extensionId!);
  const viaLog = await byCall(logId);
  assertContract('getRecordingByCallId', viaLog);
  assert.deepEqual(viaLog.body, res.body);
  // An internal call: the caller's log finds the recording its callee owns.
  const barbara = await userParty(s, 'barbara@demo.switchboard.test');
  const { call: internal, recording: callees } = await recorded(barbara, katherine);
  const callerLog = await byCall(await logIdOf(internal.callId, barbara.extensionId!));
  assertContract('getRecordingByCallId', callerLog);
  assert.equal(callerLog.body.id, callees.id);
  assert.deepEqual(callerLog.body.outgoing_by, { name: barbara.name, extension_number: barbara.extensionNumber });
  const missing = await byCall('no-such-call');
  assertDocumentedError('getRecordingByCallId', missing, 'recordingDoesNotExist');
  assert.equal(missing.body.message, 'Recording does not exist: "no-such-call".');
});

test('the download is a WAV file as long as the recording, the same every time', async () => {
  const edsger = await userParty(s, 'edsger@demo.switchboard.test');
  const { recording } = await recorded(externalParty(), edsger, { talkSeconds: 7 });
  const url = `/v2/phone/recording/download/${recording.fileId}`;
  const res = await download(url);
  assert.equal(res.headers.get('content-type'), 'audio/wav');
  assert.match(res.headers.get('content-disposition') ?? '', /attachment; filename=".+\.wav"/);
  const wav = Buffer.from(await res.arrayBuffer());
  assertContract('downloadAPhoneRecording', { status: res.status, headers: res.headers, body: wav });
  assert.equal(wav.toString('ascii', 0, 4), 'RIFF');
  assert.equal(wav.toString('ascii', 8, 12), 'WAVE');
  assert.equal(wav.readUInt16LE(20), 1, 'PCM');
  assert.equal(wav.readUInt16LE(22), 1, 'mono');
  assert.equal(wav.readUInt32LE(24), SAMPLE_RATE);
  assert.equal(wav.readUInt16LE(34), 16);
  assert.equal(wav.readUInt32LE(40), 7 * SAMPLE_RATE * 2, 'the data is 7 seconds of samples');
  assert.equal(wav.length, WAV_HEADER_BYTES + 7 * SAMPLE_RATE * 2);
  assert.equal(wav.readUInt32LE(4), wav.length - 8);
  // Not silence, and the same bytes again.
  let loud = 0;
  for (let i = WAV_HEADER_BYTES; i < wav.length; i += 2) loud = Math.max(loud, Math.abs(wav.readInt16LE(i)));
  assert.ok(loud > 3000, `peak ${loud}`);
  assert.ok(wav.equals(Buffer.from(await (await download(url)).arrayBuffer())));
  assertDocumentedError('downloadAPhoneRecording', await s.api('GET', '/phone/recording/download/no-such-file'), 'fileDoesNotExist');
});

test('the transcript is made a minute after the recording ends, then redirects to its JSON file', async () => {
  const barbara = await userParty(s, 'barbara@demo.switchboard.test');
  // Ends 5 s + 20 s after it starts, which is now: not transcribed yet.
  const [call] = await record(oneLegCall(externalParty(), barbara, { startAt: now(), talkSeconds: 20, recorded: true }));
  const recording = call.recordings[0];
  const path = `/phone/recording_transcript/download/${recording.id}`;
  assertDocumentedError('downloadAPhoneRecordingTranscript', await s.api('GET', path), 'thisRecordingIsStillInThe');
  assert.equal((await s.admin('POST', '/clock', { advance_seconds: 26 + 60 })).status, 200);
  const res = await fetch(`${s.base}/v2${path}`, { headers: { authorization: `Bearer ${await s.token()}` }, redirect: 'manual' });
  assertContract('downloadAPhoneRecordingTranscript', { status: res.status, headers: res.headers, body: undefined });
  const location = res.headers.get('location')!;
  assert.equal(location, `/v2/phone/recording/download/${recording.id}.json`);
  const file = await download(location);
  assert.equal(file.status, 200);
  assert.equal(file.headers.get('content-type'), 'application/json');
  const transcript = await file.json();
  assert.equal(transcript.type, 'zoom_transcript');
  assert.equal(transcript.ver, 1);
  assert.equal(transcript.recording_id, recording.id);
  assert.equal(transcript.account_id, call.accountId);
  assert.equal(transcript.host_id, barbara.userId);
  assert.equal(transcript.recording_start, new Date(recording.startAt).toISOString().replace(/\.\d{3}Z$/, 'Z'));
  assert.ok(transcript.timeline.length > 0);
  for (const line of transcript.timeline) {
    assert.deepEqual(Object.keys(line).sort(), ['channelMark', 'end_ts', 'raw_text', 'text', 'ts', 'userId', 'userIds', 'users']);
    assert.match(line.ts, /^\d{2}:\d{2}:\d{2}\.\d{3}$/);
    assert.ok(['L', 'R'].includes(line.channelMark));
    assert.ok([barbara.extensionNumber, '+14155550123'].includes(line.userId));
  }
  assert.ok(transcript.timeline.at(-1).end_ts <= '00:00:20.000');
  // Following the redirect with the token lands on the same JSON.
  const followed = await fetch(`${s.base}/v2${path}`, { headers: { authorization: `Bearer ${await s.token()}` } });
  assert.deepEqual(await followed.json(), transcript);
  assertDocumentedError('downloadAPhoneRecordingTranscript', await s.api('GET', '/phone/recording_transcript/download/nope'), 'fileDoesNotExist');
});

test('a deleted recording goes to the trash: gone from the lists and downloads, shown by its call, recoverable', async () => {
  const alan = await userParty(s, 'alan@demo.switchboard.test');
  const { call, recording } = await recorded(externalParty(), alan);
  const del = await s.api('DELETE', `/phone/recordings/${recording.id}`);
  assertContract('deleteACallRecording', del);
  assert.ok(!(await ids()).includes(recording.id));
  const mine = await userList(alan.userId!);
  assert.ok(!mine.body.recordings.some((r: any) => r.id === recording.id));
  assert.equal((await download(`/v2/phone/recording/download/${recording.fileId}`)).status, 400);
  assertDocumentedError('downloadAPhoneRecordingTranscript', await s.api('GET', `/phone/recording_transcript/download/${recording.id}`), 'fileDoesNotExist');
  const trashed = await byCall(call.callId);
  assertContract('getRecordingByCallId', trashed);
  assert.equal(trashed.body.soft_deleted_type, 'Manual');
  assert.equal(trashed.body.days_left_auto_permantely_delete, 30);
  assert.ok(Math.abs(Date.parse(trashed.body.deleted_time) - now()) < 5_000);
  // Recovered: back in every view.
  const recovered = await s.api('PUT', `/phone/recordings/${recording.id}/status`, { body: { action: 'recover' } });
  assertContract('updateRecordingStatus', recovered);
  assert.ok((await ids()).includes(recording.id));
  assert.equal((await byCall(call.callId)).body.deleted_time, undefined);
  assert.equal((await download(`/v2/phone/recording/download/${recording.fileId}`)).status, 200);
  // Deleted from the trash, it is gone for good.
  assertContract('deleteACallRecording', await s.api('DELETE', `/phone/recordings/${recording.id}`));
  assertContract('deleteACallRecording', await s.api('DELETE', `/phone/recordings/${recording.id}`));
  assertDocumentedError('deleteACallRecording', await s.api('DELETE', `/phone/recordings/${recording.id}`), 'recordingDoesNotExist');
  assertDocumentedError('updateRecordingStatus', await s.api('PUT', `/phone/recordings/${recording.id}/status`, { body: { action: 'recover' } }), 'recordingDoesNotExist');
  assert.equal((await byCall(call.callId)).status, 404);
});

test('a status change names its action; a recording not in the trash stays as it is', async () => {
  const ada = await userParty(s, 'ada@demo.switchboard.test');
  const { recording } = await recorded(externalParty(), ada);
  assertUndocumentedError(await s.api('PUT', `/phone/recordings/${recording.id}/status`, { body: {} }), 400, 300, 'action is required.');
  assert.equal((await s.api('PUT', `/phone/recordings/${recording.id}/status`, { body: { action: 'trash' } })).status, 400);
  assertContract('updateRecordingStatus', await s.api('PUT', `/phone/recordings/${recording.id}/status`, { body: { action: 'recover' } }));
  assert.ok((await ids()).includes(recording.id));
  assertDocumentedError('deleteACallRecording', await s.api('DELETE', '/phone/recordings/nope'), 'recordingDoesNotExist');
});

test("the auto delete field changes only where the site's retention setting is on, and the list shows it", async () => {
  const ada = await userParty(s, 'ada@demo.switchboard.test');
  const { recording } = await recorded(externalParty(), ada);
  const patch = (body: unknown) => s.api('PATCH', `/phone/recordings/${recording.id}`, { body });
  assertUndocumentedError(
    await patch({ auto_delete_enable: false }),
    400,
    300,
    "The recording's auto delete field cannot be updated: the 'Auto Delete Data After Retention Duration' setting is not enabled.",
  );
  const site = await s.api('PATCH', `/phone/sites/${ada.siteId}`, {
    body: { policy: { auto_delete_data_after_retention_duration: { enable: true, delete_type: 1, items: [{ type: 'automaticRecording', duration: 1, time_unit: 'year' }] } } },
  });
  assert.equal(site.status, 204, JSON.stringify(site.body));
  const shown = async () => (await list()).body.recordings.find((r: any) => r.id === recording.id);
  assert.equal((await shown()).auto_delete_enable, true);
  assert.equal((await shown()).auto_delete_policy, '1 year');
  assertContract('updateAutoDeleteField', await patch({ auto_delete_enable: false }));
  assert.equal((await shown()).auto_delete_enable, false);
  assertContract('updateAutoDeleteField', await patch({ auto_delete_enable: true }));
  assert.equal((await shown()).auto_delete_enable, true);
  assertDocumentedError('updateAutoDeleteField', await s.api('PATCH', '/phone/recordings/nope', { body: { auto_delete_enable: true } }), 'recordingDoesNotExist');
  await s.api('PATCH', `/phone/sites/${ada.siteId}`, { body: { policy: { auto_delete_data_after_retention_duration: { enable: false } } } });
});

test("another account neither sees nor changes the account's recordings", async () => {
  const ada = await userParty(s, 'ada@demo.switchboard.test');
  const { call, recording } = await recorded(externalParty(), ada);
  const { token } = await otherAccount(s, 'rec-other');
  assert.deepEqual(await ids({}, token), []);
  assert.equal((await byCall(call.callId, token)).status, 404);
  assertDocumentedError('getUsersRecordings', await userList(ada.userId!, {}, token), 'userDoesNotExist');
  assert.equal((await download(`/v2/phone/recording/download/${recording.fileId}`, token)).status, 400);
  assertDocumentedError('deleteACallRecording', await s.api('DELETE', `/phone/recordings/${recording.id}`, { token }), 'recordingDoesNotExist');
  assertDocumentedError('updateRecordingStatus', await s.api('PUT', `/phone/recordings/${recording.id}/status`, { token, body: { action: 'recover' } }), 'recordingDoesNotExist');
  assertDocumentedError('updateAutoDeleteField', await s.api('PATCH', `/phone/recordings/${recording.id}`, { token, body: { auto_delete_enable: false } }), 'recordingDoesNotExist');
  assert.ok((await ids()).includes(recording.id));
});

test("'recordings.completed' carries what Zoom's phone.recording_completed event shows of each recording", async () => {
  const grace = await userParty(s, 'grace@demo.switchboard.test');
  const { call, recording } = await recorded(externalParty('+14155550111', 'Caller'), grace, { talkSeconds: 30 });
  const row = await s.sandbox.db.selectFrom('phone_recordings').selectAll().where('id', '=', recording.id).executeTakeFirstOrThrow();
  const event = completedRecording(row);
  assert.deepEqual(event, {
    id: recording.id,
    caller_number: '+14155550111',
    caller_number_type: 2,
    caller_name: 'Caller',
    callee_number: grace.extensionNumber,
    callee_number_type: 1,
    callee_name: grace.name,
    duration: 30,
    download_url: `/v2/phone/recording/download/${recording.fileId}`,
    date_time: new Date(recording.startAt).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    user_id: grace.userId,
    call_id: call.callId,
    call_history_id: call.historyUuid,
    end_time: new Date(recording.endAt).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    recording_type: 'Automatic',
    site: { id: grace.siteId },
    owner: { type: 'user', id: grace.userId, name: grace.name, extension_number: Number(grace.extensionNumber) },
    direction: 'inbound',
    accepted_by: { name: grace.name, extension_number: grace.extensionNumber },
  });
});

// Last: the clock moves a month, past the life of the tokens the other tests hold.
/** A new token of the demo app (the one s.token() keeps expires when the clock moves past its hour). */
async function freshToken(): Promise<string> {
  const res = await fetch(`${s.base}/oauth/token?grant_type=account_credentials&account_id=${DEMO_DEFAULTS.accountId}`, {
    method: 'POST',
    headers: { authorization: 'Basic ' + Buffer.from(`${DEMO_DEFAULTS.clientId}:${DEMO_DEFAULTS.clientSecret}`).toString('base64') },
  });
  return ((await res.json()) as { access_token: string }).access_token;
}

test('the trash keeps a recording 30 days', async () => {
  const ada = await userParty(s, 'ada@demo.switchboard.test');
  const { call, recording } = await recorded(externalParty(), ada);
  assertContract('deleteACallRecording', await s.api('DELETE', `/phone/recordings/${recording.id}`));
  assert.equal((await s.admin('POST', '/clock', { advance_seconds: 29 * 86_400 })).status, 200);
  let token = await freshToken();
  assert.equal((await byCall(call.callId, token)).body.days_left_auto_permantely_delete, 1);
  assert.equal((await s.admin('POST', '/clock', { advance_seconds: 86_400 })).status, 200);
  token = await freshToken();
  assert.equal((await byCall(call.callId, token)).status, 404);
  assertDocumentedError('updateRecordingStatus', await s.api('PUT', `/phone/recordings/${recording.id}/status`, { body: { action: 'recover' }, token }), 'recordingDoesNotExist');
});
