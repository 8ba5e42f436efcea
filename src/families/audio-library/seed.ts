// The audio-library family's demo records: the first demo users keep greetings
// spoken from text in a few voices, and the first one a short voice file it
// uploaded (a WAV of speech-like sound, as the recordings' files are made).
import type { DemoGraph } from '../../kit/seed.ts';
import { speechWav } from '../../kit/audio.ts';
import { voiceAccent, voiceLanguage } from './voices.ts';
import { MAX_FILE_BYTES, isAudioOf, MAX_TEXT_LENGTH } from './rules.ts';

const SPOKEN = [
  { user: 0, name: 'Main greeting', language: 'en-US', accent: 'Joanna-Female', text: 'Thank you for calling Switchboard. Please hold while we connect you.' },
  { user: 0, name: 'After hours', language: 'en-US', accent: 'Matthew-Male', text: 'Our office is closed. Please leave a message after the tone and we will call you back on the next business day.' },
  { user: 1, name: 'Queue welcome (Spanish)', language: 'es-US', accent: 'Lupe-Female', text: 'Gracias por llamar. Un agente le atenderá en breve.' },
  { user: 3, name: 'Holiday notice', language: 'en-GB', accent: 'Amy-Female', text: 'Our offices are closed for the holiday. Please call again tomorrow.' },
] as const;

/** A voice file the first user uploaded: three seconds of speech-like sound. */
const UPLOADED = { user: 0, name: 'hold-music.wav', seconds: 3 };

export async function seedAudioLibrary(graph: DemoGraph): Promise<void> {
  const { db, ids, now, accountId, userIds } = graph;
  for (const s of SPOKEN) {
    const language = voiceLanguage(s.language);
    if (!language || voiceAccent(language, s.accent) !== s.accent || s.text.length > MAX_TEXT_LENGTH) throw new Error(`audio-library seed: ${s.name} breaks the rules`);
    await db
      .insertInto('audio_items')
      .values({
        id: ids.next(), account_id: accountId, user_id: userIds[s.user]!, name: s.name, kind: 'text_to_speech', text: s.text,
        voice_language: language, voice_accent: s.accent, audio_type: null, size: null, created_at: now, updated_at: now,
      })
      .execute();
  }
  const id = ids.next();
  const data = speechWav(id, UPLOADED.seconds);
  if (data.length > MAX_FILE_BYTES || !isAudioOf('audio/wav', data)) throw new Error('audio-library seed: the uploaded file breaks the rules');
  await db
    .insertInto('audio_items')
    .values({
      id, account_id: accountId, user_id: userIds[UPLOADED.user]!, name: UPLOADED.name, kind: 'file', text: null,
      voice_language: null, voice_accent: null, audio_type: 'audio/wav', size: data.length, created_at: now, updated_at: now,
    })
    .execute();
  await db.insertInto('audio_files').values({ audio_id: id, account_id: accountId, data }).execute();
}
