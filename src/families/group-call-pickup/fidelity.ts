// What the Group Call Pickup pages state in words, whether the server holds to it
// (and the test that shows it), rendered into docs/fidelity.md by `npm run coverage`.
// Every documented error of the eight operations is drawn out by a test.
import { defineFidelity, type Rule } from '../../kit/fidelity.ts';

const GROUPS = 'test/families/group-call-pickup/groups.test.ts';
const MEMBERS = 'test/families/group-call-pickup/members.test.ts';
const RACES = 'test/families/group-call-pickup/races.test.ts';

const NO_PLANS = "the sandbox does not model account plans or Zoom Phone licences: a token whose scopes allow the call acts as the account's admin";
const NO_CALLS =
  "the simulator's calls ring, answer, transfer and go to voicemail, but nobody picks up a colleague's call in them yet (no script step for it): the setting is kept and shown as given";
const NOT_FOUND = "an id that is no group of the caller's account (deleted, another account's) answers 400/404 'Group call pickup does not exist.'";

const prerequisites = (op: Rule['op']): Rule => ({ op, rule: "Prerequisites: 'A Pro or higher account plan', 'A Zoom Phone license'", notEnforced: NO_PLANS });

/** What a list states of its pages. */
function pageRules(op: 'listGroupCallPickupObjects' | 'listCallPickupGroupMembers', file: string, test: string): Rule[] {
  return [
    { op, rule: "page_size: 'The number of records returned within a single API call (at most 300)', 30 by default", enforced: { file, test } },
    { op, rule: "next_page_token: 'returned whenever the set of available results exceeds the current page size'; a token is bound to its list's filters", enforced: { file, test } },
    { op, rule: "total_records: 'The total number of records returned' (every record the filters match)", enforced: { file, test } },
    {
      op,
      rule: "The page token 'expires after 15 minutes'",
      notEnforced: "kept by the platform's page tokens (src/platform/pagination.ts), whose expiry the platform's own tests show; this family's tests do not wait 15 minutes of the sandbox clock",
    },
  ];
}

export default defineFidelity({
  rules: [
    // ---- list -----------------------------------------------------------------
    {
      op: 'listGroupCallPickupObjects',
      rule: "Lists the 'Group Call Pickup objects in an account', each with its site, extension, member_count and settings",
      enforced: { file: GROUPS, test: 'the demo group lists with its site, extension and two members' },
    },
    {
      op: 'listGroupCallPickupObjects',
      rule: "site_id (the SDK's query parameter): only the groups of that site; a site the account does not have lists none",
      enforced: { file: GROUPS, test: 'the list filters by site, shows 30 a page unless asked, at most 300, and pages by next_page_token' },
    },
    ...pageRules('listGroupCallPickupObjects', GROUPS, 'the list filters by site, shows 30 a page unless asked, at most 300, and pages by next_page_token'),
    {
      op: 'listGroupCallPickupObjects',
      rule: "Another account's groups are not listed",
      enforced: { file: GROUPS, test: "another account neither sees nor changes the account's groups" },
    },
    prerequisites('listGroupCallPickupObjects'),

    // ---- add ------------------------------------------------------------------
    {
      op: 'addAGroupCallPickupObject',
      rule: "display_name and site_id are required; delay 'default: 0', directed_call_pickup 'default: false', play_incoming_calls_sound enable 'default: false', ring_tone 'default: ringtone_1', duration 'default: 0'",
      enforced: { file: GROUPS, test: 'a group is added with the documented defaults, and shows in the list and by id' },
    },
    {
      op: 'addAGroupCallPickupObject',
      rule: "'Display name must be in the range of 3 to 200.' (update's words; the create page documents 400/300 without words), counted without surrounding spaces",
      enforced: { file: GROUPS, test: 'the display name must be 3 to 200 characters and the description 255 at most' },
    },
    {
      op: 'addAGroupCallPickupObject',
      rule: "'Description is too long.' past 255 characters: the pages give no length; 255 is the one the Phone document gives its descriptions ('Description length can be up to 255 characters')",
      enforced: { file: GROUPS, test: 'the display name must be 3 to 200 characters and the description 255 at most' },
    },
    {
      op: 'addAGroupCallPickupObject',
      rule: "site_id: 'Unique identifier of the site': a site of the account (another account's is none); a group added while its site is deleted ends on the transfer site or is refused",
      enforced: { file: GROUPS, test: "the site must be one of the account's" },
    },
    {
      op: 'addAGroupCallPickupObject',
      rule: 'A group added while its site is deleted ends on the transfer site, or finds the site gone',
      enforced: { file: RACES, test: 'groups added while their site is deleted end on the transfer site or are refused' },
    },
    {
      op: 'addAGroupCallPickupObject',
      rule: "extension_number: 'Short extension number': a whole number from 1 with no more digits than the site's short extensions ('Extension number error.')",
      enforced: { file: GROUPS, test: "the extension number is a short extension of the group's site, once among the account's groups" },
    },
    {
      op: 'addAGroupCallPickupObject',
      rule: "The group's extension number is the account's once among its groups: a second group with it is refused ('Extension number error.'), and of concurrent creates one wins",
      enforced: { file: RACES, test: 'of concurrent creates with one extension number, one wins and the others are refused' },
    },
    {
      op: 'addAGroupCallPickupObject',
      rule: "The group's extension number is the account's once among all its extensions (users', auto receptionists')",
      notEnforced:
        "the extension directory has no kind for a call pickup group (extensions/tables.ts ExtensionKind) and its public surface looks extensions up by id and owner, not by number: the number is held unique among the account's groups only (a unique index), and may equal a user's",
    },
    {
      op: 'addAGroupCallPickupObject',
      rule: "extension_number left out: the group has no number (none is shown); it always has an extension_id of its own",
      enforced: { file: GROUPS, test: 'a group is added with the documented defaults, and shows in the list and by id' },
    },
    {
      op: 'addAGroupCallPickupObject',
      rule: "member_extension_ids ('Extension ID'): extensions of the account's directory that are users or common areas ('Extension ID of user/common areas' on the members page), each once; a request with one refused adds nothing",
      enforced: { file: MEMBERS, test: 'a member must be a user or common area extension of the account' },
    },
    {
      op: 'addAGroupCallPickupObject',
      rule: 'Members of the group are of its site',
      notEnforced:
        "the pages state no such rule, and the members list takes a site_id filter, which only makes sense if members may be of other sites: any user of the account may be a member",
    },
    { op: 'addAGroupCallPickupObject', rule: "delay: 'after how much time (in seconds) the group should be notified'; directed_call_pickup; play_incoming_calls_sound", notEnforced: NO_CALLS },
    prerequisites('addAGroupCallPickupObject'),

    // ---- get ------------------------------------------------------------------
    {
      op: 'getCallPickupGroupById',
      rule: "Returns the group: its fields, member_count, site {id, name}, and play_incoming_calls_sound, whose ring_tone and duration are 'not available when enable=false' (shown only while it is on, kept for when it is on again)",
      enforced: { file: GROUPS, test: 'an update changes only what it names, and the details show it' },
    },
    {
      op: 'getCallPickupGroupById',
      rule: `The page documents no error: ${NOT_FOUND}, as the other operations on the path document it`,
      enforced: { file: GROUPS, test: 'a deleted group is gone with its members' },
    },
    prerequisites('getCallPickupGroupById'),

    // ---- update -----------------------------------------------------------------
    {
      op: 'updateTheGroupCallPickupInformation',
      rule: 'Updates the fields given (display_name, description, extension_number, delay, cost_center, department, directed_call_pickup, play_incoming_calls_sound); what it leaves out stays',
      enforced: { file: GROUPS, test: 'an update changes only what it names, and the details show it' },
    },
    {
      op: 'updateTheGroupCallPickupInformation',
      rule: "play_incoming_calls_sound given without ring_tone or duration takes their documented defaults ('ringtone_1', 0), as the contract's schema fills them",
      notEnforced: 'the platform fills documented defaults into every validated body (Ajv useDefaults), so a sound object given without them resets them to the defaults rather than keeping the stored values; the tests give them whole',
    },
    {
      op: 'updateTheGroupCallPickupInformation',
      rule: "'Display name must be in the range of 3 to 200.'; 'Description is too long.' (past 255 characters); a refused field changes nothing",
      enforced: { file: GROUPS, test: 'the display name must be 3 to 200 characters and the description 255 at most' },
    },
    {
      op: 'updateTheGroupCallPickupInformation',
      rule: "'Extension number error.': not a whole number of 1 to the site's short extension digits, or another group's number (its own is no conflict)",
      enforced: { file: GROUPS, test: "the extension number is a short extension of the group's site, once among the account's groups" },
    },
    {
      op: 'updateTheGroupCallPickupInformation',
      rule: "'Delay must be in the range of 0 to 15.' (delay is one of 0, 5, 10, 15); 'Duration must be in the range of 0 to 5.' (one of 0, 1, 3, 5); other refused input 'Validation Failed.'",
      enforced: { file: GROUPS, test: 'delay and duration outside their values answer the words of the update page' },
    },
    {
      op: 'updateTheGroupCallPickupInformation',
      rule: `'Group call pickup does not exist.': ${NOT_FOUND}`,
      enforced: { file: GROUPS, test: 'a deleted group is gone with its members' },
    },
    {
      op: 'updateTheGroupCallPickupInformation',
      rule: "Another account cannot change the account's groups",
      enforced: { file: GROUPS, test: "another account neither sees nor changes the account's groups" },
    },
    prerequisites('updateTheGroupCallPickupInformation'),

    // ---- delete -----------------------------------------------------------------
    {
      op: 'deleteGroupCallPickupObjects',
      rule: "Removes the group with its members; its extension number is free again; 'Group call pickup does not exist.' for one the account does not have",
      enforced: { file: GROUPS, test: 'a deleted group is gone with its members' },
    },
    {
      op: 'deleteGroupCallPickupObjects',
      rule: 'Members added while the group is deleted are not left behind',
      enforced: { file: RACES, test: 'members added while their group is deleted are not left behind' },
    },
    prerequisites('deleteGroupCallPickupObjects'),

    // ---- members ----------------------------------------------------------------
    {
      op: 'listCallPickupGroupMembers',
      rule: "Each member: id ('ID of the user'), display_name, extension_id, extension_type (user | commonArea), extension_number, as the extension directory has them",
      enforced: { file: MEMBERS, test: "the members list shows each member's extension as the directory has it" },
    },
    {
      op: 'listCallPickupGroupMembers',
      rule: "site_id and extension_type (the SDK's query parameters) filter the members by their extension's site and kind",
      enforced: { file: MEMBERS, test: "the member list filters by the member's site and extension type, and pages by next_page_token" },
    },
    ...pageRules('listCallPickupGroupMembers', MEMBERS, "the member list filters by the member's site and extension type, and pages by next_page_token"),
    {
      op: 'listCallPickupGroupMembers',
      rule: `The page documents no error: ${NOT_FOUND}`,
      enforced: { file: GROUPS, test: "another account neither sees nor changes the account's groups" },
    },
    prerequisites('listCallPickupGroupMembers'),

    {
      op: 'addMembersToACallPickupGroup',
      rule: "member_extension_ids: 'Extension ID of user/common areas': each an extension of the account's directory of those kinds (an auto receptionist's, an unknown or another account's is refused); a request with one refused adds none",
      enforced: { file: MEMBERS, test: 'a member must be a user or common area extension of the account' },
    },
    {
      op: 'addMembersToACallPickupGroup',
      rule: 'An extension is a member of a group once (a unique index): already a member, or named twice, is refused (400/300); an empty list adds nothing and is refused; an extension may be a member of several groups',
      enforced: { file: MEMBERS, test: 'members are added once: a repeated or existing member is refused and nothing of the request is added' },
    },
    {
      op: 'addMembersToACallPickupGroup',
      rule: 'Of concurrent adds of one member, one wins',
      enforced: { file: RACES, test: 'of concurrent adds of one member to a group, one wins and the others are refused' },
    },
    {
      op: 'addMembersToACallPickupGroup',
      rule: `'Group call pickup does not exist.': ${NOT_FOUND}`,
      enforced: { file: MEMBERS, test: 'a member is removed, and removing it again is 404' },
    },
    {
      op: 'addMembersToACallPickupGroup',
      rule: 'A member goes from every group when its extension leaves the directory (extensions.released); one added meanwhile does not outlive it',
      enforced: { file: RACES, test: 'members added while their extension leaves the directory do not outlive it' },
    },
    {
      op: 'addMembersToACallPickupGroup',
      rule: 'A member is gone from its groups (and their member_count) once its extension leaves the directory, and cannot be added again',
      enforced: { file: MEMBERS, test: 'a member leaves every group when its extension leaves the directory' },
    },
    prerequisites('addMembersToACallPickupGroup'),

    {
      op: 'removeMembersFromCallPickupGroup',
      rule: "Removes the member; 'Member does not exist.' for an extension that is not a member of this group (another group's member included); it can be added again",
      enforced: { file: MEMBERS, test: 'a member is removed, and removing it again is 404' },
    },
    {
      op: 'removeMembersFromCallPickupGroup',
      rule: `'Group call pickup does not exist.': ${NOT_FOUND}`,
      enforced: { file: MEMBERS, test: 'a member is removed, and removing it again is 404' },
    },
    prerequisites('removeMembersFromCallPickupGroup'),

    // ---- sites ------------------------------------------------------------------
    {
      op: 'listGroupCallPickupObjects',
      rule: "deleteAPhoneSite: 'the assets of current site (users, numbers and phones)' are transferred to the transfer site: a deleted site's groups move there, keeping their number and members",
      enforced: { file: GROUPS, test: "a deleted site's groups move to the transfer site" },
    },
  ],
  unreachable: {},
});
