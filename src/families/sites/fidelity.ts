// What the sites pages state in words, whether the sandbox holds to it (and the
// test that shows it), and why a documented error cannot be drawn out.
import { defineFidelity } from '../../kit/fidelity.ts';

const INHERITANCE = 'test/families/account-settings/inheritance.test.ts';
const SITES = 'test/families/sites/sites.test.ts';
const USERS = 'test/families/users/users.test.ts';

const NO_SITE_CODE_SWITCH =
  "the account's site-code switch is kept (updatePhoneAccountSettings' multiple_sites.site_code, on in the demo), but createAPhoneSite does not ask it yet: " +
  'the suite creates code-less sites in the demo account in some fifty places, which would all need a code first';
const ACCOUNT = "the path names no account: the request acts on the token's own account, which exists as long as its tokens do (the control plane deletes no account)";

export default defineFidelity({
  rules: [
    // listPhoneSites
    { op: 'listPhoneSites', rule: 'Use this API to list all the sites that have been created for an account.', enforced: { file: SITES, test: 'a created site is listed, with its auto receptionist and default emergency address' } },
    { op: 'listPhoneSites', rule: "An account's sites are its own: a sub account lists its sites, not its master's.", enforced: { file: SITES, test: "a sub account has its own sites; another account's site is unknown" } },
    { op: 'listPhoneSites', rule: 'A next page token is returned whenever the set of available results exceeds the current page size; total_records counts them all.', enforced: { file: SITES, test: 'sites page with next_page_token and total_records' } },
    { op: 'listPhoneSites', rule: 'The expiration period for this token is 15 minutes.', enforced: { file: SITES, test: 'a sites page token expires after 15 minutes of the sandbox clock' } },
    { op: 'listPhoneSites', rule: 'page_size: at most 300.', enforced: { file: SITES, test: 'page_size 300 and not 301' } },
    { op: 'listPhoneSites', rule: 'Prerequisite: Multiple Sites must be enabled.', notEnforced: 'sites are listed with the multiple-sites switch (updatePhoneAccountSettings) off too: every account has at least its main site to show' },

    // createAPhoneSite
    { op: 'createAPhoneSite', rule: 'Creates a site, with its main auto receptionist named auto_receptionist_name and its default emergency address.', enforced: { file: SITES, test: 'a created site is listed, with its auto receptionist and default emergency address' } },
    { op: 'createAPhoneSite', rule: 'short_extension.length: the short extension can be two to five digits; default 3.', enforced: { file: SITES, test: 'a short extension is two to five digits, three by default' } },
    { op: 'createAPhoneSite', rule: 'The length of site code added to the length of short extension cannot exceed a value of 6.', enforced: { file: SITES, test: 'site code plus short extension longer than 6 digits is refused and creates nothing' } },
    { op: 'createAPhoneSite', rule: 'site_code: This field is required when the site code is enabled.', notEnforced: NO_SITE_CODE_SWITCH },
    { op: 'createAPhoneSite', rule: "default_emergency_address.country: the two-lettered country code (Alpha-2 code in ISO-3166 format) of the site's emergency address.", enforced: { file: SITES, test: 'an unknown country and a blank address line are the documented errors' } },
    { op: 'createAPhoneSite', rule: 'An address that cannot be validated or geocoded is refused.', enforced: { file: SITES, test: 'an unknown country and a blank address line are the documented errors' } },
    { op: 'createAPhoneSite', rule: 'If the address provided is not an exact match, it uses the system generated corrected address.', notEnforced: 'the sandbox has no geocoder: it keeps the address as sent, the country code in capitals' },
    { op: 'createAPhoneSite', rule: 'For India sites, state and city should not be empty; the Short Distance Calling Area must be valid; India Entity Name is required.', enforced: { file: SITES, test: 'an India site needs state, city, a valid calling area and an entity name' } },
    { op: 'createAPhoneSite', rule: 'india_sdca_npa: This field is linked to the "state_code" field.', notEnforced: 'the sandbox has no table of India calling areas by state: it checks only that the area is 2 to 8 digits' },
    { op: 'createAPhoneSite', rule: 'The india_* fields only apply to India based accounts.', enforced: { file: SITES, test: 'the India fields apply to India sites only' } },
    { op: 'createAPhoneSite', rule: 'force_off_net: It requires the account to enable the `Force Calls out to the PSTN network` feature.', notEnforced: 'the sandbox does not model account features: force_off_net is kept as sent' },
    { op: 'createAPhoneSite', rule: 'sip_zone: If the account enabled the `Display Custom SIP Zone Options on Web Portal` feature, select a SIP zone nearest to the site.', notEnforced: 'the sandbox has no SIP zones or account features: the zone id is kept as sent' },
    { op: 'createAPhoneSite', rule: "source_auto_receptionist_id: The ID of the auto-receptionist that you can copy: the new main receptionist starts with its languages, timezone, cost center, department, storage location, policy and IVR (not its name, extension, numbers or access list); one the account does not have is refused, nothing created", enforced: { file: 'test/families/auto-receptionists/receptionists.test.ts', test: "a site made from a source receptionist starts with its settings, policy and IVR" } },
    { op: 'createAPhoneSite', rule: "Prerequisite: Multiple sites must be enabled: an account that switched the option off (updatePhoneAccountSettings) adds no second site (400/400, undocumented); the switch and the site wait for each other (the account's settings row held)", enforced: { file: 'test/families/account-settings/account-settings.test.ts', test: 'an account that switched multiple sites off adds no second site until it switches them on' } },
    { op: 'createAPhoneSite', rule: 'Multiple sites never set: a second site may be added', notEnforced: "accounts the control plane makes start with one site and the switch unset; an account that never set it reads it on once it has more than one site (account-settings' multipleSitesEnabled)" },

    // getPhoneSiteDetails
    { op: 'getPhoneSiteDetails', rule: "Returns information on a specific site: its country, main auto receptionist, short extension length and default emergency address (company level, default, verification not required).", enforced: { file: SITES, test: 'a created site is listed, with its auto receptionist and default emergency address' } },
    { op: 'getPhoneSiteDetails', rule: "policy: the site policy setting, every documented setting shown: a setting the site did not change is the account settings document's (value, locked, locked_by 'account' or 'invalid'; modified false), one the document does not have shows off.", enforced: { file: SITES, test: "a new site shows every documented policy setting: the account's value and lock where the account document has it, off otherwise" } },
    { op: 'getPhoneSiteDetails', rule: "A setting the account changes is what its sites read until they change it (the account's document is changed as in Zoom's web portal: PATCH /_sandbox/accounts/{id}/phone_settings)", enforced: { file: INHERITANCE, test: "a setting the account changes is what its sites and users read until they change it; a reset returns the account's default" } },
    { op: 'getPhoneSiteDetails', rule: "locked_by 'account': a setting the account locked shows the account's value over the site's own change (which shows again once unlocked)", enforced: { file: INHERITANCE, test: 'what the account locks shows locked by the account at its sites and users, over their own changes, and cannot be changed below it' } },
    { op: 'getPhoneSiteDetails', rule: 'modified: Whether the current settings have been modified. If modified, they can be reset; locked_by: which level of administrator prohibits modifying the current settings.', enforced: { file: SITES, test: 'a policy PATCH keeps every key it sends, marks it modified, and reset returns it to the account setting' } },
    { op: 'getPhoneSiteDetails', rule: "call_park.forward_to: the extension's forwarding information.", enforced: { file: SITES, test: 'parked calls are forwarded to an extension of the account (13808)' } },
    { op: 'getPhoneSiteDetails', rule: 'The india_* fields only apply to India based accounts.', enforced: { file: SITES, test: 'the India fields apply to India sites only' } },
    { op: 'getPhoneSiteDetails', rule: 'sip_zone.name: The SIP Zone name.', notEnforced: 'the sandbox has no SIP zones to name: sip_zone shows the id sent' },

    // updatePhoneSiteDetails
    { op: 'updatePhoneSiteDetails', rule: 'Updates information about a specific site: name, site code, caller ID name, SIP zone, short extension and policy, read back by the details and the list.', enforced: { file: SITES, test: 'an update changes name, code, caller id name and short extension ranges, and is read back' } },
    { op: 'updatePhoneSiteDetails', rule: 'The caller ID name can be up to 15 characters. The user can reset the caller ID name by setting it to "".', enforced: { file: SITES, test: 'the caller ID name is up to 15 characters and "" resets it' } },
    { op: 'updatePhoneSiteDetails', rule: 'The default emergency address can be changed, but not its country (Change country is not allowed); one that cannot be validated is refused.', enforced: { file: SITES, test: 'an emergency address update is kept, in the country of the site' } },
    { op: 'updatePhoneSiteDetails', rule: 'If the address is not an exact match, we use the system generated corrected address.', notEnforced: 'the sandbox has no geocoder: it keeps the address as sent, the country code in capitals' },
    { op: 'updatePhoneSiteDetails', rule: 'Short extension length two to five digits, and site code plus short extension at most 6 digits.', enforced: { file: SITES, test: 'update refuses bad lengths, ranges and a country change, and changes nothing' } },
    { op: 'updatePhoneSiteDetails', rule: 'ranges: range_from and range_to are non-negative digits, not empty, aligned with `length`; range_from must be less than range_to; ranges cannot have intersections.', enforced: { file: SITES, test: 'update refuses bad lengths, ranges and a country change, and changes nothing' } },
    { op: 'updatePhoneSiteDetails', rule: 'After adding a short extension range, the newly assigned extension numbers start from the range_from value.', notEnforced: "no operation the sandbox implements assigns a site's extension numbers after the site is created (users' are given by the client): the ranges are kept" },
    { op: 'updatePhoneSiteDetails', rule: 'Site code is disabled: a site code is refused while the account has site codes off.', notEnforced: NO_SITE_CODE_SWITCH },
    { op: 'updatePhoneSiteDetails', rule: "policy: only the settings sent change, every documented key kept (call_park.forward_to_extension_id, block_external_calls.e2e_encryption, lists); reset: the current settings use the phone account's settings.", enforced: { file: SITES, test: 'a policy PATCH keeps every key it sends, marks it modified, and reset returns it to the account setting' } },
    { op: 'updatePhoneSiteDetails', rule: "locked: the senior administrator does not allow users to modify the current settings (the site's users show the setting locked by the site).", enforced: { file: USERS, test: "a new user shows every documented policy setting, its site's until it changes one" } },
    { op: 'updatePhoneSiteDetails', rule: 'A locked setting cannot be modified by the users of the site: a user, auto receptionist, call queue or common area PATCH of it is refused (400/400, undocumented)', enforced: { file: INHERITANCE, test: "a site's lock holds its users and its auto receptionist; the account's lock holds over the site's" } },
    { op: 'updatePhoneSiteDetails', rule: "A setting the account locked 'cannot be overridden at lower levels': the site's PATCH of it is refused (400/400 'Policy locked: {setting}.', undocumented), nothing of that PATCH changes; a reset is allowed", enforced: { file: INHERITANCE, test: 'what the account locks shows locked by the account at its sites and users, over their own changes, and cannot be changed below it' } },
    { op: 'updatePhoneSiteDetails', rule: "Without the OP flag 'Enable Caller Based Consent Options', update both inbound_audio_notification and outbound_audio_notification recording_start_prompt / recording_explicit_consent with the same value (13800); the deprecated fields update both.", enforced: { file: SITES, test: 'the recording prompts of both directions take one value without the consent OP flag (13800)' } },
    { op: 'updatePhoneSiteDetails', rule: 'transcription_start_prompt.audio_id / call_summary_start_prompt.audio_id: the audio item, only required when the prompt is enabled (Audio does not exist: 13802).', notEnforced: 'the sandbox does not model audio library items yet' },
    { op: 'updatePhoneSiteDetails', rule: 'sms_template_list[].sms_template_id: an SMS template (SMS template does not exist: 13803); Power Pack license is required for this feature to work.', notEnforced: 'the sandbox does not model SMS templates or licenses yet' },
    { op: 'updatePhoneSiteDetails', rule: 'schedule_firmware_update.time_zone: one of the supported time zones (13806).', enforced: { file: SITES, test: 'the firmware update schedule takes a listed time zone, hours of a day and an end date (13804-13806)' } },
    { op: 'updatePhoneSiteDetails', rule: 'time_period_start / time_period_end: hours of the day, "15 means 3 PM", the start before the end (Invalid time period: 13804).', enforced: { file: SITES, test: 'the firmware update schedule takes a listed time zone, hours of a day and an end date (13804-13806)' } },
    { op: 'updatePhoneSiteDetails', rule: 'end_date: in the format "yyyy-MM-dd"; only required when never_end is false (Invalid end date: 13805).', enforced: { file: SITES, test: 'the firmware update schedule takes a listed time zone, hours of a day and an end date (13804-13806)' } },
    { op: 'updatePhoneSiteDetails', rule: 'call_park.forward_to_extension_id: the extension parked calls are forwarded to (Extension does not exist: 13808).', enforced: { file: SITES, test: 'parked calls are forwarded to an extension of the account (13808)' } },
    { op: 'updatePhoneSiteDetails', rule: 'feedback_duration: the call duration, in seconds, 0-60; feedback_mos: Minimum 1.0, Maximum 3.0, one decimal point; feedback_type 2 needs feedback_mos or feedback_duration.', enforced: { file: SITES, test: 'the feedback survey and data retention settings keep their documented ranges' } },
    { op: 'updatePhoneSiteDetails', rule: 'Retention duration: for year -1, 1-10; for day -1, 1-60; for month -1, 1-18.', enforced: { file: SITES, test: 'the feedback survey and data retention settings keep their documented ranges' } },
    { op: 'updatePhoneSiteDetails', rule: 'advanced_encryption requires a Power Pack license; call_summary requires the account to enable the `Enable Phone Call Summary` feature; force_off_net requires `Force Calls out to the PSTN network`.', notEnforced: 'the sandbox does not model licenses or account features: the settings are kept as sent' },
    { op: 'updatePhoneSiteDetails', rule: 'If users have Automatic Call Recording turned on, they cannot use End-to-End Encryption.', notEnforced: 'the sandbox places no calls to encrypt, and the page documents no refusal of the setting: both are kept as sent' },
    { op: 'updatePhoneSiteDetails', rule: 'incoming_call_routing_setting: Only applies when incoming_call_action is not disconnect.', notEnforced: 'the documented routing setting has no fields, and the sandbox routes no calls to unassigned numbers' },

    // deleteAPhoneSite
    { op: 'deleteAPhoneSite', rule: 'You must provide the site ID of another site where the assets of current site (users, numbers) can be transferred to.', enforced: { file: SITES, test: 'deleting a site moves its users and numbers to the transfer site, and frees its receptionist extension' } },
    { op: 'deleteAPhoneSite', rule: 'The phones of the deleted site are transferred to the other site.', notEnforced: 'SIP phones have no site in the sandbox (the sip family keeps none)' },
    { op: 'deleteAPhoneSite', rule: 'transfer_site_id is required, names a site of the account, and not the same site (Unable to transfer to the same site).', enforced: { file: SITES, test: 'delete refuses the same site, the main site and an unknown transfer site, and moves nothing' } },
    { op: 'deleteAPhoneSite', rule: 'You cannot use this API to delete the main site (the first site of an account).', enforced: { file: SITES, test: 'the first site of a new account becomes its main site' } },
  ],
  unreachable: {
    updatePhoneSiteDetails: {
      invalidAddress: 'the sandbox has no geocoder: an address is refused only when a line is blank (This address could not be validated.), never matched to a formatted address',
      personalEmergencyAddressCouldNotBe: "a site's default_emergency_address is always its company-level address: this body cannot name a personal one",
      cannotUpdateEmergencyAddressWhoseStatus: 'the sandbox verifies no emergency addresses: every site address has status 1 (verification not required)',
      siteCodeIsDisabled: NO_SITE_CODE_SWITCH,
      youDoNotEnableOpFlag13800: 'the documented body has no inbound/outbound recording_start_prompt_audio_id fields for the two directions to disagree on',
      audioDoesNotExist: 'the sandbox does not model audio library items yet',
      smsTemplateDoesNotExist: 'the sandbox does not model SMS templates yet',
      accountDoesNotExist: ACCOUNT,
    },
    deleteAPhoneSite: {
      mainCompanyNumberCanNotChange: "the sandbox does not model an account's main company number",
      conflictTargetExtensionNumberTryLater: "extension numbers are unique across the account in the sandbox's directory, so a site's extensions moving to another site never collide",
    },
  },
});
