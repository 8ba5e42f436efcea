// What the sms pages state in words, and whether this sandbox holds to it (see src/kit/fidelity.ts).
import { defineFidelity, type TestRef } from '../../kit/fidelity.ts';

const CAMPAIGNS = 'test/families/sms/campaigns.test.ts';
const RULES = 'test/families/sms/campaign-rules.test.ts';
const CONSENTS = 'test/families/sms/consents.test.ts';
const OPT = 'test/families/sms/opt-status.test.ts';
const at = (file: string, test: string): TestRef => ({ file, test });

const PRO_PLAN =
  'Not enforced: every sandbox account has Zoom Phone, and its plan setting (business_plus | pro) chooses rate limits only; ' +
  'the page documents no error for an account without the prerequisite.';
const BUSINESS_PLAN =
  'Not enforced: the sandbox models no Zoom Phone licenses, and its plan setting (business_plus | pro) chooses rate limits only; ' +
  'the page documents no error for an account below Business.';
const PAGE_TOKEN = 'next_page_token: "The expiration period for this token is 15 minutes."';
const EXPIRY = '"If \'false\' [auto_renew], the campaign will expire 90 days from the creation date."';
const EXCEPTION = 'status: "Returns `--` if the campaign is in an exception status."';
const PAST_1000 = (error: string) =>
  `Past 1,000 items the platform's list bound answers first, the generic 400/300 "Validation Failed.": needs InvalidInput (src/kit/context.ts) ` +
  `to tell a list too long from a field left out, so that the list's path can map to ${error} without a missing list answering it too.`;

export default defineFidelity({
  rules: [
    // ---- campaigns, Zoom Phone ------------------------------------------------------
    { op: 'listSmsCampaigns', rule: '"Returns a list of all SMS campaigns in a Zoom account" (its own, not its sub accounts\')', enforced: at(CAMPAIGNS, 'Phone lists the account campaigns with brand and status, paged') },
    { op: 'listSmsCampaigns', rule: 'page_size: default 30', enforced: at(CAMPAIGNS, 'Phone lists the account campaigns with brand and status, paged') },
    { op: 'listSmsCampaigns', rule: PAGE_TOKEN, enforced: at(RULES, 'page tokens of the sms lists expire after 15 minutes') },
    { op: 'listSmsCampaigns', rule: EXCEPTION, enforced: at(RULES, 'a draft or exception-status campaign shows') },
    { op: 'listSmsCampaigns', rule: EXPIRY, enforced: at(RULES, 'a campaign without auto-renew expires 90 days from its creation') },
    { op: 'listSmsCampaigns', rule: 'Prerequisites: a Pro or higher account plan; a Zoom Phone license', notEnforced: PRO_PLAN },

    { op: 'getAnSmsCampaign', rule: EXPIRY, enforced: at(RULES, 'a campaign without auto-renew expires 90 days from its creation') },
    { op: 'getAnSmsCampaign', rule: EXCEPTION, enforced: at(RULES, 'a draft or exception-status campaign shows') },
    { op: 'getAnSmsCampaign', rule: 'phone_numbers: "Assigned phone numbers", whichever view assigned them', enforced: at(CAMPAIGNS, 'Phone assigns numbers by id or E.164 and both views show them') },
    { op: 'getAnSmsCampaign', rule: 'Prerequisites: a Pro or higher account plan; a Zoom Phone license', notEnforced: PRO_PLAN },

    { op: 'assignAPhoneNumberToSmsCampaign', rule: '"The campaign does not exist.": a campaign of another account is unknown', enforced: at(CAMPAIGNS, 'Phone assign refuses what the page lists, and nothing changes') },
    { op: 'assignAPhoneNumberToSmsCampaign', rule: '"The campaign is not active.": a pending or expired campaign takes no number', enforced: at(CAMPAIGNS, 'Phone assign refuses what the page lists, and nothing changes') },
    { op: 'assignAPhoneNumberToSmsCampaign', rule: 'A draft, exception-status or lapsed (no auto-renew, 90 days old) campaign is not active either', enforced: at(RULES, 'a draft or exception-status campaign shows') },
    { op: 'assignAPhoneNumberToSmsCampaign', rule: '"Numbers both not available.": a number that is not the account\'s, or that another campaign holds', enforced: at(CAMPAIGNS, 'a number serves one campaign: a second active campaign cannot take it') },
    { op: 'assignAPhoneNumberToSmsCampaign', rule: 'Two requests for one number: one campaign gets it', enforced: at(CAMPAIGNS, 'two requests racing for one number: exactly one wins') },
    { op: 'assignAPhoneNumberToSmsCampaign', rule: '"Can not assign campaign to pending number: {0}."', enforced: at(CAMPAIGNS, 'Phone assign refuses what the page lists, and nothing changes') },
    { op: 'assignAPhoneNumberToSmsCampaign', rule: '"Can not assign campaign to toll free number: {0}."', enforced: at(CAMPAIGNS, 'Phone assign refuses what the page lists, and nothing changes') },
    { op: 'assignAPhoneNumberToSmsCampaign', rule: '"Can not enable sms for BYOC number: {0}."', enforced: at(CAMPAIGNS, 'Phone assign refuses what the page lists, and nothing changes') },
    { op: 'assignAPhoneNumberToSmsCampaign', rule: '"Can not assign campaign to pending campaign number.": a number whose campaign is still pending', enforced: at(CAMPAIGNS, 'Phone assign refuses what the page lists, and nothing changes') },
    { op: 'assignAPhoneNumberToSmsCampaign', rule: '"The selected number size exceeds campaign capacity."', enforced: at(CAMPAIGNS, 'campaign capacity is documented per view and counts freed seats') },
    { op: 'assignAPhoneNumberToSmsCampaign', rule: '"The maximum size for phone numbers is 49."', enforced: at(RULES, 'Phone assign takes 49 numbers and refuses 50') },
    { op: 'assignAPhoneNumberToSmsCampaign', rule: '"The maximum size for phone numbers is 49." for a list past 1,000 items', notEnforced: PAST_1000('"The maximum size for phone numbers is 49."') },
    { op: 'assignAPhoneNumberToSmsCampaign', rule: 'phone_numbers: each by id, or by number "in E164 format"', enforced: at(CAMPAIGNS, 'Phone assigns numbers by id or E.164 and both views show them') },
    { op: 'assignAPhoneNumberToSmsCampaign', rule: 'All or nothing: a refused number after accepted ones leaves none of them assigned', enforced: at(CAMPAIGNS, 'Phone assign refuses what the page lists, and nothing changes') },
    { op: 'assignAPhoneNumberToSmsCampaign', rule: 'Prerequisites: a Business or Enterprise account; a Zoom Phone license', notEnforced: BUSINESS_PLAN },

    { op: 'unassignAPhoneNumberForSmsCampaign', rule: '"The campaign does not exist."', enforced: at(CAMPAIGNS, 'Phone unassign: documented errors') },
    { op: 'unassignAPhoneNumberForSmsCampaign', rule: '"The campaign must have been previously assigned a Zoom Phone number" / "The campaign does not have the number."', enforced: at(CAMPAIGNS, 'Phone unassign: documented errors') },
    { op: 'unassignAPhoneNumberForSmsCampaign', rule: 'Unassigned, the number may join another campaign', enforced: at(CAMPAIGNS, 'Phone assigns numbers by id or E.164 and both views show them; unassign removes') },
    { op: 'unassignAPhoneNumberForSmsCampaign', rule: '"The brand does not exist."', notEnforced: 'The sandbox models a brand only as fields of its campaigns: every campaign is registered with its brand and no operation removes one.' },
    { op: 'unassignAPhoneNumberForSmsCampaign', rule: 'Prerequisites: a Business or Enterprise account; a Zoom Phone license', notEnforced: BUSINESS_PLAN },

    // ---- campaigns, Number Management -----------------------------------------------
    { op: 'listSmsCampaignsForNumberManagement', rule: '"Returns a list of all SMS campaigns in a Zoom account"', enforced: at(CAMPAIGNS, 'an unknown campaign, or one of another account, is not found in either view') },
    { op: 'listSmsCampaignsForNumberManagement', rule: 'status: one of "active", "expired", "pending", "declined" (a draft, which the page does not name, is `--`)', enforced: at(RULES, 'a draft or exception-status campaign shows') },
    { op: 'listSmsCampaignsForNumberManagement', rule: PAGE_TOKEN, enforced: at(RULES, 'page tokens of the sms lists expire after 15 minutes') },
    { op: 'listSmsCampaignsForNumberManagement', rule: EXPIRY, enforced: at(RULES, 'a campaign without auto-renew expires 90 days from its creation') },

    { op: 'getAnSmsCampaignForNumberManagement', rule: '"Not Found Invalid campaign ID." (404; no code documented)', enforced: at(CAMPAIGNS, 'an unknown campaign, or one of another account, is not found in either view') },
    { op: 'getAnSmsCampaignForNumberManagement', rule: EXCEPTION, enforced: at(RULES, 'a draft or exception-status campaign shows') },
    { op: 'getAnSmsCampaignForNumberManagement', rule: EXPIRY, enforced: at(RULES, 'a campaign without auto-renew expires 90 days from its creation') },
    { op: 'getAnSmsCampaignForNumberManagement', rule: 'One record with the Phone view: the same numbers, brand and status', enforced: at(CAMPAIGNS, 'Phone and Number Management show one campaign record') },
    { op: 'getAnSmsCampaignForNumberManagement', rule: 'Prerequisites: a Pro or higher account plan; a Zoom Phone license', notEnforced: PRO_PLAN },

    { op: 'assignAPhoneNumberToSmsCampaignForNumberManagement', rule: 'phone_number_ids: "The maximum value is 200." / "Too many numbers, should less than 200"', enforced: at(RULES, 'Number Management assign and unassign take 200 numbers and refuse 201') },
    { op: 'assignAPhoneNumberToSmsCampaignForNumberManagement', rule: '"Too many numbers, should less than 200" for a list past 1,000 ids', notEnforced: PAST_1000('1003') },
    { op: 'assignAPhoneNumberToSmsCampaignForNumberManagement', rule: '"Insufficient campaign capacity."', enforced: at(CAMPAIGNS, 'campaign capacity is documented per view and counts freed seats') },
    { op: 'assignAPhoneNumberToSmsCampaignForNumberManagement', rule: '"Not Found Invalid campaign ID."', enforced: at(CAMPAIGNS, 'Number Management assign/unassign: documented limits and unknown campaign') },
    { op: 'assignAPhoneNumberToSmsCampaignForNumberManagement', rule: 'The Phone page\'s rules (active campaign; the account\'s numbers, free of other campaigns, not pending, toll-free or BYOC), in its words', enforced: at(CAMPAIGNS, "Number Management assign refuses in the Phone page's words") },
    { op: 'assignAPhoneNumberToSmsCampaignForNumberManagement', rule: 'All or nothing: a refused number after accepted ones leaves none of them assigned', enforced: at(CAMPAIGNS, "Number Management assign refuses in the Phone page's words, and nothing changes") },
    { op: 'assignAPhoneNumberToSmsCampaignForNumberManagement', rule: 'Prerequisites: a Business or Enterprise account; a Zoom Phone license', notEnforced: BUSINESS_PLAN },

    { op: 'unassignPhoneNumberFromSmsCampaign', rule: '"Too many numbers, should less than 200"', enforced: at(RULES, 'Number Management assign and unassign take 200 numbers and refuse 201') },
    { op: 'unassignPhoneNumberFromSmsCampaign', rule: '"Too many numbers, should less than 200" for a list past 1,000 ids', notEnforced: PAST_1000('1003') },
    { op: 'unassignPhoneNumberFromSmsCampaign', rule: '"Not Found Invalid campaign ID."', enforced: at(CAMPAIGNS, 'Number Management assign/unassign: documented limits and unknown campaign') },
    { op: 'unassignPhoneNumberFromSmsCampaign', rule: '"The campaign must have been previously assigned a Zoom Phone number": one it does not hold refuses the request, and nothing is removed', enforced: at(CAMPAIGNS, 'Number Management assign/unassign: documented limits and unknown campaign') },
    { op: 'unassignPhoneNumberFromSmsCampaign', rule: 'Unassigned numbers give their seats back', enforced: at(CAMPAIGNS, 'campaign capacity is documented per view and counts freed seats') },
    { op: 'unassignPhoneNumberFromSmsCampaign', rule: 'Prerequisites: a Business or Enterprise account; a Zoom Phone license', notEnforced: BUSINESS_PLAN },

    // ---- consent policies -----------------------------------------------------------
    { op: 'listSmsConsentPolicies', rule: '"Returns a paginated list of SMS consent policies for the account."', enforced: at(CONSENTS, 'policies are paged and scoped to their account') },
    { op: 'listSmsConsentPolicies', rule: 'used_number: "The number of phone numbers currently assigned to this consent policy."', enforced: at(CONSENTS, 'a number deleted through the Phone API leaves its policy and its count') },
    { op: 'listSmsConsentPolicies', rule: PAGE_TOKEN, enforced: at(RULES, 'page tokens of the sms lists expire after 15 minutes') },

    { op: 'createAnSmsConsentPolicy', rule: '"The request body format does not match, please refer to the document": no body, or a field left out or of another type', enforced: at(CONSENTS, "a body not of the documented shape is refused in each page's words") },
    { op: 'createAnSmsConsentPolicy', rule: '"Invalid field.": a blank consent_name, an empty keyword list, or a keyword that triggers two of opt-in, opt-out and help', enforced: at(CONSENTS, 'create and update refuse invalid fields (999)') },
    { op: 'createAnSmsConsentPolicy', rule: 'The policy is answered as get then shows it, with no numbers yet', enforced: at(CONSENTS, 'create, read back through get and list') },
    { op: 'createAnSmsConsentPolicy', rule: 'user_id: "The ID of the user who created the consent policy."', notEnforced: 'Left out: the sandbox issues Server-to-Server tokens only, which act for the account, not for a user.' },

    { op: 'getAnSmsConsentPolicy', rule: '"The consent does not exist.": unknown, or another account\'s', enforced: at(CONSENTS, 'policies are paged and scoped to their account') },
    { op: 'getAnSmsConsentPolicy', rule: 'capacity: "The maximum number of phone numbers that can be assigned to this consent policy." (1000 here)', enforced: at(CONSENTS, 'a policy takes 200 numbers a request and holds at most its capacity') },
    { op: 'getAnSmsConsentPolicy', rule: 'used_number: "The number of phone numbers currently assigned to this consent policy."', enforced: at(CONSENTS, 'numbers join a policy, show in its list and count, and leave it') },
    { op: 'getAnSmsConsentPolicy', rule: 'user_id: "The ID of the user who created the consent policy."', notEnforced: 'Left out: the sandbox issues Server-to-Server tokens only, which act for the account, not for a user.' },

    { op: 'updateAnSmsConsentPolicy', rule: '"Only provided fields will be updated." (in_out_bound too, field by field)', enforced: at(CONSENTS, 'then update only what was sent') },
    { op: 'updateAnSmsConsentPolicy', rule: 'modify_time: "The time when the consent policy was last modified."', enforced: at(CONSENTS, 'then update only what was sent') },
    { op: 'updateAnSmsConsentPolicy', rule: '"Invalid field.": a body or field of another type; nothing changes', enforced: at(CONSENTS, "a body not of the documented shape is refused in each page's words") },
    { op: 'updateAnSmsConsentPolicy', rule: '"Invalid field.": a blank name, or a keyword that would trigger two actions once merged; nothing changes', enforced: at(CONSENTS, 'create and update refuse invalid fields (999)') },
    { op: 'updateAnSmsConsentPolicy', rule: '"The consent does not exist."', enforced: at(CONSENTS, 'create and update refuse invalid fields (999); unknown policy is 1002013') },

    { op: 'deleteSmsConsentPolicies', rule: '"Deletes one or more SMS consent policies": all or nothing, an unknown id deletes none; none given is "Invalid field."', enforced: at(CONSENTS, 'deleting several policies is all or nothing') },
    { op: 'deleteSmsConsentPolicies', rule: 'A deleted policy releases its numbers', enforced: at(CONSENTS, 'a number follows one policy; deleting the policy releases it') },
    {
      op: 'deleteSmsConsentPolicies',
      rule: '"Invalid field." for a body of another shape (consent_ids left out, or not a list)',
      notEnforced:
        'Answers the generic 400/300 "Validation Failed." naming consent_ids: needs test/http/bad-input.test.ts, which pins that answer ' +
        'for a consent_ids list past 1,000 items, to use another list, or InvalidInput to tell a list too long from a field left out.',
    },

    { op: 'listPhoneNumbersAssignedToSmsConsentPolicy', rule: '"Returns a paginated list of phone numbers assigned to a specific SMS consent policy."', enforced: at(CONSENTS, 'numbers join a policy, show in its list and count, and leave it') },
    { op: 'listPhoneNumbersAssignedToSmsConsentPolicy', rule: 'A number deleted elsewhere is no longer assigned', enforced: at(CONSENTS, 'a number deleted through the Phone API leaves its policy and its count') },
    { op: 'listPhoneNumbersAssignedToSmsConsentPolicy', rule: PAGE_TOKEN, enforced: at(RULES, 'page tokens of the sms lists expire after 15 minutes') },

    { op: 'assignPhoneNumbersToSmsConsentPolicy', rule: '"Too many numbers, should less than 200" (200 taken, as the campaign page\'s "maximum value is 200")', enforced: at(CONSENTS, 'a policy takes 200 numbers a request and holds at most its capacity') },
    { op: 'assignPhoneNumbersToSmsConsentPolicy', rule: '"Too many numbers, should less than 200" for a list past 1,000 ids', notEnforced: PAST_1000('1003') },
    { op: 'assignPhoneNumbersToSmsConsentPolicy', rule: 'capacity: no more numbers than the policy\'s capacity; all or nothing', enforced: at(CONSENTS, 'a policy takes 200 numbers a request and holds at most its capacity') },
    { op: 'assignPhoneNumbersToSmsConsentPolicy', rule: 'A number follows one consent policy at a time', enforced: at(CONSENTS, 'a number follows one policy; deleting the policy releases it') },
    { op: 'assignPhoneNumbersToSmsConsentPolicy', rule: 'Only the account\'s numbers (not another account\'s, nor a sub account\'s); all or nothing', enforced: at(CONSENTS, 'assign/unassign numbers: documented errors, and a bad number changes nothing') },

    { op: 'unassignPhoneNumbersFromSmsConsentPolicy', rule: '"Too many numbers, should less than 200"', enforced: at(CONSENTS, 'a policy takes 200 numbers a request and holds at most its capacity') },
    { op: 'unassignPhoneNumbersFromSmsConsentPolicy', rule: '"Too many numbers, should less than 200" for a list past 1,000 ids', notEnforced: PAST_1000('1003') },
    { op: 'unassignPhoneNumbersFromSmsConsentPolicy', rule: 'Only numbers the policy holds; one it does not refuses the request and none leaves', enforced: at(CONSENTS, 'assign/unassign numbers: documented errors, and a bad number changes nothing') },

    // ---- opt statuses ---------------------------------------------------------------
    { op: 'listOptStatusesOfPhoneNumbersAssignedToSmsCampaign', rule: '"Returns the opt statuses of phone numbers that are assigned to SMS the campaign"; a pair with no answer is "pending"', enforced: at(OPT, 'campaign view: a recorded answer, pending otherwise, only the campaign numbers') },
    { op: 'listOptStatusesOfPhoneNumbersAssignedToSmsCampaign', rule: '"Size of unique receiver phone numbers cannot exceed {0}." (50 here, each side)', enforced: at(OPT, 'each opt-status list answers 50 unique numbers a side and refuses 51') },
    { op: 'listOptStatusesOfPhoneNumbersAssignedToSmsCampaign', rule: '"Size of unique receiver phone numbers cannot exceed {0}." for a list past 1,000 numbers', notEnforced: PAST_1000('400') },
    { op: 'listOptStatusesOfPhoneNumbersAssignedToSmsCampaign', rule: 'Numbers answered "in E164 format"', enforced: at(OPT, 'an update reads back through the campaign, user and consent views') },

    { op: 'updateOptStatusesOfPhoneNumbersAssignedToSmsCampaign', rule: 'opt_status: "either `opt_in` or `opt_out`" ("Opt status should be either opt_out or opt_in.")', enforced: at(OPT, "an opt status other than opt_in or opt_out is refused in the page's words") },
    { op: 'updateOptStatusesOfPhoneNumbersAssignedToSmsCampaign', rule: 'Only "phone numbers that are assigned to the SMS campaign": one outside it refuses the request and nothing changes', enforced: at(OPT, 'a number outside the campaign') },
    { op: 'updateOptStatusesOfPhoneNumbersAssignedToSmsCampaign', rule: 'One record per pair: the campaign, user and consent views read the update', enforced: at(OPT, 'an update reads back through the campaign, user and consent views') },

    { op: 'listUsersOptStatusesOfPhoneNumbers', rule: '"Returns the opt statuses of a user\'s phone numbers" (not another user\'s, nor a call queue\'s)', enforced: at(OPT, "user view: only the user's numbers") },
    { op: 'listUsersOptStatusesOfPhoneNumbers', rule: 'opt_in_status 0: "the Zoom Phone user number is not associated with a Campaign"', enforced: at(OPT, 'a number outside any campaign has opt-in status 0') },
    { op: 'listUsersOptStatusesOfPhoneNumbers', rule: 'opt_in_status 1: "a new SMS session", and opt_in_message is the campaign\'s Opt-In message; 3 consented; 4 declined', enforced: at(OPT, 'an update reads back through the campaign, user and consent views') },
    { op: 'listUsersOptStatusesOfPhoneNumbers', rule: 'opt_in_status 2: "An Opt-In message has been sent and a response is pending."', notEnforced: 'The sandbox sends no SMS, so no Opt-In message is ever awaiting a reply.' },
    { op: 'listUsersOptStatusesOfPhoneNumbers', rule: '{userId}: the user\'s ID or email', enforced: at(OPT, 'an update reads back through the campaign, user and consent views') },
    { op: 'listUsersOptStatusesOfPhoneNumbers', rule: '"For user-level apps, pass the me value instead of the userId parameter."', notEnforced: 'The sandbox issues Server-to-Server (account-level) tokens only: there is no user for `me` to name.' },
    { op: 'listUsersOptStatusesOfPhoneNumbers', rule: '"Size of unique receiver phone numbers cannot exceed {0}." (50 here, each side)', enforced: at(OPT, 'each opt-status list answers 50 unique numbers a side and refuses 51') },
    { op: 'listUsersOptStatusesOfPhoneNumbers', rule: '"Size of unique receiver phone numbers cannot exceed {0}." for a list past 1,000 numbers', notEnforced: PAST_1000('400') },

    { op: 'listOptStatusesOfPhoneNumbersAssignedToSmsConsent', rule: '"Returns the opt statuses of phone numbers that are assigned to SMS consent"', enforced: at(OPT, "consent view: only the policy's numbers") },
    { op: 'listOptStatusesOfPhoneNumbersAssignedToSmsConsent', rule: 'zoom_phone_user_numbers is required ("Missing field.")', enforced: at(OPT, 'documented errors: unknown campaign, user, consent') },
    { op: 'listOptStatusesOfPhoneNumbersAssignedToSmsConsent', rule: '"Size of unique receiver phone numbers cannot exceed the predefined limit." (50 here, each side)', enforced: at(OPT, 'each opt-status list answers 50 unique numbers a side and refuses 51') },
  ],
  unreachable: {
    unassignAPhoneNumberForSmsCampaign: {
      brandDoesNotExist: 'The sandbox models a brand only as fields of its campaigns: every campaign is registered with its brand and no operation removes one.',
    },
  },
});
