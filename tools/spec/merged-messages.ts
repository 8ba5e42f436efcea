// Documented error lines that hold several messages. The Phone document writes
// each message of a code on its own line, except on these pages, where the line
// runs them together: every sentence (or group of sentences) here names a
// different failure, and Zoom answers one of them at a time. Each split was
// read against its page; a line is split only when it is listed here, because
// elsewhere several sentences are one message ("Invalid PIN code. PIN code must
// be 4 digits long.") and the document does not mark the difference.
// Each entry's parts, joined by one space, are the line as the document has it;
// the parser refuses an entry whose line no longer appears.

/** One message per sentence (a sentence ends at `.`, `!` or `?` before a space). */
const sentences = (line: string): string[] => line.split(/(?<=[.!?])\s+/);

export const MERGED_MESSAGES: readonly (readonly string[])[] = [
  // createPhoneNumbers
  ['This account is not a Carrier Reseller.', 'Reseller does not configure Carrier.'],
  sentences('Invalid phone number. Invalid phone number status. Unable to recognize country. Phone number already exists.'),
  // updateAPhoneNumber: the first two sentences are one message, the second telling what to do.
  [
    'The value of capability is invalid. Provide a valid capability and try again.',
    'You cannot update it to a non-BYOC trunk group, because some BYOC numbers are using the SIP Group.',
    'The phone number is not in binding.',
    'The phone number is not BYOC phone number.',
  ],
  // batchAddUsers
  ['User size must be less than 10.', 'You need to have administrative privileges to edit this site.'],
  // assignCallingPlanToAUser
  ['Invalid user id.', 'Invalid field.'],
  // getAutoReceptionistIvr, updateAutoReceptionistIvr
  ['Auto Receptionist does not exist: {0}.', 'Holiday hours handling does not exist: {0}.'],
  sentences(
    'The number of times to repeat the audio prompt is required and can not be greater than 3. The action value set for if caller enters no action after the prompt played is not correct. The action value is not correct. The id for noAction to forward to is not correct. Voicemail greeting file id is required. The phone number to forward to is required.',
  ),
  // createACallQueue
  ['Invalid short number length.', 'Extension number {extensionNumber} is already used.'],
  // createAMonitoringGroup: "Type is required" lost its full stop on the page.
  ['Name is required.', 'Type is required', 'Site ID is required.', 'The privilege does not exist.', 'Type should be `1`, `2`, or `3`.'],
  // getMembersOfAMonitoringGroup
  ["Missing 'member_type'.", 'The next page token is invalid or expired.'],
  // addMembersToAMonitoringGroup
  sentences('The maximum number of monitors is 100. The maximum number of monitored is 100. The group does not exist.'),
  [
    "Cannot create group. 'member_type' member(s) already exist(s) in current monitoring group.",
    "Cannot create group. 'member_type' member(s) already exist(s) in other monitoring group.",
  ],
  // assignPhoneNumbersToAZoomRoom, removeAPhoneNumberFromAZoomRoom
  ['Room does not exist:{roomId}.', 'Phone number does not exist.'],
  ['Phone number already in use.', 'This function requires a Zoom Phone Metered, Unlimited, or Pro plan.'],
  // addDirectoryBackupRoutingRule, updateDirectoryBackupRoutingRule
  sentences(
    'Type does not exist. Type cannot be null. Number Pattern cannot be null. Number Pattern length can be up to 255 characters. SIP Group cannot be null. Number Pattern ({0}) already exists. Translation length can be up to 255 characters. Routing rule name cannot be blank. Routing rule name length can be up to 255 characters.',
  ),
  sentences(
    'Type does not exist. SIP Group cannot be null. Number Pattern ({0}) already exists. Routing rule name length can be up to 255 characters. Number Pattern length can be up to 255 characters. Translation length can be up to 255 characters.',
  ),
  ['SIP Group does not exist.', 'Site does not exist.'],
  ['Routing rule does not exist.', 'SIP Group does not exist.'],
  // addPhoneNumbersForUsersCustomizedOutboundCallerId
  ['Invalid user id.', 'Account level settings cannot be managed until disable multiple sites.', 'Site not exist.'],
  // updateAUsersProfileSettings
  sentences('Outbound caller id has been locked. Do not allow hiding outbound caller id. Invalid outbound caller ID.'),
  // addAUsersSharedAccessSetting, updateAUsersSharedAccessSetting
  sentences(
    'Invalid user id. Invalid user sub-setting type. Voicemail has already been shared to the user. Delegation assistant is required. Delegation assistant is not a user or a common area. User delegation assistant does not exist: {delegation_assistant_extension_id}.',
  ),
  sentences('Invalid user id. Invalid user setting Type: {settingType}. Delegation privileges error. Delegation privacy error. Delegation assistants do not exist.'),
  // addAudioItems
  ['The type of audio is invalid, audio name: {0}.', 'The size of audio exceeds limit, audio name: {0}.'],
  // getUsersSmsSessions
  ['SMS session type is invalid.', 'The next page token is invalid or expired.'],
  // updateASettingTemplate: one 400/300 line for every check of a template's profile and settings;
  // a PIN's checks keep their "Invalid PIN code." opening, as on the common area PIN page.
  [
    'The country code you entered is invalid. Provide a valid country code and try again.',
    'The area code you entered is invalid. Provide a valid area code with a length between 0 to 6 digits and try again.',
    'The value you entered for the audio prompt language code is invalid.',
    'PIN code could only include numbers.',
    'Invalid PIN code. PIN code must be {0} digits long.',
    'Invalid PIN code. PIN code must be {0} to {1} digits long.',
    'Invalid PIN code. Your PIN code must not be the same as the extension number.',
    'Invalid PIN code. The PIN code must not contain a group of repeated digits.',
    'PIN code cannot be an ascending or descending group of digits.',
    'Connect to operator type error.',
    'You provided an invalid value for call handling ring type. The value of this field must either be “simultaneous” or “sequential”.',
    'You provided an invalid value for business hours type field. The value of this field must either be 1 or 2.',
    'You provided an invalid value for the business hours action field.',
    'You provided an invalid value for the close hours action field.',
  ],
];

const byLine = new Map(MERGED_MESSAGES.map((parts) => [parts.join(' '), parts]));

/** The messages one documented line holds: its listed parts, or the line itself. */
export function splitMerged(line: string, seen: Set<string>): string[] {
  const parts = byLine.get(line);
  if (!parts) return [line];
  seen.add(line);
  return [...parts];
}

/** Listed lines the document no longer has (call after parsing it). */
export const unseenMerged = (seen: Set<string>): string[] => [...byLine.keys()].filter((line) => !seen.has(line));
