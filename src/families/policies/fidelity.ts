// What the policy pages (account, user group and user policies of the new policy
// framework) state in words, whether the server holds to it, and why (rendered into
// docs/fidelity.md by `npm run coverage`).
import { defineFidelity } from '../../kit/fidelity.ts';

const T = 'test/families/policies/policies.test.ts';
const SDK = 'test/families/policies/sdk.test.ts';

const NO_PLANS = "the sandbox does not model account plans or licenses: a token whose scopes allow the call acts as the account's admin";
const PREREQUISITES = "Prerequisites: 'A Business or Enterprise account' (or 'Pro or higher'); 'A Zoom Phone license'";
const NO_ACCOUNT = "the path names no account: the caller's own, which its token proves exists";
const ONE_TYPE = "policyType: the pages document one policy, allow_emergency_calls (enable, from clients, from desk phones); any other is 400/400 'Invalid value for parameter 'policyType'.'";
const DEFAULTS = "An account that changed nothing allows emergency calls from clients and desk phones (enable, allow_emergency_calls_from_clients, allow_emergency_calls_from_deskphones true), nothing locked — the sandbox's written-down default; the pages give none";
const LOCKED_BY = "locked_by: 'the configuration level that has enforced the lock'; 'invalid' when nothing locks the policy (the enum's only word for none)";
const INHERIT = "'Whether the current settings have been changed from the inherited defaults': each level reads, field by field, the nearest change above it (user → its main group → account) unless it changed the field itself; modified is true for a level with a change of its own";
const NO_SITE =
  "locked_by 'site' (user level): the site level of the framework has no operation that sets a policy in these pages, so no site lock exists to show";

export default defineFidelity({
  rules: [
    { op: 'getAccountPolicyDetails', rule: ONE_TYPE, enforced: { file: T, test: 'a policy type the framework does not have is refused by every operation' } },
    { op: 'getAccountPolicyDetails', rule: DEFAULTS, enforced: { file: T, test: "every level reads Zoom's defaults, nothing locked" } },
    { op: 'getAccountPolicyDetails', rule: LOCKED_BY, enforced: { file: T, test: 'a lock at the account fixes the policy below' } },
    { op: 'getAccountPolicyDetails', rule: "The account's own policy; another account's changes never show", enforced: { file: T, test: "another account sees none of the demo's" } },
    { op: 'getAccountPolicyDetails', rule: PREREQUISITES, notEnforced: NO_PLANS },
    {
      op: 'getAccountPolicyDetails',
      rule: "allow_emergency_calls: whether the extension may place emergency calls (enable, allow_emergency_calls_from_clients): the simulator refuses a user's or common area's emergency call when the policy it reads is off",
      enforced: { file: 'test/sim/emergency.test.ts', test: 'with allow_emergency_calls off, the same user is refused an emergency call (system_blocked), and allowed again once it is reset' },
    },

    { op: 'updateAccountPolicy', rule: ONE_TYPE, enforced: { file: T, test: 'a policy type the framework does not have is refused by every operation' } },
    { op: 'updateAccountPolicy', rule: "The fields given change, the others stay; what the account changes shows at every group and user that did not change it", enforced: { file: T, test: "a change of the account's value shows at every group and user that did not change it" } },
    {
      op: 'updateAccountPolicy',
      rule: "locked: 'cannot be overridden at lower levels (user_group, site, or extension)': the locked value shows below (modified false there), a change below is refused; unlocked, the lower levels' own changes show again (kept, not erased, by the lock — the pages do not say)",
      enforced: { file: T, test: 'a lock at the account fixes the policy below' },
    },
    { op: 'updateAccountPolicy', rule: "'The 'reset' field is not allowed at the account level.' (400/400); with locked, 'Lock and reset operations cannot be performed simultaneously.' (400/400); nothing changes", enforced: { file: T, test: 'a reset is refused at the account, with a lock, or with a change of a field' } },
    { op: 'updateAccountPolicy', rule: 'A body without the path\'s policy changes nothing (204)', enforced: { file: T, test: 'a policy type the framework does not have is refused by every operation' } },
    { op: 'updateAccountPolicy', rule: PREREQUISITES, notEnforced: NO_PLANS },

    { op: 'getGroupPolicyDetails', rule: ONE_TYPE, enforced: { file: T, test: 'a policy type the framework does not have is refused by every operation' } },
    { op: 'getGroupPolicyDetails', rule: INHERIT, enforced: { file: T, test: "a group's change shows at its members only" } },
    { op: 'getGroupPolicyDetails', rule: "locked / locked_by 'account' or 'user_group': the account's lock over the group's own", enforced: { file: T, test: "a group's lock fixes its members' policy" } },
    { op: 'getGroupPolicyDetails', rule: "'User group does not exist: {groupId}.' (404/2040) for a group the account does not have, another account's too", enforced: { file: T, test: 'a user or group the account does not have is not found' } },
    {
      op: 'getGroupPolicyDetails',
      rule: "Groups are Zoom groups (Zoom's Groups API, outside this contract): the demo has two, and the control plane lists and adds them (/_sandbox/accounts/{accountId}/groups); a user inherits from one group, its main group",
      enforced: { file: T, test: 'a group made in the control plane takes its members from their old group' },
    },
    { op: 'getGroupPolicyDetails', rule: PREREQUISITES, notEnforced: NO_PLANS },

    { op: 'updateGroupPolicy', rule: ONE_TYPE, enforced: { file: T, test: 'a policy type the framework does not have is refused by every operation' } },
    { op: 'updateGroupPolicy', rule: "The fields given change for the group and its members that did not change them", enforced: { file: T, test: "a group's change shows at its members only" } },
    { op: 'updateGroupPolicy', rule: "locked: 'cannot be overridden at lower levels (extension)': the group's members read the group's value, locked_by user_group; a member's change is refused", enforced: { file: T, test: "a group's lock fixes its members' policy" } },
    { op: 'updateGroupPolicy', rule: "reset: 'reset to inherit from higher-level configurations': the group's change goes", enforced: { file: T, test: 'a reset makes a group or a user inherit again' } },
    { op: 'updateGroupPolicy', rule: "'Lock and reset operations cannot be performed simultaneously.' and 'Reset cannot be combined with other operations.' (400/400); nothing changes", enforced: { file: T, test: 'a reset is refused at the account, with a lock, or with a change of a field' } },
    { op: 'updateGroupPolicy', rule: 'A change (or a lock) under the account\'s lock is refused (400/400, undocumented: see docs/undocumented-errors.md)', enforced: { file: T, test: 'a lock at the account fixes the policy below' } },
    { op: 'updateGroupPolicy', rule: "'User group does not exist: {groupId}.' (404/2040)", enforced: { file: T, test: 'a user or group the account does not have is not found' } },
    { op: 'updateGroupPolicy', rule: PREREQUISITES, notEnforced: NO_PLANS },

    { op: 'getUserPolicyDetails', rule: ONE_TYPE, enforced: { file: T, test: 'a policy type the framework does not have is refused by every operation' } },
    { op: 'getUserPolicyDetails', rule: INHERIT, enforced: { file: T, test: "a change of the account's value shows at every group and user that did not change it" } },
    { op: 'getUserPolicyDetails', rule: "locked / locked_by ('account', 'user_group'): the nearest lock above the user", enforced: { file: T, test: "a group's lock fixes its members' policy" } },
    { op: 'getUserPolicyDetails', rule: NO_SITE, notEnforced: 'no operation sets a site-level policy of the framework' },
    { op: 'getUserPolicyDetails', rule: "'User does not exist: {userId}.' (404/1001), another account's user too", enforced: { file: T, test: 'a user or group the account does not have is not found' } },
    { op: 'getUserPolicyDetails', rule: PREREQUISITES, notEnforced: NO_PLANS },

    { op: 'updateUserPolicy', rule: ONE_TYPE, enforced: { file: T, test: 'a policy type the framework does not have is refused by every operation' } },
    { op: 'updateUserPolicy', rule: "The fields given change for the user; concurrent changes of different fields all survive (merged under a row lock)", enforced: { file: T, test: 'concurrent changes of different fields of one user all survive' } },
    { op: 'updateUserPolicy', rule: "reset: the user's change goes, it inherits again; with a field, 'Reset cannot be combined with other operations.' (400/400)", enforced: { file: T, test: 'a reset makes a group or a user inherit again' } },
    { op: 'updateUserPolicy', rule: 'A change under a lock of the account or the user\'s group is refused (400/400, undocumented); a reset is let through (it gives back the locked value)', enforced: { file: T, test: "a group's lock fixes its members' policy" } },
    { op: 'updateUserPolicy', rule: "locked is not a field of the user's body: ignored", notEnforced: 'nothing to enforce: the field is not documented at this level, and a user locks nothing below it' },
    { op: 'updateUserPolicy', rule: "'User does not exist: {userId}.' (404/1001)", enforced: { file: T, test: 'a user or group the account does not have is not found' } },
    { op: 'updateUserPolicy', rule: "Through Zoom's SDK (settings.updateUserPolicy / getUserPolicyDetails)", enforced: { file: SDK, test: "through Zoom's SDK" } },
    { op: 'updateUserPolicy', rule: PREREQUISITES, notEnforced: NO_PLANS },
  ],
  unreachable: {
    getAccountPolicyDetails: { accountDoesNotExist: NO_ACCOUNT },
    updateAccountPolicy: {
      accountDoesNotExist: NO_ACCOUNT,
      resetCannotBeCombinedWithOther: "a reset at the account is refused whatever comes with it ('The 'reset' field is not allowed at the account level.')",
    },
    getUserPolicyDetails: { accountDoesNotExist: NO_ACCOUNT },
    updateUserPolicy: { accountDoesNotExist: NO_ACCOUNT },
    getGroupPolicyDetails: { accountDoesNotExist: NO_ACCOUNT },
    updateGroupPolicy: { accountDoesNotExist: NO_ACCOUNT },
  },
});
