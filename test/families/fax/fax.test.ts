// The fax family through the HTTP API: files uploaded and faxed from an
// extension's number, faxes arriving from outside (the control plane's
// simulation), the logs each leaves in every view, their PDF documents, read
// status and delete, and the charges of the faxes sent.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type ApiResponse, type TestServer } from '../../support/server.ts';
import { assertContract, assertDocumentedError, assertUndocumentedError } from '../../support/contract.ts';
import { otherAccount } from '../../support/fixtures.ts';
import { addNumber, addUser, DEMO, tokenFor } from '../../support/org.ts';
import { writeZip } from '../../../src/families/fax/zip.ts';
import { faxPdf, pdfPageCount } from '../../../src/families/fax/pdf.ts';

let s: TestServer;
before(async () => {
  s = await startServer();
});
after(() => s.close());

const OUTSIDE = '+14155550123';
const MiB = 1024 * 1024;

interface Person {
  userId: string;
  extensionId: string;
  extensionNumber: number;
  number: string;
}

/** A user of the demo account with an extension in the directory and a number assigned. */
async function person(): Promise<Person> {
  const userId = await addUser(s);
  const user = await s.sandbox.db.selectFrom('phone_users').select(['extension_id', 'extension_number']).where('id', '=', userId).executeTakeFirstOrThrow();
  const { number } = await addNumber(s, { assignee: userId });
  return { userId, extensionId: user.extension_id, extensionNumber: Number(user.extension_number), number };
}

/** POST /fax/files with a multipart form; `file` absent sends only a text field. */
async function upload(file: { name: string; data: Buffer } | undefined, opts: { token?: string; query?: string } = {}): Promise<ApiResponse> {
  const form = new FormData();
  if (file) form.append('file', new Blob([new Uint8Array(file.data)], { type: 'application/zip' }), file.name);
  else form.append('note', 'no file');
  const token = opts.token ?? (await s.token());
  const res = await fetch(`${s.base}/v2/fax/files${opts.query ?? ''}`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : undefined };
}

/** A fax ZIP of a two-page PDF then a one-page text: three pages. */
const threePages = () => writeZip([
  { name: '1.pdf', data: faxPdf('test', ['one', 'two']) },
  { name: '2.txt', data: Buffer.from('Hello fax\n') },
]);

async function uploaded(zip = threePages(), query = ''): Promise<string> {
  const res = await upload({ name: 'Test.zip', data: zip }, { query });
  assertContract('uploadFaxFile', res);
  assert.equal(typeof res.body.file_id, 'string');
  return res.body.file_id;
}

/** GET the fax file's bytes. */
async function download(logId: string, fileId: string, token?: string): Promise<{ status: number; type: string | null; bytes: Buffer; body: any }> {
  const res = await fetch(`${s.base}/v2/phone/fax/logs/${logId}/file/${fileId}`, { headers: { authorization: `Bearer ${token ?? (await s.token())}` } });
  const bytes = Buffer.from(await res.arrayBuffer());
  let body: any;
  try {
    body = JSON.parse(bytes.toString('utf8'));
  } catch {
    body = undefined;
  }
  return { status: res.status, type: res.headers.get('content-type'), bytes, body };
}

const inbound = (body: Record<string, unknown>) => s.admin('POST', '/faxes', body);

async function accountLogs(query: Record<string, string | number> = {}, token?: string): Promise<any[]> {
  const res = await s.api('GET', '/phone/fax/logs', { query: { page_size: 300, ...query }, token });
  assertContract('getAccountsFaxLogs', res);
  return res.body.fax_logs;
}

async function extensionLogs(extensionId: string, query: Record<string, string | number> = {}): Promise<any[]> {
  const res = await s.api('GET', `/phone/extension/${extensionId}/fax/logs`, { query: { page_size: 300, ...query } });
  assertContract('getExtensionsFaxLogs', res);
  return res.body.fax_logs;
}

async function details(id: string): Promise<any> {
  const res = await s.api('GET', `/phone/fax/logs/${id}`);
  assertContract('getFaxLogDetails', res);
  assert.equal(res.body.length, 1);
  return res.body[0];
}

test('the demo account has a fax sent and a fax received, made by the family', async () => {
  const logs = await accountLogs();
  const demo = logs.filter((l) => l.sender_number === '+12125550143' || l.receiver_number === '+14155550199');
  assert.deepEqual(demo.map((l) => [l.direction, l.status, l.file_pages_count, l.read_status]), [
    ['outbound', 'sent', 2, 'read'],
    ['inbound', 'received', 3, 'unread'],
  ]);
  for (const l of demo) {
    const file = await download(l.fax_log_id, l.file_id);
    assertContract('downloadFaxFile', { status: file.status, headers: new Headers({ 'content-type': file.type ?? '' }), body: file.bytes });
    assert.equal(pdfPageCount(file.bytes), l.file_pages_count);
  }
});

test('an inbound fax shows in the account logs, the extension logs, the details and its PDF download', async () => {
  const p = await person();
  const res = await inbound({ from: OUTSIDE, to: p.number, pages: 4 });
  assert.equal(res.status, 201, JSON.stringify(res.body));
  const { fax_log_id: id, file_id: fileId, fax_id: faxId } = res.body;
  assert.match(faxId, /^[0-9A-F]{32}$/);

  const inAccount = (await accountLogs()).find((l) => l.fax_log_id === id);
  assert.ok(inAccount, 'the account list shows it');
  const expected = {
    fax_log_id: id,
    fax_id: faxId,
    direction: 'inbound',
    extension_id: p.extensionId,
    extension_type: 'user',
    sender_number: OUTSIDE,
    sender_type: 'pstn',
    receiver_number: p.number,
    receiver_extension_id: p.extensionId,
    receiver_extension_number: String(p.extensionNumber),
    receiver_type: 'client',
    file_id: fileId,
    file_pages_count: 4,
    status: 'received',
    read_status: 'unread',
  };
  for (const [k, v] of Object.entries(expected)) assert.equal(inAccount[k], v, k);
  assert.equal(inAccount.receiver_extension_type, 'user');

  const mine = await extensionLogs(p.extensionId);
  assert.deepEqual(mine.map((l) => l.fax_log_id), [id]);
  assert.equal(mine[0].receiver_extension_type, 'user');

  const d = await details(id);
  for (const [k, v] of Object.entries(expected)) assert.equal(d[k], v, k);
  assert.equal(d.status_reason, 'success');
  assert.equal(d.node, 0);
  assert.equal(d.retry_times, 0);

  const file = await download(id, fileId);
  assert.equal(file.status, 200);
  assert.equal(file.type, 'application/pdf');
  assert.equal(file.bytes.subarray(0, 5).toString('latin1'), '%PDF-');
  assert.match(file.bytes.subarray(-6).toString('latin1'), /%%EOF\n$/);
  assert.equal(pdfPageCount(file.bytes), 4);
});

test('an inbound fax to an extension number reaches that extension; the simulation refuses what cannot arrive', async () => {
  const p = await person();
  const res = await inbound({ from: OUTSIDE, to: String(p.extensionNumber), at: '2030-01-02T03:04:05Z' });
  assert.equal(res.status, 201, JSON.stringify(res.body));
  const d = await details(res.body.fax_log_id);
  assert.equal(d.extension_id, p.extensionId);
  assert.equal(d.receiver_number, p.number);
  assert.equal(d.file_pages_count, 1);
  assert.equal(d.create_time, '2030-01-02T03:04:05Z');

  assertUndocumentedError(await inbound({ from: '4155550123', to: p.number }), 400, 300, /from must be an outside number in E\.164/);
  assertUndocumentedError(await inbound({ from: OUTSIDE, to: '+19995550000' }), 404, 404, /has no number or extension/);
  const { number: free } = await addNumber(s);
  assertUndocumentedError(await inbound({ from: OUTSIDE, to: free }), 400, 300, /assigned to no extension/);
  assert.equal((await inbound({ from: OUTSIDE, to: p.number, pages: 0 })).status, 400);
  assert.equal((await inbound({ from: OUTSIDE, to: p.number, pages: 501 })).status, 400);
  assert.equal((await inbound({ from: OUTSIDE, to: p.number, pages: 500 })).status, 201);
  // Nothing refused left a log.
  assert.equal((await extensionLogs(p.extensionId)).length, 2);
});

test('a fax sent from an extension number leaves an outbound log, and an inbound one where the receiver is in the account', async () => {
  const sender = await person();
  const receiver = await person();
  const fileId = await uploaded();
  const res = await s.api('POST', '/phone/fax/documents', {
    body: {
      file_id: fileId,
      sender_number: sender.number,
      sender_name: 'Kitty',
      receivers: [
        { receiver_number: OUTSIDE, receiver_name: 'Mickey' },
        { receiver_number: receiver.number },
        { receiver_number: '12345' },
      ],
    },
  });
  assertContract('sendFax', res);
  assert.match(res.body.fax_id, /^[0-9A-F]{32}$/);
  assert.deepEqual(res.body.receivers.map((r: any) => [r.receiver_number, r.status, typeof r.fax_log_id]), [
    [OUTSIDE, 'success', 'string'],
    [receiver.number, 'success', 'string'],
    ['12345', 'invalid_receiver_number', 'undefined'],
  ]);

  const out = await details(res.body.receivers[0].fax_log_id);
  assert.equal(out.direction, 'outbound');
  assert.equal(out.fax_id, res.body.fax_id);
  assert.equal(out.extension_id, sender.extensionId);
  assert.equal(out.sender_type, 'openapi');
  assert.equal(out.sender_name, 'Kitty');
  assert.equal(out.receiver_name, 'Mickey');
  assert.equal(out.receiver_type, 'pstn');
  assert.equal(out.status, 'sent');
  assert.equal(out.file_pages_count, 3);
  const file = await download(out.fax_log_id, out.file_id);
  assert.equal(file.status, 200);
  assert.equal(pdfPageCount(file.bytes), 3);

  const senderLogs = await extensionLogs(sender.extensionId);
  assert.deepEqual(senderLogs.map((l) => [l.direction, l.receiver_number]), [['outbound', OUTSIDE], ['outbound', receiver.number]]);
  const received = await extensionLogs(receiver.extensionId);
  assert.deepEqual(received.map((l) => [l.direction, l.sender_number, l.status, l.read_status]), [['inbound', sender.number, 'received', 'unread']]);
  assert.equal(received[0].fax_id, res.body.fax_id);
});

test('sendFax: a sender number the account does not hold, or that reaches no extension, sends nothing', async () => {
  const fileId = await uploaded();
  const before = (await accountLogs()).length;
  const { number: unassigned } = await addNumber(s);
  for (const sender of ['+19995550001', unassigned]) {
    const res = await s.api('POST', '/phone/fax/documents', { body: { file_id: fileId, sender_number: sender, receivers: [{ receiver_number: OUTSIDE }] } });
    assertContract('sendFax', res);
    assert.deepEqual(res.body, { receivers: [{ receiver_number: OUTSIDE, status: 'invalid_sender_number' }] });
  }
  assert.equal((await accountLogs()).length, before);
});

test("sendFax: a file_id that was never uploaded, is another account's, or has expired is a bad request; 50 receivers at most", async () => {
  const p = await person();
  const send = (fileId: string, receivers = [{ receiver_number: OUTSIDE }], token?: string) =>
    s.api('POST', '/phone/fax/documents', { body: { file_id: fileId, sender_number: p.number, receivers }, token });
  assertUndocumentedError(await send('nope'), 400, 300, 'Fax file not found for file_id: nope.');
  const other = await otherAccount(s, 'fax-files-other');
  const theirs = await upload({ name: 'a.zip', data: threePages() }, { token: other.token });
  assertContract('uploadFaxFile', theirs);
  assertUndocumentedError(await send(theirs.body.file_id), 400, 300, `Fax file not found for file_id: ${theirs.body.file_id}.`);

  const fileId = await uploaded();
  const fifty = Array.from({ length: 50 }, (_, i) => ({ receiver_number: `+1415555${String(1000 + i)}` }));
  const ok = await send(fileId, fifty);
  assertContract('sendFax', ok);
  assert.equal(ok.body.receivers.length, 50);
  const tooMany = await send(fileId, [...fifty, { receiver_number: OUTSIDE }]);
  assertUndocumentedError(tooMany, 400, 300, 'Validation Failed.');

  const short = await uploaded(threePages(), '?expire=1');
  assertContract('sendFax', await send(short));
  await s.admin('POST', '/clock', { advance_seconds: 2 });
  assertUndocumentedError(await send(short), 400, 300, `Fax file not found for file_id: ${short}.`);
});

test('uploadFaxFile: a ZIP of 50MB at most; expire from 1 to 604800 seconds', async () => {
  // A stored ZIP of exactly 50 MiB: one text entry padded to fill it.
  const overhead = writeZip([{ name: '1.txt', data: Buffer.alloc(0) }]).length;
  const exact = writeZip([{ name: '1.txt', data: Buffer.alloc(50 * MiB - overhead, 0x61) }]);
  assert.equal(exact.length, 50 * MiB);
  assertContract('uploadFaxFile', await upload({ name: 'big.zip', data: exact }));
  const over = writeZip([{ name: '1.txt', data: Buffer.alloc(50 * MiB - overhead + 1, 0x61) }]);
  assertDocumentedError('uploadFaxFile', await upload({ name: 'big.zip', data: over }), 'fileSizeExceededMaximum50mb');
  // Past the server's own upload limit the part is cut: still the same documented error.
  assertDocumentedError('uploadFaxFile', await upload({ name: 'huge.zip', data: Buffer.alloc(65 * MiB) }), 'fileSizeExceededMaximum50mb');

  for (const expire of ['1', '604800']) await uploaded(threePages(), `?expire=${expire}`);
  for (const expire of ['0', '604801', 'soon', '-5']) {
    assertDocumentedError('uploadFaxFile', await upload({ name: 'a.zip', data: threePages() }, { query: `?expire=${expire}` }), 'invalidExpireShouldBetween1And');
  }
});

test('uploadFaxFile: the file is a .zip of {order}.{type} files of the documented types', async () => {
  const zip = (files: [string, Buffer][]) => writeZip(files.map(([name, data]) => ({ name, data })));
  const png = Buffer.from('89504e47', 'hex');
  // Every documented type is taken; pages follow the order.
  const all = await uploaded(
    zip([['7.docx', png], ['1.pdf', faxPdf('t', ['a'])], ['2.jpg', png], ['3.jpeg', png], ['4.txt', Buffer.from('x')], ['5.png', png], ['6.doc', png]]),
  );
  const row = await s.sandbox.db.selectFrom('fax_uploads').select(['pages', 'entries']).where('id', '=', all).executeTakeFirstOrThrow();
  assert.equal(row.pages, 7);
  assert.deepEqual(JSON.parse(row.entries).map((e: any) => e.name), ['1.pdf', '2.jpg', '3.jpeg', '4.txt', '5.png', '6.doc', '7.docx']);

  assertUndocumentedError(await upload(undefined), 400, 300, /file is required/);
  assertUndocumentedError(await upload({ name: 'fax.pdf', data: faxPdf('t', ['a']) }), 400, 300, 'Unsupported file format: the fax file must be a .zip file.');
  assertUndocumentedError(await upload({ name: 'fax.zip', data: Buffer.from('not a zip') }), 400, 300, 'Unsupported file format: the fax file must be a .zip file.');
  assertUndocumentedError(await upload({ name: 'fax.zip', data: zip([['cover.gif', png]]) }), 400, 300, /named \{order\}\.\{type\}.*: cover\.gif\.$/);
  assertUndocumentedError(await upload({ name: 'fax.zip', data: zip([['1.pdf', faxPdf('t', ['a'])], ['1.txt', Buffer.from('x')]]) }), 400, 300, 'Two files of the ZIP file have the same order: 1.txt.');
  assertUndocumentedError(await upload({ name: 'fax.zip', data: zip([]) }), 400, 300, 'The ZIP file holds no file to fax.');
  assertUndocumentedError(await upload({ name: 'fax.zip', data: zip([['1.pdf', Buffer.from('text')]]) }), 400, 300, 'The file 1.pdf of the ZIP file is not a PDF file.');
});

test('a multipart body is refused with 415 by every operation that takes JSON', async () => {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(threePages())]), 'a.zip');
  const res = await fetch(`${s.base}/v2/phone/fax/documents`, { method: 'POST', headers: { authorization: `Bearer ${await s.token()}` }, body: form });
  assert.equal(res.status, 415);
});

test('read status: read and unread as the details and lists show; an invalid status or unknown log is refused', async () => {
  const p = await person();
  const { fax_log_id: id } = (await inbound({ from: OUTSIDE, to: p.number })).body;
  const patch = (body: unknown, logId = id) => s.api('PATCH', `/phone/fax/logs/${logId}`, { body });
  assertContract('updateFaxLogReadStatus', await patch({ read_status: 'read' }));
  assert.equal((await details(id)).read_status, 'read');
  assert.equal((await extensionLogs(p.extensionId))[0].read_status, 'read');
  assert.equal((await patch({ read_status: 'unread' })).status, 204);
  assert.equal((await details(id)).read_status, 'unread');
  for (const bad of [{ read_status: 'seen' }, {}, { read_status: true }]) assertDocumentedError('updateFaxLogReadStatus', await patch(bad), 'readStatusIsInvalid');
  assert.equal((await details(id)).read_status, 'unread');
  assertDocumentedError('updateFaxLogReadStatus', await patch({ read_status: 'read' }, 'nope'), 'faxLogNotFoundForFaxLogId');
});

test('delete: the log leaves every view; its file cannot be downloaded; a second delete finds nothing', async () => {
  const p = await person();
  const { fax_log_id: id, file_id: fileId } = (await inbound({ from: OUTSIDE, to: p.number })).body;
  assertContract('deleteFaxLog', await s.api('DELETE', `/phone/fax/logs/${id}`));
  assertDocumentedError('getFaxLogDetails', await s.api('GET', `/phone/fax/logs/${id}`), 'faxLogNotFound');
  assert.ok(!(await accountLogs()).some((l) => l.fax_log_id === id));
  assert.deepEqual(await extensionLogs(p.extensionId), []);
  const file = await download(id, fileId);
  assertDocumentedError('downloadFaxFile', { status: file.status, headers: new Headers(), body: file.body }, 'faxLogNotFoundForFaxLogId');
  assert.equal(file.body.message, `Fax log not found for faxLogId: ${id}`);
  assertDocumentedError('deleteFaxLog', await s.api('DELETE', `/phone/fax/logs/${id}`), 'faxLogNotFoundForFaxLogId');
  assertDocumentedError('updateFaxLogReadStatus', await s.api('PATCH', `/phone/fax/logs/${id}`, { body: { read_status: 'read' } }), 'faxLogNotFoundForFaxLogId');
});

test("download: a file id that is not the log's is not found", async () => {
  const p = await person();
  const a = (await inbound({ from: OUTSIDE, to: p.number })).body;
  const b = (await inbound({ from: OUTSIDE, to: p.number })).body;
  const wrong = await download(a.fax_log_id, b.file_id);
  assertDocumentedError('downloadFaxFile', { status: wrong.status, headers: new Headers(), body: wrong.body }, 'faxFileNotFoundForFileId');
  assert.equal(wrong.body.message, `Fax file not found for fileId: ${b.file_id}`);
});

test('extension logs: an extension the account does not have is not found', async () => {
  assertUndocumentedError(await s.api('GET', '/phone/extension/nope/fax/logs'), 404, 404, 'Extension does not exist: nope.');
});

test('the lists page by next_page_token and filter by from/to', async () => {
  const p = await person();
  for (const at of ['2031-03-01T10:00:00Z', '2031-03-02T10:00:00Z', '2031-03-03T10:00:00Z']) assert.equal((await inbound({ from: OUTSIDE, to: p.number, at })).status, 201);
  const first = await s.api('GET', `/phone/extension/${p.extensionId}/fax/logs`, { query: { page_size: 2 } });
  assertContract('getExtensionsFaxLogs', first);
  assert.equal(first.body.total_records, 3);
  assert.equal(first.body.fax_logs.length, 2);
  const second = await s.api('GET', `/phone/extension/${p.extensionId}/fax/logs`, { query: { page_size: 2, next_page_token: first.body.next_page_token } });
  assertContract('getExtensionsFaxLogs', second);
  assert.equal(second.body.fax_logs.length, 1);
  assert.equal(second.body.next_page_token, '');

  const days = (logs: any[]) => logs.map((l) => l.create_time.slice(0, 10));
  assert.deepEqual(days(await extensionLogs(p.extensionId, { from: '2031-03-02', to: '2031-03-02' })), ['2031-03-02']);
  assert.deepEqual(days(await extensionLogs(p.extensionId, { from: '2031-03-02' })), ['2031-03-02', '2031-03-03']);
  assert.deepEqual(days((await accountLogs({ from: '2031-03-01', to: '2031-03-03' })).filter((l) => l.extension_id === p.extensionId)), ['2031-03-01', '2031-03-02', '2031-03-03']);
  for (const query of [{ from: '2031-02-30' }, { to: 'tomorrow' }, { from: '2031-03-03', to: '2031-03-01' }] as Record<string, string>[]) {
    assertUndocumentedError(await s.api('GET', '/phone/fax/logs', { query }), 400, 300, 'Invalid from/to time.');
  }
  assert.equal((await s.api('GET', '/phone/fax/logs', { query: { page_size: 301 } })).status, 400);
});

test("another account sees nothing of the account's faxes and changes none", async () => {
  const p = await person();
  const { fax_log_id: id, file_id: fileId } = (await inbound({ from: OUTSIDE, to: p.number })).body;
  const other = await otherAccount(s, 'fax-other');
  assert.deepEqual(await accountLogs({}, other.token), []);
  assertDocumentedError('getFaxLogDetails', await s.api('GET', `/phone/fax/logs/${id}`, { token: other.token }), 'faxLogNotFound');
  const file = await download(id, fileId, other.token);
  assert.equal(file.status, 404);
  assert.equal(file.body.code, 40401);
  assertDocumentedError('updateFaxLogReadStatus', await s.api('PATCH', `/phone/fax/logs/${id}`, { body: { read_status: 'read' }, token: other.token }), 'faxLogNotFoundForFaxLogId');
  assertDocumentedError('deleteFaxLog', await s.api('DELETE', `/phone/fax/logs/${id}`, { token: other.token }), 'faxLogNotFoundForFaxLogId');
  assertUndocumentedError(await s.api('GET', `/phone/extension/${p.extensionId}/fax/logs`, { token: other.token }), 404, 404, `Extension does not exist: ${p.extensionId}.`);
  const charges = await s.api('GET', '/phone/reports/fax_charges', { token: other.token });
  assertContract('getFaxChargesUsageReport', charges);
  assert.deepEqual(charges.body.fax_charges, []);
  // The account's log is as it was.
  const d = await details(id);
  assert.equal(d.read_status, 'unread');
  // A simulation names the account it happens in.
  const theirs = await inbound({ account_id: other.accountId, from: OUTSIDE, to: p.number });
  assertUndocumentedError(theirs, 404, 404, /has no number or extension/);
});

test("the fax charges report: the month's faxes sent, pending until the billing cycle ends, then calculated at their rate", async () => {
  const sender = await person();
  const fileId = await uploaded();
  const sent = await s.api('POST', '/phone/fax/documents', {
    body: { file_id: fileId, sender_number: sender.number, receivers: [{ receiver_number: OUTSIDE }, { receiver_number: '+442071234567' }] },
  });
  assertContract('sendFax', sent);
  const faxId = sent.body.fax_id;
  // A deleted log is still billed.
  assert.equal((await s.api('DELETE', `/phone/fax/logs/${sent.body.receivers[1].fax_log_id}`)).status, 204);

  const now = new Date((await s.admin('GET', '/clock')).body.now);
  const month = now.toISOString().slice(0, 7);
  const res = await s.api('GET', '/phone/reports/fax_charges', { query: { page_size: 300 } });
  assertContract('getFaxChargesUsageReport', res);
  assert.equal(res.body.from, `${month}-01`);
  assert.equal(res.body.to.slice(0, 7), month);
  const mine = res.body.fax_charges.filter((c: any) => c.fax_id === faxId);
  assert.deepEqual(mine.map((c: any) => [c.receiver_number, c.fax_type, c.rate, c.total_pages, c.charge_status, c.charged_pages, c.total_charge]), [
    [OUTSIDE, 'local', '0.0200', 3, 'pending', undefined, undefined],
    ['+442071234567', 'international', '0.0406', 3, 'pending', undefined, undefined],
  ]);
  assert.equal(mine[0].billing_number, sender.number);
  assert.equal(mine[0].charge_mode, 'per_page');
  assert.equal(mine[0].currency, 'USD');
  assert.equal(mine[0].unlimited, false);
  // Inbound faxes are not charged.
  assert.ok(res.body.fax_charges.every((c: any) => c.sender_number !== OUTSIDE));

  for (const query of [{ from: '2031-13-01' }, { to: '2031-03-01T00:00:00Z' }, { from: '2031-03-02', to: '2031-03-01' }] as Record<string, string>[]) {
    assertDocumentedError('getFaxChargesUsageReport', await s.api('GET', '/phone/reports/fax_charges', { query }), 'invalidFromToTime');
  }
  assertDocumentedError('getFaxChargesUsageReport', await s.api('GET', '/phone/reports/fax_charges', { query: { next_page_token: 'forged' } }), 'nextPageTokenIsInvalidOr');

  // The billing cycle ends with the month: move past it (a fresh token, the old one expires on the way).
  await s.admin('POST', '/clock', { advance_seconds: 32 * 86400 });
  const token = await tokenFor(s, DEMO);
  const later = await s.api('GET', '/phone/reports/fax_charges', { query: { from: `${month}-01`, to: res.body.to, page_size: 300 }, token });
  assertContract('getFaxChargesUsageReport', later);
  const billed = later.body.fax_charges.filter((c: any) => c.fax_id === faxId);
  assert.deepEqual(billed.map((c: any) => [c.charge_status, c.charged_pages, c.total_charge]), [
    ['calculated', 3, '0.06'],
    ['calculated', 3, '0.1218'],
  ]);
  const thisMonth = await s.api('GET', '/phone/reports/fax_charges', { token });
  assertContract('getFaxChargesUsageReport', thisMonth);
  assert.ok(!thisMonth.body.fax_charges.some((c: any) => c.fax_id === faxId));
});
