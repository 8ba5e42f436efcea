// The errors the reports family answers where its operations' pages document
// none, each with the reason for its status, code and words (listed in
// docs/undocumented-errors.md).
import { undocumented } from '../../kit/errors.ts';

export const badWindow = undocumented({
  status: 400,
  code: 300,
  message: 'Invalid {param}: {why}',
  why:
    "getCallChargesUsageReport's and getOperationLogsReport's `from`/`to` (the SDK's parameters; Zoom's parameter text: 'yyyy-mm-dd or yyyy-MM-dd'T'HH:mm:ss'Z'', " +
    "'should be a month', `to` 'Required only when the from parameter is specified') have no documented error for a date that is not one, a range that runs backwards " +
    'or one longer than a month; 400 with code 300 is the code Zoom gives a refused request, and the words name the parameter and the rule.',
});
