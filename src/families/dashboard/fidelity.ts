// What the dashboard pages state in words, whether the server holds to it, and
// why (rendered into docs/fidelity.md by `npm run coverage`). The dashboard's
// rows are its own, written as each call ends ('calls.completed'); its QoS
// figures are GENERATED from a hash of the call's id (qos.ts).
import { defineFidelity } from '../../kit/fidelity.ts';

const T = 'test/families/dashboard/dashboard.test.ts';
const IPS = { file: T, test: "devices' IP addresses show in every call view only while the account's show_device_ip_for_call_log is on" };
const SHOWN = { file: T, test: 'a call shows in both lists, in its details and in its QoS, the dashboard call id being the call id' };
const QOS = { file: T, test: 'QoS is generated from the call, the same on every read; a call that never connected has none' };
const FILTERS = { file: T, test: 'filters: quality, direction, duration, phone number, extension number, site, department and cost center' };
const WINDOWS = { file: T, test: 'date windows: the past 30 days by default, a month at most, to required with from' };
const PAGES = { file: T, test: 'pages: newest first, keyset pages bound to the query, total_records' };
const ACCOUNT = { file: T, test: "a call the account does not have is not found; another account sees none of the account's calls" };
const DIRECTIONS = { file: T, test: 'directions: past calls say inbound, outbound or internal; call logs say internal or outbound' };
const NO_PLANS = "the sandbox does not model account plans or licenses: a token whose scopes allow the call acts as the account's admin";

export default defineFidelity({
  rules: [
    // ---- listCallLogs ---------------------------------------------------------------------------
    { op: 'listCallLogs', rule: "'a record of all incoming and outgoing calls over Zoom Phone in an account': one entry per call the simulator completed, the account's only", enforced: ACCOUNT },
    { op: 'listCallLogs', rule: "call_id: 'The unique identifier of the phone call' — the call's id, the same the call logs and call history show", enforced: SHOWN },
    { op: 'listCallLogs', rule: "direction: 'The value of this field can be either internal or outbound' — a call with the public network, either way, is outbound", enforced: DIRECTIONS },
    { op: 'listCallLogs', rule: "duration: 'The duration of the full call in seconds'; date_time: 'The date and time when the call started'", enforced: SHOWN },
    { op: 'listCallLogs', rule: "mos: 'Zoom uses MOS as the main measurement to report on voice quality' — GENERATED: the mean of the call's generated QoS samples; absent for a call no voice ever flowed on", enforced: SHOWN },
    { op: 'listCallLogs', rule: "caller/callee codec, device_type, headset, microphone, isp: GENERATED per extension (a hash of its id), the same phone for the same extension; an outside end shows its number and PCMU only", enforced: SHOWN },
    { op: 'listCallLogs', rule: "device_private_ip / device_public_ip: shown 'if the account has the show_device_ip_for_call_log parameter set to enabled' (updatePhoneAccountSettings; on in the demo, off in a new account), from 10.0.0.0/8 and the documentation range 203.0.113.0/24", enforced: IPS },
    { op: 'listPastCallMetrics', rule: "device_private_ip / device_public_ip: shown 'if the account has the show_device_ip_for_call_log parameter set to enabled' (updatePhoneAccountSettings; on in the demo, off in a new account), from 10.0.0.0/8 and the documentation range 203.0.113.0/24", enforced: IPS },
    { op: 'getCallDetailsFromCallLog', rule: "device_private_ip / device_public_ip: shown 'if the account has the show_device_ip_for_call_log parameter set to enabled' (updatePhoneAccountSettings; on in the demo, off in a new account), from 10.0.0.0/8 and the documentation range 203.0.113.0/24", enforced: IPS },
    { op: 'getCallQoS', rule: "device_private_ip / device_public_ip: shown 'if the account has the show_device_ip_for_call_log parameter set to enabled' (updatePhoneAccountSettings; on in the demo, off in a new account), from 10.0.0.0/8 and the documentation range 203.0.113.0/24", enforced: IPS },
    { op: 'listCallLogs', rule: "quality_type (Zoom's parameter text): good is a MOS ≥ 3.5, bad below (a call that never carried voice has no MOS and is neither), all no filter; another word is refused", enforced: FILTERS },
    { op: 'listCallLogs', rule: "site_id: 'filter the response … by call logs of a specific phone site' — either end's site", enforced: FILTERS },
    { op: 'listCallLogs', rule: "from/to (Zoom's parameter text): yyyy-mm-dd or yyyy-MM-dd'T'HH:mm:ss'Z'; 'should be a month'; to 'Required only when the from parameter is specified'; 'If unspecified, returns data from the past 30 days'", enforced: WINDOWS },
    { op: 'listCallLogs', rule: "from/to of the answer: 'The start time and date of the report' / 'The end time and date of the report': the window read", enforced: WINDOWS },
    { op: 'listCallLogs', rule: "next_page_token: 'returned whenever the set of available results exceeds the current page size', bound to the query; page_size at most 300; total_records", enforced: PAGES },
    { op: 'listCallLogs', rule: "The callee shown is who took the call in the end (the last person, or outside phone, that answered), else the party first dialled (the sandbox's reading: the page does not say)", enforced: DIRECTIONS },
    { op: 'listCallLogs', rule: "Prerequisites: 'Business or Education account', 'Zoom Phone license'", notEnforced: NO_PLANS },
    // ---- getCallDetailsFromCallLog ---------------------------------------------------------------------
    { op: 'getCallDetailsFromCallLog', rule: "'Returns call log details of a specific call': call_id is the call's id; a call the account does not have is not found (no documented error: 404/300)", enforced: ACCOUNT },
    { op: 'getCallDetailsFromCallLog', rule: "caller/callee id, display_name, extension_type (user, callQueue, autoReceptionist, sharedLineGroup): the extension's, absent outside the account and for extension kinds the list lacks", enforced: SHOWN },
    { op: 'getCallDetailsFromCallLog', rule: "direction: 'either internal or outbound'; duration 'in seconds'; mos as the lists show it", enforced: SHOWN },
    { op: 'getCallDetailsFromCallLog', rule: "Prerequisites: 'Business, or Education account', 'Zoom Phone license'", notEnforced: NO_PLANS },
    // ---- getCallQoS ---------------------------------------------------------------------------------
    { op: 'getCallQoS', rule: "'Gets the call quality of service (QoS) data for a call … in the account': GENERATED figures (no audio flows through the simulator), from a hash of the call's id, the same on every read", enforced: QOS },
    { op: 'getCallQoS', rule: 'receiving / sending of caller and callee: one sample as voice starts and one a minute after, over each span the call carried voice (answered legs, a voicemail left), at most 120; none for a call that never connected', enforced: SHOWN },
    { op: 'getCallQoS', rule: "avg_loss / max_loss (%), jitter (ms), network_delay (ms), bitrate (kbps), mos (1 to 5; 'greater than or equal to 3.5 means good quality'): each sample's, worse loss, jitter and delay as the MOS falls; G.711 at 64 kbps on the public network", enforced: QOS },
    { op: 'getCallQoS', rule: 'The lists\' mos is the mean of every sample of the call', enforced: SHOWN },
    { op: 'getCallQoS', rule: 'A call the account does not have is not found (the page documents no error: 404/300)', enforced: ACCOUNT },
    { op: 'getCallQoS', rule: "Prerequisites: 'Business, or Education account', 'Zoom Phone license'", notEnforced: NO_PLANS },
    // ---- listPastCallMetrics ------------------------------------------------------------------------
    { op: 'listPastCallMetrics', rule: "'Returns all the call logs metrics of the account from the selected time period': the account's calls, none of another's", enforced: ACCOUNT },
    { op: 'listPastCallMetrics', rule: "direction: 'inbound', 'outbound', 'internal'", enforced: DIRECTIONS },
    { op: 'listPastCallMetrics', rule: 'phone_number / extension_number (either end; a phone number with or without its +), department / cost_center (of either end\'s user as the call\'s day had them), site_id (either end), directions, quality_type (good ≥ 3.5, bad below): each narrows, all ANDed', enforced: FILTERS },
    { op: 'listPastCallMetrics', rule: "durations (the SDK's 0 | 1 | 2 | 3, no words on the page): the sandbox's buckets of the whole call — 0 under a minute, 1 one to five minutes, 2 five to thirty, 3 thirty or more", enforced: FILTERS },
    { op: 'listPastCallMetrics', rule: "from/to (Zoom's parameter text): 'If unspecified, returns data from the past 30 days', 'should be a month', to required with from", enforced: WINDOWS },
    { op: 'listPastCallMetrics', rule: 'Pages newest first, bound to the query; total_records; page_size at most 300', enforced: PAGES },
    { op: 'listPastCallMetrics', rule: "Prerequisites: 'Business, or Education account', 'Zoom Phone license'", notEnforced: NO_PLANS },
  ],
  unreachable: {},
});
