// Each phone user's audio library through the HTTP API: text-to-speech items and
// uploaded voice files added, listed per user, shown, renamed and deleted, with
// the documented limits (3000 characters; 5 files of 1MB, audio/mpeg or audio/wav).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../../support/server.ts';
import { assertContract, assertDocumentedError, assertUndocumentedError } from '../../support/contract.ts';
import { addUser, otherAccount } from '../../support/fixtures.ts';
import { DEMO_DEFAULTS } from '../../../src/sandbox.ts';
import { speechWav, wavHeader } from '../../../src/kit/audio.ts';
import { audioExists, audioPrompts, findAudio } from '../../../src/families/audio-library/public.ts';

let s: TestServer;
let accounts = 0;

before(async () => {
  s = await startServer();
});
after(() => s.close());

const DEMO = DEMO_DEFAULTS.accountId;
const MB = 1024 * 1024;

const speak = (userId: string, body: unknown, token?: string) => s.api('POST', `/phone/users/${encodeURIComponent(userId)}/audios`, { body, token });
const upload = (userId: string, body: unknown, token?: string) => s.api('POST', `/phone/users/${encodeURIComponent(userId)}/audios/batch`, { body, token });
const list = (userId: string, token?: string) => s.api('GET', `/phone/users/${encodeURIComponent(userId)}/audios`, { token });
const get = (id: string, token?: string) => s.api('GET', `/phone/audios/${id}`, { token });
const rename = (id: string, body: unknown, token?: string) => s.api('PATCH', `/phone/audios/${id}`, { body, token });
const remove = (id: string, token?: string) => s.api('DELETE', `/phone/audios/${id}`, { token });

/** A user of its own in the demo account (or the given one), with an empty library. */
const freshUser = (accountId = DEMO) => addUser(s, { tag: 'audio', accountId });

/** The user's library as the list shows it. */
async function library(userId: string, token?: string): Promise<{ audio_id: string; name: string }[]> {
  const res = await list(userId, token);
  assertContract('listAudioItems', res);
  return res.body.audios;
}

async function details(id: string, token?: string): Promise<any> {
  const res = await get(id, token);
  assertContract('getAnAudioItem', res);
  return res.body;
}

/** Adds a text-to-speech item and answers its id. */
async function spoken(userId: string, body: Record<string, unknown>, token?: string): Promise<string> {
  const res = await speak(userId, body, token);
  assertContract('addAnAudioItemForTextToSpeechConversion', res);
  assert.equal(res.status, 201);
  return res.body.audio_id;
}

const b64 = (b: Buffer) => b.toString('base64');
/** An MPEG-1 layer III frame header (128 kbit/s, 44.1 kHz) and some frame bytes. */
const mp3 = (bytes = 417) => Buffer.concat([Buffer.from([0xff, 0xfb, 0x90, 0x64]), Buffer.alloc(bytes - 4, 0x55)]);
/** A WAV file of exactly `bytes` bytes (its header and silence). */
const wavOfSize = (bytes: number) => Buffer.concat([wavHeader(bytes - 44), Buffer.alloc(bytes - 44)]);
const wav = (seconds = 1) => speechWav(`t-${seconds}`, seconds);

test('the demo users keep seeded audio items, spoken and uploaded', async () => {
  const users = await s.api('GET', '/phone/users', { query: { page_size: 10 } });
  const first = users.body.users[0].id;
  const items = await library(first);
  assert.deepEqual(items.map((a) => a.name), ['Main greeting', 'After hours', 'hold-music.wav']);
  for (const a of items) assert.match(a.audio_id, /^[A-Za-z0-9_-]{22}$/);
  assert.deepEqual(await details(items[0]!.audio_id), {
    audio_id: items[0]!.audio_id,
    name: 'Main greeting',
    text: 'Thank you for calling Switchboard. Please hold while we connect you.',
    voice_language: 'en-US',
    voice_accent: 'Joanna-Female',
  });
  assert.deepEqual(await details(items[2]!.audio_id), { audio_id: items[2]!.audio_id, name: 'hold-music.wav' });
  // the seeded file is a real WAV, kept as uploaded
  const row = await s.sandbox.db.selectFrom('audio_files').select('data').where('audio_id', '=', items[2]!.audio_id).executeTakeFirstOrThrow();
  assert.equal(Buffer.from(row.data).toString('ascii', 8, 12), 'WAVE');
});

test('a text-to-speech item added is listed and shown with its text and voice', async () => {
  const user = await freshUser();
  const res = await speak(user, { audio_name: 'hello.mp3', text: 'hello', voice_language: 'en-US', voice_accent: 'Joanna-Female' });
  assertContract('addAnAudioItemForTextToSpeechConversion', res);
  assert.equal(res.status, 201);
  const id = res.body.audio_id;
  assert.deepEqual(res.body, { audio_id: id, name: 'hello.mp3' });
  assert.deepEqual(await details(id), { audio_id: id, name: 'hello.mp3', text: 'hello', voice_language: 'en-US', voice_accent: 'Joanna-Female' });
  const second = await spoken(user, { audio_name: ' Bonjour ', text: 'Bonjour et bienvenue.', voice_language: 'fr-CA', voice_accent: 'Gabrielle-Female' });
  assert.deepEqual(await library(user), [
    { audio_id: id, name: 'hello.mp3' },
    { audio_id: second, name: 'Bonjour' },
  ]);
  // the user is named by email too; the language and accent are matched without case and kept as the list writes them
  const email = `${user}@audio.test`;
  const third = await spoken(email, { audio_name: 'Guten Tag', text: 'Guten Tag', voice_language: 'DE-de', voice_accent: 'hans-male' });
  assert.deepEqual(await details(third), { audio_id: third, name: 'Guten Tag', text: 'Guten Tag', voice_language: 'de-DE', voice_accent: 'Hans-Male' });
  assert.equal((await library(email)).length, 3);
  // another user's library is its own
  assert.deepEqual(await library(await freshUser()), []);
});

test('a text-to-speech item takes its language and voice by default and its name from the text', async () => {
  const user = await freshUser();
  const id = await spoken(user, { text: '  Welcome to the support line.  ' });
  assert.deepEqual(await details(id), { audio_id: id, name: 'Welcome to the support line.', text: '  Welcome to the support line.  ', voice_language: 'en-US', voice_accent: 'Joanna-Female' });
  // a language without an accent speaks in its first voice
  const gb = await spoken(user, { text: 'Cheerio', voice_language: 'en-GB' });
  assert.equal((await details(gb)).voice_accent, 'Amy-Female');
  // a long text names the item with its first words, up to 64 characters
  const long = 'Thank you for calling the front desk of our downtown branch office, please hold the line.';
  const named = await spoken(user, { text: long, audio_name: '   ' });
  assert.equal((await details(named)).name, 'Thank you for calling the front desk of our downtown branch');
});

test('text is required and at most 3000 characters; nothing is added past it', async () => {
  const user = await freshUser();
  for (const body of [{ audio_name: 'x' }, { audio_name: 'x', text: '' }, { audio_name: 'x', text: ' \n ' }]) {
    assertDocumentedError('addAnAudioItemForTextToSpeechConversion', await speak(user, body), 'textIsEmpty');
  }
  // no body at all is no text either
  assertDocumentedError('addAnAudioItemForTextToSpeechConversion', await s.api('POST', `/phone/users/${user}/audios`), 'textIsEmpty');
  const atLimit = await spoken(user, { audio_name: 'long', text: 'a'.repeat(3000) });
  assert.equal((await details(atLimit)).text.length, 3000);
  // characters, not bytes: 3000 of them outside the basic plane are still 3000
  await spoken(user, { audio_name: 'emoji', text: '\u{1F4DE}'.repeat(3000) });
  assertDocumentedError('addAnAudioItemForTextToSpeechConversion', await speak(user, { audio_name: 'too long', text: 'a'.repeat(3001) }), 'maximumTextLengthHasBeenExceeded');
  assert.deepEqual((await library(user)).map((a) => a.name), ['long', 'emoji']);
});

test('a language or voice the library does not have is refused', async () => {
  const user = await freshUser();
  assertDocumentedError('addAnAudioItemForTextToSpeechConversion', await speak(user, { text: 'hi', voice_language: 'xx-XX' }), 'languageIsNotSupported');
  assertDocumentedError('addAnAudioItemForTextToSpeechConversion', await speak(user, { text: 'hi', voice_language: '' }), 'languageIsNotSupported');
  assertDocumentedError('addAnAudioItemForTextToSpeechConversion', await speak(user, { text: 'hi', voice_accent: 'Robot-Male' }), 'voiceAccentIsNotSupported');
  // an accent of another language: Joey speaks American English, not British
  assertDocumentedError('addAnAudioItemForTextToSpeechConversion', await speak(user, { text: 'hi', voice_language: 'en-GB', voice_accent: 'Joey-Male' }), 'voiceAccentIsNotSupported');
  assert.deepEqual(await library(user), []);
  // every listed language speaks
  for (const language of ['en-GB-WLS', 'ko-KO', 'cmn-CN', 'arb']) await spoken(user, { text: 'hi', voice_language: language });
  assert.equal((await library(user)).length, 4);
});

test('the path user: me is refused, an unknown user does not exist', async () => {
  const wav1 = { attachments: [{ name: 'a.wav', audio_type: 'audio/wav', base64_encoding: b64(wav()) }] };
  assertDocumentedError('listAudioItems', await list('me'), 'invalidUserId');
  assertDocumentedError('addAnAudioItemForTextToSpeechConversion', await speak('me', { text: 'hi' }), 'invalidUserId');
  // the batch page documents no 'Invalid user id': me names no user of the account
  const batchMe = await upload('me', wav1);
  assertDocumentedError('addAudioItems', batchMe, 'userDoesNotExist');
  assert.equal(batchMe.body.message, 'User does not exist: me.');

  const nobody = await list('nObOdY00000000000000000');
  assertDocumentedError('listAudioItems', nobody, 'userDoesNotExist');
  assert.equal(nobody.body.message, 'User does not exist: nObOdY00000000000000000.');
  assertDocumentedError('addAnAudioItemForTextToSpeechConversion', await speak('nobody@nowhere.test', { text: 'hi' }), 'userDoesNotExist');
  assertDocumentedError('addAudioItems', await upload('nObOdY00000000000000000', wav1), 'userDoesNotExist');
  const count = await s.sandbox.db.selectFrom('audio_items').select((eb) => eb.fn.countAll().as('n')).where('user_id', 'in', ['me', 'nObOdY00000000000000000']).executeTakeFirstOrThrow();
  assert.equal(Number(count.n), 0);
});

test('voice files added as base64 are listed with their names', async () => {
  const user = await freshUser();
  const file = wav(2);
  // the page's example wraps its base64 text in lines
  const wrapped = b64(file).replace(/(.{76})/g, '$1\n');
  const res = await upload(user, {
    attachments: [
      { name: 'hello.mp3', audio_type: 'audio/mpeg', base64_encoding: b64(mp3()) },
      { name: ' greeting.wav ', audio_type: 'audio/wav', base64_encoding: wrapped },
    ],
  });
  assertContract('addAudioItems', res);
  assert.equal(res.status, 201);
  const [a, b] = res.body.audios;
  assert.deepEqual(res.body.audios.map((x: any) => x.name), ['hello.mp3', 'greeting.wav']);
  assert.deepEqual(await library(user), [a, b]);
  assert.deepEqual(await details(b.audio_id), { audio_id: b.audio_id, name: 'greeting.wav' });
  // kept byte for byte, with its type and size
  const row = await s.sandbox.db.selectFrom('audio_items').select(['audio_type', 'size', 'kind']).where('id', '=', b.audio_id).executeTakeFirstOrThrow();
  assert.deepEqual(row, { audio_type: 'audio/wav', size: file.length, kind: 'file' });
  const kept = await s.sandbox.db.selectFrom('audio_files').select('data').where('audio_id', '=', b.audio_id).executeTakeFirstOrThrow();
  assert.ok(Buffer.from(kept.data).equals(file));
  // an ID3-tagged MP3 and a type written in capitals are audio too
  const tagged = await upload(user, { attachments: [{ name: 'tagged.mp3', audio_type: 'Audio/MPEG', base64_encoding: b64(Buffer.concat([Buffer.from('ID3\u0004\u0000'), mp3()])) }] });
  assertContract('addAudioItems', tagged);
  assert.equal((await library(user)).length, 3);
});

test('a file of an unsupported type, or not of its declared type, is refused and adds nothing', async () => {
  const user = await freshUser();
  const good = { name: 'ok.wav', audio_type: 'audio/wav', base64_encoding: b64(wav()) };
  const cases: [string, Record<string, unknown>][] = [
    ['song.ogg', { audio_type: 'audio/ogg', base64_encoding: b64(wav()) }],
    // the page's example type, both formats in one string, is no one type
    ['hello.mp3', { audio_type: 'audio/mpeg, audio/wav', base64_encoding: b64(mp3()) }],
    ['untyped.wav', { base64_encoding: b64(wav()) }],
    // declared a WAV, sent an MP3
    ['liar.wav', { audio_type: 'audio/wav', base64_encoding: b64(mp3()) }],
    // the page's example bytes are text, not sound
    ['text.mp3', { audio_type: 'audio/mpeg', base64_encoding: 'TWFuIGlzIGRpc3Rpbmd1aXNoZWQsIG5vdCBvbmx5IGJ5IGhpcyByZWFzb24sIGJ1dCBieSB0aGlz\nIHNpbmd1bGFyIHBhc3Npb24gZnJvbSBvdGhlciBhbmltYWxzLCB3aGljaCBpcyBhIGx1c3Qgb2Yg' }],
    ['not-base64.wav', { audio_type: 'audio/wav', base64_encoding: '%%% not base64 %%%' }],
    ['empty.wav', { audio_type: 'audio/wav', base64_encoding: '' }],
  ];
  for (const [name, a] of cases) {
    // the good file first: a refused request adds none of its files
    const res = await upload(user, { attachments: [good, { name, ...a }] });
    assertDocumentedError('addAudioItems', res, 'typeOfAudioIsInvalidAudio');
    assert.equal(res.body.message, `The type of audio is invalid, audio name: ${name}.`);
  }
  assert.deepEqual(await library(user), []);
});

test('a file of 1MB is taken, a byte more is refused by its name', async () => {
  const user = await freshUser();
  const atLimit = await upload(user, { attachments: [{ name: 'exactly-1mb.wav', audio_type: 'audio/wav', base64_encoding: b64(wavOfSize(MB)) }] });
  assertContract('addAudioItems', atLimit);
  const past = await upload(user, {
    attachments: [
      { name: 'small.wav', audio_type: 'audio/wav', base64_encoding: b64(wav()) },
      { name: 'big.wav', audio_type: 'audio/wav', base64_encoding: b64(wavOfSize(MB + 1)) },
    ],
  });
  assertDocumentedError('addAudioItems', past, 'sizeOfAudioExceedsLimitAudio');
  assert.equal(past.body.message, 'The size of audio exceeds limit, audio name: big.wav.');
  // five files at the limit fit in one request
  const five = await upload(user, { attachments: Array.from({ length: 5 }, (_, i) => ({ name: `full-${i}.wav`, audio_type: 'audio/wav', base64_encoding: b64(wavOfSize(MB)) })) });
  assertContract('addAudioItems', five);
  assert.deepEqual((await library(user)).map((a) => a.name), ['exactly-1mb.wav', 'full-0.wav', 'full-1.wav', 'full-2.wav', 'full-3.wav', 'full-4.wav']);
  // far past the limit the server's own body limit answers, in Zoom's shape
  const huge = await upload(user, { attachments: [{ name: 'huge.wav', audio_type: 'audio/wav', base64_encoding: 'A'.repeat(16 * MB) }] });
  assert.equal(huge.status, 413);
  assert.equal(huge.body.code, 300);
});

test('up to 5 files a request: six, none, or one without a name are refused', async () => {
  const user = await freshUser();
  const file = (name: string) => ({ name, audio_type: 'audio/mpeg', base64_encoding: b64(mp3()) });
  assertUndocumentedError(await upload(user, { attachments: Array.from({ length: 6 }, (_, i) => file(`${i}.mp3`)) }), 400, 300, 'Up to 5 attachments can be added at a time.');
  assertUndocumentedError(await upload(user, { attachments: [] }), 400, 300, 'attachments must hold at least one audio file.');
  assertUndocumentedError(await upload(user, {}), 400, 300, 'attachments must hold at least one audio file.');
  assertUndocumentedError(await upload(user, { attachments: [file('a.mp3'), { audio_type: 'audio/mpeg', base64_encoding: b64(mp3()) }] }), 400, 300, 'attachments[1].name must not be empty.');
  assertUndocumentedError(await upload(user, { attachments: [file(' ')] }), 400, 300, 'attachments[0].name must not be empty.');
  assert.deepEqual(await library(user), []);
  const five = await upload(user, { attachments: Array.from({ length: 5 }, (_, i) => file(`${i}.mp3`)) });
  assertContract('addAudioItems', five);
  assert.equal(five.body.audios.length, 5);
  // names may repeat: each file is an item of its own
  const again = await upload(user, { attachments: [file('0.mp3')] });
  assertContract('addAudioItems', again);
  assert.equal((await library(user)).filter((a) => a.name === '0.mp3').length, 2);
});

test('an item renamed shows its new name; a blank name is refused', async () => {
  const user = await freshUser();
  const id = await spoken(user, { audio_name: 'Old', text: 'Please hold.', voice_language: 'en-AU', voice_accent: 'Russell-Male' });
  const res = await rename(id, { name: ' New name.mp3 ' });
  assertContract('updateAnAudioItem', res);
  assert.equal(res.status, 204);
  assert.deepEqual(await details(id), { audio_id: id, name: 'New name.mp3', text: 'Please hold.', voice_language: 'en-AU', voice_accent: 'Russell-Male' });
  assert.deepEqual(await library(user), [{ audio_id: id, name: 'New name.mp3' }]);
  const blank = await rename(id, { name: '  ' });
  assertDocumentedError('updateAnAudioItem', blank, 'error300');
  assert.equal(blank.body.message, 'name must not be empty.');
  assertDocumentedError('updateAnAudioItem', await rename(id, {}), 'error300');
  assertDocumentedError('updateAnAudioItem', await rename(id, { name: { text: 'x' } }), 'error300');
  assert.equal((await details(id)).name, 'New name.mp3');
});

test('a deleted item leaves the library and is shown as removed_<id>; deleting or renaming it again answers the documented error', async () => {
  const user = await freshUser();
  const id = await spoken(user, { audio_name: 'Old', text: 'Goodbye', voice_language: 'en-IN', voice_accent: 'Kajal-Female' });
  const [file] = (await upload(user, { attachments: [{ name: 'f.wav', audio_type: 'audio/wav', base64_encoding: b64(wav()) }] })).body.audios;
  const res = await remove(id);
  assertContract('deleteAnAudioItem', res);
  assert.equal(res.status, 204);
  assert.deepEqual(await library(user), [file]);
  assertUndocumentedError(await get(id), 400, 300, `Audio does not exist: ${id}.`);
  // "You can still use this audio ID to get the audio information"
  assert.deepEqual(await details(`removed_${id}`), { audio_id: `removed_${id}`, name: 'Old', text: 'Goodbye', voice_language: 'en-IN', voice_accent: 'Kajal-Female' });
  const again = await remove(id);
  assertDocumentedError('deleteAnAudioItem', again, 'error300');
  assert.equal(again.body.message, `Audio does not exist: ${id}.`);
  const renamed = await rename(id, { name: 'x' });
  assertDocumentedError('updateAnAudioItem', renamed, 'error300');
  assert.equal(renamed.body.message, `Audio does not exist: ${id}.`);
  // what is removed is no longer the user's to change
  assertDocumentedError('updateAnAudioItem', await rename(`removed_${id}`, { name: 'x' }), 'error300');
  assertDocumentedError('deleteAnAudioItem', await remove(`removed_${id}`), 'error300');
  assert.equal((await details(`removed_${id}`)).name, 'Old');
  // a file is kept with its bytes, shown the same way
  assertContract('deleteAnAudioItem', await remove(file.audio_id));
  assert.deepEqual(await details(`removed_${file.audio_id}`), { audio_id: `removed_${file.audio_id}`, name: 'f.wav' });
  const kept = await s.sandbox.db.selectFrom('audio_files').select('audio_id').where('audio_id', '=', file.audio_id).execute();
  assert.equal(kept.length, 1);
  assert.deepEqual(await library(user), []);
  // an id never added is no removed one either
  assertUndocumentedError(await get('removed_nOsUcHaUdIo00000000000'), 400, 300, 'Audio does not exist: removed_nOsUcHaUdIo00000000000.');
});

test("another account neither sees nor changes the account's audio items", async () => {
  const user = await freshUser();
  const id = await spoken(user, { audio_name: 'Mine', text: 'Private' });
  const stranger = await otherAccount(s, `audio-acct-${++accounts}`);
  const subApp = await s.admin('POST', `/accounts/${DEMO}-sub/apps`, {});
  assert.equal(subApp.status, 201, JSON.stringify(subApp.body));
  const subToken = await s.token(subApp.body.client_id, subApp.body.client_secret, `${DEMO}-sub`);
  for (const token of [stranger.token, subToken]) {
    assertUndocumentedError(await get(id, token), 400, 300, `Audio does not exist: ${id}.`);
    assertDocumentedError('updateAnAudioItem', await rename(id, { name: 'Stolen' }, token), 'error300');
    assertDocumentedError('deleteAnAudioItem', await remove(id, token), 'error300');
    // the demo's user is no user of theirs
    assertDocumentedError('listAudioItems', await list(user, token), 'userDoesNotExist');
    assertDocumentedError('addAnAudioItemForTextToSpeechConversion', await speak(user, { text: 'hi' }, token), 'userDoesNotExist');
    assertDocumentedError('addAudioItems', await upload(user, { attachments: [{ name: 'a.mp3', audio_type: 'audio/mpeg', base64_encoding: b64(mp3()) }] }, token), 'userDoesNotExist');
  }
  // their own user's library is theirs
  const theirs = await freshUser(stranger.accountId);
  const their = await spoken(theirs, { audio_name: 'Theirs', text: 'Hello' }, stranger.token);
  assert.deepEqual(await library(theirs, stranger.token), [{ audio_id: their, name: 'Theirs' }]);
  assertUndocumentedError(await get(their), 400, 300, `Audio does not exist: ${their}.`);
  assert.deepEqual(await library(user), [{ audio_id: id, name: 'Mine' }]);
});

test('concurrent deletes and renames of one item: one delete wins, never a 500', async () => {
  const user = await freshUser();
  const id = await spoken(user, { audio_name: 'Contested', text: 'Hold on' });
  const results = await Promise.all([remove(id), remove(id), rename(id, { name: 'A' }), remove(id), rename(id, { name: 'B' })]);
  for (const r of results) assert.ok(r.status === 204 || r.status === 400, JSON.stringify(r.body));
  const deletes = [results[0]!, results[1]!, results[3]!];
  assert.deepEqual(deletes.map((r) => r.status).sort(), [204, 400, 400]);
  for (const r of results.filter((x) => x.status === 400)) assert.equal(r.body.message, `Audio does not exist: ${id}.`);
  assert.deepEqual(await library(user), []);
});

test('concurrent adds each add their own item', async () => {
  const user = await freshUser();
  const results = await Promise.all([
    ...Array.from({ length: 4 }, (_, i) => speak(user, { audio_name: `Spoken ${i}`, text: `Message ${i}` })),
    ...Array.from({ length: 3 }, (_, i) => upload(user, { attachments: [{ name: `File ${i}`, audio_type: 'audio/mpeg', base64_encoding: b64(mp3()) }] })),
  ]);
  assert.deepEqual(results.map((r) => r.status), [201, 201, 201, 201, 201, 201, 201]);
  const names = (await library(user)).map((a) => a.name).sort();
  assert.deepEqual(names, ['File 0', 'File 1', 'File 2', 'Spoken 0', 'Spoken 1', 'Spoken 2', 'Spoken 3']);
});

test('a user taken out of Zoom Phone takes its audio items along', async () => {
  const user = await freshUser();
  const keep = await freshUser();
  const id = await spoken(user, { audio_name: 'Leaving', text: 'Bye' });
  const [file] = (await upload(user, { attachments: [{ name: 'f.wav', audio_type: 'audio/wav', base64_encoding: b64(wav()) }] })).body.audios;
  const kept = await spoken(keep, { audio_name: 'Staying', text: 'Hi' });
  const out = await s.admin('DELETE', `/accounts/${DEMO}/users/${user}`);
  assert.equal(out.status, 204, JSON.stringify(out.body));
  assertUndocumentedError(await get(id), 400, 300, `Audio does not exist: ${id}.`);
  assertDocumentedError('deleteAnAudioItem', await remove(file.audio_id), 'error300');
  assertDocumentedError('listAudioItems', await list(user), 'userDoesNotExist');
  // removed from the library, as a delete does: still shown by its removed_ id
  assert.equal((await details(`removed_${id}`)).name, 'Leaving');
  assert.equal((await details(`removed_${file.audio_id}`)).name, 'f.wav');
  assert.equal((await details(kept)).name, 'Staying');
});

test('other families find an audio item by id in its own account only', async () => {
  const db = s.sandbox.db;
  const user = await freshUser();
  const id = await spoken(user, { audio_name: 'Prompt', text: 'Press one for sales.' });
  const [file] = (await upload(user, { attachments: [{ name: 'moh.mp3', audio_type: 'audio/mpeg', base64_encoding: b64(mp3()) }] })).body.audios;
  assert.deepEqual(await findAudio(db, DEMO, id), { id, name: 'Prompt', userId: user, kind: 'text_to_speech', removed: false });
  assert.deepEqual(await findAudio(db, DEMO, file.audio_id), { id: file.audio_id, name: 'moh.mp3', userId: user, kind: 'file', removed: false });
  assert.equal(await audioExists(db, DEMO, id), true);
  const other = await otherAccount(s, `audio-acct-${++accounts}`);
  assert.equal(await findAudio(db, other.accountId, id), undefined);
  assert.equal(await audioExists(db, other.accountId, id), false);
  const unknown = 'nOsUcHaUdIo00000000000';
  assert.deepEqual(await audioPrompts(db, DEMO, [id, file.audio_id, unknown, id]), new Map([[id, { id, name: 'Prompt' }], [file.audio_id, { id: file.audio_id, name: 'moh.mp3' }]]));
  assert.deepEqual(await audioPrompts(db, other.accountId, [id]), new Map());
  // once deleted, a setting may no longer name it, and shows the id it keeps with the removed_ prefix
  assertContract('deleteAnAudioItem', await remove(id));
  assert.equal(await audioExists(db, DEMO, id), false);
  assert.equal(await findAudio(db, DEMO, id), undefined);
  assert.deepEqual(await findAudio(db, DEMO, `removed_${id}`), { id: `removed_${id}`, name: 'Prompt', userId: user, kind: 'text_to_speech', removed: true });
  assert.deepEqual(await audioPrompts(db, DEMO, [id, `removed_${id}`]), new Map([[id, { id: `removed_${id}`, name: 'Prompt' }], [`removed_${id}`, { id: `removed_${id}`, name: 'Prompt' }]]));
});
