// Carriers: peering and reseller numbers pushed to customers, and port-in orders.
import { defineFamily } from '../../kit/family.ts';
import { owner } from './tables.ts';
import { handlers } from './handlers.ts';
import { carriersMigrations } from './migrations.ts';
import { seedCarriers } from './seed.ts';

export default defineFamily({
  owner,
  handlers,
  // The Phone pages' batch limit is the contract's maxItems; Number Management's
  // pages word a request with no numbers (no body, or no phone_numbers) their own way.
  invalidInput: {
    // The 200-number limit has its own words; other refusals of the list stay the generic answer.
    addPeeringPhoneNumbers: { 'phone_numbers#maxItems': 'validationFailedBatchAddingPhoneNumbers' },
    updatePeeringPhoneNumbers: { 'phone_numbers#maxItems': 'validationFailedBatchAddingPhoneNumbers' },
    createPhoneNumbers: { '[].status': 'invalidPhoneNumberStatus' },
    // No data: no body, or no list of numbers; a bad field of a number stays the generic answer naming it.
    addPeeringPhoneNumbersForNumberManagement: { 'body#type': 'requestDataCannotBeEmpty', 'phone_numbers#required': 'requestDataCannotBeEmpty' },
    updatePeeringPhoneNumbersForNumberManagement: { 'body#type': 'requestDataCannotBeEmpty', 'phone_numbers#required': 'requestDataCannotBeEmpty' },
    removePeeringPhoneNumbersForNumberManagement: { 'phone_numbers#required': 'requestDataCannotBeEmpty' },
  },
  migrations: carriersMigrations,
  seed: { after: ['sites', 'numbers'], run: seedCarriers },
});
