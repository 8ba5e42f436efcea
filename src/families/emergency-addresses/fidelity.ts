// What the Emergency Addresses pages state, whether the server holds to it, and why
// (rendered into docs/fidelity.md by `npm run coverage`). The pages say little beyond
// their fields; the rules the sandbox adds where they are silent are written down here.
import { defineFidelity } from '../../kit/fidelity.ts';

const T = 'test/families/emergency-addresses/emergency-addresses.test.ts';
const t = (test: string) => ({ file: T, test });

const NO_PLANS = "the sandbox does not model account plans, licenses or admin roles: a token whose scopes allow the call acts as the account's admin";
const PREREQUISITES = "Prerequisites: 'Pro or a higher account with Zoom Phone license'; 'Account owner or admin permissions'";
const NO_GEOCODER =
  'the sandbox has no address validation service: the lines are kept as sent (trimmed, the country code in capitals), and every address it makes has status 1 (verification not required)';

const LEVELS = t('an address added at account, site and user level is listed and shown');
const DEMO = t("the demo account lists its sites' default addresses beside its account-level and personal ones");
const FILTERS = t('the list filters by site, user, level, status and keyword; an unknown site is the documented error');
const PAGES = t('the list pages by next_page_token, 300 a page at most');
const OTHER = t("an address the account does not have is the documented error; another account neither sees nor changes the account's addresses");
const INVALID = t('blank lines, an unknown country, site or user are refused and add nothing');
const DEFAULTS = t("making an address a site's default takes the default from the previous one, and the site shows it");
const SITE_DEFAULT = t("a site's default address cannot stop being its default, change country or be deleted");
const UPDATE = t('an update changes what it names and keeps the rest; the site shows its updated default');
const LOCKED = t('an address whose verification was requested cannot be updated');
const SITE_MADE = t("a site created gets its default address as one of the account's; a site's update changes it in place");
const SITE_GONE = t("a deleted site's addresses move to its transfer site, its default no longer a default");
const USER_GONE = t('personal addresses follow their user to another site and go when the user is removed');
const DELETED = t('a deleted address is gone; deleting it again is refused; a common area and a user that used it let go of it');
const RACE = t('concurrent defaults for one site: every add succeeds and exactly one default remains');
const LOCATION = t('an address an emergency location sends cannot be deleted until the location lets go of it');
const SDK = t("through Zoom's SDK: an address is added, listed, shown, updated and deleted");

export default defineFidelity({
  rules: [
    // listEmergencyAddresses
    { op: 'listEmergencyAddresses', rule: "'Lists the emergency addresses': every address of the account, company (level 0: the account's own and each site's, the sites' default addresses among them) and personal (level 1), none of another account's", enforced: DEMO },
    { op: 'listEmergencyAddresses', rule: 'Each item: id, lines, city, state_code, zip, country, is_default, level, status, site {id, name} (a personal address shows its user\'s site), owner {id, name, extension_number} for a user-level address', enforced: LEVELS },
    { op: 'listEmergencyAddresses', rule: "Filters (Zoom's SDK): site_id, user_id, level, status and address_keyword (any line, city, state, zip or country containing it, without case, as text)", enforced: FILTERS },
    { op: 'listEmergencyAddresses', rule: "'Site does not exist: {site_id}' (400/400) for a site_id the account does not have", enforced: FILTERS },
    { op: 'listEmergencyAddresses', rule: 'page_size (at most 300), next_page_token, total_records', enforced: PAGES },
    { op: 'listEmergencyAddresses', rule: "'The expiration period for this token is 15 minutes'", enforced: t('a page token expires after 15 minutes') },
    { op: 'listEmergencyAddresses', rule: "level 2 'Unknown company/pending emergency address'", notEnforced: 'no operation makes a pending company address: the sandbox has no address validation service to leave one pending' },
    { op: 'listEmergencyAddresses', rule: PREREQUISITES, notEnforced: NO_PLANS },

    // addAnEmergencyAddress
    { op: 'addAnEmergencyAddress', rule: "'Adds an emergency address': a company address of the account (no site_id, no user_id), of a site (site_id), or a personal address of a user (user_id: 'User ID to which the personal emergency address belongs'); 201 answers it as the details show it", enforced: LEVELS },
    { op: 'addAnEmergencyAddress', rule: "site_id 'Nullable if user_id is not null': with a user_id the address is on the user's site; a site_id that is not the user's site is refused (400/300)", enforced: INVALID },
    { op: 'addAnEmergencyAddress', rule: 'address_line1, city, state_code, zip and country are required: missing, the schema refuses them; blank, 400/300 in the emergency location pages\' words (\'Emergency address Line 1 is required.\', \'Emergency address zip is required in {0}.\'); an unknown country, site or user is 400/300; nothing is added', enforced: INVALID },
    { op: 'addAnEmergencyAddress', rule: "is_default: the address becomes the default of its site (the site's default_emergency_address), of its user, or of the account, and the previous default is one no longer; one default each, the database decides", enforced: DEFAULTS },
    { op: 'addAnEmergencyAddress', rule: "A site's default address is in the site's country (the site pages' 'Change country is not allowed.'): a default in another country is refused (400/300)", enforced: DEFAULTS },
    { op: 'addAnEmergencyAddress', rule: 'Concurrent adds of defaults for one site all succeed, one after another; exactly one default remains', enforced: RACE },
    { op: 'addAnEmergencyAddress', rule: "'If the address provided is not an exact match, the system generated corrected address will be used.'", notEnforced: NO_GEOCODER },
    { op: 'addAnEmergencyAddress', rule: "The owner's extension_number is typed a string on this page (a number on the others)", enforced: LEVELS },
    { op: 'addAnEmergencyAddress', rule: "Zoom's SDK adds, lists, shows, updates and deletes addresses", enforced: SDK },
    { op: 'addAnEmergencyAddress', rule: PREREQUISITES, notEnforced: NO_PLANS },

    // getEmergencyAddressDetails
    { op: 'getEmergencyAddressDetails', rule: "'Gets the emergency address information': as the list shows it", enforced: LEVELS },
    { op: 'getEmergencyAddressDetails', rule: "'Emergency address does not exist {emergencyAddressId}.' (400/400) for an id the account does not have (another account's too)", enforced: OTHER },
    { op: 'getEmergencyAddressDetails', rule: "A site made (createAPhoneSite) has its default_emergency_address as one of the account's addresses: level 0, is_default, status 1, on the site", enforced: SITE_MADE },
    { op: 'getEmergencyAddressDetails', rule: PREREQUISITES, notEnforced: NO_PLANS },

    // updateAnEmergencyAddress
    { op: 'updateAnEmergencyAddress', rule: "'Updates an emergency address information': the fields given change, the others stay; an empty body changes nothing; 200 answers the address", enforced: UPDATE },
    { op: 'updateAnEmergencyAddress', rule: "A site's default address changed here is what the site's details show (one address, kept by this family); the site's own update changes it in place, keeping its id", enforced: SITE_MADE },
    { op: 'updateAnEmergencyAddress', rule: 'A blank line or an unknown country is 400/300, as on add; nothing changes', enforced: UPDATE },
    { op: 'updateAnEmergencyAddress', rule: "is_default true takes the default of its site, user or account from the previous one; false lets a personal or account default go, but a site's default stays until another address of the site is made its default (400/300)", enforced: SITE_DEFAULT },
    { op: 'updateAnEmergencyAddress', rule: "A site's default address cannot change country ('Change country is not allowed.', the site pages' words); another address made a site's default must be in the site's country", enforced: SITE_DEFAULT },
    { op: 'updateAnEmergencyAddress', rule: "'Cannot update emergency address whose status is {status}.' (the site pages' words, 400/300) while its verification is requested (status 3)", enforced: LOCKED },
    { op: 'updateAnEmergencyAddress', rule: "An address the account does not have (another account's too) is 400/300 in the details page's words 'Emergency address does not exist {emergencyAddressId}.'", enforced: OTHER },
    { op: 'updateAnEmergencyAddress', rule: "A user or common area given the address shows it as it is now (their details read it from this family)", enforced: t('a user is given a company address or a personal address of its own, and shows it as it is now') },
    { op: 'updateAnEmergencyAddress', rule: "'If the address provided is not an exact match, the system generated corrected address will be used.'", notEnforced: NO_GEOCODER },
    { op: 'updateAnEmergencyAddress', rule: PREREQUISITES, notEnforced: NO_PLANS },

    // deleteAnEmergencyAddress
    { op: 'deleteAnEmergencyAddress', rule: "'Removes an emergency address': gone from the list and the details; a second delete is 400/300 'Emergency address does not exist {emergencyAddressId}.'", enforced: DELETED },
    { op: 'deleteAnEmergencyAddress', rule: "The page states no rule for an address in use. The sandbox's choice: a site's default address cannot be deleted (400/300: a site always has one, as createAPhoneSite requires it); once another is the default it may go", enforced: SITE_DEFAULT },
    { op: 'deleteAnEmergencyAddress', rule: 'An address an emergency location sends cannot be deleted (400/300) until the location is given another or deleted (the emergency-locations family answers which are in use)', enforced: LOCATION },
    { op: 'deleteAnEmergencyAddress', rule: "A common area that used a deleted address shows its site's default again; a user that used one shows none", enforced: DELETED },
    { op: 'deleteAnEmergencyAddress', rule: "A deleted site's addresses move to its transfer site (sites.deleting), its default one no longer a default, so that whoever uses one keeps it", enforced: SITE_GONE },
    { op: 'deleteAnEmergencyAddress', rule: "A user's personal addresses follow the user to another site (users.moved) and are deleted when the user leaves Zoom Phone (users.removed)", enforced: USER_GONE },
    { op: 'deleteAnEmergencyAddress', rule: "An address of another account is refused as one the account does not have; nothing is deleted", enforced: OTHER },
    { op: 'deleteAnEmergencyAddress', rule: PREREQUISITES, notEnforced: NO_PLANS },
  ],
  unreachable: {},
});
