// What a recording is in the pages' words: its owner types, its recording types,
// and how a call's parties are shown (names, numbers and their number types).
import type { CallParty, ExtensionType, SimulatedCall, CallRecording } from '../call-logs/public.ts';
export { isoSeconds } from '../../clock.ts';

/** How long after a recording ends its transcript takes to be made ("still in the process of being transcribed"). */
export const TRANSCRIBE_MS = 60_000;

/** The owner types of the recording pages (`owner.type`, `owner_type`). */
export type OwnerType = 'user' | 'callQueue' | 'commonArea';
export const OWNER_TYPES: readonly OwnerType[] = ['user', 'callQueue', 'commonArea'];

/** The call history's extension type of an owner -> the recording pages' owner type; others have none of the three. */
export function ownerType(type: string | null | undefined): OwnerType | undefined {
  switch (type as ExtensionType) {
    case 'user':
      return 'user';
    case 'call_queue':
      return 'callQueue';
    case 'common_area':
    case 'zoom_room':
    case 'cisco_room':
      return 'commonArea';
    default:
      return undefined;
  }
}

/** The owner types `owner_type` filters by, to the extension types they stand for; `sharedOffice` is commonArea's old name. */
export const EXTENSION_TYPES_OF: Record<string, ExtensionType[]> = {
  user: ['user'],
  callQueue: ['call_queue'],
  commonArea: ['common_area', 'zoom_room', 'cisco_room'],
  sharedOffice: ['common_area', 'zoom_room', 'cisco_room'],
};

/** The simulator's recording types -> the pages' ("OnDemand or Automatic"). */
export const RECORDING_TYPE: Record<CallRecording['type'], 'Automatic' | 'OnDemand'> = { automatic: 'Automatic', 'ad-hoc': 'OnDemand' };
export const RECORDING_TYPES = ['Automatic', 'OnDemand'] as const;

/** query_date_type: which moment of a recording the window is about. */
export const QUERY_DATE_TYPES = ['start_time', 'end_time'] as const;

/** A party as the views show it: "It could be an e164 number or an extension". */
export interface PartyView {
  name: string;
  number: string;
  /** 1 internal, 2 external. */
  numberType: 1 | 2;
  extensionNumber?: string;
}

export function partyView(p: CallParty): PartyView {
  const internal = Boolean(p.extensionId);
  const number = internal ? (p.extensionNumber ?? p.phoneNumber ?? '') : (p.phoneNumber ?? p.extensionNumber ?? '');
  return { name: p.name, number, numberType: internal ? 1 : 2, extensionNumber: internal ? p.extensionNumber : undefined };
}

/** What the row keeps of the parties (the `parties` column). */
export interface Parties {
  caller: PartyView;
  callee: PartyView;
  /** "The call-initiating user" and "the call-receiving user": extensions of the account only. */
  outgoingBy?: { name: string; extension_number: string };
  acceptedBy?: { name: string; extension_number: string };
}

const member = (v: PartyView) => (v.extensionNumber !== undefined ? { name: v.name, extension_number: v.extensionNumber } : undefined);

/** The parties of the leg a recording was made on, as its views show them. */
export function partiesOf(call: SimulatedCall, legId: string): Parties {
  const leg = call.legs.find((l) => l.id === legId);
  const caller = partyView(leg?.caller ?? call.caller);
  const callee = partyView(leg?.callee ?? call.callee);
  const answered = leg ? leg.answerAt !== undefined : call.answerAt !== undefined;
  return { caller, callee, outgoingBy: member(caller), acceptedBy: answered ? member(callee) : undefined };
}

/** The recording's direction as its owner saw the call: a recording of the leg's caller is outbound. */
export function directionFor(call: SimulatedCall, legId: string, owner: CallParty): 'inbound' | 'outbound' {
  const leg = call.legs.find((l) => l.id === legId);
  if (leg && owner.extensionId) {
    if (leg.caller.extensionId === owner.extensionId) return 'outbound';
    if (leg.callee.extensionId === owner.extensionId) return 'inbound';
  }
  return call.direction;
}



