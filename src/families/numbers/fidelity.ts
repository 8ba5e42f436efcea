// What the numbers family's pages state in words, whether the server holds to
// it, and why the documented errors no test draws out cannot be drawn out.
// Rendered into docs/fidelity.md by `npm run coverage`.
import { defineFidelity } from '../../kit/fidelity.ts';

const PHONE = 'test/families/numbers/phone.test.ts';
const ASSIGN = 'test/families/numbers/assign.test.ts';
const BYOC = 'test/families/numbers/byoc.test.ts';
const NM = 'test/families/numbers/number-management.test.ts';

/** Why an operation whose path names no account cannot answer that its account does not exist. */
const NO_SUCH_ACCOUNT =
  'The path names no account: the request acts on the account of its token, and a Server-to-Server token always belongs to an existing account (no operation deletes an account; a reset erases the tokens with the accounts).';
/** Why "Invalid user id." cannot be told from an unknown user. */
const INVALID_USER_ID =
  "The sandbox keeps only users enabled for Zoom Phone and resolves {userId} as an id or an email; it has no user that exists but is not a valid target, and no id format to refuse, so any other value is a user it does not have (1001). The page does not say what makes an id invalid.";
const NO_LICENCES = 'The sandbox does not model account plans (its plan setting chooses rate limits only) or Zoom Phone licences; every account may call every operation.';

export default defineFidelity({
  rules: [
    // ---- GET /phone/numbers
    { op: 'listPhoneNumbers', rule: 'Returns a list of all Zoom Phone numbers in a Zoom account (not Contact Center or unallocated numbers).', enforced: { file: PHONE, test: 'not Contact Center or unallocated ones' } },
    { op: 'listPhoneNumbers', rule: 'The type (assigned, unassigned, byoc, all), extension_type, number_type, pending_numbers and site_id filters narrow the list.', enforced: { file: PHONE, test: 'every documented filter narrows the list' } },
    {
      op: 'listPhoneNumbers',
      rule: 'carrier, sip_group, emergency_address, emergency_address_status, emergency_address_update_time: "This field displays when the `type` request parameter is `byoc`."',
      enforced: { file: PHONE, test: 'carrier, sip_group and the emergency address fields are listed only when the type request parameter is byoc' },
    },
    { op: 'listPhoneNumbers', rule: 'A next page token paginates through the results; its expiration period is 15 minutes.', enforced: { file: PHONE, test: 'a page token of the list expires after 15 minutes' } },
    { op: 'listPhoneNumbers', rule: 'location: "The location (city, state and country) where the phone number is assigned"; total_records counts the records.', enforced: { file: PHONE, test: 'every field of a BYOC number reads as stored' } },
    { op: 'listPhoneNumbers', rule: 'Prerequisites: a Pro or higher account plan, a Zoom Phone license.', notEnforced: NO_LICENCES },

    // ---- GET /phone/numbers/{phoneNumberId}
    { op: 'getAPhoneNumber', rule: "Returns information about an account's Zoom Phone number; another account's, a Contact Center or an unallocated number does not exist here.", enforced: { file: PHONE, test: 'gets a number by id or E.164; unknown or foreign ones are the documented 400' } },
    { op: 'getAPhoneNumber', rule: 'emergency_address, emergency_address_status, emergency_address_update_time: "This field displays when the number is a `byoc` number."', enforced: { file: PHONE, test: 'the one-number page shows the emergency address fields of BYOC numbers only' } },
    {
      op: 'getAPhoneNumber',
      rule: "assignee.id of an emergency number pool is the siteId when the account has multiple sites, else the accountId; a meeting service's assignee has display_number, greeting, label (maximum 32 characters, no digits), meeting_id, on_hold_music, audio_prompt_language.",
      notEnforced: 'The sandbox does not model emergency number pools, company locations or meeting services: no operation assigns a number to them.',
    },
    { op: 'getAPhoneNumber', rule: 'Prerequisites: a Pro or higher account plan, a Zoom Phone license.', notEnforced: NO_LICENCES },

    // ---- PATCH /phone/numbers/{phoneNumberId}
    { op: 'updateAPhoneNumber', rule: "capability: values `outgoing` or `incoming`, add one or both; any other (or none) is 'The value of capability is invalid.'", enforced: { file: PHONE, test: 'update refuses an invalid capability and BYOC-only fields on a Zoom number, changing nothing' } },
    { op: 'updateAPhoneNumber', rule: "sip_group_id is \"only used for BYOC phone number update\", emergency_address_status \"confirms BYOC phone number's emergency address status\": on another number, 'The phone number is not BYOC phone number.'", enforced: { file: PHONE, test: 'update refuses an invalid capability and BYOC-only fields on a Zoom number' } },
    { op: 'updateAPhoneNumber', rule: 'emergency_address_status: 2-confirmed (the number then shows status 2 and Number Management no address update required); 1 is carrier update required.', enforced: { file: PHONE, test: "a BYOC number's emergency_address_status is 1 or 2" } },
    { op: 'updateAPhoneNumber', rule: 'sip_group_id names a SIP group of the account, shown with its name in both views.', enforced: { file: PHONE, test: 'BYOC numbers confirm their emergency address and take a SIP group of the account, shown with its name' } },
    { op: 'updateAPhoneNumber', rule: "Updates a Zoom Phone number's information: an unknown number, or one not allocated to Zoom Phone, is 404 Not Found.", enforced: { file: PHONE, test: 'update: an unknown number, or one the Zoom Phone API does not see, is 404 Phone number not found' } },
    { op: 'updateAPhoneNumber', rule: 'Prerequisites: a paid account.', notEnforced: NO_LICENCES },

    // ---- DELETE /phone/numbers
    { op: 'deleteUnassignedPhoneNumbers', rule: 'Deletes unassigned phone numbers: a number a user or any other assignee holds is refused, and none of the request is deleted.', enforced: { file: PHONE, test: 'delete refuses numbers held by a user or a call queue' } },
    { op: 'deleteUnassignedPhoneNumbers', rule: 'Up to 20 phone numbers can be removed in a single request.', enforced: { file: PHONE, test: 'up to 20 phone numbers can be removed in a single request; 21 are refused and none goes' } },
    { op: 'deleteUnassignedPhoneNumbers', rule: 'Deleted numbers are gone from the Zoom Phone and the Number Management views.', enforced: { file: PHONE, test: 'deletes unassigned numbers; they are gone from both views' } },
    {
      op: 'deleteUnassignedPhoneNumbers',
      rule: 'Prerequisites: a Business or Enterprise account, a Zoom Phone license, "The user must have been previously assigned a Zoom Phone number".',
      notEnforced: `${NO_LICENCES} The last prerequisite names no user: the request has none (it reads as copied from the unassign page).`,
    },

    // ---- PATCH /phone/numbers/sites/{siteId}
    { op: 'updateASitesUnassignedPhoneNumbers', rule: "Updates a site's unassigned phone numbers, given as \"The phone number ID or a phone number in E164 format\".", enforced: { file: PHONE, test: 'moves unassigned numbers to a site, by id or E.164' } },
    { op: 'updateASitesUnassignedPhoneNumbers', rule: 'Up to 20 phone numbers can be updated in a single request.', enforced: { file: PHONE, test: 'up to 20 phone numbers can be updated in a single request; 21 are refused and none moves' } },
    { op: 'updateASitesUnassignedPhoneNumbers', rule: 'Only unassigned numbers move (one a user or a call queue holds is refused), to a site of the account; one refusal moves none of the request.', enforced: { file: PHONE, test: 'moving refuses numbers held by a user or a call queue, unknown numbers and sites, and moves none of the batch' } },
    { op: 'updateASitesUnassignedPhoneNumbers', rule: 'Prerequisites: a Pro or higher account plan, a Zoom Phone license.', notEnforced: NO_LICENCES },

    // ---- POST /phone/users/{userId}/phone_numbers
    { op: 'assignAPhoneNumberToAUser', rule: 'Assigns a phone number to a user who has already enabled Zoom Phone: the user shows it, and so do both number views.', enforced: { file: ASSIGN, test: 'assigning a number to a user shows it in the user, in the Phone view and in Number Management' } },
    { op: 'assignAPhoneNumberToAUser', rule: 'A number is named by its id or by number, "Phone number in E164 format" (a number in another format is refused).', enforced: { file: ASSIGN, test: "another account's number, an unknown number and a malformed number are refused" } },
    { op: 'assignAPhoneNumberToAUser', rule: 'A number another user or a call queue holds is not assigned; it stays with its holder.', enforced: { file: ASSIGN, test: 'a number a call queue holds is refused to a user and stays with the queue' } },
    { op: 'assignAPhoneNumberToAUser', rule: 'One number of the request refused assigns none of them.', enforced: { file: ASSIGN, test: 'one bad number in a request assigns none of them' } },
    { op: 'assignAPhoneNumberToAUser', rule: 'Prerequisites: a Business or Enterprise account, a Zoom Phone license.', notEnforced: NO_LICENCES },

    // ---- DELETE /phone/users/{userId}/phone_numbers/{phoneNumberId}
    { op: 'unassignAPhoneNumberForUser', rule: "Unassigns a Zoom Phone user's phone number: it is then assigned to no one, in every view.", enforced: { file: ASSIGN, test: 'unassigning releases the number in every view' } },
    { op: 'unassignAPhoneNumberForUser', rule: 'The user must have been previously assigned the number: one another user or a call queue holds is refused and stays with its holder.', enforced: { file: ASSIGN, test: 'unassign: unknown user is 1001; a number the user does not hold is 400' } },
    { op: 'unassignAPhoneNumberForUser', rule: 'Prerequisites: a Business or Enterprise account, a Zoom Phone license.', notEnforced: NO_LICENCES },

    // ---- POST /phone/byoc_numbers
    { op: 'addByocPhoneNumbers', rule: 'Adds BYOC phone numbers to Zoom Phone with the carrier named; they show in both views as BYOC.', enforced: { file: BYOC, test: 'Phone BYOC: adds E.164 numbers that then show in both views as BYOC' } },
    { op: 'addByocPhoneNumbers', rule: 'phone_numbers: "The value should be in e164 format"; a number already on the network is not added again; one refusal adds none.', enforced: { file: BYOC, test: 'Phone BYOC: a number that exists anywhere in the sandbox, a malformed one or an unknown site is refused; none is added' } },
    { op: 'addByocPhoneNumbers', rule: 'site_id: "This field is only required if you have enabled multiple sites in the account."', enforced: { file: BYOC, test: 'site_id is only required if the account has enabled multiple sites' } },
    { op: 'addByocPhoneNumbers', rule: 'sip_group_id names a SIP group of the account that serves Zoom Phone.', enforced: { file: BYOC, test: "a BYOC number's SIP group must serve its product" } },
    { op: 'addByocPhoneNumbers', rule: 'Prerequisites: a Business or Enterprise plan, a Zoom Phone license.', notEnforced: NO_LICENCES },

    // ---- GET /accounts/{accountId}/number_management/numbers
    { op: 'listPhoneNumbersForNumberManagement', rule: 'Returns a list of phone numbers in an account, of every product.', enforced: { file: NM, test: 'lists every number of the account in Number Management words' } },
    { op: 'listPhoneNumbersForNumberManagement', rule: 'The allocated_product, number_type, number_status, number_source, site_id, assigned_to_type and keyword filters narrow the list.', enforced: { file: NM, test: 'every documented filter narrows the list' } },
    { op: 'listPhoneNumbersForNumberManagement', rule: 'An invalid value (e.g., allocated_product, number_type, number_source) is 999.', enforced: { file: NM, test: 'an invalid value of allocated_product, number_type, number_source (or any enum filter) is 999' } },
    { op: 'listPhoneNumbersForNumberManagement', rule: 'page_size: maximum 200.', enforced: { file: NM, test: 'page_size is at most 200: a page of 200 holds 200 numbers, 201 is refused' } },
    { op: 'listPhoneNumbersForNumberManagement', rule: 'The expiration period for the next page token is 15 minutes.', enforced: { file: NM, test: 'page tokens of the numbers and the plan lists expire after 15 minutes' } },
    { op: 'listPhoneNumbersForNumberManagement', rule: "address_update_required: for BYOC Premise numbers; caller_id_name: for a Contact Center number.", enforced: { file: NM, test: 'every field of a number reads as stored, in the list and on its own page' } },
    {
      op: 'listPhoneNumbersForNumberManagement',
      rule: 'assigned_list: assigned_to_id of an emergency number pool is the siteId or accountId; in Contact Center it names Dial-in to Video Engagements, Default System Outgoing SMS, Default Caller ID, Default Agent Outgoing SMS, a flow or a queue; source_channel (Voice, SMS) only for Contact Center. The matching assigned_to_type filters (ContactCenterUnassigned aside) find nothing.',
      notEnforced: 'The sandbox does not model emergency number pools or Contact Center assignments: no operation makes them.',
    },

    // ---- GET /accounts/{accountId}/number_management/numbers/{phoneNumberId}
    { op: 'getAPhoneNumberForNumberManagement', rule: "Returns information about an account's phone number, of any product; another account's is Not Found.", enforced: { file: NM, test: 'gets a number; unknown and foreign ids are 404' } },
    { op: 'getAPhoneNumberForNumberManagement', rule: 'address_update_required applies to BYOC Premise numbers; caller_id_name to Contact Center numbers.', enforced: { file: NM, test: 'every field of a number reads as stored, in the list and on its own page' } },
    {
      op: 'getAPhoneNumberForNumberManagement',
      rule: "assigned_list of a meeting service: display_number, greeting, label, meeting_id, on_hold_music; source_channel only for Contact Center.",
      notEnforced: 'The sandbox does not model meeting services or Contact Center assignments: no operation makes them.',
    },

    // ---- PATCH /accounts/{accountId}/number_management/numbers/{phoneNumberId}
    { op: 'updateAPhoneNumberForNumberManagement', rule: "Updates a phone number's information, seen by the Zoom Phone view too; an unknown number is Not Found.", enforced: { file: NM, test: 'updates a number; the Phone view sees the change' } },
    { op: 'updateAPhoneNumberForNumberManagement', rule: 'caller_id_name has 15 characters or fewer; display_name a limit of 32 characters or fewer.', enforced: { file: NM, test: 'caller_id_name has 15 characters or fewer; display_name 32 or fewer' } },
    { op: 'updateAPhoneNumberForNumberManagement', rule: 'caller_id_name should have at least one alpha character.', enforced: { file: NM, test: 'update refuses capability on a non-Phone number (200001) and invalid fields (999)' } },
    { op: 'updateAPhoneNumberForNumberManagement', rule: 'caller_id_name: "The Contact Center supports only US/CA Virtual Service numbers" (the caller ID name is a Contact Center number\'s).', enforced: { file: NM, test: 'a caller ID name is for Contact Center numbers, which support only US/CA Virtual Service numbers' } },
    { op: 'updateAPhoneNumberForNumberManagement', rule: 'capability: "Applicable for Zoom Phone numbers"; otherwise 200001 The capability cannot be updated.', enforced: { file: NM, test: 'update refuses capability on a non-Phone number (200001)' } },
    { op: 'updateAPhoneNumberForNumberManagement', rule: 'confirm_address_update: for Zoom Phone BYOC Premises numbers; sip_group_id: for use with BYOC Premise phone numbers, a SIP group of the account.', enforced: { file: NM, test: 'confirm_address_update is for Zoom Phone BYOC Premises numbers; sip_group_id for BYOC Premise numbers' } },
    { op: 'updateAPhoneNumberForNumberManagement', rule: 'Confirming the emergency address update clears address_update_required and confirms the Zoom Phone emergency_address_status.', enforced: { file: BYOC, test: 'Number Management BYOC: adds local and E.164 numbers with their product; both views show them' } },

    // ---- DELETE /accounts/{accountId}/number_management/numbers
    { op: 'deletePhoneNumbers', rule: 'Deletes phone numbers, assigned ones included (released from their user or call queue); one not found deletes none.', enforced: { file: NM, test: 'deletes numbers (releasing those a user or a call queue holds); one unknown number is 100002 and deletes none' } },

    // ---- PATCH /accounts/{accountId}/number_management/allocation
    { op: 'allocateUnallocatePhoneNumbers', rule: 'Allocates phone numbers to a product (and, for Zoom Phone, a site), or unallocates them with UNALLOCATED; the Zoom Phone view follows.', enforced: { file: NM, test: 'allocation moves numbers between products, and the Phone view follows' } },
    { op: 'allocateUnallocatePhoneNumbers', rule: 'When allocating phone numbers, if there are any native numbers, they must belong to the same country or region, and have the same number plan.', enforced: { file: NM, test: 'native numbers allocated together must belong to the same country or region and have the same number plan' } },
    { op: 'allocateUnallocatePhoneNumbers', rule: 'A number a user or a call queue holds cannot switch products; one refusal changes none of the request.', enforced: { file: NM, test: 'allocation errors: unknown number 100002, assigned number 200002, unknown site 1002010; nothing changes' } },
    { op: 'allocateUnallocatePhoneNumbers', rule: 'Allocates or unallocates phone numbers for those with CPL routing.', notEnforced: 'The sandbox does not model CPL routing (an account setting): every account may allocate.' },

    // ---- POST /accounts/{accountId}/number_management/byoc_numbers
    { op: 'addByocPhoneNumbersForNumberManagement', rule: 'Adds BYOC phone numbers, local or E164, allocated to the product given; both views show them.', enforced: { file: BYOC, test: 'Number Management BYOC: adds local and E.164 numbers with their product; both views show them' } },
    { op: 'addByocPhoneNumbersForNumberManagement', rule: 'country_iso: when the input number is a local number, country_iso is required; for an E164 number it is optional.', enforced: { file: BYOC, test: 'Number Management BYOC: a local number needs country_iso' } },
    { op: 'addByocPhoneNumbersForNumberManagement', rule: 'Too many numbers, should less than 100 (read as at most 100 a request).', enforced: { file: BYOC, test: 'Number Management BYOC: 100 numbers in one request are added, 101 are refused with 1003001' } },
    { op: 'addByocPhoneNumbersForNumberManagement', rule: 'site_id: if add a zoom phone number, and multiple sites is enabled, site_id is required (one site takes the numbers).', enforced: { file: BYOC, test: 'site_id is only required if the account has enabled multiple sites' } },
    { op: 'addByocPhoneNumbersForNumberManagement', rule: 'sip_group_id: a Zoom Phone number takes a ZOOM_PHONE or COMMON group; a Contact Center number requires one, ZOOM_CONTACT_CENTER or COMMON.', enforced: { file: BYOC, test: "a BYOC number's SIP group must serve its product; a Contact Center number must name one" } },
    { op: 'addByocPhoneNumbersForNumberManagement', rule: 'A number in a format not valid or that already exists is listed in 1000 Some data failed; none of the request is added.', enforced: { file: BYOC, test: 'Number Management BYOC errors: 1000 lists bad and existing numbers' } },
    { op: 'addByocPhoneNumbersForNumberManagement', rule: 'enable_pci_pal adds the number with PCI Pal.', enforced: { file: BYOC, test: 'Number Management BYOC: enable_pci_pal adds the PCIPal capability' } },
    {
      op: 'addByocPhoneNumbersForNumberManagement',
      rule: 'enable_pci_pal first needs Enable Compliance APIs in the Zoom Phone OP (Zoom Phone) or PCI SIP Integration in the Zoom Contact Center OP, and a SIP group that supports PCIPal.',
      notEnforced: "The sandbox does not model those OP settings, nor a SIP group's PCI Pal support (the sip family keeps neither).",
    },
    { op: 'addByocPhoneNumbersForNumberManagement', rule: 'sip_group_id: if adding a Zoom Phone number, and BYOC SIP Group is optional, sip_group_id is required.', notEnforced: 'The sandbox does not model the account\'s "BYOC SIP Group" setting: a Zoom Phone number may be added without a SIP group.' },
    { op: 'addByocPhoneNumbersForNumberManagement', rule: 'Prerequisites: a Business or Enterprise plan, a Zoom Phone license; BYOC phone numbers enabled for the account.', notEnforced: `${NO_LICENCES} Nor whether BYOC is enabled: every account may add BYOC numbers.` },

    // ---- GET /accounts/{accountId}/number_management/plan
    { op: 'listPhoneNumberPlanInformation', rule: "Retrieves an account's phone number plan information, usage (assigned) and availability (available = subscribed - assigned), per product.", enforced: { file: NM, test: 'plan information counts the numbers held and in use per plan, and follows assignment' } },
    { op: 'listPhoneNumberPlanInformation', rule: 'product: ZOOM_PHONE or ZOOM_CONTACT_CENTER; another value is 999 Invalid param (product). page_size: maximum 200.', enforced: { file: NM, test: 'plan information: an invalid product is 999 Invalid param (product); page_size is at most 200' } },
    { op: 'listPhoneNumberPlanInformation', rule: 'The expiration period for the next page token is 15 minutes.', enforced: { file: NM, test: 'page tokens of the numbers and the plan lists expire after 15 minutes' } },
    { op: 'listPhoneNumberPlanInformation', rule: 'product cannot be empty (1002006).', enforced: { file: NM, test: 'plan information: a product left out cannot be empty (1002006)' } },
  ],
  unreachable: {
    assignAPhoneNumberToAUser: { invalidUserId: INVALID_USER_ID, accountDoesNotExist: NO_SUCH_ACCOUNT },
    unassignAPhoneNumberForUser: { invalidUserId: INVALID_USER_ID, accountDoesNotExist: NO_SUCH_ACCOUNT },
    addByocPhoneNumbers: { accountDoesNotExist: NO_SUCH_ACCOUNT },
    updateAPhoneNumber: {
      youCannotUpdateItToA:
        "It concerns changing a SIP group's trunk while BYOC numbers use the group (the SIP group's own update); this operation changes a number, never a SIP group.",
      phoneNumberIsNotInBinding: 'The sandbox does not model a number\'s binding, and the page does not say what it is.',
    },
    addByocPhoneNumbersForNumberManagement: {
      byocPhoneNumbersAreNotEnabled: 'The sandbox has no account setting for BYOC: every account may add BYOC numbers.',
      currentSipGroupDontSupportPCIPal: "The sandbox's SIP groups carry no PCI Pal support (the sip family does not model it), so none can refuse it.",
    },
  },
});
