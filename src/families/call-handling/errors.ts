// The errors the call-handling family answers where its operations' pages document
// none, each with the reason for its status, code and words (listed in
// docs/undocumented-errors.md).
import { undocumented } from '../../kit/errors.ts';

export const notSupported = undocumented({
  status: 400,
  code: 400,
  message: 'This operation is not supported.',
  why:
    "addACallHandlingSetting answers 400/400 'This operation is not supported.'; the pages say call handling is 'applicable to user, call queue, auto receptionist, " +
    "or shared line group call handling at this time' and which sub-setting each setting type and extension has. The other operations answer the same words " +
    'for an extension of another kind, a setting type other than business_hours, closed_hours and holiday_hours, and a sub-setting or field the extension does not have.',
});

export const extensionNotFound = undocumented({
  status: 404,
  code: 404,
  message: 'Extension does not exist: {extensionId}',
  why:
    "getCallHandlingSettings and addACallHandlingSetting answer 404/404 'Extension does not exist: {extensionId}'; updateACallHandlingSetting and " +
    'deleteACallHandlingSetting document nothing for an extension the account does not have, or for a forwarding target or operator that is not in its directory, and answer the same.',
});

export const externalContactNotFound = undocumented({
  status: 404,
  code: 404,
  message: 'External contact does not exist: {externalContactId}.',
  why:
    "updateACallHandlingSetting documents nothing for an external contact (action 9's forward_to_extension_id, a call_forwarding item's external_contact) the account does not have; " +
    "the words are getExternalContactDetails' own, 404/404 the status and code these pages give a forwarding target that does not exist.",
});

export const holidayNotFound = undocumented({
  status: 404,
  code: 404,
  message: 'Holiday does not exist.',
  why: "addACallHandlingSetting and deleteACallHandlingSetting answer 404/404 'Holiday does not exist.'; updateACallHandlingSetting documents nothing for an unknown holiday_id and answers the same.",
});

export const invalidHolidayTime = undocumented({
  status: 400,
  code: 400,
  message: 'Invalid holiday from/to time.',
  why: "updateACallHandlingSetting answers 400/400 'Invalid holiday from/to time.'; addACallHandlingSetting documents nothing for a holiday ending before it starts and answers the same.",
});

export const fieldRequired = undocumented({
  status: 400,
  code: 300,
  message: 'Validation Failed. {field} is required.',
  why:
    "The pages call fields 'required' for a sub-setting or an action (a holiday's name, from and to; forward_to_extension_id for actions 2–8; phone_number for 10; " +
    "the call_forwarding_id or holiday_id of what a delete removes) without an error for one left out; Zoom's generic 400/300 'Validation Failed.' names the field.",
});

export const invalidPhoneNumber = undocumented({
  status: 400,
  code: 300,
  message: 'Validation Failed. {phone_number} is not a phone number in E.164 format.',
  why: "The pages want forwarding phone numbers 'in E.164 format' and document no error for one that is not; the generic 400/300 names it.",
});

export const wrongTargetKind = undocumented({
  status: 400,
  code: 300,
  message: 'Validation Failed. Extension {extensionId} cannot take action {action}.',
  why:
    "Each forwarding action names the kind of extension it forwards to ('2 — Forward to the User', '7 — Forward to a Call Queue', …) and documents no error for an " +
    'extension of another kind, or for the extension itself (a call forwarded to where it was not answered); the generic 400/300 says so.',
});

export const invalidWaitTime = undocumented({
  status: 400,
  code: 300,
  message: 'Validation Failed. max_wait_time of {period} can be up to 60 seconds.',
  why: "The closed and holiday hours' max_wait_time takes '10 … 60' in the documented response; the request schema takes up to 1800 and documents no error past 60.",
});
