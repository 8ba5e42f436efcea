// The errors the numbers family answers where its operations' pages document
// none, or give a status and code without words. Each says why it is what it is;
// all are listed in docs/undocumented-errors.md.
import { undocumented } from '../../kit/errors.ts';
import { PHONE_BATCH_LIMIT } from './rules.ts';

/** The words the Phone pages leave out: they answer a bad request with 400 and code 300. */
const PHONE_BAD_REQUEST = { status: 400, code: 300 } as const;

export const unknownPhoneNumber = undocumented({
  status: 404,
  code: 100002,
  message: 'Phone number not found',
  why:
    "The pages of updateAPhoneNumber, getAPhoneNumberForNumberManagement and updateAPhoneNumberForNumberManagement answer an unknown number with 404 ('Phone number not found' on the last two) but no code; 100002 is the code Number Management documents for these words on deletePhoneNumbers.",
});

export const phoneNumbersEmpty = undocumented({
  ...PHONE_BAD_REQUEST,
  message: 'phone_numbers cannot be empty.',
  why: 'The Phone number pages answer a bad request with 400 and code 300 (deleteUnassignedPhoneNumbers and updateASitesUnassignedPhoneNumbers say only that); an empty phone_numbers list is one, and these words name it.',
});

export const tooManyToRemove = undocumented({
  ...PHONE_BAD_REQUEST,
  message: `Up to ${PHONE_BATCH_LIMIT} phone numbers can be removed in a single request.`,
  why: "deleteUnassignedPhoneNumbers' page states the limit in these words and documents 400 with code 300 without a message.",
});

export const tooManyToUpdate = undocumented({
  ...PHONE_BAD_REQUEST,
  message: `Up to ${PHONE_BATCH_LIMIT} phone numbers can be updated in a single request.`,
  why: "updateASitesUnassignedPhoneNumbers' page states the limit in these words and documents 400 with code 300 without a message.",
});

export const phoneNumberDoesNotExist = undocumented({
  ...PHONE_BAD_REQUEST,
  message: 'Phone number does not exist: {number}.',
  why: "The batch Phone number pages (delete, move to a site, assign to a user) document 400 with code 300 for a bad request but no words for a number the account lacks; these follow getAPhoneNumber's 'Phone number does not exist'.",
});

export const assignedCannotBeDeleted = undocumented({
  ...PHONE_BAD_REQUEST,
  message: 'Phone number has been assigned and cannot be deleted: {number}.',
  why: "deleteUnassignedPhoneNumbers deletes only unassigned numbers, says the page, which documents 400 with code 300 without a message.",
});

export const assignedMeanwhileCannotBeDeleted = undocumented({
  ...PHONE_BAD_REQUEST,
  message: 'Phone number has been assigned and cannot be deleted.',
  why: 'The same rule as the named number, when a concurrent request assigned one of the numbers between the check and the delete (which then deletes none).',
});

export const siteDoesNotExist = undocumented({
  ...PHONE_BAD_REQUEST,
  message: 'Site does not exist: {siteId}.',
  why: "updateASitesUnassignedPhoneNumbers and addByocPhoneNumbers document a bad request (400, the first with code 300) but no words for a site the account lacks; these follow the sites pages' 'Site does not exist'.",
});

export const assignedCannotChangeSite = undocumented({
  ...PHONE_BAD_REQUEST,
  message: 'Phone number has been assigned and cannot change site: {number}.',
  why: "updateASitesUnassignedPhoneNumbers moves only unassigned numbers (an assigned one follows its assignee), and its page documents 400 with code 300 without a message.",
});

export const assignedMeanwhileCannotChangeSite = undocumented({
  ...PHONE_BAD_REQUEST,
  message: 'Phone number has been assigned and cannot change site.',
  why: 'The same rule as the named number, when a concurrent request assigned one of the numbers between the check and the move (which then moves none).',
});

export const notE164 = undocumented({
  ...PHONE_BAD_REQUEST,
  message: 'Invalid phone number: {number}. The value should be in E164 format.',
  why: "assignAPhoneNumberToAUser and addByocPhoneNumbers take numbers 'in e164 format' and document 400 (the first with code 300, worded only for a bad user id); these words say which number is not.",
});

export const alreadyAssigned = undocumented({
  ...PHONE_BAD_REQUEST,
  message: 'Phone number has already been assigned: {number}.',
  why: "assignAPhoneNumberToAUser documents 400 with code 300 worded only for a bad user id ('Invalid user id.'); a number someone else holds is another bad request, in its own words.",
});

export const alreadyExists = undocumented({
  ...PHONE_BAD_REQUEST,
  message: 'Phone number already exists: {numbers}.',
  why: "addByocPhoneNumbers documents 400 Bad Request without a code or words; a number exists once on the network, and 300 is the Phone pages' bad-request code.",
});

export const emergencyAddressStatusInvalid = undocumented({
  ...PHONE_BAD_REQUEST,
  message: 'The emergency_address_status can only be 1 (carrier update required) or 2 (confirmed).',
  why: "updateAPhoneNumber's field 'confirms BYOC phone number's emergency address status. 2-confirmed' (its example sends 1), and the number's own field is '1-carrier update required, 2-confirmed'; the page documents 400 with code 300 only in the words of the capability and BYOC rules.",
});

export const sipGroupNotFound = undocumented({
  status: 400,
  code: 100001,
  message: 'Sip Group not found',
  why: "addByocPhoneNumbers' and updateAPhoneNumber's pages document no error for a sip_group_id the account lacks; their Number Management counterparts document 400/100001 'Sip Group not found' for the same field.",
});

export const siteRequired = undocumented({
  status: 400,
  code: 1002003,
  message: 'Site cannot be empty in zoom phone',
  why: "addByocPhoneNumbers' page says site_id 'is only required if you have enabled multiple sites' but documents no error for its absence; addByocPhoneNumbersForNumberManagement documents 400/1002003 with these words for the same rule.",
});
