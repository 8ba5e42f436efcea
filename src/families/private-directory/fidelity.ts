// What the Private Directory pages state in words, whether the server holds to it,
// and why (rendered into docs/fidelity.md by `npm run coverage`).
import { defineFidelity } from '../../kit/fidelity.ts';

const T = 'test/families/private-directory/private-directory.test.ts';

const ACCOUNT_IS_THE_TOKENS = "the path names no account: the caller's own, which the token proves exists";
const MULTI = "the account's multiple-sites option reads as on while it has more than one site (sites/public.ts multipleSitesOn: no implemented operation turns the switch)";

const SHOWN = { file: T, test: 'the demo account lists its private directory members as their extensions show them' };
const KINDS = { file: T, test: 'members added are listed with their extensions; every kind of extension may be one' };
const FILTERS = { file: T, test: 'the list filters by site and keyword' };
const PAGES = { file: T, test: 'the list pages by next_page_token, 300 a page at most' };
const ON_SITE = { file: T, test: "on multiple sites a member is added to its own site's directory, named by site_id" };
const REFUSED = { file: T, test: 'an extension the account does not have, one already a member, or none, adds nothing' };
const UPDATE = { file: T, test: 'an update changes who may find the member and nothing else' };
const NOT_FOUND = { file: T, test: 'an update or removal of an extension not in the directory answers the documented 404s' };
const SITE_UPDATE = { file: T, test: "on multiple sites an update names the member's site; another site's directory does not hold it" };
const REMOVED = { file: T, test: 'a removed member is gone; removing it again answers the documented error' };
const RELEASED = { file: T, test: 'a member whose extension leaves the directory leaves the private directory' };
const SITE_DELETED = { file: T, test: "a deleted site's members are in the transfer site's directory, with their extensions" };
const OTHER = { file: T, test: "another account neither sees nor changes the account's members" };
const SDK = { file: T, test: "Zoom's SDK adds, lists, updates and removes a member" };

export default defineFidelity({
  rules: [
    {
      op: 'listPrivateDirectoryMembers',
      rule:
        "'Returns the member list of a private directory': each member's extension_id, extension_display_name, extension_number and extension_type as the account's extension directory has them now, " +
        'its searchable_on_web_portal, extension_email for a user (the user\'s email), site_id and site_name of the site its extension is on (left out when it is on none)',
      enforced: SHOWN,
    },
    {
      op: 'listPrivateDirectoryMembers',
      rule: "extension_type: 'user, zoom_room, common_area, auto_receptionist, call_queue, shared_line_group', one for each kind of extension the account's directory holds",
      enforced: KINDS,
    },
    {
      op: 'listPrivateDirectoryMembers',
      rule:
        "site_id (a query parameter Zoom's SDK has, the page gives no words): the private directory of that site, the members whose extension is on it; 'Site does not exist: {siteId}' (400/8001) for a site the account does not have. " +
        'keyword (the SDK\'s, no words): found without case in the display name, email or extension number; total_records counts what the filters keep',
      enforced: FILTERS,
    },
    { op: 'listPrivateDirectoryMembers', rule: "page_size (at most 300), next_page_token (bound to the query's filters), total_records", enforced: PAGES },
    { op: 'listPrivateDirectoryMembers', rule: 'The next page token expires after 15 minutes', enforced: { file: T, test: 'a page token expires after 15 minutes' } },
    { op: 'listPrivateDirectoryMembers', rule: "The account's own members only: another account's are neither shown nor changed, its sites unknown (8001)", enforced: OTHER },
    { op: 'listPrivateDirectoryMembers', rule: "A member whose extension leaves the account's directory (extensions.released: its user, queue, room… is gone) leaves the private directory", enforced: RELEASED },
    {
      op: 'listPrivateDirectoryMembers',
      rule: "The pages say nothing of a deleted site: its members stay, in the transfer site's private directory, where their extensions move (sites.deleting); so does a member whose extension moves to another site",
      enforced: SITE_DELETED,
    },
    { op: 'listPrivateDirectoryMembers', rule: "Zoom's SDK lists members (privateDirectory.listPrivateDirectoryMembers)", enforced: SDK },

    {
      op: 'addMembersToAPrivateDirectory',
      rule: "'Adds members to a private directory': each extension_id with its searchable_on_web_portal (everybody, admins_only, nobody); every kind of the account's extensions may be one; 201 with no body",
      enforced: KINDS,
    },
    {
      op: 'addMembersToAPrivateDirectory',
      rule: "site_id: 'You will only be able to add members that belong to this site to the private directory': an extension on another site is refused (400/300, undocumented); 'Site does not exist: {siteId}.' (400/8001); nothing is added",
      enforced: ON_SITE,
    },
    {
      op: 'addMembersToAPrivateDirectory',
      rule: `site_id 'is required only if the multiple sites option has been enabled for the account': left out then, 400/300 (undocumented); ${MULTI}`,
      enforced: ON_SITE,
    },
    {
      op: 'addMembersToAPrivateDirectory',
      rule:
        "An extension the account does not have (another account's too) answers the update page's 404/404 'Extension does not exist: {extensionId}'; one already a member, or named twice, 400/300 " +
        '(undocumented); an empty members list 400/300; an unknown searchable_on_web_portal the schema refuses (400/300); the whole request adds nothing',
      enforced: REFUSED,
    },
    { op: 'addMembersToAPrivateDirectory', rule: 'Two concurrent adds of one extension: one wins, the others are refused (the unique index decides), never a 500', enforced: { file: T, test: 'concurrent adds of one extension: one wins, the others are refused' } },
    { op: 'addMembersToAPrivateDirectory', rule: "Zoom's SDK adds a member (privateDirectory.addMembersToPrivateDirectory)", enforced: SDK },

    { op: 'updateAPrivateDirectoryMember', rule: "'Updates a member of a private directory': its searchable_on_web_portal changes, nothing else; 204", enforced: UPDATE },
    {
      op: 'updateAPrivateDirectoryMember',
      rule: "'Extension does not exist: {extensionId}' (404/404) for an extension the account does not have; 'Extension does not exist in the private directory: {extensionId}.' (404/404) for one that is no member; 'Site does not exist: {siteId}.' (400/8001)",
      enforced: NOT_FOUND,
    },
    {
      op: 'updateAPrivateDirectoryMember',
      rule: `site_id names the site's private directory: a member on another site is not in it (404 'Extension does not exist in the private directory'); required with multiple sites (400/300, undocumented; ${MULTI})`,
      enforced: SITE_UPDATE,
    },
    { op: 'updateAPrivateDirectoryMember', rule: "Another account's member is unknown (404 'Extension does not exist')", enforced: OTHER },
    { op: 'updateAPrivateDirectoryMember', rule: "Zoom's SDK updates a member (privateDirectory.updatePrivateDirectoryMember)", enforced: SDK },

    { op: 'removeAMemberFromAPrivateDirectory', rule: "'Removes a member from a private directory': gone from the list; it may be added again; 204", enforced: REMOVED },
    {
      op: 'removeAMemberFromAPrivateDirectory',
      rule: "'Extension does not exist: {extensionId}' (404/404); 'Extension does not exist in the private directory: {extensionId}.' (404/404), a member removed already too; 'Site does not exist: {siteId}.' (400/8001) for a site_id (the SDK's query parameter) the account does not have",
      enforced: NOT_FOUND,
    },
    {
      op: 'removeAMemberFromAPrivateDirectory',
      rule: "site_id (the SDK's query parameter, not on the page) names the site's private directory: a member on another site is not in it; left out, the member is removed wherever it is (the page does not require it)",
      enforced: SITE_UPDATE,
    },
    { op: 'removeAMemberFromAPrivateDirectory', rule: "Zoom's SDK removes a member (privateDirectory.removeMemberFromPrivateDirectory)", enforced: SDK },
  ],
  unreachable: {
    listPrivateDirectoryMembers: { accountDoesNotExist: ACCOUNT_IS_THE_TOKENS },
    addMembersToAPrivateDirectory: { accountDoesNotExist: ACCOUNT_IS_THE_TOKENS },
    updateAPrivateDirectoryMember: { accountDoesNotExist: ACCOUNT_IS_THE_TOKENS },
    removeAMemberFromAPrivateDirectory: { accountDoesNotExist: ACCOUNT_IS_THE_TOKENS },
  },
});
