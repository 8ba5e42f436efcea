// The numbers family's vocabulary and invariants. Rows keep Number Management's
// words; this is the one place that says what the Zoom Phone API calls them.

/** Zoom-provided numbers; everything else was brought by the customer or a carrier. */
const INTERNAL_SOURCES = new Set(['Zoom', 'ZoomPorted', 'ZoomReserved']);
export const BYOC_SOURCES = ['BYOCCloud', 'BYOCPremises'];
/** Number types the Phone API calls `tollfree`; the rest are `toll` there. */
export const TOLL_FREE_TYPES = ['TollFree', 'ITFS'];

/** The Phone API's `/phone/numbers` shows what is allocated to Zoom Phone; CPL pools and Contact Center numbers are not Phone numbers. */
export const PHONE_PRODUCT = 'ZOOM_PHONE';

/** "Up to 20 phone numbers can be removed/updated in a single request." */
export const PHONE_BATCH_LIMIT = 20;
/** "Too many numbers, should less than 100" (Number Management BYOC). */
export const NM_BYOC_LIMIT = 100;

export const phoneSource = (source: string): 'internal' | 'external' => (INTERNAL_SOURCES.has(source) ? 'internal' : 'external');
export const phoneStatus = (status: string): 'pending' | 'available' => (status === 'Pending' ? 'pending' : 'available');
export const phoneNumberType = (type: string): 'toll' | 'tollfree' => (TOLL_FREE_TYPES.includes(type) ? 'tollfree' : 'toll');
export const isByoc = (source: string): boolean => BYOC_SOURCES.includes(source);
export const isNative = (source: string): boolean => INTERNAL_SOURCES.has(source);

/** Number Management's assigned_to_type -> the Phone API's assignee.type / extension_type. */
const ASSIGNEE_TYPES: Record<string, string> = {
  User: 'user',
  CallQueue: 'callQueue',
  AutoReceptionist: 'autoReceptionist',
  CommonArea: 'commonArea',
  EmergencyNumberPool: 'emergencyNumberPool',
  CompanyLocation: 'companyLocation',
  MeetingService: 'meetingService',
  SharedLineGroup: 'sharedLineGroup',
};

export const phoneAssigneeType = (nmType: string | null): string | undefined => (nmType ? ASSIGNEE_TYPES[nmType] : undefined);

export function nmAssigneeType(phoneType: string): string | undefined {
  return Object.entries(ASSIGNEE_TYPES).find(([, v]) => v === phoneType)?.[0];
}

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

export function planName(region: string, numberType: string): string {
  return `${region} ${TOLL_FREE_TYPES.includes(numberType) ? 'Toll-Free' : 'Included'} Phone Numbers`;
}
