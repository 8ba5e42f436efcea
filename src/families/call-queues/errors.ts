// The errors the call-queues family answers where its operations' pages document
// none, each with the reason for its status, code and words (listed in
// docs/undocumented-errors.md).
import { undocumented } from '../../kit/errors.ts';

/**
 * Several pages write more than one answer in one row ("Validation Failed. Multiple
 * Site is disabled. Site does not exist. {extensionNumber} is out of range Exceeded
 * the maximum number to add members per time"). The server answers the row's status
 * and code with the one sentence that applies, after the row's "Validation Failed.".
 */
export const siteDoesNotExist = undocumented({
  status: 400,
  code: 300,
  message: 'Validation Failed. Site does not exist.',
  why:
    "createACallQueue's row 400/300 joins 'Validation Failed. Multiple Site is disabled. Site does not exist. {extensionNumber} is out of range Exceeded the maximum number to add members per time'; " +
    'a site_id the account does not have answers its status and code with the sentence that applies. updateCallQueueDetails documents nothing for it and answers the same.',
});

export const tooManyMembersAtOnce = undocumented({
  status: 400,
  code: 300,
  message: 'Validation Failed. Exceeded the maximum number to add members per time.',
  why:
    "'A maximum of 10 members can be added at a time.' createACallQueue's and addMembersToACallQueue's 400/300 rows join this sentence to others " +
    "('… The group does not exist, groupId:{callQueueId}. Exceeded the maximum number to add members per time.'); the answer is the row's status and code with the sentence that applies.",
});

export const groupDoesNotExist = undocumented({
  status: 400,
  code: 300,
  message: 'Validation Failed. The group does not exist, groupId:{callQueueId}.',
  why:
    "addMembersToACallQueue's 400/300 row joins 'Validation Failed. The group does not exist, groupId:{callQueueId}.' and 'Exceeded the maximum number to add members per time.'; " +
    'a queue the account does not have answers the row with the sentence that applies.',
});

export const updateGroupDoesNotExist = undocumented({
  status: 400,
  code: 300,
  message: 'Validation Failed. The group does not exist, groupId:{groupId}',
  why:
    "updateCallQueueDetails' 400/300 row joins 'Validation Failed. The group does not exist, groupId:{groupId}' and 'Timezone not found in the system.'; " +
    'a queue the account does not have answers the row with the sentence that applies.',
});

export const timezoneNotFound = undocumented({
  status: 400,
  code: 300,
  message: 'Validation Failed. Timezone not found in the system.',
  why:
    "updateCallQueueDetails' 400/300 row joins 'Validation Failed. The group does not exist, groupId:{groupId}' and 'Timezone not found in the system.'; " +
    'a timezone that is not one of the time zone list (IANA names) answers the row with the sentence that applies.',
});

export const commonAreaDoesNotExist = undocumented({
  status: 400,
  code: 404,
  message: 'Common area does not exist: {commonAreaId}.',
  why:
    "createACallQueue and addMembersToACallQueue take common_area_ids but document no error for one the account does not have; the sandbox has no common areas yet, so every one is such. " +
    "The words, status and code are the Common Areas pages' own for a common area that does not exist (getCommonAreaDetails: 400/404 'Common area does not exist: {commonAreaId}.').",
});

export const extensionInUse = undocumented({
  status: 400,
  code: 400,
  message: 'Extension number {extensionNumber} is already used.',
  why:
    "updateCallQueueDetails documents no error for an extension_number another extension of the account holds; createACallQueue's words for it ('Extension number {extensionNumber} is already used.', 400/400) answer it.",
});

export const invalidShortNumberLength = undocumented({
  status: 400,
  code: 400,
  message: 'Invalid short number length.',
  why:
    "updateCallQueueDetails takes extension_number as createACallQueue does ('If a site code has been assigned to the site, provide the short extension number') and documents no error for one of the wrong length; createACallQueue's 400/400 'Invalid short number length.' answers it.",
});

export const noFreeExtension = undocumented({
  status: 409,
  code: 409,
  message: 'No free extension number is left on site {siteId}; give extension_number.',
  why:
    "createACallQueue's extension_number is optional: the sandbox gives the queue the site's first free short extension. When the site's every short extension is held, none can be given; the page documents nothing for it, and 409 is Zoom's word for a conflict.",
});

export const tooManyNumbersAtOnce = undocumented({
  status: 400,
  code: 300,
  message: 'Validation Failed. Only a maximum of five numbers can be assigned to a call queue at a time.',
  why: "assignNumbersToACallQueue: 'Only a maximum of five numbers can be assigned to a call queue at a time.' The page documents no error for more; 400/300 is the validation failure's code.",
});

export const numberMissingKey = undocumented({
  status: 400,
  code: 300,
  message: 'Validation Failed. Each phone number needs its id or its number.',
  why: "assignNumbersToACallQueue: 'This field provides either the `id` or the `number` field.' An item with neither names no number; the page documents no error for it.",
});

export const phoneNumberNotFound = undocumented({
  status: 400,
  code: 300,
  message: 'Phone number does not exist: {number}.',
  why:
    'assignNumbersToACallQueue documents no error for a number (id or E.164) the account does not have in Zoom Phone; the words, status and code are those the numbers family answers when a user is given such a number.',
});

export const phoneNumberAlreadyAssigned = undocumented({
  status: 400,
  code: 300,
  message: 'Phone number has already been assigned: {number}.',
  why:
    'A number is assigned to one holder at a time (a user, a queue…). assignNumbersToACallQueue documents no error for a number another holds; the words, status and code are those the numbers family answers when a user is given a taken number.',
});

export const queueNotFound = undocumented({
  status: 404,
  code: 13000,
  message: 'The Call Queue does not exist, callQueueId:{callQueueId}.',
  why:
    "listCallQueueMembers documents no error for a queue the account does not have; getCallQueueDetails' words, status and code for it (404/13000) answer it.",
});

export const memberNotFound = undocumented({
  status: 404,
  code: 404,
  message: 'The member does not exist in the call queue: {memberId}.',
  why: "unassignAMember documents 404 Not Found without a code or words; a member id that is not the queue's is that case, 404 as its code.",
});

export const badWindow = undocumented({
  status: 400,
  code: 300,
  message: 'Validation Failed. {field}: {reason}',
  why: "getCallQueueRecordings documents no error; a from/to that is no date, reversed, or more than a month apart is refused as Zoom's validation refuses a field (400/300 naming it).",
});
