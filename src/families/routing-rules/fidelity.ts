// What the Routing Rules pages state in words, whether the server holds to it, and
// why (rendered into docs/fidelity.md by `npm run coverage`).
import { defineFidelity, type Rule } from '../../kit/fidelity.ts';
import type { OperationId } from '../../../spec/operations.ts';

const R = 'test/families/routing-rules/routing-rules.test.ts';
const NO_PLANS = "the sandbox does not model account plans or licenses: a token whose scopes allow the call acts as the account's admin";
const prerequisites = (ops: OperationId[]): Rule[] => ops.map((op) => ({ op, rule: "Prerequisites: 'A Business or Enterprise account - A Zoom Phone license'", notEnforced: NO_PLANS }));
const ROUTER = "'These rules are used to route outgoing calls. If a dialed number does not match a Zoom Phone user, and does not match a defined External Contact, these rules are tested next … otherwise the PSTN'";

export default defineFidelity({
  rules: [
    // ---- listDirectoryBackupRoutingRules
    { op: 'listDirectoryBackupRoutingRules', rule: "'Returns a list of directory backup routing rules': name, number_pattern, order, routing_path (type, sip_group id and name), routing_rule_id, site_id ('nullable if the routing rule is at an account level'), translation", enforced: { file: R, test: 'a rule on a site through a SIP group is shown with its group, site, order and translation' } },
    { op: 'listDirectoryBackupRoutingRules', rule: "The demo account's seeded account-level rule; account-level rules carry no site_id", enforced: { file: R, test: "the demo account lists its seeded account-level rule" } },
    { op: 'listDirectoryBackupRoutingRules', rule: "site_id (the SDK's query parameter) lists one site's rules; the response is an array, not a page (no page_size or next_page_token documented)", enforced: { file: R, test: 'a rule on a site through a SIP group is shown with its group, site, order and translation' } },
    { op: 'listDirectoryBackupRoutingRules', rule: "The account's rules only", enforced: { file: R, test: "another account's rules are not the caller's" } },
    { op: 'listDirectoryBackupRoutingRules', rule: ROUTER, notEnforced: "the simulator routes calls to the account's own numbers and extensions and calls out by E.164; a dialled number that is neither (where backup routing applies) is refused before routing, so the rules are stored, ordered and validated (a pattern that does not compile is refused) but not yet tested against a dialled number" },
    ...prerequisites(['listDirectoryBackupRoutingRules', 'addDirectoryBackupRoutingRule', 'getDirectoryBackupRoutingRule', 'updateDirectoryBackupRoutingRule', 'deleteDirectoryBackupRoutingRule']),

    // ---- addDirectoryBackupRoutingRule
    { op: 'addDirectoryBackupRoutingRule', rule: "'Creates a directory backup routing rule': 201 with its name and routing_rule_id; it is listed last in its scope (the account level or its site)", enforced: { file: R, test: 'a rule on a site through a SIP group is shown with its group, site, order and translation' } },
    { op: 'addDirectoryBackupRoutingRule', rule: "type: 'Type cannot be null.'; a value outside other_sites, pstn, sip_group: 'Type does not exist.'", enforced: { file: R, test: 'each documented refusal of an add answers its error and adds nothing' } },
    { op: 'addDirectoryBackupRoutingRule', rule: "number_pattern: 'Number Pattern cannot be null.', 'Number Pattern length can be up to 255 characters.'; name: 'Routing rule name cannot be blank.', '… up to 255 characters.'; translation: '… up to 255 characters.'", enforced: { file: R, test: 'each documented refusal of an add answers its error and adds nothing' } },
    { op: 'addDirectoryBackupRoutingRule', rule: 'Limits: 255 characters of name, number pattern and translation are taken, 256 refused', enforced: { file: R, test: 'limits: a name, a pattern and a translation of 255 characters are taken' } },
    { op: 'addDirectoryBackupRoutingRule', rule: "sip_group_id: 'it cannot be null when type = sip_group' ('SIP Group cannot be null.'); a group the account does not have, or one that does not serve Zoom Phone (a contact center's): 'SIP Group does not exist.'", enforced: { file: R, test: 'each documented refusal of an add answers its error and adds nothing' } },
    { op: 'addDirectoryBackupRoutingRule', rule: "site_id: a site the account does not have: 'Site does not exist.'; the site is held until the rule is written, so a concurrent site deletion moves it", enforced: { file: R, test: 'each documented refusal of an add answers its error and adds nothing' } },
    { op: 'addDirectoryBackupRoutingRule', rule: "'Number Pattern ({0}) already exists.': a pattern is the account's once, whatever the site (a unique index: of two concurrent adds one wins)", enforced: { file: R, test: 'concurrent adds to one scope take distinct orders, and one pattern is added once' } },
    { op: 'addDirectoryBackupRoutingRule', rule: "Where the pages are silent: a pattern is unique in the account, not per site, so that a deleted site's rules always fit on the transfer site", enforced: { file: R, test: "another account's rules are not the caller's" } },
    { op: 'addDirectoryBackupRoutingRule', rule: "number_pattern: 'The Perl-compatible number_pattern expression': one that does not compile is refused (400/300, undocumented)", enforced: { file: R, test: 'each documented refusal of an add answers its error and adds nothing' } },
    { op: 'addDirectoryBackupRoutingRule', rule: "translation: 'The optional replacement pattern. It must be in E.164 format.'", notEnforced: "the page's own example translation is '/[1-9]/', not an E.164 number: the words and the example disagree, so any text up to 255 characters is kept" },

    // ---- getDirectoryBackupRoutingRule
    { op: 'getDirectoryBackupRoutingRule', rule: "'Returns the directory backup routing rule' with its order, routing path (SIP group id and name), site and translation", enforced: { file: R, test: 'a rule on a site through a SIP group is shown with its group, site, order and translation' } },
    { op: 'getDirectoryBackupRoutingRule', rule: "A rule the account does not have: 400/404 'Routing rule does not exist.' (the update's and delete's words; the page documents none)", enforced: { file: R, test: 'an update changes the fields it names, and its refusals change nothing' } },

    // ---- updateDirectoryBackupRoutingRule
    { op: 'updateDirectoryBackupRoutingRule', rule: "'Updates the directory backup routing rule': the fields given change; leaving type sip_group drops the group", enforced: { file: R, test: 'an update changes the fields it names, and its refusals change nothing' } },
    { op: 'updateDirectoryBackupRoutingRule', rule: "Each documented refusal ('Type does not exist.', 'SIP Group cannot be null.', 'Number Pattern ({0}) already exists.', the three 255-character limits, 'Routing rule does not exist.', 'SIP Group does not exist.') changes nothing", enforced: { file: R, test: 'an update changes the fields it names, and its refusals change nothing' } },
    { op: 'updateDirectoryBackupRoutingRule', rule: "order: 'Order inserting occurs when this field is filled. It will automatically readjust the order of rules between the target order and the current order.'", enforced: { file: R, test: 'an order moves a rule and shifts the rules between; a delete closes the gap' } },
    { op: 'updateDirectoryBackupRoutingRule', rule: "order outside 1..(the rules of its scope): refused 400/300 (undocumented), nothing changes", enforced: { file: R, test: 'an update changes the fields it names, and its refusals change nothing' } },

    // ---- deleteDirectoryBackupRoutingRule
    { op: 'deleteDirectoryBackupRoutingRule', rule: "'Deletes the directory backup routing rule'; the rules after it in its scope move up one", enforced: { file: R, test: 'an order moves a rule and shifts the rules between; a delete closes the gap' } },
    { op: 'deleteDirectoryBackupRoutingRule', rule: "A rule the account does not have (or no more): 'Routing rule does not exist.'", enforced: { file: R, test: "another account's rules are not the caller's" } },
    { op: 'deleteDirectoryBackupRoutingRule', rule: "deleteAPhoneSite: 'the assets of current site … can be transferred' to the transfer site: a deleted site's rules move there, after its own, in their order", enforced: { file: R, test: "a deleted site's rules move to the transfer site, after its own rules" } },
  ],
  unreachable: {},
});
