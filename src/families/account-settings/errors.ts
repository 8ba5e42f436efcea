// The errors the account-settings family answers that its pages do not document
// (listed in docs/undocumented-errors.md).
import { undocumented } from '../../kit/errors.ts';

export const billingAccountNotFound = undocumented({
  status: 400,
  code: 300,
  message: 'Billing account does not exist: {id}.',
  why: "updatePhoneAccountSettings' page takes `billing_account.id` ('The billing account ID') and documents no error for an id the account has no billing account of; 400/300 is Zoom's code for a value it refuses.",
});

export const siteCodeNeedsMultipleSites = undocumented({
  status: 400,
  code: 300,
  message: 'You must enable multiple sites before you can enable site code.',
  why: "updatePhoneAccountSettings' page says of `site_code.enable` 'You must enable multiple sites before you can set this value to `true`' and documents no error; 400/300 is Zoom's code for a value it refuses.",
});

export const siteCodeNeedsShortLength = undocumented({
  status: 400,
  code: 300,
  message: 'short_extension_length must be configured before you can enable site code.',
  why: "updatePhoneAccountSettings' page says of `short_extension_length` 'This field must be configured before you can set the site code to `true`' and documents no error; 400/300 is Zoom's code for a value it refuses.",
});

export const shortExtensionLengthInvalid = undocumented({
  status: 400,
  code: 300,
  message: 'short_extension_length must be between {min} and {max}.',
  why: "updatePhoneAccountSettings' page gives `short_extension_length` the range [2, 5] (without the 15-digit extensions feature) and documents no error for another; 400/300 is Zoom's code for a value it refuses.",
});
