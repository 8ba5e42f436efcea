// What the Monitoring Groups pages state in words, whether the server holds to it
// (and the test that shows it), rendered into docs/fidelity.md by `npm run coverage`.
// Every documented error of the nine operations is drawn out by a test.
import { defineFidelity, type Rule } from '../../kit/fidelity.ts';

const GROUPS = 'test/families/monitoring-groups/groups.test.ts';
const MEMBERS = 'test/families/monitoring-groups/members.test.ts';
const RACES = 'test/families/monitoring-groups/races.test.ts';
const TOKENS = 'test/families/monitoring-groups/page-tokens.test.ts';

const NO_PLANS =
  "the sandbox does not model account plans or Zoom Phone licences: a token whose scopes allow the call acts as a Business or Enterprise account's admin with Zoom Phone";
const NO_CALLS =
  "the simulator's calls have no listen, whisper or barge step yet: the group keeps its privileges and prompt and shows them as given";
const NOT_HELD =
  "shared line groups and common areas have no family yet (call queues enter the directory as the call-queues family makes them), so the directory holds none of them today: the rule is kept for any the directory comes to hold (the tests put such entries in the directory themselves), and an id that is none of the account's extensions is 'Member does not exist' (undocumented)";

const prerequisites = (op: Rule['op']): Rule => ({ op, rule: "Prerequisites: 'A Business or Enterprise account', 'A Zoom Phone license'", notEnforced: NO_PLANS });

const GONE = 'a deleted group is gone with its members; a deleted or unknown group "does not exist" for every operation';
const OTHER_ACCOUNT = "another account neither sees nor changes the account's groups";

export default defineFidelity({
  rules: [
    // ---- groups -------------------------------------------------------------
    {
      op: 'getAListOfMonitoringGroupsOnAnAccount',
      rule: "Returns the account's monitoring groups: id, name, type, site {id, name}, monitoring_privileges, prompt, monitor_members_count ('The number of monitors') and monitored_members_count",
      enforced: { file: GROUPS, test: 'the demo account has one monitoring group: a user of the main site monitors two others' },
    },
    {
      op: 'getAListOfMonitoringGroupsOnAnAccount',
      rule: 'type and site_id filter the list (from the SDK\'s query parameters; a site the account lacks lists nothing)',
      enforced: { file: GROUPS, test: "a created group is shown and listed as it was made, its privileges each once in the documents' order" },
    },
    {
      op: 'getAListOfMonitoringGroupsOnAnAccount',
      rule: "page_size: 'at most 300', 30 by default; next_page_token 'returned whenever the set of available results exceeds the current page size'; total_records across all pages",
      enforced: { file: GROUPS, test: 'the list shows 30 a page unless asked, at most 300, and pages by next_page_token' },
    },
    {
      op: 'getAListOfMonitoringGroupsOnAnAccount',
      rule: "The next page token 'expires after 15 minutes' ('The next page token is invalid or expired.'), and is bound to the filters it was made with",
      enforced: { file: TOKENS, test: 'a page token of each monitoring groups list expires after 15 minutes' },
    },
    { op: 'getAListOfMonitoringGroupsOnAnAccount', rule: "Only the caller's account's groups are listed", enforced: { file: GROUPS, test: OTHER_ACCOUNT } },
    prerequisites('getAListOfMonitoringGroupsOnAnAccount'),

    {
      op: 'createAMonitoringGroup',
      rule: "Creates a monitoring group and answers its id and name; the privileges are kept each once (in the documents' order), none and no prompt when left out",
      enforced: { file: GROUPS, test: "a created group is shown and listed as it was made, its privileges each once in the documents' order" },
    },
    {
      op: 'createAMonitoringGroup',
      rule: "'Name is required.', 'Type is required', 'Site ID is required.' (a name or site of only spaces is none), and nothing is made",
      enforced: { file: GROUPS, test: 'create refuses a missing name, type or site, a type past 3 and an unknown privilege, and changes nothing' },
    },
    {
      op: 'createAMonitoringGroup',
      rule: "'Type should be `1`, `2`, or `3`.': a Shared Line Appearance group (4), or any value that is no type, is not made through the API",
      enforced: { file: GROUPS, test: 'create refuses a missing name, type or site, a type past 3 and an unknown privilege, and changes nothing' },
    },
    {
      op: 'createAMonitoringGroup',
      rule: "'The privilege does not exist.': a privilege that is none of listen, whisper, barge, take_over",
      enforced: { file: GROUPS, test: 'create refuses a missing name, type or site, a type past 3 and an unknown privilege, and changes nothing' },
    },
    {
      op: 'createAMonitoringGroup',
      rule: "site_id: 'The unique identifier of the monitoring group's site' must be a site of the account ('Site does not exist', undocumented), another account's included",
      enforced: { file: GROUPS, test: OTHER_ACCOUNT },
    },
    {
      op: 'createAMonitoringGroup',
      rule: "A group's site is its site while it lives: a site's deletion moves its groups (members kept) to the transfer site, and a group made while its site goes either moves with it or finds the site gone",
      enforced: { file: RACES, test: 'groups made while their site is deleted end on the transfer site, or find the site gone' },
    },
    { op: 'createAMonitoringGroup', rule: "prompt: 'Whether to play a disclaimer prompt to the call participants'; monitoring_privileges: what monitors may do on a call", notEnforced: NO_CALLS },
    prerequisites('createAMonitoringGroup'),

    {
      op: 'getMonitoringGroupById',
      rule: 'Returns the group with its counts of monitors and monitored, its site by id and name',
      enforced: { file: GROUPS, test: "a site's deletion moves its groups, with their members, to the transfer site" },
    },
    { op: 'getMonitoringGroupById', rule: "'The group does not exist.': an unknown or deleted group", enforced: { file: GROUPS, test: GONE } },
    { op: 'getMonitoringGroupById', rule: "Another account's group 'does not exist'", enforced: { file: GROUPS, test: OTHER_ACCOUNT } },
    prerequisites('getMonitoringGroupById'),

    {
      op: 'updateAMonitoringGroup',
      rule: 'Updates the name, privileges (the set given replaces the group\'s), prompt and site given; what is left out stays; the type is not a field of the update and never changes',
      enforced: { file: GROUPS, test: 'update changes what it is given and keeps the rest; the type stays' },
    },
    {
      op: 'updateAMonitoringGroup',
      rule: "'The privilege does not exist.', an empty name ('Name is required.', undocumented) and a site the account lacks (undocumented) refuse the whole update",
      enforced: { file: GROUPS, test: 'update refuses an unknown privilege, an empty name and an unknown site or group, and changes nothing' },
    },
    { op: 'updateAMonitoringGroup', rule: "'The group does not exist.' (another account's included)", enforced: { file: GROUPS, test: OTHER_ACCOUNT } },
    prerequisites('updateAMonitoringGroup'),

    { op: 'deleteAMonitoringGroup', rule: 'Deletes the group and its members', enforced: { file: GROUPS, test: GONE } },
    {
      op: 'deleteAMonitoringGroup',
      rule: 'Members added while the group is deleted go with it (or find the group gone)',
      enforced: { file: RACES, test: 'members added while their group is deleted go with it' },
    },
    { op: 'deleteAMonitoringGroup', rule: "'The group does not exist.' (another account's included)", enforced: { file: GROUPS, test: OTHER_ACCOUNT } },
    prerequisites('deleteAMonitoringGroup'),

    // ---- members ------------------------------------------------------------
    {
      op: 'getMembersOfAMonitoringGroup',
      rule: "Lists the group's monitors or monitored (member_type) with display_name, extension_id, extension_number and extension_type, as the directory shows them now",
      enforced: { file: MEMBERS, test: 'monitors and monitored are added and listed as the directory shows them' },
    },
    {
      op: 'getMembersOfAMonitoringGroup',
      rule: "'Missing 'member_type'.': member_type left out, or none of monitor and monitored",
      enforced: { file: MEMBERS, test: "Missing 'member_type': left out, or neither monitor nor monitored" },
    },
    {
      op: 'getMembersOfAMonitoringGroup',
      rule: "page_size 'at most 300', 30 by default; next_page_token pages; 'The next page token is invalid or expired.' for a token of another list",
      enforced: { file: MEMBERS, test: 'a group takes at most 100 monitors and 100 monitored' },
    },
    {
      op: 'getMembersOfAMonitoringGroup',
      rule: "The next page token 'expires after 15 minutes'",
      enforced: { file: TOKENS, test: 'a page token of each monitoring groups list expires after 15 minutes' },
    },
    {
      op: 'getMembersOfAMonitoringGroup',
      rule: "An unknown group (another account's included) answers 'The group does not exist.' (undocumented on this page; the siblings' words)",
      enforced: { file: GROUPS, test: OTHER_ACCOUNT },
    },
    prerequisites('getMembersOfAMonitoringGroup'),

    {
      op: 'addMembersToAMonitoringGroup',
      rule: "Adds the extensions (by 'extension ID') as monitors or monitored (member_type); each must be an extension of the account's directory ('Member does not exist', undocumented); the whole request or nothing",
      enforced: { file: MEMBERS, test: "an extension that is not the account's, or of a kind the type does not take in that role, is refused, and nothing changes" },
    },
    {
      op: 'addMembersToAMonitoringGroup',
      rule: "The type names what is monitored ('1 — Users & Common Areas', '2 — Call Queues', '3 — Shared Line Group'): monitors are users (type 1, 2), monitored are users and common area phones (1) or call queues (2); shared line groups both ways (3); other kinds (auto receptionists) never (undocumented error)",
      enforced: { file: MEMBERS, test: "an extension that is not the account's, or of a kind the type does not take in that role, is refused, and nothing changes" },
    },
    { op: 'addMembersToAMonitoringGroup', rule: 'Common areas, call queues and shared line groups as members', notEnforced: NOT_HELD },
    {
      op: 'addMembersToAMonitoringGroup',
      rule: "'The maximum number of monitors is 100.' / 'The maximum number of monitored is 100.': at 100 an add is refused, a single request past 100 too",
      enforced: { file: MEMBERS, test: 'a group takes at most 100 monitors and 100 monitored' },
    },
    {
      op: 'addMembersToAMonitoringGroup',
      rule: 'Concurrent adds to one group take turns: the limit holds',
      enforced: { file: RACES, test: 'concurrent adds to one group stop at 100 monitors' },
    },
    {
      op: 'addMembersToAMonitoringGroup',
      rule: "'already exist(s) in current monitoring group': an extension is in a group once, as a monitor or monitored (a unique index; an id named twice in one request counts once)",
      enforced: { file: MEMBERS, test: 'an extension is in a group once, in one role: a second add is refused and nothing changes' },
    },
    {
      op: 'addMembersToAMonitoringGroup',
      rule: 'Concurrent adds of one extension to a group: one wins, the others are told it is there (never a 500)',
      enforced: { file: RACES, test: 'of concurrent adds of one extension to a group, in either role, one wins and the others are told it is there' },
    },
    {
      op: 'addMembersToAMonitoringGroup',
      rule: "'already exist(s) in other monitoring group': read as an extension monitored by one group of a type at most (a unique index); a monitor may serve many groups (the support article's supervisors and receptionists)",
      enforced: { file: MEMBERS, test: 'an extension is monitored by one group of a type; a monitor may serve many groups' },
    },
    {
      op: 'addMembersToAMonitoringGroup',
      rule: 'Concurrent adds of one monitored extension to groups of a type: one wins, the others are told of the other group',
      enforced: { file: RACES, test: 'of concurrent adds of one monitored extension to groups of a type, one wins and the others are told of the other group' },
    },
    {
      op: 'addMembersToAMonitoringGroup',
      rule: 'A member belongs to its extension: when the extension leaves the directory it leaves every group, and a member added meanwhile does not outlive it',
      enforced: { file: RACES, test: 'members added while their extension leaves the directory do not outlive it' },
    },
    {
      op: 'addMembersToAMonitoringGroup',
      rule: "'The group does not exist.' (400/400 on this page; another account's included)",
      enforced: { file: GROUPS, test: GONE },
    },
    {
      op: 'addMembersToAMonitoringGroup',
      rule: "Members on the group's site only",
      notEnforced: "none of the pages says that members must be of the group's site (the sandbox takes any extension of the account); the demo group's members are of its site",
    },
    prerequisites('addMembersToAMonitoringGroup'),

    {
      op: 'removeAllMonitorsOrMonitoredMembersFromAMonitoringGroup',
      rule: "Removes 'all monitor or monitored members' (member_type, required): the other role stays; none left is no error",
      enforced: { file: MEMBERS, test: 'one member is removed, in its role or whichever it has; all of a role go at once' },
    },
    { op: 'removeAllMonitorsOrMonitoredMembersFromAMonitoringGroup', rule: "'The group does not exist.'", enforced: { file: GROUPS, test: GONE } },
    prerequisites('removeAllMonitorsOrMonitoredMembersFromAMonitoringGroup'),

    {
      op: 'removeAMemberFromAMonitoringGroup',
      rule: "Removes the member (in member_type's role when given, else whichever it has); one that is not a member in that role is refused (undocumented)",
      enforced: { file: MEMBERS, test: 'one member is removed, in its role or whichever it has; all of a role go at once' },
    },
    { op: 'removeAMemberFromAMonitoringGroup', rule: "'The group does not exist.'", enforced: { file: GROUPS, test: GONE } },
    prerequisites('removeAMemberFromAMonitoringGroup'),
  ],
  unreachable: {},
});
