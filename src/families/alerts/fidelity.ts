// What the Alerts pages state in words, whether the server holds to it, and why
// (rendered into docs/fidelity.md by `npm run coverage`).
import { defineFidelity } from '../../kit/fidelity.ts';

const T = 'test/families/alerts/alerts.test.ts';
const t = (test: string) => ({ file: T, test });

const NO_PLANS = "the sandbox does not model account plans, licences or admin roles: a token whose scopes allow the call acts as the account's owner";
const PREREQUISITES = "Prerequisites: 'Pro or a higher account with Zoom Phone license'; 'Account owner or admin permissions'";
const PERMISSION = "'You do not have permission.' (400/403): the caller always acts as the account's owner (" + NO_PLANS + ')';
const SAME_WORDS_EMAILS = "the page lists 13023 with the words of 13007 and no rule of its own; too many email recipients answer 13007";
const SAME_WORDS_CHATS = "the page lists 13024 with the words of 13008 and no rule of its own; too many chat channels answer 13008";

export default defineFidelity({
  rules: [
    { op: 'listAlertSettingsWithPagingQuery', rule: "'Gets alert settings for an account': the account's own, none of another account's", enforced: t("another account neither sees nor changes the account's alerts") },
    {
      op: 'listAlertSettingsWithPagingQuery',
      rule: 'Each item: id, name, module, rule, rule_conditions, targets (target_name), time frame, frequency, email_recipients, chat_channels (modules 1-4), status, in the order added',
      enforced: t('the demo account lists its two seeded alert settings, each shown with its target'),
    },
    { op: 'listAlertSettingsWithPagingQuery', rule: "module, rule and status filters (the SDK's query parameters); a rule the module does not have: 'The module:{0} does not support this rule:{1}.' (13012)", enforced: t('the list pages by next_page_token and filters by module, rule and status') },
    { op: 'listAlertSettingsWithPagingQuery', rule: "page_size (at most 300) and next_page_token, bound to the filters it was given with", enforced: t('the list pages by next_page_token and filters by module, rule and status') },
    { op: 'listAlertSettingsWithPagingQuery', rule: PREREQUISITES, notEnforced: NO_PLANS },

    { op: 'addAnAlertSetting', rule: "'Adds an alert setting': every field kept as given (the name trimmed); 201 answers its id and name; status left out is 1 (active)", enforced: t('an alert on a call queue is added, listed and shown as given') },
    { op: 'addAnAlertSetting', rule: 'alert_setting_name, module, rule, rule_conditions, target_type and the time frame are required (400/300); a blank name is 400/300', enforced: t('a rule the module does not have, or a target type the rule does not watch, is refused and adds nothing') },
    {
      op: 'addAnAlertSetting',
      rule: "'When the value of the module is 1, the value of rule can only be in the range of 1 to 8' … module 5 rule 14: otherwise 13012; a module outside 1-5 is 'The value of alert field:module is invalid.' (13018)",
      enforced: t('a rule the module does not have, or a target type the rule does not watch, is refused and adds nothing'),
    },
    {
      op: 'addAnAlertSetting',
      rule: "target_ids: rules 1-8 a Call Queue (its extension ID), 9 the Account, 10 the Account or Devices, 11 Devices, 12 and 14 a Site, 13 Users (extension IDs); another target type is 13013",
      enforced: t('a rule the module does not have, or a target type the rule does not watch, is refused and adds nothing'),
    },
    {
      op: 'addAnAlertSetting',
      rule: "How many targets: 'the number of Call Queue is 1' (read as exactly one), 'the number of Site is 1', Devices and Users 'up to 5'; the Account needs no target_ids ('This field doesn't need a specified value'); otherwise 'The number of target is invalid.' (13006)",
      enforced: t("targets must be the account's own, of the kind the rule watches, in the number it takes"),
    },
    {
      op: 'addAnAlertSetting',
      rule: "A target the account does not have as that kind (a user's extension given as a queue, another account's queue, an unknown device): 'The target id:{0} is invalid.' (13014); checked with the owners (extensions, sites, phone-devices)",
      enforced: t("targets must be the account's own, of the kind the rule watches, in the number it takes"),
    },
    {
      op: 'addAnAlertSetting',
      rule: "Condition types: Threshold for Service Level; Warning or Critical for rules 1-8, 12, 13; Alert for rules 10 and 11; Severity for rules 9 and 14. Another type is 13015; a type twice 13020; Service Level without its Threshold, or a rule without one of Warning/Critical (or its Alert / Severity), 13016",
      enforced: t('conditions are checked against the rule: types, duplicates, missing ones, values and their limits'),
    },
    {
      op: 'addAnAlertSetting',
      rule: "Values: Threshold 15, 30, 60, 120, 180, 240, 300; Warning/Critical 1-100 (percent) for rules 1, 2, 3, 5, 7, 8, 12, the listed seconds (10 … 1800) for rule 4, 0-5 for QoS; Alert 5, 10, 15, 30, 60; Severity Warning or Critical; otherwise 13017. Number of Waiting Calls (no range documented): 1 to 100 calls",
      enforced: t('conditions are checked against the rule: types, duplicates, missing ones, values and their limits'),
    },
    { op: 'addAnAlertSetting', rule: "'The rule condition value can not be same.' (13021): Warning and Critical of one value", enforced: t('conditions are checked against the rule: types, duplicates, missing ones, values and their limits') },
    {
      op: 'addAnAlertSetting',
      rule: "Time frame 'in HH:mm:ss format … either at the whole hour or at half past the hour'; an empty frame (from = to) refused; otherwise 13018 naming the field. 'When the time_frame_type is all_day, the value is 00:00:00': kept and shown so, whatever was given. A frame whose end is before its start runs past midnight",
      enforced: t('a time frame is on the hour or half past; all day is shown from midnight to midnight'),
    },
    {
      op: 'addAnAlertSetting',
      rule: "'The number of the emails is up to 10' (13007), 'The number of the chat channels is up to 3' (13008); an address that is not one, or a channel without an http(s) end point, 13018",
      enforced: t('recipients: up to 10 email addresses and 3 chat channels; none for emergency alerts'),
    },
    {
      op: 'addAnAlertSetting',
      rule: "chat_channels and frequency apply to modules 1-4 only: given for Emergency Services Management, 'Invalid parameters.' (13010)",
      enforced: t('recipients: up to 10 email addresses and 3 chat channels; none for emergency alerts'),
    },
    {
      op: 'addAnAlertSetting',
      rule: "'Alert rule on this target already exists.' (13004): one alert of a rule on a target; 'This alert can only be set up once.' (13005) for an Account alert; decided by a unique index, so concurrent adds cannot both win",
      enforced: t('one alert of a rule on a target; an account alert can only be set up once'),
    },
    { op: 'addAnAlertSetting', rule: 'A lost race of two adds of one rule on one target is 13004, never a 500', enforced: t('concurrent adds of one rule on one target: one wins, the others are refused') },
    {
      op: 'addAnAlertSetting',
      rule: "'Alerts of rule 7 or rule 8 cannot exceed 30 in number' (both rules counted together, under a lock of the account's count): 13022",
      enforced: t('alerts of rules 7 and 8 together cannot exceed 30'),
    },
    {
      op: 'addAnAlertSetting',
      rule: "What an alert does when its condition is met by simulated calls: a call queue's Service Level, Abandoned, Overflowed, Avg Waiting Time, Forwarded to Voicemail (over the last `frequency` minutes, 5 when not set) and Number of Waiting Calls (at a caller's arrival) are measured as each call ends; reached in the time frame (read in the queue's time zone, UTC without one), the alert is recorded (alerts' public firedAlerts), once a level per `frequency` minutes. Zoom sends no webhook for these alerts",
      enforced: t('calls that wait too long in a watched queue fire its alert, once a level per frequency, in its time frame'),
    },
    { op: 'addAnAlertSetting', rule: 'Inbound Abandoned Calls measured from simulated calls; an inactive alert (status 0) fires nothing', enforced: t('abandoned calls fire an abandoned-calls alert while it is active; an inactive alert fires nothing') },
    { op: 'addAnAlertSetting', rule: 'Service Level: the share of calls answered within the Threshold seconds; it alerts when it falls to or below Warning / Critical', enforced: t('calls answered after the threshold bring the service level down and fire a service-level alert') },
    { op: 'addAnAlertSetting', rule: 'Number of Waiting Calls: the callers waiting in the queue as one arrives', enforced: t('calls waiting in a watched queue at the same time fire a waiting-calls alert') },
    { op: 'addAnAlertSetting', rule: 'Inbound Forwarded to Voicemail: calls the queue sent to its voicemail', enforced: t('calls a queue sends to its voicemail fire a forwarded-to-voicemail alert') },
    {
      op: 'addAnAlertSetting',
      rule: "Member Availability, Route groups status change, Devices go offline / online, Device offline rate, QoS Alert: nothing the simulator does changes them, so they never fire",
      notEnforced: 'the sandbox simulates no member sign-in, route group, device connectivity or call quality change',
    },
    {
      op: 'addAnAlertSetting',
      rule: "Emergency Call Alert: an emergency call (911, 933, 112) a user or common area of the watched site places through the simulator and that reaches emergency services is recorded as a fired alert at the alert's Severity, one per call (no frequency), in the time frame read in the site's time zone; a call refused by allow_emergency_calls, a call from another site or an inactive alert fires nothing (phone.emergency_alert is sent for the call whatever the alerts: test/events/emergency.test.ts)",
      enforced: { file: 'test/families/alerts/emergency.test.ts', test: 'an emergency call placed from the main site fires the demo emergency call alert, at its Severity' },
    },
    {
      op: 'addAnAlertSetting',
      rule: "Emergency Call Alert: what fires it is the sandbox's reading — a refused call, another site's call and an inactive alert fire nothing; the time frame is read in the site's time zone",
      enforced: { file: 'test/families/alerts/emergency.test.ts', test: "an emergency call alert fires in its time frame only, read in the site's time zone" },
    },
    { op: 'addAnAlertSetting', rule: 'Email recipients and chat channels are told of a fired alert', notEnforced: 'the sandbox sends no email and posts to no chat channel; the fired alert is recorded only' },
    { op: 'addAnAlertSetting', rule: PREREQUISITES, notEnforced: NO_PLANS },

    {
      op: 'getAlertSettingDetails',
      rule: "Details: the list's fields and each target's id, name, type, extension number and site (queues, users), and a device's site and assignees (extension id, number, type, name); an Account target is the account (its id and name)",
      enforced: t("targets must be the account's own, of the kind the rule watches, in the number it takes"),
    },
    { op: 'getAlertSettingDetails', rule: "'The alert setting does not exist, alertSettingId:{0}.' (404/13003), another account's too", enforced: t('a deleted alert is gone; deleting it again answers the documented error') },
    { op: 'getAlertSettingDetails', rule: 'A device target the account no longer has is not shown (phone-devices publishes no event when a device is deleted)', enforced: t('a device deleted is no longer shown among the targets of a device alert') },
    { op: 'getAlertSettingDetails', rule: PREREQUISITES, notEnforced: NO_PLANS },

    { op: 'updateAnAlertSetting', rule: "'Updates information of an Alert setting': the fields given change, the others stay; an empty body changes nothing; rule_conditions given replace the conditions", enforced: t('an update changes what it names and keeps the rest') },
    {
      op: 'updateAnAlertSetting',
      rule: "The add page's rules for conditions, time frame and addresses hold; the update page documents none of its codes for them, so its 'Invalid parameters.' (13010) answers; 13006, 13007, 13008, 13014 and 400/300 as documented; nothing changes",
      enforced: t('an update refused for its input changes nothing'),
    },
    {
      op: 'updateAnAlertSetting',
      rule: "target_ids change only for Devices go offline (not an Account alert), Devices go online and QoS Alert, up to 5 ('can be updated incrementally': the list given becomes the targets); for other rules 13010",
      enforced: t('the targets of device and QoS alerts can be changed by an update, within their number'),
    },
    { op: 'updateAnAlertSetting', rule: "A target another alert of the rule watches: add's 'Alert rule on this target already exists.' (13004, undocumented here)", enforced: t('the targets of device and QoS alerts can be changed by an update, within their number') },
    { op: 'updateAnAlertSetting', rule: "'The alert setting does not exist, alertSettingId:{0}.' (404/13003), another account's too", enforced: t("another account neither sees nor changes the account's alerts") },
    { op: 'updateAnAlertSetting', rule: PREREQUISITES, notEnforced: NO_PLANS },

    { op: 'deleteAnAlertSetting', rule: "'Deletes an alert setting': gone from the list and the details, with what it fired; its rule on its target is free again", enforced: t('a deleted alert is gone; deleting it again answers the documented error') },
    { op: 'deleteAnAlertSetting', rule: "'The alert setting does not exist, alertSettingId:{0}.' (404/13003) for an id the account does not have", enforced: t('a deleted alert is gone; deleting it again answers the documented error') },
    {
      op: 'deleteAnAlertSetting',
      rule: 'The pages say nothing of a target leaving the account: a queue deleted, a user taken out of Zoom Phone (its extension released) or a site deleted leaves the alerts that watched it, and an alert left with no target is deleted',
      enforced: t('a call queue deleted or a site deleted takes the alerts that watched it'),
    },
    { op: 'deleteAnAlertSetting', rule: 'A user taken out of Zoom Phone leaves its QoS alerts', enforced: t('a user taken out of Zoom Phone leaves the QoS alerts that watched it') },
    { op: 'deleteAnAlertSetting', rule: PREREQUISITES, notEnforced: NO_PLANS },
  ],
  unreachable: {
    listAlertSettingsWithPagingQuery: {
      onlyPowerPackUserCanGet: 'the sandbox models no Power Pack licence: ' + NO_PLANS,
      nonSuperAdminCanOnlyList: NO_PLANS,
      currentOperationIsNotAllowedPlease: 'no account of the sandbox is barred from alerts',
      youDoNotHavePermission: PERMISSION,
      accountDoesNotExist: 'a token belongs to an account that exists; an unknown or revoked token answers 401/124 "Invalid access token." before the handler',
    },
    addAnAlertSetting: {
      failToCreateAlert: 'a server-side failure with no rule behind it; the sandbox does not inject it here',
      youDoNotHavePermission: PERMISSION,
      groupDoesNotExistGroupId: 'the body names no group: no field of the page carries a group id',
      numberOfEmailRecipientsIsInvalid13023: SAME_WORDS_EMAILS,
      numberOfChatChannelsIsInvalid13024: SAME_WORDS_CHATS,
    },
    getAlertSettingDetails: { youDoNotHavePermission: PERMISSION },
    updateAnAlertSetting: {
      specifiedExtensionIsInThePrivate: "the caller acts as the account's owner, who sees every member of the private directory",
      youDoNotHavePermission: PERMISSION,
      numberOfEmailRecipientsIsInvalid13023: SAME_WORDS_EMAILS,
      numberOfChatChannelsIsInvalid13024: SAME_WORDS_CHATS,
    },
    deleteAnAlertSetting: { youDoNotHavePermission: PERMISSION },
  },
});
