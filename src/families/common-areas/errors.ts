// The errors the common-areas family answers where its operations' pages document
// none (listed in docs/undocumented-errors.md), and the helper that gives a
// documented "Validation failed." the field it is about.
import { undocumented } from '../../kit/errors.ts';
import { ZoomError } from '../../errors.ts';

/** A documented error, its words kept, with the field and the rule it broke in `errors[]`. */
export const about = (documented: ZoomError, field: string, message: string): ZoomError =>
  new ZoomError(documented.status, documented.code, documented.message, [{ field, message }]);

const VALIDATION_WHY = (op: string, rule: string) =>
  `${op}'s page states ${rule} but documents no error for it; 400/300 'Validation failed.' is the Common Areas pages' answer to input they refuse (addACommonArea), the field and rule named in errors[].`;

export const updateInvalid = undocumented({
  status: 400,
  code: 300,
  message: 'Validation failed.',
  why: VALIDATION_WHY(
    'updateCommonArea',
    "what its fields hold (a display name of three characters at least, a known timezone and country, a site, the site's extension length, an emergency address of the account, one of the common area's own numbers as outbound caller ID, an extension to forward parked calls to)",
  ),
});

export const planUnavailable = undocumented({
  status: 400,
  code: 300,
  message: 'No calling plan of type {type} is available in the account.',
  why: "assignCallingPlansToACommonArea (and addACommonArea's calling_plans) take a plan from the account's inventory; the pages document no error for a type the account has none left of (or never bought).",
});

export const planHeld = undocumented({
  status: 400,
  code: 300,
  message: 'The common area already has calling plan {type}.',
  why: 'assignCallingPlansToACommonArea documents no error for a plan type the common area already holds (or one named twice); a second one would take a plan of the inventory for nothing.',
});

export const planNotHeld = undocumented({
  status: 400,
  code: 300,
  message: 'The common area has no calling plan of type {type}.',
  why: 'unassignACallingPlanFromTheCommonArea documents no error for a plan type the common area does not hold.',
});

export const billingAccountRefused = undocumented({
  status: 400,
  code: 300,
  message: 'Billing account does not exist: {billing_account_id}.',
  why:
    "assignCallingPlansToACommonArea says of billing_account_id 'If the user is in India, the field is required' and documents no error for one left out there, nor for one the account does not have.",
});

export const noNumbers = undocumented({
  status: 400,
  code: 300,
  message: 'phone_numbers must name at least one phone number, by id or number.',
  why: 'assignPhoneNumbersToACommonArea requires phone_numbers and documents no error for an empty list or an item naming neither id nor number.',
});

export const numberNotFound = undocumented({
  status: 400,
  code: 300,
  message: 'Phone number does not exist: {key}.',
  why: 'assignPhoneNumbersToACommonArea and unassignPhoneNumbersFromCommonArea document no error for a number the account does not have.',
});

export const numberTaken = undocumented({
  status: 400,
  code: 300,
  message: 'Phone number {number} is already assigned.',
  why: 'assignPhoneNumbersToACommonArea documents no error for a number someone else holds; one number has one assignee (the numbers family decides).',
});

export const numberNotHeld = undocumented({
  status: 400,
  code: 300,
  message: 'Phone number {key} is not assigned to the common area.',
  why: 'unassignPhoneNumbersFromCommonArea documents no error for a number the common area does not hold.',
});

export const noAreas = undocumented({
  status: 400,
  code: 300,
  message: 'common_area_ids must name at least one common area.',
  why: 'generateActivationCodesForCommonAreas requires common_area_ids and documents no error for an empty list.',
});

export const unknownSettingType = undocumented({
  status: 400,
  code: 300,
  message: 'Invalid setting type: {settingType}.',
  why: "The common area setting pages take settingType in the path without listing its values or an error for another; the types their bodies name are desk_phone, holiday_hours and custom_hours (update only), and delete's device_id names desk_phone's.",
});

export const settingInvalid = undocumented({
  status: 400,
  code: 300,
  message: 'Validation failed.',
  why: VALIDATION_WHY(
    'addCommonAreaSetting / updateCommonAreaSetting',
    "the body a setting type needs (device_id for desk_phone, a phone whose assignees share the common area's site; hot desking only on phones that support it; one to ten holidays with a name and from before to, in yyyy-MM-dd'T'HH:mm:ss'Z', for holiday_hours; custom hours with from before to, HH:mm, for customized days)",
  ),
});

export const deviceNotFound = undocumented({
  status: 400,
  code: 404,
  message: 'Device does not exist: {deviceId}.',
  why:
    "addCommonAreaSetting, updateCommonAreaSetting and deleteCommonAreaSetting name a desk phone by id and document no error for one the account does not have (add) or the common area is not assigned to (update, delete). Status and code as the pages' own 'does not exist' rows (400/404).",
});

export const holidayNotFound = undocumented({
  status: 400,
  code: 404,
  message: 'Holiday does not exist: {holidayId}.',
  why: "updateCommonAreaSetting's holiday_hours items name a holiday_id; the page documents no error for one the common area does not have. Status and code as its own 'does not exist' row.",
});

export const pinAreaNotFound = undocumented({
  status: 404,
  code: 404,
  message: 'Common area does not exist: {commonAreaId}.',
  why: "updateCommonAreaPinCode's page documents 'Status: 404 Not Found Common area does not exist: {commonAreaId}.' without an error code; the code is the status, as the other Common Areas pages give 404 for this rule.",
});

export const noPlans = undocumented({
  status: 400,
  code: 300,
  message: 'calling_plans must name at least one calling plan.',
  why: 'assignCallingPlansToACommonArea requires calling_plans and documents no error for an empty list.',
});

export const templateNotFound = undocumented({
  status: 404,
  code: 404,
  message: 'The template type error or the template does not exist:{templateId}.',
  why: "applyTemplateToCommonAreas documents a 404 for a template that is not the account's common area template, with these words but no code: 404 is given as its code.",
});

export const areasRequired = undocumented({
  status: 400,
  code: 300,
  message: 'common_area_ids must name at least one common area.',
  why: 'applyTemplateToCommonAreas applies a template to the common areas named; the page documents no error for naming none: 400/300, the code of its other refusals of a value.',
});
