// The outbound calling policy's rules, as plain functions of values: the countries
// and regions a rule names, the country a dialled number is counted in, what an
// exception rule's number or prefix may be, and how the levels (account → site →
// user or common area) decide whether a call to a number may go out.
//
// Inheritance: a level reads a country's default rule from the nearest level above
// that set one (Allowed where none did) unless it set its own; a country blocked
// above stays blocked below whatever a lower level set (a block above cannot be
// loosened). An exception rule states the opposite of its level's default for its
// country: a block of numbers of an allowed country, an allowance of numbers of a
// blocked (or restricted) one.
import { CALLING_CODES, callingCodeOf, KEEPS_LEADING_ZERO, nanpAreaCodeIn } from '../../kit/countries.ts';

/** The documented rules: `1` Allowed, `2` Blocked, `3` Requires local number, caller ID, or plan, `4` Requires the extension number and PIN code. */
export type Rule = 1 | 2 | 3 | 4;
export const ALLOWED: Rule = 1;
export const BLOCKED: Rule = 2;
/** A country no level changed: Zoom lets calls out to it (the sandbox's choice: the pages state no default). */
export const DEFAULT_RULE: Rule = ALLOWED;
export const isRule = (n: unknown): n is Rule => n === 1 || n === 2 || n === 3 || n === 4;

// ---- countries and regions ----------------------------------------------------------------

export interface Country {
  iso: string;
  name: string;
  /** The country calling code, as the list's `code` shows it (1 for the United States). */
  code: number;
}

const displayNames = new Intl.DisplayNames(['en'], { type: 'region' });

/** Every country or region a rule may name (src/kit/countries.ts), by English name. */
export const COUNTRIES: readonly Country[] = Object.entries(CALLING_CODES)
  .map(([iso, cc]) => ({ iso, name: displayNames.of(iso) ?? iso, code: Number(cc) }))
  .sort((a, b) => a.name.localeCompare(b.name, 'en') || a.iso.localeCompare(b.iso));

/** The ISO code as kept (upper case), or undefined when no country or region has it. */
export function countryCode(given: string): string | undefined {
  const iso = given.trim().toUpperCase();
  return Object.hasOwn(CALLING_CODES, iso) ? iso : undefined;
}

/**
 * The country a number of a calling code several countries share is counted in: +1
 * by its area code (the United States for its own and for non-geographic ones), the
 * others in the country the code is first of (+44 the United Kingdom, +7 Russia, …).
 */
export const PRIMARY_OF_SHARED_CODE: Readonly<Record<string, string>> = {
  '1': 'US', '7': 'RU', '39': 'IT', '44': 'GB', '47': 'NO', '61': 'AU', '64': 'NZ', '212': 'MA', '262': 'RE',
  '358': 'FI', '500': 'FK', '590': 'GP', '599': 'CW', '672': 'NF',
};

const NANP_MEMBERS = Object.entries(CALLING_CODES).filter(([iso, cc]) => cc === '1' && iso !== 'US').map(([iso]) => iso);

export interface Destination {
  country: string;
  /** The number's digits after its calling code. */
  national: string;
}

/** The country an E.164 number is counted in and its national digits; undefined for digits no calling code starts. */
export function destinationOf(e164: string): Destination | undefined {
  const digits = e164.replace(/^\+/, '');
  if (!/^\d+$/.test(digits)) return undefined;
  const cc = callingCodeOf(digits);
  if (!cc) return undefined;
  const national = digits.slice(cc.length);
  if (cc === '1') {
    const area = national.slice(0, 3);
    const country = nanpAreaCodeIn(area, 'US') ? 'US' : (NANP_MEMBERS.find((c) => nanpAreaCodeIn(area, c)) ?? 'US');
    return { country, national };
  }
  const sharing = Object.entries(CALLING_CODES).filter(([, c]) => c === cc);
  const country = sharing.length === 1 ? sharing[0]![0] : (PRIMARY_OF_SHARED_CODE[cc] ?? sharing[0]![0]);
  return { country, national };
}

// ---- exception rules' numbers ------------------------------------------------------------------

export type MatchType = 'phoneNumber' | 'prefix';

/** Longest national number E.164 leaves a country: 15 digits in all, its calling code's included. */
export const maxNationalDigits = (country: string): number => 15 - CALLING_CODES[country]!.length;

/** Fewest digits a whole number (match type phoneNumber) has outside North America (the sandbox's choice). */
export const MIN_NUMBER_DIGITS = 4;

/** The digits a rule's number or prefix is compared by: a trunk 0 written before it is dropped, save where the country keeps it (Italy). */
export function nationalDigits(country: string, given: string): string {
  if (given.startsWith('0') && !KEEPS_LEADING_ZERO.has(country) && CALLING_CODES[country] !== '1') return given.slice(1);
  return given;
}

/** What is wrong with an exception rule's `prefix_number` for its country and match type, or undefined when nothing is. */
export function prefixProblem(country: string, matchType: MatchType, given: string): string | undefined {
  if (!/^\d+$/.test(given)) return 'prefix_number must be digits only, without the country code.';
  const cc = CALLING_CODES[country]!;
  const digits = nationalDigits(country, given);
  const max = maxNationalDigits(country);
  if (digits.length === 0 || digits.length > max) return `prefix_number must have from 1 to ${max} digits after +${cc} (${country}).`;
  if (cc === '1') {
    if (digits.length >= 3 && !nanpAreaCodeIn(digits.slice(0, 3), country)) return `${digits.slice(0, 3)} is not an area code of ${country}.`;
    if (matchType === 'phoneNumber' && digits.length !== 10) return `A phone number of ${country} has 10 digits after +1.`;
  } else if (matchType === 'phoneNumber' && digits.length < MIN_NUMBER_DIGITS) {
    return `A phone number must have from ${MIN_NUMBER_DIGITS} to ${max} digits after +${cc} (${country}).`;
  }
  return undefined;
}

export interface ExceptionLike {
  id?: string;
  country: string;
  match_type: MatchType;
  prefix_number: string;
  status: 'active' | 'inactive';
}

/** Whether the exception rule names the destination: the whole number, or a number starting with the prefix, of its country. */
export function matches(rule: ExceptionLike, dest: Destination): boolean {
  if (rule.country !== dest.country) return false;
  const digits = nationalDigits(rule.country, rule.prefix_number);
  return rule.match_type === 'phoneNumber' ? dest.national === digits : dest.national.startsWith(digits);
}

/** An exception rule's rule: the opposite of its level's default for its country (a block where calls are allowed, else an allowance). */
export const exceptionRuleFor = (countryDefault: Rule): Rule => (countryDefault === ALLOWED ? BLOCKED : ALLOWED);

// ---- levels ----------------------------------------------------------------------------------

/** What one level changed: its countries' rules and its exception rules. */
export interface LevelPolicy {
  rules: ReadonlyMap<string, Rule>;
  exceptions: readonly ExceptionLike[];
}

/** A country's default rule at each level of `chain` (the account first): the level's own, else the one above; blocked above stays blocked. */
export function defaultsDown(chain: readonly LevelPolicy[], country: string): Rule[] {
  const out: Rule[] = [];
  let above = DEFAULT_RULE;
  for (const level of chain) {
    const own = level.rules.get(country);
    above = above === BLOCKED ? BLOCKED : (own ?? above);
    out.push(above);
  }
  return out;
}

/** A country's default rule at the last level of `chain`. */
export const defaultAt = (chain: readonly LevelPolicy[], country: string): Rule => defaultsDown(chain, country).at(-1) ?? DEFAULT_RULE;

/** A country's default rule the levels above the last give it (what the last level inherits). */
export const defaultAbove = (chain: readonly LevelPolicy[], country: string): Rule => defaultAt(chain.slice(0, -1), country);

export interface Decision {
  rule: Rule;
  /** The index in the chain of the level that decided; -1 when none changed anything (the default). */
  level: number;
  /** The active exception rule that decided, if one did. */
  exception?: ExceptionLike;
}

/**
 * Whether a call to `dest` may go out from the last level of `chain` (the account
 * first, then the site, then the user or common area). Each level, top down: an
 * active exception rule of its own that names the number decides there (the
 * opposite of the level's default for the country); else a rule of its own for
 * the country; else what the level above decided, its exception rules included.
 * What a level above decided Blocked stays Blocked.
 */
export function decide(chain: readonly LevelPolicy[], dest: Destination): Decision {
  const defaults = defaultsDown(chain, dest.country);
  let decided: Decision = { rule: DEFAULT_RULE, level: -1 };
  chain.forEach((level, i) => {
    const exception = level.exceptions.find((e) => e.status === 'active' && matches(e, dest));
    let here: Decision = decided;
    if (exception) here = { rule: exceptionRuleFor(defaults[i]!), level: i, exception };
    else if (level.rules.has(dest.country)) here = { rule: defaults[i]!, level: i };
    decided = decided.rule === BLOCKED && here.rule !== BLOCKED ? decided : here;
  });
  return decided;
}

/** Whether a call under this decision is refused: Blocked. Rules 3 and 4 let it through (the simulator holds no PIN prompt or calling plan check). */
export const refuses = (d: Decision): boolean => d.rule === BLOCKED;
