// The errors the sip family answers where its operations' pages document none,
// each with the reason for its status, code and words (listed in docs/undocumented-errors.md).
import { undocumented } from '../../kit/errors.ts';

export const sipPhoneUserNotFound = undocumented({
  status: 404,
  code: 1001,
  message: 'User does not exist: {userEmail}.',
  why: "enableSipPhone's page documents no errors at all; a user_email that is no user of the account answers as Zoom's user pages answer an unknown user (404, code 1001).",
});
