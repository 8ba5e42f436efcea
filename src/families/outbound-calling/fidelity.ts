// What the Outbound Calling pages state in words, whether the server holds to it, and
// why (rendered into docs/fidelity.md by `npm run coverage`). The four levels' six
// operations share their pages' words and their code; each level's record is written
// once below.
import { defineFidelity, type Rule, type Unreachable } from '../../kit/fidelity.ts';
import type { OperationId } from '../../../spec/operations.ts';

const T = 'test/families/outbound-calling/outbound-calling.test.ts';
const R = 'test/families/outbound-calling/rules.test.ts';
const C = 'test/families/outbound-calling/calls.test.ts';

const NO_PLANS = "the sandbox does not model account plans, licenses or admin roles: a token whose scopes allow the call acts as the account's admin";
const POLICY_OFF =
  "'You do not enable the outbound calling policy setting.': the setting (getPhoneAccountSettings' outbound_calling, 'Only for use by customers who opted for OP flag Enable New Version Outbound Blocked List') is on and no operation of the contract takes it (updatePhoneAccountSettings has no outbound_calling): the error cannot be drawn out";
const TOKEN = "the guard answers a missing or bad token 401/124 'Invalid access token.' before any handler runs";
const ONE_RECORD = 'exception rule ids are drawn unique and the table holds each id once (a unique index): an id never has a second record';

type Level = 'Account' | 'Site' | 'User' | 'CommonArea';
const WHO: Record<Level, string> = { Account: 'the account', Site: 'a site', User: 'a user', CommonArea: 'a common area' };
const Who = (l: Level) => WHO[l][0]!.toUpperCase() + WHO[l].slice(1);
const ops = (l: Level) => ({
  get: `get${l}LevelOutboundCallingCountriesAndRegions` as OperationId,
  set: `update${l}LevelOutboundCallingCountriesOrRegions` as OperationId,
  list: `list${l}LevelOutboundCallingExceptionRules` as OperationId,
  add: `add${l}LevelOutboundCallingExceptionRule` as OperationId,
  update: `update${l}LevelOutboundCallingExceptionRule` as OperationId,
  remove: `delete${l}LevelOutboundCallingExceptionRule` as OperationId,
});

const INHERIT = { file: T, test: 'an account change is read by its sites, users and common areas unless they set their own' };
const STICKY = { file: T, test: 'a country blocked above cannot be allowed below, and a block above overrides what a level set before' };
const OTHER = { file: T, test: "another account neither sees nor changes the account's outbound calling" };
const MISSING = { file: T, test: 'a site, user or common area that does not exist answers the documented error' };
const CRUD = { file: T, test: 'exception rules are added, listed, changed and deleted at each level' };

function levelRules(l: Level): Rule[] {
  const o = ops(l);
  const below = l !== 'Account';
  const out: Rule[] = [
    {
      op: o.get,
      rule: `'Returns the ${l === 'CommonArea' ? 'common area' : l.toLowerCase()} level outbound calling countries and regions': every country or region of src/kit/countries.ts by English name, each with name, code (its calling code), iso_code and rule (1 Allowed, 2 Blocked, 3 Requires local number, caller ID, or plan, 4 Requires the extension number and PIN code)`,
      enforced: l === 'Account' ? { file: T, test: 'each country or region shows its name, calling code, rule and carrier' } : INHERIT,
    },
    {
      op: o.get,
      rule: "A country no level changed reads Allowed (the pages state no default; the sandbox's choice); the demo account blocks Cuba and Nigeria",
      enforced: { file: T, test: 'the demo account blocks Cuba and Nigeria, save the Lagos partner office' },
    },
    {
      op: o.get,
      rule: "page_size (at most 300, default 30) and next_page_token ('returns whenever the set of available results exceeds the current page size'; 15 minutes)",
      enforced: { file: T, test: 'the countries list pages by next_page_token, 300 a page at most' },
    },
    {
      op: o.get,
      rule: "enabled_carrier: 'The enabled carrier, which could be \"ZOOM\" or \"BYOC\"'",
      notEnforced: 'no carrier is modelled per country: every country shows ["ZOOM"]',
    },
    { op: o.get, rule: "Prerequisites: 'A Business or Enterprise account', 'A Zoom Phone license'", notEnforced: NO_PLANS },
    {
      op: o.set,
      rule: `'Updates the … level outbound calling policy country or region': each item sets ${WHO[l]}'s own rule for its iso_code (any case); the others stay; the whole list is checked before anything changes`,
      enforced: INHERIT,
    },
    {
      op: o.set,
      rule: "An item without iso_code or rule, an iso_code no country or region has, one country named twice: 400/300 'Validation Failed.' naming the item's field (undocumented); nothing changes; an empty list changes nothing",
      enforced: { file: T, test: 'an update refused for its input changes nothing' },
    },
    {
      op: o.set,
      rule: "delete_existing_exception_rules: 'Whether to delete existing exception rules. This field only appears when the default outbound calling rule is changed. The default value is false': the level's own exception rules of that country go when its rule changes, not otherwise",
      enforced: { file: T, test: 'delete_existing_exception_rules deletes the level exception rules of the country only when its rule changes' },
    },
    {
      op: o.set,
      rule: 'Rules 3 (Requires local number, caller ID, or plan) and 4 (Requires the extension number and PIN code) are kept and shown',
      enforced: INHERIT,
    },
    {
      op: o.set,
      rule: 'A call out under rule 3 or 4 asks for a caller ID, plan, extension or PIN',
      notEnforced: 'the simulator holds no PIN prompt or calling-plan check: calls under rules 3 and 4 go out; only Blocked refuses them',
    },
    { op: o.set, rule: "Prerequisite: 'Account must have a Pro or a higher plan with a Zoom Phone license'", notEnforced: NO_PLANS },
    {
      op: o.list,
      rule: "Each item: id, match_type, prefix_number, rule, comment, status; rule (not given when a rule is added) is the opposite of the level's default for the rule's country: Blocked where calls are allowed, Allowed where they are blocked or restricted (the sandbox's reading)",
      enforced: { file: T, test: "an exception rule's rule is the opposite of its level's default for its country" },
    },
    {
      op: o.list,
      rule: "The level's own exception rules only (the levels above keep theirs), in the order they were added; filters country, keyword (in the number or the comment, without case), match_type, status (Zoom's SDK's query); page_size at most 300, next_page_token bound to the filters",
      enforced: { file: T, test: 'the exception rule list filters by country, keyword, match type and status, and pages' },
    },
    { op: o.list, rule: "Prerequisite: 'Pro or higher account plan with Zoom phone license'", notEnforced: NO_PLANS },
    {
      op: o.add,
      rule: "exception_rule: country (an ISO code), match_type (phoneNumber or prefix), prefix_number ('phone number prefix or phone number without the country code'), status, comment; 201 answers exception_rule_id; shown by the list",
      enforced: CRUD,
    },
    {
      op: o.add,
      rule: "prefix_number is national digits: a trunk 0 before it is dropped when compared (Italy keeps it), 15 digits at most with the calling code (E.164), a whole number of 4 digits at least (10 in North America, whose area code must be the country's); a comment of 255 characters at most (the sandbox's limit); else 400/300 naming the field, nothing added",
      enforced: { file: T, test: 'an exception rule refused for its number, country or comment adds nothing' },
    },
    {
      op: o.add,
      rule: 'A second rule of the same country, match type and number at the level: 409/409 (undocumented), decided by a unique index; another level may have it',
      enforced: { file: T, test: 'a number or prefix the level already has for the country is a conflict; another level may have it' },
    },
    {
      op: o.add,
      rule: 'A lost race of two adds of one rule is the conflict, never a 500',
      enforced: { file: T, test: 'concurrent adds of one exception rule: one wins, the others are refused' },
    },
    {
      op: o.add,
      rule: 'An active exception rule decides a call out to the number it names, for the level and the levels under it that do not decide otherwise',
      enforced: { file: R, test: 'how the levels decide a call out' },
    },
    { op: o.add, rule: "Prerequisites: 'Pro or a higher account with Zoom Phone license', 'Account owner or admin permissions'", notEnforced: NO_PLANS },
    {
      op: o.update,
      rule: "'Updates the … outbound calling policy for the country region exception rule': country, match_type, prefix_number and status as given; a comment left out stays; checked as an add is (400/300, 409)",
      enforced: CRUD,
    },
    {
      op: o.update,
      rule: "An exception rule the level does not have (another level's, another account's): 404/13507 'The exception rule does not exist: {exceptionRuleId}.' as the delete page documents it (undocumented here)",
      enforced: { file: T, test: 'an exception rule the level does not have answers the documented error' },
    },
    { op: o.update, rule: "Prerequisites: 'Pro or a higher account with Zoom Phone license', 'Account owner or admin permissions'", notEnforced: NO_PLANS },
    {
      op: o.remove,
      rule: "'Deletes the … level outbound calling exception rule': gone from the list; deleting it again, or another level's rule, answers 404/13507",
      enforced: CRUD,
    },
    { op: o.remove, rule: "Prerequisites: 'Pro or a higher account with Zoom Phone license', 'Account owner or admin permissions'", notEnforced: NO_PLANS },
  ];
  if (l === 'Account') {
    out.push(
      {
        op: o.set,
        rule: "A country the account blocks refuses simulated calls out to it from its users (outcome blocked; the user's call log shows 'Restricted Number', one of the old edition's results, where a Blocked List refusal shows 'Blocked'; the call history system_blocked); an account exception rule lets its number through",
        enforced: { file: C, test: 'a call from a user to a country blocked at account level is refused, and its call log says the number is restricted' },
      },
      {
        op: o.add,
        rule: 'An active account exception rule lets its number of a blocked country through; inactive, it does nothing',
        enforced: { file: C, test: 'an exception rule of the account lets the partner number of a blocked country through' },
      },
      {
        op: o.set,
        rule: "A call an extension's call handling forwards out to a country the account blocks is refused at the forward (the forwarding extension's policy decides)",
        enforced: { file: C, test: 'a call forwarded out to a blocked country by a user call handling is refused there' },
      },
      { op: o.get, rule: "The account's own rules, none of another account's", enforced: OTHER },
    );
  }
  if (below) {
    out.push(
      {
        op: o.get,
        rule: `${Who(l)} reads each country's rule from the nearest level above that set one (${l === 'Site' ? 'the account' : 'its site, then the account'}) unless it set its own`,
        enforced: INHERIT,
      },
      {
        op: o.set,
        rule: "A country blocked above cannot be allowed (or made 3 or 4) here: 400/300 (undocumented; the pages are silent, the sandbox's choice, as a lock above fixes a policy below); a block set above after a level's own rule overrides it",
        enforced: STICKY,
      },
      {
        op: o.add,
        rule: "An exception rule here for a country blocked above (it would allow its numbers) is refused: 400/300 (undocumented); the level's own block it may except from",
        enforced: { file: T, test: 'an exception rule cannot allow numbers of a country blocked above' },
      },
    );
    for (const op of Object.values(o)) {
      out.push({ op, rule: `${Who(l)} the account does not have (another account's too): the documented 404`, enforced: MISSING });
    }
    out.push({
      op: o.set,
      rule:
        l === 'Site'
          ? "A deleted site's own rules and exception rules go; its users and common areas move to the transfer site with theirs"
          : l === 'User'
            ? "A user taken out of Zoom Phone: its own rules and exception rules go (users.removed)"
            : "A deleted common area: its own rules and exception rules go (common-areas publishes nothing of its own; the release of its extension, extensions.released, names it)",
      enforced: { file: T, test: 'a user taken out of Zoom Phone, a deleted common area and a deleted site take their own outbound rules with them' },
    });
  }
  if (l === 'User') {
    out.push({
      op: o.set,
      rule: "A user's own rules and exception rules hold for its simulated calls out, not another user's",
      enforced: { file: C, test: "a user's own rules and exception rules hold for its calls, not another user's" },
    });
  }
  if (l === 'CommonArea') {
    out.push({
      op: o.set,
      rule: "A common area's own block holds for simulated calls from its phone",
      enforced: { file: C, test: "a common area's own block holds for calls from its phone" },
    });
  }
  return out;
}

function levelUnreachable(l: Level): Unreachable {
  const o = ops(l);
  const base = { youDoNotEnableTheOutbound: POLICY_OFF, requiresAnAccessToken: TOKEN };
  return {
    [o.get]: base,
    [o.set]: base,
    [o.list]: base,
    [o.add]: base,
    [o.update]: base,
    [o.remove]: { ...base, exceptionRuleIdHasOneMore: ONE_RECORD },
  } as Unreachable;
}

const LEVELS: Level[] = ['Account', 'Site', 'User', 'CommonArea'];

export default defineFidelity({
  rules: LEVELS.flatMap(levelRules),
  unreachable: Object.assign({}, ...LEVELS.map(levelUnreachable)) as Unreachable,
});
