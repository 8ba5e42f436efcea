// The errors the dashboard family answers where its operations' pages document
// none, each with the reason for its status, code and words (listed in
// docs/undocumented-errors.md).
import { undocumented } from '../../kit/errors.ts';

export const badWindow = undocumented({
  status: 400,
  code: 300,
  message: 'Invalid {param}: {why}',
  why:
    "listCallLogs' and listPastCallMetrics' `from`/`to` (the SDK's parameters; Zoom's parameter text: 'yyyy-mm-dd or yyyy-MM-dd'T'HH:mm:ss'Z' format', " +
    "'should be a month', `to` 'Required only when the from parameter is specified') have no documented error on these pages; " +
    '400 with code 300 is the code Zoom gives a refused request, and the words name the parameter and the rule.',
});

export const badQualityType = undocumented({
  status: 400,
  code: 300,
  message: 'Invalid quality_type: {value}. It must be good, bad or all.',
  why: "listCallLogs' `quality_type` is a string in the contract; Zoom's parameter text names good, bad and all, and the page documents no error for another word.",
});

export const callNotFound = undocumented({
  status: 404,
  code: 300,
  message: 'Call not found: {callId}.',
  why: 'getCallDetailsFromCallLog and getCallQoS document no error at all; a call the account never had is not found, with the code Zoom gives a missing record.',
});
