// The audio library through Zoom's own JavaScript SDK (@zoom/rivet, pinned): its
// method names, path parameters and bodies, text to speech and base64 files alike.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { PhoneS2SAuthClient } from '@zoom/rivet/phone';
import { startServer, type TestServer } from '../../support/server.ts';
import { phoneEndpoints } from '../../support/sdk.ts';
import { addUser } from '../../support/fixtures.ts';
import { speechWav } from '../../../src/kit/audio.ts';

let s: TestServer;
let phone: PhoneS2SAuthClient['endpoints'];
before(async () => {
  s = await startServer();
  phone = await phoneEndpoints(s);
});
after(() => s.close());

test("through Zoom's SDK: audio items are added, listed, renamed and deleted", async () => {
  const audio = phone.audioLibrary;
  const userId = await addUser(s, { tag: 'audio-sdk' });
  const spoken = await audio.addAudioItemForTextToSpeechConversion({
    path: { userId },
    body: { audio_name: 'hello.mp3', text: 'hello', voice_language: 'en-US', voice_accent: 'Joanna-Female' },
  });
  assert.equal(spoken.statusCode, 201);
  const uploaded = await audio.addAudioItems({
    path: { userId },
    body: { attachments: [{ audio_type: 'audio/wav', base64_encoding: speechWav('sdk', 1).toString('base64'), name: 'greeting.wav' }] },
  });
  assert.equal(uploaded.statusCode, 201);
  const listed = await audio.listAudioItems({ path: { userId } });
  assert.deepEqual(listed.data!.audios!.map((a) => a.name), ['hello.mp3', 'greeting.wav']);
  const audioId = spoken.data!.audio_id!;
  assert.equal((await audio.updateAudioItem({ path: { audioId }, body: { name: 'hi.mp3' } })).statusCode, 204);
  const got = await audio.getAudioItem({ path: { audioId } });
  assert.deepEqual(got.data, { audio_id: audioId, name: 'hi.mp3', text: 'hello', voice_language: 'en-US', voice_accent: 'Joanna-Female' });
  assert.equal((await audio.deleteAudioItem({ path: { audioId } })).statusCode, 204);
  assert.deepEqual((await audio.listAudioItems({ path: { userId } })).data!.audios!.map((a) => a.name), ['greeting.wav']);
});
