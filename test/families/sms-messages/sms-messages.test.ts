// SMS sessions and messages through the HTTP API and the control plane: a text
// sent from a user's number, the answer arriving from outside, and every view
// that shows them (the account's and the user's sessions, a session's messages,
// one message, the syncs, the charges report); the rules a send holds to.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../../support/server.ts';
import { assertContract, assertDocumentedError, assertUndocumentedError } from '../../support/contract.ts';
import { assertPageTokensExpire } from '../../support/pages.ts';
import { addNumber, otherAccount } from '../../support/fixtures.ts';
import { consumer, DEMO, register10Dlc, texter, type Texter } from './fixtures.ts';

let s: TestServer;
before(async () => {
  s = await startServer();
});
after(() => s.close());

const post = (body: unknown, token?: string) => s.api('POST', '/phone/sms/messages', { body, token });
const inbound = (body: Record<string, unknown>) => s.admin('POST', '/sms', body);

/** Sends and answers the ids, checked against the contract. */
async function sent(from: Texter | string, to: string | string[], message = 'hello', extra: Record<string, unknown> = {}) {
  const phone = typeof from === 'string' ? from : from.number;
  const res = await post({ sender: { phone_number: phone }, to_members: [to].flat().map((phone_number) => ({ phone_number })), message, ...extra });
  assertContract('postSmsMessage', res);
  assert.equal(res.status, 201);
  return res.body as { session_id: string; message_id: string; date_time: string };
}

async function received(from: string, to: string, text: string, at?: string) {
  const res = await inbound({ from, to, text, ...(at && { at }) });
  assert.equal(res.status, 201, JSON.stringify(res.body));
  return res.body as { session_id: string; message_id: string };
}

async function accountSessions(query: Record<string, string | number> = {}, token?: string) {
  const res = await s.api('GET', '/phone/sms/sessions', { query: { page_size: 300, ...query }, token });
  assertContract('getAccountsSmsSessions', res);
  return res.body.sms_sessions as any[];
}

async function userSessions(userId: string, query: Record<string, string | number> = {}) {
  const res = await s.api('GET', `/phone/users/${userId}/sms/sessions`, { query: { page_size: 300, ...query } });
  assertContract('getUsersSmsSessions', res);
  return res.body.sms_sessions as any[];
}

async function histories(sessionId: string, query: Record<string, string | number> = {}) {
  const res = await s.api('GET', `/phone/sms/sessions/${sessionId}`, { query: { page_size: 300, ...query } });
  assertContract('getSmsSessionDetails', res);
  return res.body.sms_histories as any[];
}

const sync = (sessionId: string, query: Record<string, string | number> = {}) => s.api('GET', `/phone/sms/sessions/${sessionId}/sync`, { query });
const userSync = (userId: string, query: Record<string, string | number>) => s.api('GET', `/phone/users/${userId}/sms/sessions/sync`, { query });
const charges = (query: Record<string, string | number | boolean> = {}, token?: string) =>
  s.api('GET', '/phone/reports/sms_charges', { query: { page_size: 300, ...(query as Record<string, string>) }, token });
const today = () => new Date(s.sandbox.clock.now()).toISOString().slice(0, 10);

const PNG = Buffer.from('\x89PNG\r\n\x1a\nsandbox', 'latin1').toString('base64');

test('an SMS exchange: sent through the API, answered through the control plane, shown by every view', async () => {
  const alice = await texter(s);
  const customer = consumer();
  const before = s.sandbox.clock.now();
  const out = await sent(alice, customer, 'Your order has shipped.');
  const after = s.sandbox.clock.now();
  assert.match(out.session_id, /^[0-9a-f]{32}$/);
  // The send's time, in whole seconds: between the request and its answer (a second may turn in between).
  assert.match(out.date_time, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  assert.ok(Date.parse(out.date_time) >= Math.floor(before / 1000) * 1000 && Date.parse(out.date_time) <= after, `${out.date_time} is the send's time`);
  const back = await received(customer, alice.number, 'Thanks! When will it arrive?');
  assert.equal(back.session_id, out.session_id, 'the answer joins the conversation');

  // The account's sessions, narrowed to the customer's number.
  const [session, ...others] = await accountSessions({ phone_number: customer });
  assert.equal(others.length, 0);
  assert.equal(session.session_id, out.session_id);
  assert.equal(session.session_type, 'user');
  assert.deepEqual(
    session.participants.map((p: any) => [p.phone_number, p.owner?.id, p.owner?.type, p.display_name, p.is_session_owner]),
    [
      [alice.number, alice.userId, 'user', alice.name, true],
      [customer, undefined, undefined, undefined, false],
    ],
  );
  // The user's sessions.
  const mine = await userSessions(alice.userId);
  assert.deepEqual(mine.map((x) => x.session_id), [out.session_id]);

  // The session's messages, oldest first by default, newest first with sort=2.
  const list = await histories(out.session_id);
  assert.deepEqual(
    list.map((m) => [m.message_id, m.direction, m.message, m.message_type, m.delivery_status, m.sender.phone_number, m.to_members.map((t: any) => t.phone_number)]),
    [
      [out.message_id, 'Out', 'Your order has shipped.', 1, 'sent', alice.number, [customer]],
      [back.message_id, 'In', 'Thanks! When will it arrive?', 1, 'received', customer, [alice.number]],
    ],
  );
  assert.deepEqual(list[0].sender.owner, { id: alice.userId, type: 'user' });
  assert.deepEqual((await histories(out.session_id, { sort: 2 })).map((m) => m.message_id), [back.message_id, out.message_id]);

  // One message by id.
  const one = await s.api('GET', `/phone/sms/sessions/${out.session_id}/messages/${back.message_id}`);
  assertContract('getSmsByMessageId', one);
  assert.deepEqual(one.body, list[1]);

  // The sync: newest first, with a token for the next call.
  const full = await sync(out.session_id, { sync_type: 'FSync' });
  assertContract('syncSmsBySessionId', full);
  assert.deepEqual(full.body.sms_histories.map((m: any) => m.message_id), [back.message_id, out.message_id]);
  assert.equal(typeof full.body.sync_token, 'string');

  // The user's sessions, most recent first, with the latest message and what is unanswered.
  const recent = await userSync(alice.userId, { sync_type: 'FSync' });
  assertContract('listUsersSmsSessionsInDescendingOrder', recent);
  assert.equal(recent.body.sms_sessions[0].session_id, out.session_id);
  assert.equal(recent.body.sms_sessions[0].latest_message.message_id, back.message_id);
  assert.equal(recent.body.sms_sessions[0].unread_message_count, 1);
});

test('the demo account has SMS conversations made by the same send and receive', async () => {
  const sessions = await accountSessions({}, undefined);
  assert.ok(sessions.length >= 3, JSON.stringify(sessions));
  const care = sessions.find((x) => x.participants.some((p: any) => p.phone_number === '+14155550123'))!;
  const msgs = await histories(care.session_id);
  assert.deepEqual(msgs.map((m) => m.direction), ['Out', 'In', 'Out']);
});

test('a session is between its numbers: a later message joins it, another recipient makes another', async () => {
  const bob = await texter(s);
  const a = consumer();
  const b = consumer();
  const first = await sent(bob, a);
  const again = await sent(bob, a, 'second', { session_id: first.session_id });
  assert.equal(again.session_id, first.session_id);
  const other = await sent(bob, b);
  assert.notEqual(other.session_id, first.session_id);
  assert.deepEqual((await userSessions(bob.userId)).map((x) => x.session_id), [first.session_id, other.session_id]);
  // A session named that is not between these numbers, or that does not exist, carries nothing.
  const before = (await histories(first.session_id)).length;
  assertUndocumentedError(
    await post({ sender: { phone_number: bob.number }, to_members: [{ phone_number: b }], message: 'x', session_id: first.session_id }),
    400,
    300,
    `Session ${first.session_id} is not between the sender and these recipients.`,
  );
  assertUndocumentedError(await post({ sender: { phone_number: bob.number }, to_members: [{ phone_number: b }], message: 'x', session_id: 'nope' }), 404, 12004, 'Session does not exist: nope.');
  assert.equal((await histories(first.session_id)).length, before);
});

test('a US/CA toll number texting several recipients makes one group message; a toll-free one, one message each', async () => {
  const carol = await texter(s);
  const [a, b] = [consumer(), consumer()];
  const group = await sent(carol, [a, b], 'team lunch?');
  const msgs = await histories(group.session_id);
  assert.equal(msgs.length, 1);
  assert.equal(msgs[0].message_type, 3);
  assert.deepEqual(msgs[0].to_members.map((t: any) => t.phone_number), [a, b]);
  const withMedia = await sent(carol, [a, b], 'photo', { attachments: [{ type: 'PNG', base64_encoding: PNG }] });
  const media = (await histories(withMedia.session_id)).at(-1);
  assert.equal(media.message_type, 4);
  assert.deepEqual(media.attachments.map((x: any) => [x.type, x.size]), [['PNG', Buffer.from(PNG, 'base64').length]]);

  const dave = await texter(s, { campaign: false, number: { number_type: 'TollFree', prefix: '+1888555' } as never });
  const each = await sent(dave, [a, b], 'one by one');
  const sessions = await userSessions(dave.userId);
  assert.equal(sessions.length, 2);
  assert.equal(sessions[0].session_id, each.session_id);
  for (const x of sessions) assert.equal(x.participants.length, 2);
});

test("message types: MMS with attachments, international, and on the account's own numbers", async () => {
  const erin = await texter(s);
  const frank = await texter(s);
  const mms = await sent(erin, consumer(), '', { attachments: [{ type: 'JPEG', base64_encoding: PNG }] });
  const [m] = await histories(mms.session_id);
  assert.equal(m.message_type, 2);
  assert.equal(m.attachments[0].type, 'JPG');
  const abroad = await sent(erin, '+447700900123', 'hello London');
  assert.equal((await histories(abroad.session_id))[0].message_type, 5);
  const onNet = await sent(erin, frank.number, 'lunch?');
  const [internal] = await histories(onNet.session_id);
  assert.equal(internal.message_type, 6);
  assert.equal(internal.delivery_status, 'delivered');
  assert.deepEqual(internal.to_members[0].owner, { id: frank.userId, type: 'user' });
  // The recipient's sessions show it too.
  assert.deepEqual((await userSessions(frank.userId)).map((x) => x.session_id), [onNet.session_id]);
});

test('the sender must be an SMS capable number the sending user holds, registered for 10DLC', async () => {
  const gina = await texter(s);
  const henry = await texter(s);
  const to = [{ phone_number: consumer() }];
  const send = (sender: Record<string, string>) => post({ sender, to_members: to, message: 'hi' });

  assertDocumentedError('postSmsMessage', await send({ phone_number: '4085551000' }), 'phoneNumberDoesNotConformTo');
  assertDocumentedError('postSmsMessage', await post({ sender: { phone_number: gina.number }, to_members: [{ phone_number: '555-0100' }], message: 'x' }), 'phoneNumberDoesNotConformTo');
  const notOurs = await send({ phone_number: '+19995550000' });
  assertDocumentedError('postSmsMessage', notOurs, 'phoneNumberIsNotValid');
  assert.equal(notOurs.body.errors[0].field, 'sender.phone_number');
  assertDocumentedError('postSmsMessage', await send({ phone_number: gina.number, user_id: 'no-such-user' }), 'userDoesNotExist');
  assert.equal((await send({ phone_number: gina.number, user_id: 'no-such-user' })).body.message, 'User does not exist: no-such-user');
  assertDocumentedError('postSmsMessage', await send({ phone_number: gina.number, id: henry.userId }), 'youCannotHaveAccessToAnother');
  assertUndocumentedError(await send({ phone_number: gina.number, id: gina.userId, user_id: henry.userId }), 400, 300, 'sender.id and sender.user_id name different users; pass either one.');
  assertContract('postSmsMessage', await send({ phone_number: gina.number, user_id: gina.userId }));

  // Unassigned: with no user named, nobody is the sender.
  const loose = await addNumber(s, { prefix: '+1720555' });
  assertDocumentedError('postSmsMessage', await send({ phone_number: loose.number }), 'userDoesNotExistDueTo');
  assertDocumentedError('postSmsMessage', await send({ phone_number: loose.number, id: gina.userId }), 'phoneNumberIsNotValid');
  // Not SMS capable: a BYOC number without Messaging, a number still Pending.
  const byoc = await texter(s, { number: { source: 'BYOCCloud' } });
  assertDocumentedError('postSmsMessage', await send({ phone_number: byoc.number }), 'phoneNumberIsNotValid');
  const byocSms = await texter(s, { number: { source: 'BYOCCloud', data: { capability: ['Incoming', 'Outgoing', 'Messaging'] } } });
  assertContract('postSmsMessage', await send({ phone_number: byocSms.number }));
  const pending = await texter(s, { number: { status: 'Pending' } });
  assertDocumentedError('postSmsMessage', await send({ phone_number: pending.number }), 'phoneNumberIsNotValid');
  // In-country compliance: a US local number sends once an active campaign carries it.
  const unregistered = await texter(s, { campaign: false });
  const refused = await send({ phone_number: unregistered.number });
  assertDocumentedError('postSmsMessage', refused, 'phoneNumberIsNotValid');
  assert.match(refused.body.errors[0].message, /10DLC/);
  await register10Dlc(s, unregistered.numberId, { status: 'pending' });
  assert.match((await send({ phone_number: unregistered.number })).body.errors[0].message, /its campaign is pending/);
  assert.deepEqual(await userSessions(unregistered.userId), [], 'a refused send makes no session');
});

test('an opted-out recipient is refused until they text START; STOP arrives by SMS', async () => {
  const ivan = await texter(s);
  const fan = consumer();
  await sent(ivan, fan, 'Sale this weekend!');
  await received(fan, ivan.number, ' stop ');
  // The sms room's view of the pair shows the STOP.
  const opt = await s.api('GET', `/phone/user/${ivan.userId}/sms_campaigns/phone_numbers/opt_status`, {
    query: { consumer_phone_numbers: fan, zoom_phone_user_numbers: ivan.number },
  });
  assert.equal(opt.status, 200, JSON.stringify(opt.body));
  assert.equal(opt.body.phone_number_campaign_opt_statuses[0].opt_status, 'opt_out');
  const before = (await userSessions(ivan.userId))[0];
  const count = (await histories(before.session_id)).length;
  assertUndocumentedError(
    await post({ sender: { phone_number: ivan.number }, to_members: [{ phone_number: fan }], message: 'Last chance!' }),
    400,
    300,
    `${fan} has opted out of messages from ${ivan.number} (STOP). Nothing was sent.`,
  );
  // A group with one opted-out member sends to none of them.
  const other = consumer();
  assertUndocumentedError(await post({ sender: { phone_number: ivan.number }, to_members: [{ phone_number: other }, { phone_number: fan }], message: 'x' }), 400, 300, /has opted out/);
  assert.equal((await histories(before.session_id)).length, count);
  await received(fan, ivan.number, 'START');
  assertContract('postSmsMessage', await post({ sender: { phone_number: ivan.number }, to_members: [{ phone_number: fan }], message: 'Welcome back' }));
});

test('the demo number a consumer opted out of cannot text them', async () => {
  const res = await post({ sender: { phone_number: '+14085551000' }, to_members: [{ phone_number: '+15043449240' }], message: 'hi' });
  assertUndocumentedError(res, 400, 300, '+15043449240 has opted out of messages from +14085551000 (STOP). Nothing was sent.');
});

test('attachments and sizes: types, count, Base64, bytes with and without media', async () => {
  const jane = await texter(s);
  const to = [{ phone_number: consumer() }];
  const send = (body: Record<string, unknown>) => post({ sender: { phone_number: jane.number }, to_members: to, ...body });
  assertDocumentedError('postSmsMessage', await send({ attachments: [{ base64_encoding: PNG }] }), 'missingContentTypeForSmsAttachment');
  assertDocumentedError('postSmsMessage', await send({ attachments: [{ base64_encoding: PNG, type: 'BMP' }] }), 'unsupportedContentTypeForSmsAttachments');
  assertUndocumentedError(await send({ attachments: [{ type: 'PNG', base64_encoding: 'not base64!' }] }), 400, 300, 'attachments[0].base64_encoding must be the attachment Base64-encoded.');
  const ten = Array.from({ length: 10 }, () => ({ type: 'GIF', base64_encoding: PNG }));
  assertContract('postSmsMessage', await send({ attachments: ten }));
  assertUndocumentedError(await send({ attachments: [...ten, ten[0]] }), 400, 300, 'At most 10 attachments can be sent with one message.');
  assertUndocumentedError(await send({}), 400, 300, 'Either message or attachments is required.');
  assertUndocumentedError(await post({ sender: { phone_number: jane.number }, to_members: [], message: 'x' }), 400, 300, 'to_members must name at least one recipient.');
  // 500 characters at most (the schema); 1000 bytes with attachments: 333 three-byte characters pass, 334 do not.
  assert.equal((await send({ message: 'a'.repeat(501) })).status, 400);
  assertContract('postSmsMessage', await send({ message: 'a'.repeat(500) }));
  assertContract('postSmsMessage', await send({ message: 'あ'.repeat(333), attachments: [{ type: 'PNG', base64_encoding: PNG }] }));
  assertUndocumentedError(await send({ message: 'あ'.repeat(334), attachments: [{ type: 'PNG', base64_encoding: PNG }] }), 400, 300, 'The message is 1002 bytes; at most 1000 bytes can be sent with attachments.');
});

test('Sync SMS by session ID: full, incremental and backward, by sync token', async () => {
  const kim = await texter(s);
  const c = consumer();
  const ids: string[] = [];
  for (let i = 0; i < 5; i++) ids.push((await sent(kim, c, `m${i}`)).message_id);
  const session = (await userSessions(kim.userId))[0].session_id;
  const full = await sync(session, { sync_type: 'FSync', count: 2 });
  assertContract('syncSmsBySessionId', full);
  assert.deepEqual(full.body.sms_histories.map((m: any) => m.message), ['m4', 'm3']);
  const back = await sync(session, { sync_type: 'BSync', count: 2, sync_token: full.body.sync_token });
  assertContract('syncSmsBySessionId', back);
  assert.deepEqual(back.body.sms_histories.map((m: any) => m.message), ['m2', 'm1']);
  const back2 = await sync(session, { sync_type: 'BSync', count: 2, sync_token: back.body.sync_token });
  assert.deepEqual(back2.body.sms_histories.map((m: any) => m.message), ['m0']);
  const none = await sync(session, { sync_type: 'ISync', count: 2, sync_token: back2.body.sync_token });
  assert.deepEqual(none.body.sms_histories, []);
  await sent(kim, c, 'm5');
  await received(c, kim.number, 'm6');
  const inc = await sync(session, { sync_type: 'ISync', count: 2, sync_token: none.body.sync_token });
  assertContract('syncSmsBySessionId', inc);
  assert.deepEqual(inc.body.sms_histories.map((m: any) => m.message), ['m6', 'm5']);
  // More new records than count: resync with FSync.
  await sent(kim, c, 'm7');
  await sent(kim, c, 'm8');
  await sent(kim, c, 'm9');
  assertDocumentedError('syncSmsBySessionId', await sync(session, { sync_type: 'ISync', count: 2, sync_token: inc.body.sync_token }), 'numberOfNewRecordsExceedsThe');
  assert.deepEqual((await sync(session, { sync_type: 'ISync', count: 3, sync_token: inc.body.sync_token })).body.sms_histories.map((m: any) => m.message), ['m9', 'm8', 'm7']);
  // Tokens: missing or altered, another session's; an unknown session; count past its range.
  assertDocumentedError('syncSmsBySessionId', await sync(session, { sync_type: 'ISync' }), 'syncTokenIsInvalidOrExpired');
  assertDocumentedError('syncSmsBySessionId', await sync(session, { sync_type: 'BSync', sync_token: full.body.sync_token.slice(0, -1) + 'x' }), 'syncTokenIsInvalidOrExpired');
  const elsewhere = (await sent(kim, consumer())).session_id;
  assertDocumentedError('syncSmsBySessionId', await sync(elsewhere, { sync_type: 'ISync', sync_token: full.body.sync_token }), 'syncTokenIsInvalidOrExpired300');
  assertDocumentedError('syncSmsBySessionId', await sync('no-such-session'), 'sessionDoesNotExist');
  assert.equal((await sync('no-such-session')).body.message, 'Session does not exist: no-such-session.');
  assertContract('syncSmsBySessionId', await sync(session, { count: 50 }));
  assertUndocumentedError(await sync(session, { count: 51 }), 400, 300, 'count must be a whole number from 1 to 50.');
  assertUndocumentedError(await sync(session, { count: 0 }), 400, 300, 'count must be a whole number from 1 to 50.');
  // sync_type left out is a full sync, 10 at most by default.
  assert.equal((await sync(session)).body.sms_histories.length, 10);
});

test("a user's sessions in descending order: FSync, ISync, BSync by the latest message", async () => {
  const lee = await texter(s);
  const [a, b, c] = [consumer(), consumer(), consumer()];
  const sa = (await sent(lee, a, '1')).session_id;
  const sb = (await sent(lee, b, '2')).session_id;
  const sc = (await sent(lee, c, '3')).session_id;
  const full = await userSync(lee.userId, { sync_type: 'FSync', count: 2 });
  assertContract('listUsersSmsSessionsInDescendingOrder', full);
  assert.deepEqual(full.body.sms_sessions.map((x: any) => x.session_id), [sc, sb]);
  const back = await userSync(lee.userId, { sync_type: 'BSync', count: 2, sync_token: full.body.sync_token });
  assert.deepEqual(back.body.sms_sessions.map((x: any) => x.session_id), [sa]);
  // a texts back: its session is new since the token, and first.
  await received(a, lee.number, 'reply');
  const inc = await userSync(lee.userId, { sync_type: 'ISync', count: 2, sync_token: back.body.sync_token });
  assertContract('listUsersSmsSessionsInDescendingOrder', inc);
  assert.deepEqual(inc.body.sms_sessions.map((x: any) => [x.session_id, x.latest_message.message, x.unread_message_count]), [[sa, 'reply', 1]]);
  await sent(lee, b, 'x');
  await sent(lee, c, 'y');
  await sent(lee, consumer(), 'z');
  assertDocumentedError('listUsersSmsSessionsInDescendingOrder', await userSync(lee.userId, { sync_type: 'ISync', count: 2, sync_token: inc.body.sync_token }), 'numberOfNewRecordsExceedsThe');
  // session_type narrows; the token is bound to the user and the filter.
  assert.equal((await userSync(lee.userId, { sync_type: 'FSync', session_type: 'call_queue' })).body.sms_sessions.length, 0);
  assertDocumentedError('listUsersSmsSessionsInDescendingOrder', await userSync(lee.userId, { sync_type: 'ISync', session_type: 'user', sync_token: inc.body.sync_token }), 'syncTokenIsInvalidOrExpired');
  assertDocumentedError('listUsersSmsSessionsInDescendingOrder', await userSync(lee.userId, { sync_type: 'BSync' }), 'syncTokenIsInvalidOrExpired');
  assertDocumentedError('listUsersSmsSessionsInDescendingOrder', await userSync(lee.userId, { sync_type: 'FSync', session_type: 'fax' }), 'smsSessionTypeIsInvalid');
  assertDocumentedError('listUsersSmsSessionsInDescendingOrder', await userSync('no-such-user', { sync_type: 'FSync' }), 'userDoesNotExist1001');
  assertDocumentedError('listUsersSmsSessionsInDescendingOrder', await userSync('me', { sync_type: 'FSync' }), 'invalidUserId');
});

test('session lists: session type, phone number, date window and filter type, pages', async () => {
  const mia = await texter(s);
  const c = consumer();
  const t0 = new Date(s.sandbox.clock.now());
  const sid = (await sent(mia, c, 'now')).session_id;
  const day = t0.toISOString().slice(0, 10);
  const has = (list: any[]) => list.some((x) => x.session_id === sid);
  assert.ok(has(await accountSessions({ from: day, to: day })));
  assert.ok(has(await accountSessions({ session_type: 'user', phone_number: c.slice(1) })));
  assert.ok(!has(await accountSessions({ session_type: 'auto_receptionist' })));
  assert.ok(has(await accountSessions({ session_type: 'all' })));
  // Sent today, received never: the window's filter type decides.
  assert.ok(!has(await accountSessions({ from: day, to: day, filter_type: 'received_message_time' })));
  assert.ok(has(await accountSessions({ from: day, to: day, filter_type: 'last_message_time' })));
  assert.ok(has(await userSessions(mia.userId, { from: day, to: day, filter_type: 'sent_received_message_time' })));
  assert.ok(!has(await accountSessions({ from: '2020-01-01', to: '2020-01-31' })));
  assertDocumentedError('getAccountsSmsSessions', await s.api('GET', '/phone/sms/sessions', { query: { session_type: 'fax' } }), 'smsSessionTypeIsInvalid');
  assertDocumentedError('getUsersSmsSessions', await s.api('GET', `/phone/users/${mia.userId}/sms/sessions`, { query: { session_type: 'fax' } }), 'smsSessionTypeIsInvalid');
  assertUndocumentedError(await s.api('GET', '/phone/sms/sessions', { query: { from: '2026-01-01', to: '2026-03-01' } }), 400, 300, /one month at most/);
  assertUndocumentedError(await s.api('GET', '/phone/sms/sessions', { query: { from: 'yesterday' } }), 400, 300, /from must be a date/);
  assertDocumentedError('getUsersSmsSessions', await s.api('GET', '/phone/users/no-such-user/sms/sessions'), 'userDoesNotExist');
  assertDocumentedError('getUsersSmsSessions', await s.api('GET', '/phone/users/me/sms/sessions'), 'invalidUserId');
  assertDocumentedError('getUsersSmsSessions', await s.api('GET', `/phone/users/${mia.userId}/sms/sessions`, { query: { next_page_token: 'forged' } }), 'nextPageTokenIsInvalidOr');
  // Pages of one.
  await sent(mia, consumer());
  const first = await s.api('GET', `/phone/users/${mia.userId}/sms/sessions`, { query: { page_size: 1 } });
  const second = await s.api('GET', `/phone/users/${mia.userId}/sms/sessions`, { query: { page_size: 1, next_page_token: first.body.next_page_token } });
  assertContract('getUsersSmsSessions', second);
  assert.notEqual(second.body.sms_sessions[0].session_id, first.body.sms_sessions[0].session_id);
  assert.equal(second.body.next_page_token, '');
});

test('session details: pages, sort, window; an unknown session or message is not found', async () => {
  const ned = await texter(s);
  const c = consumer();
  for (let i = 0; i < 3; i++) await sent(ned, c, `n${i}`);
  const sid = (await userSessions(ned.userId))[0].session_id;
  const page = await s.api('GET', `/phone/sms/sessions/${sid}`, { query: { page_size: 2, sort: 2 } });
  assertContract('getSmsSessionDetails', page);
  assert.deepEqual(page.body.sms_histories.map((m: any) => m.message), ['n2', 'n1']);
  const rest = await s.api('GET', `/phone/sms/sessions/${sid}`, { query: { page_size: 2, sort: 2, next_page_token: page.body.next_page_token } });
  assert.deepEqual(rest.body.sms_histories.map((m: any) => m.message), ['n0']);
  // The page joins a second sentence to the token's words; the token's own are answered (fidelity.ts).
  assertUndocumentedError(await s.api('GET', `/phone/sms/sessions/${sid}`, { query: { next_page_token: 'forged' } }), 400, 400, 'The next page token is invalid or expired.');
  assertUndocumentedError(await s.api('GET', `/phone/sms/sessions/${sid}`, { query: { sort: 3 } }), 400, 300, 'sort must be 1 (oldest first) or 2 (newest first).');
  assert.deepEqual(await histories(sid, { from: '2020-01-01', to: '2020-01-15' }), []);
  assertDocumentedError('getSmsSessionDetails', await s.api('GET', '/phone/sms/sessions/no-such-session'), 'errorRetrievingSmsHistory');
  assertUndocumentedError(await s.api('GET', `/phone/sms/sessions/${sid}/messages/no-such-message`), 404, 7012, `Error retrieving SMS: message no-such-message is not in session ${sid}.`);
  await assertPageTokensExpire(
    s,
    [{ op: 'getSmsSessionDetails', get: (q) => s.api('GET', `/phone/sms/sessions/${sid}`, { query: q }) }],
    (_l, res) => assertUndocumentedError(res, 400, 400, 'The next page token is invalid or expired.'),
  );
});

test('the SMS/MMS charges report: what was sent costs by the rate table, what was received is free', async () => {
  const olga = await texter(s);
  const c = consumer();
  const long = 'x'.repeat(161); // two segments
  const out = await sent(olga, c, long);
  const mms = await sent(olga, '+447700900555', '', { attachments: [{ type: 'GIF', base64_encoding: PNG }] });
  const back = await received(c, olga.number, 'ok');
  const res = await charges({ from: today(), to: today() });
  assertContract('getSmsMmsChargesUsageReport', res);
  assert.equal(res.body.from, today());
  assert.equal(res.body.to, today());
  const rows = new Map(res.body.sms_charges.map((r: any) => [r.message_id, r]));
  const o: any = rows.get(out.message_id);
  assert.deepEqual([o.message_type, o.rate, o.total_charge, o.currency, o.delivery_status, o.from_number, o.to_number, o.billing_number, o.from_display_name], ['SMS', '0.0079', '0.0158', 'USD', 'Sent', olga.number, c, olga.number, olga.name]);
  const m: any = rows.get(mms.message_id);
  assert.deepEqual([m.message_type, m.rate, m.total_charge], ['MMS', '0.1000', '0.1000']);
  const r: any = rows.get(back.message_id);
  assert.deepEqual([r.total_charge, r.delivery_status, r.billing_number], ['0.0000', 'Received', olga.number]);
  assert.equal(res.body.total_records, res.body.sms_charges.length);
  const only = await charges({ from: today(), to: today(), show_charges_only: 'true' as never });
  assertContract('getSmsMmsChargesUsageReport', only);
  assert.ok(only.body.sms_charges.every((x: any) => Number(x.total_charge) > 0));
  assert.ok(!only.body.sms_charges.some((x: any) => x.message_id === back.message_id));
  // Defaults: up to today, a month back.
  const dflt = await charges();
  assertContract('getSmsMmsChargesUsageReport', dflt);
  assert.equal(dflt.body.to, today());
  assert.ok(dflt.body.sms_charges.some((x: any) => x.message_id === out.message_id));
  assertDocumentedError('getSmsMmsChargesUsageReport', await charges({ from: '2020-01-01', to: '2020-01-31' }), 'invalidStartDateReportIsProvided');
  assertDocumentedError('getSmsMmsChargesUsageReport', await charges({ next_page_token: 'forged' }), 'nextPageTokenIsInvalidOr');
  const t = s.sandbox.clock.now();
  const twoMonths = new Date(t - 62 * 86400000).toISOString().slice(0, 10);
  assertUndocumentedError(await charges({ from: twoMonths, to: today() }), 400, 300, /one month at most/);
});

test('another account sees none of the SMS and cannot send from its numbers', async () => {
  const pat = await texter(s);
  const c = consumer();
  const out = await sent(pat, c, 'private');
  const other = await otherAccount(s, 'smsm-other');
  assert.deepEqual(await accountSessions({}, other.token), []);
  assertDocumentedError('getSmsSessionDetails', await s.api('GET', `/phone/sms/sessions/${out.session_id}`, { token: other.token }), 'errorRetrievingSmsHistory');
  assert.equal((await s.api('GET', `/phone/sms/sessions/${out.session_id}/messages/${out.message_id}`, { token: other.token })).status, 404);
  assertDocumentedError('syncSmsBySessionId', await s.api('GET', `/phone/sms/sessions/${out.session_id}/sync`, { token: other.token }), 'sessionDoesNotExist');
  assertDocumentedError('getUsersSmsSessions', await s.api('GET', `/phone/users/${pat.userId}/sms/sessions`, { token: other.token }), 'userDoesNotExist');
  const report = await charges({}, other.token);
  assertContract('getSmsMmsChargesUsageReport', report);
  assert.deepEqual(report.body.sms_charges, []);
  assertDocumentedError('postSmsMessage', await post({ sender: { phone_number: pat.number }, to_members: [{ phone_number: c }], message: 'x' }, other.token), 'phoneNumberIsNotValid');
  // An inbound SMS names its account: the other account has no such number.
  const res = await inbound({ account_id: other.accountId, from: c, to: pat.number, text: 'hi' });
  assert.equal(res.status, 400);
  assert.equal(res.body.message, `${pat.number} is not a phone number of account ${other.accountId}.`);
});

test('an inbound SMS reaches only an SMS capable number someone holds, never from the future', async () => {
  const quinn = await texter(s);
  const c = consumer();
  const cases: [Record<string, unknown>, RegExp][] = [
    [{ from: c, to: '+19995550001', text: 'hi' }, /is not a phone number of account/],
    [{ from: c, to: (await addNumber(s, { prefix: '+1720555' })).number, text: 'hi' }, /is not assigned to a user, a call queue or an auto receptionist/],
    [{ from: c, to: (await texter(s, { number: { source: 'BYOCPremises' } })).number, text: 'hi' }, /is not SMS capable/],
    [{ from: quinn.number, to: quinn.number, text: 'hi' }, /is a number of the account/],
    [{ from: c, to: quinn.number, text: 'hi', at: '2999-01-01T00:00:00Z' }, /in the future/],
  ];
  for (const [body, message] of cases) {
    const res = await inbound(body);
    assert.equal(res.status, 400, JSON.stringify(res.body));
    assert.match(res.body.message, message);
  }
  assert.equal((await inbound({ from: 'not-a-number', to: quinn.number, text: 'hi' })).status, 400);
  assert.deepEqual(await userSessions(quinn.userId), []);
  // A message dated in the past is stored at its time.
  const at = new Date(s.sandbox.clock.now() - 3600_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const got = await received(c, quinn.number, 'earlier', at);
  const [m] = await histories(got.session_id);
  assert.equal(m.date_time, at);
  // The demo account is the default.
  assert.equal((await inbound({ account_id: DEMO, from: consumer(), to: quinn.number, text: 'hi' })).status, 201);
});
