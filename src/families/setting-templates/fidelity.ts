// What the Setting Templates pages state in words, whether the server holds to it, and
// why (rendered into docs/fidelity.md by `npm run coverage`).
import { defineFidelity } from '../../kit/fidelity.ts';

const T = 'test/families/setting-templates/setting-templates.test.ts';
const NO_PLANS = "the sandbox does not model account plans or licenses: a token whose scopes allow the call acts as the account's admin";
const PREREQUISITES = "Prerequisites: 'A Business or Enterprise account'; 'A Zoom Phone license'";
const MULTIPLE_SITES = "multiple sites are enabled when updatePhoneAccountSettings switched them on or the account has more than its main site (account-settings' multipleSitesEnabled)";
const CHECKS = 'an update refuses each value the page names, in its words, and changes nothing';

export default defineFidelity({
  rules: [
    { op: 'listSettingTemplates', rule: "'Gets a list of all the created phone template settings': the account's own, id, name, description and type", enforced: { file: T, test: "the demo lists its seeded templates" } },
    { op: 'listSettingTemplates', rule: "type: the list page spells the auto receptionist type 'autReceptionist' (the details page 'autoReceptionist'); each page shows its own spelling, both are taken", enforced: { file: T, test: "an auto receptionist template shows each page's spelling" } },
    { op: 'listSettingTemplates', rule: 'site_id: the templates of that site', enforced: { file: T, test: 'a template added is listed under its site and shown' } },
    { op: 'listSettingTemplates', rule: "'Multiple Sites option has been disabled. Enable it and try again.' (400/300) for a site filter when multiple sites are off", enforced: { file: T, test: 'an account of one site needs no site_id, and cannot filter its list by one' } },
    { op: 'listSettingTemplates', rule: 'Multiple sites on or off', notEnforced: MULTIPLE_SITES },
    { op: 'listSettingTemplates', rule: "page_size 'default is 30 and the maximum is 300'; next_page_token; total_records", enforced: { file: T, test: 'the list pages by next_page_token, with the total' } },
    { op: 'listSettingTemplates', rule: "'The expiration period for this token is 15 minutes'", enforced: { file: 'test/http/pagination.test.ts', test: 'a token expires after 15 minutes of the sandbox clock' } },
    { op: 'listSettingTemplates', rule: PREREQUISITES, notEnforced: NO_PLANS },

    { op: 'addASettingTemplate', rule: "name and type required (the schema); a blank name refused (400/300, undocumented); the name trimmed", enforced: { file: T, test: 'the add refuses an unknown type, a blank name' } },
    { op: 'addASettingTemplate', rule: "'Validation failed. You provided an incorrect value for the template type.' (400/300) for a type none of the pages name (user, group, autoReceptionist, commonArea, zr, interop)", enforced: { file: T, test: 'the add refuses an unknown type' } },
    { op: 'addASettingTemplate', rule: "site_id: 'It's required only when multiple sites are enabled' (400/300, undocumented, when left out); a site the account does not have is refused (400/300, undocumented)", enforced: { file: T, test: 'a missing site where there are several' } },
    { op: 'addASettingTemplate', rule: "'After creating a phone template, the defined settings will become the default settings for an account'", notEnforced: 'a template gives its settings to what it is applied to (a user through updateAUsersProfile); the account-wide defaults of the new policy framework are the policies pages\' (see policies)' },
    { op: 'addASettingTemplate', rule: PREREQUISITES, notEnforced: NO_PLANS },

    { op: 'getSettingTemplateDetails', rule: 'id, name, description, type and the policy, profile and user_settings its updates set', enforced: { file: T, test: "an update merges the settings given into the template's" } },
    { op: 'getSettingTemplateDetails', rule: "A template the account does not have: 404/404, undocumented (the page documents only 401/124)", enforced: { file: T, test: "Neither account sees the other's templates" } },
    { op: 'getSettingTemplateDetails', rule: PREREQUISITES, notEnforced: NO_PLANS },

    { op: 'updateASettingTemplate', rule: "'Updates or modifies a phone template's settings': the settings given merge into the template's at any depth, the rest stay; name and description change", enforced: { file: T, test: "an update merges the settings given into the template's" } },
    { op: 'updateASettingTemplate', rule: 'Concurrent updates of different settings all survive (merged under the row lock)', enforced: { file: T, test: 'concurrent updates of different settings of one template all survive' } },
    { op: 'updateASettingTemplate', rule: "profile.country: an ISO 3166 country with a calling code; profile.area_code: 'between 0 to 6 digits'; audio_prompt_language: the page's list; each refused in its words (400/300)", enforced: { file: T, test: CHECKS } },
    { op: 'updateASettingTemplate', rule: "desk_phone.pin_code: digits only, 6 to 10 of them (the page names the bounds, not their values), not one digit repeated, not an ascending or descending run; each refused in its words (400/300)", enforced: { file: T, test: CHECKS } },
    { op: 'updateASettingTemplate', rule: "'Your PIN code must not be the same as the extension number'", notEnforced: 'a template has no extension number; the PIN is checked against the extension of what it is applied to when that is wired' },
    { op: 'updateASettingTemplate', rule: "'PIN code must be {0} digits long' (a fixed length)", notEnforced: 'the sandbox takes a range of lengths (6 to 10), answered with the range message' },
    { op: 'updateASettingTemplate', rule: "call handling: ring_type 'either “simultaneous” or “sequential”'; business hours type 1 or 2; the business and close hours actions of the page's lists; each refused in its words (400/300)", enforced: { file: T, test: CHECKS } },
    { op: 'updateASettingTemplate', rule: "'Connect to operator type error.': an operator's type names an extension kind, and its id an extension of the account of that kind", enforced: { file: T, test: "an operator of the template's call handling is an extension of the account of the type given" } },
    { op: 'updateASettingTemplate', rule: "13800: inbound and outbound recording_start_prompt of automatic call recording must have the same value (the 'Caller Based Consent Options' flag is off)", enforced: { file: T, test: CHECKS } },
    { op: 'updateASettingTemplate', rule: 'A template the account does not have: 404/404, undocumented', enforced: { file: T, test: "an update merges the settings given into the template's" } },
    { op: 'updateASettingTemplate', rule: PREREQUISITES, notEnforced: NO_PLANS },
  ],
  unreachable: {
    listSettingTemplates: { accountDoesNotExist: "the path names no account: the caller's own, which its token proves exists" },
    addASettingTemplate: { accountDoesNotExist: "the path names no account: the caller's own, which its token proves exists" },
    getSettingTemplateDetails: { accountDoesNotExist: "the path names no account: the caller's own, which its token proves exists" },
    updateASettingTemplate: {
      accountDoesNotExist: "the path names no account: the caller's own, which its token proves exists",
      invalidPinCodePinCodeMust: 'the sandbox takes a range of PIN lengths (6 to 10) and answers the range message',
      invalidPinCodeYourPinCode: 'a template has no extension number to compare a PIN with',
    },
  },
});
