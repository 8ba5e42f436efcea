// Phone numbers, in the Zoom Phone and Number Management views of one record.
import { defineFamily } from '../../kit/family.ts';
import { owner } from './tables.ts';
import { handlers } from './handlers.ts';
import { numbersMigrations } from './migrations.ts';
import { seedNumbers } from './seed.ts';
import { followAssignees, moveSiteNumbers, unassignAllOf } from './store.ts';
import { AccountStore } from '../../kit/store.ts';

export default defineFamily({
  owner,
  handlers,
  // Where a page documents its own error for a value the schema refuses.
  invalidInput: {
    // "Invalid value (e.g., allocated_product, number_type, number_soruce)": the e.g. names examples, so every enum filter.
    listPhoneNumbersForNumberManagement: {
      allocated_product: 'invalidValueEGAllocatedProduct',
      number_type: 'invalidValueEGAllocatedProduct',
      number_source: 'invalidValueEGAllocatedProduct',
      number_status: 'invalidValueEGAllocatedProduct',
      assigned_to_type: 'invalidValueEGAllocatedProduct',
    },
    // A product left out "cannot be empty" (1002006); one outside the enum is an invalid param (999).
    listPhoneNumberPlanInformation: { 'product#required': 'productCannotBeEmpty', product: 'invalidParamProduct' },
    // "Invalid Field" for a value the fields' limits refuse: caller_id_name "15 characters or fewer", display_name "32 characters or fewer".
    updateAPhoneNumberForNumberManagement: {
      caller_id_name: 'invalidField',
      display_name: 'invalidField',
      confirm_address_update: 'invalidField',
      sip_group_id: 'invalidField',
      capability: 'invalidField',
      'capability.incoming': 'invalidField',
      'capability.outgoing': 'invalidField',
    },
  },
  migrations: numbersMigrations,
  seed: { after: ['sites', 'users'], run: seedNumbers },
  listeners: {
    'users.moved': (db, e) => followAssignees(db, e.accountId, 'User', e.userIds, e.siteId),
    'users.removed': async (db, e) => {
      for (const id of e.userIds) await unassignAllOf(new AccountStore(db, e.accountId), 'User', id);
    },
    'sites.deleting': (db, e) => moveSiteNumbers(db, e.accountId, e.siteId, e.transferSiteId),
  },
});
