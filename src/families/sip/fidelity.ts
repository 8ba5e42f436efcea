// What the SIP pages state in words, whether the server holds to it, and why
// the documented errors no test draws out cannot be (rendered into docs/fidelity.md).
import { defineFidelity } from '../../kit/fidelity.ts';

const INTERNAL = 'test/families/sip/internal-numbers.test.ts';
const TRUNKS = 'test/families/sip/trunks.test.ts';
const PHONES = 'test/families/sip/sip-phones.test.ts';
const GROUPS = 'test/families/sip/groups.test.ts';

const NO_PLANS = 'the sandbox does not model account plans, licenses or user roles: a token whose scopes allow the call acts as the account\'s admin';
const TOTAL_RECORDS =
  "total_records counts every record the query matches, as its name and Zoom's other lists have it; the page's description reads as page_size's (a contradiction in the page)";

export default defineFidelity({
  rules: [
    {
      op: 'addInternalNumbers',
      rule: "'a master account' assigns internal numbers: a sub account's own token may not",
      enforced: { file: INTERNAL, test: "a sub account's own token cannot add internal numbers" },
    },
    { op: 'addInternalNumbers', rule: "The master account has the 'SIP Connected Audio plan'", notEnforced: NO_PLANS },
    {
      op: 'addInternalNumbers',
      rule: "'To add internal numbers to a sub account, provide the account ID of the sub account ... To add internal numbers to a master account, provide me'",
      enforced: { file: INTERNAL, test: 'the master adds internal numbers to its sub account' },
    },
    {
      op: 'addInternalNumbers',
      rule: "number: 'Phone number in E164 format'",
      enforced: { file: INTERNAL, test: 'numbers must be E164, countries two letters, and the request must hold one' },
    },
    {
      op: 'addInternalNumbers',
      rule: "'if the value of visible field is set to true, the value of [allow_join] will always be true'",
      enforced: { file: INTERNAL, test: 'a visible number can always be used to join' },
    },
    {
      op: 'addInternalNumbers',
      rule: "country: 'Two letter country code of the country' (two letters)",
      enforced: { file: INTERNAL, test: 'numbers must be E164, countries two letters, and the request must hold one' },
    },
    {
      op: 'addInternalNumbers',
      rule: "country: 'Two letter country code of the country' (a country that exists)",
      notEnforced: 'only the two letters are checked: the sandbox keeps no full ISO 3166 list (sites keeps a partial one for addresses, outside its public.ts)',
    },
    {
      op: 'addInternalNumbers',
      rule: "type: 0 'toll' or 1 'tollfree'; languages: 'the only supported languages are en-GB, en-US, de-DE'",
      enforced: { file: INTERNAL, test: 'numbers must be E164, countries two letters, and the request must hold one' },
    },
    {
      op: 'addInternalNumbers',
      rule: "display_number: 'Phone number with display format' (+1888888000 'could be' +1 888 888 000)",
      notEnforced: 'kept as given: the page gives an example of a format, not a rule for which ones are valid',
    },
    {
      op: 'addInternalNumbers',
      rule: "Internal numbers are 'owned by the organization': each is added once, to one of the organization's accounts; a request with one already held adds none",
      enforced: { file: INTERNAL, test: 'duplicates are refused and nothing of the request is added' },
    },

    {
      op: 'assignSipTrunks',
      rule: "'The account making this API request must be a master account'",
      enforced: { file: TRUNKS, test: "a sub account's own token cannot assign trunks" },
    },
    { op: 'assignSipTrunks', rule: "The master account has 'API Partner Plan and SIP Connected Audio Plan'", notEnforced: NO_PLANS },
    {
      op: 'assignSipTrunks',
      rule: "Assigns trunks 'to a sub account' (accountId: 'Unique Identifier of the sub account'), not to the master itself nor to another organization's account",
      enforced: { file: TRUNKS, test: 'the target must be a sub account of the caller' },
    },
    {
      op: 'assignSipTrunks',
      rule: "'SIP trunk(s) that are available on a master account' (ids 'retrieved by listing the SIP Trunks of a master account'); 'Array of one or more SIP Trunk objects'",
      enforced: { file: TRUNKS, test: "a trunk id that is not the master's is refused" },
    },
    {
      op: 'assignSipTrunks',
      rule: "'The prefix of the DNIS (i.e. the first five digits of the DNIS value) must match the DNIS prefix of the master account'",
      enforced: { file: TRUNKS, test: 'a DNIS whose first five digits do not match the trunk prefix is refused and changes nothing' },
    },
    {
      op: 'assignSipTrunks',
      rule: "'The maximum allowed length of the DNIS is 8'; the DNIS is the prefix + 'random_number' (digits, more than the prefix)",
      enforced: { file: TRUNKS, test: 'the DNIS length is held: more than 8 digits, only the prefix, or non-digits are refused; 8 digits are taken' },
    },
    {
      op: 'assignSipTrunks',
      rule: "outbound_caller_id: 'Assign an outbound caller Id to the trunk' (kept with the sub account's trunk)",
      enforced: { file: TRUNKS, test: 'a sub account starts with no trunk, then sees the one the master assigns in both lists' },
    },
    {
      op: 'assignSipTrunks',
      rule: 'A trunk is assigned to a sub account once, and its DNIS routes to one account on that trunk; a request with a refused trunk assigns none',
      enforced: { file: TRUNKS, test: 'a later trunk refused while assigning leaves none of the earlier ones assigned' },
    },

    {
      op: 'enableSipPhone',
      rule: "user_email: 'The email address of the user to associate with the SIP Phone' (a user of the account)",
      enforced: { file: PHONES, test: 'a user the account does not have is not found' },
    },
    {
      op: 'enableSipPhone',
      rule: "'Can add [.win, .mac, .android, .ipad, .iphone, .linux, .pc, .mobile, .pad] at the end of the email ... to add accounts for different platforms for the same user'",
      enforced: { file: PHONES, test: 'a platform suffix adds another SIP phone for the same user' },
    },
    {
      op: 'enableSipPhone',
      rule: 'One SIP phone per user and platform: the suffix is what adds another',
      enforced: { file: PHONES, test: 'a second SIP phone for the same user and platform is refused' },
    },
    {
      op: 'enableSipPhone',
      rule: "registration_expire_time: 'The number of minutes after which the SIP registration ... will expire', 'Default value: 60'",
      enforced: { file: PHONES, test: 'registration expiring after 60 minutes by default' },
    },
    {
      op: 'enableSipPhone',
      rule: 'registration_expire_time is a number of minutes: one at least',
      enforced: { file: PHONES, test: 'the expiry must be positive' },
    },
    {
      op: 'enableSipPhone',
      rule: 'The fields the page marks required (user_email, user_name, authorization_name, password, domain, register_server, proxy_server, voice_mail) must say something',
      enforced: { file: PHONES, test: 'required fields are required and must not be blank' },
    },
    {
      op: 'enableSipPhone',
      rule: "register_server, proxy_server: 'IP address of the server', with the port 'If you are using UDP with a different port number'",
      notEnforced: "kept as given: a PBX may be named by host name as domain is ('name or IP address'), and the sandbox cannot know which port the PBX listens on",
    },
    {
      op: 'enableSipPhone',
      rule: "Prerequisites: 'Currently only supported on Cisco and Avaya PBX systems'; 'The account owner or account admin must first enable SIP Phone Integration by contacting the Sales team'",
      notEnforced: "the sandbox does not model the account's PBX or its SIP Phone Integration setting: every account may enable SIP phones",
    },

    {
      op: 'listSipGroups',
      rule: "next_page_token: 'returned whenever the set of available results exceeds the current page size'",
      enforced: { file: GROUPS, test: 'both group lists page by next_page_token, and a broken token is refused' },
    },
    {
      op: 'listSipGroups',
      rule: "'The expiration period for this token is 15 minutes'",
      enforced: { file: GROUPS, test: 'a page token of either group list expires after 15 minutes' },
    },
    {
      op: 'listSipGroups',
      rule: "page_size: 'The number of records returned with a single API call', at most 300 (Zoom's pagination convention; the page states no maximum)",
      enforced: { file: GROUPS, test: 'both group lists take at most 300 a page' },
    },
    {
      op: 'listSipGroups',
      rule: "Prerequisites: 'Pro or a higher account with Zoom Phone license', 'Account owner or admin permissions'",
      notEnforced: NO_PLANS,
    },

    {
      op: 'listSipGroupsForNumberManagement',
      rule: 'allocated_product (required) names the product whose SIP groups are listed (a COMMON group serves both)',
      enforced: { file: GROUPS, test: 'Number Management lists the groups of the asked product, COMMON ones with either' },
    },
    {
      op: 'listSipGroupsForNumberManagement',
      rule: "next_page_token: 'returns whenever the set of available results exceeds the current page size'",
      enforced: { file: GROUPS, test: 'both group lists page by next_page_token, and a broken token is refused' },
    },
    {
      op: 'listSipGroupsForNumberManagement',
      rule: "'The expiration period for this token is 15 minutes'",
      enforced: { file: GROUPS, test: 'a page token of either group list expires after 15 minutes' },
    },
    { op: 'listSipGroupsForNumberManagement', rule: "total_records: 'The number of records returned with a single API call'", notEnforced: TOTAL_RECORDS },
    {
      op: 'listSipGroupsForNumberManagement',
      rule: "Prerequisites: 'Pro or a higher account with Zoom Phone license', 'Account owner or admin permissions'",
      notEnforced: NO_PLANS,
    },

    {
      op: 'listByocSipTrunks',
      rule: "'Returns a list of an account's assigned BYOC ... SIP trunks': a sub account lists those its master assigned to it",
      enforced: { file: TRUNKS, test: 'a sub account starts with no trunk, then sees the one the master assigns in both lists' },
    },
    {
      op: 'listByocSipTrunks',
      rule: "page_size: 'The default is 30'",
      enforced: { file: TRUNKS, test: 'both trunk lists show 30 a page unless asked' },
    },
    {
      op: 'listByocSipTrunks',
      rule: "page_size: 'the maximum is 100'",
      enforced: { file: TRUNKS, test: 'the trunk lists take at most 100 a page' },
    },
    {
      op: 'listByocSipTrunks',
      rule: "next_page_token: 'returned whenever the set of available results exceeds the current page size'",
      enforced: { file: TRUNKS, test: 'the trunk lists page by next_page_token in both views' },
    },
    {
      op: 'listByocSipTrunks',
      rule: "'The expiration period for this token is 15 minutes'",
      enforced: { file: TRUNKS, test: 'a page token of either trunk list expires after 15 minutes' },
    },
    { op: 'listByocSipTrunks', rule: "Prerequisites: 'A Business or Enterprise account'", notEnforced: NO_PLANS },

    {
      op: 'listByocSipTrunksForNumberManagement',
      rule: "'Returns a list of an account's assigned BYOC ... SIP trunks': a sub account lists those its master assigned to it",
      enforced: { file: TRUNKS, test: 'a sub account starts with no trunk, then sees the one the master assigns in both lists' },
    },
    {
      op: 'listByocSipTrunksForNumberManagement',
      rule: 'allocated_product (required) names the product whose trunks are listed (a COMMON trunk serves both)',
      enforced: { file: TRUNKS, test: 'Number Management lists the trunks serving the asked product (COMMON serves both)' },
    },
    {
      op: 'listByocSipTrunksForNumberManagement',
      rule: "'The default is 30' (written under total_records; read as the page size's)",
      enforced: { file: TRUNKS, test: 'both trunk lists show 30 a page unless asked' },
    },
    {
      op: 'listByocSipTrunksForNumberManagement',
      rule: "'the maximum is 100' (written under total_records; read as the page size's)",
      enforced: { file: TRUNKS, test: 'the trunk lists take at most 100 a page' },
    },
    {
      op: 'listByocSipTrunksForNumberManagement',
      rule: "next_page_token: 'returns whenever the set of available results exceeds the current page size'",
      enforced: { file: TRUNKS, test: 'the trunk lists page by next_page_token in both views' },
    },
    {
      op: 'listByocSipTrunksForNumberManagement',
      rule: "'The expiration period for this token is 15 minutes'",
      enforced: { file: TRUNKS, test: 'a page token of either trunk list expires after 15 minutes' },
    },
    {
      op: 'listByocSipTrunksForNumberManagement',
      rule: "total_records: 'The number of records returned within a single API call'",
      notEnforced: TOTAL_RECORDS,
    },
  ],
  unreachable: {},
});
