// What the site setting pages (Get a phone site setting, Add, Update and Delete a site
// setting) state in words, whether the server holds to it, and why (rendered into
// docs/fidelity.md by `npm run coverage`).
import { defineFidelity } from '../../kit/fidelity.ts';

const T = 'test/families/site-settings/site-settings.test.ts';
const t = (test: string) => ({ file: T, test });

const NO_PLANS = "the sandbox does not model account plans or licenses: a token whose scopes allow the call acts as the account's admin";
const PLAN = "Prerequisites: 'Account must have a Pro or a higher plan with Zoom Phone license'";
const MULTIPLE = "Prerequisites: 'Multiple sites must be enabled': an account with the option off (account-settings' multipleSitesEnabled) is refused 400/300 'Validation Failed. Multiple Site is disabled.' (undocumented)";
const MISSING = "A site the account does not have (another account's too) answers the page's 'Site does not exist.' error";

export default defineFidelity({
  rules: [
    { op: 'getAPhoneSiteSetting', rule: "'Gets the site setting ... according to the setting type': the path's type only, in the documented shape; general_setting under desk_phone, where the document keeps it", enforced: t('a site that changed nothing reads the defaults of every setting type') },
    { op: 'getAPhoneSiteSetting', rule: "Defaults the pages give: general_setting.setting_type 'account_setting', hot desking unit 'hours', custom_hour_type 1 (24 hours, 7 days); the rest the sandbox's (rules.ts SITE_DEFAULTS: 8 hours, overflow to voicemail, dial by name inherited, routing and caller ID options off, no device types)", enforced: t('a site that changed nothing reads the defaults of every setting type') },
    { op: 'getAPhoneSiteSetting', rule: "billing_account: the site's own (billing family), else the account's (updatePhoneAccountSettings), either only while the site may use it; none: {}", enforced: t("a site's billing account: its own when usable at the site, else the account's") },
    { op: 'getAPhoneSiteSetting', rule: "audio_prompt: each item with its id ('marked with a prefix' removed_ once removed from its library, audio-library) and name; language en-GB for a United Kingdom site, en-US otherwise, until set", enforced: t("audio prompts name the account's audio items") },
    { op: 'getAPhoneSiteSetting', rule: "overflow operator: the extension's display_name, extension_id, extension_number and extension_type (left out once the extension is gone)", enforced: t('overflow operators are extensions of the account') },
    { op: 'getAPhoneSiteSetting', rule: "400/400 'Site does not exist.' — " + MISSING, enforced: t('a site the account does not have, or a setting type the pages do not name, is refused') },
    { op: 'getAPhoneSiteSetting', rule: 'A setting type the pages do not name: 400/300 (undocumented)', enforced: t('a site the account does not have, or a setting type the pages do not name, is refused') },
    { op: 'getAPhoneSiteSetting', rule: MULTIPLE, enforced: t('site settings need multiple sites') },
    { op: 'getAPhoneSiteSetting', rule: PLAN, notEnforced: NO_PLANS },

    { op: 'addASiteSetting', rule: "holiday_hours: 'holidays' added, each given an id; 201 answers the holidays added with their holiday_id", enforced: t('holidays are added with their ids') },
    { op: 'addASiteSetting', rule: "A holiday: a name, from and to in 'yyyy-MM-dd'T'HH:mm:ss'Z'' format, from before to; 400/300 otherwise (undocumented) and nothing is added", enforced: t('a holiday needs a name and a start before its end') },
    { op: 'addASiteSetting', rule: "device_type 'Enable SRTP AES-256 encryption on the site for the specified device type' (setting type security, or device_security): added once, the database decides between concurrent adds", enforced: t('concurrent updates of one setting and concurrent adds of one device type all land once') },
    { op: 'addASiteSetting', rule: 'The device types the page does not list: any name is kept as given (trimmed)', notEnforced: 'the pages name no device types; the sandbox keeps any non-blank name' },
    { op: 'addASiteSetting', rule: 'Only holidays and device security are added; another setting type, or a body without holidays or device_type, is 400/300 (undocumented)', enforced: t('only holidays and device security are added') },
    { op: 'addASiteSetting', rule: "400/300 'Validation Failed. Site does not exist.' — " + MISSING, enforced: t('a site the account does not have, or a setting type the pages do not name, is refused') },
    { op: 'addASiteSetting', rule: MULTIPLE, enforced: t('site settings need multiple sites') },
    { op: 'addASiteSetting', rule: PLAN, notEnforced: NO_PLANS },

    { op: 'updateTheSiteSetting', rule: "'update the site setting ... according to the setting type': the body's object of the path's type is merged (fields given change, the others stay); the body's other types change nothing; concurrent updates apply one after another (row locked)", enforced: t('an update changes the fields it names and keeps the rest') },
    { op: 'updateTheSiteSetting', rule: "400/300 'Prompt files do not exist, audio ids: {0}.' for audio ids the account's libraries do not hold; nothing changes", enforced: t("audio prompts name the account's audio items") },
    { op: 'updateTheSiteSetting', rule: "400/300 'Hot-desking session timeout setting is invalid.': minutes 'available if the number values are: 5, 10, 15, 30', hours 'not available if the number value is 30' (unit hours when not given)", enforced: t('hot desking session timeout') },
    { op: 'updateTheSiteSetting', rule: "web_interface 'only available when setting_type is custom_setting' (400/300 otherwise, undocumented); shown only then", enforced: t('the general setting shows web_interface only for a custom setting') },
    { op: 'updateTheSiteSetting', rule: "billing_account.id: a billing account of the account bound to the site or to none (400/300 otherwise, undocumented)", enforced: t("a site's billing account: its own when usable at the site, else the account's") },
    { op: 'updateTheSiteSetting', rule: 'overflow operator.extension_id: an extension of the account (400/300 otherwise, undocumented)', enforced: t('overflow operators are extensions of the account') },
    { op: 'updateTheSiteSetting', rule: "custom_hours: each weekday once; customized hours (type 2) 'from' and 'to' in HH:mm, from first (400/300 otherwise, undocumented)", enforced: t('custom business hours give each weekday once') },
    { op: 'updateTheSiteSetting', rule: 'holiday_hours.holidays: one with a holiday_id changes that holiday (404 when the site has none of that id, undocumented), one without is added', enforced: t('holidays are added with their ids, changed by id') },
    { op: 'updateTheSiteSetting', rule: "The path may name location-based routing 'local_based_routing' ('It's used for local_based_routing setting type', the name Zoom's SDK sends) and device security 'device_security'", enforced: { file: 'test/families/site-settings/sdk.test.ts', test: "a site's holiday is added, shown and deleted; its settings updated and read back" } },
    { op: 'updateTheSiteSetting', rule: 'security has no update (its device types are added and deleted): 400/300 (undocumented)', enforced: t('only holidays and device security are added') },
    { op: 'updateTheSiteSetting', rule: "400/300 'Validation Failed. Site does not exist.' — " + MISSING + '; nothing changes', enforced: t('a site the account does not have, or a setting type the pages do not name, is refused') },
    { op: 'updateTheSiteSetting', rule: MULTIPLE, enforced: t('site settings need multiple sites') },
    { op: 'updateTheSiteSetting', rule: 'Settings a site keeps reach the simulator (site default hours, location-based routing, outbound caller ID options)', notEnforced: "stored and shown; the simulator routes by each extension's own call handling and does not read the site defaults" },
    { op: 'updateTheSiteSetting', rule: PLAN, notEnforced: NO_PLANS },

    { op: 'deleteASiteSetting', rule: "holiday_hours with holiday_id deletes that holiday; security with device_type takes the device type off; 404 (undocumented) when the site has none such, 400/300 when left out", enforced: t('holidays are added with their ids, changed by id, and deleted one by one') },
    { op: 'deleteASiteSetting', rule: 'Device security deleted by device type', enforced: t('device security: device types added once, deleted by type') },
    { op: 'deleteASiteSetting', rule: "400/300 'Validation Failed. Site does not exist.' — " + MISSING, enforced: t('a site the account does not have, or a setting type the pages do not name, is refused') },
    { op: 'deleteASiteSetting', rule: "A deleted site's settings, holidays and device types go with it (sites.deleting)", enforced: t("a deleted site's settings go with it") },
    { op: 'deleteASiteSetting', rule: MULTIPLE, enforced: t('site settings need multiple sites') },
    { op: 'deleteASiteSetting', rule: PLAN, notEnforced: NO_PLANS },
  ],
  unreachable: {},
});
