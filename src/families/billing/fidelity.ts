// What the billing pages state in words, whether the server holds to it, and why
// the documented errors no test draws out cannot be (rendered into docs/fidelity.md).
import { defineFidelity } from '../../kit/fidelity.ts';

const TESTS = 'test/families/billing/billing.test.ts';

const NO_LICENSES =
  'the sandbox does not model account plans, licenses or user roles: a token whose scopes allow the call acts as the account\'s admin';

export default defineFidelity({
  rules: [
    {
      op: 'listCallingPlans',
      rule: "assigned: 'The total number of plan used', one for each user holding the plan",
      enforced: { file: TESTS, test: 'assigned and available follow the users who hold one' },
    },
    {
      op: 'listCallingPlans',
      rule: "available: 'The remaining number of calling plans that can be assigned' (none once every one is in use)",
      enforced: { file: TESTS, test: 'assigned and available follow the users who hold one' },
    },
    {
      op: 'listCallingPlans',
      rule: "billing_account_id, billing_account_name: 'It displays when the account is an Indian account'",
      notEnforced:
        "the sandbox does not model an account's country: the fields show wherever the inventory bills a plan to a billing account (no demo plan is), whatever the account",
    },
    {
      op: 'listCallingPlans',
      rule: "billing_subscription_id, billing_subscription_name: 'It displays when the account supports billing multiple subscriptions'",
      notEnforced: 'the sandbox does not model billing subscriptions: a plan shows the subscription its inventory row names, on every account',
    },
    { op: 'listCallingPlans', rule: "Prerequisites: 'A Pro or a higher account', 'A Zoom Phone license'", notEnforced: NO_LICENSES },

    {
      op: 'listPlanInformation',
      rule: "calling_plans: assigned 'Total number of plans used', available 'Remaining number of calling plans that can be assigned', as List calling plans shows them",
      enforced: { file: TESTS, test: 'assigned and available follow the users who hold one' },
    },
    {
      op: 'listPlanInformation',
      rule: "phone_numbers: available is the 'Remaining number of phone number plans that can be assigned' (subscribed less assigned); a package covers the numbers Zoom provides, not BYOC ones",
      enforced: { file: TESTS, test: 'phone number packages count Zoom numbers, not BYOC ones; available is what is left' },
    },
    {
      op: 'listPlanInformation',
      rule: "phone_numbers: assigned, 'Total number of phone number plans used', follows the numbers' assignments as Number Management's List phone number plan information does",
      enforced: { file: TESTS, test: "a package's usage follows assignments and agrees with Number Management's plan list" },
    },
    { op: 'listPlanInformation', rule: "Prerequisites: 'A Pro or a higher account', 'A Zoom Phone license'", notEnforced: NO_LICENSES },

    {
      op: 'listBillingAccounts',
      rule: 'site_id narrows the list to the billing accounts available at that site (those of the site and those of every site)',
      enforced: { file: TESTS, test: 'billing accounts list, filter by site, and read one' },
    },
    {
      op: 'listBillingAccounts',
      rule: "400 'site_id is invalid' for a site the account does not have",
      enforced: { file: TESTS, test: 'a site_id the account lacks is invalid' },
    },
    {
      op: 'listBillingAccounts',
      rule: "'If the multiple sites option has been enabled for the account, then site_id is required.'",
      notEnforced:
        'needs test/fuzz/malformed.test.ts to pass a site_id when it reads the first billing account of the demo account, which has three sites: the sandbox has the state (an account with more than one site has multiple sites enabled, as addByocPhoneNumbers reads it), but refusing the call without one breaks that test',
    },
    {
      op: 'listBillingAccounts',
      rule: "For 'a Zoom account owner or a user with admin privileges'; 'Pro or higher account plan with Zoom phone license'",
      notEnforced: NO_LICENSES,
    },

    {
      op: 'getBillingAccountDetails',
      rule: "For 'A Zoom account owner or a user with admin privilege'; 'Pro or higher account plan with Zoom phone license'",
      notEnforced: NO_LICENSES,
    },
  ],
  unreachable: {
    listPlanInformation: {
      youDoNotHavePermission: `400/403: ${NO_LICENSES} (a token without the scope answers 4711 before the handler)`,
      accountDoesNotExist:
        '404/2001: /phone/plans names no account, and the caller\'s S2S token always belongs to an existing one (accounts are never deleted; a reset erases their tokens with them)',
    },
  },
});
