// The carriers family's vocabulary and limits: how the carrier's words map onto
// the phone_numbers row the customer sees, and what a batch may hold.
import { isE164, numberTypeOf, type NumberData } from '../numbers/public.ts';

/** "Maximum of 200" / "Up to 200 numbers at a time" on every carrier batch. */
export const BATCH_LIMIT = 200;
/** Number Management's billing_ref_id; the Phone page says 32 and its contract enforces that. */
export const BILLING_REF_MAX = 36;
export const SERVICE_INFO_MAX = 255;

/** Every carrier-provided number is a third party's number in the customer's account. */
export const CARRIER_SOURCE = 'ThirdPartyNumber';
/** Numbers of a completed port-in order are Zoom's own from then on. */
export const PORTED_SOURCE = 'ZoomPorted';

export const PRODUCTS = ['UNALLOCATED', 'ZOOM_PHONE', 'ZOOM_CONTACT_CENTER'];

/** An inactive carrier number is provisioned but not yet usable: Pending in the customer's view. */
export const numberStatus = (active: boolean): string => (active ? 'Normal' : 'Pending');

/** "If allocated_product is ZOOM_PHONE/UNALLOCATED ... Toll/TollFree/Mobile; ZOOM_CONTACT_CENTER ... VirtualService/TollFree/Mobile." */
export function allowedNumberTypes(product: string): string[] {
  return product === 'ZOOM_CONTACT_CENTER' ? ['VirtualService', 'TollFree', 'Mobile'] : ['Toll', 'TollFree', 'Mobile'];
}

/** The type Zoom calculates when the partner does not say. */
export function derivedNumberType(e164: string, product: string): string {
  const type = numberTypeOf(e164);
  return product === 'ZOOM_CONTACT_CENTER' && type === 'Toll' ? 'VirtualService' : type;
}

export interface VoiceOptions {
  message_capability?: string;
  voice_direction?: string;
  voice_msg_capacity?: string;
  outbound_cli_share_not_supported?: boolean;
  outbound_dialer_not_supported?: boolean;
}

export const VOICE_DEFAULTS: Required<Pick<VoiceOptions, 'voice_direction' | 'voice_msg_capacity'>> = {
  voice_direction: 'INBOUND_AND_OUTBOUND',
  voice_msg_capacity: 'MULTI_USE',
};

/** The customer's capability list (Number Management words) from the carrier's voice and messaging settings. */
export function capabilityOf(options: VoiceOptions): string[] {
  const direction = options.voice_direction ?? VOICE_DEFAULTS.voice_direction;
  const caps: string[] = [];
  if (direction === 'INBOUND_AND_OUTBOUND' || direction === 'INBOUND_ONLY') caps.push('Incoming');
  if (direction === 'INBOUND_AND_OUTBOUND' || direction === 'OUTBOUND_ONLY') caps.push('Outgoing');
  if (options.message_capability === 'SUPPORTED') caps.push('Messaging');
  return caps;
}

/** The data of a carrier number's phone_numbers row. */
export function numberData(e164: string, carrier: { code: number; name: string }, capability: string[], country: string): NumberData {
  return { capability, display_name: '', carrier: { code: carrier.code, name: carrier.name }, location: { country } };
}

/** Why one number given by a partner cannot be taken, or undefined when it can. */
export function badNumber(value: string): string | undefined {
  return isE164(value) ? undefined : 'Invalid number';
}

export function pickVoice(input: Record<string, unknown>): VoiceOptions {
  const out: VoiceOptions = {};
  for (const key of ['message_capability', 'voice_direction', 'voice_msg_capacity'] as const) {
    if (typeof input[key] === 'string') out[key] = input[key] as string;
  }
  for (const key of ['outbound_cli_share_not_supported', 'outbound_dialer_not_supported'] as const) {
    if (typeof input[key] === 'boolean') out[key] = input[key] as boolean;
  }
  return out;
}
