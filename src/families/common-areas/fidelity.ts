// What the Common Areas pages state in words, whether the server holds to it, and
// why (rendered into docs/fidelity.md by `npm run coverage`).
import { defineFidelity } from '../../kit/fidelity.ts';

const A = 'test/families/common-areas/areas.test.ts';
const N = 'test/families/common-areas/numbers-plans.test.ts';
const C = 'test/families/common-areas/codes-pin-settings.test.ts';
const SDK = 'test/families/common-areas/sdk.test.ts';

const NO_PLANS = "the sandbox does not model account plans or licenses: a token whose scopes allow the call acts as the account's admin";
const PREREQUISITES = "Prerequisites: 'Pro or a higher account with Zoom Phone license'; 'Account owner or admin permissions'";
const D = 'test/families/common-areas/desk-phones.test.ts';
const DESK_SHOWN = 'a desk phone added to a common area is shown by its settings and the device, and deleted from both';
const DESK_REFUSED = 'desk phone refusals change nothing: an unknown device, one on another site, one the common area does not use';
const HOT_DESKING = "hot desking of the common area's desk phones changes by device; a phone without hot desking changes nothing";
const TPL = 'test/families/common-areas/templates.test.ts';
const NOT_FOUND = 'a common area the account does not have answers the documented error on every operation';

export default defineFidelity({
  rules: [
    // ---- list ----
    { op: 'listCommonAreas', rule: "'Lists common areas under an account': the account's own, none of another account's", enforced: { file: A, test: "another account neither sees nor changes the account's common areas" } },
    {
      op: 'listCommonAreas',
      rule: 'Each item: id, display_name, extension_number (the directory\'s), site {id, name}, status, calling_plans (name, type, billing subscription), phone_numbers (id, number, source)',
      enforced: { file: A, test: 'a common area added is listed and shown, its extension in the directory as a commonArea' },
    },
    { op: 'listCommonAreas', rule: "page_size 'at most 300'; next_page_token 'returned whenever the set of available results exceeds the current page size'", enforced: { file: A, test: 'the list pages by next_page_token, 300 a page at most' } },
    { op: 'listCommonAreas', rule: "desk_phones: the common area's desk phones (phone-devices: id, display_name, device_type, status); status online while one of them is, offline otherwise", enforced: { file: D, test: DESK_SHOWN } },
    { op: 'listCommonAreas', rule: PREREQUISITES, notEnforced: NO_PLANS },

    // ---- add ----
    {
      op: 'addACommonArea',
      rule: "'Adds an instance of a common area': an extension of the account's one directory (kind commonArea) on its site (the main site when site_id is left out); 201 answers id and display_name",
      enforced: { file: A, test: 'a common area added is listed and shown, its extension in the directory as a commonArea' },
    },
    {
      op: 'addACommonArea',
      rule: "extension_number: 'If the site code is enabled, provide the short extension number instead'; another length, or a number any extension of the account holds, is 400/300 'Validation failed.' (errors[] names extension_number); none given: the site's first free one",
      enforced: { file: A, test: "an extension number given is the site's short extension behind its site code; another length or a taken one adds nothing" },
    },
    { op: 'addACommonArea', rule: 'A lost race of two adds of one extension number is the 400/300 refusal, never a 500; one wins', enforced: { file: A, test: 'concurrent adds of one extension number: one wins, the others are refused, never a 500' } },
    {
      op: 'addACommonArea',
      rule: "display_name: 'Enter at least three characters' (trimmed; 400/300 'Validation failed.'); 'Timezone not found in the system.'; 'This country is not supported by Zoom Phone.'; 'Site does not exist: {site_id}.'; nothing is added",
      enforced: { file: A, test: 'addACommonArea refuses a short name, an unknown timezone, country, site or template, and adds nothing' },
    },
    { op: 'addACommonArea', rule: "template_id: 'The template type error or the template does not exist:{template_id}.'", enforced: { file: A, test: 'addACommonArea refuses a short name, an unknown timezone, country, site or template, and adds nothing' } },
    { op: 'addACommonArea', rule: "template_id: a setting template of the common area type (another type is 'The template type error or the template does not exist'); 'The setting template must belong to the same site as the common area' (400/300 'The template's site is not the same as the common area's site.', a template of no site serves every site); its policy becomes the new area's", enforced: { file: TPL, test: 'a new common area takes the template its add names' } },
    { op: 'applyTemplateToCommonAreas', rule: "'Applies a template to common areas': the template's policy applied over each area's own changes, shown by its details; each area named by its id or extension id", enforced: { file: TPL, test: "a common area template applied to common areas shows in each one's policy; by id or extension id" } },
    { op: 'applyTemplateToCommonAreas', rule: "'You can add up to 50 common areas at a time' (51 is 'Common area size must be less than 50.', 400/400); an area the account does not have (400/404); a template of another site (400/300); all areas or none; naming none is refused (400/300, undocumented)", enforced: { file: TPL, test: 'applying refuses another site, an unknown area, more than 50, a template of another type; nothing changes' } },
    { op: 'applyTemplateToCommonAreas', rule: "404 'The template type error or the template does not exist:{templateId}.' (documented without a code: 404 given): a template the account lacks or not of the common area type", enforced: { file: TPL, test: 'applying refuses another site, an unknown area, more than 50, a template of another type; nothing changes' } },
    { op: 'applyTemplateToCommonAreas', rule: "Prerequisites: 'Pro or a higher account with Zoom Phone license'; 'Account owner or admin permissions'", notEnforced: NO_PLANS },
    {
      op: 'addACommonArea',
      rule: "calling_plans: each taken from the account's inventory (listCallingPlans counts it); a type none is left of refuses the whole add (undocumented 400/300) and nothing is added",
      enforced: { file: N, test: 'a common area added with calling plans takes them from the inventory; one refused adds nothing' },
    },
    { op: 'addACommonArea', rule: "billing_subscription_id: 'When there is more than one plan type A in this account, it cannot be empty'", notEnforced: 'the inventory holds each plan type under one subscription: there is never more than one of a type to choose from; the id given is kept and shown' },
    { op: 'addACommonArea', rule: PREREQUISITES, notEnforced: NO_PLANS },

    // ---- activation codes ----
    {
      op: 'generateActivationCodesForCommonAreas',
      rule: "Generates a code for each common area named (id or extension id): common_area_id, display_name, extension_number, activation_code (16 digits, 4-4-4-4), activation_code_expiration ('yyyy-MM-ddThh:dd:ssZ'); a new code replaces the one before. The pages give no code lifetime: the sandbox gives seven days",
      enforced: { file: C, test: 'activation codes generated are listed with their expiration; a new code replaces the one before' },
    },
    {
      op: 'generateActivationCodesForCommonAreas',
      rule: "'You can add up to 50 common areas at a time': 50 are taken, 51 answer 'Common area size must be less than 50.'; 'Common area does not exist: {commonAreaId}.' refuses the whole request and generates nothing",
      enforced: { file: C, test: 'up to 50 common areas at a time; an unknown one refuses the whole request and generates nothing' },
    },
    { op: 'generateActivationCodesForCommonAreas', rule: 'Another account\'s common area is one the account does not have', enforced: { file: A, test: "another account neither sees nor changes the account's common areas" } },
    { op: 'generateActivationCodesForCommonAreas', rule: PREREQUISITES, notEnforced: NO_PLANS },
    {
      op: 'listActivationCodes',
      rule: 'The common areas that have a code: common_area_id, display_name, extension_number, activation_code, activation_code_expiration, site {site_id, name}, status; paged by next_page_token',
      enforced: { file: C, test: 'activation codes generated are listed with their expiration; a new code replaces the one before' },
    },
    { op: 'listActivationCodes', rule: "'The next page token is invalid or expired.'", enforced: { file: C, test: 'the activation code list pages by next_page_token' } },
    { op: 'listActivationCodes', rule: "status 'used: The common area has been logged in to a smartphone through an activation code'", notEnforced: 'no smartphone signs in in the sandbox: every code is not_used' },
    { op: 'listActivationCodes', rule: PREREQUISITES, notEnforced: NO_PLANS },

    // ---- details, update, delete ----
    {
      op: 'getCommonAreaDetails',
      rule: 'id, display_name, extension_number, site, country {code, country_code, name} (its own or its site\'s), calling_plans, phone_numbers, outbound_caller_ids (its numbers; the chosen one is_default), emergency_address (its own or its site\'s default), policy (its changes over its site\'s); found by id or extension id',
      enforced: { file: A, test: 'a common area added is listed and shown, its extension in the directory as a commonArea' },
    },
    { op: 'getCommonAreaDetails', rule: "'Common area does not exist: {commonAreaId}.' (400/400), another account's too", enforced: { file: A, test: NOT_FOUND } },
    { op: 'getCommonAreaDetails', rule: PREREQUISITES, notEnforced: NO_PLANS },
    {
      op: 'updateCommonArea',
      rule: "'Updates the common area information': the fields given change, the others stay; a new name or site shows in the directory (and every number view), its numbers moving with it to a new site; policy settings merge, 'reset' gives back the site's; delegation (boolean) is the details' delegation.enable, hide_phone_call_history_in_ios the details' hide_zoom_phone_calls_in_ios",
      enforced: { file: A, test: 'an update changes what it names and keeps the rest' },
    },
    {
      op: 'updateCommonArea',
      rule: "'A conflict occurred with the target extension number. Try again later.' (400/409) for a number another extension holds; a free one renumbers it and frees the old",
      enforced: { file: A, test: 'an update to an extension number another extension holds answers the conflict and changes nothing' },
    },
    {
      op: 'updateCommonArea',
      rule: "Undocumented 400/300 'Validation failed.' (errors[] names the field) for a short name, an unknown timezone, country, site or emergency address, an outbound caller ID that is not one of its numbers, an extension of another length, an unknown call_park forward extension; nothing changes",
      enforced: { file: A, test: 'an update refused for its input changes nothing' },
    },
    { op: 'updateCommonArea', rule: "A policy setting its site or the account locked 'cannot be overridden at lower levels': a change of it is refused (400/400 'Policy locked: {setting}.', undocumented), nothing of the update changes", enforced: { file: 'test/families/account-settings/inheritance.test.ts', test: 'what the account locks shows locked by the account at its sites and users, over their own changes, and cannot be changed below it' } },
    { op: 'updateCommonArea', rule: "'Common area does not exist: {0}.' (400/404), another account's too", enforced: { file: A, test: "another account neither sees nor changes the account's common areas" } },
    { op: 'updateCommonArea', rule: PREREQUISITES, notEnforced: NO_PLANS },
    {
      op: 'deleteACommonArea',
      rule: "'Removes the common area': its numbers go back to the unassigned ones, its plans to the inventory, its extension number is free again (extensions.released tells the families that hang something on it)",
      enforced: { file: N, test: 'deleting a common area gives back its numbers, plans and extension' },
    },
    { op: 'deleteACommonArea', rule: "'Common area does not exist: {0}.' (400/404), deleted already or another account's", enforced: { file: A, test: NOT_FOUND } },
    { op: 'deleteACommonArea', rule: PREREQUISITES, notEnforced: NO_PLANS },

    // ---- calling plans ----
    {
      op: 'assignCallingPlansToACommonArea',
      rule: "'Assigns calling plans to a common area': each taken from the account's one inventory (listCallingPlans' assigned and available move); 201 answers the plans given",
      enforced: { file: N, test: 'a calling plan assigned is taken from the inventory, and unassigning gives it back' },
    },
    {
      op: 'assignCallingPlansToACommonArea',
      rule: 'A type none is left of, one held already, or an unknown billing account refuses the whole request (undocumented 400/300) and takes nothing',
      enforced: { file: N, test: 'a plan type none is left of, or one the common area holds already, is refused and takes nothing' },
    },
    { op: 'assignCallingPlansToACommonArea', rule: 'Concurrent assignments of the last plans: the conditional update of the inventory decides, never a 500', enforced: { file: N, test: 'concurrent assignments of the last plans: as many win as are left, never a 500' } },
    { op: 'assignCallingPlansToACommonArea', rule: "billing_account_id: 'If the user is in India, the field is required'", notEnforced: 'enforced in code (undocumented 400/300 for a common area on an Indian site without one); the demo has no Indian site to show it' },
    { op: 'assignCallingPlansToACommonArea', rule: "'The common area does not exist: {commonAreaId}.'", enforced: { file: A, test: NOT_FOUND } },
    { op: 'assignCallingPlansToACommonArea', rule: PREREQUISITES, notEnforced: NO_PLANS },
    {
      op: 'unassignACallingPlanFromTheCommonArea',
      rule: 'The plan goes back to the inventory; a type the common area does not hold is refused (undocumented 400/300) and nothing changes',
      enforced: { file: N, test: 'a calling plan assigned is taken from the inventory, and unassigning gives it back' },
    },
    { op: 'unassignACallingPlanFromTheCommonArea', rule: "'The common area does not exist: {commonAreaId}.'", enforced: { file: A, test: NOT_FOUND } },
    { op: 'unassignACallingPlanFromTheCommonArea', rule: 'billing_account_id (query)', notEnforced: 'a common area holds one plan of a type: the type alone names it' },
    { op: 'unassignACallingPlanFromTheCommonArea', rule: PREREQUISITES, notEnforced: NO_PLANS },

    // ---- phone numbers ----
    {
      op: 'assignPhoneNumbersToACommonArea',
      rule: "'Assigns phone numbers to a common area' (by id or number): the numbers family's one assignment; the number leaves the unassigned ones and listPhoneNumbers, getAPhoneNumber and Number Management show the common area as its assignee",
      enforced: { file: N, test: 'a number assigned to a common area is no longer free, and both number views show the assignee' },
    },
    {
      op: 'assignPhoneNumbersToACommonArea',
      rule: 'An unknown number (another account\'s too), one someone else holds, or an empty list refuses the whole request (undocumented 400/300)',
      enforced: { file: N, test: 'an unknown number, or one someone else holds, is refused and assigns nothing of the request' },
    },
    { op: 'assignPhoneNumbersToACommonArea', rule: 'Two concurrent assignments of one number: one wins, never a 500', enforced: { file: N, test: 'concurrent assignments of one number to two common areas: one wins, never a 500' } },
    { op: 'assignPhoneNumbersToACommonArea', rule: "'Common area does not exist: {commonAreaId}.'", enforced: { file: A, test: NOT_FOUND } },
    { op: 'assignPhoneNumbersToACommonArea', rule: PREREQUISITES, notEnforced: NO_PLANS },
    {
      op: 'unassignPhoneNumbersFromCommonArea',
      rule: 'The number is free again (and no longer its outbound caller ID); one it does not hold, or an unknown one, is refused (undocumented 400/300)',
      enforced: { file: N, test: 'unassigning a number frees it; one the common area does not hold is refused' },
    },
    { op: 'unassignPhoneNumbersFromCommonArea', rule: "'The common area does not exist: {commonAreaId}.'", enforced: { file: A, test: NOT_FOUND } },
    { op: 'unassignPhoneNumbersFromCommonArea', rule: PREREQUISITES, notEnforced: NO_PLANS },

    // ---- PIN ----
    {
      op: 'updateCommonAreaPinCode',
      rule:
        "'PIN code could only include numbers.'; 'Invalid PIN code. PIN code must be {0} to {1} digits long.' (the pages give no bounds: 6 to 10); 'must not be the same as the extension number'; 'must not contain a group of repeated digits' (one digit throughout); 'cannot be an ascending or descending group of digits'",
      enforced: { file: C, test: 'a PIN code that keeps the rules is set; each rule broken answers its documented error' },
    },
    { op: 'updateCommonAreaPinCode', rule: "'Not Found Common area does not exist: {commonAreaId}.' (a 404 without a code: answered 404/404)", enforced: { file: A, test: NOT_FOUND } },
    { op: 'updateCommonAreaPinCode', rule: "'The PIN Code cannot be updated by the admin.' (KB 'The PIN cannot be viewed by the admin')", notEnforced: 'the account setting is not modelled: an admin may always set it' },
    { op: 'updateCommonAreaPinCode', rule: PREREQUISITES, notEnforced: NO_PLANS },

    // ---- settings ----
    {
      op: 'getCommonAreaSettings',
      rule: 'desk_phones, holiday_hours (holiday_id, name, from, to) and custom_hours_settings (24 hours, 7 days a week until changed)',
      enforced: { file: C, test: 'holiday hours added are shown by the settings, and changed by holiday id' },
    },
    { op: 'getCommonAreaSettings', rule: "'Common area does not exist: {commonAreaId}.'", enforced: { file: A, test: NOT_FOUND } },
    {
      op: 'getCommonAreaSettings',
      rule: "desk_phones: the desk phones (phone-devices) the common area is assigned to: id, display_name, device_type, status (online while assigned), mac_address, hot_desking status, private_ip, public_ip",
      enforced: { file: D, test: DESK_SHOWN },
    },
    {
      op: 'addCommonAreaSetting',
      rule: "holiday_hours: 'The minimum is one item, and the maximum is 10 items' a request; each named, from before to in yyyy-MM-dd'T'HH:mm:ss'Z' (undocumented 400/300 otherwise, nothing added); 201 answers all its holidays",
      enforced: { file: C, test: 'holiday hours: one to ten a request, each named, from before to; a refusal adds nothing' },
    },
    {
      op: 'addCommonAreaSetting',
      rule: "desk_phone: 'device_id ... only required for the desk_phone setting type': the account's device is assigned to the common area's extension (phone-devices' assignment: after its present assignees, one already there stays); 201 answers all its desk_phones (id, display_name); the device shows the common area as assignee",
      enforced: { file: D, test: DESK_SHOWN },
    },
    {
      op: 'addCommonAreaSetting',
      rule: "desk_phone: a device the account does not have is undocumented 400/404 'Device does not exist'; no device_id, or a device whose assignees are on another site (all assignees of a desk phone share one site), undocumented 400/300; nothing changes",
      enforced: { file: D, test: DESK_REFUSED },
    },
    { op: 'addCommonAreaSetting', rule: 'settingType: the types the bodies name; another is refused (undocumented 400/300)', enforced: { file: C, test: 'desk phone settings name a device the sandbox does not have; an unknown setting type is refused' } },
    { op: 'addCommonAreaSetting', rule: "'Common area does not exist: {commonAreaId}.'", enforced: { file: A, test: NOT_FOUND } },
    {
      op: 'updateCommonAreaSetting',
      rule: 'holiday_hours: each item names a holiday of the common area by holiday_id (undocumented 400/404 otherwise); the fields given change',
      enforced: { file: C, test: 'holiday hours added are shown by the settings, and changed by holiday id' },
    },
    {
      op: 'updateCommonAreaSetting',
      rule: 'custom_hours: custom_hour_type 1 (24/7) or 2 (custom); days change by weekday, type 2 with from before to in HH:mm (undocumented 400/300 otherwise, nothing changes)',
      enforced: { file: C, test: 'custom hours are 24 hours, 7 days a week until changed, and change by weekday' },
    },
    {
      op: 'updateCommonAreaSetting',
      rule: "desk_phones: hot_desking status (on/off) of each desk phone, by id, the device's policy as getDeviceDetails shows it; a phone the common area does not use is undocumented 400/404, one whose hot desking is unsupported (manually provisioned) 400/300; one refused item changes nothing",
      enforced: { file: D, test: HOT_DESKING },
    },
    { op: 'updateCommonAreaSetting', rule: "'Common area does not exist: {commonAreaId}.'", enforced: { file: A, test: NOT_FOUND } },
    {
      op: 'deleteCommonAreaSetting',
      rule: "'Removes the common area subsetting from desk phones': the device named by device_id lets go of the common area (as unassignAnEntityFromTheDevice); 204; gone from its settings and from the device's assignees",
      enforced: { file: D, test: DESK_SHOWN },
    },
    { op: 'deleteCommonAreaSetting', rule: "A device_id the common area does not use: undocumented 400/404 'Device does not exist'; nothing changes", enforced: { file: D, test: DESK_REFUSED } },
    { op: 'deleteCommonAreaSetting', rule: 'A setting type other than desk_phone is refused (undocumented 400/300)', enforced: { file: C, test: 'desk phone settings name a device the sandbox does not have; an unknown setting type is refused' } },
    { op: 'deleteCommonAreaSetting', rule: "'The common area does not exist: {0}.'", enforced: { file: A, test: NOT_FOUND } },

    // ---- through the SDK, and demo ----
    { op: 'addACommonArea', rule: "Zoom's SDK (@zoom/rivet) calls every implemented operation as its declarations say", enforced: { file: SDK, test: "through Zoom's SDK: a common area is added, given a number, a plan and a PIN, shown, listed and deleted" } },
    { op: 'deleteACommonArea', rule: "A deleted site's common areas move to its transfer site, with their extensions and numbers", enforced: { file: A, test: 'deleting a site moves its common areas, their extensions and numbers to the transfer site' } },
  ],
  unreachable: {
    applyTemplateToCommonAreas: { youNeedToHaveAdministrativePrivileges: NO_PLANS },
    generateActivationCodesForCommonAreas: {
      commonAreaSmartphonesFeatureIsDisabled: "the 'Common area smartphones' policy is not modelled: it is always on",
      youDoNotHavePermission: NO_PLANS,
    },
    listActivationCodes: { accountIdIsInvalid: 'the operation takes no account id: the token names the account' },
    updateCommonAreaPinCode: {
      validationFailed: 'each PIN rule is answered with its own listed words',
      pinCodeCannotBeUpdatedBy: 'the account setting is not modelled: an admin may always set it',
      invalidPinCodePinCodeMust: 'the sandbox gives the PIN a range of lengths (6 to 10), answered with the range words',
    },
  },
});
