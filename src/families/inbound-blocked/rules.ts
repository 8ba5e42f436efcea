// What a block rule may hold, from the words of the Inbound Blocked List pages:
// its match type, block type and status (the documented enums), and the number,
// prefix or SMS short code it blocks, read with its country into the form the
// rule keeps (`blocked_number` without the country code, `phone_number` with it).
// None of these touches the database.
import { enumValue } from '../../kit/enums.ts';
import type { ItemOf } from '../../kit/context.ts';
import type { ZoomError } from '../../errors.ts';
import { CALLING_CODES, callingCodeOf, KEEPS_LEADING_ZERO, nanpAreaCodeIn } from '../../kit/countries.ts';

type AccountRule = ItemOf<'listAnAccountsInboundBlockRules', 'account_blocked_rules'>;
export type MatchType = NonNullable<AccountRule['match_type']>;
export type BlockType = NonNullable<AccountRule['type']>;
export type RuleStatus = NonNullable<AccountRule['status']>;

const MATCH_TYPES = enumValue<MatchType>({ prefix: true, phoneNumber: true, 'SMS-shortCodes': true });
const BLOCK_TYPES = enumValue<BlockType>({ block_for_other_reasons: true, block_as_threat: true });
const STATUSES = enumValue<RuleStatus>({ active: true, inactive: true });

// Rows hold the documents' words already; these only refuse a stored word the document does not have.
export const matchType = (stored: string) => MATCH_TYPES(stored);
export const blockType = (stored: string) => BLOCK_TYPES(stored);
export const ruleStatus = (stored: string) => STATUSES(stored);

/** What a rule blocks, as it is kept and shown. `country` is '' for an SMS short code given without one. */
export interface Target {
  match_type: MatchType;
  country: string;
  /** Without the country code (and without a national trunk prefix 0). */
  blocked_number: string;
  /** E.164 for a phone number, the country code and the prefix for a prefix, the code itself for an SMS short code. */
  phone_number: string;
}

/** The documented errors a target can break; each operation that takes a target documents all three under these names. */
export type TargetError = 'invalidCountry' | 'phoneNumberIsInvalid' | 'blockedNumberDoesNotMatchThe';
export type Fail = (name: TargetError, values?: Record<string, string>) => ZoomError;

/** E.164: "+", the country code and the national number, 15 digits at most. */
export const E164_MAX_DIGITS = 15;
/** The shortest national number a plan has (some island plans number in four digits). */
export const NATIONAL_MIN_DIGITS = 4;
/** SMS short codes run from three digits to eight across the countries that have them. */
export const SHORT_CODE_MIN_DIGITS = 3;
export const SHORT_CODE_MAX_DIGITS = 8;

/** What people write between digits: spaces, dashes, dots and brackets. */
const SEPARATORS = /[\s\-.()]/g;

/** The country a rule names, upper case, or undefined when it is none the abbreviation list knows. */
export function knownCountry(given: string | undefined): string | undefined {
  const code = given?.trim().toUpperCase();
  return code && Object.hasOwn(CALLING_CODES, code) ? code : undefined;
}

/**
 * A phone number or prefix given with its country (`match_type` phoneNumber or
 * prefix): digits without the country code, or "+" with it; a national trunk
 * prefix 0 is dropped. Refused: an unknown country ("Invalid country."), another
 * country's code or area code (13604), and anything that cannot be a number or a
 * prefix of one in that country's plan (7015).
 */
function numberTarget(kind: 'phoneNumber' | 'prefix', given: string, countryGiven: string | undefined, fail: Fail): Target {
  const country = knownCountry(countryGiven);
  if (!country) throw fail('invalidCountry');
  const code = CALLING_CODES[country];
  const invalid = () => fail('phoneNumberIsInvalid', { blocked_number: given });
  const elsewhere = () => fail('blockedNumberDoesNotMatchThe', { blocked_number: given, country });
  const m = /^(\+?)(\d+)$/.exec(given.trim().replace(SEPARATORS, ''));
  if (!m) throw invalid();
  let national = m[2];
  if (m[1]) {
    if (!national.startsWith(code)) throw callingCodeOf(national) ? elsewhere() : invalid();
    national = national.slice(code.length);
  }
  if (code === '1') {
    // The plan's trunk prefix 1 before a ten-digit number.
    if (!m[1] && kind === 'phoneNumber' && national.length === 11 && national.startsWith('1')) national = national.slice(1);
    const shape = kind === 'phoneNumber' ? /^[2-9]\d{2}[2-9]\d{6}$/ : /^[2-9]\d{0,9}$/;
    if (!shape.test(national)) throw invalid();
    if (national.length >= 3 && !nanpAreaCodeIn(national.slice(0, 3), country)) throw elsewhere();
  } else {
    if (!KEEPS_LEADING_ZERO.has(country) && national.startsWith('0')) national = national.slice(1);
    const longest = E164_MAX_DIGITS - code.length;
    const shortest = kind === 'phoneNumber' ? NATIONAL_MIN_DIGITS : 1;
    const first = KEEPS_LEADING_ZERO.has(country) ? '\\d' : '[1-9]';
    if (!new RegExp(`^${first}\\d{${shortest - 1},${longest - 1}}$`).test(national)) throw invalid();
  }
  return { match_type: kind, country, blocked_number: national, phone_number: `+${code}${national}` };
}

/** An SMS short code: three to eight digits; its country, when given, must be one the list knows. */
function shortCodeTarget(given: string, countryGiven: string | undefined, fail: Fail): Target {
  let country = '';
  if (countryGiven !== undefined && countryGiven.trim() !== '') {
    const known = knownCountry(countryGiven);
    if (!known) throw fail('invalidCountry');
    country = known;
  }
  const digits = given.trim().replace(SEPARATORS, '');
  if (!new RegExp(`^\\d{${SHORT_CODE_MIN_DIGITS},${SHORT_CODE_MAX_DIGITS}}$`).test(digits)) throw fail('phoneNumberIsInvalid', { blocked_number: given });
  return { match_type: 'SMS-shortCodes', country, blocked_number: digits, phone_number: digits };
}

/** The target a request describes, or the documented error it breaks. */
export function targetOf(input: { match_type: MatchType; blocked_number: string; country?: string }, fail: Fail): Target {
  return input.match_type === 'SMS-shortCodes'
    ? shortCodeTarget(input.blocked_number, input.country, fail)
    : numberTarget(input.match_type, input.blocked_number, input.country, fail);
}

/**
 * At the extension level a number is marked as a threat one caller at a time: a
 * prefix or an SMS short code is blocked for other reasons only (13606).
 */
export const extensionLevelAllows = (match: MatchType, type: BlockType): boolean => type !== 'block_as_threat' || match === 'phoneNumber';

/**
 * A statistic's type: how the account would block the number if it were blocked
 * for all, the stronger mark when any extension marked it as a threat.
 */
export const statisticType = (threatCount: number): BlockType => (threatCount > 0 ? 'block_as_threat' : 'block_for_other_reasons');
