// What a call queue is: its words (statuses, member levels), its limits, the
// extension rules of its site, the policy it shows (every documented setting,
// its site's where the queue changed none, the queue's own changes over them),
// and the routing a call router runs (distribution, overflow, wait).
import { extensionPolicy, fitToSchema, successSchema } from '../../kit/json-schema.ts';
import type { ItemOf, ResponseOf } from '../../kit/context.ts';
import { enumValue } from '../../kit/enums.ts';
import { isRecord } from '../../kit/merge.ts';

export type Status = NonNullable<ResponseOf<'getCallQueueDetails'>['status']>;
export type Level = NonNullable<NonNullable<NonNullable<ResponseOf<'getCallQueueDetails'>['members']>['users']>[number]['level']>;
export type ListLevel = NonNullable<ItemOf<'listCallQueueMembers', 'call_queue_members'>['level']>;
export type AudioLanguage = NonNullable<ResponseOf<'getCallQueueDetails'>['audio_prompt_language']>;
export type StorageLocation = NonNullable<ResponseOf<'getCallQueueDetails'>['recording_storage_location']>;
export type AccessUserType = NonNullable<NonNullable<ResponseOf<'getCallQueueDetails'>['policy']>['voicemail_access_members']>[number]['access_user_type'] & string;

export const status = enumValue<Status>({ active: true, inactive: true });
export const level = enumValue<Level>({ manager: true, user: true });
export const language = enumValue<AudioLanguage>({
  'en-US': true, 'en-GB': true, 'es-US': true, 'fr-CA': true, 'da-DK': true, 'de-DE': true, 'es-ES': true, 'fr-FR': true,
  'it-IT': true, 'nl-NL': true, 'pt-PT': true, ja: true, 'ko-KR': true, 'pt-BR': true, 'zh-CN': true,
});
export const storageLocation = enumValue<StorageLocation>({ US: true, AU: true, CA: true, DE: true, IN: true, JP: true, SG: true, BR: true, CN: true, MX: true });
export const accessUserType = enumValue<AccessUserType>({ user: true, commonArea: true });

/** A new queue is "active: Call queue is enabled and active" (the create answer's example). */
export const DEFAULT_STATUS: Status = 'active';

/** "A maximum of 10 members can be added at a time." */
export const MEMBERS_PER_REQUEST = 10;
/**
 * "The maximum number of Call Queue members is up to {maxSize}": the pages do not
 * give maxSize; 50 is the sandbox's own choice (not a number from the documents),
 * named in every refusal so that a client sees the limit it met.
 */
export const MAX_MEMBERS = 50;
/** "Only a maximum of five numbers can be assigned to a call queue at a time." */
export const NUMBERS_PER_REQUEST = 5;
/** "The number is limited to the minimum value of 10 or the number of allowed access members account setting." */
export const MAX_VOICEMAIL_ACCESS_MEMBERS = 10;
/** The policy subsetting the pages document ("For example, you can use set up shared access members"). */
export const VOICEMAIL_ACCESS = 'voicemail_access_members';

// ---- policy -----------------------------------------------------------------

export type Json = Record<string, unknown>;


const policySchema = () => successSchema('getCallQueuePolicy');

/** The settings a queue's policy documents, by name. */
export const policySettings = (): string[] => Object.keys(policySchema().properties!);

/** A queue's policy as getCallQueuePolicy shows it: its site's values under its own changes (kit/json-schema.ts). */
/** The site's automatic recording as a queue's page words it: the site's `both` is the queue's `inbound_and_outbound`. */
function queueWording(site: Json | undefined): Json | undefined {
  const recording = site?.auto_call_recording;
  if (!isRecord(recording) || recording.recording_calls !== 'both') return site;
  return { ...site, auto_call_recording: { ...recording, recording_calls: 'inbound_and_outbound' } };
}

export const queuePolicy = (site: Json | undefined, changes: Json | undefined): Json => fitToSchema(policySchema(), extensionPolicy(policySchema(), queueWording(site), changes)) as Json;

/** The audio prompt ids a policy PATCH names (automatic call recording's start prompts). */
export function audioIdsOf(patch: Json): string[] {
  const recording = patch.auto_call_recording;
  if (!isRecord(recording)) return [];
  const ids: string[] = [];
  for (const side of ['inbound_audio_notification', 'outbound_audio_notification']) {
    const n = recording[side];
    if (isRecord(n) && typeof n.recording_start_prompt_audio_id === 'string' && n.recording_start_prompt_audio_id !== '') ids.push(n.recording_start_prompt_audio_id);
  }
  return ids;
}

/** The SMS template ids a policy PATCH names. */
export function smsTemplateIdsOf(patch: Json): string[] {
  const t = patch.sms_template;
  if (!isRecord(t) || !Array.isArray(t.sms_template_list)) return [];
  return t.sms_template_list.flatMap((item) => (isRecord(item) && typeof item.sms_template_id === 'string' ? [item.sms_template_id] : []));
}

// ---- routing ------------------------------------------------------------------

type HandlingSettings = NonNullable<NonNullable<ResponseOf<'getCallHandlingSettings'>['business_hours']>[number]['settings']>;
export type Distribution = NonNullable<HandlingSettings['call_distribution']>;
export type RingMode = NonNullable<Distribution['ring_mode']>;

/**
 * How the queue hands its calls out, in the words of the call handling page
 * (getCallHandlingSettings' `call_handling` sub-setting of a call queue): the
 * distribution ring mode and its ring duration, how long a caller waits, how many
 * wait, the wrap-up time between calls, and where a call goes when nobody
 * answers in time (`routing.action` 1: "Forward to a Voicemail"). No page gives a
 * new queue's values: these are the sandbox's, each a value the page lists.
 */
export interface Routing {
  call_distribution: Distribution;
  max_wait_time: NonNullable<HandlingSettings['max_wait_time']>;
  max_call_in_queue: number;
  wrap_up_time: NonNullable<HandlingSettings['wrap_up_time']>;
  routing: { action: number };
}

export const DEFAULT_ROUTING: Routing = {
  call_distribution: { ring_mode: 'simultaneous', handle_multiple_calls: false, ring_duration: 30, skip_offline_device_phone_number: true },
  max_wait_time: 300,
  max_call_in_queue: 60,
  wrap_up_time: 10,
  routing: { action: 1 },
};

/** "The maximum number of calls in queue ... Up to 60." */
export const MAX_CALLS_IN_QUEUE = 60;

export const RING_MODES: readonly RingMode[] = ['simultaneous', 'sequential', 'rotating', 'longest_idle'];

/**
 * Which members a call rings first, as the ring mode says: all at once
 * (simultaneous), in the queue's order (sequential), starting after the member
 * the last call started with (rotating), or the one idle longest first
 * (longest_idle; `idleSince` in ms, a member never called first). Members that
 * opted out of queue calls are not rung. Returns groups rung one after another.
 */
export function ringOrder(
  mode: RingMode,
  members: { id: string; receiveCall: boolean; idleSince?: number }[],
  lastStartedWith?: string,
): string[][] {
  const ready = members.filter((m) => m.receiveCall);
  if (mode === 'simultaneous') return ready.length ? [ready.map((m) => m.id)] : [];
  let order = ready;
  if (mode === 'rotating' && lastStartedWith) {
    const at = ready.findIndex((m) => m.id === lastStartedWith);
    if (at >= 0) order = [...ready.slice(at + 1), ...ready.slice(0, at + 1)];
  }
  if (mode === 'longest_idle') order = [...ready].sort((a, b) => (a.idleSince ?? -Infinity) - (b.idleSince ?? -Infinity));
  return order.map((m) => [m.id]);
}
