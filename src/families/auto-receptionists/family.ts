// Auto receptionists: an account's receptionists (each an extension of the one
// directory), their numbers, policy and IVR. A site's main receptionist is made
// with the site and goes with it; the others move to the transfer site. IVR keys
// and access entries whose extensions leave the directory let go of them.
import { defineFamily } from '../../kit/family.ts';
import { owner } from './tables.ts';
import { handlers } from './handlers.ts';
import { autoReceptionistsMigrations } from './migrations.ts';
import { seedAutoReceptionists } from './seed.ts';
import { forgetExtensions, moveSiteReceptionists } from './store.ts';

export default defineFamily({
  owner,
  handlers,
  invalidInput: {
    // The page's own words for a language or repeat count the schema refuses.
    updateAnAutoReceptionist: {
      'audio_prompt_language#enum': 'audioPromptLanguageIsInvalid',
      'default_transcription_language#enum': 'languageSettingIsInvalid',
    },
    updateAutoReceptionistIvr: { 'caller_enters_no_action.audio_prompt_repeat': 'numberOfTimesToRepeatThe' },
  },
  migrations: autoReceptionistsMigrations,
  seed: { after: ['sites', 'extensions', 'numbers', 'call-queues'], run: seedAutoReceptionists },
  listeners: {
    'extensions.released': (db, e) => forgetExtensions(db, e.accountId, e.extensionIds),
    // A deleted external contact is let go of as a released extension is: keys forwarding to it fall back.
    'externalContacts.removed': (db, e) => forgetExtensions(db, e.accountId, e.externalContactIds),
    'sites.deleting': (db, e) => moveSiteReceptionists(db, e.accountId, e.siteId, e.transferSiteId),
  },
});
