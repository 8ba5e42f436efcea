// What the users pages state in words, whether the sandbox holds to it (and the
// test that shows it), and why a documented error cannot be drawn out.
import { defineFidelity } from '../../kit/fidelity.ts';

const USERS = 'test/families/users/users.test.ts';
const PLANS = 'test/families/users/calling-plans.test.ts';
const PAGES = 'test/http/pagination.test.ts';
const INHERITANCE = 'test/families/account-settings/inheritance.test.ts';

const ACCOUNT = "the path names no account: the request acts on the token's own account, which exists as long as its tokens do (the control plane deletes no account)";
const ME = '`me` names no user of a Server-to-Server app: Invalid user id';

export default defineFidelity({
  rules: [
    // listPhoneUsers
    { op: 'listPhoneUsers', rule: "Returns a list of all of an account's users who are assigned a Zoom Phone license (a sub account's are its own).", enforced: { file: USERS, test: "users of a sub account are its own; another account's user is not found" } },
    { op: 'listPhoneUsers', rule: 'A next page token is returned whenever the set of available results exceeds the current page size; page_size at most 300.', enforced: { file: USERS, test: 'users page with next_page_token; page_size 300 and not 301' } },
    { op: 'listPhoneUsers', rule: 'The expiration period for this token is 15 minutes.', enforced: { file: PAGES, test: 'a token expires after 15 minutes of the sandbox clock' } },
    { op: 'listPhoneUsers', rule: "department / cost_center: the department and cost center where the user belongs.", enforced: { file: USERS, test: 'the list shows and filters by department and cost center' } },
    { op: 'listPhoneUsers', rule: "status: `activate` or `deactivate` (license disabled); activation_status: `activated`, or `ready to activate` for a user assigned a license but not activated.", enforced: { file: USERS, test: 'batch update moves users (and their numbers) to a site and activates or deactivates them' } },
    { op: 'listPhoneUsers', rule: "activation_status `not ready`: User have been assigned phone license, but the user didn't confirm the invitation.", notEnforced: 'the sandbox sends no invitations: no user is waiting to confirm one' },
    { op: 'listPhoneUsers', rule: 'calling_plans[].billing_account_id / billing_account_name: It displays when the user is located in India.', enforced: { file: PLANS, test: 'a user in India needs a billing account for a calling plan, and shows its name' } },
    { op: 'listPhoneUsers', rule: 'calling_plans[].billing_subscription_id / name: It displays when the account supports billing multiple subscriptions.', notEnforced: "the sandbox does not model which accounts bill by multiple subscriptions: every plan shows its inventory's one subscription" },

    // getAUsersProfile
    { op: 'getAUsersProfile', rule: "userId: The user's ID or email address.", enforced: { file: USERS, test: "{userId} may be the user's email; an email of another account is not found" } },
    { op: 'getAUsersProfile', rule: 'For user-level apps, pass the `me` value instead of the userId parameter.', enforced: { file: USERS, test: ME } },
    { op: 'getAUsersProfile', rule: "policy: A list of the user's policies, every documented setting shown; a user shows its site's settings (which stand on the account's document) until it changes one (modified), locked by the site or account that locked it.", enforced: { file: USERS, test: "a new user shows every documented policy setting, its site's until it changes one" } },
    { op: 'getAUsersProfile', rule: "A setting the account changes or locks reads so at every user without a change of its own (a lock over its change too); settings the site's page does not have (e2e_encryption, online_fax, outbound_calling, outbound_sms, peer_to_peer_media) come from the account's document", enforced: { file: INHERITANCE, test: 'what the account locks shows locked by the account at its sites and users, over their own changes, and cannot be changed below it' } },
    { op: 'getAUsersProfile', rule: "call_park.forward_to: the extension's forwarding information.", enforced: { file: USERS, test: 'a PATCH keeps every documented policy key, e2e encryption and call park forwarding included' } },
    { op: 'getAUsersProfile', rule: 'calling_plans[].billing_account_id / billing_account_name: It displays when the user is located in India.', enforced: { file: PLANS, test: 'a user in India needs a billing account for a calling plan, and shows its name' } },
    {
      op: 'getAUsersProfile',
      rule: "site_admin: 'Whether the user is a site admin or not.': the user holds a phone role of the site admin kind (Site Admin or a copy of it; phone-roles family)",
      enforced: { file: 'test/families/phone-roles/phone-roles.test.ts', test: 'a member of a site admin role is a site admin on its profile' },
    },

    // updateAUsersProfile
    { op: 'updateAUsersProfile', rule: 'extension_number: The number must be complete (i.e. site number + short extension).', enforced: { file: USERS, test: "an extension is complete: the site's code and a short extension of the site's length" } },
    { op: 'updateAUsersProfile', rule: "site_id: the site where the user should be moved (its numbers follow); emergency_address_id: the user's emergency address.", enforced: { file: USERS, test: 'PATCH changes the extension, site, emergency address and policy, and GET shows them' } },
    { op: 'updateAUsersProfile', rule: 'For user-level apps, pass the `me` value instead of the userId parameter.', enforced: { file: USERS, test: ME } },
    { op: 'updateAUsersProfile', rule: "policy reset: Whether the user's settings will use the phone site's settings; a setting not changed shows the site's.", enforced: { file: USERS, test: "a new user shows every documented policy setting, its site's until it changes one" } },
    { op: 'updateAUsersProfile', rule: "policy: every documented key is kept (e2e_encryption, whose reset uses the phone account's settings; call_park.forward_to_extension_id; the deprecated voicemail_access_members) and read back.", enforced: { file: USERS, test: 'a PATCH keeps every documented policy key, e2e encryption and call park forwarding included' } },
    { op: 'updateAUsersProfile', rule: "Without the OP flag 'Enable Caller Based Consent Options', update both inbound and outbound recording_start_prompt / recording_explicit_consent with the same value (13800); the deprecated fields update both.", enforced: { file: USERS, test: 'the recording prompts of both directions take one value without the consent OP flag (13800)' } },
    { op: 'updateAUsersProfile', rule: "policy: a setting its site or account locked ('cannot be overridden at lower levels') is refused (400/400 'Policy locked: {setting}.', undocumented) and nothing of the PATCH changes; a reset is allowed; a template applies the settings that are not locked", enforced: { file: USERS, test: "a new user shows every documented policy setting, its site's until it changes one" } },
    { op: 'updateAUsersProfile', rule: 'template_id: The settings template ID (an id the account lacks is refused).', enforced: { file: USERS, test: 'PATCH refuses an extension another user holds, an unknown site, address or template, and an unknown user' } },
    { op: 'updateAUsersProfile', rule: "If the site_id field is set, look for the template site with the value of the site_id field. The template ID has precedence and the policy will be ignored even if the policy field is set: a user template of the user's (new) site, its policy applied as a policy change", enforced: { file: 'test/families/setting-templates/setting-templates.test.ts', test: "a user template applied to a user (updateAUsersProfile's template_id) shows in the user's policy" } },
    { op: 'updateAUsersProfile', rule: "A template's profile (area code, country) and user settings are not applied to the user", notEnforced: 'only the policy of a template is applied: the profile and user settings it holds belong to operations of other families (the user settings, the desk phone PIN) not wired to templates yet' },
    { op: 'updateAUsersProfile', rule: 'If users have the Automatic Call Recording turned on, they will not be able to use the End-to-End Encryption.', notEnforced: 'the sandbox places no calls to encrypt, and the page documents no refusal of the setting: both are kept as sent' },

    // batchAddUsers
    { op: 'batchAddUsers', rule: 'You can add up to 10 users at a time.', enforced: { file: USERS, test: 'batch add takes 10 users and refuses 11' } },
    { op: 'batchAddUsers', rule: 'The users must be active in your Zoom account.', notEnforced: 'the sandbox has no directory of Zoom (non-phone) users: any e-mail not already a phone user is taken' },
    { op: 'batchAddUsers', rule: 'calling_plans: the plans by the names the page lists; leave this section blank if no package has been assigned.', enforced: { file: USERS, test: 'batch add enables users for phone with their site, extension, plan and numbers' } },
    { op: 'batchAddUsers', rule: 'An unknown or repeated plan, a repeated e-mail or extension, an existing phone user or an unknown site refuses the whole batch.', enforced: { file: USERS, test: 'batch add refuses duplicates, unknown sites, plans and templates, and adds nobody' } },
    { op: 'batchAddUsers', rule: 'calling_plans: type:billing_subscription_id or type:billing_subscription_name when the account has more than one subscription of a plan.', notEnforced: 'the sandbox keeps one subscription per plan type: the part after the colon is not checked' },
    { op: 'batchAddUsers', rule: 'The India plans (IN Metered, IN Unlimited, IN Pro, IN International Calling Add-On), and site_code or site_name required if Indian plans are assigned.', notEnforced: "needs the India plan types in billing's catalogue (src/families/billing/rules.ts): they are refused as unknown plans" },
    { op: 'batchAddUsers', rule: 'extension_number: Do not include the site code in an extension number if the site code is enabled (the short extension, of the site\'s length; the site code goes in front).', enforced: { file: USERS, test: "batch add takes a short extension of the site's length, whole desk phones on one site, and a caller ID of the account" } },
    { op: 'batchAddUsers', rule: 'site_code / site_name: It\'s required if the other is not provided.', enforced: { file: USERS, test: 'batch add refuses duplicates, unknown sites, plans and templates, and adds nobody' } },
    { op: 'batchAddUsers', rule: 'activation_status: When not set, its value should depend on "Activate Zoom Phone users automatically" in the account settings.', notEnforced: 'the sandbox does not model that account setting: a user without activation_status is activated' },
    { op: 'batchAddUsers', rule: 'desk_phones: Required: brand, model, and MAC address of each desk phone. Each user can be assigned up to 3 desk phones.', enforced: { file: USERS, test: "batch add takes a short extension of the site's length, whole desk phones on one site, and a caller ID of the account" } },
    { op: 'batchAddUsers', rule: 'All users must belong to the same site if a desk phone is assigned to multiple users (among the users of one batch).', enforced: { file: USERS, test: "batch add takes a short extension of the site's length, whole desk phones on one site, and a caller ID of the account" } },
    { op: 'batchAddUsers', rule: 'desk_phones: Skips the provision template not supported by the device.', notEnforced: 'the sandbox has no catalogue of devices and their provision templates: the template is kept as sent' },
    { op: 'batchAddUsers', rule: "outbound_caller_id: an extension's phone number or any company number; hides the caller ID if left blank.", enforced: { file: USERS, test: "batch add takes a short extension of the site's length, whole desk phones on one site, and a caller ID of the account" } },
    { op: 'batchAddUsers', rule: 'phone_numbers: Make sure that these numbers have been ported to your account as unassigned phone numbers (one held by any assignee refuses the batch, and nothing of it remains).', enforced: { file: USERS, test: 'batch add refuses a number another assignee holds and leaves no user, plan or number behind' } },
    { op: 'batchAddUsers', rule: 'sms: Whether to enable SMS for this user.', enforced: { file: USERS, test: 'batch add enables users for phone with their site, extension, plan and numbers' } },
    { op: 'batchAddUsers', rule: 'template_name: The template must belong to the same site as the user (every name is refused: a batch does not look templates up by name yet; updateAUsersProfile applies one by id).', enforced: { file: USERS, test: 'batch add refuses duplicates, unknown sites, plans and templates, and adds nobody' } },

    // updateMultipleUsersPropertiesInBatch
    { op: 'updateMultipleUsersPropertiesInBatch', rule: "You can update the users' site when batchType is equal to move_site (their numbers follow); activate: activates or deactivates the users.", enforced: { file: USERS, test: 'batch update moves users (and their numbers) to a site and activates or deactivates them' } },
    { op: 'updateMultipleUsersPropertiesInBatch', rule: 'You can update 10 users at a time.', enforced: { file: USERS, test: 'batch update takes 10 users and refuses 11' } },
    { op: 'updateMultipleUsersPropertiesInBatch', rule: 'move_site: user_ids and site_id are required; every user and the site must be the account\'s, or nobody moves.', enforced: { file: USERS, test: 'batch update refuses an unsupported batch type and an unknown user or site, and moves nobody' } },
    { op: 'updateMultipleUsersPropertiesInBatch', rule: 'assign_pending_user: Assign user to the Zoom Phone feature of the Zoom One license; it cannot be supported for users assigned to India sites.', enforced: { file: USERS, test: 'users on an India site cannot be given the Zoom One phone feature (12008), and nobody is' } },
    { op: 'updateMultipleUsersPropertiesInBatch', rule: 'The user in Trash cannot be assigned Zoom One license.', notEnforced: 'the sandbox has no trash of Zoom users' },

    // assignCallingPlanToAUser
    { op: 'assignCallingPlanToAUser', rule: "Assigns a calling plan to a Zoom Phone user, from the account's inventory, in every view.", enforced: { file: PLANS, test: 'assigning a plan consumes one and unassigning releases it, in every view' } },
    { op: 'assignCallingPlanToAUser', rule: 'A plan the account has none left of, or the user holds, is refused; several plans are given together or not at all.', enforced: { file: PLANS, test: 'the last plan of a type can be given once; a type the account lacks is refused' } },
    { op: 'assignCallingPlanToAUser', rule: 'billing_account_id: If the user is located in India, this field is required (an account of the account).', enforced: { file: PLANS, test: 'a user in India needs a billing account for a calling plan, and shows its name' } },
    { op: 'assignCallingPlanToAUser', rule: "A billing account serves the user's site.", notEnforced: "needs billing/public.ts to tell a billing account's site: findBillingAccount answers its id and name only" },
    { op: 'assignCallingPlanToAUser', rule: 'billing_subscription_id: It displays when the account supports billing multiple subscriptions.', notEnforced: 'the sandbox keeps one subscription per plan type: the id is kept as sent' },
    { op: 'assignCallingPlanToAUser', rule: 'For user-level apps, pass the `me` value instead of the userId parameter.', enforced: { file: USERS, test: ME } },

    // updateUsersCallingPlan
    { op: 'updateUsersCallingPlan', rule: 'Switches the calling plans of a Zoom Phone user: one unit moves from the source plan to the target plan.', enforced: { file: PLANS, test: 'switching plans moves one unit from the source plan to the target plan' } },
    { op: 'updateUsersCallingPlan', rule: 'A target plan the user holds, or the account has none left of, is refused and nothing moves.', enforced: { file: PLANS, test: 'a switch to a plan the user holds or the account has none left of is refused, and nothing moves' } },
    { op: 'updateUsersCallingPlan', rule: 'source_billing_subscription_id / target_billing_subscription_id: When there is more than one plan type A in this account, it cannot be empty.', notEnforced: 'the sandbox keeps one subscription per plan type, so no account has more than one of a type' },

    // unassignUsersCallingPlan
    { op: 'unassignUsersCallingPlan', rule: "Unassigns a Zoom Phone user's calling plan: it goes back to the account's inventory.", enforced: { file: PLANS, test: 'assigning a plan consumes one and unassigning releases it, in every view' } },
    { op: 'unassignUsersCallingPlan', rule: 'A plan the user does not hold cannot be unassigned.', enforced: { file: PLANS, test: 'a plan the user already holds is not taken twice; a plan the user lacks cannot be unassigned' } },
    { op: 'unassignUsersCallingPlan', rule: 'For user-level apps, pass the `me` value instead of the userId parameter.', enforced: { file: USERS, test: ME } },
  ],
  unreachable: {
    listPhoneUsers: {
      nextPageTokenIsInvalidOr:
        "answered, but not in these words: a bad or expired token gets 400/400 'The next page token is invalid or expired.' without the page's second sentence, whose {0} the page never explains " +
        '(src/kit/list.ts pageTokenError); test/http/pagination.test.ts asserts that answer',
      youDoNotHavePermissionBecause: 'the sandbox has no site admins: every app acts for the whole account',
      accountDoesNotExist: ACCOUNT,
    },
    getAUsersProfile: {
      accountDoesNotExist: ACCOUNT,
      siteDoesNotExist: "a user's site always exists: deleting a site moves its users to the transfer site first",
    },
    updateAUsersProfile: { accountDoesNotExist: ACCOUNT },
    batchAddUsers: {
      youNeedToHaveAdministrativePrivileges: "the sandbox's apps act with the account's administrator rights; a token without the operation's scopes gets 400/4711 first",
    },
    updateMultipleUsersPropertiesInBatch: {
      userInTrashCannotBeAssigned: 'the sandbox has no trash of Zoom users',
      accountDoesNotExist: ACCOUNT,
    },
    assignCallingPlanToAUser: { accountDoesNotExist: ACCOUNT },
    unassignUsersCallingPlan: { accountDoesNotExist: ACCOUNT },
  },
});
