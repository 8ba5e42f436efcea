// What the fax pages state in words, whether the server holds to it, and why
// (rendered into docs/fidelity.md by `npm run coverage`).
import { defineFidelity } from '../../kit/fidelity.ts';

const T = 'test/families/fax/fax.test.ts';

const NO_PLANS = "the sandbox does not model account plans or licenses ('A Business or Enterprise account', 'A Zoom Phone license'): a token whose scopes allow the call acts as the account's admin";
const NO_FAX_POLICY =
  'no family keeps a fax (online_fax) policy for a user or extension yet: every extension may send and receive faxes, so sender_fax_disabled and receiver_fax_disabled are never answered';

export default defineFidelity({
  rules: [
    { op: 'uploadFaxFile', rule: "'Supported file formats: .zip' (a file named .zip whose bytes are a ZIP archive)", enforced: { file: T, test: 'the file is a .zip of {order}.{type} files of the documented types' } },
    { op: 'uploadFaxFile', rule: "'The maximum size of file is 50MB' (50 MiB; 1001 'File size exceeded maximum 50MB' past it)", enforced: { file: T, test: 'a ZIP of 50MB at most; expire from 1 to 604800 seconds' } },
    {
      op: 'uploadFaxFile',
      rule: "expire (the query parameter error 1002 names; the page lists no parameters): 'should between 1 and 604800 seconds'; left out, the upload is kept the longest it may be (604800 s, the sandbox's choice); an expired file_id cannot be sent",
      enforced: { file: T, test: "a file_id that was never uploaded, is another account's, or has expired is a bad request" },
    },
    {
      op: 'uploadFaxFile',
      rule: "'The ZIP file may contain files of the following types: pdf jpg jpeg txt png doc docx', 'named using the format {order}.{type}. The order defines the page sequence for the fax'",
      enforced: { file: T, test: 'the file is a .zip of {order}.{type} files of the documented types' },
    },
    {
      op: 'uploadFaxFile',
      rule: "pages of the fax: a PDF its own pages, a text file one page per 66 lines, an image or a Word document one page (the sandbox's reading: it renders neither images nor Word files)",
      enforced: { file: T, test: 'a fax sent from an extension number leaves an outbound log' },
    },
    { op: 'uploadFaxFile', rule: "Note: 'use https://fileapi.zoom.us instead of https://api.zoom.us'", notEnforced: 'the sandbox is one server: /v2/fax/files is served beside every other operation' },
    {
      op: 'sendFax',
      rule: "file_id: 'The fax ZIP file ID. Users can upload a ZIP file with fax files through the Upload Fax File endpoint' (the account's own, not expired)",
      enforced: { file: T, test: "a file_id that was never uploaded, is another account's, or has expired is a bad request" },
    },
    { op: 'sendFax', rule: "receivers: 'A maximum of 50 receivers is allowed'", enforced: { file: T, test: '50 receivers at most' } },
    {
      op: 'sendFax',
      rule: "receivers[].status 'invalid_sender_number': the sender number must be the account's, assigned to an extension (the log's owner)",
      enforced: { file: T, test: 'a sender number the account does not hold, or that reaches no extension, sends nothing' },
    },
    {
      op: 'sendFax',
      rule: "receivers[].status 'invalid_receiver_number' (not E.164, or a number of the account assigned to no extension); 'success' with the receiver's fax_log_id; fax_id 'The Zoom Phone fax ID' shared by the fax's logs",
      enforced: { file: T, test: 'a fax sent from an extension number leaves an outbound log' },
    },
    {
      op: 'sendFax',
      rule: "a fax to a number of the same account is received there: the receiving extension gets an inbound, unread log of the same fax and file",
      enforced: { file: T, test: 'and an inbound one where the receiver is in the account' },
    },
    { op: 'sendFax', rule: "receivers[].status 'sender_fax_disabled', 'receiver_fax_disabled'", notEnforced: NO_FAX_POLICY },
    {
      op: 'sendFax',
      rule: "receivers[].status 'unknown', 'invalid_parameter'; statuses failed/processing/submitted",
      notEnforced: 'the sandbox delivers a fax at once: every fax sent is sent (status_reason success); nothing fails on the way',
    },
    {
      op: 'sendFax',
      rule: "'Faxes sent through the API will first use the account-level page pool, if available. If no page pool is available, pages meter individually. Unlimited faxing does not apply to faxes sent through the API.'",
      notEnforced: 'no page pool is modeled: every page is metered (the charges report shows unlimited false and every page charged)',
    },
    { op: 'sendFax', rule: 'Prerequisites: Business or Enterprise account, Zoom Phone license', notEnforced: NO_PLANS },
    {
      op: 'getAccountsFaxLogs',
      rule: "'Returns the account's fax logs': the account's own, none of another account's",
      enforced: { file: T, test: "another account sees nothing of the account's faxes and changes none" },
    },
    {
      op: 'getAccountsFaxLogs',
      rule: "every field the page lists, from the fax's state (receiver_extension_type in the account list's words: call_queue, …); total_records 'The total number of matching fax logs'",
      enforced: { file: T, test: 'an inbound fax shows in the account logs, the extension logs, the details and its PDF download' },
    },
    {
      op: 'getAccountsFaxLogs',
      rule: "page_size (Zoom's pagination convention; at most 300) and next_page_token; from/to (yyyy-mm-dd or a date-time; the page lists no parameters, Zoom's clients send them): optional bounds of create_time, no default and no maximum range (none is documented)",
      enforced: { file: T, test: 'the lists page by next_page_token and filter by from/to' },
    },
    { op: 'getAccountsFaxLogs', rule: 'Prerequisites: Business or Enterprise account, Zoom Phone license', notEnforced: NO_PLANS },
    {
      op: 'getExtensionsFaxLogs',
      rule: "'Returns the extension's fax logs': the logs the extension owns (sent from it, received by it)",
      enforced: { file: T, test: 'an inbound fax shows in the account logs, the extension logs, the details and its PDF download' },
    },
    { op: 'getExtensionsFaxLogs', rule: "'404 Not Found' for an extension the account does not have", enforced: { file: T, test: 'an extension the account does not have is not found' } },
    { op: 'getExtensionsFaxLogs', rule: 'page_size, next_page_token, from/to as on the account list', enforced: { file: T, test: 'the lists page by next_page_token and filter by from/to' } },
    {
      op: 'getFaxLogDetails',
      rule: "the fax log's details: one workflow event (node 0, 'which start from 0'), retry_times 0, status_reason success",
      enforced: { file: T, test: 'an inbound fax shows in the account logs, the extension logs, the details and its PDF download' },
    },
    { op: 'getFaxLogDetails', rule: "40401 'Fax log not found' (unknown, deleted, or another account's)", enforced: { file: T, test: 'delete: the log leaves every view' } },
    {
      op: 'updateFaxLogReadStatus',
      rule: "'Updates the read status of a specific fax log' (read_status read or unread: the page shows no body, its error names the field); 400201 'The read status is invalid.' for anything else",
      enforced: { file: T, test: 'read status: read and unread as the details and lists show' },
    },
    { op: 'updateFaxLogReadStatus', rule: "400001 'Fax log not found for faxLogId.'", enforced: { file: T, test: 'an invalid status or unknown log is refused' } },
    {
      op: 'deleteFaxLog',
      rule: "'Deletes a specific fax log': gone from every list, the details and the download; a second delete is 404 400001; the fax stays billed in the charges report",
      enforced: { file: T, test: 'delete: the log leaves every view' },
    },
    { op: 'downloadFaxFile', rule: "'Downloads the fax file': the PDF document of the fax, its page count the log's file_pages_count", enforced: { file: T, test: 'its PDF download' } },
    { op: 'downloadFaxFile', rule: "40402 'Fax file not found for fileId' for a file that is not the log's", enforced: { file: T, test: "a file id that is not the log's is not found" } },
    {
      op: 'getFaxChargesUsageReport',
      rule: "'monthly Zoom phone fax charges': from/to (yyyy-mm-dd), the current month when left out; 'Invalid from/to time.' for a date that is none or from after to",
      enforced: { file: T, test: "the fax charges report: the month's faxes sent" },
    },
    {
      op: 'getFaxChargesUsageReport',
      rule: "charge_status 'pending' ('determined at the end of the billing cycle', the month) and then 'calculated' with charged_pages and total_charge; charge_mode per_page; fax_type local or international by the numbers' countries; rates in rates.ts (the example's 0.0406 for international pages, the rest the sandbox's choice)",
      enforced: { file: T, test: 'pending until the billing cycle ends, then calculated at their rate' },
    },
    { op: 'getFaxChargesUsageReport', rule: 'Prerequisites: Pro or a higher plan, a Zoom Phone plan', notEnforced: NO_PLANS },
  ],
  unreachable: {
    getFaxChargesUsageReport: {
      accountDoesNotExist: "the report's path names no account: it is the caller's own, which exists for its token to be valid",
    },
  },
});
