// The carriers family's vocabulary and limits: how the carrier's words map onto
// the phone_numbers row the customer sees, and what a batch may hold.
import { isE164, numberTypeOf, type NumberData } from '../numbers/public.ts';
import { enumGuard } from '../../kit/enums.ts';
import type { BodyOf, ItemOf } from '../../kit/context.ts';

type NmPeeringItem = ItemOf<'listPeeringPhoneNumbersForNumberManagement', 'numbers'>;
export type Product = NmPeeringItem['allocated_product'];
export type MessageCapability = NonNullable<NmPeeringItem['message_capability']>;
export type VoiceDirection = NonNullable<NmPeeringItem['voice_direction']>;
export type VoiceMsgCapacity = NonNullable<NmPeeringItem['voice_msg_capacity']>;
export type NumberType = NonNullable<BodyOf<'addPeeringPhoneNumbersForNumberManagement'>['phone_numbers'][number]['number_type']>;
export type ResellerAssignedStatus = NonNullable<ItemOf<'listPhoneNumbersForCarrierReseller', 'carrier_reseller_numbers'>['assigned_status']>;
export type PortStatus = NonNullable<ItemOf<'listPortedNumbers', 'ported_numbers'>['status']>;


// Stryker disable BooleanLiteral: an enum's Record is read for its keys only (kit/enums.ts); its `true`s are the type's, not behaviour.
export const isProduct = enumGuard<Product>({ UNALLOCATED: true, ZOOM_PHONE: true, ZOOM_CONTACT_CENTER: true });
const isMessageCapability = enumGuard<MessageCapability>({ NOT_APPLICABLE: true, SUPPORTED: true, NOT_SUPPORTED: true });
const isVoiceDirection = enumGuard<VoiceDirection>({ INBOUND_AND_OUTBOUND: true, INBOUND_ONLY: true, OUTBOUND_ONLY: true, NOT_SUPPORTED: true });
const isVoiceMsgCapacity = enumGuard<VoiceMsgCapacity>({ ZOOM_PHONE_USER_ONLY: true, MULTI_USE: true });
const isAssignedStatus = enumGuard<ResellerAssignedStatus>({ assigned: true, unassigned: true, returned: true });
const isPortStatus = enumGuard<PortStatus>({
  Not_Submitted: true, Waiting: true, Processing: true, Successfully: true, Rejected: true, Canceled: true, FOC: true,
});
// Stryker restore BooleanLiteral

/**
 * The product a phone_numbers row is allocated to. The numbers family stores only
 * the three the pages know; anything else is allocated to none of them.
 */
export const productOf = (stored: string): Product => (isProduct(stored) ? stored : 'UNALLOCATED');

/** A reseller number nobody has handed out yet has no assigned_status: it is the master's, unassigned. */
export const assignedStatusOf = (stored: string | null): ResellerAssignedStatus => (isAssignedStatus(stored) ? stored : 'unassigned');

/** An order's stored status when it is one the pages know; the field is optional, so an unknown one is left out. */
export const portStatusOf = (stored: string): PortStatus | undefined => (isPortStatus(stored) ? stored : undefined);

/** "Maximum of 200" / "Up to 200 numbers at a time" on every carrier batch. */
export const BATCH_LIMIT = 200;
/** Number Management's billing_ref_id; the Phone page says 32 and its contract enforces that. */
export const BILLING_REF_MAX = 36;
export const SERVICE_INFO_MAX = 255;

/** Every carrier-provided number is a third party's number in the customer's account. */
export const CARRIER_SOURCE = 'ThirdPartyNumber';
/** Numbers of a completed port-in order are Zoom's own from then on. */
export const PORTED_SOURCE = 'ZoomPorted';

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
  message_capability?: MessageCapability;
  voice_direction?: VoiceDirection;
  voice_msg_capacity?: VoiceMsgCapacity;
  outbound_cli_share_not_supported?: boolean;
  outbound_dialer_not_supported?: boolean;
}

export const VOICE_DEFAULTS: Required<Pick<VoiceOptions, 'voice_direction' | 'voice_msg_capacity'>> = {
  voice_direction: 'INBOUND_AND_OUTBOUND',
  voice_msg_capacity: 'MULTI_USE',
};

/**
 * outbound_cli_share_not_supported and outbound_dialer_not_supported: each use
 * "Requires Multiple capacity setting and Outbound capability".
 */
function outboundShareable(options: VoiceOptions): boolean {
  const direction = options.voice_direction ?? VOICE_DEFAULTS.voice_direction;
  const capacity = options.voice_msg_capacity ?? VOICE_DEFAULTS.voice_msg_capacity;
  return capacity === 'MULTI_USE' && (direction === 'INBOUND_AND_OUTBOUND' || direction === 'OUTBOUND_ONLY');
}

/**
 * What a number of `numberType` can do with the settings its partner gave (kept
 * as given, so that a later change of direction or capacity finds them again).
 * message_capability "is configurable for mobile numbers but automatically
 * determined by the system for non-mobile numbers": NOT_APPLICABLE; a number that
 * lacks what an outbound use requires has it "not supported", whatever was asked.
 */
export function effectiveVoice(options: VoiceOptions, numberType: string): Required<VoiceOptions> {
  const shareable = outboundShareable(options);
  return {
    voice_direction: options.voice_direction ?? VOICE_DEFAULTS.voice_direction,
    voice_msg_capacity: options.voice_msg_capacity ?? VOICE_DEFAULTS.voice_msg_capacity,
    message_capability: numberType === 'Mobile' ? (options.message_capability ?? 'NOT_APPLICABLE') : 'NOT_APPLICABLE',
    outbound_cli_share_not_supported: !shareable || (options.outbound_cli_share_not_supported ?? false),
    outbound_dialer_not_supported: !shareable || (options.outbound_dialer_not_supported ?? false),
  };
}

/** The customer's capability list (Number Management words) from the carrier's voice and messaging settings (as effectiveVoice settles them). */
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

/**
 * The voice and messaging settings in `input` (a request item, or the JSON stored
 * from one): each kept only when it is a value the pages know.
 */
export function pickVoice(input: Record<string, unknown>): VoiceOptions {
  const out: VoiceOptions = {};
  const { message_capability, voice_direction, voice_msg_capacity, outbound_cli_share_not_supported, outbound_dialer_not_supported } = input;
  if (isMessageCapability(message_capability)) out.message_capability = message_capability;
  if (isVoiceDirection(voice_direction)) out.voice_direction = voice_direction;
  if (isVoiceMsgCapacity(voice_msg_capacity)) out.voice_msg_capacity = voice_msg_capacity;
  if (typeof outbound_cli_share_not_supported === 'boolean') out.outbound_cli_share_not_supported = outbound_cli_share_not_supported;
  if (typeof outbound_dialer_not_supported === 'boolean') out.outbound_dialer_not_supported = outbound_dialer_not_supported;
  return out;
}
