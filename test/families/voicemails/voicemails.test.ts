// Voicemails through the HTTP API: the messages simulated calls leave in
// mailboxes (users', call queues', auto receptionists', shared line groups'),
// listed for the account and a user, shown by id and by call log, downloaded as
// WAV files, marked read or unread, and deleted to the trash.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../../support/server.ts';
import { assertContract, assertDocumentedError, assertUndocumentedError } from '../../support/contract.ts';
import { addUser, otherAccount } from '../../support/fixtures.ts';
import { externalParty, oneLegCall, recordCalls, userParty } from '../../support/calls.ts';
import type { CallParty, ExtensionType, SimulatedCall } from '../../../src/families/call-logs/public.ts';
import { extensionsOfKind, type ExtensionKind } from '../../../src/families/extensions/public.ts';
import { receivedVoicemail } from '../../../src/families/voicemails/received.ts';
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

/** A voicemail of `seconds` left by `caller` in `mailbox`'s box, `minutesAgo` before now. */
async function leave(caller: CallParty, mailbox: CallParty, opts: { seconds?: number; minutesAgo?: number; accountId?: string } = {}) {
  const call: SimulatedCall = oneLegCall(caller, mailbox, {
    startAt: now() - (opts.minutesAgo ?? 10) * 60_000,
    answered: false,
    voicemailSeconds: opts.seconds ?? 18,
    accountId: opts.accountId,
  });
  await recordCalls(s, [call]);
  return { call, voicemail: call.voicemail! };
}

/** The demo account's first extension of a kind, as a call party. */
async function mailboxOf(kind: ExtensionKind, type: ExtensionType): Promise<CallParty> {
  const [ext] = await extensionsOfKind(s.sandbox.db, DEMO_DEFAULTS.accountId, kind);
  assert.ok(ext, `the demo account has a ${kind}`);
  return { extensionId: ext.id, extensionType: type, extensionNumber: String(ext.number), name: ext.name, siteId: ext.siteId ?? undefined };
}

const list = (query: Record<string, string | number | boolean> = {}, token?: string) =>
  s.api('GET', '/phone/voice_mails', { query: { page_size: 300, ...(query as Record<string, string>) }, token });
const userList = (userId: string, query: Record<string, string | number | boolean> = {}, token?: string) =>
  s.api('GET', `/phone/users/${encodeURIComponent(userId)}/voice_mails`, { query: { page_size: 300, ...(query as Record<string, string>) }, token });
const details = (id: string, token?: string) => s.api('GET', `/phone/voice_mails/${id}`, { token });
const mark = (id: string, read_status: string, token?: string) => s.api('PATCH', `/phone/voice_mails/${id}`, { query: { read_status }, token });
const remove = (id: string, token?: string) => s.api('DELETE', `/phone/voice_mails/${id}`, { token });
const fromLog = (userId: string, logId: string, token?: string) => s.api('GET', `/phone/users/${encodeURIComponent(userId)}/call_logs/${logId}/voice_mail`, { token });

/** A new phone user of another account, as a call party. */
async function userOf(accountId: string): Promise<CallParty> {
  const id = await addUser(s, { accountId, tag: 'vm' });
  return userParty(s, `${id}@vm.test`, accountId);
}

async function ids(query: Record<string, string | number | boolean> = {}, token?: string): Promise<string[]> {
  const res = await list(query, token);
  assertContract('getAccountVoicemails', res);
  return res.body.voice_mails.map((v: any) => v.id);
}

async function download(url: string, token?: string): Promise<Response> {
  return fetch(new URL(url, s.base), { headers: { authorization: `Bearer ${token ?? (await s.token())}` } });
}

async function logIdOf(callId: string, extensionId: string): Promise<string> {
  const row = await s.sandbox.db.selectFrom('call_logs').select('id').where('call_id', '=', callId).where('extension_id', '=', extensionId).executeTakeFirstOrThrow();
  return row.id;
}

test('a voicemail left for a user is listed by the account with its mailbox owner, unread', async () => {
  const ada = await userParty(s, 'ada@demo.switchboard.test');
  const { call, voicemail } = await leave(externalParty('+14155550142', 'Caller One'), ada, { seconds: 18 });
  const res = await list();
  assertContract('getAccountVoicemails', res);
  const item = res.body.voice_mails.find((v: any) => v.id === voicemail.id);
  assert.ok(item);
  assert.equal(item.call_id, call.callId);
  assert.equal(item.call_element_id, call.legs[0].id);
  assert.equal(item.caller_name, 'Caller One');
  assert.equal(item.caller_number, '+14155550142');
  assert.equal(item.caller_number_type, 2);
  assert.equal(item.callee_name, ada.name);
  assert.equal(item.callee_number, ada.extensionNumber);
  assert.equal(item.callee_number_type, 1);
  assert.equal(item.duration, 18);
  assert.equal(item.status, 'unread');
  assert.equal(item.date_time, new Date(voicemail.startAt).toISOString().replace(/\.\d{3}Z$/, 'Z'));
  assert.equal(item.download_url, `/v2/phone/voice_mails/download/${voicemail.fileId}`);
  assert.deepEqual(item.owner, { id: ada.userId, name: ada.name, type: 'user', extension_number: Number(ada.extensionNumber) });
  assert.equal(item.deleted_time, undefined);
  assert.equal(res.body.total_records, res.body.voice_mails.length);
  assert.equal(res.body.page_count, 1);
  assert.equal(res.body.to, isoDay(now()));
  assert.equal(res.body.from, isoDay(now() - 29 * DAY));
});

test("mailboxes of call queues, auto receptionists and shared line groups are the account's, not a user's", async () => {
  const grace = await userParty(s, 'grace@demo.switchboard.test');
  const boxes: [ExtensionKind, ExtensionType, string][] = [
    ['callQueue', 'call_queue', 'callQueue'],
    ['autoReceptionist', 'auto_receptionist', 'autoReceptionist'],
    ['sharedLineGroup', 'shared_line_group', 'sharedLineGroup'],
  ];
  const left: Record<string, string> = {};
  for (const [kind, type, ownerType] of boxes) {
    const box = await mailboxOf(kind, type);
    const { voicemail } = await leave(externalParty(), box, { minutesAgo: 3 });
    left[ownerType] = voicemail.id;
    const shown = (await list({ owner_type: ownerType })).body.voice_mails;
    assert.ok(shown.some((v: any) => v.id === voicemail.id), ownerType);
    assert.ok(shown.every((v: any) => v.owner.type === ownerType), ownerType);
    const item = shown.find((v: any) => v.id === voicemail.id);
    assert.equal(item.owner.name, box.name);
    assert.equal(item.owner.extension_number, Number(box.extensionNumber));
  }
  const { voicemail: graces } = await leave(externalParty(), grace, { minutesAgo: 2 });
  const users = await ids({ owner_type: 'user' });
  assert.ok(users.includes(graces.id));
  assert.ok(!Object.values(left).some((id) => users.includes(id)));
  const mine = await userList(grace.userId!);
  assertContract('getUsersVoicemails', mine);
  assert.deepEqual(
    mine.body.voice_mails.map((v: any) => v.id),
    [graces.id],
  );
});

test('filters: read status, site, voicemail type and the window', async () => {
  const { token, accountId } = await otherAccount(s, 'vm-filters');
  const a: CallParty = { ...(await userOf(accountId)), siteId: 'site-a' };
  const b: CallParty = { ...(await userOf(accountId)), siteId: 'site-b' };
  const { voicemail: v1 } = await leave(externalParty(), a, { minutesAgo: 30, accountId });
  const { voicemail: v2 } = await leave(externalParty(), b, { minutesAgo: 20, accountId });
  const { voicemail: v3 } = await leave(externalParty(), a, { minutesAgo: 12 * 24 * 60, accountId });
  // Newest stored first: the third was left (12 days back) after the other two were.
  assert.deepEqual(await ids({}, token), [v3.id, v2.id, v1.id]);
  assertContract('updateVoicemailReadStatus', await mark(v1.id, 'Read', token));
  assert.deepEqual(await ids({ status: 'read' }, token), [v1.id]);
  assert.deepEqual(await ids({ status: 'unread' }, token), [v3.id, v2.id]);
  assert.deepEqual(await ids({ status: 'all' }, token), [v3.id, v2.id, v1.id]);
  assert.deepEqual(await ids({ site_id: 'site-b' }, token), [v2.id]);
  assert.deepEqual(await ids({ voicemail_type: 'normal' }, token), [v3.id, v2.id, v1.id]);
  assert.deepEqual(await ids({ voicemail_type: 'spam' }, token), []);
  assert.deepEqual(await ids({ from: isoDay(now() - 5 * DAY), to: isoDay(now()) }, token), [v2.id, v1.id]);
  assert.deepEqual(await ids({ from: isoDay(now() - 12 * DAY), to: isoDay(now() - 12 * DAY) }, token), [v3.id]);
  const user = await userList(a.userId!, { status: 'unread' }, token);
  assertContract('getUsersVoicemails', user);
  assert.deepEqual(
    user.body.voice_mails.map((v: any) => v.id),
    [v3.id],
  );
  assert.equal((await list({ owner_type: 'robot' }, token)).status, 400);
  assert.equal((await list({ status: 'seen' }, token)).status, 400);
});

test('pages run newest first by next_page_token; a bad token of the user list is the documented error', async () => {
  const { token, accountId } = await otherAccount(s, 'vm-pages');
  const box = await userOf(accountId);
  const made: string[] = [];
  for (let i = 0; i < 5; i++) made.push((await leave(externalParty(), box, { minutesAgo: 40 - i, accountId })).voicemail.id);
  const seen: string[] = [];
  let next = '';
  do {
    const page = await userList(box.userId!, { page_size: 2, ...(next ? { next_page_token: next } : {}) }, token);
    assertContract('getUsersVoicemails', page);
    assert.equal(page.body.total_records, 5);
    assert.equal(page.body.page_count, 3);
    seen.push(...page.body.voice_mails.map((v: any) => v.id));
    next = page.body.next_page_token;
  } while (next);
  assert.deepEqual(seen, [...made].reverse());
  assertDocumentedError('getUsersVoicemails', await userList(box.userId!, { next_page_token: 'forged' }, token), 'nextPageTokenIsInvalidOr');
  const account = await list({ page_size: 2 }, token);
  assertContract('getAccountVoicemails', account);
  assert.deepEqual(
    account.body.voice_mails.map((v: any) => v.id),
    [made[4], made[3]],
  );
});

test("a mailbox whose extension has left the account's directory shows as deleted", async () => {
  const { token, accountId } = await otherAccount(s, 'vm-gone');
  const gone: CallParty = { extensionId: 'ext-vm-gone', extensionType: 'shared_line_group', extensionNumber: '898', name: 'Old Group' };
  const { voicemail } = await leave(externalParty(), gone, { accountId });
  const res = await list({}, token);
  assertContract('getAccountVoicemails', res);
  assert.equal(res.body.voice_mails[0].id, voicemail.id);
  assert.deepEqual(res.body.voice_mails[0].owner, { id: 'ext-vm-gone', name: 'Old Group', type: 'sharedLineGroup', extension_number: 898, extension_status: 'deleted' });
});

test('a window of more than a month, or reversed, or not a date, is refused', async () => {
  const day = (n: number) => isoDay(now() - n * DAY);
  assertContract('getAccountVoicemails', await list({ from: day(30), to: day(0) }));
  assertUndocumentedError(await list({ from: day(31), to: day(0) }), 400, 300, `The date range from ${day(31)} to ${day(0)} is longer than one month.`);
  assertUndocumentedError(await list({ from: day(0), to: day(2) }), 400, 300, `The date range from ${day(0)} to ${day(2)} ends before it starts.`);
  const ada = await userParty(s, 'ada@demo.switchboard.test');
  assertUndocumentedError(await userList(ada.userId!, { to: '31/01/2024' }), 400, 300, 'Invalid to: 31/01/2024. Use the yyyy-mm-dd or yyyy-MM-ddTHH:mm:ssZ format.');
});

test("a user path that names no user: 'me' is an invalid user id, an unknown one does not exist", async () => {
  assertDocumentedError('getUsersVoicemails', await userList('me'), 'invalidUserId');
  assertDocumentedError('getUsersVoicemails', await userList('nobody@demo.switchboard.test'), 'userDoesNotExist');
  assertDocumentedError('getUserVoicemailDetailsFromACallLog', await fromLog('me', 'x'), 'invalidUserId');
  assertDocumentedError('getUserVoicemailDetailsFromACallLog', await fromLog('nobody@demo.switchboard.test', 'x'), 'userDoesNotExist');
});

test('the details show the voicemail with its transcript; the call log of its user finds it too', async () => {
  const katherine = await userParty(s, 'katherine@demo.switchboard.test');
  const { call, voicemail } = await leave(externalParty('+14155550177', 'Dana Caller'), katherine, { seconds: 12 });
  const res = await details(voicemail.id);
  assertContract('getVoicemailDetails', res);
  assert.equal(res.body.id, voicemail.id);
  assert.equal(res.body.call_history_id, call.historyUuid);
  assert.equal(res.body.duration, 12);
  assert.equal(res.body.transcription.status, 2);
  assert.match(res.body.transcription.content, /this is Dana Caller\. .* You can reach me at \+14155550177\./);
  assert.equal(res.body.transcription.content, (await details(voicemail.id)).body.transcription.content, 'the same words every time');
  const logId = await logIdOf(call.callId, katherine.extensionId!);
  for (const key of [katherine.userId!, katherine.email!]) {
    const viaLog = await fromLog(key, logId);
    assertContract('getUserVoicemailDetailsFromACallLog', viaLog);
    assert.equal(viaLog.body.id, voicemail.id);
    assert.equal(viaLog.body.call_log_id, logId);
    assert.deepEqual(viaLog.body.transcription, res.body.transcription);
  }
  // Another user's log, and an id that is no log: no voicemail for this user.
  const edsger = await userParty(s, 'edsger@demo.switchboard.test');
  assertDocumentedError('getUserVoicemailDetailsFromACallLog', await fromLog(edsger.userId!, logId), 'voiceMailDoesNotExist');
  const missing = await fromLog(katherine.userId!, 'no-such-log');
  assertDocumentedError('getUserVoicemailDetailsFromACallLog', missing, 'voiceMailDoesNotExist');
  assert.equal(missing.body.message, 'Voice mail does not exist: no-such-log.');
  // A call log with no voicemail.
  const [answered] = [oneLegCall(externalParty(), katherine, { startAt: now() - 60_000 })];
  await recordCalls(s, [answered]);
  assertDocumentedError('getUserVoicemailDetailsFromACallLog', await fromLog(katherine.userId!, await logIdOf(answered.callId, katherine.extensionId!)), 'voiceMailDoesNotExist');
  assertDocumentedError('getVoicemailDetails', await details('no-such-voicemail'), 'voiceMailDoesNotExist');
});

test('the download is a WAV file as long as the voicemail', async () => {
  const alan = await userParty(s, 'alan@demo.switchboard.test');
  const { voicemail } = await leave(externalParty(), alan, { seconds: 9 });
  const res = await download(`/v2/phone/voice_mails/download/${voicemail.fileId}`);
  assert.equal(res.headers.get('content-type'), 'audio/wav');
  const wav = Buffer.from(await res.arrayBuffer());
  assertContract('downloadAPhoneVoicemail', { status: res.status, headers: res.headers, body: wav });
  assert.equal(wav.toString('ascii', 0, 4), 'RIFF');
  assert.equal(wav.toString('ascii', 8, 12), 'WAVE');
  assert.equal(wav.toString('ascii', 12, 16), 'fmt ');
  assert.equal(wav.readUInt16LE(20), 1);
  assert.equal(wav.readUInt32LE(24), SAMPLE_RATE);
  assert.equal(wav.readUInt16LE(34), 16);
  assert.equal(wav.toString('ascii', 36, 40), 'data');
  assert.equal(wav.readUInt32LE(40), 9 * SAMPLE_RATE * 2);
  assert.equal(wav.length, WAV_HEADER_BYTES + 9 * SAMPLE_RATE * 2);
  assertDocumentedError('downloadAPhoneVoicemail', await s.api('GET', '/phone/voice_mails/download/no-such-file'), 'fileDoesNotExist');
});

test('read status: marked read and unread, as every view shows; a status that is neither is refused', async () => {
  const barbara = await userParty(s, 'barbara@demo.switchboard.test');
  const { voicemail } = await leave(externalParty(), barbara);
  assertContract('updateVoicemailReadStatus', await mark(voicemail.id, 'Read'));
  assert.equal((await details(voicemail.id)).body.status, 'read');
  const mine = (await userList(barbara.userId!)).body.voice_mails.find((v: any) => v.id === voicemail.id);
  assert.equal(mine.status, 'read');
  assertContract('updateVoicemailReadStatus', await mark(voicemail.id, 'Unread'));
  assert.equal((await details(voicemail.id)).body.status, 'unread');
  assertDocumentedError('updateVoicemailReadStatus', await mark(voicemail.id, 'Seen'), 'readStatusIsInvalid');
  assertDocumentedError('updateVoicemailReadStatus', await s.api('PATCH', `/phone/voice_mails/${voicemail.id}`), 'readStatusIsInvalid');
  assert.equal((await details(voicemail.id)).body.status, 'unread');
  assertDocumentedError('updateVoicemailReadStatus', await mark('no-such-voicemail', 'Read'), 'voiceMailDoesNotExist');
});

test('a deleted voicemail goes to the trash: listed there only, its file gone; deleted again it is gone for good', async () => {
  const ada = await userParty(s, 'ada@demo.switchboard.test');
  const { voicemail } = await leave(externalParty(), ada);
  assertContract('deleteAVoicemail', await remove(voicemail.id));
  assert.ok(!(await ids()).includes(voicemail.id));
  assert.ok(!(await userList(ada.userId!)).body.voice_mails.some((v: any) => v.id === voicemail.id));
  const trashed = await list({ trashed: true });
  assertContract('getAccountVoicemails', trashed);
  const item = trashed.body.voice_mails.find((v: any) => v.id === voicemail.id);
  assert.equal(item.soft_deleted_type, 'Manual');
  assert.equal(item.days_left_auto_permantely_delete, 30);
  assert.ok(Math.abs(Date.parse(item.deleted_time) - now()) < 5_000);
  const userTrash = await userList(ada.userId!, { trash: true });
  assertContract('getUsersVoicemails', userTrash);
  assert.deepEqual(
    userTrash.body.voice_mails.map((v: any) => v.id),
    [voicemail.id],
  );
  const shown = await details(voicemail.id);
  assertContract('getVoicemailDetails', shown);
  assert.equal(shown.body.soft_deleted_type, 'Manual');
  assert.equal((await download(`/v2/phone/voice_mails/download/${voicemail.fileId}`)).status, 400);
  assertDocumentedError('updateVoicemailReadStatus', await mark(voicemail.id, 'Read'), 'voiceMailDoesNotExist');
  assertContract('deleteAVoicemail', await remove(voicemail.id));
  assertDocumentedError('getVoicemailDetails', await details(voicemail.id), 'voiceMailDoesNotExist');
  assert.ok(!(await list({ trashed: true })).body.voice_mails.some((v: any) => v.id === voicemail.id));
  assertUndocumentedError(await remove(voicemail.id), 404, 404, `Voice mail does not exist: ${voicemail.id}.`);
});

test("another account neither sees nor changes the account's voicemails", async () => {
  const grace = await userParty(s, 'grace@demo.switchboard.test');
  const { call, voicemail } = await leave(externalParty(), grace);
  const { token } = await otherAccount(s, 'vm-other');
  assert.deepEqual(await ids({}, token), []);
  assertDocumentedError('getVoicemailDetails', await details(voicemail.id, token), 'voiceMailDoesNotExist');
  assertDocumentedError('getUsersVoicemails', await userList(grace.userId!, {}, token), 'userDoesNotExist');
  assert.equal((await download(`/v2/phone/voice_mails/download/${voicemail.fileId}`, token)).status, 400);
  assertDocumentedError('updateVoicemailReadStatus', await mark(voicemail.id, 'Read', token), 'voiceMailDoesNotExist');
  assertUndocumentedError(await remove(voicemail.id, token), 404, 404, `Voice mail does not exist: ${voicemail.id}.`);
  const logId = await logIdOf(call.callId, grace.extensionId!);
  assertDocumentedError('getUserVoicemailDetailsFromACallLog', await fromLog(grace.userId!, logId, token), 'userDoesNotExist');
  const still = await details(voicemail.id);
  assert.equal(still.body.status, 'unread');
  assert.equal(still.body.deleted_time, undefined);
});

test("'voicemails.received' carries what Zoom's phone.voicemail_received event shows", async () => {
  const queue = await mailboxOf('callQueue', 'call_queue');
  const { call, voicemail } = await leave(externalParty('+14155550155', 'Event Caller'), queue, { seconds: 21 });
  const row = await s.sandbox.db.selectFrom('phone_voicemails').selectAll().where('id', '=', voicemail.id).executeTakeFirstOrThrow();
  const [ext] = await extensionsOfKind(s.sandbox.db, DEMO_DEFAULTS.accountId, 'callQueue');
  const holder = await s.sandbox.db.selectFrom('extensions').select('owner_id').where('id', '=', ext.id).executeTakeFirstOrThrow();
  assert.deepEqual(receivedVoicemail(row, call), {
    accountId: DEMO_DEFAULTS.accountId,
    id: voicemail.id,
    date_time: new Date(voicemail.startAt).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    download_url: `/v2/phone/voice_mails/download/${voicemail.fileId}`,
    duration: 21,
    caller_number: '+14155550155',
    caller_number_type: 2,
    caller_name: 'Event Caller',
    callee_number: queue.extensionNumber,
    callee_number_type: 1,
    callee_name: queue.name,
    callee_extension_type: 'callQueue',
    callee_id: holder.owner_id,
    call_history_id: call.historyUuid,
    call_id: call.callId,
  });
});

// Last: the clock moves a month, past the life of the tokens the other tests hold.
test('the trash keeps a voicemail 30 days', async () => {
  const ada = await userParty(s, 'ada@demo.switchboard.test');
  const { voicemail } = await leave(externalParty(), ada);
  assertContract('deleteAVoicemail', await remove(voicemail.id));
  assert.equal((await s.admin('POST', '/clock', { advance_seconds: 30 * 86_400 })).status, 200);
  const res = await fetch(`${s.base}/oauth/token?grant_type=account_credentials&account_id=${DEMO_DEFAULTS.accountId}`, {
    method: 'POST',
    headers: { authorization: 'Basic ' + Buffer.from(`${DEMO_DEFAULTS.clientId}:${DEMO_DEFAULTS.clientSecret}`).toString('base64') },
  });
  const token = ((await res.json()) as { access_token: string }).access_token;
  assertDocumentedError('getVoicemailDetails', await details(voicemail.id, token), 'voiceMailDoesNotExist');
});
