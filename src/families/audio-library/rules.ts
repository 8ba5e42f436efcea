// What an audio item is held to. Text to speech: a message of 1 to 3000
// characters ("The maximum message length is 3000"), in a listed language and one
// of its voices. Uploaded files ("You can only upload voice files at this time"):
// up to 5 at a time, each no more than 1MB, of the supported formats audio/mpeg and
// audio/wav, sent as base64 text.

export const MAX_TEXT_LENGTH = 3000;
/** "Up to 5 attachments". */
export const MAX_ATTACHMENTS = 5;
/** "Each file size should be no more than 1MB": the decoded file's bytes. */
export const MAX_FILE_BYTES = 1024 * 1024;

/** "Supported formats: audio/mpeg, audio/wav". */
export const AUDIO_TYPES = ['audio/mpeg', 'audio/wav'] as const;
export type AudioType = (typeof AUDIO_TYPES)[number];

/** A name as kept: trimmed. */
export const audioName = (given: string): string => given.trim();

/**
 * The name a text-to-speech item gets when the request names none (audio_name is
 * optional): the message's first words, up to 64 characters.
 */
export function nameFromText(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= 64) return flat;
  const cut = flat.slice(0, 64);
  const space = cut.lastIndexOf(' ');
  return (space > 20 ? cut.slice(0, space) : cut).trim();
}

/** The declared type as the list writes it (`Audio/WAV` is `audio/wav`), or undefined when it is not a supported format. */
export const audioType = (given: string | undefined): AudioType | undefined =>
  given === undefined ? undefined : AUDIO_TYPES.find((t) => t === given.trim().toLowerCase());

/**
 * The bytes base64 text carries, or undefined when it is not base64. Line breaks
 * and spaces are allowed between the characters (the page's example wraps its
 * text at 76 characters, as MIME does).
 */
export function decodeBase64(text: string): Buffer | undefined {
  const compact = text.replace(/\s+/g, '');
  if (compact.length === 0 || compact.length % 4 === 1) return undefined;
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact)) return undefined;
  return Buffer.from(compact, 'base64');
}

/** How many bytes base64 text decodes to, without decoding it (undefined when it is not base64). */
export function base64Bytes(text: string): number | undefined {
  const compact = text.replace(/\s+/g, '');
  if (compact.length === 0 || compact.length % 4 === 1 || !/^[A-Za-z0-9+/]*={0,2}$/.test(compact)) return undefined;
  const padding = compact.endsWith('==') ? 2 : compact.endsWith('=') ? 1 : 0;
  return Math.floor((compact.length * 3) / 4) - padding;
}

/** A WAV file: a RIFF container of the WAVE form. */
const isWav = (b: Buffer) => b.length >= 12 && b.toString('ascii', 0, 4) === 'RIFF' && b.toString('ascii', 8, 12) === 'WAVE';

/**
 * An MPEG audio file (MP3): an ID3v2 tag first, or an MPEG audio frame's header
 * (11 bits of frame sync, then a version and layer that exist).
 */
function isMpeg(b: Buffer): boolean {
  if (b.length >= 3 && b.toString('ascii', 0, 3) === 'ID3') return true;
  if (b.length < 4 || b[0] !== 0xff || (b[1]! & 0xe0) !== 0xe0) return false;
  const version = (b[1]! >> 3) & 0x03;
  const layer = (b[1]! >> 1) & 0x03;
  const bitrate = b[2]! >> 4;
  return version !== 0x01 && layer !== 0x00 && bitrate !== 0x0f;
}

/** Whether the bytes are a file of the declared type: what a voice file's content must be. */
export const isAudioOf = (type: AudioType, bytes: Buffer): boolean => (type === 'audio/wav' ? isWav(bytes) : isMpeg(bytes));
