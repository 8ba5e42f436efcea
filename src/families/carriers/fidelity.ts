// What the carriers pages state in words, whether the server holds to it (and the
// test that shows it), and why a documented error cannot be drawn out.
import { defineFidelity } from '../../kit/fidelity.ts';

const PHONE = 'test/families/carriers/phone-peering.test.ts';
const NM = 'test/families/carriers/number-management-peering.test.ts';
const RESELLER = 'test/families/carriers/reseller.test.ts';
const PORTED = 'test/families/carriers/ported.test.ts';
const PAGES = 'test/families/carriers/pages.test.ts';
const LINKS = 'test/families/carriers/links.test.ts';

const PAGE_TOKEN = 'The next page token ... The expiration period for this token is 15 minutes.';
const TOKEN_EXPIRES = { file: PAGES, test: 'a next page token of a carrier list expires after 15 minutes' };

const CLIENT_ID_REQUIRED =
  'carrier_code "is required if you do not use an OAuth token or the OAuth token does not contain the clientId"';
const CLIENT_ID_NOT_REQUIRED =
  "A token whose app maps to no carrier speaks for the account's first carrier instead of being refused: the demo app is bound to none, " +
  'and no operation binds one. Only an account that runs no carrier is refused.';
const MESSAGING_INTEGRATION =
  'message_capability: "Applicable only if the carrier is integrated for messaging services": "If messaging is not integrated ... NOT_APPLICABLE"; ' +
  '"If messaging is integrated and it\'s a mobile number, the value is Supported or Not Supported"';
const MESSAGING_NOT_MODELLED =
  'The sandbox does not model whether a carrier is integrated for messaging: a mobile number keeps the value its partner gave ' +
  '(NOT_APPLICABLE when it gave none), a number that is not mobile is NOT_APPLICABLE (shown by the rule above).';
const ACCOUNT_IS_THE_TOKENS =
  "The path names no account: it is the token's, and a token whose account is gone (after a reset) answers 401/124 \"Invalid access token.\".";

export default defineFidelity({
  rules: [
    // ---- Zoom Phone peering ---------------------------------------------------------
    { op: 'listPeeringPhoneNumbers', rule: 'Returns the carrier\'s phone numbers in the caller\'s account (not those pushed to its sub accounts), filtered by phone_number and carrier_code', enforced: { file: PHONE, test: 'the list filters by carrier code and phone number' } },
    { op: 'listPeeringPhoneNumbers', rule: 'assigned: "0 — Unassigned. 1 — Assigned." (to a user or any other assignee)', enforced: { file: PHONE, test: 'assigned is 1 while the customer has given the number to a user or any other assignee' } },
    { op: 'listPeeringPhoneNumbers', rule: 'status: "0 — Inactive. 1 — Active."', enforced: { file: PHONE, test: 'update changes status and carrier fields' } },
    { op: 'listPeeringPhoneNumbers', rule: PAGE_TOKEN, enforced: TOKEN_EXPIRES },

    { op: 'addPeeringPhoneNumbers', rule: '"for partners who have completed the MoU to peer with Zoom": an account that runs no carrier is refused', enforced: { file: PHONE, test: 'an unknown carrier is 404 "Unknown carrier" and writes nothing' } },
    { op: 'addPeeringPhoneNumbers', rule: 'carrier_code: "The carrier\'s code"; one the account does not run is "Unknown carrier."', enforced: { file: PHONE, test: 'an unknown carrier is 404 "Unknown carrier" and writes nothing' } },
    { op: 'addPeeringPhoneNumbers', rule: '"The clientId maps to a carrier peered with Zoom": without carrier_code, the carrier the token\'s app is bound to', enforced: { file: PHONE, test: "without carrier_code the carrier is the one the token's app speaks for" } },
    { op: 'addPeeringPhoneNumbers', rule: CLIENT_ID_REQUIRED, notEnforced: CLIENT_ID_NOT_REQUIRED },
    { op: 'addPeeringPhoneNumbers', rule: 'phone_numbers: "Maximum of 200"; more is "Validation Failed. Batch adding phone numbers is limited to 200 per request."', enforced: { file: PHONE, test: '200 numbers is the most one request adds or updates; 201 is the documented 300 and writes nothing' } },
    { op: 'addPeeringPhoneNumbers', rule: 'phone_number: "The phone number in E.164 format"; any other is unprocessed', enforced: { file: PHONE, test: 'a number not in E.164, one given twice, or on a SIP trunk the carrier does not have is unprocessed' } },
    { op: 'addPeeringPhoneNumbers', rule: 'sip_trunk_name (required): a SIP trunk set up with the carrier; another is unprocessed', enforced: { file: PHONE, test: 'a number not in E.164, one given twice, or on a SIP trunk the carrier does not have is unprocessed' } },
    { op: 'addPeeringPhoneNumbers', rule: 'status (required): "0 — Inactive. 1 — Active."; any other value is unprocessed', enforced: { file: PHONE, test: 'a status other than 0 or 1 leaves its number unprocessed' } },
    { op: 'addPeeringPhoneNumbers', rule: 'billing_reference_id: "Maximum of 32 characters"; service_info: "Maximum of 255 characters"', enforced: { file: PHONE, test: 'billing_reference_id holds at most 32 characters and service_info at most 255, on add and update' } },
    { op: 'addPeeringPhoneNumbers', rule: '"Check the API response for any failures": a number that already exists is unprocessed, the rest are added to the caller\'s account (pending while inactive)', enforced: { file: PHONE, test: 'added numbers land in the caller account; a taken number is unprocessed and the rest are added' } },

    { op: 'updatePeeringPhoneNumbers', rule: 'phone_numbers: "A maximum of 200"; more is "Validation Failed. Batch adding phone numbers is limited to 200 per request."', enforced: { file: PHONE, test: '200 numbers is the most one request adds or updates; 201 is the documented 300 and writes nothing' } },
    { op: 'updatePeeringPhoneNumbers', rule: 'carrier_code: "The carrier\'s code"; one the account does not run is "Unknown carrier."', enforced: { file: PHONE, test: 'an unknown carrier is 404 "Unknown carrier" and writes nothing' } },
    { op: 'updatePeeringPhoneNumbers', rule: '"The clientId maps to a carrier peered with Zoom": without carrier_code, the carrier the token\'s app is bound to, and only its numbers', enforced: { file: PHONE, test: "without carrier_code the carrier is the one the token's app speaks for" } },
    { op: 'updatePeeringPhoneNumbers', rule: CLIENT_ID_REQUIRED, notEnforced: CLIENT_ID_NOT_REQUIRED },
    { op: 'updatePeeringPhoneNumbers', rule: '"Updates phone numbers" the carrier added; any other number is unprocessed', enforced: { file: PHONE, test: 'update changes status and carrier fields; unknown numbers and unknown trunks are unprocessed' } },
    { op: 'updatePeeringPhoneNumbers', rule: 'sip_trunk_name: "The SIP trunk for the number": one set up with the carrier, else unprocessed; fields left out keep their values', enforced: { file: PHONE, test: 'update changes status and carrier fields; unknown numbers and unknown trunks are unprocessed' } },
    { op: 'updatePeeringPhoneNumbers', rule: 'status: "0 — Inactive. 1 — Active."; any other value is unprocessed', enforced: { file: PHONE, test: 'a status other than 0 or 1 leaves its number unprocessed' } },
    { op: 'updatePeeringPhoneNumbers', rule: 'billing_reference_id: "Maximum of 32 characters."; service_info: "Maximum of 255 characters."', enforced: { file: PHONE, test: 'billing_reference_id holds at most 32 characters and service_info at most 255, on add and update' } },

    { op: 'removePeeringPhoneNumbers', rule: '"Removes phone numbers added to Zoom through the provider exchange": only the carrier\'s, in the caller\'s account; any other is unprocessed', enforced: { file: PHONE, test: 'remove deletes the numbers; ones the carrier never added are unprocessed' } },
    { op: 'removePeeringPhoneNumbers', rule: '"Batch adding phone numbers is limited to 200 per request" (the page\'s error for a longer phone_numbers list)', enforced: { file: PHONE, test: '200 numbers is the most one request removes; 201 is the documented 300 and removes nothing' } },
    { op: 'removePeeringPhoneNumbers', rule: 'carrier_code: one the account does not run is "Unknown carrier."', enforced: { file: PHONE, test: 'an unknown carrier is 404 "Unknown carrier" and writes nothing' } },
    { op: 'removePeeringPhoneNumbers', rule: CLIENT_ID_REQUIRED, notEnforced: CLIENT_ID_NOT_REQUIRED },
    { op: 'removePeeringPhoneNumbers', rule: 'A removed number is gone from the account: from its assignee and its SMS campaign', enforced: { file: LINKS, test: 'a peering number removed by its carrier leaves its SMS campaign and frees its seat' } },

    { op: 'listCarrierPeeringPhoneNumbers', rule: '"Returns phone numbers that the carrier pushed to different customers", with customer_account_name and customer_account_number, filtered by phone_number', enforced: { file: PHONE, test: 'the carrier view lists the numbers pushed to every customer with the customer account' } },
    { op: 'listCarrierPeeringPhoneNumbers', rule: 'assigned: "0 — Unassigned. 1 — Assigned."', enforced: { file: PHONE, test: 'assigned is 1 while the customer has given the number to a user or any other assignee' } },
    { op: 'listCarrierPeeringPhoneNumbers', rule: PAGE_TOKEN, enforced: TOKEN_EXPIRES },

    // ---- Number Management peering ------------------------------------------------
    { op: 'listPeeringPhoneNumbersForNumberManagement', rule: '"Returns the details associated with a specific phone number, or all the phone numbers the partner previously provisioned for the Zoom customer account"', enforced: { file: NM, test: 'a partner adds numbers to a sub account: one number each, listed by the partner and the customer' } },
    { op: 'listPeeringPhoneNumbersForNumberManagement', rule: 'carrier_code: the partner\'s carrier; an unknown one, or an account that runs none, is 1001 "Carrier not found"', enforced: { file: NM, test: 'an unknown carrier is 1001; an account running no carrier gets 1001 too' } },
    { op: 'listPeeringPhoneNumbersForNumberManagement', rule: 'assigned: "false — Unassigned. true — Assigned."', enforced: { file: NM, test: 'remove takes the numbers out of the customer account, assigned or not' } },
    { op: 'listPeeringPhoneNumbersForNumberManagement', rule: 'voice_direction default "INBOUND_AND_OUTBOUND"; voice_msg_capacity default "MULTI_USE"', enforced: { file: NM, test: 'a partner adds numbers to a sub account: one number each, listed by the partner and the customer' } },
    { op: 'listPeeringPhoneNumbersForNumberManagement', rule: 'message_capability "is configurable for mobile numbers but automatically determined by the system for non-mobile numbers": NOT_APPLICABLE', enforced: { file: NM, test: 'message_capability is NOT_APPLICABLE for a number that is not mobile, whatever the partner asks' } },
    { op: 'listPeeringPhoneNumbersForNumberManagement', rule: MESSAGING_INTEGRATION, notEnforced: MESSAGING_NOT_MODELLED },
    { op: 'listPeeringPhoneNumbersForNumberManagement', rule: 'outbound_cli_share_not_supported, outbound_dialer_not_supported: "Requires Multiple capacity setting and Outbound capability"', enforced: { file: NM, test: 'a number held to one user, or that cannot call out, supports neither outbound caller ID sharing nor a dialer' } },
    { op: 'listPeeringPhoneNumbersForNumberManagement', rule: PAGE_TOKEN, enforced: TOKEN_EXPIRES },

    { op: 'addPeeringPhoneNumbersForNumberManagement', rule: 'Prerequisite: "Developer is a provider exchange partner": an account that runs no carrier is 1001', enforced: { file: NM, test: 'an unknown carrier is 1001; an account running no carrier gets 1001 too' } },
    { op: 'addPeeringPhoneNumbersForNumberManagement', rule: 'Prerequisite: "Zoom account needs to have a Zoom Phone license or a Zoom Contact Center license"', notEnforced: 'The sandbox does not model licenses: every account may take peering numbers.' },
    { op: 'addPeeringPhoneNumbersForNumberManagement', rule: 'carrier_code: "A unique code that Zoom provides to the partner"; an unknown one is 1001 "Carrier not found"', enforced: { file: NM, test: 'an unknown carrier is 1001; an account running no carrier gets 1001 too' } },
    { op: 'addPeeringPhoneNumbersForNumberManagement', rule: 'carrier_code "is also tied to the developer client ID included as part of the token"', enforced: { file: PHONE, test: "without carrier_code the carrier is the one the token's app speaks for" } },
    { op: 'addPeeringPhoneNumbersForNumberManagement', rule: CLIENT_ID_REQUIRED, notEnforced: CLIENT_ID_NOT_REQUIRED },
    { op: 'addPeeringPhoneNumbersForNumberManagement', rule: 'phone_numbers (required): "The maximum value is 200"; none is 1002, more is 1003', enforced: { file: NM, test: 'a request without numbers is 1002; 200 numbers is the most one request adds, updates or removes, 201 is 1003' } },
    { op: 'addPeeringPhoneNumbersForNumberManagement', rule: 'Any number that fails fails the request with 1000 "Some data failed", listing each; nothing is written', enforced: { file: NM, test: 'a number that exists anywhere fails the whole batch with 1000 and nothing is written' } },
    { op: 'addPeeringPhoneNumbersForNumberManagement', rule: 'phone_number in E.164 ("Invalid number"), once per request; sip_trunk_name one of "a group of trunks established with the partner" ("Invalid Sip Trunk")', enforced: { file: NM, test: 'an unknown SIP trunk, a number not in E.164 or one given twice is reported by number, and nothing is written' } },
    { op: 'addPeeringPhoneNumbersForNumberManagement', rule: 'status: "inactive (false) state to provision phone numbers that are still in the process of being ported in"', enforced: { file: NM, test: 'an inactive number stays inactive until updated; the update reaches the customer' } },
    { op: 'addPeeringPhoneNumbersForNumberManagement', rule: 'billing_ref_id "maximum length of 36 characters"; service_info "The maximum is 255 characters"', enforced: { file: NM, test: 'billing_ref_id holds at most 36 characters and service_info at most 255, on add and update' } },
    { op: 'addPeeringPhoneNumbersForNumberManagement', rule: 'number_type: "If allocated_product is ZOOM_PHONE/UNALLOCATED, the number_type can be Toll/TollFree/Mobile. If ZOOM_CONTACT_CENTER, VirtualService/TollFree/Mobile"', enforced: { file: NM, test: 'a number type the product does not allow is refused' } },
    { op: 'addPeeringPhoneNumbersForNumberManagement', rule: 'number_type: "Otherwise, Zoom will automatically calculate the number type"', enforced: { file: NM, test: 'a number type the product does not allow is refused; left out, Zoom calculates it' } },
    { op: 'addPeeringPhoneNumbersForNumberManagement', rule: 'allocated_product: "for exclusive use by a specific Zoom product ... or UNALLOCATED"; the customer\'s number carries it', enforced: { file: NM, test: 'a number type the product does not allow is refused; left out, Zoom calculates it' } },
    { op: 'addPeeringPhoneNumbersForNumberManagement', rule: 'voice_direction: "configured for Inbound, Outbound, or Two-Way voice calling" (the customer\'s number\'s capability)', enforced: { file: NM, test: 'a number held to one user, or that cannot call out, supports neither outbound caller ID sharing nor a dialer' } },
    { op: 'addPeeringPhoneNumbersForNumberManagement', rule: 'message_capability "is configurable for mobile numbers but automatically determined by the system for non-mobile numbers"', enforced: { file: NM, test: 'message_capability is NOT_APPLICABLE for a number that is not mobile, whatever the partner asks' } },
    { op: 'addPeeringPhoneNumbersForNumberManagement', rule: MESSAGING_INTEGRATION, notEnforced: MESSAGING_NOT_MODELLED },
    { op: 'addPeeringPhoneNumbersForNumberManagement', rule: 'outbound_cli_share_not_supported, outbound_dialer_not_supported: "Requires Multiple capacity setting and Outbound capability"', enforced: { file: NM, test: 'a number held to one user, or that cannot call out, supports neither outbound caller ID sharing nor a dialer' } },
    { op: 'addPeeringPhoneNumbersForNumberManagement', rule: 'voice_msg_capacity ZOOM_PHONE_USER_ONLY: "The number can only be assigned to Zoom Phone users"', notEnforced: 'Numbers are assigned only to users so far: no operation of the sandbox gives a number to a call queue, auto receptionist or other shared workflow, so there is nothing to refuse (needs the numbers family to check it when one does).' },

    { op: 'updatePeeringPhoneNumbersForNumberManagement', rule: 'phone_numbers (required): "The maximum value is 200"; none is 1002, more is 1003', enforced: { file: NM, test: 'a request without numbers is 1002; 200 numbers is the most one request adds, updates or removes, 201 is 1003' } },
    { op: 'updatePeeringPhoneNumbersForNumberManagement', rule: 'carrier_code: an unknown one, or an account that runs none, is 1001 "Carrier not found"', enforced: { file: NM, test: 'an unknown carrier is 1001; an account running no carrier gets 1001 too' } },
    { op: 'updatePeeringPhoneNumbersForNumberManagement', rule: 'carrier_code "is also tied to the developer client ID included as part of the token"', enforced: { file: PHONE, test: "without carrier_code the carrier is the one the token's app speaks for" } },
    { op: 'updatePeeringPhoneNumbersForNumberManagement', rule: CLIENT_ID_REQUIRED, notEnforced: CLIENT_ID_NOT_REQUIRED },
    { op: 'updatePeeringPhoneNumbersForNumberManagement', rule: '"allocated_product can only be updated for numbers that were previously set to \'UNALLOCATED\'"', enforced: { file: NM, test: 'allocated_product changes only for numbers that were UNALLOCATED' } },
    { op: 'updatePeeringPhoneNumbersForNumberManagement', rule: 'Only the partner\'s numbers of this customer; any failure (unknown number, not E.164, unknown SIP trunk) is 1000 and nothing changes', enforced: { file: NM, test: 'allocated_product changes only for numbers that were UNALLOCATED; unknown numbers fail with 1000' } },
    { op: 'updatePeeringPhoneNumbersForNumberManagement', rule: 'status: "update the status to active (true) when the porting is complete"; the customer sees the change', enforced: { file: NM, test: 'an inactive number stays inactive until updated; the update reaches the customer' } },
    { op: 'updatePeeringPhoneNumbersForNumberManagement', rule: 'billing_ref_id "The maximum length is 36 characters"; service_info "The maximum is 255 characters"', enforced: { file: NM, test: 'billing_ref_id holds at most 36 characters and service_info at most 255, on add and update' } },
    { op: 'updatePeeringPhoneNumbersForNumberManagement', rule: 'message_capability "is configurable for mobile numbers but automatically determined by the system for non-mobile numbers"', enforced: { file: NM, test: 'message_capability is NOT_APPLICABLE for a number that is not mobile, whatever the partner asks' } },
    { op: 'updatePeeringPhoneNumbersForNumberManagement', rule: MESSAGING_INTEGRATION, notEnforced: MESSAGING_NOT_MODELLED },
    { op: 'updatePeeringPhoneNumbersForNumberManagement', rule: 'outbound_cli_share_not_supported, outbound_dialer_not_supported: "Requires Multiple capacity setting and Outbound capability"', enforced: { file: NM, test: 'a number held to one user, or that cannot call out, supports neither outbound caller ID sharing nor a dialer' } },

    { op: 'removePeeringPhoneNumbersForNumberManagement', rule: '"Partners can remove only the phone numbers they have previously added to Zoom account"; any other is 1000 and nothing goes', enforced: { file: NM, test: 'remove takes the numbers out of the customer account, assigned or not; unknown ones fail with 1000 and nothing goes' } },
    { op: 'removePeeringPhoneNumbersForNumberManagement', rule: '"Removes the phone number from the Zoom customer account", assigned or not', enforced: { file: NM, test: 'remove takes the numbers out of the customer account, assigned or not' } },
    { op: 'removePeeringPhoneNumbersForNumberManagement', rule: 'phone_numbers: none is 1002 "Request data cannot be empty", more than 200 is 1003', enforced: { file: NM, test: 'a request without numbers is 1002; 200 numbers is the most one request adds, updates or removes, 201 is 1003' } },
    { op: 'removePeeringPhoneNumbersForNumberManagement', rule: 'carrier_code: an unknown one, or an account that runs none, is 1001 "Carrier not found"', enforced: { file: NM, test: 'an unknown carrier is 1001; an account running no carrier gets 1001 too' } },
    { op: 'removePeeringPhoneNumbersForNumberManagement', rule: CLIENT_ID_REQUIRED, notEnforced: CLIENT_ID_NOT_REQUIRED },

    { op: 'listPeeringPhoneNumbersForProvider', rule: '"Returns phone numbers the carrier pushes to different customers", with customer_account_name and customer_account_number', enforced: { file: NM, test: 'the provider view lists what the carrier pushed to each customer, page by page' } },
    { op: 'listPeeringPhoneNumbersForProvider', rule: 'Prerequisite: "Developer is a provider exchange partner": an account that runs no carrier is 1001', enforced: { file: NM, test: 'an unknown carrier is 1001; an account running no carrier gets 1001 too' } },
    { op: 'listPeeringPhoneNumbersForProvider', rule: 'The phone_number filter', enforced: { file: NM, test: 'a partner adds numbers to a sub account: one number each, listed by the partner and the customer' } },
    { op: 'listPeeringPhoneNumbersForProvider', rule: PAGE_TOKEN, enforced: TOKEN_EXPIRES },

    // ---- Carrier resellers ---------------------------------------------------------
    { op: 'listPhoneNumbersForCarrierReseller', rule: '"list phone numbers in a carrier reseller (master) account that can be pushed to its subaccounts", filtered by assigned_status, sub_account_id and keyword', enforced: { file: RESELLER, test: 'filters: assigned_status and sub_account_id find the number a sub account holds' } },
    { op: 'listPhoneNumbersForCarrierReseller', rule: 'assigned_status "assigned", "unassigned", "returned"; sub_account_id and sub_account_name "nullable" (the master\'s own)', enforced: { file: RESELLER, test: "delete takes a sub account's number back (returned), then deletes it from the master" } },
    { op: 'listPhoneNumbersForCarrierReseller', rule: 'country_iso_code: "Two lettered country code"', enforced: { file: RESELLER, test: 'created numbers are inactive by default, in the master account, and listed as unassigned' } },
    { op: 'listPhoneNumbersForCarrierReseller', rule: PAGE_TOKEN, enforced: TOKEN_EXPIRES },

    { op: 'createPhoneNumbers', rule: '"add phone numbers to a carrier reseller (master) account"; status "default value is \'inactive\'"', enforced: { file: RESELLER, test: 'created numbers are inactive by default, in the master account, and listed as unassigned' } },
    { op: 'createPhoneNumbers', rule: '"Up to 200 numbers at a time"; more is 429 "Phone number batch operation is limited to 200 per request."', enforced: { file: RESELLER, test: '200 numbers is the most create and activate take at a time; 201 is the documented 429 code and writes nothing' } },
    { op: 'createPhoneNumbers', rule: 'phone_number: "Phone number in E164 format"; one that is not, that already exists, or that is given twice refuses the whole batch', enforced: { file: RESELLER, test: 'a number that already exists, an invalid number or a repeated one refuses the whole batch' } },
    { op: 'createPhoneNumbers', rule: '"This account is not a Carrier Reseller": an account that runs no carrier is refused', enforced: { file: RESELLER, test: 'an account that runs no carrier is not a carrier reseller' } },
    { op: 'createPhoneNumbers', rule: '"If this API is called in MA mode, it also has functions of distribution."', notEnforced: 'The body names no sub account and the page does not say how MA mode distributes: numbers land in the master account, unassigned.' },

    { op: 'activatePhoneNumbers', rule: '"change phone number status to \'active\' in a carrier reseller\'s master account"; an unknown number is 400 and nothing changes', enforced: { file: RESELLER, test: 'activate makes numbers active for the customer; an unknown number changes nothing' } },
    { op: 'activatePhoneNumbers', rule: '"Number up to 200"; more is 429 "Phone number batch operation is limited to 200 per request."', enforced: { file: RESELLER, test: '200 numbers is the most create and activate take at a time; 201 is the documented 429 code and writes nothing' } },

    { op: 'deleteAPhoneNumber', rule: '"delete or unassign a phone number from a carrier reseller account": a sub account\'s number comes back (returned), the master\'s own is deleted', enforced: { file: RESELLER, test: "delete takes a sub account's number back (returned), then deletes it from the master" } },
    { op: 'deleteAPhoneNumber', rule: 'Only the reseller\'s numbers: any other "does not exists"', enforced: { file: RESELLER, test: "a number that is not the reseller's does not exist for delete" } },

    // ---- Port-in orders --------------------------------------------------------------
    { op: 'listPortedNumbers', rule: '"list ported numbers in a Zoom account"; submission_date_time "format: \'yyyy-MM-ddThh:dd:ssZ\'"', enforced: { file: PORTED, test: 'the account lists its port-in orders; a completed order holds ZoomPorted numbers' } },
    { op: 'listPortedNumbers', rule: PAGE_TOKEN, enforced: TOKEN_EXPIRES },
    { op: 'getPortedNumbersDetails', rule: '"Returns details on the ported numbers by specifying order_id", the account\'s own orders only', enforced: { file: PORTED, test: 'order details, from both APIs, agree with the list' } },
    { op: 'listPortedNumbersForNumberManagement', rule: '"Returns a list of ported numbers in a Zoom account": {accountId}\'s own, a sub account\'s through its id', enforced: { file: PORTED, test: 'a master reads its sub account orders through {accountId}; the sub account owns its own' } },
    { op: 'listPortedNumbersForNumberManagement', rule: PAGE_TOKEN, enforced: TOKEN_EXPIRES },
    { op: 'getPortedNumbersDetailsForNumberManagement', rule: '"Returns the details on the ported numbers by specifying order_id", {accountId}\'s own orders only', enforced: { file: PORTED, test: 'a master reads its sub account orders through {accountId}; the sub account owns its own' } },
  ],
  unreachable: {
    listPeeringPhoneNumbers: { accountDoesNotExist: ACCOUNT_IS_THE_TOKENS },
    addPeeringPhoneNumbers: { accountDoesNotExist: ACCOUNT_IS_THE_TOKENS },
    updatePeeringPhoneNumbers: { accountDoesNotExist: ACCOUNT_IS_THE_TOKENS },
    removePeeringPhoneNumbers: { accountDoesNotExist: ACCOUNT_IS_THE_TOKENS },
    deleteAPhoneNumber: { phoneNumberBatchOperationIsLimited: 'The path names one number: there is no batch to exceed.' },
    createPhoneNumbers: {
      resellerDoesNotConfigureCarrier:
        'A reseller is an account whose app runs a carrier: the sandbox has no reseller without one, so "This account is not a Carrier Reseller." answers instead.',
    },
  },
});
