// A call as the simulator hands it over, once it has run through the account's
// routing: who called whom, every leg it took (one call element each), what was
// recorded and what voicemail was left, and the moments a phone would signal.
// Every id the records will carry is drawn by the simulator, so that one seed
// gives the same records, and so that listeners (recordings, voicemails), which
// draw no ids, store the same ones the call elements link to.

/** The extension types of the call history pages. */
export type ExtensionType =
  | 'user'
  | 'call_queue'
  | 'auto_receptionist'
  | 'common_area'
  | 'zoom_room'
  | 'cisco_room'
  | 'shared_line_group'
  | 'group_call_pickup'
  | 'external_contact';

/** The number types of the call history pages (the ones a simulated call uses). */
export type NumberType = 'zoom_pstn' | 'zoom_toll_free_number' | 'external_pstn' | 'byoc' | 'anonymous_number';

/** The leg results of the call history pages. */
export type LegResult =
  | 'answered'
  | 'connected'
  | 'voicemail'
  | 'hang_up'
  | 'canceled'
  | 'busy'
  | 'ring_timeout'
  | 'overflowed'
  | 'no_answer'
  | 'invalid_key'
  | 'abandoned'
  | 'system_blocked'
  | 'rejected';

/** The leg events of the call history pages (the ones a simulated call takes). */
export type LegEvent = 'incoming' | 'outgoing' | 'ring_to_member' | 'forward' | 'overflow' | 'direct_transfer' | 'warm_transfer' | 'shared_line_incoming';

/** What the simulator's caller sees at the end: the outcome its answer names. */
export type CallOutcome = 'answered' | 'voicemail' | 'missed' | 'blocked' | 'abandoned' | 'busy';

export interface CallParty {
  /** An extension of the account; absent for a party outside it. */
  extensionId?: string;
  extensionType?: ExtensionType;
  extensionNumber?: string;
  /** The user behind a user extension (its id is the extension's owner id). */
  userId?: string;
  /** The extension's holder (a user's, a queue's, a receptionist's id); set by the simulator with department and cost center. */
  ownerId?: string;
  department?: string;
  costCenter?: string;
  email?: string;
  name: string;
  /** The phone number dialled or shown, E.164; absent for an extension reached by its extension number. */
  phoneNumber?: string;
  numberType?: NumberType;
  /** Calling code ('1') and ISO country ('US') of phoneNumber. */
  countryCode?: string;
  countryIso?: string;
  siteId?: string;
  siteName?: string;
  /** 'PSTN' outside the account; the softphone or desk phone inside it. */
  deviceType?: string;
}

/** One leg of the call: one call element of its call history. */
export interface CallLeg {
  id: string;
  /** Legs in order: segment counts hand-offs from 0; node counts events within one segment from 0. */
  segment: number;
  node: number;
  event: LegEvent;
  caller: CallParty;
  callee: CallParty;
  /** The extension that forwarded, transferred or distributed the call to this leg's callee. */
  operator?: CallParty;
  startAt: number;
  answerAt?: number;
  endAt: number;
  result: LegResult;
  resultReason?: 'answered_by_other' | 'pickup_by_other' | 'call_out_by_other';
  /** Blocked by the outbound calling rules of the party placing or forwarding the call (not the Blocked List). */
  restricted?: true;
  pressKey?: string;
  holdSeconds: number;
  waitSeconds: number;
  recordingId?: string;
  voicemailId?: string;
}

export interface CallRecording {
  id: string;
  /** The downloadable file's id (download_url ends with it). */
  fileId: string;
  /** The extension whose recording it is (the answering party), and the leg it was made on. */
  owner: CallParty;
  legId: string;
  startAt: number;
  endAt: number;
  type: 'automatic' | 'ad-hoc';
}

export interface CallVoicemail {
  id: string;
  fileId: string;
  /** The mailbox it was left in. */
  owner: CallParty;
  legId: string;
  startAt: number;
  seconds: number;
}

/** A moment a phone signals (the phone.* events of the webhooks are made from these). */
export interface CallStep {
  at: number;
  kind: 'ringing' | 'answered' | 'held' | 'resumed' | 'transferred' | 'ended';
  /** The leg it happened on. */
  legId: string;
}

/** A call an extension of the account placed to an emergency number: delivered to emergency services (the PSAP) unless its policy refused it. */
export interface EmergencyCall {
  /** The emergency number dialled ('911', '933', '112'). */
  number: string;
  /** Whether it reached emergency services (false: allow_emergency_calls refused it). */
  delivered: boolean;
  /** The caller's emergency address: a user's own default personal address, else its site's default; absent when it has neither. */
  address?: { id: string; address_line1: string; address_line2?: string; city: string; state_code: string; zip: string; country: string };
}

export interface SimulatedCall {
  accountId: string;
  callId: string;
  /** The account-level call history record's id. */
  historyUuid: string;
  direction: 'inbound' | 'outbound';
  connectType: 'internal' | 'external';
  international: boolean;
  caller: CallParty;
  /** The party first dialled. */
  callee: CallParty;
  startAt: number;
  answerAt?: number;
  endAt: number;
  /** The call's result as a whole (the history's call_result). */
  result: LegResult;
  outcome: CallOutcome;
  legs: CallLeg[];
  recordings: CallRecording[];
  voicemail?: CallVoicemail;
  steps: CallStep[];
  /** Set on an emergency call (the simulator's emergency numbers). */
  emergency?: EmergencyCall;
}
