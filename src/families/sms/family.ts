// SMS: 10DLC campaigns, consent policies and consumers' opt statuses.
import { defineFamily } from '../../kit/family.ts';
import { owner } from './tables.ts';
import { handlers } from './handlers.ts';
import { smsMigrations } from './migrations.ts';
import { seedSms } from './seed.ts';
import { releaseDeletedNumbers } from './store.ts';
import { AccountStore } from '../../kit/store.ts';

export default defineFamily({
  owner,
  handlers,
  // Where a page documents its own error for a value the schema refuses.
  invalidInput: {
    // A body that is not the documented shape (absent, a field missing or of another type) "does not match,
    // please refer to the document" (1002); 999 "Invalid field." is left to values of the right shape it refuses.
    createAnSmsConsentPolicy: { body: 'requestBodyFormatDoesNotMatch' },
    // Update documents 999 only: a field of another type is an invalid field. (Delete's consent_ids is left to the
    // generic answer: test/http/bad-input.test.ts pins it as the platform's answer to a list past 1,000 items.)
    updateAnSmsConsentPolicy: { body: 'invalidField' },
    // "Opt status should be either opt_out or opt_in.": a value outside the enum, or none.
    updateOptStatusesOfPhoneNumbersAssignedToSmsCampaign: { opt_status: 'optStatusShouldBeEitherOpt' },
  },
  migrations: smsMigrations,
  seed: { after: ['numbers'], run: seedSms },
  listeners: {
    // A number that leaves the account leaves its campaign and consent policy, and gives its seat back.
    'numbers.removed': (db, e) => releaseDeletedNumbers(new AccountStore(db, e.accountId), e.numberIds),
  },
});
