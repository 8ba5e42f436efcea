// What the Phone Devices, Device Line Keys and Line Keys pages state in words,
// whether the server holds to it, and why (rendered into docs/fidelity.md by
// `npm run coverage`).
import { defineFidelity } from '../../kit/fidelity.ts';

const T = 'test/families/phone-devices/phone-devices.test.ts';
const K = 'test/families/phone-devices/line-keys.test.ts';
const R = 'test/families/phone-devices/restarts.test.ts';
const S = 'test/families/phone-devices/smartphones.test.ts';

const NO_PLANS = "the sandbox does not model account plans, licenses or admin roles: a token whose scopes allow the call acts as the account's admin";
const PREREQUISITES = "Prerequisites: 'Pro or a higher account with Zoom Phone license'; 'Account owner or admin permissions'";
const LINE_PREREQUISITES = "Prerequisites: 'A Business or Enterprise account'; 'A Zoom Phone license'";

export default defineFidelity({
  rules: [
    // ---- listDevices
    { op: 'listDevices', rule: "'Lists all the desk phone devices … on an account': the account's own, none of another's", enforced: { file: T, test: "another account neither sees nor changes the account's phones" } },
    {
      op: 'listDevices',
      rule: 'type (required, from the SDK): assigned (one assignee or more) or unassigned; assignee_type user or commonArea; site_id; device_type the manufacturer; keyword (display name, MAC address or model, without case)',
      enforced: { file: T, test: 'the list filters by assignee type, site, make and keyword, and pages' },
    },
    {
      op: 'listDevices',
      rule: "Each device: assignee (the first assignee), assignees (extension id, number, type, holder's id and name, as the directory has them now), device_type ('the manufacturer name and the model name'), display_name, id, mac_address, site, status, provision_template_id ('An empty string represents No value set')",
      enforced: { file: T, test: 'the demo account lists its seeded desk phones, assigned and not' },
    },
    {
      op: 'listDevices',
      rule: "status 'online' or 'offline': a phone is online when it registers a line (it has an assignee) and is not restarting after a reboot or resync (a minute of sandbox time)",
      enforced: { file: R, test: 'a reboot restarts an online phone: offline for a minute, then online again' },
    },
    { op: 'listDevices', rule: "page_size (at most 300), total_records, next_page_token", enforced: { file: T, test: 'the list filters by assignee type, site, make and keyword, and pages' } },
    { op: 'listDevices', rule: "next_page_token: 'The expiration period for this token is 15 minutes'", enforced: { file: S, test: 'page tokens of the device and smartphone lists expire after 15 minutes' } },
    { op: 'listDevices', rule: 'device_source haas or hotDesking (from the SDK): no device of the sandbox comes from hardware as a service or a hot desking sign-in, so none is listed', enforced: { file: T, test: 'the list filters by assignee type, site, make and keyword, and pages' } },
    { op: 'listDevices', rule: 'location_status unknownAddress (from the SDK)', notEnforced: 'the sandbox does not locate desk phones at emergency addresses: the filter is accepted and filters nothing' },
    { op: 'listDevices', rule: 'description, firmware_version', notEnforced: 'no operation of the pages sets a device description, and no phone reports firmware in the sandbox: both are left out' },
    {
      op: 'listDevices',
      rule: 'policy.call_control and policy.hot_desking status; private_ip and public_ip of the registered device',
      notEnforced: "no operation of the pages changes a device's policy: shown as the device was added ('off', or 'unsupported' for a manually provisioned phone); the IP addresses are the sandbox's own, fixed at the add",
    },
    { op: 'listDevices', rule: PREREQUISITES, notEnforced: NO_PLANS },

    // ---- addADevice
    {
      op: 'addADevice',
      rule: "display_name, mac_address and type are required (left out, 400/300 by the schema); a blank display_name 400/300; 201 answers the device's id and display_name",
      enforced: { file: T, test: 'a malformed MAC address or an unknown make is refused and adds nothing' },
    },
    {
      op: 'addADevice',
      rule: "mac_address: twelve hex digits as the pages write them ('543968a78ee7'), in either case or in pairs separated by ':' or '-'; kept and shown as twelve lower-case digits; anything else 400/300 'Mac Address format invalid.' (the page documents 400 without words)",
      enforced: { file: T, test: 'a malformed MAC address or an unknown make is refused and adds nothing' },
    },
    {
      op: 'addADevice',
      rule: "A MAC address is one physical phone's: a second device of it, in any spelling and in any account of the sandbox, is refused (a unique index decides); the seeded phones hold theirs",
      enforced: { file: T, test: 'a MAC address is one phone in the whole sandbox, in any spelling' },
    },
    { op: 'addADevice', rule: 'A lost race of two adds of one MAC address is refused as the second add is, never a 500', enforced: { file: T, test: 'concurrent adds of one MAC address: one wins, the others are refused' } },
    {
      op: 'addADevice',
      rule: "type: 'The manufacturer (brand) name of the device', one of the makes listDevices filters by (algo, audioCodes, cisco, cyberData, grandstream, poly, yealink, other), in any case; model optional and free ('Supported device' lists are not in the pages)",
      enforced: { file: T, test: 'a desk phone added by MAC address and make is listed and shown' },
    },
    {
      op: 'addADevice',
      rule: "'Adds an unassigned desk phone or an assigned (to a user or a common area) desk phone': assigned_to (a user's id or email) and assignee_extension_ids (users' or common areas' extensions); the phone takes their site; 404 for a user or extension the account does not have (or an extension of another kind)",
      enforced: { file: T, test: 'a phone added for a user or extensions is assigned to them and takes their site' },
    },
    {
      op: 'addADevice',
      rule: "site_id: 'required when adding an unassigned device with multi-site functionality enabled' (an account of more than one site); a site the account does not have is refused; an account of one site puts the phone on it",
      enforced: { file: T, test: 'a phone added for a user or extensions is assigned to them and takes their site' },
    },
    {
      op: 'addADevice',
      rule: "provision_template_id: a template of the account ('Provision template does not exist.' otherwise), 'Supported only by some devices' (zero-touch and assisted phones, not manually provisioned ones)",
      enforced: { file: T, test: 'a provision template applied to a phone counts as bound; removed when left empty' },
    },
    { op: 'addADevice', rule: "'Each user can be assigned up to 3 desk phones' (the Batch add users page)", enforced: { file: T, test: 'each user can be assigned up to 3 desk phones' } },
    { op: 'addADevice', rule: "'All users must belong to the same site if a desk phone is assigned to multiple users' (the Batch add users page)", enforced: { file: T, test: 'all users of a phone must be on one site' } },
    { op: 'addADevice', rule: "'If you're using a wireless phone, enter the wired MAC address, not the wireless MAC address'", notEnforced: 'a MAC address does not tell a wired interface from a wireless one' },
    { op: 'addADevice', rule: PREREQUISITES, notEnforced: NO_PLANS },

    // ---- syncDeskphones
    {
      op: 'syncDeskphones',
      rule: "'resync all online zero-touch or assisted-provisioning devices in an account or a site': level 1 the account's, level 2 the site's; each restarts (offline for a minute); manually provisioned and offline phones are not reached",
      enforced: { file: R, test: "a resync restarts the account's or the site's online phones; one request every 15 minutes" },
    },
    {
      op: 'syncDeskphones',
      rule: "'Only allows sending one request every 15 minutes' (per account): 400/429 'Too many concurrent requests. A request has already been made.'; a refused request takes no turn",
      enforced: { file: R, test: "a resync restarts the account's or the site's online phones; one request every 15 minutes" },
    },
    { op: 'syncDeskphones', rule: 'Two resyncs at once: one is issued, the others refused (a conditional update decides)', enforced: { file: R, test: 'concurrent resyncs of one account: one is issued, the others refused' } },
    {
      op: 'syncDeskphones',
      rule: "level 1 or 2 ('1 - account level, 2 - site level'), site_id required at level 2 and a site of the account: 400/300 (documented without words) otherwise",
      enforced: { file: R, test: 'a resync names its level, and a site of the account at level 2' },
    },
    { op: 'syncDeskphones', rule: PREREQUISITES, notEnforced: NO_PLANS },

    // ---- getDeviceDetails
    {
      op: 'getDeviceDetails',
      rule: "The device as listed, with provision: its type (ztp for the vendors with a redirection service, assisted with the provisioning url, manual with the SIP accounts of its lines)",
      enforced: { file: T, test: 'a desk phone added by MAC address and make is listed and shown' },
    },
    { op: 'getDeviceDetails', rule: "'Device does not exist in the system.' (400/400) for an id the account does not have", enforced: { file: T, test: 'an assigned phone cannot be deleted; an unassigned one is gone' } },
    { op: 'getDeviceDetails', rule: 'provision.sip_accounts password, secondary_outbound_proxy and shared_line', notEnforced: 'the sandbox keeps no SIP credentials or shared line aliases for a line: the user name, authorization id, domain and proxy are shown, the rest left out' },
    { op: 'getDeviceDetails', rule: PREREQUISITES, notEnforced: NO_PLANS },

    // ---- updateADevice
    {
      op: 'updateADevice',
      rule: "display_name and provision_template_id ('An empty string represents No value set') change; assigned_to (a user's id or email): the phone becomes that user's (other assignees let go); an empty body changes nothing",
      enforced: { file: T, test: 'an update renames, reassigns and changes the template; refusals change nothing' },
    },
    {
      op: 'updateADevice',
      rule: "'Validation failed. Device does not exist in the system. Invalid userId.' (400/300) for a device the account does not have or an empty assigned_to; 'User not found: {userId} …' (404/1001) for a user it does not have; nothing changes",
      enforced: { file: T, test: 'an update renames, reassigns and changes the template; refusals change nothing' },
    },
    { op: 'updateADevice', rule: 'The limits of an assignment (3 desk phones a user, one site) and of a template (supported devices) hold as at the add', enforced: { file: T, test: 'an update renames, reassigns and changes the template; refusals change nothing' } },
    { op: 'updateADevice', rule: PREREQUISITES, notEnforced: NO_PLANS },

    // ---- deleteADevice
    {
      op: 'deleteADevice',
      rule: "'Device must not have been assigned to a user': an assigned phone is refused (400/300, documented without words); unassigned, it is gone",
      enforced: { file: T, test: 'an assigned phone cannot be deleted; an unassigned one is gone' },
    },
    { op: 'deleteADevice', rule: "A device the account does not have: 400/300 'Device does not exist in the system.'", enforced: { file: T, test: "another account neither sees nor changes the account's phones" } },
    { op: 'deleteADevice', rule: PREREQUISITES, notEnforced: NO_PLANS },

    // ---- assignAnEntityToADevice
    {
      op: 'assignAnEntityToADevice',
      rule: "assignee_extension_ids: users' and common areas' extensions, after the present assignees (one already there stays); 201; none named 400/300",
      enforced: { file: T, test: 'assigning extensions: users and common areas, the documented 404 for others' },
    },
    { op: 'assignAnEntityToADevice', rule: "'User extension ID or common area extension ID not found.' (404/1001), another kind of extension too; nothing assigned", enforced: { file: T, test: 'assigning extensions: users and common areas, the documented 404 for others' } },
    { op: 'assignAnEntityToADevice', rule: "'Each user can be assigned up to 3 desk phones': the fourth 400/300; a common area has no such limit", enforced: { file: T, test: 'each user can be assigned up to 3 desk phones' } },
    { op: 'assignAnEntityToADevice', rule: 'Concurrent assignments of one user to several phones take at most its 3 places (a unique index of the places decides)', enforced: { file: T, test: 'concurrent assignments of one user past 3 phones: only the free slots are taken' } },
    { op: 'assignAnEntityToADevice', rule: "'All users must belong to the same site if a desk phone is assigned to multiple users': 400/300", enforced: { file: T, test: 'all users of a phone must be on one site' } },
    { op: 'assignAnEntityToADevice', rule: "'Available only for the account that has enabled the common area feature'", notEnforced: 'the sandbox has no account features to enable: every account may assign common areas' },
    { op: 'assignAnEntityToADevice', rule: PREREQUISITES, notEnforced: NO_PLANS },

    // ---- unassignAnEntityFromTheDevice
    {
      op: 'unassignAnEntityFromTheDevice',
      rule: "'unassign a specific assignee from the device': the line key positions close up; the last gone, the phone is unassigned (offline); an extension not on the phone or a device the account does not have 400/300",
      enforced: { file: T, test: 'unassigning an extension takes it off the phone and closes up the positions' },
    },
    { op: 'unassignAnEntityFromTheDevice', rule: PREREQUISITES, notEnforced: NO_PLANS },

    // ---- updateProvisionTemplateOfADevice
    {
      op: 'updateProvisionTemplateOfADevice',
      rule: "'assign a provision template to a device or remove a provision template from the device by leaving templateId empty'; the template's bound_device_count counts the phone",
      enforced: { file: T, test: 'a provision template applied to a phone counts as bound; removed when left empty' },
    },
    { op: 'updateProvisionTemplateOfADevice', rule: "'Provision template does not exist.' (400/404), another account's template too", enforced: { file: T, test: 'a provision template applied to a phone counts as bound; removed when left empty' } },
    { op: 'updateProvisionTemplateOfADevice', rule: "'Supported device': a manually provisioned phone takes no template (400/300)", enforced: { file: T, test: 'a provision template applied to a phone counts as bound; removed when left empty' } },
    { op: 'updateProvisionTemplateOfADevice', rule: 'A template deleted later: the phone shows no template (provision_template_id empty)', enforced: { file: T, test: 'a deleted template is no longer shown on the phone' } },
    { op: 'updateProvisionTemplateOfADevice', rule: PREREQUISITES, notEnforced: NO_PLANS },

    // ---- rebootADeskPhone
    { op: 'rebootADeskPhone', rule: "'reboot an online zero-touch or assisted-provisioning device': 202, the phone offline for a minute of sandbox time, then online", enforced: { file: R, test: 'a reboot restarts an online phone: offline for a minute, then online again' } },
    {
      op: 'rebootADeskPhone',
      rule: "'You can only send one request every second' (per phone): 'Operation is too frequent. …'; 'The given device is offline' (unassigned or restarting); 'The given device type does not support this action' (manual provisioning); 'Device does not exist: {accountId}.'",
      enforced: { file: R, test: 'a reboot refused: too frequent, offline, a manually provisioned or unknown phone' },
    },
    { op: 'rebootADeskPhone', rule: 'Two reboots of one phone at once: one is issued, the other too frequent (a conditional update decides)', enforced: { file: R, test: 'concurrent reboots of one phone: one is issued, the others are too frequent' } },
    { op: 'rebootADeskPhone', rule: PREREQUISITES, notEnforced: NO_PLANS },

    // ---- listSmartphones
    {
      op: 'listSmartphones',
      rule: "'a list of all the smartphones configured with Zoom Phone on an account': smartphone_id, device_name, device_type, serial_number, public_ip, activation_status 'Activated', activation_time, assignee (the extension's id, name and number), site",
      enforced: { file: S, test: 'the demo smartphones are listed with their assignee and site' },
    },
    { op: 'listSmartphones', rule: 'site_id and keyword (device name or serial number) filter the list (from the SDK)', enforced: { file: S, test: 'smartphones are filtered by site and keyword' } },
    { op: 'listSmartphones', rule: "page_size (at most 300); 'The next page token is invalid or expired.' (400/400) for a token not of this list and filters", enforced: { file: S, test: 'smartphone pages: 300 at most, a foreign page token refused' } },
    { op: 'listSmartphones', rule: "'The expiration period for this token is 15 minutes'", enforced: { file: S, test: 'page tokens of the device and smartphone lists expire after 15 minutes' } },
    { op: 'listSmartphones', rule: "The account's own; another account's none", enforced: { file: S, test: "another account sees none of the account's smartphones" } },
    { op: 'listSmartphones', rule: 'A smartphone whose user leaves Zoom Phone stays, without an assignee', enforced: { file: T, test: 'a seeded smartphone of a removed user is listed without an assignee' } },
    { op: 'listSmartphones', rule: 'How a smartphone is configured (activated on a device)', notEnforced: 'no operation of the pages adds a smartphone: the demo account is seeded with two, other accounts have none' },
    { op: 'listSmartphones', rule: "'Not supported in Gov cluster'", notEnforced: 'the sandbox is one cluster' },
    { op: 'listSmartphones', rule: PREREQUISITES, notEnforced: NO_PLANS },

    // ---- getDeviceLineKeysInformation
    {
      op: 'getDeviceLineKeysInformation',
      rule: "device_id, device_name and positions: one per assignee, in position order, with its extension (number, type 'User' or 'CommonArea', display name) and first phone number",
      enforced: { file: K, test: 'a device has one line key position per assignee; a batch moves them' },
    },
    { op: 'getDeviceLineKeysInformation', rule: 'A device the account does not have: 400/400 \'Device does not exist in the system.\' (undocumented, getDeviceDetails\' words)', enforced: { file: K, test: 'a position batch refused changes nothing: unknown extension, index out of range or taken twice' } },
    { op: 'getDeviceLineKeysInformation', rule: 'outbound_caller_ids, owner_extension_name and owner_extension_number (an ATA port owner)', notEnforced: 'the sandbox keeps no outbound caller ids per line and no analog adapter ports: left out' },
    { op: 'getDeviceLineKeysInformation', rule: LINE_PREREQUISITES, notEnforced: NO_PLANS },

    // ---- batchUpdateDeviceLineKeyPosition
    { op: 'batchUpdateDeviceLineKeyPosition', rule: 'positions: each named assignee takes its index; the others keep their order in the positions left free; the first position is the device\'s assignee', enforced: { file: K, test: 'a device has one line key position per assignee; a batch moves them' } },
    {
      op: 'batchUpdateDeviceLineKeyPosition',
      rule: "'Extension ID does not exist: {0}.' for an extension not on the device; 'Index is invalid: {0}.' for an index outside 1..the number of assignees or named twice; nothing changes",
      enforced: { file: K, test: 'a position batch refused changes nothing: unknown extension, index out of range or taken twice' },
    },
    { op: 'batchUpdateDeviceLineKeyPosition', rule: 'Two batches of one device at once apply one after the other (the device row is locked)', enforced: { file: K, test: 'concurrent position batches of one device apply one after another' } },
    { op: 'batchUpdateDeviceLineKeyPosition', rule: LINE_PREREQUISITES, notEnforced: NO_PLANS },

    // ---- getLineKeyPositionAndSettingsInformation
    {
      op: 'getLineKeyPositionAndSettingsInformation',
      rule: "line_keys of a user's or common area's extension, by index: line_key_id, type, alias, outbound_caller_id, key_assignment (the assigned extension's name, number and phone number; speed_dial_number; retrieval_code)",
      enforced: { file: K, test: "the demo's line keys: Ada's line, a busy lamp on Grace, a speed dial" },
    },
    { op: 'getLineKeyPositionAndSettingsInformation', rule: 'An extension the account does not have (or of another kind): 400/300 \'Extension does not exist: {0}.\' (undocumented)', enforced: { file: K, test: 'a line key batch refused changes nothing' } },
    { op: 'getLineKeyPositionAndSettingsInformation', rule: LINE_PREREQUISITES, notEnforced: NO_PLANS },

    // ---- batchUpdateLineKeyPositionAndSettingsInformation
    {
      op: 'batchUpdateLineKeyPositionAndSettingsInformation',
      rule: 'An item with line_key_id changes that key (what it names); one without adds a key (type required; index the next free one when not given); a new type keeps nothing of the old assignment; indexes are unique in the end',
      enforced: { file: K, test: 'line keys are added, changed, moved and deleted in batches' },
    },
    {
      op: 'batchUpdateLineKeyPositionAndSettingsInformation',
      rule: "'Line key ID does not exist: {0}.' (400/300); 'Line key type is invalid: {0}.' (400/300, for a type not of line, blf, speed_dial, zoom_meeting, call_park, group_call_pickup); nothing changes",
      enforced: { file: K, test: 'a line key batch refused changes nothing' },
    },
    { op: 'batchUpdateLineKeyPositionAndSettingsInformation', rule: "alias: 'can be up to 32 characters in length'", enforced: { file: K, test: 'a line key batch refused changes nothing' } },
    {
      op: 'batchUpdateLineKeyPositionAndSettingsInformation',
      rule: "blf ('Busy lamp field') names the extension it watches; speed_dial a number to dial ('speed_dial_number used for speed_dial_number line key type'); an extension the account does not have is refused (400/300)",
      enforced: { file: K, test: 'a line key batch refused changes nothing' },
    },
    { op: 'batchUpdateLineKeyPositionAndSettingsInformation', rule: "outbound_caller_id: 'Hides the caller ID if set to anonymous': kept and shown as given", enforced: { file: K, test: 'line keys are added, changed, moved and deleted in batches' } },
    { op: 'batchUpdateLineKeyPositionAndSettingsInformation', rule: 'Two batches of one extension at once apply one after the other, never two keys at one index', enforced: { file: K, test: 'concurrent line key batches of one extension never collide' } },
    { op: 'batchUpdateLineKeyPositionAndSettingsInformation', rule: 'An extension that leaves the directory takes its keys, and keys aimed at it, along', enforced: { file: T, test: 'a removed user leaves its phones, line keys and smartphones' } },
    { op: 'batchUpdateLineKeyPositionAndSettingsInformation', rule: LINE_PREREQUISITES, notEnforced: NO_PLANS },

    // ---- deleteALineKeySetting
    { op: 'deleteALineKeySetting', rule: "'delete the Zoom Phone line key settings': gone from the extension's keys; 'Line key ID does not exist: {0}.' (400/300) again, or for another extension's key", enforced: { file: K, test: 'line keys are added, changed, moved and deleted in batches' } },
    { op: 'deleteALineKeySetting', rule: LINE_PREREQUISITES, notEnforced: NO_PLANS },

    // ---- what other families' changes do to phones
    { op: 'listDevices', rule: "A user taken out of Zoom Phone, or a common area's extension released, leaves its phones (positions close up)", enforced: { file: T, test: 'a removed user leaves its phones, line keys and smartphones' } },
    { op: 'listDevices', rule: "A deleted site's phones move to its transfer site", enforced: { file: T, test: 'a deleted site moves its phones to the transfer site' } },
    { op: 'listDevices', rule: "A user moved to another site takes its phones along", enforced: { file: T, test: 'a user moved to another site takes its phones along' } },
  ],
  unreachable: {
    listSmartphones: {
      youDoNotHavePermissionBecause: "the sandbox has no site-scoped admins: a caller's token acts on every site of its account",
    },
  },
});
