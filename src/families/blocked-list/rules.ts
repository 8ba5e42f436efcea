// What a blocked-list entry is: its words (match types, block types, statuses),
// and how a number or prefix as a request gives it (with a country from
// src/kit/countries.ts) becomes the normalized form a call router matches against.
import type { BodyOf, ResponseOf } from '../../kit/context.ts';
import { enumValue } from '../../kit/enums.ts';
import { isE164 } from '../numbers/public.ts';
import { CALLING_CODES, KEEPS_LEADING_ZERO } from '../../kit/countries.ts';

export type MatchType = NonNullable<ResponseOf<'getBlockedListDetails'>['match_type']>;
export type BlockType = NonNullable<ResponseOf<'getBlockedListDetails'>['block_type']>;
export type Status = NonNullable<ResponseOf<'getBlockedListDetails'>['status']>;
type CreateBody = BodyOf<'createABlockedList'>;

export const matchType = enumValue<MatchType>({ phoneNumber: true, prefix: true });
export const blockType = enumValue<BlockType>({ inbound: true, outbound: true, threat: true });
export const status = enumValue<Status>({ active: true, inactive: true });

/** "`active`: Keep the blocking active": what an entry created without a status is. */
export const DEFAULT_STATUS: Status = 'active';

/** A call's direction, as a router asks: which block types stop it. A threat is kept out, as an inbound block is. */
export const BLOCK_TYPES_OF: Record<'inbound' | 'outbound', BlockType[]> = {
  inbound: ['inbound', 'threat'],
  outbound: ['outbound'],
};

/** The most digits E.164 allows after the "+". */
export const E164_MAX_DIGITS = 15;

/** The country as stored (upper case), or undefined when it is none the sandbox knows. */
export function countryCode(given: string): string | undefined {
  const code = given.trim().toUpperCase();
  return Object.hasOwn(CALLING_CODES, code) ? code : undefined;
}

/** Spaces, dashes, dots and brackets people write numbers with; none is part of the number. */
const compact = (given: string) => given.replace(/[\s\-().]/g, '');

export interface EntryInput {
  match_type: MatchType;
  phone_number: string;
  /** As given; undefined or null when none was. */
  country?: string | null;
}

export type Normalized =
  | { ok: true; number: string; given: string; country: string | null }
  | { ok: false; problem: 'invalidCountry' | 'countryRequired' | 'badPhoneNumber' | 'badPrefix' };

/**
 * The entry's number in the form calls are matched against: "+" and digits.
 * - a phoneNumber match is a whole number in E.164 ("Displayed in E164 format"):
 *   given with its "+" and calling code, or as its national number with the
 *   country whose calling code goes before it ("Provide the phone number in the
 *   phone_number field and the country code in the country field");
 * - a prefix match is the leading digits of the numbers it blocks: given with
 *   its "+", or national digits after the country's calling code ("in the
 *   country field, enter a country code as part of the prefix").
 * A country given with a number in E.164 must be the number's own: its calling
 * code starts the number. A national number drops its trunk 0 (not in Italy).
 */
export function normalize(input: EntryInput): Normalized {
  const given = input.phone_number.trim();
  const digitsGiven = compact(given);
  let country: string | null = null;
  if (input.country !== undefined && input.country !== null) {
    const code = countryCode(input.country);
    if (!code) return { ok: false, problem: 'invalidCountry' };
    country = code;
  }
  const bad = input.match_type === 'prefix' ? 'badPrefix' : 'badPhoneNumber';
  let number: string;
  if (digitsGiven.startsWith('+')) {
    const digits = digitsGiven.slice(1);
    if (!/^[1-9]\d*$/.test(digits)) return { ok: false, problem: bad };
    if (country && !digits.startsWith(CALLING_CODES[country])) return { ok: false, problem: 'invalidCountry' };
    number = `+${digits}`;
  } else {
    if (!/^\d+$/.test(digitsGiven)) return { ok: false, problem: bad };
    if (!country) return { ok: false, problem: 'countryRequired' };
    const national = KEEPS_LEADING_ZERO.has(country) ? digitsGiven : digitsGiven.replace(/^0+/, '');
    number = `+${CALLING_CODES[country]}${national}`;
  }
  if (input.match_type === 'phoneNumber' ? !isE164(number) : number.length - 1 > E164_MAX_DIGITS) return { ok: false, problem: bad };
  return { ok: true, number, given, country };
}

/** What a create needs that its schema leaves optional: the fields without which there is nothing to block. */
export const CREATE_REQUIRED = ['match_type', 'phone_number', 'block_type'] as const satisfies readonly (keyof CreateBody)[];

/** Every prefix of a number, the number itself included, longest first: the values a prefix entry blocking it may hold. */
export function prefixesOf(e164: string): string[] {
  const out: string[] = [];
  for (let end = e164.length; end >= 2; end--) out.push(e164.slice(0, end));
  return out;
}

/** A number as a router may be handed it ("+1 (206) 555-0142") in the stored form, or undefined when it is none. */
export function callNumber(given: string): string | undefined {
  const n = compact(given);
  return /^\+[1-9]\d{0,14}$/.test(n) ? n : undefined;
}
