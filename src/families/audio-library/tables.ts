// The audio-library family's tables: each user's personal audio items (Zoom's
// "audio library"), either a text to be spoken in a voice or a voice file the
// user uploaded, and the uploaded files' bytes (kept apart, so that reading the
// library never loads them). Items removed from a library are kept, marked. Other families name an item by id (IVR prompts,
// queue greetings, music on hold) and find it through public.ts.
import { owns } from '../../kit/owner.ts';
import type { Generated } from 'kysely';

/** How an item was made: text to speech, or a voice file uploaded (addAudioItems). */
export type AudioKind = 'text_to_speech' | 'file';

export interface AudioItemTable {
  seq: Generated<number>;
  id: string;
  account_id: string;
  /** The phone user whose library holds the item ("personal audios"). */
  user_id: string;
  /** The display name, trimmed; names may repeat. */
  name: string;
  kind: AudioKind;
  /** Text to speech: the message, its language and voice. Null for a file. */
  text: string | null;
  voice_language: string | null;
  voice_accent: string | null;
  /** A file: its media type (audio/mpeg or audio/wav) and size in bytes. Null for text to speech. */
  audio_type: string | null;
  size: number | null;
  created_at: number;
  updated_at: number;
  /**
   * When the item was removed from the user's library (deleted, or its user taken out
   * of Zoom Phone); null while it is in it. A removed item is kept: settings that name
   * it show its id with the `removed_` prefix, and that id still gets its information.
   */
  removed_at: number | null;
}

export interface AudioFileTable {
  /** The audio item's id. */
  audio_id: string;
  account_id: string;
  data: Buffer;
}

export interface AudioLibraryTables {
  audio_items: AudioItemTable;
  audio_files: AudioFileTable;
}

declare module '../../store/schema.ts' {
  interface Database extends AudioLibraryTables {}
}

export const owner = owns('audio-library', ['audio_items', 'audio_files']);
