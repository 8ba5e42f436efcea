// The call-logs family through the HTTP API: calls stored as the simulator hands
// them over (recordCall), then read through every view — the account's call
// history and call logs, a call's path and elements, each party's log in both
// editions, syncs, client codes, deletes, the AI summary — and kept from another
// account. Each test places its calls on a day of its own and reads that day's
// window, so that tests sharing the server do not count each other's calls.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../../support/server.ts';
import { assertContract, assertDocumentedError, assertUndocumentedError } from '../../support/contract.ts';
import { addUser, otherAccount } from '../../support/fixtures.ts';
import { externalParty, oneLegCall, queueCall, recordCalls, userParty } from '../../support/calls.ts';
import { findUser } from '../../../src/families/users/public.ts';
import { callLogOf, type CallParty } from '../../../src/families/call-logs/public.ts';
import { DEMO_DEFAULTS } from '../../../src/sandbox.ts';

let s: TestServer;
before(async () => {
  s = await startServer();
});
after(() => s.close());

const DEMO = DEMO_DEFAULTS.accountId;
const HOUR = 3600_000;
const DAY = 24 * HOUR;
const ADA = 'ada@demo.switchboard.test';
const GRACE = 'grace@demo.switchboard.test';
const ALAN = 'alan@demo.switchboard.test';
const iso = (at: number) => new Date(at).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** Noon of the day `daysAgo` days back: a test's own place in time. */
const dayOf = (daysAgo: number) => {
  const now = s.sandbox.clock.now();
  return now - (now % DAY) - daysAgo * DAY + 12 * HOUR;
};
/** The query window of that day. */
const windowOf = (daysAgo: number) => ({ from: iso(dayOf(daysAgo) - 12 * HOUR), to: iso(dayOf(daysAgo) + 11 * HOUR) });

/** A phone user of its own (no call of another test reaches it), as a call party. */
async function freshUser(tag: string): Promise<CallParty & { userId: string }> {
  const id = await addUser(s, { tag });
  const u = (await findUser(s.sandbox.db, DEMO, id))!;
  return { extensionId: u.extension_id, extensionType: 'user', extensionNumber: String(u.extension_number), userId: u.id, email: u.email, name: u.name, deviceType: 'Mac_Client' };
}

async function queueParty(): Promise<CallParty> {
  const q = await s.sandbox.db.selectFrom('extensions').selectAll().where('account_id', '=', DEMO).where('kind', '=', 'callQueue').executeTakeFirstOrThrow();
  return { extensionId: q.id, extensionType: 'call_queue', extensionNumber: String(q.extension_number), name: q.name, siteId: q.site_id ?? undefined };
}

const get = (path: string, query?: Record<string, string | number>, token?: string) => s.api('GET', path, { query, token });

test('an internal call shows in every view: the call history, its path and elements, and one log per party', async () => {
  const ada = await userParty(s, ADA);
  const grace = await userParty(s, GRACE);
  const call = oneLegCall(ada, grace, { startAt: dayOf(1), ringSeconds: 4, talkSeconds: 75, recorded: true });
  await recordCalls(s, [call]);
  const w = windowOf(1);

  const history = await get('/phone/call_history', w);
  assertContract('getAccountsCallHistory', history);
  const item = history.body.call_history.find((h: any) => h.call_id === call.callId);
  assert.ok(item, 'the call is in the account call history');
  assert.equal(item.call_history_uuid, call.historyUuid);
  assert.equal(item.direction, 'inbound');
  assert.equal(item.connect_type, 'internal');
  assert.equal(item.call_result, 'answered');
  assert.equal(item.duration, 75);
  assert.equal(item.caller_ext_id, ada.extensionId);
  assert.equal(item.callee_ext_id, grace.extensionId);
  assert.equal(item.recording_status, 'recorded');
  assert.equal(item.start_time, iso(call.startAt));
  assert.equal(history.body.from, w.from);
  assert.equal(history.body.to, w.to);

  const one = await get(`/phone/call_history/${call.historyUuid}`);
  assertContract('getCallHistory', one);
  assert.equal(one.body.call_id, call.callId);
  assert.equal(one.body.call_elements.length, 1);
  assert.equal(one.body.call_elements[0].call_element_id, call.legs[0].id);
  assert.equal(one.body.call_path[0].id, call.legs[0].id);
  assert.equal(one.body.call_path[0].recording_id, call.recordings[0].id);
  assert.equal(one.body.call_path[0].recording_type, 'automatic');

  const element = await get(`/phone/call_element/${call.legs[0].id}`);
  assertContract('getCallElement', element);
  assert.equal(element.body.call_history_uuid, call.historyUuid);
  assert.equal(element.body.event, 'outgoing');
  assert.equal(element.body.result, 'answered');
  assert.equal(element.body.segment, 0);

  const logs = await get('/phone/call_logs', w);
  assertContract('getAccountsCallLogs', logs);
  const mine = logs.body.call_logs.filter((l: any) => l.call_id === call.callId);
  assert.equal(mine.length, 2, 'one log per extension party');
  const adaLog = mine.find((l: any) => l.owner.id === ada.userId);
  const graceLog = mine.find((l: any) => l.owner.id === grace.userId);
  assert.equal(adaLog.direction, 'outbound');
  assert.equal(graceLog.direction, 'inbound');
  assert.equal(graceLog.result, 'Call connected');
  assert.equal(graceLog.call_type, 'voip');
  assert.equal(graceLog.path, 'extension');
  assert.equal(graceLog.owner.type, 'user');
  assert.equal(graceLog.owner.extension_number, Number(grace.extensionNumber));
  assert.equal(graceLog.caller_number, ada.extensionNumber);
  assert.equal(graceLog.caller_number_type, 1);
  assert.equal(graceLog.recording_type, 'Automatic');
  assert.equal(graceLog.duration, 75);
  assert.equal(graceLog.charge, '$0.0000');

  const detail = await get(`/phone/call_logs/${graceLog.id}`);
  assertContract('getCallLogDetails', detail);
  assert.equal(detail.body.has_recording, true);
  assert.equal(detail.body.log_details[0].id, call.legs[0].id);

  const graceLogs = await get(`/phone/users/${grace.userId}/call_logs`, w);
  assertContract('getUsersCallLogs', graceLogs);
  const g = graceLogs.body.call_logs.find((l: any) => l.call_id === call.callId);
  assert.equal(g.id, graceLog.id);
  assert.equal(g.answer_start_time, iso(call.answerAt!), 'an inbound log shows its answer time');
  assert.equal(g.has_recording, true);
  const adaLogs = await get(`/phone/users/${encodeURIComponent(ADA)}/call_logs`, w);
  assertContract('getUsersCallLogs', adaLogs);
  const a = adaLogs.body.call_logs.find((l: any) => l.call_id === call.callId);
  assert.equal(a.answer_start_time, undefined, "'only displays this response if the direction value is inbound'");
  assert.equal(a.outgoing_by.extension_number, ada.extensionNumber);

  const graceHistory = await get(`/phone/users/${grace.userId}/call_history`, w);
  assertContract('getUsersCallHistory', graceHistory);
  const gh = graceHistory.body.call_logs.find((l: any) => l.call_id === call.callId);
  assert.equal(gh.id, graceLog.id, "the user's call history id is the party's log id");
  assert.equal(gh.call_path_id, call.historyUuid);
  assert.equal(gh.talk_time, 75);
  assert.ok(graceHistory.body.call_elements.some((e: any) => e.call_element_id === call.legs[0].id));

  const hd = await get(`/phone/call_history_detail/${graceLog.id}`);
  assertContract('getCallHistoryDetail', hd);
  assert.equal(hd.body.id, graceLog.id);
  assert.equal(hd.body.call_path_id, call.historyUuid);

  assert.deepEqual(await callLogOf(s.sandbox.db, DEMO, graceLog.id), { callId: call.callId, extensionId: grace.extensionId, userId: grace.userId });
  assert.equal(await callLogOf(s.sandbox.db, 'another-account', graceLog.id), undefined);
});

test('a queue call: the member who rang while another answered is answered_by_other, and each extension has one log', async () => {
  const queue = await queueParty();
  const a = await freshUser('cq-a');
  const b = await freshUser('cq-b');
  const outside = externalParty('+14155550199', 'Queue Caller');
  const call = queueCall(outside, queue, [a, b], { startAt: dayOf(2), answeredBy: 0, recorded: true });
  await recordCalls(s, [call]);
  const w = windowOf(2);

  const one = await get(`/phone/call_history/${call.historyUuid}`);
  assertContract('getCallHistory', one);
  assert.deepEqual(one.body.call_elements.map((e: any) => [e.event, e.segment, e.node]), [['incoming', 0, 0], ['ring_to_member', 0, 1], ['ring_to_member', 0, 2]]);
  assert.equal(one.body.call_elements[2].result_reason, 'answered_by_other');
  assert.equal(one.body.call_elements[1].operator_ext_id, queue.extensionId);

  const logs = await get('/phone/call_logs', { ...w, page_size: 300 });
  assertContract('getAccountsCallLogs', logs);
  const mine = logs.body.call_logs.filter((l: any) => l.call_id === call.callId);
  assert.equal(mine.length, 3, 'the queue and both members');
  const queueLog = mine.find((l: any) => l.owner.type === 'callQueue');
  assert.equal(queueLog.path, 'callQueue');
  assert.equal(queueLog.call_type, 'pstn');
  const bLog = mine.find((l: any) => l.user_id === b.userId);
  assert.equal(bLog.result, 'Answered by Other Member');
  assert.equal(bLog.path, 'callQueue');

  const bHistory = await get(`/phone/users/${b.userId}/call_history`, w);
  assertContract('getUsersCallHistory', bHistory);
  assert.equal(bHistory.body.call_logs[0].result_reason, 'answered_by_other');
  assert.equal(bHistory.body.call_logs[0].operator_ext_id, queue.extensionId);

  const aLogs = await get(`/phone/users/${a.userId}/call_logs`, w);
  assertContract('getUsersCallLogs', aLogs);
  assert.equal(aLogs.body.call_logs[0].result, 'Call connected');
  assert.equal(aLogs.body.call_logs[0].forwarded_by.extension_type, 'callQueue');
  const bMissed = await get(`/phone/users/${b.userId}/call_logs`, { ...w, type: 'missed' });
  assertContract('getUsersCallLogs', bMissed);
  assert.equal(bMissed.body.total_records, 0, 'a call another member answered is not missed');
});

test('filters: each narrows the account call history, the account call logs and the user views', async () => {
  const ada = await userParty(s, ADA);
  const alan = await userParty(s, ALAN);
  const out = externalParty('+14155550123', 'Pat Outside');
  const missed = oneLegCall(out, ada, { startAt: dayOf(3), answered: false });
  const voicemail = oneLegCall(out, alan, { startAt: dayOf(3) + HOUR, answered: false, voicemailSeconds: 20 });
  const outbound = oneLegCall(ada, { ...externalParty('+14155550777', 'Dialled Shop') }, { startAt: dayOf(3) + 2 * HOUR, talkSeconds: 130, recorded: true });
  await recordCalls(s, [missed, voicemail, outbound]);
  const w = windowOf(3);
  const ids = async (query: Record<string, string | number>) => {
    const r = await get('/phone/call_history', { ...w, ...query });
    assertContract('getAccountsCallHistory', r);
    return r.body.call_history.map((h: any) => h.call_id).sort();
  };
  const sorted = (...c: { callId: string }[]) => c.map((x) => x.callId).sort();
  assert.deepEqual(await ids({}), sorted(missed, voicemail, outbound));
  assert.deepEqual(await ids({ directions: 'outbound' }), sorted(outbound));
  assert.deepEqual(await ids({ connect_types: 'internal' }), []);
  assert.deepEqual(await ids({ call_results: 'voicemail' }), sorted(voicemail));
  assert.deepEqual(await ids({ recording_status: 'recorded' }), sorted(outbound));
  assert.deepEqual(await ids({ with_voicemail: 'true' }), sorted(voicemail));
  assert.deepEqual(await ids({ keyword: 'dialled' }), sorted(outbound));
  assert.deepEqual(await ids({ keyword: '550123' }), sorted(missed, voicemail));
  assert.deepEqual(await ids({ extension_types: 'user', number_types: 'external_pstn' }), sorted(missed, voicemail, outbound));
  const adaUser = (await findUser(s.sandbox.db, DEMO, ADA))!;
  assert.deepEqual(await ids({ site_ids: adaUser.site_id! }), sorted(missed, outbound));
  // Ada and Alan are both in Operations; Grace, in Engineering, has no call of this day.
  assert.deepEqual(await ids({ department: 'Operations' }), sorted(missed, voicemail, outbound));
  assert.deepEqual(await ids({ department: 'Engineering' }), []);
  assert.deepEqual(await ids({ cost_center: 'CC-100' }), sorted(missed, voicemail, outbound));
  assert.deepEqual(await ids({ group_ids: 'no-such-group' }), []);

  const logIds = async (query: Record<string, string | number>) => {
    const r = await get('/phone/call_logs', { ...w, ...query });
    assertContract('getAccountsCallLogs', r);
    return r.body.call_logs.map((l: any) => l.call_id).sort();
  };
  assert.deepEqual(await logIds({ type: 'missed' }), sorted(missed, voicemail), 'missed: reached the party unanswered by anyone, voicemail included');
  assert.deepEqual(await logIds({ path: 'voiceMail' }), sorted(voicemail));
  assert.deepEqual(await logIds({ path: 'pstn' }), sorted(missed, outbound));
  assert.deepEqual(await logIds({ charged_call_logs: 'true' }), sorted(outbound));
  assert.deepEqual(await logIds({ site_id: adaUser.site_id! }), sorted(missed, outbound));
  const charged = await get('/phone/call_logs', { ...w, charged_call_logs: 'true' });
  assert.equal(charged.body.call_logs[0].charge, '$0.0300', '$0.01 a started minute of 130 seconds');
  assertUndocumentedError(await get('/phone/call_logs', { ...w, type: 'sometimes' }), 400, 300, 'Invalid type: sometimes.');
  assertUndocumentedError(await get('/phone/call_logs', { ...w, path: 'teleport' }), 400, 300, 'Invalid path: teleport.');

  const userLogs = async (query: Record<string, string | number>) => {
    const r = await get(`/phone/users/${adaUser.id}/call_logs`, { ...w, ...query });
    assertContract('getUsersCallLogs', r);
    return r.body.call_logs.map((l: any) => l.call_id).sort();
  };
  assert.deepEqual(await userLogs({ type: 'missed' }), sorted(missed));
  assert.deepEqual(await userLogs({ phone_number: '+14155550777' }), sorted(outbound));
  const userHistory = async (query: Record<string, string | number>) => {
    const r = await get(`/phone/users/${adaUser.id}/call_history`, { ...w, ...query });
    assertContract('getUsersCallHistory', r);
    return r.body.call_logs.map((l: any) => l.call_id).sort();
  };
  assert.deepEqual(await userHistory({ call_results: 'no_answer' }), sorted(missed));
  assert.deepEqual(await userHistory({ directions: 'outbound' }), sorted(outbound));
  assert.deepEqual(await userHistory({ call_results: 'blocked' }), []);
});

test('date windows: the last 24 hours by default, a month at most within six months, start or end time', async () => {
  const grace = await freshUser('win');
  const now = s.sandbox.clock.now();
  const recent = oneLegCall(externalParty(), grace, { startAt: now - 2 * HOUR });
  const older = oneLegCall(externalParty(), grace, { startAt: now - 30 * HOUR });
  // Starts before midnight of its day and ends after it: start and end time put it on different days.
  const late = oneLegCall(externalParty(), grace, { startAt: dayOf(5) + 11 * HOUR + 50 * 60_000, talkSeconds: 20 * 60 });
  await recordCalls(s, [recent, older, late]);
  const r = await get(`/phone/users/${grace.userId}/call_logs`);
  assertContract('getUsersCallLogs', r);
  assert.deepEqual(r.body.call_logs.map((l: any) => l.call_id), [recent.callId], 'only the last 24 hours when from and to are missing');
  const h = await get(`/phone/users/${grace.userId}/call_history`);
  assertContract('getUsersCallHistory', h);
  assert.deepEqual(h.body.call_logs.map((l: any) => l.call_id), [recent.callId]);

  const day = new Date(dayOf(5)).toISOString().slice(0, 10);
  const byStart = await get(`/phone/users/${grace.userId}/call_logs`, { from: day, to: day });
  assert.deepEqual(byStart.body.call_logs.map((l: any) => l.call_id), [late.callId], 'a date-only to takes in its whole day');
  const byEnd = await get(`/phone/users/${grace.userId}/call_logs`, { from: day, to: day, time_type: 'endTime' });
  assertContract('getUsersCallLogs', byEnd);
  assert.deepEqual(byEnd.body.call_logs, [], 'by end time the call ends the next day');
  const endHistory = await get(`/phone/users/${grace.userId}/call_history`, { from: day, to: day, time_type: 'end_time' });
  assert.deepEqual(endHistory.body.call_logs, []);

  const month = (a: string, b: string) => ({ from: a, to: b });
  const today = new Date(now);
  const ymd = (d: Date) => d.toISOString().slice(0, 10);
  const back = (days: number) => ymd(new Date(now - days * DAY));
  assertContract('getAccountsCallLogs', await get('/phone/call_logs', month(back(40), back(10))));
  assertUndocumentedError(await get('/phone/call_logs', month(back(45), back(10))), 400, 300, /^Invalid to: the date range defined by from and to must not exceed one month\.$/);
  assertUndocumentedError(await get('/phone/call_logs', { from: '2026/01/01', to: ymd(today) }), 400, 300, /^Invalid from: use yyyy-mm-dd/);
  assertUndocumentedError(await get('/phone/call_logs', { from: back(3) }), 400, 300, 'Invalid to: to is required when from is given.');
  assertUndocumentedError(await get('/phone/call_logs', month(back(2), back(5))), 400, 300, 'Invalid to: to must be after from.');
  assertUndocumentedError(await get('/phone/call_logs', month(back(220), back(200))), 400, 300, 'Invalid from: the range must fall within the last six months.');
  assertUndocumentedError(await get(`/phone/users/${grace.userId}/call_logs`, month(back(45), back(10))), 400, 300, /one month/);
  assertDocumentedError('getAccountsCallHistory', await get('/phone/call_history', month(back(45), back(10))), 'validationFailed');
  assertDocumentedError('getUsersCallHistory', await get(`/phone/users/${grace.userId}/call_history`, { from: 'yesterday', to: back(0) }), 'invalidRequestParam');
});

test('pages: newest first, keyset pages with next_page_token bound to the query, total_records and page_count', async () => {
  const user = await freshUser('pages');
  const calls = [0, 1, 2, 3, 4].map((i) => oneLegCall(externalParty(`+1415555090${i}`), user, { startAt: dayOf(6) + i * 60_000 }));
  // Handed over out of time order: the views still read newest first.
  await recordCalls(s, [calls[2], calls[0], calls[4], calls[1], calls[3]]);
  const w = windowOf(6);
  const seen: string[] = [];
  let token = '';
  let first: any;
  do {
    const r = await get(`/phone/users/${user.userId}/call_logs`, { ...w, page_size: 2, ...(token ? { next_page_token: token } : {}) });
    assertContract('getUsersCallLogs', r);
    first ??= r.body;
    seen.push(...r.body.call_logs.map((l: any) => l.call_id));
    token = r.body.next_page_token;
  } while (token);
  assert.deepEqual(seen, calls.map((c) => c.callId).reverse());
  assert.equal(first.total_records, 5);
  assert.equal(first.page_count, 3);
  assert.equal(first.page_size, 2);

  const h1 = await get(`/phone/users/${user.userId}/call_history`, { ...w, page_size: 3 });
  assertContract('getUsersCallHistory', h1);
  const h2 = await get(`/phone/users/${user.userId}/call_history`, { ...w, page_size: 3, next_page_token: h1.body.next_page_token });
  assertContract('getUsersCallHistory', h2);
  assert.deepEqual([...h1.body.call_logs, ...h2.body.call_logs].map((l: any) => l.call_id), calls.map((c) => c.callId).reverse());
  assert.equal(h2.body.next_page_token, '');

  const a1 = await get('/phone/call_history', { ...w, page_size: 1 });
  assertContract('getAccountsCallHistory', a1);
  const a2 = await get('/phone/call_history', { ...w, page_size: 1, next_page_token: a1.body.next_page_token });
  assert.notEqual(a2.body.call_history[0].call_id, a1.body.call_history[0].call_id);

  // A token is bound to its query: another filter refuses it.
  const other = await get(`/phone/users/${user.userId}/call_logs`, { ...w, page_size: 2, type: 'missed', next_page_token: first.next_page_token });
  assertDocumentedError('getUsersCallLogs', other, 'nextPageTokenIsInvalidOr');
  assertDocumentedError('getUsersCallLogs', await get(`/phone/users/${user.userId}/call_logs`, { next_page_token: 'garbage' }), 'nextPageTokenIsInvalidOr');
});

test('sync: FSync from the newest, ISync what is newer, BSync what is older, with a sync token of the user', async () => {
  const user = await freshUser('sync');
  const at = s.sandbox.clock.now() - 10 * HOUR;
  const first = [0, 1, 2].map((i) => oneLegCall(externalParty(`+1415555080${i}`), user, { startAt: at + i * 60_000 }));
  await recordCalls(s, first);

  const f = await get(`/phone/users/${user.userId}/call_logs/sync`, { sync_type: 'FSync', count: 2 });
  assertContract('syncUsersCallLogs', f);
  assert.deepEqual(f.body.call_logs.map((l: any) => l.call_id), [first[2].callId, first[1].callId]);
  const b = await get(`/phone/users/${user.userId}/call_logs/sync`, { sync_type: 'BSync', count: 2, sync_token: f.body.sync_token });
  assertContract('syncUsersCallLogs', b);
  assert.deepEqual(b.body.call_logs.map((l: any) => l.call_id), [first[0].callId]);
  const none = await get(`/phone/users/${user.userId}/call_logs/sync`, { sync_type: 'ISync', sync_token: b.body.sync_token });
  assertContract('syncUsersCallLogs', none);
  assert.deepEqual(none.body.call_logs, []);

  const later = [3, 4, 5].map((i) => oneLegCall(externalParty(`+1415555080${i}`), user, { startAt: at + i * 60_000 }));
  await recordCalls(s, later);
  const i1 = await get(`/phone/users/${user.userId}/call_logs/sync`, { sync_type: 'ISync', count: 2, sync_token: none.body.sync_token });
  assertContract('syncUsersCallLogs', i1);
  assert.deepEqual(i1.body.call_logs.map((l: any) => l.call_id), [later[1].callId, later[0].callId], 'the first written after the token, newest first');
  const i2 = await get(`/phone/users/${user.userId}/call_logs/sync`, { sync_type: 'ISync', count: 2, sync_token: i1.body.sync_token });
  assert.deepEqual(i2.body.call_logs.map((l: any) => l.call_id), [later[2].callId]);

  const hf = await get(`/phone/users/${user.userId}/call_history/sync`, {});
  assertContract('syncUsersCallHistory', hf);
  assert.equal(hf.body.call_logs.length, 6, 'FSync is the default, count 30 by default');
  assert.ok(hf.body.call_elements.length >= 6);
  const hb = await get(`/phone/users/${user.userId}/call_history/sync`, { sync_type: 'BSync', sync_token: hf.body.sync_token });
  assertContract('syncUsersCallHistory', hb);
  assert.deepEqual(hb.body.call_logs, []);

  const stranger = await freshUser('sync-other');
  const foreign = await get(`/phone/users/${stranger.userId}/call_logs/sync`, { sync_type: 'ISync', sync_token: f.body.sync_token });
  assertDocumentedError('syncUsersCallLogs', foreign, 'syncTokenIsInvalidOrExpired');
  assertDocumentedError('syncUsersCallLogs', await get(`/phone/users/${user.userId}/call_logs/sync`, { sync_type: 'ISync', sync_token: 'not a token' }), 'syncTokenIsInvalidOrExpired');
  assertDocumentedError('syncUsersCallLogs', await get(`/phone/users/${user.userId}/call_logs/sync`, { sync_type: 'BSync' }), 'syncTokenIsInvalidOrExpired');
  const hForeign = await get(`/phone/users/${stranger.userId}/call_history/sync`, { sync_type: 'ISync', sync_token: hf.body.sync_token });
  assertDocumentedError('syncUsersCallHistory', hForeign, 'invalidRequestParam');
  assertDocumentedError('syncUsersCallHistory', await get(`/phone/users/${user.userId}/call_history/sync`, { sync_type: 'Later' }), 'invalidRequestParam');
  assertDocumentedError('syncUsersCallHistory', await get(`/phone/users/${user.userId}/call_history/sync`, { count: 301 }), 'invalidRequestParam');
  assertContract('syncUsersCallHistory', await get(`/phone/users/${user.userId}/call_history/sync`, { count: 300 }));
  assertContract('syncUsersCallLogs', await get(`/phone/users/${user.userId}/call_logs/sync`, { count: 300 }));
  assertUndocumentedError(await get(`/phone/users/${user.userId}/call_logs/sync`, { count: 301 }), 400, 300, 'Invalid count: 301. It must be a whole number from 1 to 300.');
});

test("deletes hide a log from one view of its user only; the account's views keep it", async () => {
  const a = await freshUser('del-a');
  const b = await freshUser('del-b');
  const call = oneLegCall(a, b, { startAt: dayOf(7) });
  await recordCalls(s, [call]);
  const w = windowOf(7);
  const logOf = async (userId: string) => (await get(`/phone/users/${userId}/call_logs`, w)).body.call_logs;
  const historyOf = async (userId: string) => (await get(`/phone/users/${userId}/call_history`, w)).body.call_logs;
  const [bLog] = await logOf(b.userId);

  const del = await s.api('DELETE', `/phone/users/${b.userId}/call_logs/${bLog.id}`);
  assertContract('deleteAUsersCallLog', del);
  assert.deepEqual(await logOf(b.userId), [], 'gone from the call logs');
  assert.equal((await historyOf(b.userId)).length, 1, 'still in the call history');
  assert.equal((await logOf(a.userId)).length, 1, "the other party's log stays");
  assertDocumentedError('deleteAUsersCallLog', await s.api('DELETE', `/phone/users/${b.userId}/call_logs/${bLog.id}`), 'callLogInformationWasNotFound');
  // Another user's log is not this user's to delete.
  const [aLog] = await logOf(a.userId);
  assertDocumentedError('deleteAUsersCallLog', await s.api('DELETE', `/phone/users/${b.userId}/call_logs/${aLog.id}`), 'callLogInformationWasNotFound');

  const delH = await s.api('DELETE', `/phone/users/${b.userId}/call_history/${bLog.id}`);
  assertContract('deleteAUsersCallHistory', delH);
  assert.deepEqual(await historyOf(b.userId), []);
  assertDocumentedError('deleteAUsersCallHistory', await s.api('DELETE', `/phone/users/${b.userId}/call_history/${bLog.id}`), 'callHistoryNotFound');
  const sync = await get(`/phone/users/${b.userId}/call_history/sync`, {});
  assert.deepEqual(sync.body.call_logs, [], 'sync leaves out what the user deleted');

  const account = await get('/phone/call_logs', w);
  assert.ok(account.body.call_logs.some((l: any) => l.id === bLog.id), "the account's call logs keep it");
  assertContract('getCallLogDetails', await get(`/phone/call_logs/${bLog.id}`));
  assertContract('getCallHistory', await get(`/phone/call_history/${call.historyUuid}`));
});

test('client codes: 3 to 16 digits, shown on the log, its call history and its elements', async () => {
  const a = await freshUser('cc-a');
  const call = oneLegCall(a, externalParty('+14155550333'), { startAt: dayOf(8) });
  await recordCalls(s, [call]);
  const [log] = (await get(`/phone/users/${a.userId}/call_logs`, windowOf(8))).body.call_logs;

  const put = await s.api('PUT', `/phone/call_logs/${log.id}/client_code`, { body: { client_code: '123' } });
  assertContract('addAClientCodeToACallLog', put);
  assert.equal((await get(`/phone/call_logs/${log.id}`)).status, 200);
  const listed = (await get(`/phone/users/${a.userId}/call_logs`, windowOf(8))).body.call_logs[0];
  assert.equal(listed.client_code, '123');

  const patch = await s.api('PATCH', `/phone/call_history/${log.id}/client_code`, { body: { client_code: '1234567890123456' } });
  assertContract('addAClientCodeToACallHistory', patch);
  const element = await get(`/phone/call_element/${call.legs[0].id}`);
  assert.equal(element.body.client_code, '1234567890123456');
  assert.equal((await get(`/phone/call_history_detail/${log.id}`)).body.client_code, '1234567890123456');

  for (const bad of ['12', '12345678901234567', '12a4']) {
    assertDocumentedError('addAClientCodeToACallHistory', await s.api('PATCH', `/phone/call_history/${log.id}/client_code`, { body: { client_code: bad } }), 'invalidClientCode');
    assertUndocumentedError(await s.api('PUT', `/phone/call_logs/${log.id}/client_code`, { body: { client_code: bad } }), 400, 301, `Invalid client code: ${bad}`);
  }
  assert.equal((await get(`/phone/call_element/${call.legs[0].id}`)).body.client_code, '1234567890123456', 'a refused code changes nothing');
  assertDocumentedError('addAClientCodeToACallHistory', await s.api('PATCH', '/phone/call_history/nope/client_code', { body: { client_code: '123' } }), 'callHistoryNotFound');
  assertDocumentedError('addAClientCodeToACallLog', await s.api('PUT', '/phone/call_logs/nope/client_code', { body: { client_code: '123' } }), 'validationFailed');
});

test('the AI call summary of an answered, recorded call, for each user who talked on it', async () => {
  const a = await freshUser('ai-a');
  const b = await freshUser('ai-b');
  const call = oneLegCall(a, b, { startAt: s.sandbox.clock.now() - HOUR, talkSeconds: 180, recorded: true });
  const unrecorded = oneLegCall(a, b, { startAt: s.sandbox.clock.now() - 2 * HOUR });
  await recordCalls(s, [call, unrecorded]);
  const sync = await get(`/phone/users/${b.userId}/call_history/sync`, {});
  assertContract('syncUsersCallHistory', sync);
  const withSummary = sync.body.call_logs.find((l: any) => l.call_id === call.callId);
  assert.ok(withSummary.ai_call_summary_id);
  assert.equal(sync.body.call_logs.find((l: any) => l.call_id === unrecorded.callId).ai_call_summary_id, undefined, 'no recording, no summary');
  assert.ok(sync.body.call_elements.some((e: any) => e.ai_call_summary_id === withSummary.ai_call_summary_id));

  const res = await get(`/phone/user/${b.userId}/ai_call_summary/${withSummary.ai_call_summary_id}`);
  assertContract('getUserAiCallSummaryDetail', res);
  assert.equal(res.body.user_id, b.userId);
  assert.equal(res.body.call_id, call.callId);
  assert.match(res.body.call_summary, /spoke with .* for about 3 minutes/);
  assert.match(res.body.detailed_summary, /sandbox/);

  const aSync = await get(`/phone/users/${a.userId}/call_history/sync`, {});
  const aSummary = aSync.body.call_logs.find((l: any) => l.call_id === call.callId).ai_call_summary_id;
  assert.ok(aSummary && aSummary !== withSummary.ai_call_summary_id, 'each party user has its own');
  assertUndocumentedError(await get(`/phone/user/${a.userId}/ai_call_summary/${withSummary.ai_call_summary_id}`), 404, 300, `AI call summary does not exist: ${withSummary.ai_call_summary_id}.`);
  assertDocumentedError('getUserAiCallSummaryDetail', await get(`/phone/user/no-such-user/ai_call_summary/${withSummary.ai_call_summary_id}`), 'validationFailed');
  assertDocumentedError('getUserAiCallSummaryDetail', await get(`/phone/user/me/ai_call_summary/${withSummary.ai_call_summary_id}`), 'validationFailed');
});

test("a user path: 'me' and unknown users answer each page's documented error", async () => {
  for (const who of ['me', 'nobody@demo.switchboard.test']) {
    assertDocumentedError('getUsersCallHistory', await get(`/phone/users/${who}/call_history`), 'userDoesNotExist');
    assertDocumentedError('syncUsersCallHistory', await get(`/phone/users/${who}/call_history/sync`), 'userDoesNotExist');
    assertDocumentedError('deleteAUsersCallHistory', await s.api('DELETE', `/phone/users/${who}/call_history/x`), 'userDoesNotExist');
  }
  assertDocumentedError('getUsersCallLogs', await get('/phone/users/me/call_logs'), 'invalidUserId');
  assertDocumentedError('syncUsersCallLogs', await get('/phone/users/me/call_logs/sync'), 'invalidUserId');
  assertDocumentedError('deleteAUsersCallLog', await s.api('DELETE', '/phone/users/me/call_logs/x'), 'invalidUserId');
  assertDocumentedError('getUsersCallLogs', await get('/phone/users/nobody/call_logs'), 'userDoesNotExist');
  assertDocumentedError('syncUsersCallLogs', await get('/phone/users/nobody/call_logs/sync'), 'invalidUserId');
  assertDocumentedError('deleteAUsersCallLog', await s.api('DELETE', '/phone/users/nobody/call_logs/x'), 'userDoesNotExist');
  assertDocumentedError('getCallHistoryDetail', await get('/phone/call_history_detail/nope'), 'callHistoryDoesNotExistFor');
  assertUndocumentedError(await get('/phone/call_logs/nope'), 404, 404, 'Call log information was not found for the following callLogId: nope.');
  assertUndocumentedError(await get('/phone/call_element/nope'), 404, 300, 'Call element not found: nope.');
  assertUndocumentedError(await get('/phone/call_history/nope'), 404, 300, 'Call history not found: nope.');
});

test('another account neither sees nor changes the call records', async () => {
  const a = await freshUser('acct');
  const call = oneLegCall(a, externalParty(), { startAt: dayOf(9), recorded: true });
  await recordCalls(s, [call]);
  const w = windowOf(9);
  const [log] = (await get(`/phone/users/${a.userId}/call_logs`, w)).body.call_logs;
  const other = await otherAccount(s, 'call-logs-other');
  const history = await get('/phone/call_history', w, other.token);
  assertContract('getAccountsCallHistory', history);
  assert.deepEqual(history.body.call_history, []);
  const logs = await get('/phone/call_logs', w, other.token);
  assertContract('getAccountsCallLogs', logs);
  assert.deepEqual(logs.body.call_logs, []);
  assert.equal((await get(`/phone/call_logs/${log.id}`, undefined, other.token)).status, 404);
  assert.equal((await get(`/phone/call_history/${call.historyUuid}`, undefined, other.token)).status, 404);
  assert.equal((await get(`/phone/call_element/${call.legs[0].id}`, undefined, other.token)).status, 404);
  assertDocumentedError('getCallHistoryDetail', await get(`/phone/call_history_detail/${log.id}`, undefined, other.token), 'callHistoryDoesNotExistFor');
  assertDocumentedError('addAClientCodeToACallHistory', await s.api('PATCH', `/phone/call_history/${log.id}/client_code`, { body: { client_code: '999' }, token: other.token }), 'callHistoryNotFound');
  assertDocumentedError('addAClientCodeToACallLog', await s.api('PUT', `/phone/call_logs/${log.id}/client_code`, { body: { client_code: '999' }, token: other.token }), 'validationFailed');
  assert.equal((await get(`/phone/call_logs/${log.id}`)).body.client_code, undefined, 'nothing changed');
  assertDocumentedError('getUsersCallLogs', await get(`/phone/users/${a.userId}/call_logs`, w, other.token), 'userDoesNotExist');
  assertDocumentedError('deleteAUsersCallHistory', await s.api('DELETE', `/phone/users/${a.userId}/call_history/${log.id}`, { token: other.token }), 'userDoesNotExist');
});
