// Handlers of the audio-library family, keyed by operationId: each phone user's
// personal audio items, text spoken in a voice or voice files uploaded as base64
// text, listed per user, shown, renamed and deleted. A deleted item leaves its
// user's library but is kept: shown as `removed_<id>`, as settings naming it show it.
import { defineHandlers, type ResponseOf } from '../../kit/context.ts';
import type { AccountStore } from '../../kit/store.ts';
import { findUser, type UserRow } from '../users/public.ts';
import { attachmentNameMissing, audioNotFound, noAttachments, tooManyAttachments, worded, WORDS } from './errors.ts';
import { audioName, audioType, base64Bytes, decodeBase64, isAudioOf, MAX_ATTACHMENTS, MAX_FILE_BYTES, MAX_TEXT_LENGTH, nameFromText } from './rules.ts';
import { DEFAULT_LANGUAGE, voiceAccent, voiceLanguage, voicesOf, type VoiceLanguage } from './voices.ts';
import { insertItems, itemShownAs, itemsOfUser, removeItem, renameItem, shownId, type AudioItemInsert, type AudioItemRow } from './store.ts';

type Details = ResponseOf<'getAnAudioItem'>;

const detailed = (row: AudioItemRow): Details => ({
  audio_id: shownId(row),
  name: row.name,
  ...(row.kind === 'text_to_speech'
    ? { text: row.text ?? undefined, voice_language: (row.voice_language ?? undefined) as VoiceLanguage | undefined, voice_accent: row.voice_accent ?? undefined }
    : {}),
});

/**
 * The path's user, by id or email. The sandbox's apps are Server-to-Server apps,
 * acting for an account and not for one of its users, so `me` names no user:
 * 'Invalid user ID.' where the page documents it, else the user does not exist.
 */
async function pathUser(store: AccountStore, userId: string, invalid: (() => Error) | undefined, missing: () => Error): Promise<UserRow> {
  if (userId === 'me') throw (invalid ?? missing)();
  const user = await findUser(store.db, store.accountId, userId);
  if (!user) throw missing();
  return user;
}

export const handlers = defineHandlers({
  async getAnAudioItem(ctx) {
    const store = await ctx.store();
    const { audioId } = ctx.params;
    // "You can still use this audio ID to get the audio information": `removed_<id>` finds an item deleted.
    const row = await itemShownAs(store.db, store.accountId, audioId);
    if (!row) throw audioNotFound({ audioId });
    return detailed(row);
  },

  async updateAnAudioItem(ctx) {
    const store = await ctx.store();
    const { audioId } = ctx.params;
    const name = audioName(ctx.body.name);
    if (!name) throw worded(ctx.fail('error300'), WORDS.nameEmpty, 'name');
    // One conditional statement: a rename of an item deleted meanwhile changes nothing and answers its absence.
    if (!(await renameItem(store, audioId, name, ctx.clock.now()))) throw worded(ctx.fail('error300'), WORDS.audioNotFound(audioId));
    return undefined;
  },

  async deleteAnAudioItem(ctx) {
    const store = await ctx.store();
    const { audioId } = ctx.params;
    // Marked removed, not erased: settings that name it show it as removed_<id> (store.ts). Of two deletes, one wins.
    if (!(await removeItem(store, audioId, ctx.clock.now()))) throw worded(ctx.fail('error300'), WORDS.audioNotFound(audioId));
    return undefined;
  },

  async listAudioItems(ctx) {
    const store = await ctx.store();
    const { userId } = ctx.params;
    const user = await pathUser(store, userId, () => ctx.fail('invalidUserId'), () => ctx.fail('userDoesNotExist', { userId }));
    // The envelope has no page token: the user's whole library, in the order it was added.
    const rows = await itemsOfUser(store, user.id);
    return { audios: rows.map((r) => ({ audio_id: r.id, name: r.name })) };
  },

  async addAnAudioItemForTextToSpeechConversion(ctx) {
    const store = await ctx.store();
    const b = ctx.body ?? {};
    const user = await pathUser(store, ctx.params.userId, () => ctx.fail('invalidUserId'), () => ctx.fail('userDoesNotExist'));
    const language = b.voice_language === undefined ? DEFAULT_LANGUAGE : voiceLanguage(b.voice_language);
    if (!language) throw ctx.fail('languageIsNotSupported');
    const accent = b.voice_accent === undefined ? voicesOf(language)[0] : voiceAccent(language, b.voice_accent);
    if (!accent) throw ctx.fail('voiceAccentIsNotSupported');
    const text = b.text ?? '';
    if (text.trim() === '') throw ctx.fail('textIsEmpty');
    // The schema's maxLength refuses a longer one first (family.ts); counted the same way, in code points.
    if ([...text].length > MAX_TEXT_LENGTH) throw ctx.fail('maximumTextLengthHasBeenExceeded');
    const name = audioName(b.audio_name ?? '') || nameFromText(text);
    const now = ctx.clock.now();
    const item: AudioItemInsert = {
      id: ctx.ids.next(),
      user_id: user.id,
      name,
      kind: 'text_to_speech',
      text,
      voice_language: language,
      voice_accent: accent,
      audio_type: null,
      size: null,
      created_at: now,
      updated_at: now,
    };
    await insertItems(store, [{ item }]);
    return { audio_id: item.id, name };
  },

  async addAudioItems(ctx) {
    const store = await ctx.store();
    const { userId } = ctx.params;
    const user = await pathUser(store, userId, undefined, () => ctx.fail('userDoesNotExist', { userId }));
    const attachments = ctx.body?.attachments ?? [];
    if (attachments.length === 0) throw noAttachments();
    if (attachments.length > MAX_ATTACHMENTS) throw tooManyAttachments();
    // Every file is checked before any is kept: a request refused adds nothing.
    const files = attachments.map((a, index) => {
      const name = audioName(a.name ?? '');
      if (!name) throw attachmentNameMissing({ index });
      const type = audioType(a.audio_type);
      if (!type) throw ctx.fail('typeOfAudioIsInvalidAudio', { 0: name });
      const size = base64Bytes(a.base64_encoding ?? '');
      if (size !== undefined && size > MAX_FILE_BYTES) throw ctx.fail('sizeOfAudioExceedsLimitAudio', { 0: name });
      // Text that is not base64, or bytes that are not a file of the declared type, are no audio of that type.
      const bytes = decodeBase64(a.base64_encoding ?? '');
      if (!bytes || !isAudioOf(type, bytes)) throw ctx.fail('typeOfAudioIsInvalidAudio', { 0: name });
      return { name, type, bytes };
    });
    const now = ctx.clock.now();
    const items = files.map((f) => ({
      item: {
        id: ctx.ids.next(),
        user_id: user.id,
        name: f.name,
        kind: 'file' as const,
        text: null,
        voice_language: null,
        voice_accent: null,
        audio_type: f.type,
        size: f.bytes.length,
        created_at: now,
        updated_at: now,
      },
      file: f.bytes,
    }));
    await insertItems(store, items);
    return { audios: items.map(({ item }) => ({ audio_id: item.id, name: item.name })) };
  },
});
