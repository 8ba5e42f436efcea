// What the Inbound Blocked List pages state in words, whether the server holds to
// it (and the test that shows it), and why the documented errors no test draws
// out cannot be (rendered into docs/fidelity.md by `npm run coverage`).
import { defineFidelity, type Rule } from '../../kit/fidelity.ts';

const ACCOUNT = 'test/families/inbound-blocked/account-rules.test.ts';
const EXTENSION = 'test/families/inbound-blocked/extension-rules.test.ts';
const STATS = 'test/families/inbound-blocked/statistics.test.ts';
const RACES = 'test/families/inbound-blocked/races.test.ts';
const TOKENS = 'test/families/inbound-blocked/page-tokens.test.ts';

const NO_PLANS =
  "the sandbox does not model account plans, Zoom Phone licences or user roles: a token whose scopes allow the call acts as the account's owner or admin";
const NO_MESSAGES =
  'the simulator routes calls through the rules (test/sim/calls.test.ts); an inbound SMS (POST /_sandbox/sms) is not held against them yet, so a short code rule blocks nothing';
const SIM = 'test/sim/calls.test.ts';
const NO_SETTINGS =
  "the sandbox does not model the phone account settings (listZoomPhoneAccountSettings has no handler): the 'block list for inbound calls and messaging' and 'block calls as threat' settings are taken as enabled, as the settings page's example shows them";
const NO_THRESHOLD =
  "the sandbox does not model the account's Automatic Blocking Threshold and Automatic Threat Blocking Threshold settings, nor the automatic blocking that makes a rule of a number marked by more extensions than them: no rule is ever held by a threshold";
const OTHER_KINDS =
  "call queues, shared line groups, common areas and Zoom Rooms have no family yet, so the extension directory holds none of them: any extension it comes to hold takes rules unchanged (the handlers ask only that the extension is the account's)";
const PAGE_SIZE = 'the list shows 30 a page unless asked, at most 300, and pages by next_page_token';

/** What every list of the family states of its pages. */
function listRules(op: Rule['op'], file: string): Rule[] {
  return [
    { op, rule: "page_size: 'The number of records returned within a single API call (at most 300)', 30 by default", enforced: { file, test: PAGE_SIZE } },
    { op, rule: "next_page_token: 'returns whenever the set of available results exceeds the current page size'", enforced: { file, test: PAGE_SIZE } },
    { op, rule: "'The expiration period for this token is 15 minutes'", enforced: { file: TOKENS, test: 'a page token of each inbound blocked list expires after 15 minutes' } },
  ];
}

/** How a target (number, prefix, short code) is read: the same words on each page that takes one. */
function targetRules(op: 'addAnExtensionsInboundBlockRule' | 'addAnAccountsInboundBlockRule' | 'updateAnAccountsInboundBlockRule', file: string, tests: {
  forms: string;
  country: string;
  elsewhere: string;
  invalid: string;
}): Rule[] {
  return [
    {
      op,
      rule: "blocked_number: for a prefix 'the prefix of the phone number without the country code', for a phone number 'the phone number without the country code', for SMS-shortCodes 'the SMS short code' (the country code given with '+', separators and a national trunk prefix 0 are read away)",
      enforced: { file, test: tests.forms },
    },
    {
      op,
      rule: "country: 'The country ISO code', 'required when ... match_type is phoneNumber or prefix' (lower case is read as upper; an SMS short code may name one)",
      enforced: { file, test: tests.country },
    },
    {
      op,
      rule: "phone_number shown: 'displayed in E164 format' for a phone number, 'appended with the country code' for a prefix (the short code itself for SMS-shortCodes, which the page does not say)",
      enforced: { file, test: tests.forms },
    },
    {
      op,
      rule: "'Blocked number:{blocked_number} does not match the country:{country}': the number carries another country's code, or (in the +1 plan) another member's area code; toll-free codes belong to every member",
      enforced: { file, test: tests.elsewhere },
    },
    {
      op,
      rule: "'The phone number {blocked_number} is invalid': not digits; a +1 number not of ten digits with a 2-9 area code and exchange; elsewhere fewer than 4 digits or more than E.164's 15 with the country code; a short code not of 3 to 8 digits; a prefix that is only the trunk 0",
      enforced: { file, test: tests.invalid },
    },
    {
      op,
      rule: "type 'block_as_threat' 'can be available if the block_calls_as_threat setting is enabled'",
      notEnforced: NO_SETTINGS,
    },
    { op, rule: "match_type: phoneNumber blocks 'only a specific phone number', prefix 'all numbers starting with the prefix': a simulated call from such a number ends blocked, ringing nobody", enforced: { file: SIM, test: "an extension's own inbound block rule stops a call to it, and only to it" } },
    { op, rule: "match_type SMS-shortCodes blocks 'only a specific sms short code'", notEnforced: NO_MESSAGES },
  ];
}

export default defineFidelity({
  rules: [
    // ---- extension level ----------------------------------------------------
    {
      op: 'listAnExtensionsInboundBlockRules',
      rule: "Lists 'the given extension's block rule for inbound calls and messaging' of a User or Auto Receptionist (extensions of the account's directory)",
      enforced: { file: EXTENSION, test: "a user's and an auto receptionist's extension each take rules of their own" },
    },
    { op: 'listAnExtensionsInboundBlockRules', rule: '... of a Call Queue, Shared Line Group, Common Area or Zoom Room', notEnforced: OTHER_KINDS },
    {
      op: 'listAnExtensionsInboundBlockRules',
      rule: "'Extension does not exist: {extensionId}': an id that is no extension of the caller's account (another account's included)",
      enforced: { file: EXTENSION, test: "an extension that is not one of the account's is 404 for every operation, and nothing changes" },
    },
    {
      op: 'listAnExtensionsInboundBlockRules',
      rule: 'keyword, match_type and type filter the list (keyword: in blocked_number or phone_number)',
      enforced: { file: EXTENSION, test: 'the list filters by match type, type and keyword' },
    },
    ...listRules('listAnExtensionsInboundBlockRules', EXTENSION),
    { op: 'listAnExtensionsInboundBlockRules', rule: "Prerequisites: 'Pro or a higher account with Zoom Phone license'", notEnforced: NO_PLANS },

    {
      op: 'addAnExtensionsInboundBlockRule',
      rule: "Adds 'the inbound block rule for the given Call Queue, Auto Receptionist, Shared Line Group, Common Area, Zoom Room or User' (a User's or Auto Receptionist's today)",
      enforced: { file: EXTENSION, test: "a user's and an auto receptionist's extension each take rules of their own" },
    },
    { op: 'addAnExtensionsInboundBlockRule', rule: '... of a Call Queue, Shared Line Group, Common Area or Zoom Room', notEnforced: OTHER_KINDS },
    {
      op: 'addAnExtensionsInboundBlockRule',
      rule: "'The match type:{match_type} does not support the type:{type} in extension level': read as a prefix or an SMS short code blocked as a threat (an extension marks a threat one caller at a time)",
      enforced: { file: EXTENSION, test: 'a prefix or SMS short code is not blocked as a threat at the extension level (13606)' },
    },
    {
      op: 'addAnExtensionsInboundBlockRule',
      rule: "'Blocked phone number already exists': an extension blocks a number (prefix, short code) once, whatever the type; another extension has its own rules",
      enforced: { file: EXTENSION, test: 'the number is read as the account rules read it: 13601, 13604, 7015 and an invalid country, changing nothing' },
    },
    {
      op: 'addAnExtensionsInboundBlockRule',
      rule: "A rule belongs to its extension: when the extension leaves the directory (a site's deletion releases its auto receptionist's) its rules go, and the statistics stop counting them",
      enforced: { file: EXTENSION, test: "a site's deletion takes its auto receptionist's extension, and the extension's rules go with it" },
    },
    {
      op: 'addAnExtensionsInboundBlockRule',
      rule: 'A rule added while its extension is released either is removed with it or finds the extension gone (404)',
      enforced: { file: RACES, test: "rules added while their site is deleted do not outlive the auto receptionist's extension" },
    },
    ...targetRules('addAnExtensionsInboundBlockRule', EXTENSION, {
      forms: "a user's and an auto receptionist's extension each take rules of their own",
      country: 'the number is read as the account rules read it: 13601, 13604, 7015 and an invalid country, changing nothing',
      elsewhere: 'the number is read as the account rules read it: 13601, 13604, 7015 and an invalid country, changing nothing',
      invalid: 'the number is read as the account rules read it: 13601, 13604, 7015 and an invalid country, changing nothing',
    }),
    { op: 'addAnExtensionsInboundBlockRule', rule: "Prerequisites: 'Pro or a higher account with Zoom Phone license'", notEnforced: NO_PLANS },

    {
      op: 'deleteAnExtensionsInboundBlockRule',
      rule: "Deletes 'the given extension's blocked rule': a rule of another extension, or an account rule, 'does not exist' for it",
      enforced: { file: EXTENSION, test: "a deleted rule is gone from its extension; an unknown rule, or another extension's, is 404" },
    },
    {
      op: 'deleteAnExtensionsInboundBlockRule',
      rule: "'Extension does not exist: {extensionId}'",
      enforced: { file: EXTENSION, test: "an extension that is not one of the account's is 404 for every operation, and nothing changes" },
    },
    { op: 'deleteAnExtensionsInboundBlockRule', rule: "Prerequisites: 'Pro or a higher account with Zoom Phone license'", notEnforced: NO_PLANS },

    // ---- statistics ---------------------------------------------------------
    {
      op: 'listAnAccountsInboundBlockedStatistics',
      rule: "'the statistics of the extensions blocked rule': one per number (prefix, short code) the account's extensions block, gone when none blocks it any more",
      enforced: { file: STATS, test: 'block_count and threat_count count the extensions that mark the number each way; the last unmark removes the statistic' },
    },
    {
      op: 'listAnAccountsInboundBlockedStatistics',
      rule: "block_count / threat_count: 'counts the number of extensions ... that have marked the phone_number as type = block_for_other_reasons' / 'block_as_threat'",
      enforced: { file: STATS, test: 'block_count and threat_count count the extensions that mark the number each way; the last unmark removes the statistic' },
    },
    {
      op: 'listAnAccountsInboundBlockedStatistics',
      rule: 'Concurrent marks of one number by many extensions are each counted',
      enforced: { file: RACES, test: 'extensions marking one number at once are each counted' },
    },
    {
      op: 'listAnAccountsInboundBlockedStatistics',
      rule: "type (the page does not say what it is of a statistic): block_as_threat when any extension marked the number as a threat, else block_for_other_reasons; the type filter (documented without values) matches that, an undocumented value nothing",
      enforced: { file: STATS, test: 'the list filters by match type, type and keyword' },
    },
    {
      op: 'listAnAccountsInboundBlockedStatistics',
      rule: 'keyword and match_type filter the list',
      enforced: { file: STATS, test: 'the list filters by match type, type and keyword' },
    },
    ...listRules('listAnAccountsInboundBlockedStatistics', STATS),
    {
      op: 'listAnAccountsInboundBlockedStatistics',
      rule: "Prerequisites: 'Pro or higher account plan with Zoom phone license', 'Account owner or admin permissions'",
      notEnforced: NO_PLANS,
    },

    {
      op: 'deleteAnAccountsInboundBlockedStatistics',
      rule: "Deletes the statistic; the extensions' rules stay, and a later mark of the number counts them all again",
      enforced: { file: STATS, test: "a deleted statistic is gone, the extensions' rules stay, and the next mark counts them all again" },
    },
    {
      op: 'deleteAnAccountsInboundBlockedStatistics',
      rule: "Another account's statistic 'does not exist'",
      enforced: { file: STATS, test: "another account neither sees the account's statistics nor deletes or promotes them" },
    },
    {
      op: 'deleteAnAccountsInboundBlockedStatistics',
      rule: "Prerequisites: 'Pro or higher account plan with Zoom phone license', 'Account owner or admin permissions'",
      notEnforced: NO_PLANS,
    },

    {
      op: 'markAPhoneNumberAsBlockedForAllExtensions',
      rule: "'Promotes and applies the phone number blocked from the extension level blocked rule to the account level blocked rule': an active account rule of the statistic's number and type, made once however often it is asked",
      enforced: { file: STATS, test: 'blocking a statistic for all extensions adds an active account rule with its number and type, once' },
    },
    {
      op: 'markAPhoneNumberAsBlockedForAllExtensions',
      rule: "'All extensions under the current account block this phone number': an inactive account rule of the number is made active",
      enforced: { file: STATS, test: 'blocking for all makes an inactive account rule of the number active, keeping its type and comment' },
    },
    {
      op: 'markAPhoneNumberAsBlockedForAllExtensions',
      rule: "'This action is contingent on the statistics of extensions blocked rule': a statistic that does not exist (deleted, another account's) blocks nothing",
      enforced: { file: STATS, test: "a deleted statistic is gone, the extensions' rules stay, and the next mark counts them all again" },
    },
    {
      op: 'markAPhoneNumberAsBlockedForAllExtensions',
      rule: 'Concurrent requests to block one statistic for all make one account rule',
      enforced: { file: RACES, test: 'blocking one statistic for all from several requests at once makes one account rule' },
    },
    {
      op: 'markAPhoneNumberAsBlockedForAllExtensions',
      rule: "Prerequisites: 'Pro or higher account plan with Zoom phone license', 'Account owner or admin permissions'",
      notEnforced: NO_PLANS,
    },

    // ---- account level ------------------------------------------------------
    {
      op: 'listAnAccountsInboundBlockRules',
      rule: "Lists the 'account level inbound block rule' of the caller's account: another account's are not shown",
      enforced: { file: ACCOUNT, test: "another account neither sees the account's rules nor changes them, and blocks the same number on its own" },
    },
    {
      op: 'listAnAccountsInboundBlockRules',
      rule: 'keyword (in blocked_number, phone_number or comment, in any case), match_type, type and status filter the list',
      enforced: { file: ACCOUNT, test: 'the list filters by match type, type, status and keyword (number, phone_number or comment, in any case)' },
    },
    ...listRules('listAnAccountsInboundBlockRules', ACCOUNT),
    {
      op: 'listAnAccountsInboundBlockRules',
      rule: "Prerequisites: 'Pro or a higher account with Zoom Phone license', 'Account owner or admin permissions'",
      notEnforced: NO_PLANS,
    },

    {
      op: 'addAnAccountsInboundBlockRule',
      rule: "status: 'Whether the block rule is active or inactive' (kept and shown); comment: kept and shown",
      enforced: { file: ACCOUNT, test: 'an account rule is added and listed: a number in E164, a prefix with its country code, an SMS short code as given' },
    },
    {
      op: 'addAnAccountsInboundBlockRule',
      rule: "'Blocked phone number already exists': the account blocks a number (prefix, short code) once, whatever its type or status and however the number is written",
      enforced: { file: ACCOUNT, test: 'a number the account blocks already is refused (13601), however it is written, and nothing changes' },
    },
    {
      op: 'addAnAccountsInboundBlockRule',
      rule: 'Of concurrent adds of one number, one wins and the others answer 13601',
      enforced: { file: RACES, test: 'of concurrent adds of one number to the account, one wins and the others are told it exists' },
    },
    ...targetRules('addAnAccountsInboundBlockRule', ACCOUNT, {
      forms: 'an account rule is added and listed: a number in E164, a prefix with its country code, an SMS short code as given',
      country: "a phone number or prefix needs a country the abbreviation list has ('Invalid country.')",
      elsewhere: "a number of another country than the rule's is refused (13604)",
      invalid: 'a number, prefix or short code that cannot be one is refused (7015); the limits hold at their edge',
    }),
    { op: 'addAnAccountsInboundBlockRule', rule: "'As a result, all extensions block calls … to the phone number': an active account rule blocks a simulated call to any extension; an inactive one none", enforced: { file: SIM, test: 'an account inbound block rule on a prefix stops calls from any number under it to every extension, while it is active' } },
    { op: 'addAnAccountsInboundBlockRule', rule: "'… and messages to the phone number'", notEnforced: NO_MESSAGES },
    {
      op: 'addAnAccountsInboundBlockRule',
      rule: "Prerequisites: 'Pro or a higher account with Zoom Phone license', 'Account owner or admin permissions'",
      notEnforced: NO_PLANS,
    },

    {
      op: 'deleteAnAccountsInboundBlockRule',
      rule: "Deletes the account level rule; the number can be blocked again; another account's rule 'does not exist'",
      enforced: { file: ACCOUNT, test: 'a deleted rule is gone; an unknown one is 404' },
    },
    {
      op: 'deleteAnAccountsInboundBlockRule',
      rule: "'You can't delete or change the number, because it is marked as Blocked (Threat) Number more than the Automatic (Threat) Blocking Threshold'",
      notEnforced: NO_THRESHOLD,
    },
    {
      op: 'deleteAnAccountsInboundBlockRule',
      rule: "Prerequisites: 'Pro or a higher account with Zoom Phone license', 'Account owner or admin permissions'",
      notEnforced: NO_PLANS,
    },

    {
      op: 'updateAnAccountsInboundBlockRule',
      rule: 'Updates the rule: blocked_number, match_type and type (required) replace its target and type; status, comment and country, left out, stay as they were',
      enforced: { file: ACCOUNT, test: "an update changes the rule's number, type, status and comment; what it leaves out stays" },
    },
    {
      op: 'updateAnAccountsInboundBlockRule',
      rule: "'Blocked phone number already exists': the new target is another rule's; a rule's own target is no conflict",
      enforced: { file: ACCOUNT, test: 'an update is refused for a number another rule blocks (13601), a bad number or country, or an unknown rule, and changes nothing' },
    },
    ...targetRules('updateAnAccountsInboundBlockRule', ACCOUNT, {
      forms: "an update changes the rule's number, type, status and comment; what it leaves out stays",
      country: 'an update is refused for a number another rule blocks (13601), a bad number or country, or an unknown rule, and changes nothing',
      elsewhere: 'an update is refused for a number another rule blocks (13601), a bad number or country, or an unknown rule, and changes nothing',
      invalid: 'an update is refused for a number another rule blocks (13601), a bad number or country, or an unknown rule, and changes nothing',
    }),
    {
      op: 'updateAnAccountsInboundBlockRule',
      rule: "'You can't delete or change the number, because it is marked as Blocked (Threat) Number more than the Automatic (Threat) Blocking Threshold'",
      notEnforced: NO_THRESHOLD,
    },
    {
      op: 'updateAnAccountsInboundBlockRule',
      rule: "Prerequisites: 'Pro or a higher account with Zoom Phone license', 'Account owner or admin permissions'",
      notEnforced: NO_PLANS,
    },
  ],
  unreachable: {
    listAnExtensionsInboundBlockRules: { youDoNotEnableTheBlock: `400/13600: ${NO_SETTINGS}` },
    addAnExtensionsInboundBlockRule: {
      blockListForInboundCallsAnd: `400/13600: ${NO_SETTINGS}`,
      blockCallsAsThreatPolicySetting: `400/13605: ${NO_SETTINGS}`,
    },
    deleteAnExtensionsInboundBlockRule: { blockListForInboundCallsAnd: `400/13600: ${NO_SETTINGS}` },
    listAnAccountsInboundBlockedStatistics: { youDoNotEnableTheBlock: `400/13600: ${NO_SETTINGS}` },
    deleteAnAccountsInboundBlockedStatistics: { blockListForInboundCallsAnd: `400/13600: ${NO_SETTINGS}` },
    markAPhoneNumberAsBlockedForAllExtensions: { blockListForInboundCallsAnd: `400/13600: ${NO_SETTINGS}` },
    listAnAccountsInboundBlockRules: { youDoNotEnableTheBlock: `400/13600: ${NO_SETTINGS}` },
    addAnAccountsInboundBlockRule: {
      blockListForInboundCallsAnd: `400/13600: ${NO_SETTINGS}`,
      blockCallsAsThreatPolicySetting: `400/13605: ${NO_SETTINGS}`,
    },
    deleteAnAccountsInboundBlockRule: {
      youDoNotEnableTheBlock: `400/13600: ${NO_SETTINGS}`,
      youCantDeleteOrChangeThe: `400/13602: ${NO_THRESHOLD}`,
      youCantDeleteOrChangeThe13603: `400/13603: ${NO_THRESHOLD}`,
    },
    updateAnAccountsInboundBlockRule: {
      blockListForInboundCallsAnd: `400/13600: ${NO_SETTINGS}`,
      blockCallsAsThreatPolicySetting: `400/13605: ${NO_SETTINGS}`,
      youCantDeleteOrChangeThe: `400/13602: ${NO_THRESHOLD}`,
      youCantDeleteOrChangeThe13603: `400/13603: ${NO_THRESHOLD}`,
    },
  },
});
