// What the Firmware Update Rules pages state in words, whether the server holds
// to it, and why (rendered into docs/fidelity.md by `npm run coverage`).
import { defineFidelity } from '../../kit/fidelity.ts';

const T = 'test/families/firmware-update-rules/firmware-update-rules.test.ts';

const NO_PLANS = "the sandbox does not model account plans or licenses: a token whose scopes allow the call acts as the account's admin";
const PREREQUISITES = "Prerequisites: 'Business or Education account', 'Zoom Phone license'";
const NO_DEVICES =
  'desk phones do not exist in the sandbox yet: a rule is kept, listed and shown, but no device is updated or restarted by it';
const CATALOGUE =
  "The firmware a rule may name is the sandbox's own catalogue (catalogue.ts), a fixed choice since Zoom's comes from its device vendors: " +
  'AudioCodes 445HD (3.4.4.1106 sunset, 3.4.5.18, 3.4.6.40), Poly VVX 450 (5.9.7.3480 sunset, 6.3.1.8427, 6.4.3.5814), ' +
  'Yealink T54W (96.85.0.5, 96.86.0.70, 96.86.0.100 unavailable), Yealink T46U (108.85.0.5, 108.86.0.70), Cisco 8841 (sip88xx.12-8-1MPP sunset, sip88xx.14-2-1MPP); ' +
  'vendor and model match in any case and are kept as the catalogue spells them';

export default defineFidelity({
  rules: [
    {
      op: 'listFirmwareUpdateRules',
      rule: "'Use this API to get firmware update rules': the account's own (rule_id, version, device_type, device_model), in the order they were made, none of another account's",
      enforced: { file: T, test: "another account neither sees nor changes the account's rules" },
    },
    {
      op: 'listFirmwareUpdateRules',
      rule: "site_id (Zoom's SDK): the rules of that site only; a site the account does not have is a bad request (400/300, 'Site does not exist: …')",
      enforced: { file: T, test: 'the demo account lists the rules of its sites' },
    },
    {
      op: 'listFirmwareUpdateRules',
      rule: "page_size (Zoom's pagination convention: default 30, at most 300), next_page_token 'returned whenever the set of the available result list exceeds the page size'; the page shows no total_records",
      enforced: { file: T, test: 'the list pages by next_page_token, 300 a page at most' },
    },
    {
      op: 'listFirmwareUpdateRules',
      rule: "400/300: a page size out of range, a page token that is not the list's, or a site filter of a site the account does not have",
      enforced: { file: T, test: 'the list pages by next_page_token, 300 a page at most' },
    },
    {
      op: 'listFirmwareUpdateRules',
      rule: "A page token expires after 15 minutes (the convention's words), answered 400/300",
      enforced: { file: T, test: 'a page token expires after 15 minutes' },
    },
    { op: 'listFirmwareUpdateRules', rule: PREREQUISITES, notEnforced: NO_PLANS },

    {
      op: 'addAFirmwareUpdateRule',
      rule: "'Use this API to add a firmware update rule': device_type, device_model and version (required) name a version of a model; answered 201 with rule_Id",
      enforced: { file: T, test: "a rule created is listed and shown with its version's update log" },
    },
    { op: 'addAFirmwareUpdateRule', rule: CATALOGUE, enforced: { file: T, test: 'the vendor and model are matched in any case and kept as the catalogue spells them' } },
    {
      op: 'addAFirmwareUpdateRule',
      rule: "404 'The firmware version does not exist, firmware version:{0}.': a version the model does not have, another model's, or one of a vendor or model the catalogue does not have; nothing is created",
      enforced: { file: T, test: 'a version the model does not have is the documented 404 and creates nothing' },
    },
    {
      op: 'addAFirmwareUpdateRule',
      rule: "A version's status ('1 — Available. 2 — Unavailable. 3 — Sunset'): a rule names an available one only; an unavailable or sunset one is a bad request (400/300) naming version",
      enforced: { file: T, test: 'only an available version can be the version of a rule' },
    },
    {
      op: 'addAFirmwareUpdateRule',
      rule: "site_id: 'Required if multiple sites are enabled' (an account with more than one site; with one, the rule goes on it); a site the account does not have is a bad request (400/300)",
      enforced: { file: T, test: 'site_id: required when the account has multiple sites, and a site of the account' },
    },
    {
      op: 'addAFirmwareUpdateRule',
      rule: "A site has one rule per device model (two would name two versions for the same phones): a second is a bad request (400/300); the database decides, so concurrent creates cannot both win",
      enforced: { file: T, test: 'a site has one rule per device model; another site may have its own' },
    },
    { op: 'addAFirmwareUpdateRule', rule: 'A lost race for a model on a site is the 400/300 refusal, never a 500', enforced: { file: T, test: 'concurrent creates of one model on a site: one wins, the others are refused' } },
    {
      op: 'addAFirmwareUpdateRule',
      rule: "restart_type: '1 - Restart the devices immediately. 2 - Restart with the next resync or auto pull', default 1; other values refused by the schema (400/300)",
      enforced: { file: T, test: 'the request schema refuses missing fields and restart types the page does not list' },
    },
    { op: 'addAFirmwareUpdateRule', rule: 'The rule updates the firmware of the site\'s devices of that model and restarts them as restart_type says (kept with the rule)', notEnforced: NO_DEVICES },
    { op: 'addAFirmwareUpdateRule', rule: PREREQUISITES, notEnforced: NO_PLANS },

    {
      op: 'getFirmwareUpdateRuleInformation',
      rule: "'get the firmware update rule information': device_type, device_model, version, and update_log (the catalogue's log of that version)",
      enforced: { file: T, test: "a rule created is listed and shown with its version's update log" },
    },
    {
      op: 'getFirmwareUpdateRuleInformation',
      rule: "404 'Firmware rule (ID: {0}) does not exist.': a rule the account does not have (another account's, or one deleted)",
      enforced: { file: T, test: 'a deleted rule is gone; deleting it again answers the documented 404' },
    },
    { op: 'getFirmwareUpdateRuleInformation', rule: PREREQUISITES, notEnforced: NO_PLANS },

    {
      op: 'updateFirmwareUpdateRule',
      rule: "'update a specific firmware update rule': device_type, device_model and version (required) replace the rule's; the site stays; restart_type left out is its default, 1",
      enforced: { file: T, test: 'an update sets the model, version and restart type; the site stays' },
    },
    {
      op: 'updateFirmwareUpdateRule',
      rule: "404 'The rule does not exist, rule id:{0}.': a rule the account does not have",
      enforced: { file: T, test: 'an update of a rule the account does not have is the documented 404' },
    },
    {
      op: 'updateFirmwareUpdateRule',
      rule: "404 'The firmware version does not exist, firmware version:{0}.', and a version not available (400/300), as for a create; nothing changes",
      enforced: { file: T, test: 'an update to a version that does not exist, or is not available, changes nothing' },
    },
    {
      op: 'updateFirmwareUpdateRule',
      rule: 'An update that makes the rule name a model another rule of its site has is a bad request (400/300); nothing changes',
      enforced: { file: T, test: 'an update that makes a rule name the model another rule of its site has is refused and changes nothing' },
    },
    { op: 'updateFirmwareUpdateRule', rule: "The site's devices of the model move to the new version, restarted as restart_type says", notEnforced: NO_DEVICES },
    { op: 'updateFirmwareUpdateRule', rule: PREREQUISITES, notEnforced: NO_PLANS },

    {
      op: 'deleteFirmwareUpdateRule',
      rule: "'delete the firmware update rule': gone from the list and the details; the model is free on its site again",
      enforced: { file: T, test: 'a deleted rule is gone; deleting it again answers the documented 404' },
    },
    {
      op: 'deleteFirmwareUpdateRule',
      rule: "404 'The rule does not exist, rule id:{0}.': a rule the account does not have (deleted already, or another account's)",
      enforced: { file: T, test: "another account neither sees nor changes the account's rules" },
    },
    {
      op: 'deleteFirmwareUpdateRule',
      rule: "restart_type (Zoom's SDK, 1 or 2): accepted, other values refused by the schema (400/300)",
      enforced: { file: T, test: 'a deleted rule is gone; deleting it again answers the documented 404' },
    },
    { op: 'deleteFirmwareUpdateRule', rule: 'What a deleted rule does to the devices it updated, and their restart as restart_type says', notEnforced: NO_DEVICES },
    {
      op: 'deleteFirmwareUpdateRule',
      rule: "A site deleted takes its rules (a rule is its site's setting; the phones moving to the transfer site take that site's rules) — the sandbox's choice, the pages say nothing",
      enforced: { file: T, test: 'a deleted site takes its rules with it' },
    },
    { op: 'deleteFirmwareUpdateRule', rule: PREREQUISITES, notEnforced: NO_PLANS },

    {
      op: 'listUpdatableFirmwares',
      rule: "'get updatable firmwares': each model of the catalogue with its versions (version, update_log, expire_time, status 1 Available / 2 Unavailable / 3 Sunset)",
      enforced: { file: T, test: 'the updatable firmwares are the catalogue; is_update keeps the versions a rule may name' },
    },
    {
      op: 'listUpdatableFirmwares',
      rule: "is_update (Zoom's SDK, undescribed): true keeps the versions a rule may name (available ones), false or absent lists all",
      enforced: { file: T, test: 'the updatable firmwares are the catalogue; is_update keeps the versions a rule may name' },
    },
    {
      op: 'listUpdatableFirmwares',
      rule: "site_id (Zoom's SDK, undescribed): must be a site of the account (400/300 otherwise); the catalogue is the same for every site",
      enforced: { file: T, test: 'the updatable firmwares are the catalogue; is_update keeps the versions a rule may name' },
    },
    {
      op: 'listUpdatableFirmwares',
      rule: "A version's status and expire_time follow the sandbox clock (a version sunset once its expire_time passes)",
      notEnforced: "the catalogue is fixed: each version's status is the one written down in catalogue.ts, whatever the sandbox clock says",
    },
    { op: 'listUpdatableFirmwares', rule: 'Which versions the account\'s devices on the site can be updated to (from the versions they run)', notEnforced: NO_DEVICES },
    { op: 'listUpdatableFirmwares', rule: PREREQUISITES, notEnforced: NO_PLANS },
  ],
  unreachable: {
    getFirmwareUpdateRuleInformation: {
      error300: 'the operation takes nothing but the rule id in its path, and an id the account does not have is the documented 404: no input of it can be a bad request',
    },
  },
});
