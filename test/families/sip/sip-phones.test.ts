import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../../support/server.ts';
import { assertContract, assertUndocumentedError } from '../../support/contract.ts';
import { fieldOf, MASTER, newAccount, tokenOf } from './fixtures.ts';

let s: TestServer;
let otherToken: string;

before(async () => {
  s = await startServer();
  await newAccount(s, 'other-master', null);
  otherToken = await tokenOf(s, 'other-master');
});
after(() => s.close());

function phone(user_email: string, overrides: Record<string, unknown> = {}) {
  return {
    user_email,
    user_name: '+14085550199',
    authorization_name: 'ada-auth',
    password: 'secret-1',
    domain: 'CDC.WEB',
    register_server: '10.0.0.1',
    proxy_server: '10.0.0.2',
    voice_mail: '8000',
    ...overrides,
  };
}
const enable = (body: unknown, token?: string) => s.api('POST', '/sip_phones', { body, token });
const rows = (accountId: string) => s.sandbox.db.selectFrom('sip_phones').selectAll().where('account_id', '=', accountId).orderBy('seq').execute();
const userId = async (email: string) =>
  (await s.sandbox.db.selectFrom('phone_users').select('id').where('account_id', '=', MASTER).where('email', '=', email).executeTakeFirstOrThrow()).id;

test('enables a SIP phone for a user of the account, registration expiring after 60 minutes by default', async () => {
  const res = await enable(phone('ada@demo.switchboard.test', { transport_protocol: 'TLS', register_server2: '10.0.0.3', proxy_server3: '10.0.0.4' }));
  assertContract('enableSipPhone', res);
  const [row] = await rows(MASTER);
  assert.equal(row.user_id, await userId('ada@demo.switchboard.test'));
  assert.equal(row.registration_expire_time, 60);
  assert.equal(row.platform, '');
  assert.equal(row.domain, 'CDC.WEB');
  assert.equal(row.transport_protocol, 'TLS');
  assert.equal(row.voice_mail, '8000');
  assert.deepEqual(
    [row.user_email, row.user_name, row.authorization_name, row.password, row.register_server, row.proxy_server],
    ['ada@demo.switchboard.test', '+14085550199', 'ada-auth', 'secret-1', '10.0.0.1', '10.0.0.2'],
  );
  const data = JSON.parse(row.data);
  assert.equal(data.register_server2, '10.0.0.3');
  assert.equal(data.proxy_server3, '10.0.0.4');
});

test('a platform suffix adds another SIP phone for the same user; the given expiry is kept', async () => {
  const res = await enable(phone('Grace@demo.switchboard.test.mac', { registration_expire_time: 120 }));
  assertContract('enableSipPhone', res);
  assertContract('enableSipPhone', await enable(phone('grace@demo.switchboard.test')));
  const grace = await userId('grace@demo.switchboard.test');
  const mine = (await rows(MASTER)).filter((r) => r.user_id === grace);
  assert.deepEqual(mine.map((r) => [r.user_email, r.platform, r.registration_expire_time]), [
    ['grace@demo.switchboard.test.mac', 'mac', 120],
    ['grace@demo.switchboard.test', '', 60],
  ]);
});

test('a second SIP phone for the same user and platform is refused', async () => {
  assertContract('enableSipPhone', await enable(phone('alan@demo.switchboard.test.win')));
  const before = (await rows(MASTER)).length;
  const again = await enable(phone('ALAN@demo.switchboard.test.win', { domain: 'OTHER.WEB' }));
  assertUndocumentedError(again, 400, 300, 'The user alan@demo.switchboard.test already has a SIP phone for the win platform.');
  assert.equal(fieldOf(again), 'user_email');
  const plainTwice = await enable(phone('ada@demo.switchboard.test'));
  assertUndocumentedError(plainTwice, 400, 300, 'The user ada@demo.switchboard.test already has a SIP phone for all platforms.');
  assert.equal(fieldOf(plainTwice), 'user_email');
  assert.equal((await rows(MASTER)).length, before);
  const alan = (await rows(MASTER)).find((r) => r.user_email === 'alan@demo.switchboard.test.win');
  assert.equal(alan?.domain, 'CDC.WEB');
});

test('a user the account does not have is not found', async () => {
  const before = (await rows(MASTER)).length;
  assertUndocumentedError(await enable(phone('nobody@demo.switchboard.test')), 404, 1001, 'User does not exist: nobody@demo.switchboard.test.');
  // .tv is no platform the page lists: the whole address names no user
  assertUndocumentedError(await enable(phone('ada@demo.switchboard.test.tv')), 404, 1001, 'User does not exist: ada@demo.switchboard.test.tv.');
  // another account's token cannot reach the demo's users
  const stranger = await enable(phone('katherine@demo.switchboard.test'), otherToken);
  assertUndocumentedError(stranger, 404, 1001, 'User does not exist: katherine@demo.switchboard.test.');
  assert.equal((await rows(MASTER)).length, before);
  assert.deepEqual(await rows('other-master'), []);
});

test('required fields are required and must not be blank; the expiry must be positive', async () => {
  const { domain: _domain, ...noDomain } = phone('katherine@demo.switchboard.test');
  const missing = await enable(noDomain);
  assertUndocumentedError(missing, 400, 300, 'Validation Failed.');
  assert.equal(fieldOf(missing), 'domain');
  for (const field of ['user_name', 'authorization_name', 'password', 'domain', 'register_server', 'proxy_server', 'voice_mail']) {
    const blank = await enable(phone('katherine@demo.switchboard.test', { [field]: '  ' }));
    assertUndocumentedError(blank, 400, 300, `${field} must not be empty.`);
    assert.equal(fieldOf(blank), field);
  }
  const zero = await enable(phone('katherine@demo.switchboard.test', { registration_expire_time: 0 }));
  assertUndocumentedError(zero, 400, 300, 'registration_expire_time must be a positive number of minutes.');
  assert.equal(fieldOf(zero), 'registration_expire_time');
  const badProtocol = await enable(phone('katherine@demo.switchboard.test', { transport_protocol: 'SCTP' }));
  assertUndocumentedError(badProtocol, 400, 300, 'Validation Failed.');
  assert.equal(fieldOf(badProtocol), 'transport_protocol');
  assert.ok(!(await rows(MASTER)).some((r) => r.user_email.startsWith('katherine')));
  // one minute is the shortest expiry
  assertContract('enableSipPhone', await enable(phone('katherine@demo.switchboard.test', { registration_expire_time: 1 })));
  const [kept] = (await rows(MASTER)).filter((r) => r.user_email === 'katherine@demo.switchboard.test');
  assert.equal(kept.registration_expire_time, 1);
});
