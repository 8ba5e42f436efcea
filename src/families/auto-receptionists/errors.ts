// The errors the auto-receptionists family answers where its operations' pages
// document none, each with the reason for its status, code and words (listed in
// docs/undocumented-errors.md), and the words it gives to the documented 400/300
// rows that the pages list without any.
import { undocumented } from '../../kit/errors.ts';

export { worded } from '../../kit/errors.ts';

/** The words given to the documented 400/300 rows that have none. */
export const WORDS = {
  siteNotFound: (siteId: string) => `Site does not exist: ${siteId}.`,
  noFreeExtension: (siteId: string) => `No free extension number is left on site ${siteId}.`,
  receptionistNotFound: (id: string) => `Auto Receptionist does not exist: ${id}.`,
  policyType: (policyType: string) => `Invalid policy type: ${policyType}.`,
  accessMemberMissing: 'voicemail_access_member.access_user_id is required.',
  commonArea: (id: string) => `Common area does not exist: ${id}.`,
  accessEntryNotFound: 'No shared voicemail access member of the auto receptionist matches the request.',
  sharedIdsRequired: 'shared_ids must name at least one shared voicemail access member of the auto receptionist.',
};

export const numbersRequired = undocumented({
  status: 400,
  code: 300,
  message: 'Validation Failed. phone_numbers must name at least one phone number.',
  why: "assignPhoneNumbersForAutoReceptionist documents no error for an empty phone_numbers; 400/300 is Zoom's validation failure.",
});

export const numberMissingKey = undocumented({
  status: 400,
  code: 300,
  message: 'Validation Failed. Each phone number needs its id or its number.',
  why: "assignPhoneNumbersForAutoReceptionist: 'Provide either the unique identifier of the Phone Number in the `id` field or provide the phone number in the `number` field.' An item with neither names no number; the page documents no error for it.",
});

export const hoursTypeInvalid = undocumented({
  status: 400,
  code: 300,
  message: 'Validation Failed. hours_type must be business_hours or closed_hours.',
  why: "The IVR pages give hours_type as 'business_hours (default) or closed_hours' without an error for another value; 400/300 is the update page's code for a value it refuses.",
});

export const keyInvalid = undocumented({
  status: 400,
  code: 300,
  message: "Validation Failed. The key must be one of '0'-'9', '*' or '#'.",
  why: "updateAutoReceptionistIvr: 'The following values are supported: numeric('0'-'9'), *, #.' The page documents no error for another key; 400/300 is its code for a value it refuses.",
});

export const keyRequired = undocumented({
  status: 400,
  code: 300,
  message: 'Validation Failed. key_action needs its key and its action.',
  why: 'updateAutoReceptionistIvr documents no error for a key_action without its key or action; neither can be set without the other. 400/300 is the page\'s code for a value it refuses.',
});

export const targetExtensionNotFound = undocumented({
  status: 400,
  code: 300,
  message: 'Extension does not exist: {extensionId}.',
  why:
    "updateAutoReceptionistIvr documents 'The id for noAction to forward to is not correct.' for the no-action target but nothing for a key's target.extension_id that is not an extension " +
    "of the account of the kind the action forwards to; the words are updatePhoneSiteDetails' own for a forward-to extension that does not exist, 400/300 the IVR page's code for a value it refuses.",
});
