// The errors the call-logs family answers where its operations' pages document
// none, each with the reason for its status, code and words (listed in
// docs/undocumented-errors.md).
import { undocumented } from '../../kit/errors.ts';

export const badWindow = undocumented({
  status: 400,
  code: 300,
  message: 'Invalid {param}: {why}',
  why:
    "getAccountsCallLogs' and getUsersCallLogs' `from`/`to` (the SDK's parameters; Zoom's parameter text: 'yyyy-mm-dd or yyyy-MM-dd'T'HH:mm:ss'Z' format', " +
    "'should be a month', 'should fall within the last six months', `to` 'Required only when the from parameter is specified') have no documented error on these pages; " +
    "400 with code 300 is the code the new edition's pages give a refused request, and the words name the parameter and the rule.",
});

export const badOldFilter = undocumented({
  status: 400,
  code: 300,
  message: 'Invalid {param}: {value}.',
  why:
    "getAccountsCallLogs' `type` ('all' or 'missed') and `path` (the page's list of path words) are strings in the contract; a word outside their lists filters by nothing the page knows, " +
    'and the page documents no error for it.',
});

export const badSyncCount = undocumented({
  status: 400,
  code: 300,
  message: 'Invalid count: {count}. It must be a whole number from 1 to {max}.',
  why: "syncUsersCallLogs' `count` has no documented bounds nor error; the sandbox takes the list convention's 1..300 (default 30) and refuses another value as a bad request.",
});

export const callLogNotFound = undocumented({
  status: 404,
  code: 404,
  message: 'Call log information was not found for the following callLogId: {callLogId}.',
  why: "getCallLogDetails documents only '400 Bad Request'; a log the account does not have is not found, in the words deleteAUsersCallLog's page gives a missing call log.",
});

export const callElementNotFound = undocumented({
  status: 404,
  code: 300,
  message: 'Call element not found: {callElementId}.',
  why: "getCallElement documents '404 Not Found' without code or words; 300 and these words follow the page's sibling 'Call history not found: {callLogId}'.",
});

export const callHistoryNotFound = undocumented({
  status: 404,
  code: 300,
  message: 'Call history not found: {callHistoryUuid}.',
  why: "getCallHistory documents '404 Not Found' without code or words; these are addAClientCodeToACallHistory's for a call history the account lacks.",
});

export const clientCodeInvalid = undocumented({
  status: 400,
  code: 301,
  message: 'Invalid client code: {client_code}',
  why: "addAClientCodeToACallLog documents only '404 Validation Failed.'; its body says 'The client code (3 to 16 digit number)', and the call history page's error for another value is this one.",
});

export const summaryNotFound = undocumented({
  status: 404,
  code: 300,
  message: 'AI call summary does not exist: {aiCallSummaryId}.',
  why: "getUserAiCallSummaryDetail documents '404 Not Found' without code or words: a summary the user does not have.",
});
