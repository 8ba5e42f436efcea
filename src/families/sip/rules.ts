// The room's invariants, from the words of its three pages. Each returns the
// field at fault so the answer can name it; none touches the database.
import { blankField, dnisLength, dnisNotDigits, dnisPrefixMismatch, fieldRequired, internalNumberTwice, noInternalNumbers, notCountryCode, notE164 } from './errors.ts';
import { enumValue } from '../../kit/enums.ts';
import type { BodyOf, ItemOf } from '../../kit/context.ts';

type NmSipGroup = ItemOf<'listSipGroupsForNumberManagement', 'sip_groups'>;
export type TrunkType = NonNullable<NonNullable<NmSipGroup['sip_trunk']>['type']>;
export type SourceSystem = NonNullable<NmSipGroup['source_system']>;

// Stryker disable BooleanLiteral: an enum's Record is read for its keys only (kit/enums.ts); its `true`s are the type's, not behaviour.
const TRUNK_TYPES = enumValue<TrunkType>({ BYOC: true, BYOP: true });
const SOURCE_SYSTEMS = enumValue<SourceSystem>({ ZOOM_PHONE: true, ZOOM_CONTACT_CENTER: true, COMMON: true });
// Stryker restore BooleanLiteral

// Rows hold the documents' words already; these only refuse a stored word the document does not have.
export const trunkType = (stored: string | null) => TRUNK_TYPES(stored);
export const sourceSystem = (stored: string) => SOURCE_SYSTEMS(stored);

/** "The prefix of the DNIS (i.e. the first five digits of the DNIS value) must match the DNIS prefix of the master account." */
export const DNIS_PREFIX_LENGTH = 5;
/** "The maximum allowed length of the DNIS is 8." */
export const DNIS_MAX_LENGTH = 8;

export const dnisPrefix = (masterDnis: string) => masterDnis.slice(0, DNIS_PREFIX_LENGTH);

/**
 * A sub account's DNIS is the master trunk's five-digit prefix followed by its own
 * digits ("18888" + "random_number"), eight digits at most.
 */
export function checkSubAccountDnis(field: string, dnis: string | undefined, masterDnis: string): void {
  if (!dnis) throw fieldRequired(field);
  if (!/^\d+$/.test(dnis)) throw dnisNotDigits(field);
  if (dnis.length <= DNIS_PREFIX_LENGTH || dnis.length > DNIS_MAX_LENGTH) throw dnisLength(field, { prefixLength: DNIS_PREFIX_LENGTH, maxLength: DNIS_MAX_LENGTH });
  const prefix = dnisPrefix(masterDnis);
  if (!dnis.startsWith(prefix)) throw dnisPrefixMismatch(field, { prefixLength: DNIS_PREFIX_LENGTH, prefix });
}

const E164 = /^\+[1-9]\d{1,14}$/;

export type InternalNumberInput = NonNullable<BodyOf<'addInternalNumbers'>['internal_numbers']>[number];

/** A number as added: every field of the answer but its id, the page's defaults applied. */
export type InternalNumber = Required<Omit<ItemOf<'addInternalNumbers', 'internal_numbers'>, 'id'>>;

/** Checks the request's numbers and applies the page's defaults; a visible number can always be used to join. */
export function normalizeInternalNumbers(input: InternalNumberInput[] | undefined): InternalNumber[] {
  if (!input || input.length === 0) throw noInternalNumbers('internal_numbers');
  const seen = new Set<string>();
  return input.map((n, i) => {
    const at = `internal_numbers[${i}]`;
    if (!E164.test(n.number)) throw notE164(`${at}.number`);
    if (seen.has(n.number)) throw internalNumberTwice(`${at}.number`, { number: n.number });
    seen.add(n.number);
    if (!/^[A-Za-z]{2}$/.test(n.country)) throw notCountryCode(`${at}.country`);
    if (!n.labels.trim()) throw blankField(`${at}.labels`);
    if (!n.display_number.trim()) throw blankField(`${at}.display_number`);
    const visible = n.visible ?? false;
    return {
      number: n.number,
      display_number: n.display_number,
      labels: n.labels,
      visible,
      allow_join: visible ? true : (n.allow_join ?? false),
      allow_for_external_meetings: n.allow_for_external_meetings ?? false,
      type: n.type,
      country: n.country.toUpperCase(),
      languages: n.languages,
    };
  });
}

/** "Can add [.win, .mac, ...] at the end of the email ... to add accounts for different platforms for the same user." */
export const SIP_PHONE_PLATFORMS = ['win', 'mac', 'android', 'ipad', 'iphone', 'linux', 'pc', 'mobile', 'pad'] as const;

/** Splits `user@test.com.mac` into the user's email and its platform ('' when none). */
export function splitSipPhoneEmail(given: string): { email: string; platform: string } {
  const lower = given.trim().toLowerCase();
  for (const p of SIP_PHONE_PLATFORMS) {
    const suffix = `.${p}`;
    if (lower.endsWith(suffix) && lower.slice(0, -suffix.length).includes('@')) {
      return { email: lower.slice(0, -suffix.length), platform: p };
    }
  }
  return { email: lower, platform: '' };
}

export const DEFAULT_REGISTRATION_EXPIRE_MINUTES = 60;
