// What the Zoom Rooms pages state in words, whether the server holds to it, and
// why (rendered into docs/fidelity.md by `npm run coverage`).
import { defineFidelity, type Rule } from '../../kit/fidelity.ts';
import type { OperationId } from '../../kit/context.ts';

const T = 'test/families/zoom-rooms/zoom-rooms.test.ts';
const SDK = 'test/families/zoom-rooms/sdk.test.ts';

const NO_PLANS = "the sandbox does not model account plans or licenses: a token whose scopes allow the call acts as the account's admin";
const ACCOUNT_IS_THE_TOKENS =
  "404/2001: the path names no account, and the caller's token always belongs to an existing one (accounts are never deleted; a reset erases their tokens with them)";
const OTHER_ACCOUNT = "another account neither sees nor changes the account's rooms";
const BATCH_OF_FIVE =
  "the documented error of the same page says 'Room batch operation is limited to 5 per request.' (400/429): the server holds to the error's 5, the smaller of the two, and answers it past 5";

const prerequisites = (ops: OperationId[], words: string): Rule[] => ops.map((op) => ({ op, rule: words, notEnforced: NO_PLANS }));

export default defineFidelity({
  rules: [
    // ---- listZoomRoomsUnderZoomPhoneLicense
    {
      op: 'listZoomRoomsUnderZoomPhoneLicense',
      rule: "'Retrieves a list of Zoom Rooms under the account that has the Zoom Phone license assigned': each with id, name, extension_id and extension_number (the directory's), calling_plans (with the inventory's names), phone_numbers and site",
      enforced: { file: T, test: 'the demo account has Zoom Rooms: one in Zoom Phone with its number and plan, two without' },
    },
    {
      op: 'listZoomRoomsUnderZoomPhoneLicense',
      rule: "page_size (default 30, at most 300), total_records; 'A next page token returns whenever the set of available results exceeds the current page size'",
      enforced: { file: T, test: 'the list pages by next_page_token, 300 a page at most' },
    },
    { op: 'listZoomRoomsUnderZoomPhoneLicense', rule: "'The expiration period for this token is 15 minutes'", enforced: { file: T, test: 'a page token expires after 15 minutes' } },
    {
      op: 'listZoomRoomsUnderZoomPhoneLicense',
      rule: "The query Zoom's SDK sends (site_id, calling_type, keyword; the page documents none): a site's rooms, rooms holding a plan of that type, rooms whose name contains the keyword (without case)",
      enforced: { file: T, test: 'the list filters by site, calling plan and name' },
    },
    {
      op: 'listZoomRoomsUnderZoomPhoneLicense',
      rule: "calling_plans' billing_account_id and billing_account_name: 'displayed when the zoom room is located in India' — shown for a plan given with a billing account (India requires one); billing_subscription_id/name: the plan's subscription, else its inventory's",
      enforced: { file: T, test: 'calling plans given to a room come from the inventory and go back when removed' },
    },
    { op: 'listZoomRoomsUnderZoomPhoneLicense', rule: "The account's rooms only", enforced: { file: T, test: OTHER_ACCOUNT } },
    ...prerequisites(['listZoomRoomsUnderZoomPhoneLicense'], "Prerequisites: 'A Pro or higher account plan', 'A Zoom Phone license'"),

    // ---- addAZoomRoomToAZoomPhone
    {
      op: 'addAZoomRoomToAZoomPhone',
      rule: "'Associates a Zoom Room with a Zoom Phone license': the room (one of the account's Zoom Rooms) joins the site given (the main site when none is) and takes the first free extension of the site's block (site code + short extension) in the account's directory; it leaves the rooms without Zoom Phone; 201",
      enforced: { file: T, test: 'a room added to Zoom Phone takes an extension of its site and leaves the unassigned list' },
    },
    {
      op: 'addAZoomRoomToAZoomPhone',
      rule: "calling_plans: each plan is taken from the account's inventory (listCallingPlans counts it assigned); 'Unknown or invalid calling plan: {type}.' (400/404) for a type the catalogue does not know, one the account has none left of, a subscription not the account's, or a type named twice; nothing is added then",
      enforced: { file: T, test: 'a room the account does not have cannot be added, nor one already in Zoom Phone, and nothing changes' },
    },
    {
      op: 'addAZoomRoomToAZoomPhone',
      rule: "'Room does not exist:{roomId}.' (400/404) for an id that is none of the account's Zoom Rooms (another account's too); a room already in Zoom Phone, a body without an id and a site the account lacks are refused in words of their own (docs/undocumented-errors.md)",
      enforced: { file: T, test: 'a room the account does not have cannot be added, nor one already in Zoom Phone, and nothing changes' },
    },
    {
      op: 'addAZoomRoomToAZoomPhone',
      rule: 'A race of concurrent adds of one room: the unique index lets one in, the others are refused; the room holds one extension and its plans once',
      enforced: { file: T, test: 'concurrent adds of one room: one wins, the others are refused' },
    },
    {
      op: 'addAZoomRoomToAZoomPhone',
      rule: "billing_subscription_id: 'When there is more than one plan type A in this account, it cannot be empty.'",
      notEnforced: 'the sandbox keeps one subscription per plan type and account (billing), so an account never has two of a type; a subscription id given must be that one',
    },
    ...prerequisites(['addAZoomRoomToAZoomPhone'], "Prerequisites: 'A Business or Enterprise account', 'A Zoom Phone license'"),

    // ---- listZoomRoomsWithoutZoomPhoneAssignment
    {
      op: 'listZoomRoomsWithoutZoomPhoneAssignment',
      rule: "'Returns Zoom Rooms that are not assigned a Zoom Phone': id, display_name, location_id, location_info, department, cost_center of the account's rooms not in Zoom Phone; a room removed from Zoom Phone is listed again",
      enforced: { file: T, test: 'removing a room gives back its extension, numbers and plans, and lists it among the unassigned again' },
    },
    {
      op: 'listZoomRoomsWithoutZoomPhoneAssignment',
      rule: "keyword (the query Zoom's SDK sends; the page documents none): rooms whose name contains it, without case",
      enforced: { file: T, test: 'the list filters by site, calling plan and name' },
    },
    { op: 'listZoomRoomsWithoutZoomPhoneAssignment', rule: "The account's rooms only", enforced: { file: T, test: OTHER_ACCOUNT } },
    ...prerequisites(['listZoomRoomsWithoutZoomPhoneAssignment'], "Prerequisites: 'A Pro or higher account plan', 'A Zoom Phone license'"),

    // ---- getAZoomRoomUnderZoomPhoneLicense
    {
      op: 'getAZoomRoomUnderZoomPhoneLicense',
      rule: "The room's id, name, extension, calling_plans, phone_numbers, site, and emergency_address (its site's default emergency address: the room has no field to set its own)",
      enforced: { file: T, test: 'a room added to Zoom Phone takes an extension of its site and leaves the unassigned list' },
    },
    {
      op: 'getAZoomRoomUnderZoomPhoneLicense',
      rule: "policy.international_calling and select_outbound_caller_id: enable (the room's own, else its site's) and locked_by ('Which level of administrator prohibits modifying the current settings': the site's lock, 'invalid' for none)",
      enforced: { file: T, test: "a policy the room changes shows over its site's; a reset follows the site; a site lock refuses a change" },
    },
    {
      op: 'getAZoomRoomUnderZoomPhoneLicense',
      rule: "A room the account does not have in Zoom Phone (another account's, one never added or removed): the page documents no error; answered 400/404 'Room does not exist:{roomId}.' as the other room pages document it",
      enforced: { file: T, test: OTHER_ACCOUNT },
    },
    {
      op: 'getAZoomRoomUnderZoomPhoneLicense',
      rule: "locked_by 'user_group' and 'extension'",
      notEnforced: 'the sandbox keeps no user groups, and a room setting locks nothing below it: only the account and site levels lock',
    },
    ...prerequisites(['getAZoomRoomUnderZoomPhoneLicense'], "Prerequisites: 'A Pro or higher account plan', 'A Zoom Phone license'"),

    // ---- updateAZoomRoomUnderZoomPhoneLicense
    {
      op: 'updateAZoomRoomUnderZoomPhoneLicense',
      rule: "extension_number: 'The number must be complete (i.e. site number + short extension)': a number of the room's site's block, held by no other extension; else 'Extension number error.' (400/300) and nothing changes; the old number is free again",
      enforced: { file: T, test: 'an update renumbers the room inside its site and refuses a number outside it or taken' },
    },
    {
      op: 'updateAZoomRoomUnderZoomPhoneLicense',
      rule: "site_id: the room moves with its extension and numbers; a number of the old site's block gives way to the first free one of the new site's (or the extension_number given with the move)",
      enforced: { file: T, test: 'an update moves the room to another site with its extension and numbers' },
    },
    {
      op: 'updateAZoomRoomUnderZoomPhoneLicense',
      rule: "policy: enable changes the room's own setting; 'reset: Using site setting' drops it (a reset wins over an enable sent with it); 'Policy locked: {policy_key}.' (400/400) for an enable of a setting the site locks; a refused update changes nothing",
      enforced: { file: T, test: "a policy the room changes shows over its site's; a reset follows the site; a site lock refuses a change" },
    },
    {
      op: 'updateAZoomRoomUnderZoomPhoneLicense',
      rule: "400/404 'Room does not exist:{roomId} Site does not exist.': the row joins two answers; a room the account does not have in Zoom Phone answers 'Room does not exist:{roomId}.', a site_id it lacks 'Site does not exist.'",
      enforced: { file: T, test: 'an update of a room or site the account does not have answers the sentence of the documented row that applies' },
    },
    {
      op: 'updateAZoomRoomUnderZoomPhoneLicense',
      rule: 'Updates racing a deletion of the room\'s site: the sites are held before the room, so every answer is documented and the room ends on the transfer site',
      enforced: { file: T, test: 'a site deleted while its rooms are changed: every answer is documented, never a 500' },
    },
    ...prerequisites(['updateAZoomRoomUnderZoomPhoneLicense'], "Prerequisites: 'A Pro or higher account plan', 'A Zoom Phone license'"),

    // ---- removeAZoomRoomFromAZpAccount
    {
      op: 'removeAZoomRoomFromAZpAccount',
      rule: "'remove Zoom Room from a Zoom Phone account': its extension leaves the directory, its numbers are unassigned and its calling plans go back to the inventory; it is listed among the rooms without Zoom Phone again; 'Room does not exist:{roomId}.' (400/404) for a room the account does not have in Zoom Phone",
      enforced: { file: T, test: 'removing a room gives back its extension, numbers and plans, and lists it among the unassigned again' },
    },
    {
      op: 'removeAZoomRoomFromAZpAccount',
      rule: 'Concurrent removals of one room: one removes it and gives its plans back once; the others answer the documented error',
      enforced: { file: T, test: 'concurrent removals of one room give its plans back once' },
    },
    ...prerequisites(['removeAZoomRoomFromAZpAccount'], "Prerequisites: 'A Business or Enterprise account', 'A Zoom Phone license'"),

    // ---- assignCallingPlansToAZoomRoom
    {
      op: 'assignCallingPlansToAZoomRoom',
      rule: "'Assigns calling plans to a Zoom Room': each plan is taken from the account's inventory (listCallingPlans' assigned and available counts move) and shown with the inventory's name",
      enforced: { file: T, test: 'calling plans given to a room come from the inventory and go back when removed' },
    },
    {
      op: 'assignCallingPlansToAZoomRoom',
      rule: "'Plan invalid.' (400/300) for no plan, a plan without a type, a type the catalogue does not know, one the account has none left of, one the room holds or the request names twice, a billing account or subscription not the account's; 'Room batch operation is limited to 5 per request.' (400/429) past 5; a refused request gives none",
      enforced: { file: T, test: 'calling plan requests are refused for bad plans, more than 5, or an unknown room, and change nothing' },
    },
    {
      op: 'assignCallingPlansToAZoomRoom',
      rule: "billing_account_id: 'If the zoom room is located in India, the field is required.' (the room's site's country); refused as 'Plan invalid.' without it",
      enforced: { file: T, test: 'a room in India needs a billing account for each plan' },
    },
    {
      op: 'assignCallingPlansToAZoomRoom',
      rule: 'Concurrent assignments of the last plan of a type: one room gets it (a conditional update of the inventory); of one type to one room, one plan is taken (a unique index)',
      enforced: { file: T, test: 'concurrent assignments of the last plan of a type: one room gets it' },
    },
    { op: 'assignCallingPlansToAZoomRoom', rule: "'with a maximum of 200 numbers at a time'", notEnforced: BATCH_OF_FIVE },
    {
      op: 'assignCallingPlansToAZoomRoom',
      rule: "billing_subscription_id: 'When there is more than one plan type A in this account, it cannot be empty.'",
      notEnforced: 'the sandbox keeps one subscription per plan type and account (billing), so an account never has two of a type; a subscription id given must be that one',
    },
    ...prerequisites(['assignCallingPlansToAZoomRoom'], "Prerequisites: 'A Business or Enterprise account', 'A Zoom Phone license'"),

    // ---- removeACallingPlanFromAZoomRoom
    {
      op: 'removeACallingPlanFromAZoomRoom',
      rule: "'unassign a calling plan from a Zoom Room': the plan goes back to the inventory; billing_account_id (the query Zoom's SDK sends), when given, must be the plan's",
      enforced: { file: T, test: 'calling plans given to a room come from the inventory and go back when removed' },
    },
    {
      op: 'removeACallingPlanFromAZoomRoom',
      rule: "'Plan invalid.' (400/300) for a type the room does not hold (or not a number); 'Room does not exist:{roomId}.' (400/404); a plan is given back once",
      enforced: { file: T, test: 'a calling plan removal answers Plan invalid for a plan the room does not hold' },
    },
    ...prerequisites(['removeACallingPlanFromAZoomRoom'], "Prerequisites: 'A Business or Enterprise account', 'A Zoom Phone license'"),

    // ---- assignPhoneNumbersToAZoomRoom
    {
      op: 'assignPhoneNumbersToAZoomRoom',
      rule: "'Assigns phone numbers to a Zoom Room' (by id or E.164): the number shows the room (id, name, extension number) in the Phone and Number Management views, leaves the unassigned numbers and joins the room's site; 201 answers {}",
      enforced: { file: T, test: 'numbers given to a room show it as assignee in both number views and leave the unassigned numbers' },
    },
    {
      op: 'assignPhoneNumbersToAZoomRoom',
      rule: "'Phone number does not exist.' (400/404), 'Phone number already in use.' (400/409; a user's or another room's), 'Room does not exist:{roomId}.' (400/404), 'Room batch operation is limited to 5 per request.' (400/429); a refused request assigns none",
      enforced: { file: T, test: 'number requests are refused for unknown, taken, or more than 5 numbers, and assign none' },
    },
    {
      op: 'assignPhoneNumbersToAZoomRoom',
      rule: "'This function requires a Zoom Phone Metered, Unlimited, or Pro plan.' (400/409): a room holding no Metered, Unlimited or Zoom Phone Pro plan takes no number",
      enforced: { file: T, test: 'a room needs a Metered, Unlimited or Pro plan before it takes a number' },
    },
    {
      op: 'assignPhoneNumbersToAZoomRoom',
      rule: 'Concurrent assignments of one number to several rooms: exactly one wins, never a 500',
      enforced: { file: T, test: 'concurrent assignments of one number to two rooms: exactly one wins' },
    },
    { op: 'assignPhoneNumbersToAZoomRoom', rule: "'Up to 200 numbers at a time.'", notEnforced: BATCH_OF_FIVE },
    ...prerequisites(['assignPhoneNumbersToAZoomRoom'], "Prerequisites: 'A Business or Enterprise account', 'A Zoom Phone license'"),

    // ---- removeAPhoneNumberFromAZoomRoom
    {
      op: 'removeAPhoneNumberFromAZoomRoom',
      rule: "'unassign a phone number from a Zoom Room' (by id or E.164): the number is free again; 'The Zoom Room must have been previously assigned a Zoom Phone number': one it does not hold answers 'Phone number does not exist.' (400/404); 'Room does not exist:{roomId}.' (400/404)",
      enforced: { file: T, test: 'a number removed from a room is free again; one it does not hold answers the documented error' },
    },
    ...prerequisites(['removeAPhoneNumberFromAZoomRoom'], "Prerequisites: 'A Business or Enterprise account', 'A Zoom Phone license'"),

    // ---- across the family
    {
      op: 'removeAZoomRoomFromAZpAccount',
      rule: "A site deleted: its rooms move to the transfer site with their extensions and numbers",
      enforced: { file: T, test: "a deleted site's rooms move to the transfer site with their extensions and numbers" },
    },
    {
      op: 'addAZoomRoomToAZoomPhone',
      rule: "Zoom's SDK (@zoom/rivet) adds, lists, renumbers and removes a room, and gives and takes its plan (type as a number in the path) and number",
      enforced: { file: SDK, test: "through Zoom's SDK: a waiting room is added, given a plan and a number, renumbered, and removed" },
    },
  ],
  unreachable: {
    listZoomRoomsUnderZoomPhoneLicense: {
      youDoNotHavePermission: `400/403: ${NO_PLANS} (a token without the scope answers 4711 before the handler)`,
      accountDoesNotExist: ACCOUNT_IS_THE_TOKENS,
    },
    addAZoomRoomToAZoomPhone: { accountDoesNotExist: ACCOUNT_IS_THE_TOKENS },
    listZoomRoomsWithoutZoomPhoneAssignment: { accountDoesNotExist: ACCOUNT_IS_THE_TOKENS },
    updateAZoomRoomUnderZoomPhoneLicense: {
      roomDoesNotExistSiteDoes:
        "answered, but not in these words: the row joins two answers in one message; a room the account does not have in Zoom Phone gets 400/404 'Room does not exist:{roomId}.', " +
        "a site it lacks 400/404 'Site does not exist.' (src/families/zoom-rooms/errors.ts); zoom-rooms.test.ts asserts both",
    },
  },
});
