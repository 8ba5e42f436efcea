// Audio items as other families' settings name them: a call queue's recording start
// prompt must be an item of the account's library, and call handling shows the
// prompts it names with their names, and a deleted one as removed_<id> ("If the audio
// was removed from the user's audio library, it is marked with a prefix").
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from '../../support/server.ts';
import { assertContract, assertDocumentedError } from '../../support/contract.ts';
import { addUser, otherAccount } from '../../support/fixtures.ts';
import { DEMO, sites } from '../../support/org.ts';

let s: TestServer;
let siteId: string;
before(async () => {
  s = await startServer();
  siteId = (await sites(s))[0]!.id;
});
after(() => s.close());

/** A text-to-speech item of a fresh user of the account; its id. */
async function audioItem(name: string, token?: string, accountId = DEMO): Promise<string> {
  const user = await addUser(s, { tag: 'audio-settings', accountId });
  const res = await s.api('POST', `/phone/users/${user}/audios`, { body: { audio_name: name, text: `This is ${name}.` }, token });
  assertContract('addAnAudioItemForTextToSpeechConversion', res);
  return res.body.audio_id;
}

async function queue(): Promise<{ id: string; extension: string }> {
  const res = await s.api('POST', '/phone/call_queues', { body: { name: `Audio queue ${Math.random().toString(36).slice(2, 8)}`, site_id: siteId } });
  assert.equal(res.status, 201, JSON.stringify(res.body));
  const got = await s.api('GET', `/phone/call_queues/${res.body.id}`);
  return { id: res.body.id, extension: got.body.extension_id };
}

const startPrompt = (audioId: string) => ({ auto_call_recording: { enable: true, inbound_audio_notification: { recording_start_prompt: true, recording_start_prompt_audio_id: audioId } } });

test('a call queue policy takes a start prompt from the audio library, not one removed from it', async () => {
  const q = await queue();
  const audioId = await audioItem('Recording notice');
  const res = await s.api('PATCH', `/phone/call_queues/${q.id}/policies`, { body: startPrompt(audioId) });
  assertContract('updateCallQueuePolicy', res);
  const policy = await s.api('GET', `/phone/call_queues/${q.id}/policies`);
  assertContract('getCallQueuePolicy', policy);
  assert.equal(policy.body.auto_call_recording.inbound_audio_notification.recording_start_prompt_audio_id, audioId);

  // deleted, it can no longer be named; another account's item is none of this account's
  const other = await otherAccount(s, 'audio-settings-other');
  const theirs = await audioItem('Theirs', other.token, other.accountId);
  assertContract('deleteAnAudioItem', await s.api('DELETE', `/phone/audios/${audioId}`));
  for (const id of [audioId, `removed_${audioId}`, theirs]) {
    const refused = await s.api('PATCH', `/phone/call_queues/${q.id}/policies`, { body: startPrompt(id) });
    assertDocumentedError('updateCallQueuePolicy', refused, 'audioDoesNotExist');
    assert.equal(refused.body.message, `Audio does not exist: ${id}.`);
  }
});

test('call handling shows the audio items its prompts name with their names, and a deleted one as removed_<id>', async () => {
  const q = await queue();
  const greeting = await audioItem('Welcome');
  const music = await audioItem('Hold music');
  const path = `/phone/extension/${q.extension}/call_handling/settings`;
  const patched = await s.api('PATCH', `${path}/business_hours`, {
    body: { sub_setting_type: 'call_handling', settings: { greeting_prompt_id: greeting, music_on_hold_id: music, audio_while_connecting_id: '0' } },
  });
  assertContract('updateACallHandlingSetting', patched);
  const shown = async () => {
    const res = await s.api('GET', path);
    assertContract('getCallHandlingSettings', res);
    return res.body.business_hours.find((i: any) => i.sub_setting_type === 'call_handling').settings;
  };
  const before = await shown();
  assert.deepEqual(before.greeting_prompt, { id: greeting, name: 'Welcome' });
  assert.deepEqual(before.music_on_hold, { id: music, name: 'Hold music' });
  // '0' (disabled) is no audio item: shown as kept
  assert.deepEqual(before.audio_while_connecting, { id: '0' });

  assertContract('updateAnAudioItem', await s.api('PATCH', `/phone/audios/${music}`, { body: { name: 'Jazz' } }));
  assertContract('deleteAnAudioItem', await s.api('DELETE', `/phone/audios/${greeting}`));
  const after = await shown();
  assert.deepEqual(after.greeting_prompt, { id: `removed_${greeting}`, name: 'Welcome' });
  assert.deepEqual(after.music_on_hold, { id: music, name: 'Jazz' });
  // "You can still use this audio ID to get the audio information"
  const got = await s.api('GET', `/phone/audios/${after.greeting_prompt.id}`);
  assertContract('getAnAudioItem', got);
  assert.equal(got.body.name, 'Welcome');
});

test('an IVR shows the audio items it names with their names, and a deleted one as removed_<id>', async () => {
  const list = await s.api('GET', '/phone/auto_receptionists');
  const receptionist = list.body.auto_receptionists[0].id;
  const path = `/phone/auto_receptionists/${receptionist}/ivr`;
  const prompt = await audioItem('Main menu');
  const greeting = await audioItem('Leave a message');
  const operator = (await s.sandbox.db.selectFrom('extensions').select('id').where('account_id', '=', DEMO).where('kind', '=', 'user').orderBy('seq').executeTakeFirstOrThrow()).id;
  assertContract('updateAutoReceptionistIvr', await s.api('PATCH', path, { body: { audio_prompt_id: prompt } }));
  assertContract('updateAutoReceptionistIvr', await s.api('PATCH', path, { body: { key_action: { key: '0', action: 200, target: { extension_id: operator }, voicemail_greeting_id: greeting } } }));
  const shown = async () => {
    const res = await s.api('GET', path);
    assertContract('getAutoReceptionistIvr', res);
    return { prompt: res.body.audio_prompt, greeting: res.body.key_actions.find((k: any) => k.key === '0').voicemail_greeting };
  };
  assert.deepEqual(await shown(), { prompt: { id: prompt, name: 'Main menu' }, greeting: { id: greeting, name: 'Leave a message' } });
  assertContract('deleteAnAudioItem', await s.api('DELETE', `/phone/audios/${prompt}`));
  assert.deepEqual(await shown(), { prompt: { id: `removed_${prompt}`, name: 'Main menu' }, greeting: { id: greeting, name: 'Leave a message' } });
});
