// The errors the site-settings family answers that its pages do not document (listed in
// docs/undocumented-errors.md). The pages document 400/300 'Validation Failed. Site does
// not exist.' for the writes: a value they refuse answers 400/300 too, in words naming it.
import { undocumented } from '../../kit/errors.ts';

const VALUE = "400/300 is the code the page documents for a request it refuses ('Validation Failed. …').";

export const settingTypeInvalid = undocumented({
  status: 400,
  code: 300,
  message: 'Validation Failed. Invalid setting type: {settingType}.',
  why: `The pages list the setting types (audio_prompt, billing_account, business_hours, closed_hours, desk_phone, dial_by_name, holiday_hours, location_based_routing, outbound_caller_id, security, general_setting) and document no error for another; ${VALUE}`,
});

export const multipleSitesDisabled = undocumented({
  status: 400,
  code: 300,
  message: 'Validation Failed. Multiple Site is disabled.',
  why:
    "The pages' prerequisites say 'Multiple sites must be enabled' and document no error for an account without; these are the words the customized " +
    'outbound caller ID family answers for the same prerequisite (another page of the same API documents them, 400/300).',
});

export const notAddable = undocumented({
  status: 400,
  code: 300,
  message: 'Validation Failed. Setting type {settingType} cannot be added or deleted.',
  why: `Add and delete take holidays ('holidays', 'holiday_id') and device security ('device_type') only; the pages document no error for another setting type; ${VALUE}`,
});

export const notUpdatable = undocumented({
  status: 400,
  code: 300,
  message: 'Validation Failed. Setting type security is changed by adding and deleting device types.',
  why: `updateTheSiteSetting's body has no security setting (its device types are added and deleted one by one) and documents no error for one; ${VALUE}`,
});

export const fieldRequired = undocumented({
  status: 400,
  code: 300,
  message: 'Validation Failed. {field} is required.',
  why: `addASiteSetting needs 'holidays' for holiday hours and 'device_type' for device security, deleteASiteSetting 'holiday_id' or 'device_type'; the pages document no error for one left out; ${VALUE}`,
});

export const holidayInvalid = undocumented({
  status: 400,
  code: 300,
  message: 'Validation Failed. Invalid holiday {field}.',
  why: `A holiday has a name and 'from' and 'to' date-times in 'yyyy-MM-dd'T'HH:mm:ss'Z'' format, the start before the end; the pages document no error for another; ${VALUE}`,
});

export const holidayNotFound = undocumented({
  status: 404,
  code: 404,
  message: 'Holiday does not exist: {holidayId}.',
  why: "deleteASiteSetting's and updateTheSiteSetting's pages document no error for a holiday_id the site does not have; a missing thing answers 404 as the API's other pages do.",
});

export const deviceTypeNotFound = undocumented({
  status: 404,
  code: 404,
  message: 'Device type does not exist: {deviceType}.',
  why: "deleteASiteSetting's page documents no error for a device_type the site's security does not cover; a missing thing answers 404 as the API's other pages do.",
});

export const billingAccountNotFound = undocumented({
  status: 400,
  code: 300,
  message: 'Validation Failed. Billing account does not exist: {id}.',
  why: `updateTheSiteSetting takes 'billing_account.id' and documents no error for an id the site cannot use (the account's billing accounts bound to the site or to none); ${VALUE}`,
});

export const operatorNotFound = undocumented({
  status: 400,
  code: 300,
  message: 'Validation Failed. Extension does not exist: {id}.',
  why: `The overflow's 'operator.extension_id' names an extension of the account; the page documents no error for another; ${VALUE}`,
});

export const customHoursInvalid = undocumented({
  status: 400,
  code: 300,
  message: 'Validation Failed. Invalid custom hours for weekday {weekday}.',
  why: `Custom hours give each weekday once, customized hours (type 2) 'from' and 'to' in 'HH:mm' format, the start first; the page documents no error for another; ${VALUE}`,
});

export const webInterfaceNeedsCustom = undocumented({
  status: 400,
  code: 300,
  message: 'Validation Failed. web_interface is only available when setting_type is custom_setting.',
  why: `The page says of 'web_interface' 'This field is only available when setting_type is custom_setting' and documents no error; ${VALUE}`,
});
