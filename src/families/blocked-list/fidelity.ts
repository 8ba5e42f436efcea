// What the Blocked List pages state in words, whether the server holds to it, and
// why (rendered into docs/fidelity.md by `npm run coverage`).
import { defineFidelity } from '../../kit/fidelity.ts';

const T = 'test/families/blocked-list/blocked-list.test.ts';

const NO_PLANS = "the sandbox does not model account plans, licenses or user roles: a token whose scopes allow the call acts as the account's admin";
const PREREQUISITES = "Prerequisites: 'Pro or higher account plan with Zoom phone license'; 'A Zoom account owner or a user with admin privilege can block phone numbers'";

export default defineFidelity({
  rules: [
    {
      op: 'listBlockedLists',
      rule: "'Returns all the blocked lists in an account': the account's own, none of another account's",
      enforced: { file: T, test: "another account neither sees nor changes the account's blocked lists" },
    },
    {
      op: 'listBlockedLists',
      rule: "phone_number: 'Displayed in E164 format' (a prefix as '+', the country calling code and its digits)",
      enforced: { file: T, test: 'a number created is listed and shown, in E164 form' },
    },
    {
      op: 'listBlockedLists',
      rule: "page_size (Zoom's pagination convention; the page gives default 30): at most 300; total_records: 'The total number of records found for this query'",
      enforced: { file: T, test: 'the list pages by next_page_token, 300 a page at most' },
    },
    {
      op: 'listBlockedLists',
      rule: "next_page_token: 'A next page token returns whenever the set of available results exceeds the current page size'",
      enforced: { file: T, test: 'the list pages by next_page_token, 300 a page at most' },
    },
    {
      op: 'listBlockedLists',
      rule: "'The expiration period for this token is 15 minutes'",
      enforced: { file: T, test: 'a page token expires after 15 minutes' },
    },
    {
      op: 'listBlockedLists',
      rule: "'Blocked numbers can be inbound (numbers will be blocked from calling in) and outbound (phone users in your account won't be able to dial those numbers)': an active entry stops calls in its direction (threat as inbound), an inactive one none",
      enforced: { file: T, test: 'a router finds the active entries that stop a call, by direction' },
    },
    { op: 'listBlockedLists', rule: "'Blocked callers will hear a generic message stating that the person they are calling is not available': the simulator ends a call from an inbound-blocked number at once, ringing nobody (system_blocked), and refuses an extension's call to an outbound-blocked one", enforced: { file: 'test/sim/calls.test.ts', test: 'a call from a number on the Blocked List is blocked at once and rings nobody' } },
    { op: 'listBlockedLists', rule: PREREQUISITES, notEnforced: NO_PLANS },

    {
      op: 'createABlockedList',
      rule: "'Creates a block list and add a number to the list': an entry blocks phone_number, matched as match_type says, in the direction block_type says, so the three are required though the schema marks none",
      enforced: { file: T, test: 'match_type, phone_number and block_type are required' },
    },
    {
      op: 'createABlockedList',
      rule: "phoneNumber: 'Provide the phone number in the phone_number field and the country code in the country field' (kept in E164: the country's calling code before a national number; a number given in E164 needs none)",
      enforced: { file: T, test: 'a number created is listed and shown, in E164 form' },
    },
    {
      op: 'createABlockedList',
      rule: 'A national number is read after its country\'s calling code, so a number given without its + needs its country',
      enforced: { file: T, test: 'a number without its calling code needs its country' },
    },
    {
      op: 'createABlockedList',
      rule: 'A national number drops its trunk 0 before the calling code goes on (as E164 has it), except on the Italian plan (IT, SM, VA) where the 0 is part of the number',
      enforced: { file: T, test: 'a national number drops its trunk 0, except in Italy' },
    },
    {
      op: 'createABlockedList',
      rule: "A phoneNumber entry is one number 'Displayed in E164 format': 7 to 15 digits after the +, the first not 0",
      enforced: { file: T, test: 'a phone number must make an E164 number' },
    },
    {
      op: 'createABlockedList',
      rule: "prefix: 'block all numbers with a specific country or an area code ... in the country field, enter a country code as part of the prefix' (the calling code, then the digits; the calling code alone blocks the country)",
      enforced: { file: T, test: 'a prefix is the country calling code followed by its digits' },
    },
    {
      op: 'createABlockedList',
      rule: 'A prefix is digits after the + (the calling code first), 15 at most as E164 allows',
      enforced: { file: T, test: 'a prefix is digits, 15 at most' },
    },
    {
      op: 'createABlockedList',
      rule: "country: 'The country information. For example, entering US or CH.' (an ISO 3166 alpha-2 code, any case), else 'Invalid country.'",
      enforced: { file: T, test: 'an unknown country is refused with Invalid country. and creates nothing' },
    },
    {
      op: 'createABlockedList',
      rule: "A country given with a number in E164 is the number's own (its calling code starts the number), else 'Invalid country.'",
      enforced: { file: T, test: 'an unknown country is refused with Invalid country. and creates nothing' },
    },
    {
      op: 'createABlockedList',
      rule: "status: 'active: Keep the blocking active. inactive: Disable the blocking.' (left out: active, the blocking the request asks for)",
      enforced: { file: T, test: 'an entry is active unless its status says otherwise' },
    },
    {
      op: 'createABlockedList',
      rule: 'match_type (phoneNumber, prefix), block_type (inbound, outbound, threat) and status (active, inactive) take only the values the page lists',
      enforced: { file: T, test: 'enum values the page does not list are refused by the schema' },
    },
    {
      op: 'createABlockedList',
      rule: "block_type 'threat' (listed, not described): kept and shown as given",
      enforced: { file: T, test: 'a threat entry is created and listed, and an update can make it inbound' },
    },
    {
      op: 'createABlockedList',
      rule: "block_type 'threat' (the inbound block rules' 'block_as_threat'): a router stops a threat's calls in, as an inbound entry's",
      enforced: { file: T, test: 'a router finds the active entries that stop a call, by direction' },
    },
    {
      op: 'createABlockedList',
      rule: "409 'Conflict': an account blocks a number (or prefix) once per match type and block type, whatever form it was given in; the database decides, so concurrent creates cannot both win",
      enforced: { file: T, test: 'the same number blocked the same way twice is a conflict' },
    },
    {
      op: 'createABlockedList',
      rule: 'A lost race is the 409 conflict, never a 500',
      enforced: { file: T, test: 'concurrent creates of one entry: one wins, the others are conflicts' },
    },
    { op: 'createABlockedList', rule: PREREQUISITES, notEnforced: NO_PLANS },

    {
      op: 'getBlockedListDetails',
      rule: "'Returns the information about a specific blocked list': phone_number 'The phone number or the prefix number that is blocked based on the match_type. Displayed in E164 format.'",
      enforced: { file: T, test: 'a number created is listed and shown, in E164 form' },
    },
    {
      op: 'getBlockedListDetails',
      rule: "A blocked list of another account is one this account does not have: 'Blocked number (Id: {blockedListId}) does not exist.'",
      enforced: { file: T, test: "another account neither sees nor changes the account's blocked lists" },
    },
    { op: 'getBlockedListDetails', rule: PREREQUISITES, notEnforced: NO_PLANS },

    {
      op: 'updateABlockedList',
      rule: "'Updates the information in the blocked list': the fields given change, the others stay; a new number, country or match type works the number out again from what the entry keeps",
      enforced: { file: T, test: 'an update changes what it names and keeps the rest' },
    },
    {
      op: 'updateABlockedList',
      rule: "country: 'The country information. For example, entering US or CH.', else 'Invalid country.' (also a country that is not the number's own); nothing changes",
      enforced: { file: T, test: 'an update to an unknown country is refused and changes nothing' },
    },
    {
      op: 'updateABlockedList',
      rule: "The number rules of a create hold for the result of an update; block_type takes 'inbound' or 'outbound' only ('threat' is not among the update's values)",
      enforced: { file: T, test: 'an update is held to the rules of a create' },
    },
    {
      op: 'updateABlockedList',
      rule: "409 'Conflict': an update that makes the entry block what another entry of the account already blocks the same way; nothing changes",
      enforced: { file: T, test: 'an update that makes an entry like another is a conflict and changes nothing' },
    },
    {
      op: 'updateABlockedList',
      rule: "status: 'This field enables or disables the blocking': an inactive entry stops no call until it is made active",
      enforced: { file: T, test: 'a router finds the active entries that stop a call, by direction' },
    },
    {
      op: 'updateABlockedList',
      rule: 'An id the account does not have (another account\'s too) is refused, as deleteABlockedList documents it',
      enforced: { file: T, test: 'an update of a blocked list the account does not have is refused' },
    },
    { op: 'updateABlockedList', rule: PREREQUISITES, notEnforced: NO_PLANS },

    {
      op: 'deleteABlockedList',
      rule: "'Deletes a blocked list, which removes the associated number from the blocked list': gone from the list and the details; the same number may be blocked again",
      enforced: { file: T, test: 'a deleted blocked list is gone; deleting it again answers the documented error' },
    },
    {
      op: 'deleteABlockedList',
      rule: "'The number will be unblocked after the deletion'",
      enforced: { file: T, test: 'a router finds the active entries that stop a call, by direction' },
    },
    {
      op: 'deleteABlockedList',
      rule: "Another account's blocked list is one this account does not have: 'Validation Failed. Blocked number (Id: {blockedListId}) does not exist.'",
      enforced: { file: T, test: "another account neither sees nor changes the account's blocked lists" },
    },
    { op: 'deleteABlockedList', rule: PREREQUISITES, notEnforced: NO_PLANS },
  ],
  unreachable: {},
});
