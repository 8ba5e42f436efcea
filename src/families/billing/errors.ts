// The errors billing answers where its operations' pages document none, each
// with the reason for its status, code and words (listed in docs/undocumented-errors.md).
import { undocumented } from '../../kit/errors.ts';

export const siteIdInvalid = undocumented({
  status: 400,
  code: 300,
  message: 'site_id is invalid',
  why: "listBillingAccounts' page answers 400 'site_id is invalid' without an error code; 300 is Zoom's code for an invalid request parameter.",
});
