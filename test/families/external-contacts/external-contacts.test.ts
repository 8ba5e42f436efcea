// The account's external contacts through the HTTP API: added, listed, shown,
// changed and deleted; their numbers, extension number, e-mail and profile picture
// checked; ids and extension numbers one per account; another account's unseen.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../../support/server.ts';
import { assertContract, assertDocumentedError, assertUndocumentedError } from '../../support/contract.ts';
import { assertPageTokensExpire, type PagedList } from '../../support/pages.ts';
import { otherAccount } from '../../support/fixtures.ts';
import { phoneEndpoints } from '../../support/sdk.ts';
import { DEMO_DEFAULTS } from '../../../src/sandbox.ts';
import { externalContactByExtension, externalContactByPhoneNumber, findExternalContact } from '../../../src/families/external-contacts/public.ts';

let s: TestServer;
let accounts = 0;

before(async () => {
  s = await startServer();
});
after(() => s.close());

const DEMO = DEMO_DEFAULTS.accountId;
const PATH = '/phone/external_contacts';

async function fresh(): Promise<{ token: string; accountId: string }> {
  return otherAccount(s, `ec-acct-${++accounts}`);
}

const add = (body: unknown, token?: string) => s.api('POST', PATH, { body, token });
const get = (id: string, token?: string) => s.api('GET', `${PATH}/${encodeURIComponent(id)}`, { token });
const update = (id: string, body: unknown, token?: string) => s.api('PATCH', `${PATH}/${encodeURIComponent(id)}`, { body, token });
const remove = (id: string, token?: string) => s.api('DELETE', `${PATH}/${encodeURIComponent(id)}`, { token });

async function all(token?: string): Promise<any[]> {
  const res = await s.api('GET', PATH, { query: { page_size: 300 }, token });
  assertContract('listExternalContacts', res);
  return res.body.external_contacts;
}

async function details(id: string, token?: string): Promise<any> {
  const res = await get(id, token);
  assertContract('getExternalContactDetails', res);
  return res.body;
}

async function added(body: Record<string, unknown>, token?: string): Promise<string> {
  const res = await add(body, token);
  assertContract('addAnExternalContact', res);
  assert.equal(res.status, 201, JSON.stringify(res.body));
  return res.body.external_contact_id;
}

// A 1x1 PNG, a GIF header and a JPEG's first bytes, as base64.
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
const GIF = Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1').toString('base64');

test('the demo account lists its seeded contacts', async () => {
  const res = await s.api('GET', PATH);
  assertContract('listExternalContacts', res);
  assert.equal(res.body.page_size, 30);
  assert.equal(res.body.next_page_token, '');
  assert.deepEqual(
    res.body.external_contacts.map((c: any) => [c.name, c.extension_number, c.phone_numbers]),
    [
      ['After-hours answering service', undefined, ['+14155550142']],
      ['Legacy PBX reception', '7001', ['+16505550177']],
      ['Acme Supplies sales desk', undefined, ['+442079460321', '+442079460322']],
    ],
  );
  for (const c of res.body.external_contacts) assert.deepEqual(await details(c.external_contact_id), c);
});

test('a contact added is listed and shown with every field', async () => {
  const { token } = await fresh();
  const res = await add(
    {
      description: 'External contact Johnson', email: 'example@example.com', extension_number: '101014', id: 'external_contact_01', name: 'Johnson',
      phone_numbers: ['+12058945656'], routing_path: 'PSTN', auto_call_recorded: true, enable_internal_extension: true,
    },
    token,
  );
  assertContract('addAnExternalContact', res);
  assert.equal(res.status, 201);
  const id = res.body.external_contact_id;
  assert.match(id, /^[A-Za-z0-9_-]{22}$/);
  assert.deepEqual(res.body, { external_contact_id: id, name: 'Johnson' });
  const shown = {
    external_contact_id: id, id: 'external_contact_01', name: 'Johnson', description: 'External contact Johnson', email: 'example@example.com',
    extension_number: '101014', phone_numbers: ['+12058945656'], auto_call_recorded: true, enable_internal_extension: true,
  };
  assert.deepEqual(await details(id, token), shown);
  // the customer's id names it as well as the Zoom-generated one
  assert.deepEqual(await details('external_contact_01', token), shown);
  assert.deepEqual(await all(token), [shown]);
  // a name and a phone number are enough; without a customer id, id is the generated one; the name is kept trimmed
  const bare = await added({ name: ' Bare ', phone_numbers: ['+14155550100'] }, token);
  assert.deepEqual(await details(bare, token), { external_contact_id: bare, id: bare, name: 'Bare', phone_numbers: ['+14155550100'] });
  // an extension number alone is enough too
  const ext = await added({ name: 'Old desk', extension_number: '5005' }, token);
  assert.deepEqual((await details(ext, token)).phone_numbers, []);
});

test('Zoom\u2019s SDK adds, lists, updates and deletes a contact', async () => {
  const phone = await phoneEndpoints(s);
  const made = await phone.externalContacts.addExternalContact({ body: { name: 'SDK contact', phone_numbers: ['+13125550101'], email: 'sdk@example.com' } });
  assert.equal(made.statusCode, 201);
  const id = made.data!.external_contact_id!;
  const listed = await phone.externalContacts.listExternalContacts({ query: { page_size: 300 } });
  assert.ok(listed.data!.external_contacts!.some((c) => c.external_contact_id === id && c.email === 'sdk@example.com'));
  const changed = await phone.externalContacts.updateExternalContact({ path: { externalContactId: id }, body: { description: 'by the SDK' } });
  assert.equal(changed.statusCode, 204);
  const shown = await phone.externalContacts.getExternalContactDetails({ path: { externalContactId: id } });
  assert.equal(shown.data!.description, 'by the SDK');
  const gone = await phone.externalContacts.deleteExternalContact({ path: { externalContactId: id } });
  assert.equal(gone.statusCode, 204);
  assertDocumentedError('getExternalContactDetails', await get(id), 'externalContactDoesNotExist');
});

test('an add refused for its input adds nothing', async () => {
  const { token } = await fresh();
  const refused = async (body: unknown, field: string) => {
    const res = await add(body, token);
    assertDocumentedError('addAnExternalContact', res, 'validationFailed');
    assert.ok(res.body.errors.some((e: any) => e.field === field), JSON.stringify(res.body));
    return res;
  };
  // "If you do not provide an extension number, you must provide this value."
  const none = await refused({ name: 'Nobody' }, 'phone_numbers');
  assert.deepEqual(none.body.errors, [{ field: 'phone_numbers', message: 'If you do not provide an extension number, you must provide phone_numbers.' }]);
  await refused({ name: 'Nobody', phone_numbers: [] }, 'phone_numbers');
  // "This value must be in E.164 format."
  const local = await refused({ name: 'Local', phone_numbers: ['+14155550100', '4155550100'] }, 'phone_numbers[1]');
  assert.equal(local.body.errors[0].message, '4155550100 is not a phone number in E.164 format.');
  await refused({ name: '  ', phone_numbers: ['+14155550100'] }, 'name');
  await refused({ name: 'Mail', phone_numbers: ['+14155550100'], email: 'not-an-address' }, 'email');
  await refused({ name: 'Ext', extension_number: '10a' }, 'extension_number');
  await refused({ name: 'Id', id: ' ', phone_numbers: ['+14155550100'] }, 'id');
  // the schema: name is required
  assertUndocumentedError(await add({ phone_numbers: ['+14155550100'] }, token), 400, 300, 'Validation Failed.');
  assert.deepEqual(await all(token), []);
});

test('an extension number the account already uses is refused, and a customer id used twice', async () => {
  const { token } = await fresh();
  await added({ name: 'First', extension_number: '2001', id: 'crm-1' }, token);
  const ext = await add({ name: 'Second', extension_number: '2001' }, token);
  assertDocumentedError('addAnExternalContact', ext, 'validationFailed');
  assert.deepEqual(ext.body.errors, [{ field: 'extension_number', message: 'Extension number 2001 is already used in the account.' }]);
  const id = await add({ name: 'Third', phone_numbers: ['+14155550100'], id: 'crm-1' }, token);
  assertDocumentedError('addAnExternalContact', id, 'validationFailed');
  assert.deepEqual(id.body.errors, [{ field: 'id', message: 'External contact id (crm-1) already exists.' }]);
  assert.deepEqual((await all(token)).map((c) => c.name), ['First']);
  // "Make certain that this extension number is not duplicated with an existing extension number in the account":
  // the demo's user at 101 and its main auto receptionist at 1000
  const before = await all();
  for (const n of ['101', '1000']) {
    const clash = await add({ name: 'Clash', extension_number: n });
    assertDocumentedError('addAnExternalContact', clash, 'validationFailed');
    assert.deepEqual(clash.body.errors, [{ field: 'extension_number', message: `Extension number ${n} is already used in the account.` }]);
  }
  const seeded = before.find((c) => c.extension_number === '7001').external_contact_id;
  assertDocumentedError('updateExternalContact', await update(seeded, { extension_number: '101' }), 'validationFailed');
  assert.deepEqual(await all(), before);
  // another account may use both
  const other = await fresh();
  await added({ name: 'First', extension_number: '2001', id: 'crm-1' }, other.token);
});

test('concurrent adds of one extension number: one wins, the others are refused', async () => {
  const { token } = await fresh();
  const results = await Promise.all(Array.from({ length: 6 }, (_, i) => add({ name: `Race ${i}`, extension_number: '4444' }, token)));
  assert.deepEqual(results.map((r) => r.status).sort(), [201, 400, 400, 400, 400, 400]);
  for (const r of results.filter((x) => x.status === 400)) {
    assertDocumentedError('addAnExternalContact', r, 'validationFailed');
    assert.equal(r.body.errors[0].field, 'extension_number');
  }
  assert.equal((await all(token)).length, 1);
});

test('a profile picture is kept and shown; a wrong type, bad data or one past 2 MB is refused', async () => {
  const { token } = await fresh();
  const id = await added({ name: 'Pictured', phone_numbers: ['+14155550100'], profile_picture: { type: 'PNG', base64_encoding: PNG } }, token);
  assert.equal((await details(id, token)).profile_picture_download_url, `data:image/png;base64,${PNG}`);
  const base = { name: 'P', phone_numbers: ['+14155550101'] };
  assertDocumentedError('addAnExternalContact', await add({ ...base, profile_picture: { type: 'GIF', base64_encoding: PNG } }, token), 'profilePictureFileTypeError');
  assertDocumentedError('addAnExternalContact', await add({ ...base, profile_picture: { type: 'BMP', base64_encoding: PNG } }, token), 'profilePictureFileTypeError');
  assertDocumentedError('addAnExternalContact', await add({ ...base, profile_picture: { base64_encoding: PNG } }, token), 'profilePictureFileTypeError');
  assertDocumentedError('addAnExternalContact', await add({ ...base, profile_picture: { type: 'PNG', base64_encoding: 'not base64!' } }, token), 'profilePictureFileDataError');
  assertDocumentedError('addAnExternalContact', await add({ ...base, profile_picture: { type: 'PNG' } }, token), 'profilePictureFileDataError');
  // 2 MB is taken, a byte more is not
  const png = Buffer.from(PNG, 'base64');
  const at = Buffer.concat([png, Buffer.alloc(2 * 1024 * 1024 - png.length)]);
  const big = await added({ ...base, profile_picture: { type: 'PNG', base64_encoding: at.toString('base64') } }, token);
  assert.ok((await details(big, token)).profile_picture_download_url.startsWith('data:image/png;base64,'));
  const past = Buffer.concat([at, Buffer.alloc(1)]);
  assertDocumentedError('addAnExternalContact', await add({ ...base, profile_picture: { type: 'PNG', base64_encoding: past.toString('base64') } }, token), 'profilePictureSizeMustLessThan');
  assert.deepEqual((await all(token)).map((c) => c.external_contact_id), [id, big]);
  // an update replaces it, another picture's errors change nothing, and an empty base64_encoding resets it to the default
  assertContract('updateExternalContact', await update(id, { profile_picture: { type: 'GIF', base64_encoding: GIF } }, token));
  assert.equal((await details(id, token)).profile_picture_download_url, `data:image/gif;base64,${GIF}`);
  assertDocumentedError('updateExternalContact', await update(id, { profile_picture: { type: 'JPEG', base64_encoding: GIF } }, token), 'profilePictureFileTypeError');
  assertDocumentedError('updateExternalContact', await update(id, { profile_picture: { type: 'PNG', base64_encoding: '@@@' } }, token), 'profilePictureFileDataError');
  assertDocumentedError('updateExternalContact', await update(id, { profile_picture: { type: 'PNG', base64_encoding: past.toString('base64') } }, token), 'profilePictureSizeMustLessThan');
  assert.equal((await details(id, token)).profile_picture_download_url, `data:image/gif;base64,${GIF}`);
  assertContract('updateExternalContact', await update(id, { profile_picture: { base64_encoding: '' } }, token));
  assert.equal((await details(id, token)).profile_picture_download_url, undefined);
});

test('an update changes what it names and keeps the rest', async () => {
  const { token } = await fresh();
  const id = await added({ name: 'Johnson', email: 'j@example.com', phone_numbers: ['+12058945656'], auto_call_recorded: true, enable_internal_extension: true, id: 'crm-7' }, token);
  const res = await update(id, { description: 'External contact Johnson', phone_numbers: ['+12058945657'], extension_number: '101014' }, token);
  assertContract('updateExternalContact', res);
  assert.equal(res.status, 204);
  assert.deepEqual(await details(id, token), {
    external_contact_id: id, id: 'crm-7', name: 'Johnson', description: 'External contact Johnson', email: 'j@example.com', extension_number: '101014',
    phone_numbers: ['+12058945657'], auto_call_recorded: true, enable_internal_extension: true,
  });
  // "Leave blank to retain the existing status"; false turns it off
  assertContract('updateExternalContact', await update('crm-7', { enable_internal_extension: false, id: 'crm-8', name: 'Johnson Jr' }, token));
  const shown = await details(id, token);
  assert.deepEqual([shown.enable_internal_extension, shown.auto_call_recorded, shown.id, shown.name], [false, true, 'crm-8', 'Johnson Jr']);
  assertDocumentedError('getExternalContactDetails', await get('crm-7', token), 'externalContactDoesNotExist');
  // its own extension number and id again are no conflict; an empty update changes nothing
  assertContract('updateExternalContact', await update(id, { extension_number: '101014', id: 'crm-8' }, token));
  assertContract('updateExternalContact', await update(id, {}, token));
  assert.deepEqual(await details(id, token), shown);
  // the phone numbers may go while an extension number stays
  assertContract('updateExternalContact', await update(id, { phone_numbers: [] }, token));
  assert.deepEqual((await details(id, token)).phone_numbers, []);
});

test('an update refused for its input changes nothing', async () => {
  const { token } = await fresh();
  await added({ name: 'Other', extension_number: '300', id: 'taken' }, token);
  const id = await added({ name: 'Mine', phone_numbers: ['+14155550100'] }, token);
  const before = await details(id, token);
  const refused = async (body: unknown, field: string) => {
    const res = await update(id, body, token);
    assertDocumentedError('updateExternalContact', res, 'validationFailed');
    assert.equal(res.body.errors[0].field, field, JSON.stringify(res.body));
  };
  await refused({ phone_numbers: [], description: 'changed' }, 'phone_numbers');
  await refused({ phone_numbers: ['555-0100'], description: 'changed' }, 'phone_numbers[0]');
  await refused({ extension_number: '300', description: 'changed' }, 'extension_number');
  await refused({ id: 'taken', description: 'changed' }, 'id');
  await refused({ name: '', description: 'changed' }, 'name');
  await refused({ email: 'nope', description: 'changed' }, 'email');
  assert.deepEqual(await details(id, token), before);
});

test('a contact the account does not have answers the documented errors', async () => {
  const get404 = await get('nOsUcHeXtErNaLcOnTaCt0');
  assertDocumentedError('getExternalContactDetails', get404, 'externalContactDoesNotExist');
  assert.equal(get404.body.message, 'External contact does not exist: nOsUcHeXtErNaLcOnTaCt0.');
  const upd = await update('nOsUcHeXtErNaLcOnTaCt0', { name: 'x' });
  assertDocumentedError('updateExternalContact', upd, 'externalContactDoesNotExist');
  assert.equal(upd.body.message, 'External contact does not exist: nOsUcHeXtErNaLcOnTaCt0.');
  const del = await remove('nOsUcHeXtErNaLcOnTaCt0');
  assertDocumentedError('deleteAnExternalContact', del, 'error300');
  assert.equal(del.body.message, 'External contact does not exist: nOsUcHeXtErNaLcOnTaCt0.');
});

test('a deleted contact is gone; deleting it again answers the documented error', async () => {
  const { token } = await fresh();
  const id = await added({ name: 'Old', extension_number: '909', id: 'old-1' }, token);
  const keep = await added({ name: 'Keep', phone_numbers: ['+14155550100'] }, token);
  const res = await remove('old-1', token);
  assertContract('deleteAnExternalContact', res);
  assert.equal(res.status, 204);
  assertDocumentedError('getExternalContactDetails', await get(id, token), 'externalContactDoesNotExist');
  assert.deepEqual((await all(token)).map((c) => c.external_contact_id), [keep]);
  assertDocumentedError('deleteAnExternalContact', await remove(id, token), 'error300');
  // its extension number and id are free again
  await added({ name: 'New', extension_number: '909', id: 'old-1' }, token);
});

test("another account neither sees nor changes the account's contacts", async () => {
  const demo = await all();
  const stranger = await fresh();
  const subApp = await s.admin('POST', `/accounts/${DEMO}-sub/apps`, {});
  assert.equal(subApp.status, 201, JSON.stringify(subApp.body));
  const subToken = await s.token(subApp.body.client_id, subApp.body.client_secret, `${DEMO}-sub`);
  for (const token of [stranger.token, subToken]) {
    assert.deepEqual(await all(token), []);
    const id = demo[0].external_contact_id;
    assertDocumentedError('getExternalContactDetails', await get(id, token), 'externalContactDoesNotExist');
    assertDocumentedError('updateExternalContact', await update(id, { name: 'Stolen' }, token), 'externalContactDoesNotExist');
    assertDocumentedError('deleteAnExternalContact', await remove(id, token), 'error300');
    // the same extension number is its own
    await added({ name: demo[1].name, extension_number: demo[1].extension_number }, token);
  }
  assert.deepEqual(await all(), demo);
});

test('the list pages by next_page_token, 300 a page at most', async () => {
  const { token } = await fresh();
  const ids: string[] = [];
  for (let i = 0; i < 5; i++) ids.push(await added({ name: `Contact ${i}`, phone_numbers: [`+1415555010${i}`] }, token));
  const seen: string[] = [];
  let next = '';
  let pages = 0;
  do {
    const res = await s.api('GET', PATH, { token, query: { page_size: 2, ...(next ? { next_page_token: next } : {}) } });
    assertContract('listExternalContacts', res);
    assert.equal(res.body.page_size, 2);
    assert.equal(res.body.total_records, undefined, 'the page documents no total_records');
    seen.push(...res.body.external_contacts.map((c: any) => c.external_contact_id));
    next = res.body.next_page_token;
    pages++;
  } while (next);
  assert.equal(pages, 3);
  assert.deepEqual(seen, ids);
  assertContract('listExternalContacts', await s.api('GET', PATH, { token, query: { page_size: 300 } }));
  assertUndocumentedError(await s.api('GET', PATH, { token, query: { page_size: 301 } }), 400, 300, 'Validation Failed.');
  assertUndocumentedError(await s.api('GET', PATH, { token, query: { next_page_token: 'not-a-token' } }), 400, 300, 'The next page token is invalid or expired.');
});

test('a page token expires after 15 minutes', async () => {
  const { token } = await fresh();
  for (let i = 0; i < 2; i++) await added({ name: `Expiring ${i}`, phone_numbers: [`+1415555011${i}`] }, token);
  const list: PagedList = { op: 'listExternalContacts', get: (query) => s.api('GET', PATH, { token, query }) };
  await assertPageTokensExpire(s, [list], (_, res) => assertUndocumentedError(res, 400, 300, 'The next page token is invalid or expired.'));
});

test('other families find a contact by id, extension number or phone number in its own account only', async () => {
  const db = s.sandbox.db;
  const { token, accountId } = await fresh();
  const id = await added({ name: 'Found', extension_number: '8123', phone_numbers: ['+14155550199', '+14155550198'], id: 'crm-f' }, token);
  const found = { id, name: 'Found', email: null, extensionNumber: '8123', phoneNumbers: ['+14155550199', '+14155550198'], routingPath: null };
  assert.deepEqual(await findExternalContact(db, accountId, id), found);
  assert.deepEqual(await findExternalContact(db, accountId, 'crm-f'), found);
  assert.deepEqual(await externalContactByExtension(db, accountId, '8123'), found);
  assert.deepEqual(await externalContactByPhoneNumber(db, accountId, '+14155550198'), found);
  assert.equal(await externalContactByPhoneNumber(db, accountId, '+1415555019'), undefined);
  assert.equal(await findExternalContact(db, DEMO, id), undefined);
  assert.equal(await externalContactByExtension(db, DEMO, '8123'), undefined);
});
