// What the Emergency Service Locations pages and the Dashboard's emergency-services
// pages state in words, whether the server holds to it, and why (rendered into
// docs/fidelity.md by `npm run coverage`).
import { defineFidelity } from '../../kit/fidelity.ts';

const T = 'test/families/emergency-locations/emergency-locations.test.ts';
const V = 'test/families/emergency-locations/views.test.ts';

const NO_PLANS = "the sandbox does not model account plans or licenses: a token whose scopes allow the call acts as the account's admin";
const PREREQUISITES = "Prerequisites: 'Pro or higher account plan with Zoom Phone license'; 'Account owner or admin permissions'";
const JOINED = (what: string) =>
  `answered, but not in these words: the row joins many answers in one message; the server answers its status and code (400/300) with the one sentence that applies (${what}; src/families/emergency-locations/errors.ts)`;
const NOT_READY = "the sandbox computes the view from the account's state when it is asked: its data is always ready";
const NO_CLIENT =
  'the sandbox has no Zoom client: no user enabled location permission or location sharing, and no client saved a personal location, so the view lists no one (its filters and errors are enforced)';
const DEVICE_MODEL =
  'A desk phone (phone-devices) is where it registered from — its private and public IP — while it is online (assigned, not restarting); it is at the deepest location whose networks match: a private IP in the subnets or ranges (and the public IP the location stands under, its own or its nearest ancestor\'s), else its own public IP where minimum_match_criteria is off; matched: "company", else "unknown"; "personal" never (no client saves personal locations)';

const views = [
  'listDefaultEmergencyAddressUsers',
  'listDetectablePersonalLocationUsers',
  'listUsersPermissionForLocationSharing',
  'listNomadicEmergencyServicesUsers',
  'listRealTimeLocationForIpPhones',
  'listRealTimeLocationForUsers',
  'listTrackedLocations',
] as const;

export default defineFidelity({
  rules: [
    // Batch add
    {
      op: 'batchAddEmergencyServiceLocations',
      rule: "'Adds emergency service locations in batch': each item's display_name, identifier, company_address (added as a company-level address of the batch's site), networks, ELIN and SIP group; parent_identifier names a location of the batch or one the account has (by identifier or id), parents are added first; 201 lists each location's id in the order given",
      enforced: { file: T, test: 'a batch adds a tree of locations with their addresses, parents first' },
    },
    {
      op: 'batchAddEmergencyServiceLocations',
      rule: "The row's sentences, each answered alone with 400/300 and nothing added: 'Locations size must be less than 10.' (read as at most 10), duplicate identifiers and names in the batch, an identifier or display_name the account has, a parent_identifier that is the item's own, names nothing ('Location does not exist: {0}.') or loops ('Identifier can not be matched.'), 'Public IP is required.' for a top location, BSSID, IP and MAC formats, switch rules, 100 BSSIDs / switches at most, the company address's line 1, country, and state code, zip (US, CA) or VAT (BE, NL, PT, ES, CH), 'SIP group does not exist.', ELIN format / existence, 'The field can not exceed {0} characters.'",
      enforced: { file: T, test: 'a batch refused for one item adds nothing' },
    },
    {
      op: 'batchAddEmergencyServiceLocations',
      rule: "'You can only access up to {0} level.' (five levels), 'You can only access up to 5000 locations.', 'A phone number can not be bound to multiple locations at the same time.': as the add page (the same checks)",
      enforced: { file: T, test: 'names are unique among siblings; an ELIN binds one location; five levels at most' },
    },
    {
      op: 'batchAddEmergencyServiceLocations',
      rule: "sip_group_name: 'This only affects top locations and ignores all other locations': a sub-location's is ignored",
      enforced: { file: T, test: 'a deleted number is no longer an ELIN; a SIP group is named by id or, in a batch, by name' },
    },
    {
      op: 'batchAddEmergencyServiceLocations',
      rule: "'Too many concurrent requests. A request to add locations batch has already been made.'",
      notEnforced: 'concurrent batches of one account are applied one after another in their transactions; the unique indexes decide a lost race (identifier, name, ELIN), so none is refused for running at once',
    },
    {
      op: 'batchAddEmergencyServiceLocations',
      rule: "'Can not bind ELIN if location does not have an emergency address.'",
      notEnforced: 'every item has a company_address (the schema requires it), so no location is without an address',
    },
    { op: 'batchAddEmergencyServiceLocations', rule: PREREQUISITES, notEnforced: NO_PLANS },

    // List
    {
      op: 'listEmergencyServiceLocations',
      rule: "'Returns emergency service locations': the account's, with identifier, parent, site, emergency address, ELIN, SIP group and networks (comma-separated as given); another account's never",
      enforced: { file: T, test: "another account neither sees nor changes the account's locations" },
    },
    {
      op: 'listEmergencyServiceLocations',
      rule: "'When you enable multiple sites, the site_id parameter is required': refused without it (400/300, undocumented); a site the account lacks is refused; the list holds the site's locations",
      enforced: { file: T, test: 'a multi-site account names the site; the list is filtered by it' },
    },
    {
      op: 'listEmergencyServiceLocations',
      rule: 'page_size (at most 300), next_page_token, total_records',
      enforced: { file: T, test: 'the list pages by next_page_token, 300 a page at most' },
    },
    { op: 'listEmergencyServiceLocations', rule: PREREQUISITES, notEnforced: NO_PLANS },

    // Add
    {
      op: 'addAnEmergencyServiceLocation',
      rule: "'Adds an emergency service location': name (trimmed), emergency_address_id, parent_location_id, comma-separated BSSIDs, private and public IPs (addresses, IPv4 subnets and ranges), minimum_match_criteria; 201 answers its id and name",
      enforced: { file: T, test: 'a location added is listed and shown with its networks and address' },
    },
    {
      op: 'addAnEmergencyServiceLocation',
      rule: "The row's sentences answered alone with 400/300, nothing added: 'A public IP is required.' (top locations), 'A location name is required.', 'An emergency address is required.', 'IP format error.', 'Parent location does not exist.', 'The maximum number of \"{0}\" is {1}.' (100 BSSIDs); and, undocumented, an address, site, SIP group or ELIN the account lacks, a personal address, a bad BSSID, a private IP left out under minimum_match_criteria",
      enforced: { file: T, test: 'an add refused for its input adds nothing' },
    },
    {
      op: 'addAnEmergencyServiceLocation',
      rule: "'A site ID is required.' where the account has several sites (one site: the location goes to it; a sub-location: its parent's site)",
      enforced: { file: T, test: 'a multi-site account names the site; the list is filtered by it' },
    },
    {
      op: 'addAnEmergencyServiceLocation',
      rule: "'You can only access up to \"{0}\" level.' (the sandbox's five levels); names unique among a parent's sub-locations (top locations: in the account); an ELIN (number id or E.164) binds one location",
      enforced: { file: T, test: 'names are unique among siblings; an ELIN binds one location; five levels at most' },
    },
    {
      op: 'addAnEmergencyServiceLocation',
      rule: 'A lost race of two adds of one name is the name conflict, never a 500 (the unique index decides)',
      enforced: { file: T, test: 'concurrent adds of one name: one wins, the others are refused' },
    },
    {
      op: 'addAnEmergencyServiceLocation',
      rule: "'You can only access up to 5000 locations.': the 5000th is added, the 5001st refused",
      enforced: { file: T, test: 'an account holds 5000 locations at most' },
    },
    {
      op: 'addAnEmergencyServiceLocation',
      rule: "'Cannot bind an ELIN if the location does not have an emergency address.'",
      notEnforced: 'emergency_address_id is required by the schema and must name an address of the account: no location is without one',
    },
    {
      op: 'addAnEmergencyServiceLocation',
      rule: "'Duplicate Switch Info found.'",
      notEnforced: "the add page's body has no network_switches (update and batch add take them; both refuse a duplicate)",
    },
    { op: 'addAnEmergencyServiceLocation', rule: "Zoom's SDK adds a location", enforced: { file: T, test: "Zoom's SDK adds, lists, shows, updates and deletes a location" } },
    { op: 'addAnEmergencyServiceLocation', rule: PREREQUISITES, notEnforced: NO_PLANS },

    // Get
    {
      op: 'getEmergencyServiceLocationDetails',
      rule: "'Returns an emergency service location's information': name, parent, site, emergency address (while it exists), ELIN, SIP group, networks",
      enforced: { file: T, test: 'a location added is listed and shown with its networks and address' },
    },
    {
      op: 'getEmergencyServiceLocationDetails',
      rule: "'Location does not exist: {0}.' (400/400) for an id the account does not have, another account's too",
      enforced: { file: T, test: 'a location the account does not have cannot be shown, changed or deleted' },
    },
    { op: 'getEmergencyServiceLocationDetails', rule: PREREQUISITES, notEnforced: NO_PLANS },

    // Update
    {
      op: 'updateEmergencyServiceLocation',
      rule: "'Updates an emergency location's information': the fields given change (a list given replaces the list; network_switches with a port or a prefix and range), the others stay",
      enforced: { file: T, test: 'an update changes what it names and keeps the rest; refused input changes nothing' },
    },
    {
      op: 'updateEmergencyServiceLocation',
      rule: "400/300 (documented without words) for a top location left without a public IP, a blank name, a switch without MAC ('Switch MAC address is required.'), a bad MAC, a duplicate switch, a port given with a prefix and range, a prefix ending with a digit, a range not from <= to, a bad IP; nothing changes",
      enforced: { file: T, test: 'an update changes what it names and keeps the rest; refused input changes nothing' },
    },
    {
      op: 'updateEmergencyServiceLocation',
      rule: "400/300 'Location does not exist: {0}.' for an id the account does not have, another account's too",
      enforced: { file: T, test: 'a location the account does not have cannot be shown, changed or deleted' },
    },
    {
      op: 'updateEmergencyServiceLocation',
      rule: "elin_phone_number_id: 'a phone number ID or phone number in E.164 format' of the account; an empty one unbinds the ELIN; a number deleted from the account is no longer one",
      enforced: { file: T, test: 'a deleted number is no longer an ELIN; a SIP group is named by id or, in a batch, by name' },
    },
    { op: 'updateEmergencyServiceLocation', rule: PREREQUISITES, notEnforced: NO_PLANS },

    // Delete
    {
      op: 'deleteAnEmergencyLocation',
      rule: "'Removes an emergency location': gone from the list; a location with sub-locations is refused (400/300, the page documents the code without words) until they are deleted",
      enforced: { file: T, test: 'a location with sub-locations is not deleted; a deleted one is gone' },
    },
    {
      op: 'deleteAnEmergencyLocation',
      rule: "400/300 'Location does not exist: {0}.' for an id the account does not have",
      enforced: { file: T, test: 'a location the account does not have cannot be shown, changed or deleted' },
    },
    {
      op: 'deleteAnEmergencyLocation',
      rule: 'A delete racing an add under the location: one of the two is refused, never both taken (row locks decide)',
      enforced: { file: T, test: 'a parent deleted while a sub-location is added under it: one of the two is refused' },
    },
    { op: 'deleteAnEmergencyLocation', rule: PREREQUISITES, notEnforced: NO_PLANS },

    // Dashboard views
    {
      op: 'listRealTimeLocationForIpPhones',
      rule: `'Returns currently detected location of IP phones'. ${DEVICE_MODEL}; location_type (required), site_id (the phone's site), keyword (name or MAC)`,
      enforced: { file: V, test: 'an emergency location tree with networks shows in the dashboard views' },
    },
    {
      op: 'listRealTimeLocationForIpPhones',
      rule: "minimum_match_criteria: 'detecting only a public IP address is not enough to detect the location'",
      enforced: { file: V, test: 'a location that requires the minimum match is not detected by its public IP alone' },
    },
    {
      op: 'listRealTimeLocationForIpPhones',
      rule: 'BSSID and network switch detection (and the records\' bssid and network_switch)',
      notEnforced: 'a desk phone of the sandbox registers with an IP address only; nothing says which access point or switch port it is on (a control-plane action to put a device on a network would)',
    },
    {
      op: 'listRealTimeLocationForUsers',
      rule: "'Returns the user's currently detected location. (Excludes users who didn't enable location permission on the client.)': a user is where its first online desk phone is; a user without one is not listed (no client reports its location)",
      enforced: { file: V, test: 'an emergency location tree with networks shows in the dashboard views' },
    },
    { op: 'listRealTimeLocationForUsers', rule: 'page_size, next_page_token (bound to the filters), total_records', enforced: { file: V, test: 'the views page by next_page_token' } },
    {
      op: 'listTrackedLocations',
      rule: `'Lists the tracked locations': one record per online desk phone with its location's name, address, city, zip and country. type: 6 (IP phones, the default) or 5 (users: phones with user assignees); 1-4 are views of users without device locations and list nothing; location_type defaults to 'company' (Zoom's reference); keyword: device name or MAC`,
      enforced: { file: V, test: 'tracked locations: IP phones by default, users with type 5, none for the views without device locations' },
    },
    { op: 'listTrackedLocations', rule: "Zoom's SDK lists tracked locations", enforced: { file: V, test: "Zoom's SDK lists tracked locations and real-time locations" } },
    {
      op: 'listDefaultEmergencyAddressUsers',
      rule: "'Returns the users who provide a default personal emergency address rather than a default site address or default account address': status set (a personal, level 1, default address of the user's) or not_set; site_id, keyword (name, email, extension)",
      enforced: { file: V, test: 'default emergency address users: set is a personal default address' },
    },
    {
      op: 'listNomadicEmergencyServicesUsers',
      rule: "'Returns users who have been enabled for nomadic emergency services': disabled with reason 2 (emergency_calls_to_psap turned off in the user's policy), 3 (no US/CA number), 4 (extension-only), 5 (BYOC numbers only); enabled otherwise",
      enforced: { file: V, test: 'nomadic emergency services: disabled for a user without a US/CA number' },
    },
    {
      op: 'listNomadicEmergencyServicesUsers',
      rule: "reason_for_disabling 1: 'Nomadic Emergency Services is disabled'",
      notEnforced: 'no page of the sandbox turns nomadic emergency services on or off for an account or site: they are on',
    },
    { op: 'listDetectablePersonalLocationUsers', rule: "'Returns the users who created one or more detectable personal locations with associated network data. (Exclude users didn't enable Location Permission on client.)'", notEnforced: NO_CLIENT },
    { op: 'listUsersPermissionForLocationSharing', rule: "'Returns users that have enabled location services and allowed location sharing with Zoom applications on client devices.'", notEnforced: NO_CLIENT },
    ...views.map((op) => ({ op, rule: "The account's users and phones only: another account's are never listed", enforced: { file: V, test: "another account sees none of the account's phones or users" } })),
    ...views.map((op) => ({ op, rule: PREREQUISITES, notEnforced: NO_PLANS })),
  ],
  unreachable: {
    batchAddEmergencyServiceLocations: {
      validationFailedLocationDoesNotExist: JOINED("'Location does not exist: ZZ.', 'Public IP is required.', 'You cannot have duplicate identifiers.' and the row's other sentences; emergency-locations.test.ts asserts each"),
    },
    addAnEmergencyServiceLocation: {
      validationFailedASiteIdIs: JOINED("'A site ID is required.', 'A public IP is required.', 'Parent location does not exist.' and the row's other sentences; emergency-locations.test.ts asserts each"),
    },
    listDefaultEmergencyAddressUsers: { dataIsNotReadyPleaseTry: NOT_READY },
    listDetectablePersonalLocationUsers: { dataIsNotReadyPleaseTry: NOT_READY },
    listNomadicEmergencyServicesUsers: { dataIsNotReadyPleaseTry: NOT_READY },
  },
});
