// External contacts: people and places outside Zoom Phone an account keeps with
// their numbers, routing path and e-mail; call handling, IVR keys and dialled
// numbers reach them as targets (see public.ts and the simulator).
import { defineFamily } from '../../kit/family.ts';
import { owner } from './tables.ts';
import { handlers } from './handlers.ts';
import { externalContactsMigrations } from './migrations.ts';
import { seedExternalContacts } from './seed.ts';
import { MAX_PICTURE_BYTES } from './rules.ts';

/**
 * A profile picture of up to 2 MB is sent as base64 text, 4/3 of its size: past
 * the server's 1 MiB. The add and the update take twice that, so that a picture
 * past 2 MB answers the page's own size error, not the server's 413.
 */
const PICTURE_BODY_LIMIT = 2 * Math.ceil((MAX_PICTURE_BYTES * 4) / 3);

export default defineFamily({
  owner,
  handlers,
  migrations: externalContactsMigrations,
  invalidInput: {
    addAnExternalContact: { 'profile_picture.type#enum': 'profilePictureFileTypeError' },
    updateExternalContact: { 'profile_picture.type#enum': 'profilePictureFileTypeError' },
  },
  bodyLimits: { addAnExternalContact: PICTURE_BODY_LIMIT, updateExternalContact: PICTURE_BODY_LIMIT },
  seed: { after: ['users', 'extensions', 'call-handling'], run: seedExternalContacts },
});
