// The numbers family's vocabulary and invariants. Rows keep Number Management's
// words; this is the one place that says what the Zoom Phone API calls them.
import type { ItemOf, Operations, ResponseOf } from '../../kit/context.ts';
import { enumValue } from '../../kit/enums.ts';

type NmNumber = ItemOf<'listPhoneNumbersForNumberManagement', 'numbers'>;
export type NmSource = NonNullable<NmNumber['source']>;
export type NmStatus = NonNullable<NmNumber['status']>;
export type NmNumberType = NonNullable<NmNumber['number_type']>;
export type NmProduct = NonNullable<NmNumber['allocated_product']>;
export type NmCapability = NonNullable<NmNumber['capability']>[number];
export type NmAssigneeType = NonNullable<NonNullable<NmNumber['assigned_list']>[number]['assigned_to_type']>;
/** The list's assignee types: its page names sharedLineGroup, the one-number page does not. */
export type PhoneListAssigneeType = NonNullable<NonNullable<ItemOf<'listPhoneNumbers', 'phone_numbers'>['assignee']>['type']>;
export type PhoneDetailsAssigneeType = NonNullable<NonNullable<ResponseOf<'getAPhoneNumber'>['assignee']>['type']>;
type PhoneExtensionType = NonNullable<Operations['listPhoneNumbers']['query']['extension_type']>;
export type EmergencyAddressStatus = NonNullable<ResponseOf<'getAPhoneNumber'>['emergency_address_status']>;

const NM_SOURCES = enumValue<NmSource>({
  Zoom: true, ZoomPorted: true, ZoomReserved: true, ThirdPartyNumber: true, BYOCCloud: true, BYOCPremises: true,
});
const NM_STATUSES = enumValue<NmStatus>({ Normal: true, Pending: true });
const NM_NUMBER_TYPES = enumValue<NmNumberType>({
  Toll: true, TollFree: true, VirtualService: true, Mobile: true, SharedCost: true, National: true, ITFS: true,
});
const NM_PRODUCTS = enumValue<NmProduct>({ UNALLOCATED: true, ZOOM_PHONE: true, ZOOM_CONTACT_CENTER: true });
const NM_CAPABILITIES = enumValue<NmCapability>({ Incoming: true, Outgoing: true, Messaging: true, PCIPal: true, EmergencyCalls: true });

// Rows hold Number Management's words already; these only refuse a stored word the document does not have.
export const nmSource = (stored: string) => NM_SOURCES(stored);
export const nmStatus = (stored: string) => NM_STATUSES(stored);
export const nmNumberType = (stored: string) => NM_NUMBER_TYPES(stored);
export const nmProduct = (stored: string) => NM_PRODUCTS(stored);
export const isNmCapability = (c: string): c is NmCapability => NM_CAPABILITIES(c) !== undefined;

/** Zoom-provided numbers; everything else was brought by the customer or a carrier. */
const INTERNAL_SOURCES = new Set(['Zoom', 'ZoomPorted', 'ZoomReserved']);
export const BYOC_SOURCES = ['BYOCCloud', 'BYOCPremises'];
/** Number types the Phone API calls `tollfree`; the rest are `toll` there. */
export const TOLL_FREE_TYPES = ['TollFree', 'ITFS'];

/** The Phone API's `/phone/numbers` shows what is allocated to Zoom Phone; CPL pools and Contact Center numbers are not Phone numbers. */
export const PHONE_PRODUCT = 'ZOOM_PHONE';
export const CONTACT_CENTER_PRODUCT = 'ZOOM_CONTACT_CENTER';

/** "Up to 20 phone numbers can be removed/updated in a single request." */
export const PHONE_BATCH_LIMIT = 20;
/** "Too many numbers, should less than 100" (Number Management BYOC). */
export const NM_BYOC_LIMIT = 100;

export const phoneSource = (source: string): 'internal' | 'external' => (INTERNAL_SOURCES.has(source) ? 'internal' : 'external');
export const phoneStatus = (status: string): 'pending' | 'available' => (status === 'Pending' ? 'pending' : 'available');
export const phoneNumberType = (type: string): 'toll' | 'tollfree' => (TOLL_FREE_TYPES.includes(type) ? 'tollfree' : 'toll');
export const isByoc = (source: string): boolean => BYOC_SOURCES.includes(source);
export const isNative = (source: string): boolean => INTERNAL_SOURCES.has(source);

const NM_ASSIGNEE_TYPES = enumValue<NmAssigneeType>({
  User: true, CallQueue: true, AutoReceptionist: true, CiscoPolycomRoom: true, SharedLineGroup: true,
  GroupCallPickup: true, CommonArea: true, EmergencyNumberPool: true, CompanyLocation: true,
  PersonalLocation: true, MeetingService: true, LocalSurvivability: true,
  LocalSurvivabilityEmergencyNumberPool: true, MicrosoftTeamsResourceAccount: true,
  DistributionGroup: true,
});
export const nmAssigneeType = (stored: string | null) => NM_ASSIGNEE_TYPES(stored);

/** Number Management's assigned_to_type -> the Phone API's assignee.type; the Phone API has no word for the others. */
const PHONE_ASSIGNEE_TYPES: Partial<Record<NmAssigneeType, PhoneListAssigneeType>> = {
  User: 'user',
  CallQueue: 'callQueue',
  AutoReceptionist: 'autoReceptionist',
  CommonArea: 'commonArea',
  EmergencyNumberPool: 'emergencyNumberPool',
  CompanyLocation: 'companyLocation',
  MeetingService: 'meetingService',
  SharedLineGroup: 'sharedLineGroup',
};
const PHONE_DETAILS_ASSIGNEE_TYPES = enumValue<PhoneDetailsAssigneeType>({
  user: true, callQueue: true, autoReceptionist: true, commonArea: true,
  emergencyNumberPool: true, companyLocation: true, meetingService: true,
});

export function phoneListAssigneeType(stored: string | null): PhoneListAssigneeType | undefined {
  const nm = nmAssigneeType(stored);
  return nm && PHONE_ASSIGNEE_TYPES[nm];
}

/** The one-number page lists no sharedLineGroup: such an assignee is shown without a type there. */
export const phoneDetailsAssigneeType = (stored: string | null): PhoneDetailsAssigneeType | undefined =>
  PHONE_DETAILS_ASSIGNEE_TYPES(phoneListAssigneeType(stored));

/** The Phone list's extension_type filter in Number Management's words. */
export function nmAssigneeTypeOf(extensionType: PhoneExtensionType): NmAssigneeType | undefined {
  return nmAssigneeType(Object.entries(PHONE_ASSIGNEE_TYPES).find(([, phone]) => phone === extensionType)?.[0] ?? null);
}

/** "The emergency address status: 1-carrier update required, 2-confirmed". */
export const isEmergencyAddressStatus = (n: number): n is EmergencyAddressStatus => n === 1 || n === 2;

/** Number Management capabilities (Incoming, Outgoing, Messaging...) as the Phone API's lower-case incoming/outgoing. */
export function phoneCapabilities(caps: string[]): string[] {
  return caps.map((c) => c.toLowerCase()).filter((c) => c === 'incoming' || c === 'outgoing');
}

/** Replaces the incoming/outgoing part of a capability list, keeping Messaging, PCIPal, EmergencyCalls. */
export function withCallCapabilities(caps: string[], incoming: boolean, outgoing: boolean): string[] {
  const rest = caps.filter((c) => c !== 'Incoming' && c !== 'Outgoing');
  return [...(incoming ? ['Incoming'] : []), ...(outgoing ? ['Outgoing'] : []), ...rest];
}

export const isE164 = (value: string): boolean => /^\+[1-9]\d{6,14}$/.test(value);

/** Country calling codes of the countries the sandbox knows, for local numbers given with country_iso. */
const CALLING_CODES: Record<string, string> = { US: '1', CA: '1', GB: '44', IE: '353', AU: '61', NZ: '64', DE: '49', FR: '33', JP: '81', IN: '91', CN: '86' };

/** A number as given (E.164, or local with its country) in E.164, or undefined when it cannot be one. */
export function toE164(input: string, countryIso?: string): string | undefined {
  const compact = input.replace(/[\s\-().]/g, '');
  if (compact.startsWith('+')) return isE164(compact) ? compact : undefined;
  const code = countryIso ? CALLING_CODES[countryIso.toUpperCase()] : undefined;
  if (!code || !/^\d+$/.test(compact)) return undefined;
  const national = compact.replace(/^0+/, '');
  const candidate = `+${code}${national}`;
  return isE164(candidate) ? candidate : undefined;
}

/** North American toll-free prefixes: a BYOC number in them is TollFree, as Zoom classifies it. */
export function numberTypeOf(e164: string): string {
  return /^\+1(800|833|844|855|866|877|888)\d{7}$/.test(e164) ? 'TollFree' : 'Toll';
}

/** The country of a number: its stored location, else what its calling code says. */
export function countryOf(e164: string, location?: { country?: string }): string {
  if (location?.country) return location.country;
  if (e164.startsWith('+1')) return 'US';
  const found = Object.entries(CALLING_CODES)
    .filter(([, code]) => code !== '1' && e164.startsWith(`+${code}`))
    .sort((a, b) => b[1].length - a[1].length)[0];
  return found?.[0] ?? 'ZZ';
}

/** Plans are sold per region: the US and Canada share one. */
export const planRegion = (country: string): string => (country === 'US' || country === 'CA' ? 'US/CA' : country);

/**
 * "The caller ID name for a Contact Center number"; "The Contact Center supports
 * only US/CA Virtual Service numbers."
 */
export function takesCallerIdName(row: { number: string; number_type: string; allocated_product: string }, location?: { country?: string }): boolean {
  if (row.allocated_product !== CONTACT_CENTER_PRODUCT || row.number_type !== 'VirtualService') return false;
  return planRegion(countryOf(row.number, location)) === 'US/CA';
}

export function planName(region: string, numberType: string): string {
  return `${region} ${TOLL_FREE_TYPES.includes(numberType) ? 'Toll-Free' : 'Included'} Phone Numbers`;
}
