// What the reports pages state in words, whether the server holds to it, and
// why (rendered into docs/fidelity.md by `npm run coverage`).
import { defineFidelity } from '../../kit/fidelity.ts';

const T = 'test/families/reports/reports.test.ts';
const ROWS = { file: T, test: 'each call leaves a charge row: out to the public network by the rate of the country dialled, inside the account free' };
const TOLL_FREE_FORWARD = { file: T, test: 'a call into a toll-free number is billed by its country; a forward out to the public network is billed to the extension that forwarded it' };
const ONLY = { file: T, test: 'show_charges_only keeps the calls with a charge' };
const BILLING = { file: T, test: "billing_account_id: an unknown one is invalid; a known one narrows to the charges billed to it" };
const WINDOWS = { file: T, test: 'windows: the past 30 days by default, a month at most, only the recent 13 months' };
const PAGES = { file: T, test: 'pages: keyset pages of the report, total_records, and the documented error for a bad token' };
const WRITES = { file: T, test: 'every write through the API is in the operation logs report, with its category, action and operator; reads and refused writes leave none' };
const LOGS = { file: T, test: 'operation logs: category_type filters (all is every category), from/to, pages, and another account sees only its own' };
const NO_PLANS = "the sandbox does not model account plans or licenses: a token whose scopes allow the call acts as the account's admin";
const ACCOUNT_IS_THE_TOKENS = "the path names no account: the caller's own, which the token proves exists";

export default defineFidelity({
  rules: [
    // ---- getCallChargesUsageReport ----------------------------------------------------------------
    { op: 'getCallChargesUsageReport', rule: "'view monthly Zoom phone call charges': a row for each call as placed (free inside the account and into a local number) and for each leg that took it out to the public network (a forward or transfer, billed to the extension that sent it)", enforced: ROWS },
    { op: 'getCallChargesUsageReport', rule: "rate / total_charge / currency / charge_mode: the docs give no rates — the SANDBOX'S rate table (src/families/call-logs/rates.ts, the one price list the call logs' charge and rate read too): US dollars per started minute ('per_min') by the country dialled ($0.01 US/CA, $0.03 GB, … $0.10 elsewhere)", enforced: ROWS },
    { op: 'getCallChargesUsageReport', rule: "call_type tollfree: a call into a toll-free number of the account, billed by the number's country ($0.0255 a minute in the US, the sandbox's rate); a forward out to the public network billed to the extension that forwarded it", enforced: TOLL_FREE_FORWARD },
    { op: 'getCallChargesUsageReport', rule: "call_type: voip inside the account, local on the public network in the caller's country, international to another country, tollfree into a toll-free number; service_type call", enforced: ROWS },
    { op: 'getCallChargesUsageReport', rule: "duration: 'The duration of the call in minutes' — started minutes of connected time; an unanswered leg is 0 and costs nothing", enforced: ROWS },
    { op: 'getCallChargesUsageReport', rule: "caller_number / callee_number (extension number inside the account, else the phone number), *_billing_number (E.164), billing_number ('2100000980 Ext. 1001'), calling_party_name, department and cost_center of the billed user, end_time", enforced: ROWS },
    { op: 'getCallChargesUsageReport', rule: "call_log_id: 'The ID of the call log. You can use this value to fetch the details of the call log using Get call log details' — the billed party's log (the callee's, for a call from outside), as call-logs hands it over in 'calls.completed'", enforced: ROWS },
    { op: 'getCallChargesUsageReport', rule: 'employee_id', notEnforced: 'no family keeps an employee id of a user' },
    { op: 'getCallChargesUsageReport', rule: "show_charges_only (Zoom's parameter text): 'shows calls with charges only', default false", enforced: ONLY },
    { op: 'getCallChargesUsageReport', rule: "billing_account_id: 'The billing_account_id is invalid.' when the account has no such billing account", enforced: BILLING },
    { op: 'getCallChargesUsageReport', rule: 'billing_account_id: only the charges billed to that billing account', notEnforced: "no family links a call to a billing account yet (billing's public.ts gives a billing account's id and name only): every charge is billed to the account itself, so a known billing account narrows to none" },
    { op: 'getCallChargesUsageReport', rule: "from/to (Zoom's parameter text): 'If unspecified, it returns data from the past 30 days', 'should be a month', to required with from; 'Invalid start date. Report is provided only for recent 13 months.' for a from earlier than 13 months before today", enforced: WINDOWS },
    { op: 'getCallChargesUsageReport', rule: "next_page_token (15 minutes, bound to the query; 'The next page token is invalid or expired.'), page_size default 30 at most 300, total_records", enforced: PAGES },
    { op: 'getCallChargesUsageReport', rule: "Prerequisites: 'Pro or a higher plan', 'a Zoom Phone plan'", notEnforced: NO_PLANS },
    // ---- getOperationLogsReport --------------------------------------------------------------------
    { op: 'getOperationLogsReport', rule: "'Zoom phone related admin operation details': every write the API accepted (POST, PUT, PATCH, DELETE), newest first; reads and refused writes leave none", enforced: WRITES },
    { op: 'getOperationLogsReport', rule: "operator: 'The user who performed the operation' — the app's client id (a Server-to-Server app acts for the account's admin); category_type: the operation's tag ('Blocked List'); action Add / Update / Delete; time", enforced: WRITES },
    { op: 'getOperationLogsReport', rule: "category_type (Zoom's parameter text): 'By default, the value of this field is all'; another value keeps that category only (exact words)", enforced: LOGS },
    { op: 'getOperationLogsReport', rule: "from/to (Zoom's parameter text): 'If unspecified, returns data within the 24 hours', 'should be a month', to required with from", enforced: LOGS },
    { op: 'getOperationLogsReport', rule: "The account's own operations only", enforced: LOGS },
    { op: 'getOperationLogsReport', rule: "Prerequisites: 'Pro or a higher plan', 'a Zoom Phone plan'", notEnforced: NO_PLANS },
  ],
  unreachable: {
    getCallChargesUsageReport: { accountDoesNotExist: ACCOUNT_IS_THE_TOKENS },
    getOperationLogsReport: { accountDoesNotExist: ACCOUNT_IS_THE_TOKENS },
  },
});
