// What the Dial by Name Directory pages state in words, whether the server holds to
// it, and why (rendered into docs/fidelity.md by `npm run coverage`).
import { defineFidelity } from '../../kit/fidelity.ts';

const T = 'test/families/dial-by-name/dial-by-name.test.ts';

const ACCOUNT_IS_THE_TOKENS = "the path names no account: the caller's own, which the token proves exists";
const NO_PLANS = "the sandbox does not model account plans or licenses: a token whose scopes allow the call acts as the account's admin";
const PREREQUISITES = "Prerequisites: 'Business or Education account'; 'Zoom Phone license'";

const DEMO = { file: T, test: "the demo account's directory lists the users of a site in it, and those not in it" };
const ADDED = { file: T, test: 'a site added alone is included with no user; users added are listed in the directory' };
const REFUSED = { file: T, test: "a user of another site, an extension that is not a user's, or one the account does not have is refused and adds nothing" };
const DELETED = { file: T, test: 'users deleted leave the directory; with none named the site leaves it with all its users' };
const SITE_OWN = { file: T, test: "a site's own directory is apart from the account's; it may include another site's users" };
const PAGES = { file: T, test: 'the lists page by next_page_token, 300 a page at most' };
const EXPIRES = { file: T, test: 'a page token expires after 15 minutes' };
const RELEASED = { file: T, test: 'a user whose extension leaves the directory leaves every dial by name directory' };
const MOVED = { file: T, test: 'a user moved to another site stays in the directory, listed under its new site' };
const SITE_DELETED = { file: T, test: "a deleted site's own directory goes; directories that included it include the transfer site" };
const OTHER = { file: T, test: "another account neither sees nor changes the account's directories" };
const SDK = { file: T, test: "Zoom's SDK adds, lists and deletes users of the account's and a site's directory" };

const LIST_ITEM =
  "'get users that are in or not in a directory': the users of the site site_id names (a query parameter Zoom's SDK has; required at the account level) in the directory when in_directory is true or left out, " +
  "those not in it when false; each with extension_id, display_name, email, extension_number (as text) and site {id, name} as the account's directories have them now; users only, never a queue, receptionist or common area";
const SITE_MISSING = "A site the account does not have (the path's or site_id): the documented 400/300, given no words, answered 'Site does not exist: {siteId}.'";
const ADD_RULES =
  "extension_ids: 'The IDs of user's extension' of the site site_id names; an extension the account does not have, one that is no user's, or a user of another site: the documented 400/300 in words naming it; nothing is added";

export default defineFidelity({
  rules: [
    { op: 'listUsersInDirectory', rule: LIST_ITEM, enforced: DEMO },
    { op: 'listUsersInDirectory', rule: SITE_MISSING + '; site_id left out, or an in_directory that is no boolean, 400/300 (the schema)', enforced: REFUSED },
    { op: 'listUsersInDirectory', rule: "page_size (at most 300), next_page_token (bound to site_id and in_directory): 'A next page token will be returned whenever the set of the available result list exceeds the page size'", enforced: PAGES },
    { op: 'listUsersInDirectory', rule: 'The next page token expires after 15 minutes', enforced: EXPIRES },
    { op: 'listUsersInDirectory', rule: "The account's own sites and users only: another account's sites are unknown (400/300)", enforced: OTHER },
    { op: 'listUsersInDirectory', rule: "A user whose extension leaves the account's directory (extensions.released) leaves every dial by name directory", enforced: RELEASED },
    { op: 'listUsersInDirectory', rule: 'The pages say nothing of a user that moves to another site: it stays in the directory, listed under its new site', enforced: MOVED },
    { op: 'listUsersInDirectory', rule: "Zoom's SDK lists users in and not in the directory (dialByNameDirectory.listUsersInDirectory)", enforced: SDK },
    { op: 'listUsersInDirectory', rule: PREREQUISITES, notEnforced: NO_PLANS },

    {
      op: 'addUsersToADirectory',
      rule: "'add users to a directory': the site site_id names is included in the account's directory and the users extension_ids names are in it (one already there stays, once); 201 with no body",
      enforced: ADDED,
    },
    { op: 'addUsersToADirectory', rule: "extension_ids: 'If the value is not specified, only add value of site_id to included sites'", enforced: ADDED },
    {
      op: 'addUsersToADirectory',
      rule: 'Concurrent adds of the same users all succeed and leave each user, and the site, in the directory once (the unique indexes decide); an add and a removal of the site wait for one another',
      enforced: { file: T, test: 'concurrent adds of the same users: all succeed, each user is in the directory once' },
    },
    { op: 'addUsersToADirectory', rule: ADD_RULES + '; ' + SITE_MISSING + '; site_id left out, 400/300 (the schema)', enforced: REFUSED },
    { op: 'addUsersToADirectory', rule: "Another account's sites are unknown (400/300); its directory is not changed", enforced: OTHER },
    { op: 'addUsersToADirectory', rule: "Zoom's SDK adds users (dialByNameDirectory.addUsersToDirectory)", enforced: SDK },
    { op: 'addUsersToADirectory', rule: PREREQUISITES, notEnforced: NO_PLANS },
    {
      op: 'addUsersToADirectory',
      rule: "The support article: 'If you don't have multiple sites, you can create or edit a dial-by-name directory at the account level'",
      notEnforced: 'the API pages put no such condition on the account-level operations (they even require a site_id): the account-level directory is kept whatever the number of sites',
    },

    {
      op: 'deleteUsersFromADirectory',
      rule: "'delete users from the directory': the users extension_ids names (Zoom's SDK's query parameters site_id and extension_ids) leave it; one not in it is no error; 204",
      enforced: DELETED,
    },
    {
      op: 'deleteUsersFromADirectory',
      rule: 'extension_ids left out (as the add includes the site alone): the site leaves the included sites, with every user of it in the directory; the other sites stay',
      enforced: DELETED,
    },
    { op: 'deleteUsersFromADirectory', rule: "An extension the account does not have, or a user of another site: the documented 400/300 in words naming it; site_id left out, 400/300 (the schema)", enforced: DELETED },
    { op: 'deleteUsersFromADirectory', rule: SITE_MISSING, enforced: REFUSED },
    { op: 'deleteUsersFromADirectory', rule: "Another account's sites are unknown (400/300)", enforced: OTHER },
    { op: 'deleteUsersFromADirectory', rule: "Zoom's SDK deletes users (dialByNameDirectory.deleteUsersFromDirectory, extension_ids as extension_ids[]=…)", enforced: SDK },
    { op: 'deleteUsersFromADirectory', rule: PREREQUISITES, notEnforced: NO_PLANS },

    {
      op: 'listUsersInADirectoryBySite',
      rule: `'get users that are in or not in a directory of the specified site': the site's own directory, apart from the account's; site_id (the SDK's) names whose users, the path's site when left out. ${LIST_ITEM}`,
      enforced: SITE_OWN,
    },
    { op: 'listUsersInADirectoryBySite', rule: SITE_MISSING, enforced: SITE_OWN },
    { op: 'listUsersInADirectoryBySite', rule: 'page_size (at most 300), next_page_token bound to the query; it expires after 15 minutes', enforced: PAGES },
    { op: 'listUsersInADirectoryBySite', rule: 'The next page token expires after 15 minutes', enforced: EXPIRES },
    { op: 'listUsersInADirectoryBySite', rule: "A deleted site's own directory goes with it; a site's directory that included it includes the transfer site, where its users move", enforced: SITE_DELETED },
    { op: 'listUsersInADirectoryBySite', rule: "Another account's sites are unknown (400/300)", enforced: OTHER },
    { op: 'listUsersInADirectoryBySite', rule: "Zoom's SDK lists a site's directory (dialByNameDirectory.listUsersInDirectoryBySite)", enforced: SDK },
    { op: 'listUsersInADirectoryBySite', rule: PREREQUISITES, notEnforced: NO_PLANS },

    {
      op: 'addUsersToADirectoryOfASite',
      rule: "'add users to a directory of the specified site': site_id, 'the site to which users to add belongs' (the path's site when left out, another site of the account allowed), is included, its users named are in it; no body at all includes the path's site",
      enforced: SITE_OWN,
    },
    { op: 'addUsersToADirectoryOfASite', rule: ADD_RULES + '; ' + SITE_MISSING, enforced: SITE_OWN },
    {
      op: 'addUsersToADirectoryOfASite',
      rule: "The site setting dial_by_name.inherit: 'Whether to inherit the dial by name directory maintained at the account level. This directory is read-only to sites.'",
      notEnforced: "the setting is the site-settings family's, written at the same time as this one and not readable through its public surface yet: a site's own directory is kept and changed whatever the setting says",
    },
    { op: 'addUsersToADirectoryOfASite', rule: "Zoom's SDK adds users to a site's directory (dialByNameDirectory.addUsersToDirectoryOfSite)", enforced: SDK },
    { op: 'addUsersToADirectoryOfASite', rule: PREREQUISITES, notEnforced: NO_PLANS },

    {
      op: 'deleteUsersFromADirectoryOfASite',
      rule: "'delete users from a directory of the specified site': the users named leave it; none named, the site site_id names (the path's when left out) leaves its included sites with its users",
      enforced: SITE_OWN,
    },
    { op: 'deleteUsersFromADirectoryOfASite', rule: "An extension the account does not have, or a user of another site: the documented 400/300 in words naming it; " + SITE_MISSING, enforced: SITE_OWN },
    { op: 'deleteUsersFromADirectoryOfASite', rule: "Zoom's SDK deletes users of a site's directory (dialByNameDirectory.deleteUsersFromDirectoryOfSite)", enforced: SDK },
    { op: 'deleteUsersFromADirectoryOfASite', rule: PREREQUISITES, notEnforced: NO_PLANS },
  ],
  unreachable: {
    listUsersInDirectory: { accountDoesNotExist: ACCOUNT_IS_THE_TOKENS },
    addUsersToADirectory: { accountDoesNotExist: ACCOUNT_IS_THE_TOKENS },
    deleteUsersFromADirectory: { accountDoesNotExist: ACCOUNT_IS_THE_TOKENS },
    listUsersInADirectoryBySite: { accountDoesNotExist: ACCOUNT_IS_THE_TOKENS },
    addUsersToADirectoryOfASite: { accountDoesNotExist: ACCOUNT_IS_THE_TOKENS },
    deleteUsersFromADirectoryOfASite: { accountDoesNotExist: ACCOUNT_IS_THE_TOKENS },
  },
});
