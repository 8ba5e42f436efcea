// What the customized outbound caller ID pages (account, site and user level) state
// in words, whether the server holds to it, and why (rendered into docs/fidelity.md
// by `npm run coverage`).
import { defineFidelity, type Rule } from '../../kit/fidelity.ts';
import type { OperationId } from '../../kit/context.ts';

const T = 'test/families/outbound-caller-id/outbound-caller-id.test.ts';
const SDK = 'test/families/outbound-caller-id/sdk.test.ts';

const PREREQUISITES = "Prerequisites: 'A Business or Enterprise account'; 'A Zoom Phone license'";
const NO_PLANS = "the sandbox does not model account plans or licenses: a token whose scopes allow the call acts as the account's admin";

const LISTS = ['listAnAccountsCustomizedOutboundCallerIdPhoneNumbers', 'listCustomizedOutboundCallerIdPhoneNumbers', 'listUsersPhoneNumbersForACustomizedOutboundCallerId'] as const;
const ADDS = ['addPhoneNumbersForAnAccountsCustomizedOutboundCallerId', 'addCustomizedOutboundCallerIdPhoneNumbers', 'addPhoneNumbersForUsersCustomizedOutboundCallerId'] as const;
const REMOVES = ['deletePhoneNumbersForAnAccountsCustomizedOutboundCallerId', 'removeCustomizedOutboundCallerIdPhoneNumbers', 'removeUsersCustomizedOutboundCallerIdPhoneNumbers'] as const;

/** One rule of several operations, shown by one test. */
const each = (ops: readonly OperationId[], rule: string, test: string, file = T): Rule[] => ops.map((op) => ({ op, rule, enforced: { file, test } }));
/** One rule of several operations the sandbox does not hold to, and why. */
const notHeld = (ops: readonly OperationId[], rule: string, why: string): Rule[] => ops.map((op) => ({ op, rule, notEnforced: why }));

const NOT_MERGED =
  "Each level's list holds the numbers added to it: the pages describe the account's, a site's and a user's lists apart and say nothing of one showing another's " +
  '(a site list does not show the account list, nor a user list its site list)';

export default defineFidelity({
  rules: [
    // ---- lists
    ...each(
      LISTS,
      "Retrieves the phone numbers 'that can be used as' the level's customized outbound caller ID: each item customize_id, phone_number_id, phone_number (E.164), display_name, " +
        "incoming/outgoing ('whether the incoming/outgoing policy is enabled': the number's capability), extension_id/type/number/name of the number's holder " +
        "(from the extension directory), site {id, name}; read a page's worth at a time through the numbers, extensions and sites families",
      "a site's list shows each number with its holder's extension and its site, as the numbers API shows them",
    ),
    ...each(
      LISTS,
      "selected: 'true - Numbers already added to the custom list; false - Numbers not yet added to the custom list' (the parameter's description in Zoom's reference; " +
        "the pages here only name it): left out, the list's own numbers. Numbers not yet added are the account's Zoom Phone numbers the list does not hold, without customize_id",
      "numbers added to a site's list are listed; selected=false lists the account's numbers not yet added",
    ),
    ...each(
      LISTS,
      "site_id ('filters phone numbers that belong to the site'), extension_type (autoReceptionist, callQueue, sharedLineGroup: the type of the number's holder) and keyword " +
        "('a search keyword for phone or extension numbers': digits found in the E.164 number or the holder's extension number) pick the numbers, of the list or of those not yet added; " +
        'a site the account does not have picks none',
      'site_id, extension_type and keyword pick the numbers of a list and of the numbers not yet added',
    ),
    ...each(
      LISTS,
      "page_size (default 30, at most 300), total_records, and next_page_token: 'returned whenever the set of available results exceeds the current page size'; a token serves the filters it was made for only",
      'the lists page by next_page_token, 300 a page at most',
    ),
    ...each(LISTS, "'The expiration period for this token is 15 minutes'", 'a page token expires after 15 minutes'),
    ...each(LISTS, NOT_MERGED, "each user keeps a list of its own, apart from its site's and the account's"),
    ...notHeld(LISTS, PREREQUISITES, NO_PLANS),

    // ---- account level: multiple sites
    ...[...[LISTS[0]], ADDS[0], REMOVES[0]].map(
      (op): Rule => ({
        op,
        rule:
          "'when multiple sites policy is enabled, users cannot manage the account-level configuration. The system will throw an exception.' The sandbox reads multiple sites " +
          "as addByocPhoneNumbers does: an account with more than one site. The exception is 400/300 in the words the user-level add page documents for it, " +
          "'Account level settings cannot be managed until disable multiple sites.' (listed in docs/undocumented-errors.md)",
        enforced: { file: T, test: "the account's list is refused while the account has multiple sites" },
      }),
    ),
    ...[...[LISTS[0]], ADDS[0], REMOVES[0]].map(
      (op): Rule => ({
        op,
        rule: "With a single site (or none), the account's own list is managed: its numbers are added, listed with their site, and removed",
        enforced: { file: T, test: "an account with one site manages its own list, and not its site's" },
      }),
    ),
    // ---- site level: multiple sites and the site
    ...[LISTS[1], ADDS[1], REMOVES[1]].map(
      (op): Rule => ({
        op,
        rule:
          "'Multiple sites must be enabled': on an account with one site the site's list is refused, 400/300 'Validation Failed. Multiple Site is disabled.' " +
          '(the words another page of the API documents for it; listed in docs/undocumented-errors.md)',
        enforced: { file: T, test: "an account with one site manages its own list, and not its site's" },
      }),
    ),
    ...[ADDS[1], REMOVES[1]].map(
      (op): Rule => ({
        op,
        rule: "400/300 'Validation Failed. Site does not exist.' for a site the account does not have (another account's too); nothing changes",
        enforced: { file: T, test: 'a site the account does not have answers the documented error' },
      }),
    ),
    {
      op: LISTS[1],
      rule: "A site the account does not have: the page documents no error; answered as the add and remove pages of the path document it, 400/300 'Validation Failed. Site does not exist.'",
      enforced: { file: T, test: 'a site the account does not have answers the documented error' },
    },
    // ---- user level: the user
    ...[LISTS[2], ADDS[2]].map(
      (op): Rule => ({
        op,
        rule:
          "400/300 'Invalid user id.' for 'me' (the sandbox's apps act for an account, not one of its users); 404/1001 'User does not exist:{userId}.' for a user the account does not have. " +
          'A user is named by its id or email',
        enforced: { file: T, test: 'a user is named by its id: "me" is an invalid user id, a user the account does not have is not found' },
      }),
    ),
    {
      op: REMOVES[2],
      rule:
        "A user the account does not have (or 'me'): the page documents only 400/300 'Validation Failed. Site does not exist.'; answered as the list and add pages of the path document it, 404/1001 'User does not exist:{userId}.'",
      enforced: { file: T, test: 'a user is named by its id: "me" is an invalid user id, a user the account does not have is not found' },
    },

    // ---- adds
    ...each(
      ADDS,
      "'Adds the … customized outbound caller ID phone numbers' (phone_number_ids): 201, each listed after the list's own numbers in the order given, with a customization id of its own; a number given twice is added once",
      "numbers added to a site's list are listed; selected=false lists the account's numbers not yet added",
    ),
    ...each(
      ADDS,
      "A number the account does not have as a Zoom Phone number (unknown, another account's, another product's), one the list already holds, or no number at all: the pages document no error; " +
        "400/300 'Validation Failed. Phone number does not exist: {id}.', 'Validation Failed. Phone number {number} has already been added.', 'Validation Failed. phone_number_ids is required.' " +
        '(listed in docs/undocumented-errors.md); a request refused adds none of its numbers',
      'a number already in the list, or one the account does not have, is refused and adds nothing',
    ),
    ...each(ADDS, 'A lost race of two adds of one number is the already-added refusal, never a 500 (the unique index decides)', 'concurrent adds of one number: one wins, the others are refused'),
    ...notHeld(ADDS, PREREQUISITES, NO_PLANS),
    { op: ADDS[1], rule: "Zoom's SDK's addCustomizedOutboundCallerIDPhoneNumbers and its list and remove", enforced: { file: SDK, test: "through Zoom's SDK: numbers join a site's and a user's list, are listed and removed" } },
    { op: ADDS[2], rule: "Zoom's SDK's addPhoneNumbersForUsersCustomizedOutboundCallerID and its list and remove", enforced: { file: SDK, test: "through Zoom's SDK: numbers join a site's and a user's list, are listed and removed" } },

    // ---- removes
    ...each(
      REMOVES,
      "'Deletes/Removes the … customized outbound caller ID phone numbers' named by customize_ids (repeated, customize_ids[]= or comma separated): 204, gone from the list, the number free to be added again; other lists keep theirs",
      'removing customizations takes them out of the list; an id the list does not hold is refused and removes nothing',
    ),
    ...each(
      REMOVES,
      "A customize_id the list does not hold (another list's too), or none given: the pages document no error; 400/300 'Validation Failed. Customized number does not exist: {id}.' and " +
        "'Validation Failed. customize_ids is required.' (listed in docs/undocumented-errors.md); nothing is removed",
      'removing customizations takes them out of the list; an id the list does not hold is refused and removes nothing',
    ),
    ...each(
      REMOVES,
      'Concurrent removes of one customization: each answers 204 or the not-found refusal, never a 500, and the customization is gone',
      'concurrent removes of one customization and an add racing a delete of its number leave no link behind',
    ),
    ...notHeld(REMOVES, PREREQUISITES, NO_PLANS),

    // ---- what the lists hang on
    ...each(
      LISTS,
      'A number deleted from the account or handed to another one (numbers.removed) leaves every list it was in',
      'a number deleted from the account leaves every list it was in',
    ),
    ...each(
      ADDS,
      'An add racing a delete of its number either commits first and is mended by the delete, or waits and finds the number gone: no link to a number that is gone is left behind',
      'concurrent removes of one customization and an add racing a delete of its number leave no link behind',
    ),
    ...each(
      [LISTS[1], LISTS[2]],
      "A site deleted (sites.deleting) takes its list with it (the users moving to the transfer site take that site's list); a user taken out of Zoom Phone (users.removed) takes its own",
      "a deleted site's list and a removed user's list go with them",
    ),
    ...each(
      [...LISTS, ...ADDS, ...REMOVES],
      "No request reads or changes another account's lists: its sites and users are unknown, its numbers and customizations are not the caller's",
      "another account neither sees nor changes the account's lists",
    ),
  ],
  unreachable: {
    addPhoneNumbersForAnAccountsCustomizedOutboundCallerId: {
      validationFailedSiteDoesNotExist: 'the account-level path and body name no site: nothing the request sends can be a site the account lacks',
    },
    deletePhoneNumbersForAnAccountsCustomizedOutboundCallerId: {
      validationFailedSiteDoesNotExist: 'the account-level path and query name no site: nothing the request sends can be a site the account lacks',
    },
    removeUsersCustomizedOutboundCallerIdPhoneNumbers: {
      validationFailedSiteDoesNotExist:
        "the user-level path names a user, not a site, and a user's list does not hang on its site (a user without a site keeps its list): nothing the request sends can be a site the account lacks",
    },
    listUsersPhoneNumbersForACustomizedOutboundCallerId: {
      accountDoesNotExist: "the path names no account: the caller's own, which the token proves exists",
    },
    addPhoneNumbersForUsersCustomizedOutboundCallerId: {
      accountDoesNotExist: "the path names no account: the caller's own, which the token proves exists",
      accountLevelSettingsCannotBeManaged:
        "a user's list is the user's own whatever the account's multiple-sites option (the page states no rule tying it to the account's list); " +
          'the account-level operations answer these words when multiple sites is on',
      siteNotExist:
        "the request names no site, and a user's list does not hang on its site (a user without a site keeps its list), so no site of the request can be missing",
    },
  },
});
