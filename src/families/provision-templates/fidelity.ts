// What the Provision Templates pages state in words, whether the server holds to
// it, and why (rendered into docs/fidelity.md by `npm run coverage`).
import { defineFidelity } from '../../kit/fidelity.ts';

const T = 'test/families/provision-templates/provision-templates.test.ts';

const NO_PLANS = "the sandbox does not model account plans or licenses: a token whose scopes allow the call acts as the account's admin";
const PREREQUISITES = "Prerequisites: 'A Pro or higher account plan'; 'A Zoom Phone license'";
// Desk phones are the phone-devices family's: its tests apply templates to phones and count them here.
const D = 'test/families/phone-devices/phone-devices.test.ts';
const BOUND = { file: D, test: 'a provision template applied to a phone counts as bound; removed when left empty' };

export default defineFidelity({
  rules: [
    {
      op: 'listProvisionTemplates',
      rule: "'list all provision templates in a Zoom account': the account's own, none of another account's (its sub accounts' neither)",
      enforced: { file: T, test: "another account neither sees nor changes the account's templates" },
    },
    {
      op: 'listProvisionTemplates',
      rule: 'Each item: id, name, description and bound_device_count (the content is shown by getAProvisionTemplate only, as the list\'s schema has no content)',
      enforced: { file: T, test: 'a template added is listed and shown with its content' },
    },
    {
      op: 'listProvisionTemplates',
      rule: "page_size: 'The number of records returned within a single API call (at most 300)'; total_records",
      enforced: { file: T, test: 'the list pages by next_page_token, 300 a page at most' },
    },
    {
      op: 'listProvisionTemplates',
      rule: "next_page_token: 'A next page token is returned whenever the set of available results exceeds the current page size'",
      enforced: { file: T, test: 'the list pages by next_page_token, 300 a page at most' },
    },
    {
      op: 'listProvisionTemplates',
      rule: "'The expiration period for this token is 15 minutes'",
      enforced: { file: T, test: 'a page token expires after 15 minutes' },
    },
    { op: 'listProvisionTemplates', rule: "bound_device_count: 'The number of devices using the provision template': the account's desk phones given it (phone-devices)", enforced: BOUND },
    { op: 'listProvisionTemplates', rule: PREREQUISITES, notEnforced: NO_PLANS },

    {
      op: 'addAProvisionTemplate',
      rule: "'create a provision template in a Zoom account': name (required), description and content kept as given; 201 answers the template's id and name",
      enforced: { file: T, test: 'a template added is listed and shown with its content' },
    },
    {
      op: 'addAProvisionTemplate',
      rule: "name is required: left out, the schema refuses it (400/300); blank, 400/300 'name must not be empty.' (the code documented without words); nothing is added",
      enforced: { file: T, test: 'a template needs a name: left out or blank, it is refused and nothing is added' },
    },
    {
      op: 'addAProvisionTemplate',
      rule: "400/400 (documented without words): a name the account already has, in updateAProvisionTemplate's words 'Provision template name ({0}) already exists.'; names are compared trimmed and case-sensitive; another account may use the name; the database decides",
      enforced: { file: T, test: 'a name the account already has is refused; another account may use it' },
    },
    {
      op: 'addAProvisionTemplate',
      rule: 'A lost race of two adds of one name is the 400/400 name conflict, never a 500',
      enforced: { file: T, test: 'concurrent adds of one name: one wins, the others are refused' },
    },
    {
      op: 'addAProvisionTemplate',
      rule:
        "400/400 (documented without words): content that sets a reserved parameter, in updateAProvisionTemplate's words 'template should not contain reserved parameters (Key: {0}).'. " +
        "The pages do not list the reserved keys: the sandbox reserves a line's SIP registration, which Zoom provisions for the device's assignee (account.N.* as Yealink writes it, reg.N.* as Poly does), keys read from 'key = value' lines, without case; comment lines set nothing",
      enforced: { file: T, test: 'content that sets a reserved parameter is refused and adds nothing' },
    },
    { op: 'addAProvisionTemplate', rule: PREREQUISITES, notEnforced: NO_PLANS },

    {
      op: 'getAProvisionTemplate',
      rule: "'get a specific provision template': id, name, description, content and bound_device_count",
      enforced: { file: T, test: 'a template added is listed and shown with its content' },
    },
    {
      op: 'getAProvisionTemplate',
      rule: "A template the account does not have (another account's too): the page documents no error; answered as update and delete document it, 400/404 'Provision template does not exist.'",
      enforced: { file: T, test: 'a template the account does not have cannot be shown' },
    },
    { op: 'getAProvisionTemplate', rule: "bound_device_count: 'The number of devices using the provision template': the account's desk phones given it (phone-devices)", enforced: BOUND },
    { op: 'getAProvisionTemplate', rule: PREREQUISITES, notEnforced: NO_PLANS },

    {
      op: 'updateAProvisionTemplate',
      rule: "'update a provision template': the fields given change, the others stay; its own name again is no conflict; an empty body changes nothing",
      enforced: { file: T, test: 'an update changes what it names and keeps the rest' },
    },
    {
      op: 'updateAProvisionTemplate',
      rule: "'Provision template name ({0}) already exists.' (400/400) for another template's name; 'template should not contain reserved parameters (Key: {0}).' (400/400); 400/300 for a blank name or a value the schema refuses; nothing changes",
      enforced: { file: T, test: 'an update refused for its input changes nothing' },
    },
    {
      op: 'updateAProvisionTemplate',
      rule: "'Provision template does not exist.' (400/404) for an id the account does not have, another account's too",
      enforced: { file: T, test: 'an update of a template the account does not have answers the documented error' },
    },
    { op: 'updateAProvisionTemplate', rule: PREREQUISITES, notEnforced: NO_PLANS },

    {
      op: 'deleteAProvisionTemplate',
      rule: "'delete a provision template': gone from the list and the details; its name is free again",
      enforced: { file: T, test: 'a deleted template is gone; deleting it again answers the documented error' },
    },
    {
      op: 'deleteAProvisionTemplate',
      rule: "'Provision template does not exist.' (400/404) for an id the account does not have (deleted already, or another account's)",
      enforced: { file: T, test: "another account neither sees nor changes the account's templates" },
    },
    {
      op: 'deleteAProvisionTemplate',
      rule: 'A template used by devices: the page says nothing of deleting one; it is deleted, and the phones that used it show no template',
      enforced: { file: D, test: 'a deleted template is no longer shown on the phone' },
    },
    { op: 'deleteAProvisionTemplate', rule: PREREQUISITES, notEnforced: NO_PLANS },
  ],
  unreachable: {},
});
