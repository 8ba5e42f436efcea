// The audio-library family: each phone user's personal audio items (text to speech
// or uploaded voice files), which IVR, queue and voicemail settings name by id.
import { defineFamily } from '../../kit/family.ts';
import { owner } from './tables.ts';
import { handlers } from './handlers.ts';
import { audioLibraryMigrations } from './migrations.ts';
import { seedAudioLibrary } from './seed.ts';
import { removeItemsOfUsers } from './store.ts';
import { MAX_ATTACHMENTS } from './rules.ts';

/**
 * addAudioItems sends up to 5 files of up to 1MB each as base64 text, 4/3 of their
 * size: a JSON body of about 7MB at the limits. Its route takes twice that, so that
 * a file past 1MB answers the page's own size error, not the server's 413.
 */
const BATCH_BODY_LIMIT = 2 * MAX_ATTACHMENTS * Math.ceil((1024 * 1024 * 4) / 3);

export default defineFamily({
  owner,
  handlers,
  migrations: audioLibraryMigrations,
  invalidInput: {
    addAnAudioItemForTextToSpeechConversion: { 'text#maxLength': 'maximumTextLengthHasBeenExceeded' },
  },
  bodyLimits: { addAudioItems: BATCH_BODY_LIMIT },
  seed: { after: ['users'], run: seedAudioLibrary },
  listeners: {
    // "Returns personal audios": a user taken out of Zoom Phone takes its library along. The
    // items are marked removed, as a delete does, so settings naming them show them as removed_<id>.
    // The event carries no time and a listener no clock: the mark's time is the process's (nothing reads it).
    'users.removed': async (db, { accountId, userIds }) => removeItemsOfUsers(db, accountId, userIds, Date.now()),
  },
});
