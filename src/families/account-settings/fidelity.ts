// What the account settings pages (Get/Update phone account settings, List an account's
// Zoom Phone settings, Get group phone settings) state in words, whether the server holds
// to it, and why (rendered into docs/fidelity.md by `npm run coverage`).
import { defineFidelity } from '../../kit/fidelity.ts';

const T = 'test/families/account-settings/account-settings.test.ts';
const t = (test: string) => ({ file: T, test });
const INHERITANCE = 'test/families/account-settings/inheritance.test.ts';

const NO_PLANS = "the sandbox does not model account plans or licenses: a token whose scopes allow the call acts as the account's admin";
const PHONE_ON = 'every sandbox account has Zoom Phone enabled: no account can be drawn out without it';
const DEFAULTS =
  'The pages give no value for a new account: the sandbox shows a new Business account (calling, SMS, voicemail, transfers, mobile and web clients on; recording, encryption, restrictions and add-ons off; nothing locked, locked_by invalid; see rules.ts ACCOUNT_DEFAULTS)';

export default defineFidelity({
  rules: [
    { op: 'getPhoneAccountSettings', rule: "'Returns an account's settings': multiple_sites, billing_account (with its name), byoc, country, show_device_ip_for_call_log as the account set them", enforced: t("the demo account shows multiple sites with site codes, its billing account and its country") },
    { op: 'getPhoneAccountSettings', rule: "multiple_sites.enabled: switched on by updatePhoneAccountSettings, or the account has more than one site (an account that never set it reads as before); site_code reads off while multiple sites are off", enforced: t('multiple sites switched on with one site: the site-level rules read the stored switch') },
    { op: 'getPhoneAccountSettings', rule: "A new account: multiple sites and site code off, BYOC and device IPs off, no billing account; country: its main site's (none without a site)", enforced: t('a new account reads the defaults') },
    { op: 'getPhoneAccountSettings', rule: "multiple_party_conference: the sandbox shows it on for every account (no operation changes it; the page gives no default)", enforced: t('a new account reads the defaults') },
    { op: 'getPhoneAccountSettings', rule: 'Prerequisites: A Business or Enterprise account; a Zoom Phone license', notEnforced: NO_PLANS },

    { op: 'updatePhoneAccountSettings', rule: 'The fields given change and the others stay; an empty body changes nothing; concurrent updates apply one after another (the account row locked)', enforced: t('concurrent updates of different switches all survive') },
    { op: 'updatePhoneAccountSettings', rule: "412 'Disable multiple sites after deleting other sites.' when multiple_sites.enabled is set false while the account has more than one site; nothing changes", enforced: t('multiple sites cannot be switched off while the account has other sites') },
    { op: 'updatePhoneAccountSettings', rule: "Multiple sites switched off while sites are being added: the switch and each new site wait for one another (the account's settings row held), so the option is never off with more than one site", enforced: t('sites added while multiple sites are switched off: one waits for the other, never two sites with the option off') },
    { op: 'updatePhoneAccountSettings', rule: "The stored switch is what every multiple-sites rule reads (setting templates, customized outbound caller ID, desk phones, numbers, site settings: account-settings' multipleSitesEnabled)", enforced: t('multiple sites switched on with one site: the site-level rules read the stored switch') },
    { op: 'updatePhoneAccountSettings', rule: "site_code.enable: 'You must enable multiple sites before you can set this value to true' (400/300, undocumented)", enforced: t('site code needs multiple sites and a short extension length') },
    { op: 'updatePhoneAccountSettings', rule: "short_extension_length: 'must be configured before you can set the site code to true'; 'The range is [2, 5]' (400/300, undocumented); turning multiple sites off turns the site code off", enforced: t('site code needs multiple sites and a short extension length') },
    { op: 'updatePhoneAccountSettings', rule: "short_extension_length range '[2, 10] if the account's 15-Digit Max Length Extensions feature is enabled'", notEnforced: 'no sandbox account has the 15-digit extensions feature: the range is always [2, 5]' },
    { op: 'updatePhoneAccountSettings', rule: "billing_account.id: one of the account's billing accounts (billing family), else 400/300 (undocumented); shown with its name", enforced: t("the account's billing account is one of its own") },
    { op: 'updatePhoneAccountSettings', rule: "byoc: 'Only master account owners can use this MA API to enable BYOC option for a sub account' (scope phone:master)", notEnforced: "the sandbox keeps byoc.enable as set for the calling account: /phone/settings names no sub account, and the phone:master scope is not modelled" },
    { op: 'updatePhoneAccountSettings', rule: "show_device_ip_for_call_log: 'allows ... to show device_public_ip and device_private_ip': the Dashboard's call views (/phone/metrics/call_logs, its details and QoS, /phone/metrics/past_calls) show them only while it is on", enforced: { file: 'test/families/dashboard/dashboard.test.ts', test: "devices' IP addresses show in every call view only while the account's show_device_ip_for_call_log is on" } },
    { op: 'updatePhoneAccountSettings', rule: "show_device_ip_for_call_log for /phone/call_logs and /phone/call_logs/{callLogId}", notEnforced: "the call-logs family's records carry no device IP (the simulator gives the Dashboard's generated devices their addresses, not the call logs), so those never show one either way" },
    { op: 'updatePhoneAccountSettings', rule: "An account's settings are its own: another account neither sees nor changes them", enforced: t("another account neither sees nor changes the account's settings") },
    { op: 'updatePhoneAccountSettings', rule: 'Prerequisites: A Business or Enterprise account', notEnforced: NO_PLANS },

    { op: 'listAnAccountsZoomPhoneSettings', rule: "'Returns an account's Zoom Phone settings': every documented setting type (66) in its documented shape", enforced: t('the account settings document has every documented setting type') },
    { op: 'listAnAccountsZoomPhoneSettings', rule: DEFAULTS, enforced: t('the account settings document has every documented setting type') },
    { op: 'listAnAccountsZoomPhoneSettings', rule: "locked / locked_by: a setting the account locked shows locked_by 'account', any other 'invalid'", enforced: t("the demo account's document shows its changes") },
    { op: 'listAnAccountsZoomPhoneSettings', rule: "setting_types: the comma separated types asked for only (blank: all); an unknown one is 400/400 'Setting type(s) supplied in query parameter setting_types is invalid.'", enforced: t('setting_types picks the setting types asked for') },
    { op: 'listAnAccountsZoomPhoneSettings', rule: "No operation of the contract changes the document's account-level values (an admin does, in Zoom's web portal): the control plane's PATCH /_sandbox/accounts/{id}/phone_settings stands in for the portal (values, locked, reset); unknown setting types and values the document cannot hold are refused, changing nothing", enforced: { file: INHERITANCE, test: "the control plane refuses unknown setting types and values the document cannot hold, and changes nothing; another account's document is its own" } },
    { op: 'listAnAccountsZoomPhoneSettings', rule: "The document is what the account's sites (getPhoneSiteDetails) and through them its users (getAUsersProfile), auto receptionists, call queues, common areas and Zoom Rooms inherit; a setting it locks is the account's at every level below", enforced: { file: INHERITANCE, test: 'what the account locks shows locked by the account at its sites and users, over their own changes, and cannot be changed below it' } },
    { op: 'listAnAccountsZoomPhoneSettings', rule: 'Prerequisites: A Business or Enterprise account; a Zoom Phone license', notEnforced: NO_PLANS },

    { op: 'getGroupPhoneSettings', rule: "Every documented setting type (57); each the account's value and lock (account → group), modified false: no operation of the contract changes a group's own value of these", enforced: t("a group's settings inherit the account's values and locks") },
    { op: 'getGroupPhoneSettings', rule: "allow_emergency_calls: the policy framework's (policies family): the group's own change shows modified, a lock set at the account holds (locked_by account)", enforced: t("a group's allow_emergency_calls is the policy framework's") },
    { op: 'getGroupPhoneSettings', rule: "setting_types: only the types asked for; unknown ones are 400/400 'Setting type(s) `{settingTypes}` supplied in query parameter setting_types is invalid', naming them", enforced: t('unknown setting types are named') },
    { op: 'getGroupPhoneSettings', rule: "404/2040 'User group does not exist: {groupId}.' for a group the account does not have (another account's too)", enforced: t('a group the account does not have is refused') },
    { op: 'getGroupPhoneSettings', rule: "Setting types the group page has and the account's does not (zoom_phone_on_desktop) and fields only the group shows: the sandbox's defaults (rules.ts GROUP_EXTRAS)", enforced: t("a group's settings inherit the account's values and locks") },
  ],
  unreachable: {
    getPhoneAccountSettings: { zoomPhoneHasNotBeenEnabled: PHONE_ON },
    updatePhoneAccountSettings: {
      zoomPhoneHasNotBeenEnabled: PHONE_ON,
      accountDoesNotExist: "the caller's account is the token's, which exists: a token of a removed account answers the guard's 401/124 'Invalid access token.' first",
    },
    getGroupPhoneSettings: { accountDoesNotExist: "the caller's account is the token's, which exists: the path names no account" },
  },
});
