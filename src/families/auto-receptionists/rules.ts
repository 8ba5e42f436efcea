// What an auto receptionist is: its languages and storage locations, the extension
// rules of its site, the policy it shows (every documented setting: its site's
// where the receptionist changed none, its own changes over them), and its IVR:
// two menus (business and closed hours), twelve keys, what each key's action
// routes to, and where a caller who presses nothing goes.
import { extensionPolicy, fitToSchema, successSchema } from '../../kit/json-schema.ts';
import type { ResponseOf } from '../../kit/context.ts';
import type { ExtensionKind } from '../extensions/public.ts';
import { enumValue } from '../../kit/enums.ts';
import { completeExtension as completeShort, type SiteTerms } from '../../kit/extension-numbers.ts';

type Details = ResponseOf<'getAnAutoReceptionist'>;
export type AudioLanguage = NonNullable<Details['audio_prompt_language']>;
export type StorageLocation = NonNullable<Details['recording_storage_location']>;
type AccessUserType = NonNullable<NonNullable<ResponseOf<'getAnAutoReceptionistPolicy'>['voicemail_access_members']>[number]['access_user_type']>;

export const language = enumValue<AudioLanguage>({
  'en-US': true, 'en-GB': true, 'es-US': true, 'fr-CA': true, 'da-DK': true, 'de-DE': true, 'es-ES': true, 'fr-FR': true,
  'it-IT': true, 'nl-NL': true, 'pt-PT': true, ja: true, 'ko-KR': true, 'pt-BR': true, 'zh-CN': true,
});
export const storageLocation = enumValue<StorageLocation>({ US: true, AU: true, CA: true, DE: true, IN: true, JP: true, SG: true, BR: true, CN: true, MX: true });
export const accessUserType = enumValue<AccessUserType>({ user: true, commonArea: true });

/** The numbers family's word for a number held by an auto receptionist. */
export const ASSIGNEE_TYPE = 'AutoReceptionist';

// ---- extension numbers ------------------------------------------------------

/** "The short extension can be two to five digits. The length of site code added to the length of short extension cannot exceed a value of 6." */
export const EXTENSION_DIGITS = { min: 2, max: 6 };

/**
 * Numbers no extension may take: the emergency numbers a phone dials out (US 911,
 * its test line 933, the European 112, the UK 999). The pages name no list; these
 * are the sandbox's, each refused as "a reserved extension number".
 */
export const RESERVED_EXTENSIONS: readonly number[] = [911, 933, 112, 999];

export type ExtensionProblem =
  | { name: 'extensionNumberMustBeToDigits' }
  | { name: 'invalidShortNumberLength' }
  | { name: 'invalidFullExtensionNumberLength' }
  | { name: 'numberIsAReservedExtensionNumber' };

/**
 * The receptionist's extension from the number a PATCH gives: "If site code is
 * enabled, provide the short extension number instead" — the site's code, then a
 * short extension of the site's length. A site without a code takes the number
 * itself, of the site's short length (as users and call queues hold theirs).
 */
export function completeExtension(given: number, terms: SiteTerms): { number: number } | ExtensionProblem {
  const digits = String(given).length;
  if (!Number.isSafeInteger(given) || given <= 0 || digits < EXTENSION_DIGITS.min || digits > EXTENSION_DIGITS.max) return { name: 'extensionNumberMustBeToDigits' };
  if (digits !== terms.shortLength) return { name: terms.siteCode ? 'invalidShortNumberLength' : 'invalidFullExtensionNumberLength' };
  if (RESERVED_EXTENSIONS.includes(given)) return { name: 'numberIsAReservedExtensionNumber' };
  return { number: completeShort(given, terms)! };
}


// ---- policy -----------------------------------------------------------------

export type Json = Record<string, unknown>;

/** The policy subsetting the pages document ("For example, you can use this API to set up shared access members"). */
export const VOICEMAIL_ACCESS = 'voicemail_access_members';

/**
 * "You can only add up to {0} {1} to access your voicemail": the pages give no
 * number; 10 is the one the call queue pages state for the same list.
 */
export const MAX_VOICEMAIL_ACCESS_MEMBERS = 10;

const policySchema = () => successSchema('getAnAutoReceptionistPolicy');

/** The settings a PATCH of the policy may change (the list of access members has its own operations). */
export const policySettings = (): string[] => Object.keys(policySchema().properties!).filter((k) => k !== VOICEMAIL_ACCESS);

/**
 * A receptionist's policy as getAnAutoReceptionistPolicy shows it: its site's values
 * under its own changes (kit/json-schema.ts), and its voicemail access list.
 */
export function receptionistPolicy(site: Json | undefined, changes: Json | undefined, access: unknown[]): Json {
  const out = extensionPolicy(policySchema(), site, changes, [VOICEMAIL_ACCESS]);
  out[VOICEMAIL_ACCESS] = access;
  return fitToSchema(policySchema(), out) as Json;
}

// ---- IVR --------------------------------------------------------------------------

/** "Hours type: `business_hours` (default) or `closed_hours`." */
export const HOURS_TYPES = ['business_hours', 'closed_hours'] as const;
export type HoursType = (typeof HOURS_TYPES)[number];
export const isHoursType = (v: unknown): v is HoursType => typeof v === 'string' && (HOURS_TYPES as readonly string[]).includes(v);

/** "The following values are supported: numeric('0'-'9'), *, #." */
export const KEYS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '#'] as const;
export const isKey = (v: unknown): v is string => typeof v === 'string' && (KEYS as readonly string[]).includes(v);

export const DISABLED = -1;

/** A menu nobody changed: no greeting, a caller who presses nothing is disconnected after one play. */
export const DEFAULT_NO_ACTION = { action: DISABLED, repeat: 1 };

/**
 * What each action routes to. `kind`: the action forwards (or leaves a voicemail)
 * to an extension of the directory of that kind. `none`: it needs no target.
 * `phone`: a phone number. `contact`: one of the account's external contacts
 * (external-contacts), named by its id. `unheld`: a target the sandbox holds none of
 * (Cisco/Polycom rooms, the contact center, the meeting service), so no id can be one
 * that exists. `voicemail`: the action leaves a voicemail, and
 * needs its greeting ("Voicemail greeting file id is required.").
 */
interface ActionTarget {
  kind?: ExtensionKind;
  phone?: true;
  contact?: true;
  unheld?: true;
  voicemail?: true;
}

/** For key `0`-`9`. */
export const DIGIT_ACTIONS: Record<number, ActionTarget> = {
  100: { voicemail: true },
  200: { kind: 'user', voicemail: true },
  300: { kind: 'autoReceptionist', voicemail: true },
  400: { kind: 'callQueue', voicemail: true },
  500: { kind: 'sharedLineGroup', voicemail: true },
  2: { kind: 'user' },
  3: { kind: 'zoomRoom' },
  4: { kind: 'commonArea' },
  5: { unheld: true },
  6: { kind: 'autoReceptionist' },
  7: { kind: 'callQueue' },
  8: { kind: 'sharedLineGroup' },
  9: { contact: true },
  10: { phone: true },
  15: { unheld: true },
  16: { unheld: true },
  17: { unheld: true },
  [DISABLED]: {},
};

/** For key `*` or `#`: 21 repeat the menu greeting, 22 return to the root menu, 23 to the previous one. */
export const STAR_HASH_ACTIONS: Record<number, ActionTarget> = { 21: {}, 22: {}, 23: {}, [DISABLED]: {} };

export const actionsOfKey = (key: string): Record<number, ActionTarget> => (key === '*' || key === '#' ? STAR_HASH_ACTIONS : DIGIT_ACTIONS);

/** "The action if caller enters no action after the prompt played": -1 disconnects, the others forward. */
export const NO_ACTION_ACTIONS: Record<number, ActionTarget> = {
  [DISABLED]: {},
  2: { kind: 'user' },
  4: { kind: 'commonArea' },
  5: { unheld: true },
  6: { kind: 'autoReceptionist' },
  7: { kind: 'callQueue' },
  8: { kind: 'sharedLineGroup' },
  15: { unheld: true },
};

export const needsExtension = (t: ActionTarget): boolean => t.kind !== undefined || t.unheld === true || t.contact === true;
